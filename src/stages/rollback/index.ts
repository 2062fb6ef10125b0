import { UsageError } from '../../core/errors.ts';
import type { ReportTable } from '../../core/report.ts';
import type { Config } from '../../config/types.ts';
import { list } from '../options.ts';
import type { RawOptions, StageCode, StageContext, StageRun } from '../stage.ts';
import { rollBackWorkloads, type WorkloadRollback } from './workloads.ts';
import {
  nothingTable,
  onCluster,
  rolloutTable,
  watchInto,
  type ClusterStageResult,
  type ClusterWork,
} from '../shared/cluster/cluster-run.ts';
import { previewRollout } from '../shared/cluster/rollout.ts';
import { parseClusterScope, repositoryOf, streamTargets, type ClusterScopeOptions } from '../shared/cluster/scope.ts';
import { changedByThisRun, parseThisRun, type ThisRun } from './this-run.ts';

export interface RollbackOptions extends ClusterScopeOptions {
  /** stream name → digest chosen with --to. */
  to: Map<string, string>;
  /** What this run changed (--imported, --digests): nothing else is rolled back. */
  thisRun: ThisRun;
}

export interface StreamRollback {
  component: string;
  stream: string;
  tag: string;
  /** Digest the tag had. */
  from: string | null;
  /** Digest it returns to. */
  to: string | null;
  /** What the tag now imports from: the old image by digest, so the scheduled import keeps it. */
  pinnedTo: string | null;
  status: 'rolled-back' | 'would-roll-back' | 'unchanged' | 'failed';
  /** How the pin goes away again. */
  liftedBy: string;
  error?: string;
}

export type RollbackResult = ClusterStageResult<StreamRollback> & { workloads: WorkloadRollback[] };
export type { WorkloadRollback } from './workloads.ts';

export const rollback: StageCode<RollbackOptions, RollbackResult> = {
  parseOptions: parseRollbackOptions,
  run: runRollback,
};

export function parseRollbackOptions(raw: RawOptions, config: Config): RollbackOptions {
  const scope = parseClusterScope(raw, config);
  const streams = new Set(streamTargets(config, scope.components).map((t) => t.stream));
  const to = new Map<string, string>();
  for (const item of list(raw, 'to')) {
    const m = /^([a-z0-9][a-z0-9.-]*)(?::[\w][\w.-]*)?=(sha256:[0-9a-f]{64})$/.exec(item);
    if (!m)
      throw new UsageError(
        `--to: expected stream=sha256:<64 hex digits>, got "${item}"`,
        'e.g. --to packit-worker=sha256:… (oc get istag packit-worker:prod shows digests)',
      );
    if (!streams.has(m[1]!))
      throw new UsageError(`--to: stream "${m[1]}" is not in scope; streams in scope: ${[...streams].join(', ') || 'none'}`);
    to.set(m[1]!, m[2]!);
  }
  return { ...scope, to, thisRun: parseThisRun(raw) };
}

async function runRollback(ctx: StageContext, options: RollbackOptions): Promise<StageRun<RollbackResult>> {
  const workloads: WorkloadRollback[] = [];
  const run = await onCluster<StreamRollback>(ctx, options, 'nothing to roll back', (work) => rollBack(ctx, options, work, workloads));
  return { ...run, result: { ...run.result, workloads } };
}

