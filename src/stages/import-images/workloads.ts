import { errorMessage } from '../../core/errors.ts';
import { PREVIOUS_IMAGES_ANNOTATION, type ImageChange, type KubeClient, type NamedWorkloadView } from '../../kube/index.ts';
import { parseImage, registryFor } from '../../registry/index.ts';
import type { StageContext } from '../stage.ts';
import { readPreviousImages, type PreviousImages } from '../shared/cluster/previous.ts';
import type { WorkloadTarget } from '../shared/cluster/scope.ts';

/** What import-images did to one configured workload. */
export interface WorkloadImport {
  component: string;
  /** As configured: deployment/orders-api, statefulset/orders-scheduler/worker. */
  workload: string;
  image: string;
  digest: string | null;
  /** Where the digest came from: wait-images' proof (--digests), or the registry now. */
  digestFrom: 'wait-images' | 'registry' | null;
  /** Per container: the image before and the one it runs now (or would). */
  containers: Array<{ name: string; previous: string; image: string }>;
  status: 'set' | 'unchanged' | 'would-set' | 'would-stay' | 'failed';
  /** Pods the workload wants (a DaemonSet: the nodes it runs on). */
  replicas: number;
  error?: string;
}

/**
 * The digest each configured image is rolled to: the one wait-images proved (`--digests`, image →
 * digest), else the one its tag resolves to now through the registry client.
 */
async function digestsOf(
  ctx: StageContext,
  images: string[],
  proved: Map<string, string>,
): Promise<Map<string, { digest: string; from: 'wait-images' | 'registry' } | { error: string }>> {
  const out = new Map<string, { digest: string; from: 'wait-images' | 'registry' } | { error: string }>();
  for (const image of new Set(images)) {
    const known = proved.get(image);
    if (known) {
      out.set(image, { digest: known, from: 'wait-images' });
      continue;
    }
    const ref = parseImage(image);
    try {
      const info = await registryFor(ref.host, ctx.config, { logger: ctx.logger, clock: ctx.clock }, ctx.env, (v) =>
        ctx.secrets.add(v),
      ).inspect(ref);
      out.set(image, info ? { digest: info.digest, from: 'registry' } : { error: `${image} does not exist in the registry` });
    } catch (error) {
      out.set(image, { error: `cannot resolve ${image}: ${errorMessage(error)}` });
    }
  }
  return out;
}

/** The containers of `w` the target sets: the named one, else those running its repository. */
function containersFor(w: NamedWorkloadView, t: WorkloadTarget): Array<{ index: number; name: string; image: string }> | string {
  const all = w.containers.map((c, index) => ({ index, ...c }));
  if (t.container) {
    const named = all.filter((c) => c.name === t.container);
    return named.length ? named : `${t.ref}: no container "${t.container}" (containers: ${all.map((c) => c.name).join(', ') || 'none'})`;
  }
  const running = all.filter((c) => sameRepository(c.image, t.repository));
  return running.length
    ? running
    : `${t.ref}: no container runs ${t.repository} (containers: ${all.map((c) => `${c.name}=${c.image}`).join(', ') || 'none'}); ` +
        `name it in the configuration: ${t.ref}/<container>`;
}

/**
 * Per container, the image before `run` when an earlier attempt of `run` set every chosen
 * container to `image` (its record on the workload, not rolled back since); else undefined.
 */
function setEarlier(
  record: PreviousImages | undefined,
  run: string | undefined,
  chosen: Array<{ name: string }>,
  image: string,
): Record<string, string> | undefined {
  if (!run || !record || record.run !== run || record.rolledBack) return undefined;
  const before: Record<string, string> = {};
  for (const c of chosen) {
    const set = record.containers[c.name];
    if (!set || set.to !== image) return undefined;
    before[c.name] = set.from;
  }
  return before;
}

/** ghcr.io/acme/orders-api:stable, …@sha256:… and a tag-less name all belong to ghcr.io/acme/orders-api. */
export function sameRepository(image: string, repository: string): boolean {
  const bare = image.replace(/@sha256:[0-9a-f]+$/, '');
  const slash = bare.lastIndexOf('/');
  const colon = bare.lastIndexOf(':');
  return (colon > slash ? bare.slice(0, colon) : bare) === repository;
}

