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
import { streamTargets, type ClusterScopeOptions, type StreamTarget } from './scope.ts';

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
}

export interface ClusterWork<S> {
  kube: KubeClient;
  /** Never empty: a scope without image streams returns before the work starts. */
  targets: StreamTarget[];
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
  const kube = createKubeClient(config, options.cluster, ctx.env, { logger, clock });
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
    };
    const targets = streamTargets(config, options.components);
    if (!targets.length) {
      logger.info(`no component in scope (${options.scope}) has an imageStream: ${nothingTo}`);
      return { ok: true, changed: false, result, tables: [] };
    }
    return await work({ kube, targets, stuckMs, result });
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
