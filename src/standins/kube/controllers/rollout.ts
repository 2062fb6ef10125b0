import { createHash } from 'node:crypto';
import type { KubeController, KubeDouble } from '../index.ts';
import { REFS } from '../refs.ts';
import { matchesLabels, type KubeObject, type ResourceRef } from '../store.ts';

/**
 * The workload controllers. Deployments and DeploymentConfigs roll with a surge of one pod and
 * none unavailable: a new pod first, an old one deleted once enough are Ready. StatefulSets
 * (OrderedReady, RollingUpdate) replace their pods one at a time under the same name, highest
 * ordinal first: the old pod is deleted, and only once it is gone is the new one created, so a
 * pod stuck Terminating stalls the rollout. DaemonSets run one pod on the double's one node,
 * replaced the same way.
 */
type Kind = 'Deployment' | 'StatefulSet' | 'DaemonSet' | 'DeploymentConfig';
const KIND_OF: Record<string, Kind> = {
  deployments: 'Deployment',
  statefulsets: 'StatefulSet',
  daemonsets: 'DaemonSet',
  deploymentconfigs: 'DeploymentConfig',
};
const REF_OF: Record<Kind, ResourceRef> = {
  Deployment: REFS.deployments,
  StatefulSet: REFS.statefulsets,
  DaemonSet: REFS.daemonsets,
  DeploymentConfig: REFS.deploymentconfigs,
};
/** The double's cluster has one node: a DaemonSet runs one pod. */
const NODES = 1;

interface WorkloadSpec {
  replicas?: number;
  selector?: { matchLabels?: Record<string, string> } | Record<string, string>;
  template?: { metadata?: { labels?: Record<string, string>; annotations?: Record<string, string> }; spec?: Record<string, unknown> };
}

export function selectorOf(kind: Kind, spec: WorkloadSpec): string {
  const labels =
    kind === 'DeploymentConfig'
      ? (spec.selector as Record<string, string> | undefined)
      : (spec.selector as { matchLabels?: Record<string, string> } | undefined)?.matchLabels;
  return Object.entries(labels ?? {})
    .map(([k, v]) => `${k}=${v}`)
    .join(',');
}

const hashOf = (template: unknown) => createHash('sha256').update(JSON.stringify(template)).digest('hex').slice(0, 10);
const suffix = () => Math.random().toString(36).slice(2, 7);
const isReady = (p: KubeObject) =>
  ((p.status as { conditions?: Array<{ type: string; status: string }> } | undefined)?.conditions ?? []).some(
    (c) => c.type === 'Ready' && c.status === 'True',
  );
const terminating = (p: KubeObject) => !!p.metadata.deletionTimestamp;
const revisionLabel = (kind: Kind) =>
  kind === 'Deployment' ? 'pod-template-hash' : kind === 'StatefulSet' || kind === 'DaemonSet' ? 'controller-revision-hash' : 'deployment';

function ownedPods(cluster: KubeDouble, kind: Kind, w: KubeObject): KubeObject[] {
  const selector = selectorOf(kind, w.spec as WorkloadSpec);
  return cluster
    .list(REFS.pods, w.metadata.namespace!)
    .filter((p) => matchesLabels(p, selector) && (p.metadata.ownerReferences ?? []).some((o) => o.name.startsWith(w.metadata.name)));
}

function newPod(kind: Kind, w: KubeObject, name: string, revision: string): KubeObject {
  const spec = w.spec as WorkloadSpec;
  const containers = (spec.template?.spec?.containers ?? []) as Array<{ name: string; image?: string }>;
  const owner =
    kind === 'Deployment'
      ? { kind: 'ReplicaSet', name: `${w.metadata.name}-${revision}` }
      : kind === 'DeploymentConfig'
        ? { kind: 'ReplicationController', name: revision }
        : { kind, name: w.metadata.name };
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      name,
      labels: {
        ...spec.template?.metadata?.labels,
        [revisionLabel(kind)]: revision,
        ...(kind === 'StatefulSet' ? { 'statefulset.kubernetes.io/pod-name': name } : {}),
        ...(kind === 'DeploymentConfig' ? { deploymentconfig: w.metadata.name } : {}),
      },
      ...(spec.template?.metadata?.annotations ? { annotations: spec.template.metadata.annotations } : {}),
      ownerReferences: [{ apiVersion: kind === 'DeploymentConfig' ? 'v1' : 'apps/v1', ...owner, controller: true }],
    },
    spec: structuredClone(spec.template?.spec ?? {}),
    status: {
      phase: 'Pending',
      conditions: [{ type: 'Ready', status: 'False' }],
      containerStatuses: containers.map((c) => ({
        name: c.name,
        image: c.image,
        imageID: '',
        ready: false,
        restartCount: 0,
        started: false,
        state: { waiting: { reason: 'ContainerCreating' } },
      })),
    },
  };
}

/** Graceful delete, like `DELETE` without gracePeriodSeconds: the kubelet finishes it. */
export function deleteGracefully(cluster: KubeDouble, pod: KubeObject): void {
  cluster.store.mutate(REFS.pods, pod.metadata.namespace!, pod.metadata.name, (p) => {
    if (p.metadata.deletionTimestamp) return;
    const grace = (p.spec as { terminationGracePeriodSeconds?: number }).terminationGracePeriodSeconds ?? 30;
    p.metadata.deletionTimestamp = new Date(cluster.now() + grace * 1000).toISOString();
    p.metadata.deletionGracePeriodSeconds = grace;
  });
}