async function rollBack(
  ctx: StageContext,
  options: RollbackOptions,
  work: ClusterWork<StreamRollback>,
  workloads: WorkloadRollback[],
): Promise<StageRun<ClusterStageResult<StreamRollback>>> {
  const { logger, dryRun } = ctx;
  const { kube, targets, result } = work;
  const back = await rollBackWorkloads(ctx, kube, work.workloads, options.thisRun.workloads);
  workloads.push(...back.entries);
  const pins: Array<{
    stream: string;
    tag: string;
    digest: string;
    from: string;
    scheduled: boolean;
    referencePolicy: 'Source' | 'Local';
  }> = [];
  for (const t of targets) {
    const stream = await kube.imageStreams.get(t.stream);
    const tag = stream?.tags.find((x) => x.name === t.tag);
    const current = tag?.history[0]?.digest ?? null;
    if (!changedByThisRun(options.thisRun, t, current)) {
      logger.info(`${t.stream}:${t.tag}: left alone (this run did not change it)`);
      continue;
    }
    const liftedBy = `the next import-images (imports ${t.image} again)`;
    const entry: StreamRollback = {
      component: t.component,
      stream: t.stream,
      tag: t.tag,
      from: null,
      to: null,
      pinnedTo: null,
      status: 'failed',
      liftedBy,
    };
    result.streams.push(entry);
    entry.from = current;
    const chosen = options.to.get(t.stream);
    const alreadyPinned = !!current && tag?.from === `${repositoryOf(t.image)}@${current}`;
    // The image before this run, as its import saw it: a scheduled import since may have put this
    // run's own image one step back in the history.
    const before = options.thisRun.imported?.get(`${t.stream}:${t.tag}`) ?? undefined;
    // A tag already pinned by a rollback stays: "previous" would now be the bad image again.
    const target = chosen ?? before ?? (alreadyPinned ? current : tag?.history.find((h) => h.digest !== current)?.digest);
    if (!target) {
      entry.error = !tag
        ? `image stream tag ${t.stream}:${t.tag} not found in ${kube.target.namespace}`
        : `${t.stream}:${t.tag} has no earlier image in its history`;
      logger.error(`${t.stream}:${t.tag}: ${entry.error}`);
      continue;
    }
    const pin = `${repositoryOf(t.image)}@${target}`;
    entry.to = target;
    entry.pinnedTo = pin;
    if (target === current && tag?.from === pin) {
      entry.status = 'unchanged';
      logger.info(`${t.stream}:${t.tag}: already at ${target}, pinned to ${pin}`);
      pins.push({
        stream: t.stream,
        tag: t.tag,
        digest: target,
        from: pin,
        scheduled: tag.scheduled,
        referencePolicy: tag.referencePolicy,
      });
      continue;
    }
    if (chosen && !tag?.history.some((h) => h.digest === chosen))
      logger.warning(`${t.stream}:${t.tag}: ${chosen} is not in the tag's history; importing it from ${repositoryOf(t.image)}`);
    const outcome = await kube.imageStreams.importTag({
      stream: t.stream,
      tag: t.tag,
      from: pin,
      persist: !dryRun,
      scheduled: tag?.scheduled ?? false,
      referencePolicy: tag?.referencePolicy ?? 'Source',
    });
    if (!outcome.ok) {
      entry.error = outcome.message;
      logger.error(`${t.stream}:${t.tag}: the registry refused ${pin}: ${outcome.message}`);
      continue;
    }
    entry.status = dryRun ? 'would-roll-back' : 'rolled-back';
    logger.info(
      `${t.stream}:${t.tag}: ${dryRun ? 'would roll back' : 'rolled back'} from ` +
        `${current ?? 'nothing'} to ${target}, pinned to ${pin} (lifted by ${liftedBy})`,
    );
    pins.push({
      stream: t.stream,
      tag: t.tag,
      digest: target,
      from: pin,
      scheduled: tag?.scheduled ?? false,
      referencePolicy: tag?.referencePolicy ?? 'Source',
    });
  }
  const changed = !dryRun && (result.streams.some((s) => s.status === 'rolled-back') || workloads.some((w) => w.status === 'rolled-back'));
  if (dryRun) result.wouldRoll = pins.length ? await previewRollout(kube, pins, logger) : [];
  if (!dryRun && (pins.length || back.rollout.length)) {
    const error = await watchInto(
      ctx,
      work,
      [
        ...back.rollout,
        ...pins.map((p) => ({
          kind: 'stream' as const,
          stream: p.stream,
          tag: p.tag,
          digest: p.digest,
          reimport: () =>
            kube.imageStreams.importTag({
              stream: p.stream,
              tag: p.tag,
              from: p.from,
              persist: true,
              scheduled: p.scheduled,
              referencePolicy: p.referencePolicy,
            }),
        })),
      ],
      options.timeoutMs,
    );
    if (error) return finish(ctx, result, workloads, changed || result.remediations.length > 0, error);
  }
  const failed = result.streams.filter((s) => s.status === 'failed');
  const failedWorkloads = workloads.filter((w) => w.status === 'failed');
  if (failed.length || failedWorkloads.length) {
    return finish(ctx, result, workloads, changed, {
      message:
        'rollback failed for ' +
        [...failed.map((s) => `${s.stream}:${s.tag} (${s.error})`), ...failedWorkloads.map((w) => `${w.workload} (${w.error})`)].join('; '),
      hint: failed.length
        ? 'pick a digest with --to stream=sha256:… (oc describe is/<stream> lists the history)'
        : 'check images[].workloads against the namespace (kubectl get deploy,sts,ds) and the Role (docs/kubernetes.md)',
    });
  }
  return finish(ctx, result, workloads, changed || result.remediations.length > 0);
}

function finish(
  ctx: StageContext,
  result: ClusterStageResult<StreamRollback>,
  workloads: WorkloadRollback[],
  changed: boolean,
  error?: { message: string; hint?: string },
): StageRun<ClusterStageResult<StreamRollback>> {
  const where = `${result.cluster} (${result.namespace})${ctx.dryRun ? ' — dry run' : ''}`;
  const workloadTable: ReportTable = {
    title: `Workload rollback on ${where}`,
    headers: ['Workload', 'Container', 'From', 'To', 'Status'],
    rows: workloads.flatMap((w) =>
      (w.containers.length ? w.containers : [{ name: '', from: '', to: '' }]).map((c) => [
        w.workload,
        c.name,
        c.from,
        c.to,
        w.error ? `❌ ${w.error}` : `${w.status}${w.note ? ` (${w.note})` : w.source ? ` (from the ${w.source})` : ''}`,
      ]),
    ),
  };
  const table: ReportTable = {
    title: `Rollback on ${where}`,
    headers: ['Stream', 'From', 'To', 'Pinned to', 'Status'],
    rows: result.streams.map((s) => [
      `${s.stream}:${s.tag}`,
      s.from?.slice(0, 19) ?? '',
      s.to?.slice(0, 19) ?? '',
      s.pinnedTo ?? '',
      s.error ? `❌ ${s.error}` : `${s.status}; lifted by ${s.liftedBy}`,
    ]),
  };
  return {
    ok: !error,
    changed,
    result,
    tables: [
      ...(result.streams.length ? [table] : []),
      ...(workloads.length ? [workloadTable] : []),
      ...rolloutTable(result.rollouts, result.remediations),
      ...nothingTable(result),
    ],
    ...(error ? { error } : {}),
  };
}
