import { parseDuration } from '../../core/duration.ts';
import type { ReportTable } from '../../core/report.ts';
import type { Config } from '../../config/types.ts';
import { createKubeClient, type KubeClient } from '../../kube/index.ts';
import type { Stage, StageContext, StageRun } from '../stage.ts';
import type { RawOptions } from '../stage.ts';
import { previewRollout, watchRollout, type Remediation, type RolloutOutcome, type WorkloadRollout, type WouldRoll } from './rollout.ts';
import { clusterScopeSpecs, parseClusterScope, repositoryOf, streamTargets, type ClusterScopeOptions, type StreamTarget } from './scope.ts';

export interface StreamImport {
  component: string;
  stream: string;
  tag: string;
  /** The configured image the import reads. */
  image: string;
  /** Digest at the head of the tag's history before the import; null for a new tag. */
  previous: string | null;
  digest: string | null;
  status: 'imported' | 'unchanged' | 'would-import' | 'would-stay' | 'failed';
  /** The tag pointed at a pinned digest (a rollback) and now follows `image` again (a dry run only says so in the log). */
  pinLifted: boolean;
  error?: string;
}

export interface ImportImagesResult {
  cluster: string;
  namespace: string;
  streams: StreamImport[];
  rollouts: WorkloadRollout[];
  /** --dry-run: the workloads that would roll. */
  wouldRoll: WouldRoll[];
  remediations: Remediation[];
  watch: RolloutOutcome['watch'];
  waitedMs: number;
}

export const importImages: Stage<ClusterScopeOptions, ImportImagesResult> = {
  name: 'import-images',
  description: 'Import the new images into their image streams (oc import-image) and watch the rollout, fixing stuck pods',
  options: clusterScopeSpecs,
  outputs: {
    streams: 'JSON list: per stream component, stream, tag, image, previous, digest, status, pinLifted, error',
    rollouts: 'JSON list: per workload kind, name, streams, desired, updated, ready, old, done, waiting',
    wouldRoll: 'JSON list (--dry-run): per workload that would roll kind, name, replicas, streams',
    remediations: 'JSON list: force-deleted pods and re-imports, with the reason',
  },
  parseOptions: (raw: RawOptions, config: Config) => parseClusterScope(raw, config),
  run: runImportImages,
};

export function stuckAfterMs(config: Config): number {
  return parseDuration(config.health.pods?.stuckTerminatingAfter ?? '10m', 'health.pods.stuckTerminatingAfter');
}

async function runImportImages(ctx: StageContext, options: ClusterScopeOptions): Promise<StageRun<ImportImagesResult>> {
  const { config, logger, clock } = ctx;
  // Read before anything changes: a bad duration is a usage error, not a half-done import.
  const stuckMs = stuckAfterMs(config);
  const kube = createKubeClient(config, options.cluster, ctx.env, { logger, clock });
  try {
    return await importAndWatch(ctx, options, kube, stuckMs);
  } finally {
    kube.close();
  }
}

