import type { V1ConfigMap } from '@kubernetes/client-node/dist/gen/models/all.js';
import type { KubeConnection } from './connection.ts';
import { KubeNotFound } from './errors.ts';

export interface ConfigMapContent {
  labels: Record<string, string>;
  annotations: Record<string, string>;
  data: Record<string, string>;
}

export interface ConfigMapsApi {
  /** The ConfigMap, or null when there is none. */
  read(name: string): Promise<(ConfigMapContent & { resourceVersion: string }) | null>;
  /**
   * Creates it, or replaces it under the resourceVersion it was read at (a concurrent writer
   * makes this fail with a conflict instead of being overwritten).
   */
  write(name: string, content: ConfigMapContent, resourceVersion: string | null): Promise<void>;
}

export function configMapsApi(kube: KubeConnection): ConfigMapsApi {
  const ns = kube.namespace;
  return {
    async read(name) {
      try {
        const cm = await kube.call(
          { verb: 'get', resource: 'configmaps', name },
          (sdk) => sdk.core.readNamespacedConfigMap(name, ns),
          (sdk, r) => sdk.coreResponses.readNamespacedConfigMapWithHttpInfo(r),
        );
        return {
          labels: cm.metadata?.labels ?? {},
          annotations: cm.metadata?.annotations ?? {},
          data: cm.data ?? {},
          resourceVersion: cm.metadata?.resourceVersion ?? '',
        };
      } catch (error) {
        if (error instanceof KubeNotFound) return null;
        throw error;
      }
    },
    async write(name, content, resourceVersion) {
      const body: V1ConfigMap = {
        apiVersion: 'v1',
        kind: 'ConfigMap',
        metadata: { name, labels: content.labels, annotations: content.annotations, ...(resourceVersion ? { resourceVersion } : {}) },
        data: content.data,
      };
      if (resourceVersion === null) {
        await kube.call(
          { verb: 'create', resource: 'configmaps', name },
          (sdk) => sdk.core.createNamespacedConfigMap(ns, body),
          (sdk, r) => sdk.coreResponses.createNamespacedConfigMapWithHttpInfo(r),
        );
      } else {
        await kube.call(
          { verb: 'update', resource: 'configmaps', name },
          (sdk) => sdk.core.replaceNamespacedConfigMap(name, ns, body),
          (sdk, r) => sdk.coreResponses.replaceNamespacedConfigMapWithHttpInfo(r),
        );
      }
    },
  };
}