function revisionOf(kind: Kind, w: KubeObject): string {
  const hash = hashOf((w.spec as WorkloadSpec).template);
  if (kind === 'StatefulSet' || kind === 'DaemonSet') return `${w.metadata.name}-${hash}`;
  if (kind === 'DeploymentConfig') return `${w.metadata.name}-${(w.status as { latestVersion?: number } | undefined)?.latestVersion ?? 1}`;
  return hash;
}

function reconcile(cluster: KubeDouble, kind: Kind, w: KubeObject): void {
  const ns = w.metadata.namespace!;
  const replicas = kind === 'DaemonSet' ? NODES : ((w.spec as WorkloadSpec).replicas ?? 1);
  if (kind === 'DeploymentConfig') {
    // A DeploymentConfig counts its rollouts: a new template is a new latestVersion.
    const hash = hashOf((w.spec as WorkloadSpec).template);
    const st = (w.status ?? {}) as { latestVersion?: number; templateHash?: string };
    if (st.templateHash !== hash) {
      cluster.store.mutate(REF_OF[kind], ns, w.metadata.name, (o) => {
        const s = (o.status ??= {}) as { latestVersion?: number; templateHash?: string };
        s.latestVersion = (s.latestVersion ?? 0) + 1;
        s.templateHash = hash;
      });
      return;
    }
  }
  const revision = revisionOf(kind, w);
  const label = revisionLabel(kind);
  const pods = ownedPods(cluster, kind, w);
  const live = pods.filter((p) => !terminating(p));
  const current = live.filter((p) => p.metadata.labels?.[label] === revision);
  const old = live.filter((p) => p.metadata.labels?.[label] !== revision);
  if (kind === 'StatefulSet') {
    stepStatefulSet(cluster, w, pods, replicas, revision);
  } else if (kind === 'DaemonSet') {
    // maxUnavailable 1 on one node: the old pod goes first, the new one starts once it is gone.
    if (old.length) deleteGracefully(cluster, old[0]!);
    else if (!pods.length) cluster.store.create(REFS.pods, ns, newPod(kind, w, `${w.metadata.name}-${suffix()}`, revision));
  } else {
    const readyCount = live.filter(isReady).length;
    if (current.length < replicas && live.length < replicas + 1) {
      const name = kind === 'Deployment' ? `${w.metadata.name}-${revision}-${suffix()}` : `${revision}-${suffix()}`;
      cluster.store.create(REFS.pods, ns, newPod(kind, w, name, revision));
    } else if (current.length > replicas) {
      deleteGracefully(cluster, current[current.length - 1]!);
    }
    // Unready old pods go first; a Ready one only while enough others are Ready.
    const victim = old.find((p) => !isReady(p)) ?? (readyCount - 1 >= replicas ? old[0] : undefined);
    if (victim) deleteGracefully(cluster, victim);
  }
  const after = ownedPods(cluster, kind, w).filter((p) => !terminating(p));
  const updated = after.filter((p) => p.metadata.labels?.[label] === revision);
  cluster.store.mutate(REF_OF[kind], ns, w.metadata.name, (o) => {
    const s = (o.status ??= {}) as Record<string, unknown>;
    Object.assign(s, {
      observedGeneration: o.metadata.generation,
      replicas: after.length,
      updatedReplicas: updated.length,
      readyReplicas: after.filter(isReady).length,
      availableReplicas: after.filter(isReady).length,
    });
    if (kind === 'DaemonSet')
      Object.assign(s, {
        desiredNumberScheduled: NODES,
        currentNumberScheduled: after.length,
        updatedNumberScheduled: updated.length,
        numberReady: after.filter(isReady).length,
        numberAvailable: after.filter(isReady).length,
      });
    if (kind === 'StatefulSet') {
      s.updateRevision = revision;
      s.currentReplicas = updated.length;
      if (updated.length === replicas && after.length === replicas) s.currentRevision = revision;
    }
  });
}

function stepStatefulSet(cluster: KubeDouble, w: KubeObject, pods: KubeObject[], replicas: number, revision: string): void {
  const byName = new Map(pods.map((p) => [p.metadata.name, p]));
  for (let i = 0; i < replicas; i++) {
    const name = `${w.metadata.name}-${i}`;
    const pod = byName.get(name);
    if (!pod) {
      cluster.store.create(REFS.pods, w.metadata.namespace!, newPod('StatefulSet', w, name, revision));
      return;
    }
    if (terminating(pod) || !isReady(pod)) return;
  }
  for (let i = replicas - 1; i >= 0; i--) {
    const pod = byName.get(`${w.metadata.name}-${i}`)!;
    if (pod.metadata.labels?.['controller-revision-hash'] !== revision) {
      deleteGracefully(cluster, pod);
      return;
    }
  }
}

export const rolloutController: KubeController = {
  name: 'rollout',
  react(event, cluster) {
    const { ref, namespace } = event;
    const kind = ref.group === 'apps' || ref.group === 'apps.openshift.io' ? KIND_OF[ref.resource] : undefined;
    if (kind && event.type !== 'DELETED') {
      const w = cluster.get(REF_OF[kind], namespace, event.object.metadata.name);
      if (w) reconcile(cluster, kind, w);
      return;
    }
    if (ref.resource !== 'pods' || ref.group !== '') return;
    for (const k of Object.keys(REF_OF) as Kind[]) {
      for (const w of cluster.list(REF_OF[k], namespace)) {
        const selector = selectorOf(k, w.spec as WorkloadSpec);
        if (selector && matchesLabels(event.object, selector)) reconcile(cluster, k, w);
      }
    }
  },
};
