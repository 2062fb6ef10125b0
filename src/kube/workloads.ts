import type { V1DaemonSet, V1Deployment, V1StatefulSet, V1PodTemplateSpec } from '@kubernetes/client-node/dist/gen/models/all.js';
import type { KubeConnection } from './connection.ts';
import { KubeNotFound } from './errors.ts';
import type { RequestContext } from './sdk.ts';

export type WorkloadKind = 'Deployment' | 'StatefulSet' | 'DaemonSet' | 'DeploymentConfig';
/** The kinds a configuration names in images[].workloads, whose image import-images sets itself. */
export type NamedWorkloadKind = 'Deployment' | 'StatefulSet' | 'DaemonSet';

/** The annotation that records, per container, the image a workload ran before import-images set it. */
export const PREVIOUS_IMAGES_ANNOTATION = 'service-guru.dev/previous-images';

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

/** One workload read by name: what a patch needs to be exact. */
export interface NamedWorkloadView extends WorkloadView {
  kind: NamedWorkloadKind;
  uid: string;
  resourceVersion: string;
  annotations: Record<string, string>;
}

/** A container whose image is set; `index` and `name` are checked by the patch (a `test` op). */
export interface ImageChange {
  index: number;
  name: string;
  image: string;
}

export interface WorkloadsApi {
  /** Deployments, StatefulSets and (where the API exists) DeploymentConfigs of the namespace. */
  list(): Promise<WorkloadView[]>;
  /** One Deployment, StatefulSet or DaemonSet; null when there is none of that name. */
  get(kind: NamedWorkloadKind, name: string): Promise<NamedWorkloadView | null>;
  /**
   * Sets the image of some containers and some annotations with one JSON patch that changes
   * nothing else: it holds only while the object is the one read (uid) and each container is still
   * at its index (a `test` of its name), so a workload replaced or reordered meanwhile is refused
   * (KubeConflict/HTTP 422), never half-patched.
   */
  setImages(w: NamedWorkloadView, changes: ImageChange[], annotations: Record<string, string>): Promise<void>;
}

const RESOURCE: Record<NamedWorkloadKind, 'deployments' | 'statefulsets' | 'daemonsets'> = {
  Deployment: 'deployments',
  StatefulSet: 'statefulsets',
  DaemonSet: 'daemonsets',
};

/** RFC 6901: "~" and "/" in a key (annotation names have a "/"). */
const pointer = (key: string) => key.replace(/~/g, '~0').replace(/\//g, '~1');

export function imagePatch(w: NamedWorkloadView, changes: ImageChange[], annotations: Record<string, string>): unknown[] {
  const ops: unknown[] = [{ op: 'test', path: '/metadata/uid', value: w.uid }];
  for (const c of changes) {
    ops.push({ op: 'test', path: `/spec/template/spec/containers/${c.index}/name`, value: c.name });
    ops.push({ op: 'replace', path: `/spec/template/spec/containers/${c.index}/image`, value: c.image });
  }
  const entries = Object.entries(annotations);
  if (entries.length && !Object.keys(w.annotations).length) ops.push({ op: 'add', path: '/metadata/annotations', value: annotations });
  else for (const [k, v] of entries) ops.push({ op: 'add', path: `/metadata/annotations/${pointer(k)}`, value: v });
  return ops;
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

function fromApps(kind: NamedWorkloadKind, w: V1Deployment | V1StatefulSet | V1DaemonSet): NamedWorkloadView {
  // A DaemonSet has no replicas: one pod per node it is scheduled on.
  const daemon = kind === 'DaemonSet' ? (w as V1DaemonSet).status : undefined;
  const status = w.status as { replicas?: number; updatedReplicas?: number; readyReplicas?: number } | undefined;
  return {
    kind,
    name: w.metadata?.name ?? '',
    uid: w.metadata?.uid ?? '',
    resourceVersion: w.metadata?.resourceVersion ?? '',
    annotations: w.metadata?.annotations ?? {},
    replicas: daemon ? daemon.desiredNumberScheduled : ((w.spec as { replicas?: number } | undefined)?.replicas ?? 1),
    selector: selectorOf(w.spec?.selector.matchLabels),
    triggers: annotationTriggers(w.metadata?.annotations),
    containers: containersOf(w.spec?.template),
    generation: w.metadata?.generation ?? 0,
    observedGeneration: w.status?.observedGeneration ?? 0,
    status: daemon
      ? { replicas: daemon.currentNumberScheduled, updated: daemon.updatedNumberScheduled ?? 0, ready: daemon.numberReady }
      : { replicas: status?.replicas ?? 0, updated: status?.updatedReplicas ?? 0, ready: status?.readyReplicas ?? 0 },
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
    async get(kind, name) {
      const what = { verb: 'get' as const, resource: RESOURCE[kind], group: 'apps', name };
      try {
        if (kind === 'Deployment')
          return fromApps(
            kind,
            await kube.call(
              what,
              (sdk) => sdk.apps.readNamespacedDeployment(name, ns),
              (sdk, r) => sdk.appsResponses.readNamespacedDeploymentWithHttpInfo(r),
            ),
          );
        if (kind === 'StatefulSet')
          return fromApps(
            kind,
            await kube.call(
              what,
              (sdk) => sdk.apps.readNamespacedStatefulSet(name, ns),
              (sdk, r) => sdk.appsResponses.readNamespacedStatefulSetWithHttpInfo(r),
            ),
          );
        return fromApps(
          kind,
          await kube.call(
            what,
            (sdk) => sdk.apps.readNamespacedDaemonSet(name, ns),
            (sdk, r) => sdk.appsResponses.readNamespacedDaemonSetWithHttpInfo(r),
          ),
        );
      } catch (error) {
        if (error instanceof KubeNotFound) return null;
        throw error;
      }
    },
    async setImages(w, changes, annotations) {
      const body = imagePatch(w, changes, annotations);
      const what = { verb: 'patch' as const, resource: RESOURCE[w.kind], group: 'apps', name: w.name };
      const json = (ctx: RequestContext) => {
        ctx.setHeaderParam('Content-Type', 'application/json-patch+json');
        return ctx;
      };
      if (w.kind === 'Deployment')
        await kube.call(
          what,
          async (sdk) => json(await sdk.apps.patchNamespacedDeployment(w.name, ns, body)),
          (sdk, r) => sdk.appsResponses.patchNamespacedDeploymentWithHttpInfo(r),
        );
      else if (w.kind === 'StatefulSet')
        await kube.call(
          what,
          async (sdk) => json(await sdk.apps.patchNamespacedStatefulSet(w.name, ns, body)),
          (sdk, r) => sdk.appsResponses.patchNamespacedStatefulSetWithHttpInfo(r),
        );
      else
        await kube.call(
          what,
          async (sdk) => json(await sdk.apps.patchNamespacedDaemonSet(w.name, ns, body)),
          (sdk, r) => sdk.appsResponses.patchNamespacedDaemonSetWithHttpInfo(r),
        );
    },
  };
}