async function importAndWatch(
  ctx: StageContext,
  options: ClusterScopeOptions,
  kube: KubeClient,
  stuckMs: number,
): Promise<StageRun<ImportImagesResult>> {
  const { config, logger, clock, dryRun } = ctx;
  const targets = streamTargets(config, options.components);
  const result: ImportImagesResult = {
    cluster: kube.target.name,
    namespace: kube.target.namespace,
    streams: [],
    rollouts: [],
    wouldRoll: [],
    remediations: [],
    watch: { restarts: 0, polling: false, outages: 0 },
    waitedMs: 0,
  };
  if (!targets.length) {
    logger.info(`no component in scope (${options.scope}) has an imageStream: nothing to import`);
    return { ok: true, changed: false, result, tables: [] };
  }
  logger.info(
    `${dryRun ? 'would import' : 'importing'} ${targets.length} stream tag(s) in ` +
      `${kube.target.namespace} on cluster ${kube.target.name} (${options.scope})`,
  );
  const settings = new Map<StreamTarget, { scheduled: boolean; referencePolicy: 'Source' | 'Local' }>();
  for (const t of targets) {
    const stream = await kube.imageStreams.get(t.stream);
    const tag = stream?.tags.find((x) => x.name === t.tag);
    settings.set(t, { scheduled: tag?.scheduled ?? false, referencePolicy: tag?.referencePolicy ?? 'Source' });
    const previous = tag?.history[0]?.digest ?? null;
    const pinned = !!tag?.from && tag.from !== t.image && /@sha256:/.test(tag.from);
    const outcome = await kube.imageStreams.importTag({
      stream: t.stream,
      tag: t.tag,
      from: t.image,
      persist: !dryRun,
      ...settings.get(t)!,
    });
    const entry: StreamImport = {
      component: t.component,
      stream: t.stream,
      tag: t.tag,
      image: t.image,
      previous,
      digest: outcome.ok ? outcome.digest : null,
      pinLifted: false,
      status: 'failed',
    };
    if (!outcome.ok) {
      entry.error = outcome.message;
      logger.error(`${t.stream}:${t.tag}: the registry refused ${t.image}: ${outcome.message}`);
    } else {
      const same = outcome.digest === previous;
      entry.status = dryRun ? (same && !pinned ? 'would-stay' : 'would-import') : same && !pinned ? 'unchanged' : 'imported';
      entry.pinLifted = pinned && !dryRun;
      logger.info(
        `${t.stream}:${t.tag}: ${dryRun ? 'would import' : 'imported'} ${outcome.digest}` +
          `${same ? ' (already the current image)' : ` (was ${previous ?? 'empty'})`}` +
          (pinned ? `; ${dryRun ? 'would lift' : 'lifted'} the pin on ${tag?.from}` : ''),
      );
    }
    result.streams.push(entry);
  }
  const changed = !dryRun && result.streams.some((s) => s.status === 'imported');
  const failed = result.streams.filter((s) => s.status === 'failed');
  if (dryRun) {
    result.wouldRoll = await previewRollout(
      kube,
      result.streams.filter((s) => s.digest).map((s) => ({ stream: s.stream, tag: s.tag, digest: s.digest! })),
      logger,
    );
  } else {
    const ok = result.streams.filter((s) => s.digest);
    const rollout = await watchRollout(
      kube,
      ok.map((s) => {
        const t = targets.find((x) => x.stream === s.stream && x.tag === s.tag)!;
        return {
          stream: s.stream,
          tag: s.tag,
          digest: s.digest!,
          reimport: () => kube.imageStreams.importTag({ stream: s.stream, tag: s.tag, from: t.image, persist: true, ...settings.get(t)! }),
        };
      }),
      { timeoutMs: options.timeoutMs, stuckTerminatingAfterMs: stuckMs, logger, clock },
    );
    Object.assign(result, {
      rollouts: rollout.workloads,
      remediations: rollout.remediations,
      watch: rollout.watch,
      waitedMs: rollout.waitedMs,
    });
    if (rollout.error) return finish(ctx, result, changed || rollout.remediations.length > 0, rollout.error);
  }
  if (failed.length) {
    return finish(ctx, result, changed, {
      message: `import failed for ${failed.map((s) => `${s.stream}:${s.tag} (${s.error})`).join('; ')}`,
      hint:
        `check that the images exist and the cluster can read ` +
        `${[...new Set(failed.map((s) => repositoryOf(s.image)))].join(', ')}; then run import-images again`,
    });
  }
  return finish(ctx, result, changed || result.remediations.length > 0);
}

function finish(
  ctx: StageContext,
  result: ImportImagesResult,
  changed: boolean,
  error?: { message: string; hint?: string },
): StageRun<ImportImagesResult> {
  return { ok: !error, changed, result, tables: tables(ctx, result), ...(error ? { error } : {}) };
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

function tables(ctx: StageContext, result: ImportImagesResult): ReportTable[] {
  return [
    {
      title: `Image imports on ${result.cluster} (${result.namespace})${ctx.dryRun ? ' — dry run' : ''}`,
      headers: ['Stream', 'Image', 'Before', 'Now', 'Status'],
      rows: result.streams.map((s) => [
        `${s.stream}:${s.tag}`,
        s.image,
        s.previous?.slice(0, 19) ?? '',
        s.digest?.slice(0, 19) ?? '',
        s.error ? `❌ ${s.error}` : `${s.status}${s.pinLifted ? ' (pin lifted)' : ''}`,
      ]),
    },
    ...rolloutTable(result.rollouts, result.remediations),
  ];
}
