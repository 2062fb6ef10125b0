import type { KubeController, KubeDouble } from '../index.ts';
import { REFS } from '../refs.ts';
import type { KubeObject, ResourceRef } from '../store.ts';
import type { NamedTagEventList } from './image-import.ts';

/**
 * OpenShift's image trigger controller: when an ImageStreamTag gets a new image, every
 * Deployment/StatefulSet whose `image.openshift.io/triggers` annotation names it, and every
 * DeploymentConfig with an automatic ImageChange trigger on it, gets that image in its pod
 * template (which makes the rollout controller roll it). A workload created with a trigger gets
 * the tag's current image at once.
 */
const WORKLOADS: ResourceRef[] = [REFS.deployments, REFS.statefulsets, REFS.deploymentconfigs];

interface Trigger {
  stream: string;
  tag: string;
  containers: string[];
}

export function triggersOf(workload: KubeObject): Trigger[] {
  const out: Trigger[] = [];
  const annotation = workload.metadata.annotations?.['image.openshift.io/triggers'];
  if (annotation) {
    try {
      for (const t of JSON.parse(annotation) as Array<{
        from?: { kind?: string; name?: string };
        fieldPath?: string;
        paused?: boolean | string;
      }>) {
        if (t.from?.kind !== 'ImageStreamTag' || !t.from.name || String(t.paused) === 'true') continue;
        const [stream, tag = 'latest'] = t.from.name.split(':') as [string, string?];
        const container = /name\s*==\s*["']([^"']+)["']/.exec(t.fieldPath ?? '')?.[1];
        out.push({ stream, tag, containers: container ? [container] : [] });
      }
    } catch {
      // an unreadable annotation triggers nothing, as on a real cluster
    }
  }
  const triggers =
    (
      workload.spec as
        | {
            triggers?: Array<{
              type?: string;
              imageChangeParams?: { automatic?: boolean; containerNames?: string[]; from?: { kind?: string; name?: string } };
            }>;
          }
        | undefined
    )?.triggers ?? [];
  for (const t of triggers) {
    const p = t.imageChangeParams;
    if (t.type !== 'ImageChange' || !p?.automatic || p.from?.kind !== 'ImageStreamTag' || !p.from.name) continue;
    const [stream, tag = 'latest'] = p.from.name.split(':') as [string, string?];
    out.push({ stream, tag, containers: p.containerNames ?? [] });
  }
  return out;
}

function headOf(stream: KubeObject | undefined, tag: string): string | undefined {
  return ((stream?.status as { tags?: NamedTagEventList[] } | undefined)?.tags ?? []).find((t) => t.tag === tag)?.items?.[0]
    ?.dockerImageReference;
}

function setImages(
  cluster: KubeDouble,
  ref: ResourceRef,
  namespace: string,
  name: string,
  streamOf: (t: Trigger) => string | undefined,
): void {
  cluster.store.mutate(ref, namespace, name, (w) => {
    const containers =
      (w.spec as { template?: { spec?: { containers?: Array<{ name: string; image?: string }> } } }).template?.spec?.containers ?? [];
    for (const trigger of triggersOf(w)) {
      const image = streamOf(trigger);
      if (!image) continue;
      for (const c of containers) if (!trigger.containers.length || trigger.containers.includes(c.name)) c.image = image;
      const dc =
        (w.spec as { triggers?: Array<{ imageChangeParams?: { from?: { name?: string }; lastTriggeredImage?: string } }> }).triggers ?? [];
      for (const t of dc)
        if (t.imageChangeParams?.from?.name === `${trigger.stream}:${trigger.tag}`) t.imageChangeParams.lastTriggeredImage = image;
    }
  });
}

export const triggersController: KubeController = {
  name: 'image-triggers',
  react(event, cluster) {
    const { ref, namespace } = event;
    if (ref.resource === 'imagestreams' && ref.group === REFS.imagestreams.group && event.type !== 'DELETED') {
      const stream = event.object.metadata.name;
      const tags = ((event.object.status as { tags?: NamedTagEventList[] } | undefined)?.tags ?? []).filter(
        (t) => headOf(event.object, t.tag) !== headOf(event.old, t.tag),
      );
      if (!tags.length) return;
      for (const wref of WORKLOADS) {
        for (const w of cluster.list(wref, namespace)) {
          const hits = triggersOf(w).filter((t) => t.stream === stream && tags.some((tag) => tag.tag === t.tag));
          if (hits.length)
            setImages(cluster, wref, namespace, w.metadata.name, (t) =>
              hits.includes(t) || hits.some((h) => h.stream === t.stream && h.tag === t.tag) ? headOf(event.object, t.tag) : undefined,
            );
        }
      }
      return;
    }
    if (event.type === 'ADDED' && WORKLOADS.some((w) => w.group === ref.group && w.resource === ref.resource)) {
      setImages(cluster, ref, namespace, event.object.metadata.name, (t) =>
        headOf(cluster.get(REFS.imagestreams, namespace, t.stream), t.tag),
      );
    }
  },
};
