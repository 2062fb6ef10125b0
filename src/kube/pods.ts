import type { V1Pod, V1PodList } from '@kubernetes/client-node/dist/gen/models/all.js';
import type { KubeConnection, WatchEventType } from './connection.ts';
import { KubeConflict, KubeNotFound } from './errors.ts';

/** What the stages read of a pod. */
export interface PodView {
  name: string;
  labels: Record<string, string>;
  phase: string;
  ready: boolean;
  createdAt: number;
  /** When the pod was asked to stop (deletionTimestamp minus its grace period), if it was. */
  terminatingSince?: number;
  ownerKind?: string;
  ownerName?: string;
  containers: Array<{ name: string; image: string }>;
  statuses: Array<{
    name: string;
    image: string;
    imageID: string;
    ready: boolean;
    restartCount: number;
    waiting?: { reason: string; message?: string };
    terminated?: { reason?: string; exitCode: number };
  }>;
  uid: string;
  resourceVersion: string;
}

export interface PodsApi {
  list(options?: { labelSelector?: string; fieldSelector?: string }): Promise<{ items: PodView[]; resourceVersion: string }>;
  /** The pod as the API server has it now, or null when there is none of that name. */
  get(name: string): Promise<PodView | null>;
  /**
   * Deletes the pod `uid` (DeleteOptions preconditions: a pod recreated under the same name is
   * never hit). `gracePeriodSeconds: 0` is `oc delete pod --force`. 'gone': no pod of that name,
   * or another one (the precondition failed): nothing was deleted.
   */
  delete(name: string, options: { uid: string; gracePeriodSeconds?: number }): Promise<'deleted' | 'gone'>;
  /**
   * One watch connection from `resourceVersion`; resolves when it ends (resume from the last version seen).
   * BOOKMARK events carry only a resourceVersion.
   */
  watch(
    options: { labelSelector?: string; resourceVersion: string; timeoutSeconds?: number },
    onEvent: (type: WatchEventType, pod: PodView) => void,
    signal: AbortSignal,
  ): Promise<void>;
}

const ms = (d: Date | string | undefined): number | undefined => (d === undefined ? undefined : new Date(d).getTime());

export function podView(pod: V1Pod): PodView {
  const deletion = ms(pod.metadata?.deletionTimestamp);
  const owner = pod.metadata?.ownerReferences?.find((o) => o.controller) ?? pod.metadata?.ownerReferences?.[0];
  const ready = (pod.status?.conditions ?? []).some((c) => c.type === 'Ready' && c.status === 'True');
  return {
    name: pod.metadata?.name ?? '',
    labels: pod.metadata?.labels ?? {},
    phase: pod.status?.phase ?? 'Unknown',
    ready,
    createdAt: ms(pod.metadata?.creationTimestamp) ?? 0,
    ...(deletion !== undefined ? { terminatingSince: deletion - (pod.metadata?.deletionGracePeriodSeconds ?? 0) * 1000 } : {}),
    ...(owner ? { ownerKind: owner.kind, ownerName: owner.name } : {}),
    containers: (pod.spec?.containers ?? []).map((c) => ({ name: c.name, image: c.image ?? '' })),
    statuses: (pod.status?.containerStatuses ?? []).map((s) => ({
      name: s.name,
      image: s.image,
      imageID: s.imageID,
      ready: s.ready,
      restartCount: s.restartCount,
      ...(s.state?.waiting
        ? { waiting: { reason: s.state.waiting.reason ?? '', ...(s.state.waiting.message ? { message: s.state.waiting.message } : {}) } }
        : {}),
      ...(s.state?.terminated
        ? {
            terminated: {
              exitCode: s.state.terminated.exitCode,
              ...(s.state.terminated.reason ? { reason: s.state.terminated.reason } : {}),
            },
          }
        : {}),
    })),
    uid: pod.metadata?.uid ?? '',
    resourceVersion: pod.metadata?.resourceVersion ?? '',
  };
}

export function podsApi(kube: KubeConnection): PodsApi {
  const ns = kube.namespace;
  return {
    async list(options = {}) {
      const items: PodView[] = [];
      let resourceVersion = '';
      let next: string | undefined;
      // Pages of 500: a namespace of thousands of pods is read in a few requests, never one huge one.
      do {
        const page: V1PodList = await kube.call(
          { verb: 'list', resource: 'pods' },
          (sdk) => sdk.core.listNamespacedPod(ns, undefined, undefined, next, options.fieldSelector, options.labelSelector, 500),
          (sdk, r) => sdk.coreResponses.listNamespacedPodWithHttpInfo(r),
        );
        items.push(...page.items.map(podView));
        resourceVersion = page.metadata?.resourceVersion ?? resourceVersion;
        next = page.metadata?._continue || undefined;
      } while (next);
      return { items, resourceVersion };
    },
    async get(name) {
      try {
        const pod: V1Pod = await kube.call(
          { verb: 'get', resource: 'pods', name },
          (sdk) => sdk.core.readNamespacedPod(name, ns),
          (sdk, r) => sdk.coreResponses.readNamespacedPodWithHttpInfo(r),
        );
        return podView(pod);
      } catch (error) {
        if (error instanceof KubeNotFound) return null;
        throw error;
      }
    },
    async delete(name, options) {
      try {
        await kube.call(
          { verb: 'delete', resource: 'pods', name },
          (sdk) =>
            sdk.core.deleteNamespacedPod(name, ns, undefined, undefined, options.gracePeriodSeconds, undefined, undefined, undefined, {
              ...(options.gracePeriodSeconds !== undefined ? { gracePeriodSeconds: options.gracePeriodSeconds } : {}),
              preconditions: { uid: options.uid },
            }),
          (sdk, r) => sdk.coreResponses.deleteNamespacedPodWithHttpInfo(r),
        );
        return 'deleted';
      } catch (error) {
        // 404: gone already; 409: the name now belongs to another pod (the precondition failed).
        if (error instanceof KubeNotFound || error instanceof KubeConflict) return 'gone';
        throw error;
      }
    },
    async watch(options, onEvent, signal) {
      const sdk = await kube.sdk();
      await kube.watchOnce(
        { verb: 'watch', resource: 'pods' },
        `/api/v1/namespaces/${encodeURIComponent(ns)}/pods`,
        // The server ends the watch after a while; a connection that died silently ends too.
        {
          labelSelector: options.labelSelector,
          resourceVersion: options.resourceVersion,
          timeoutSeconds: String(options.timeoutSeconds ?? 240),
        },
        (type, object) => {
          onEvent(type, podView(sdk.deserialize<V1Pod>(object, 'V1Pod')));
        },
        signal,
      );
    },
  };
}