/**
 * Sets each configured workload's container to `repository@digest` with a JSON patch that changes
 * nothing else (and records the images before in an annotation for a standalone rollback); a
 * workload already on that digest is left alone. A dry run reads and says what it would patch.
 */
export async function setWorkloadImages(
  ctx: StageContext,
  kube: KubeClient,
  targets: WorkloadTarget[],
  proved: Map<string, string>,
  run?: string,
): Promise<WorkloadImport[]> {
  const { logger, dryRun, clock } = ctx;
  const digests = await digestsOf(
    ctx,
    targets.map((t) => t.image),
    proved,
  );
  const out: WorkloadImport[] = [];
  for (const t of targets) {
    const resolved = digests.get(t.image)!;
    const entry: WorkloadImport = {
      component: t.component,
      workload: t.ref,
      image: t.image,
      digest: 'digest' in resolved ? resolved.digest : null,
      digestFrom: 'digest' in resolved ? resolved.from : null,
      containers: [],
      status: 'failed',
      replicas: 0,
    };
    out.push(entry);
    if ('error' in resolved) {
      entry.error = resolved.error;
      logger.error(`${t.ref}: ${resolved.error}`);
      continue;
    }
    const w = await kube.workloads.get(t.kind, t.name);
    if (!w) {
      entry.error = `${t.kind} ${t.name} not found in namespace ${kube.target.namespace}`;
      logger.error(`${t.ref}: ${entry.error}`);
      continue;
    }
    entry.replicas = w.replicas;
    const chosen = containersFor(w, t);
    if (typeof chosen === 'string') {
      entry.error = chosen;
      logger.error(chosen);
      continue;
    }
    const image = `${t.repository}@${resolved.digest}`;
    entry.containers = chosen.map((c) => ({ name: c.name, previous: c.image, image }));
    const changes: ImageChange[] = chosen.filter((c) => c.image !== image).map((c) => ({ index: c.index, name: c.name, image }));
    if (!changes.length) {
      const earlier = setEarlier(readPreviousImages(w.annotations[PREVIOUS_IMAGES_ANNOTATION]), run, chosen, image);
      if (earlier) {
        // An earlier attempt of this run set it: this run's change, which a rollback must undo.
        entry.containers = chosen.map((c) => ({ name: c.name, previous: earlier[c.name]!, image }));
        entry.status = dryRun ? 'would-stay' : 'set';
        logger.info(
          `${t.ref}: already runs ${image}, set by an earlier attempt of this run (${run}); ` +
            `before it: ${Object.values(earlier).join(', ')}`,
        );
        continue;
      }
      entry.status = dryRun ? 'would-stay' : 'unchanged';
      logger.info(`${t.ref}: already runs ${image}`);
      continue;
    }
    const record: PreviousImages = {
      containers: Object.fromEntries(changes.map((c) => [c.name, { from: chosen.find((x) => x.index === c.index)!.image, to: image }])),
      at: new Date(clock.now()).toISOString(),
      ...(run ? { run } : {}),
    };
    const said = changes.map((c) => `container ${c.name} ${record.containers[c.name]!.from} → ${image}`).join('; ');
    if (dryRun) {
      entry.status = 'would-set';
      logger.info(
        `would patch ${w.kind}/${w.name}: ${said}; and annotation ${PREVIOUS_IMAGES_ANNOTATION} ` +
          `(nothing else; digest from ${resolved.from})`,
      );
      continue;
    }
    try {
      await kube.workloads.setImages(w, changes, { [PREVIOUS_IMAGES_ANNOTATION]: JSON.stringify(record) });
    } catch (error) {
      entry.error = `patching ${w.kind}/${w.name} failed: ${errorMessage(error)}`;
      logger.error(entry.error);
      continue;
    }
    entry.status = 'set';
    logger.info(`patched ${w.kind}/${w.name}: ${said} (digest from ${resolved.from})`);
  }
  return out;
}
