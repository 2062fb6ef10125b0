import type { ReportTable } from '../../core/report.ts';
import type { Config } from '../../config/types.ts';
import type { RawOptions, StageCode, StageContext, StageRun } from '../stage.ts';
import { onCluster, rolloutTable, watchInto, type ClusterStageResult, type ClusterWork } from './cluster-run.ts';
import { previewRollout } from './rollout.ts';
import { parseClusterScope, repositoryOf, type ClusterScopeOptions, type StreamTarget } from './scope.ts';

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

export type ImportImagesResult = ClusterStageResult<StreamImport>;

export const importImages: StageCode<ClusterScopeOptions, ImportImagesResult> = {
  parseOptions: (raw: RawOptions, config: Config) => parseClusterScope(raw, config),
  run: runImportImages,
};

function runImportImages(ctx: StageContext, options: ClusterScopeOptions): Promise<StageRun<ImportImagesResult>> {
  return onCluster(ctx, options, 'nothing to import', (work) => importAndWatch(ctx, options, work));
}

async function importAndWatch(
  ctx: StageContext,
  options: ClusterScopeOptions,
  work: ClusterWork<StreamImport>,
): Promise<StageRun<ImportImagesResult>> {
  const { logger, dryRun } = ctx;
  const { kube, targets, result } = work;
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
    const error = await watchInto(
      ctx,
      work,
      ok.map((s) => {
        const t = targets.find((x) => x.stream === s.stream && x.tag === s.tag)!;
        return {
          stream: s.stream,
          tag: s.tag,
          digest: s.digest!,
          reimport: () => kube.imageStreams.importTag({ stream: s.stream, tag: s.tag, from: t.image, persist: true, ...settings.get(t)! }),
        };
      }),
      options.timeoutMs,
    );
    if (error) return finish(ctx, result, changed || result.remediations.length > 0, error);
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
