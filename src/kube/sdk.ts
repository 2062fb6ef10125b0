import type { CoreV1ApiRequestFactory, CoreV1ApiResponseProcessor } from '@kubernetes/client-node/dist/gen/apis/CoreV1Api.js';
import type { AppsV1ApiRequestFactory, AppsV1ApiResponseProcessor } from '@kubernetes/client-node/dist/gen/apis/AppsV1Api.js';
import type {
  CustomObjectsApiRequestFactory,
  CustomObjectsApiResponseProcessor,
} from '@kubernetes/client-node/dist/gen/apis/CustomObjectsApi.js';
import type { RequestContext, ResponseContext } from '@kubernetes/client-node/dist/gen/http/http.js';

/**
 * The parts of @kubernetes/client-node the stages use, loaded on first use and by their own
 * module paths: the request factories (paths, query, serialization) and response processors
 * (typed models, ApiException) of the core, apps and custom-objects APIs. Not the package's
 * index, which loads every API group, every auth provider and the websocket stack (≈120 ms).
 * Requests go out through our own transport (ClusterTransport), under the one retry policy.
 */
export interface KubeSdk {
  core: CoreV1ApiRequestFactory;
  coreResponses: CoreV1ApiResponseProcessor;
  apps: AppsV1ApiRequestFactory;
  appsResponses: AppsV1ApiResponseProcessor;
  custom: CustomObjectsApiRequestFactory;
  customResponses: CustomObjectsApiResponseProcessor;
  /** Turns raw JSON (a watch event's object) into the SDK's model, e.g. "V1Pod". */
  deserialize<T>(data: unknown, type: string): T;
  /** Wraps a raw answer for a response processor. */
  response(status: number, headers: Record<string, string>, body: Buffer): ResponseContext;
}

export type { RequestContext, ResponseContext };

let loading: Promise<KubeSdk> | undefined;

/** Factories build paths against a placeholder origin; KubeConnection sends path and query to its own cluster. */
export const SDK_ORIGIN = 'https://cluster.invalid';

export function loadSdk(): Promise<KubeSdk> {
  loading ??= (async () => {
    const [core, apps, custom, configuration, servers, http, serializer] = await Promise.all([
      import('@kubernetes/client-node/dist/gen/apis/CoreV1Api.js'),
      import('@kubernetes/client-node/dist/gen/apis/AppsV1Api.js'),
      import('@kubernetes/client-node/dist/gen/apis/CustomObjectsApi.js'),
      import('@kubernetes/client-node/dist/gen/configuration.js'),
      import('@kubernetes/client-node/dist/gen/servers.js'),
      import('@kubernetes/client-node/dist/gen/http/http.js'),
      import('@kubernetes/client-node/dist/gen/models/ObjectSerializer.js'),
    ]);
    const config = configuration.createConfiguration({
      baseServer: new servers.ServerConfiguration<Record<string, string>>(SDK_ORIGIN, {}),
    });
    return {
      core: new core.CoreV1ApiRequestFactory(config),
      coreResponses: new core.CoreV1ApiResponseProcessor(),
      apps: new apps.AppsV1ApiRequestFactory(config),
      appsResponses: new apps.AppsV1ApiResponseProcessor(),
      custom: new custom.CustomObjectsApiRequestFactory(config),
      customResponses: new custom.CustomObjectsApiResponseProcessor(),
      deserialize: <T>(data: unknown, type: string) => serializer.ObjectSerializer.deserialize(data, type, '') as T,
      response: (status, headers, body) =>
        new http.ResponseContext(status, headers, {
          text: () => Promise.resolve(body.toString('utf8')),
          binary: () => Promise.resolve(body),
          stream: () => null,
        }),
    };
  })();
  return loading;
}
