import type { V1Pod, V1PodList } from '@kubernetes/client-node/dist/gen/models/all.js';
import type { KubeConnection } from './connection.ts';

/**
 * The pods of the namespace as the API gives them (whole V1Pod objects): the health gate judges
 * what PodView leaves out — init containers, last states, the pod's reason (Evicted) and the
 * conditions that say why a pod is Pending. Read in pages of 500.
 */
export interface PodHealthApi {
  list(labelSelector?: string): Promise<V1Pod[]>;
}

export function podHealthApi(kube: KubeConnection): PodHealthApi {
  const ns = kube.namespace;
  return {
    async list(labelSelector) {
      const items: V1Pod[] = [];
      let next: string | undefined;
      do {
        const page: V1PodList = await kube.call(
          { verb: 'list', resource: 'pods' },
          (sdk) => sdk.core.listNamespacedPod(ns, undefined, undefined, next, undefined, labelSelector, 500),
          (sdk, r) => sdk.coreResponses.listNamespacedPodWithHttpInfo(r),
        );
        items.push(...page.items);
        next = page.metadata?._continue || undefined;
      } while (next);
      return items;
    },
  };
}
