import type { V1Deployment, V1StatefulSet, V1PodTemplateSpec } from '@kubernetes/client-node/dist/gen/models/all.js';
import type { KubeConnection } from './connection.ts';
import { KubeNotFound } from './errors.ts';

export type WorkloadKind = 'Deployment' | 'StatefulSet' | 'DeploymentConfig';

/** An ImageStreamTag that sets the image of some containers of a workload. */
export interface ImageTrigger {
  stream: string;
  tag: string;
  /** Container names; empty: every container. */
  containers: string[];
}

export interface WorkloadView {
  kind: WorkloadKind;
  name: string;
  replicas: number;
  /** Label selector of its pods, e.g. "component=packit-worker". */
  selector: string;
  triggers: ImageTrigger[];
  containers: Array<{ name: string; image: string }>;
  generation: number;
  observedGeneration: number;
  status: { replicas: number; updated: number; ready: number };
}

export interface WorkloadsApi {
  /** Deployments, StatefulSets and (where the API exists) DeploymentConfigs of the namespace. */
  list(): Promise<WorkloadView[]>;
}

/** The `image.openshift.io/triggers` annotation: [{from: {kind: ImageStreamTag, name}, fieldPath, paused}]. */
export function annotationTriggers(annotations: Record<string, string> | undefined): ImageTrigger[] {
  const text = annotations?.['image.openshift.io/triggers'];
  if (!text) return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return [];
  }
  if (!Array.isArray(parsed)) return [];
  const out: ImageTrigger[] = [];
  for (const t of parsed as Array<{ from?: { kind?: unknown; name?: unknown }; fieldPath?: unknown; paused?: unknown }>) {
    if (t?.from?.kind !== 'ImageStreamTag' || typeof t.from.name !== 'string' || String(t.paused) === 'true') continue;
    const [stream, tag = 'latest'] = t.from.name.split(':') as [string, string?];
    const container = typeof t.fieldPath === 'string' ? /name\s*==\s*["']([^"']+)["']/.exec(t.fieldPath)?.[1] : undefined;
    out.push({ stream, tag, containers: container ? [container] : [] });
  }
  return out;
}

const selectorOf = (labels: Record<string, string> | undefined) =>
  Object.entries(labels ?? {})
    .map(([k, v]) => `${k}=${v}`)
    .join(',');
const containersOf = (t: V1PodTemplateSpec | undefined) => (t?.spec?.containers ?? []).map((c) => ({ name: c.name, image: c.image ?? '' }));

function fromApps(kind: 'Deployment' | 'StatefulSet', w: V1Deployment | V1StatefulSet): WorkloadView {
  return {
    kind,
    name: w.metadata?.name ?? '',
    replicas: w.spec?.replicas ?? 1,
    selector: selectorOf(w.spec?.selector.matchLabels),
    triggers: annotationTriggers(w.metadata?.annotations),
    containers: containersOf(w.spec?.template),
    generation: w.metadata?.generation ?? 0,
    observedGeneration: w.status?.observedGeneration ?? 0,
    status: { replicas: w.status?.replicas ?? 0, updated: w.status?.updatedReplicas ?? 0, ready: w.status?.readyReplicas ?? 0 },
  };
}

interface DeploymentConfig {
  metadata?: { name?: string; generation?: number };
  spec?: {
    replicas?: number;
    selector?: Record<string, string>;
    template?: V1PodTemplateSpec;
    triggers?: Array<{
      type?: string;
      imageChangeParams?: { automatic?: boolean; containerNames?: string[]; from?: { kind?: string; name?: string } };
    }>;
  };
  status?: { observedGeneration?: number; replicas?: number; updatedReplicas?: number; readyReplicas?: number };
}

function fromDeploymentConfig(dc: DeploymentConfig): WorkloadView {
  const triggers: ImageTrigger[] = [];
  for (const t of dc.spec?.triggers ?? []) {
    const p = t.imageChangeParams;
    if (t.type !== 'ImageChange' || !p?.automatic || p.from?.kind !== 'ImageStreamTag' || !p.from.name) continue;
    const [stream, tag = 'latest'] = p.from.name.split(':') as [string, string?];
    triggers.push({ stream, tag, containers: p.containerNames ?? [] });
  }
  return {
    kind: 'DeploymentConfig',
    name: dc.metadata?.name ?? '',
    replicas: dc.spec?.replicas ?? 1,
    selector: selectorOf(dc.spec?.selector),
    triggers,
    containers: containersOf(dc.spec?.template),
    generation: dc.metadata?.generation ?? 0,
    observedGeneration: dc.status?.observedGeneration ?? 0,
    status: { replicas: dc.status?.replicas ?? 0, updated: dc.status?.updatedReplicas ?? 0, ready: dc.status?.readyReplicas ?? 0 },
  };
}

export function workloadsApi(kube: KubeConnection): WorkloadsApi {
  const ns = kube.namespace;
  return {
    async list() {
      const [deployments, statefulSets, configs] = await Promise.all([
        kube.call(
          { verb: 'list', resource: 'deployments', group: 'apps' },
          (sdk) => sdk.apps.listNamespacedDeployment(ns),
          (sdk, r) => sdk.appsResponses.listNamespacedDeploymentWithHttpInfo(r),
        ),
        kube.call(
          { verb: 'list', resource: 'statefulsets', group: 'apps' },
          (sdk) => sdk.apps.listNamespacedStatefulSet(ns),
          (sdk, r) => sdk.appsResponses.listNamespacedStatefulSetWithHttpInfo(r),
        ),
        kube
          .call(
            { verb: 'list', resource: 'deploymentconfigs', group: 'apps.openshift.io' },
            (sdk) => sdk.custom.listNamespacedCustomObject('apps.openshift.io', 'v1', ns, 'deploymentconfigs'),
            (sdk, r) => sdk.customResponses.listNamespacedCustomObjectWithHttpInfo(r),
          )
          // Plain Kubernetes has no DeploymentConfig API: nothing to list there.
          .catch((error: unknown) => {
            if (error instanceof KubeNotFound) return { items: [] };
            throw error;
          }) as Promise<{ items?: DeploymentConfig[] }>,
      ]);
      return [
        ...deployments.items.map((d) => fromApps('Deployment', d)),
        ...statefulSets.items.map((s) => fromApps('StatefulSet', s)),
        ...(configs.items ?? []).map(fromDeploymentConfig),
      ];
    },
  };
}
