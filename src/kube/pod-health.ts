import { StageError } from '../core/errors.ts';
import type { KubeConnection } from './connection.ts';

/**
 * A pod as the API sends it (the fields of core/v1 Pod the health gate judges; timestamps stay
 * RFC 3339 strings). Whole pods, unlike PodView: init containers, last states, the pod's reason
 * (Evicted) and the conditions that say why a pod is Pending.
 */
export interface PodJson {
  metadata?: { name?: string; uid?: string; labels?: Record<string, string>; creationTimestamp?: string; deletionTimestamp?: string };
  status?: {
    phase?: string;
    reason?: string;
    message?: string;
    startTime?: string;
    conditions?: Array<{ type: string; status: string; reason?: string; message?: string }>;
    containerStatuses?: ContainerStatusJson[];
    initContainerStatuses?: ContainerStatusJson[];
  };
}

export interface ContainerStatusJson {
  name: string;
  ready?: boolean;
  restartCount?: number;
  state?: ContainerStateJson;
  lastState?: ContainerStateJson;
}

export interface ContainerStateJson {
  waiting?: { reason?: string; message?: string };
  running?: { startedAt?: string };
  terminated?: { reason?: string; exitCode?: number; message?: string };
}

export interface PodHealthApi {
  list(labelSelector?: string): Promise<PodJson[]>;
}

/**
 * Lists in pages of 500 and parses plain JSON, without client-node's model classes: a namespace
 * of thousands of pods is read in a few requests, in about half the memory and time.
 */
export function podHealthApi(kube: KubeConnection): PodHealthApi {
  const base = `/api/v1/namespaces/${encodeURIComponent(kube.namespace)}/pods`;
  return {
    async list(labelSelector) {
      const items: PodJson[] = [];
      let next: string | undefined;
      do {
        const query = new URLSearchParams({ limit: '500' });
        if (labelSelector) query.set('labelSelector', labelSelector);
        if (next) query.set('continue', next);
        const path = `${base}?${query.toString()}`;
        const answer = await kube.raw({ verb: 'list', resource: 'pods' }, { method: 'GET', path, json: true });
        let page: { items?: unknown; metadata?: { continue?: unknown } };
        try {
          page = JSON.parse(answer.body.toString('utf8')) as typeof page;
        } catch {
          throw new StageError(
            `cluster "${kube.target.name}": the pod list is not JSON (${answer.headers['content-type'] ?? 'no content type'})`,
            'check clusters.<name>.server: it must be the API server, not the web console',
          );
        }
        if (!Array.isArray(page.items)) throw new StageError(`cluster "${kube.target.name}": the pod list has no items`);
        items.push(...(page.items as PodJson[]));
        next = typeof page.metadata?.continue === 'string' && page.metadata.continue ? page.metadata.continue : undefined;
      } while (next);
      return items;
    },
  };
}
