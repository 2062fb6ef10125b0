import type { KubeController, KubeDouble } from '../index.ts';
import { REFS } from '../refs.ts';
import type { KubeObject } from '../store.ts';
import { repositoryOf, type NamedTagEventList } from './image-import.ts';

/**
 * The kubelet: a new pod pulls its images and becomes Running and Ready after
 * `timings.podStartMs`, or ends in ErrImagePull → ImagePullBackOff when a planned pull failure
 * (`failPulls`) matches; a pod in back-off pulls again when a stream naming its repository is
 * imported again. A pod given a deletionTimestamp is removed after `timings.terminateMs`, unless
 * it is in `stuckTerminating` (then only a delete with grace 0 removes it).
 */
interface ContainerStatus {
  name: string;
  image: string;
  imageID: string;
  ready: boolean;
  restartCount: number;
  started?: boolean;
  state: Record<string, unknown>;
}

function start(cluster: KubeDouble, namespace: string, name: string): void {
  cluster.store.mutate(REFS.pods, namespace, name, (pod) => {
    if (pod.metadata.deletionTimestamp) return;
    const status = pod.status as {
      phase: string;
      conditions: Array<{ type: string; status: string; lastTransitionTime?: string }>;
      containerStatuses: ContainerStatus[];
      startTime?: string;
    };
    const now = new Date(cluster.now()).toISOString();
    let failed = false;
    for (const c of status.containerStatuses) {
      if (c.ready) continue;
      const failure = cluster.pullFailure(c.image);
      if (failure) {
        failed = true;
        c.state = { waiting: { reason: 'ImagePullBackOff', message: `Back-off pulling image "${c.image}": ErrImagePull: ${failure}` } };
        continue;
      }
      c.state = { running: { startedAt: now } };
      c.ready = true;
      c.started = true;
      c.imageID = c.image.includes('@') ? c.image : `${repositoryOf(c.image)}@sha256:${'0'.repeat(64)}`;
    }
    status.phase = failed ? 'Pending' : 'Running';
    status.startTime ??= now;
    status.conditions = [{ type: 'Ready', status: failed ? 'False' : 'True', lastTransitionTime: now }];
  });
}

const inBackOff = (pod: KubeObject) =>
  ((pod.status as { containerStatuses?: ContainerStatus[] } | undefined)?.containerStatuses ?? []).some((c) =>
    /ImagePullBackOff|ErrImagePull/.test(String((c.state.waiting as { reason?: string } | undefined)?.reason)),
  );

export const kubeletController: KubeController = {
  name: 'kubelet',
  react(event, cluster) {
    const { ref, namespace } = event;
    if (ref.group === '' && ref.resource === 'pods') {
      const pod = event.object;
      if (event.type === 'ADDED' && !pod.metadata.deletionTimestamp) {
        cluster.later(cluster.timings.podStartMs, () => start(cluster, namespace, pod.metadata.name));
      } else if (event.type === 'MODIFIED' && pod.metadata.deletionTimestamp && !event.old?.metadata.deletionTimestamp) {
        if (cluster.stuckTerminating.has(`${namespace}/${pod.metadata.name}`)) return;
        const uid = pod.metadata.uid;
        cluster.later(cluster.timings.terminateMs, () => {
          if (cluster.get(REFS.pods, namespace, pod.metadata.name)?.metadata.uid === uid)
            cluster.store.remove(REFS.pods, namespace, pod.metadata.name);
        });
      }
      return;
    }
    if (ref.group === REFS.imagestreams.group && ref.resource === 'imagestreams' && event.type === 'MODIFIED') {
      const repos = new Set(
        ((event.object.status as { tags?: NamedTagEventList[] } | undefined)?.tags ?? []).flatMap((t) =>
          (t.items ?? []).map((i) => repositoryOf(i.dockerImageReference)),
        ),
      );
      for (const pod of cluster.list(REFS.pods, namespace)) {
        const images = ((pod.status as { containerStatuses?: ContainerStatus[] } | undefined)?.containerStatuses ?? []).map((c) =>
          repositoryOf(c.image),
        );
        if (inBackOff(pod) && images.some((i) => repos.has(i)))
          cluster.later(cluster.timings.podStartMs, () => start(cluster, namespace, pod.metadata.name));
      }
    }
  },
};
