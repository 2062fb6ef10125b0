import { UsageError, errorMessage } from '../../core/errors.ts';
import { PREVIOUS_IMAGES_ANNOTATION, type ImageChange, type KubeClient } from '../../kube/index.ts';
import type { StageContext } from '../stage.ts';
import {
  changesOf,
  readPreviousImages,
  type ImportedWorkload,
  type PreviousImages,
  type WorkloadChange,
} from '../shared/cluster/previous.ts';
import type { WorkloadRolloutTarget } from '../shared/cluster/rollout.ts';
import type { WorkloadTarget } from '../shared/cluster/scope.ts';

/** What rollback did to one configured workload. */
export interface WorkloadRollback {
  component: string;
  workload: string;
  /** Per container: the image it ran (from) and the one put back (to). */
  containers: Array<{ name: string; from: string; to: string }>;
  /** Where the images before came from: the import's result (--imported), or the workload's annotation. */
  source: 'result' | 'annotation' | null;
  status: 'rolled-back' | 'would-roll-back' | 'unchanged' | 'failed';
  note?: string;
  error?: string;
}

/**
 * --imported: import-images' `workloads` output. Only what that run set is rolled back; without
 * it, the annotation import-images left on each workload says the same.
 */
/** import-images' workloads (its result's `workloads`), validated: what that run set. */
export function importedWorkloads(parsed: unknown): Map<string, WorkloadChange> {
  const refuse = (why: string) =>
    new UsageError(
      `--imported: ${why}`,
      "pass import-images' result as it is, or leave --imported out (the workloads' annotation is read)",
    );
  if (!Array.isArray(parsed)) throw refuse('expected a JSON list');
  const entries: ImportedWorkload[] = [];
  for (const item of parsed as unknown[]) {
    const e = item as { workload?: unknown; status?: unknown; containers?: unknown };
    if (typeof e?.workload !== 'string' || !Array.isArray(e.containers)) throw refuse('each entry needs workload and containers');
    const name = e.workload;
    const containers = (e.containers as Array<{ name?: unknown; previous?: unknown; image?: unknown }>).map((c) => {
      if (typeof c?.name !== 'string' || typeof c.previous !== 'string' || typeof c.image !== 'string')
        throw refuse(`${name}: each container needs name, previous and image`);
      return { name: c.name, previous: c.previous, image: c.image };
    });
    entries.push({ workload: name, status: typeof e.status === 'string' ? e.status : '', containers });
  }
  return changesOf(entries);
}

/**
 * Puts back, per container, the image it ran before import-images set it, only where the
 * container still runs what import-images set (someone's later change is left alone, named).
 */
export async function rollBackWorkloads(
  ctx: StageContext,
  kube: KubeClient,
  targets: WorkloadTarget[],
  imported: Map<string, WorkloadChange> | null,
): Promise<{ entries: WorkloadRollback[]; rollout: WorkloadRolloutTarget[] }> {
  const { logger, dryRun, clock } = ctx;
  const entries: WorkloadRollback[] = [];
  const rollout: WorkloadRolloutTarget[] = [];
  for (const t of targets) {
    const entry: WorkloadRollback = { component: t.component, workload: t.ref, containers: [], source: null, status: 'failed' };
    entries.push(entry);
    const w = await kube.workloads.get(t.kind, t.name);
    if (!w) {
      entry.error = `${t.kind} ${t.name} not found in namespace ${kube.target.namespace}`;
      logger.error(`${t.ref}: ${entry.error}`);
      continue;
    }
    const annotation = readPreviousImages(w.annotations[PREVIOUS_IMAGES_ANNOTATION]);
    let record: Array<{ name: string; from: string; to: string }> | undefined;
    if (imported) {
      const change = imported.get(t.ref);
      record = change?.containers.map((c) => ({ name: c.name, from: c.image, to: c.previous }));
      entry.source = 'result';
    } else if (annotation && !annotation.rolledBack) {
      record = Object.entries(annotation.containers).map(([name, c]) => ({ name, from: c.to, to: c.from }));
      entry.source = 'annotation';
    }
    if (!record?.length) {
      entry.status = 'unchanged';
      entry.note = imported
        ? 'import-images did not change it'
        : annotation?.rolledBack
          ? `rolled back already (${annotation.at})`
          : 'import-images never set it';
      logger.info(`${t.ref}: nothing to roll back (${entry.note})`);
      continue;
    }
    const changes: ImageChange[] = [];
    for (const r of record) {
      const index = w.containers.findIndex((c) => c.name === r.name);
      const now = w.containers[index]?.image;
      if (now === r.to) continue;
      if (now !== r.from) {
        logger.warning(`${t.ref}: container ${r.name} runs ${now ?? 'nothing'}, not ${r.from} that import-images set: left alone`);
        continue;
      }
      changes.push({ index, name: r.name, image: r.to });
      entry.containers.push(r);
    }
    if (!changes.length) {
      entry.status = 'unchanged';
      entry.note = 'every container already runs the image before (or another one since)';
      logger.info(`${t.ref}: ${entry.note}`);
      continue;
    }
    const said = entry.containers.map((c) => `container ${c.name} ${c.from} → ${c.to}`).join('; ');
    if (dryRun) {
      entry.status = 'would-roll-back';
      logger.info(
        `would patch ${w.kind}/${w.name}: ${said} ` +
          `(images before, from the ${entry.source === 'result' ? "import's result" : 'annotation'})`,
      );
      continue;
    }
    const used: PreviousImages = {
      containers: Object.fromEntries(entry.containers.map((c) => [c.name, { from: c.to, to: c.from }])),
      at: new Date(clock.now()).toISOString(),
      rolledBack: true,
    };
    try {
      await kube.workloads.setImages(w, changes, { [PREVIOUS_IMAGES_ANNOTATION]: JSON.stringify(used) });
    } catch (error) {
      entry.error = `patching ${w.kind}/${w.name} failed: ${errorMessage(error)}`;
      logger.error(entry.error);
      continue;
    }
    entry.status = 'rolled-back';
    logger.info(`rolled back ${w.kind}/${w.name}: ${said}`);
    for (const c of entry.containers)
      rollout.push({
        kind: 'workload',
        workload: { kind: t.kind, name: t.name },
        containers: [c.name],
        repository: t.repository,
        image: c.to,
      });
  }
  return { entries, rollout };
}
