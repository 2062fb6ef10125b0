import { parseDuration } from '../../../core/duration.ts';
import type { ReportTable } from '../../../core/report.ts';
import type { Config } from '../../../config/types.ts';
import { createKubeClient, type KubeClient } from '../../../kube/index.ts';
import type { StageContext, StageRun } from '../../stage.ts';
import {
  watchRollout,
  type Remediation,
  type RolloutOutcome,
  type RolloutTarget,
  type WorkloadRollout,
  type WouldRoll,
} from './rollout.ts';
import {
  streamTargets,
  withoutRollout,
  workloadTargets,
  type ClusterScopeOptions,
  type StreamTarget,
  type WorkloadTarget,
} from './scope.ts';

/** What import-images and rollback both report: their streams, then the rollout they caused. */
export interface ClusterStageResult<S> {
  cluster: string;
  namespace: string;
  streams: S[];
  rollouts: WorkloadRollout[];
  /** --dry-run: the workloads that would roll. */
  wouldRoll: WouldRoll[];
  remediations: Remediation[];
  watch: RolloutOutcome['watch'];
  waitedMs: number;
  /** Components in scope with images that name neither an imageStream nor workloads. */
  nothingToRollOut: string[];
}

export interface ClusterWork<S> {
  kube: KubeClient;
  /** Stream tags in scope (images[].imageStream). */
  targets: StreamTarget[];
  /** Workloads in scope (images[].workloads); with `targets`, never both empty. */
  workloads: WorkloadTarget[];
  stuckMs: number;
  result: ClusterStageResult<S>;
}

/**
 * Opens the cluster, finds the stream tags in scope and hands them to `work`; a scope with none
 * succeeds at once, changing nothing. The client is closed however the work ends.
 */
export async function onCluster<S>(
  ctx: StageContext,
  options: ClusterScopeOptions,
  nothingTo: string,
  work: (w: ClusterWork<S>) => Promise<StageRun<ClusterStageResult<S>>>,
): Promise<StageRun<ClusterStageResult<S>>> {
  const { config, logger, clock } = ctx;
  // Read before anything changes: a bad duration is a usage error, not a half-done import.
  const stuckMs = stuckAfterMs(config);
  const kube = createKubeClient(config, options.cluster, ctx.env, { logger, clock, onSecret: (v) => ctx.secrets.add(v) });
  try {
    const result: ClusterStageResult<S> = {
      cluster: kube.target.name,
      namespace: kube.target.namespace,
      streams: [],
      rollouts: [],
      wouldRoll: [],
      remediations: [],
      watch: { restarts: 0, polling: false, outages: 0 },
      waitedMs: 0,
      nothingToRollOut: [],
    };
    result.nothingToRollOut = withoutRollout(config, options.components);
    if (result.nothingToRollOut.length)
      logger.warning(
        `${result.nothingToRollOut.join(', ')} moved but ${result.nothingToRollOut.length === 1 ? 'has' : 'have'} nothing to roll out: ` +
          'no image names an imageStream or workloads',
      );
    const targets = streamTargets(config, options.components);
    const workloads = workloadTargets(config, options.components);
    if (!targets.length && !workloads.length) {
      // The configuration rolls out other components (parseClusterScope refuses one that rolls out nothing).
      logger.info(`no component in scope (${options.scope}) has an imageStream or workloads: ${nothingTo}`);
      return { ok: true, changed: false, result, tables: nothingTable(result) };
    }
    return await work({ kube, targets, workloads, stuckMs, result });
  } finally {
    kube.close();
  }
}

/** Watches the rollout of `tags` and records it in `result`; returns the rollout's error, if any. */
export async function watchInto<S>(
  ctx: StageContext,
  work: ClusterWork<S>,
  tags: RolloutTarget[],
  timeoutMs: number,
): Promise<RolloutOutcome['error']> {
  const rollout = await watchRollout(work.kube, tags, {
    timeoutMs,
    stuckTerminatingAfterMs: work.stuckMs,
    logger: ctx.logger,
    clock: ctx.clock,
  });
  Object.assign(work.result, {
    rollouts: rollout.workloads,
    remediations: rollout.remediations,
    watch: rollout.watch,
    waitedMs: rollout.waitedMs,
  });
  return rollout.error;
}

export function stuckAfterMs(config: Config): number {
  return parseDuration(config.health.pods?.stuckTerminatingAfter ?? '10m', 'health.pods.stuckTerminatingAfter');
}

export function rolloutTable(rollouts: WorkloadRollout[], remediations: Remediation[]): ReportTable[] {
  const out: ReportTable[] = [];
  if (rollouts.length) {
    out.push({
      title: 'Rollout',
      headers: ['Workload', 'Streams', 'Updated', 'Ready', 'Done', 'Waiting for'],
      rows: rollouts.map((w) => [
        `${w.kind}/${w.name}`,
        w.streams.join(', '),
        `${w.updated}/${w.desired}`,
        `${w.ready}/${w.desired}`,
        w.done ? '✅' : '❌',
        w.waiting ?? '',
      ]),
    });
  }
  if (remediations.length) {
    out.push({
      title: 'Remediations',
      headers: ['Action', 'Workload', 'Pod', 'Why', 'At'],
      rows: remediations.map((r) => [r.action, r.workload, r.pod, r.reason, r.at]),
    });
  }
  return out;
}

/** The components in scope that have images but nothing that runs them, as a table of the summary. */
export function nothingTable(result: { nothingToRollOut: string[] }): ReportTable[] {
  if (!result.nothingToRollOut.length) return [];
  return [
    {
      title: 'Moved, nothing to roll out',
      headers: ['Component', 'Why'],
      rows: result.nothingToRollOut.map((c) => [c, 'no image names an imageStream or workloads']),
    },
  ];
}
