import type {
  CoordinationV1ApiRequestFactory,
  CoordinationV1ApiResponseProcessor,
} from '@kubernetes/client-node/dist/gen/apis/CoordinationV1Api.js';
import type { V1Lease } from '@kubernetes/client-node/dist/gen/models/all.js';
import type { KubeConnection } from './connection.ts';
import { KubeNotFound } from './errors.ts';
import { SDK_ORIGIN } from './sdk.ts';

/** A `coordination.k8s.io/v1` Lease as the run lock reads it. */
export interface LeaseView {
  name: string;
  /** Empty when nobody holds it (released). */
  holderIdentity: string;
  leaseDurationSeconds: number;
  /** Milliseconds since the epoch; null when never set. */
  acquireTime: number | null;
  renewTime: number | null;
  leaseTransitions: number;
  annotations: Record<string, string>;
  resourceVersion: string;
}

export interface LeaseSpecInput {
  holderIdentity: string;
  leaseDurationSeconds: number;
  acquireTime: number;
  renewTime: number;
  leaseTransitions: number;
  annotations: Record<string, string>;
}

export interface LeasesApi {
  /** The Lease, or null when there is none. */
  read(name: string): Promise<LeaseView | null>;
  /** Creates it; a Lease of that name already there is a KubeConflict (AlreadyExists): someone else won. */
  create(name: string, spec: LeaseSpecInput): Promise<LeaseView>;
  /** Replaces it under the resourceVersion it was read at: a writer in between makes this a KubeConflict. */
  replace(name: string, spec: LeaseSpecInput, resourceVersion: string): Promise<LeaseView>;
}

interface CoordinationSdk {
  requests: CoordinationV1ApiRequestFactory;
  responses: CoordinationV1ApiResponseProcessor;
  microTime: (ms: number) => Date;
}

let loading: Promise<CoordinationSdk> | undefined;

/** The coordination API by its own module path, only when a lock is taken (see sdk.ts for why). */
function loadCoordination(): Promise<CoordinationSdk> {
  loading ??= (async () => {
    const [api, configuration, servers, types] = await Promise.all([
      import('@kubernetes/client-node/dist/gen/apis/CoordinationV1Api.js'),
      import('@kubernetes/client-node/dist/gen/configuration.js'),
      import('@kubernetes/client-node/dist/gen/servers.js'),
      import('@kubernetes/client-node/dist/types.js'),
    ]);
    const config = configuration.createConfiguration({
      baseServer: new servers.ServerConfiguration<Record<string, string>>(SDK_ORIGIN, {}),
    });
    return {
      requests: new api.CoordinationV1ApiRequestFactory(config),
      responses: new api.CoordinationV1ApiResponseProcessor(),
      // The API server parses renewTime/acquireTime as RFC 3339 with exactly six fractional digits.
      microTime: (ms) => new types.V1MicroTime(ms),
    };
  })();
  return loading;
}

const GROUP = 'coordination.k8s.io';

export function leasesApi(kube: KubeConnection): LeasesApi {
  const ns = kube.namespace;
  const body = (sdk: CoordinationSdk, name: string, spec: LeaseSpecInput, resourceVersion?: string): V1Lease => ({
    apiVersion: `${GROUP}/v1`,
    kind: 'Lease',
    metadata: { name, annotations: spec.annotations, ...(resourceVersion ? { resourceVersion } : {}) },
    spec: {
      ...(spec.holderIdentity ? { holderIdentity: spec.holderIdentity } : {}),
      leaseDurationSeconds: spec.leaseDurationSeconds,
      acquireTime: sdk.microTime(spec.acquireTime),
      renewTime: sdk.microTime(spec.renewTime),
      leaseTransitions: spec.leaseTransitions,
    },
  });
  return {
    async read(name) {
      const sdk = await loadCoordination();
      try {
        const lease = await kube.call(
          { verb: 'get', resource: 'leases', group: GROUP, name },
          () => sdk.requests.readNamespacedLease(name, ns),
          (_, r) => sdk.responses.readNamespacedLeaseWithHttpInfo(r),
        );
        return view(lease);
      } catch (error) {
        if (error instanceof KubeNotFound) return null;
        throw error;
      }
    },
    async create(name, spec) {
      const sdk = await loadCoordination();
      return view(
        await kube.call(
          { verb: 'create', resource: 'leases', group: GROUP, name },
          () => sdk.requests.createNamespacedLease(ns, body(sdk, name, spec)),
          (_, r) => sdk.responses.createNamespacedLeaseWithHttpInfo(r),
        ),
      );
    },
    async replace(name, spec, resourceVersion) {
      const sdk = await loadCoordination();
      return view(
        await kube.call(
          { verb: 'update', resource: 'leases', group: GROUP, name },
          () => sdk.requests.replaceNamespacedLease(name, ns, body(sdk, name, spec, resourceVersion)),
          (_, r) => sdk.responses.replaceNamespacedLeaseWithHttpInfo(r),
        ),
      );
    },
  };
}

function time(value: unknown): number | null {
  if (value instanceof Date) return value.getTime();
  if (typeof value !== 'string') return null;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? null : ms;
}

function view(lease: V1Lease): LeaseView {
  return {
    name: lease.metadata?.name ?? '',
    holderIdentity: lease.spec?.holderIdentity ?? '',
    leaseDurationSeconds: lease.spec?.leaseDurationSeconds ?? 0,
    acquireTime: time(lease.spec?.acquireTime),
    renewTime: time(lease.spec?.renewTime),
    leaseTransitions: lease.spec?.leaseTransitions ?? 0,
    annotations: lease.metadata?.annotations ?? {},
    resourceVersion: lease.metadata?.resourceVersion ?? '',
  };
}
