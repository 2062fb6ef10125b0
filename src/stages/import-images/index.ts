import { UsageError, errorMessage } from '../../core/errors.ts';
import type { ImageStreamView, KubeClient } from '../../kube/index.ts';
import { runUrlFromEnv } from '../shared/run-url.ts';
import { STREAM_IMPORTS_ANNOTATION, earlierAttempt, readStreamImports, type StreamImports } from '../shared/cluster/run-imports.ts';
import type { ReportTable } from '../../core/report.ts';
import type { Config } from '../../config/types.ts';
import type { RawOptions, StageCode, StageContext, StageRun } from '../stage.ts';
import {
  nothingTable,
  onCluster,
  rolloutTable,
  watchInto,
  type ClusterStageResult,
  type ClusterWork,
} from '../shared/cluster/cluster-run.ts';
import { text } from '../options.ts';
import type { WorkloadRolloutTarget, WouldRoll } from '../shared/cluster/rollout.ts';
import { setWorkloadImages, type WorkloadImport } from './workloads.ts';
import { previewRollout } from '../shared/cluster/rollout.ts';
import { parseClusterScope, repositoryOf, type ClusterScopeOptions, type StreamTarget } from '../shared/cluster/scope.ts';

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

export type ImportImagesResult = ClusterStageResult<StreamImport> & {
  /** images[].workloads: each workload's containers set to the new image by digest. */
  workloads: WorkloadImport[];
};

export interface ImportImagesOptions extends ClusterScopeOptions {
  /** image → digest wait-images proved (its `digests` output); other images resolve through the registry. */
  digests: Map<string, string>;
  /**
   * The deployment run this import belongs to (--run; default: the GitHub Actions run): what an
   * earlier attempt of the same run set is reported as this import's, so a rollback undoes it.
   */
  run: string | undefined;
}

export { nothingToRollOut } from '../shared/cluster/scope.ts';
export type { WorkloadImport } from './workloads.ts';

export const importImages: StageCode<ImportImagesOptions, ImportImagesResult> = {
  parseOptions: (raw: RawOptions, config: Config) => ({
    ...parseClusterScope(raw, config),
    digests: parseDigests(raw),
    run: text(raw, 'run'),
  }),
  run: runImportImages,
};

export function parseDigests(raw: RawOptions): Map<string, string> {
  const value = text(raw, 'digests');
  if (!value) return new Map();
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    throw new UsageError('--digests: expected a JSON object image → digest', `pass wait-images' digests output as it is`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
    throw new UsageError('--digests: expected a JSON object image → digest', `pass wait-images' digests output as it is`);
  const out = new Map<string, string>();
  for (const [image, digest] of Object.entries(parsed)) {
    if (typeof digest !== 'string' || !/^sha256:[0-9a-f]{64}$/.test(digest))
      throw new UsageError(`--digests: "${image}" maps to ${JSON.stringify(digest)}, not sha256:<64 hex digits>`);
    out.set(image, digest);
  }
  return out;
}

async function runImportImages(ctx: StageContext, options: ImportImagesOptions): Promise<StageRun<ImportImagesResult>> {
  const workloads: WorkloadImport[] = [];
  const identity = { ...options, run: options.run ?? runUrlFromEnv(ctx.env) };
  const run = await onCluster<StreamImport>(ctx, identity, 'nothing to import', (work) => importAndWatch(ctx, identity, work, workloads));
  return { ...run, result: { ...run.result, workloads } };
}

async function importAndWatch(
  ctx: StageContext,
  options: ImportImagesOptions,
  work: ClusterWork<StreamImport>,
  workloads: WorkloadImport[],
): Promise<StageRun<ClusterStageResult<StreamImport>>> {
  const { logger, dryRun } = ctx;
  const { kube, targets, result } = work;
  workloads.push(...(await setWorkloadImages(ctx, kube, work.workloads, options.digests, options.run)));
  if (targets.length)
    logger.info(
      `${dryRun ? 'would import' : 'importing'} ${targets.length} stream tag(s) in ` +
        `${kube.target.namespace} on cluster ${kube.target.name} (${options.scope})`,
    );
  const settings = new Map<StreamTarget, { scheduled: boolean; referencePolicy: 'Source' | 'Local' }>();
  for (const t of targets) {
    const stream = await kube.imageStreams.get(t.stream);
    const tag = stream?.tags.find((x) => x.name === t.tag);
    settings.set(t, { scheduled: tag?.scheduled ?? false, referencePolicy: tag?.referencePolicy ?? 'Source' });
    const current = tag?.history[0]?.digest ?? null;
    const records = readStreamImports(stream?.annotations[STREAM_IMPORTS_ANNOTATION]);
    const earlier = earlierAttempt(records[t.tag], options.run, current);
    // What the tag had before this run: an earlier attempt of the run may have moved it already.
    const previous = earlier === undefined ? current : earlier;
    const pinned = !!tag?.from && tag.from !== t.image && /@sha256:/.test(tag.from);
    const recorded = await recordRun(ctx, kube, t, stream, records, options.run, current);
    if (recorded) {
      result.streams.push({ ...entryOf(t, previous), error: recorded });
      logger.error(`${t.stream}:${t.tag}: ${recorded}`);
      continue;
    }
    const outcome = await kube.imageStreams.importTag({
      stream: t.stream,
      tag: t.tag,
      from: t.image,
      persist: !dryRun,
      ...settings.get(t)!,
    });
    const entry: StreamImport = { ...entryOf(t, previous), digest: outcome.ok ? outcome.digest : null };
    if (!outcome.ok) {
      entry.error = outcome.message;
      logger.error(`${t.stream}:${t.tag}: the registry refused ${t.image}: ${outcome.message}`);
    } else {
      const same = outcome.digest === previous;
      entry.status = dryRun ? (same && !pinned ? 'would-stay' : 'would-import') : same && !pinned ? 'unchanged' : 'imported';
      entry.pinLifted = pinned && !dryRun;
      const byEarlier = earlier !== undefined && outcome.digest === current;
      logger.info(
        `${t.stream}:${t.tag}: ${dryRun ? 'would import' : 'imported'} ${outcome.digest}` +
          `${same ? ' (already the current image)' : ` (was ${previous ?? 'empty'})`}` +
          (byEarlier && !same ? `; an earlier attempt of this run (${options.run}) had set it already` : '') +
          (pinned ? `; ${dryRun ? 'would lift' : 'lifted'} the pin on ${tag?.from}` : ''),
      );
    }
    result.streams.push(entry);
  }
  const changed = !dryRun && (result.streams.some((s) => s.status === 'imported') || workloads.some((w) => w.status === 'set'));
  const failed = result.streams.filter((s) => s.status === 'failed');
  const failedWorkloads = workloads.filter((w) => w.status === 'failed');
  if (dryRun) {
    result.wouldRoll = [
      ...(targets.length
        ? await previewRollout(
            kube,
            result.streams.filter((s) => s.digest).map((s) => ({ stream: s.stream, tag: s.tag, digest: s.digest! })),
            logger,
          )
        : []),
      ...wouldRollWorkloads(work, workloads),
    ];
  } else {
    const ok = result.streams.filter((s) => s.digest);
    const error = await watchInto(
      ctx,
      work,
      [
        ...workloadRolloutTargets(work, workloads),
        ...ok.map((s) => {
          const t = targets.find((x) => x.stream === s.stream && x.tag === s.tag)!;
          return {
            kind: 'stream' as const,
            stream: s.stream,
            tag: s.tag,
            digest: s.digest!,
            reimport: () =>
              kube.imageStreams.importTag({ stream: s.stream, tag: s.tag, from: t.image, persist: true, ...settings.get(t)! }),
          };
        }),
      ],
      options.timeoutMs,
    );
    if (error) return finish(ctx, result, workloads, changed || result.remediations.length > 0, error);
  }
  if (failed.length || failedWorkloads.length) {
    return finish(ctx, result, workloads, changed, {
      message:
        `import failed for ` +
        [...failed.map((s) => `${s.stream}:${s.tag} (${s.error})`), ...failedWorkloads.map((w) => `${w.workload} (${w.error})`)].join('; '),
      hint:
        `check that the images exist and the cluster can read ` +
        `${[...new Set([...failed, ...failedWorkloads].map((s) => repositoryOf(s.image)))].join(', ')}` +
        `${failedWorkloads.length ? ', and that images[].workloads names workloads of the namespace' : ''}; then run import-images again`,
    });
  }
  return finish(ctx, result, workloads, changed || result.remediations.length > 0);
}

function entryOf(t: StreamTarget, previous: string | null): StreamImport {
  return {
    component: t.component,
    stream: t.stream,
    tag: t.tag,
    image: t.image,
    previous,
    digest: null,
    pinLifted: false,
    status: 'failed',
  };
}

/**
 * Writes on the stream, before its import, that this run imports the tag and what the tag had
 * before it, so a later attempt of the run knows what this one did even if it dies right after
 * the import. A record of this run stays as it is (it holds the image before the run's first
 * attempt); another run's record is replaced. Returns why it could not be written (the tag is then
 * left alone), or undefined.
 */
async function recordRun(
  ctx: StageContext,
  kube: KubeClient,
  t: StreamTarget,
  stream: ImageStreamView | undefined,
  records: StreamImports,
  run: string | undefined,
  current: string | null,
): Promise<string | undefined> {
  if (!run || !stream || records[t.tag]?.run === run) return undefined;
  if (ctx.dryRun) {
    ctx.logger.info(`would record on image stream ${t.stream} that this run imports :${t.tag} (annotation ${STREAM_IMPORTS_ANNOTATION})`);
    return undefined;
  }
  const record: StreamImports = { ...records, [t.tag]: { run, previous: current, at: new Date(ctx.clock.now()).toISOString() } };
  try {
    await kube.imageStreams.annotate(t.stream, { [STREAM_IMPORTS_ANNOTATION]: JSON.stringify(record) });
    return undefined;
  } catch (error) {
    return `recording this run on the image stream (annotation ${STREAM_IMPORTS_ANNOTATION}) failed: ${errorMessage(error)}`;
  }
}

/** The workloads whose containers were set, or already ran the digest: the rollout watches them all. */
function workloadRolloutTargets(work: ClusterWork<StreamImport>, workloads: WorkloadImport[]): WorkloadRolloutTarget[] {
  return workloads.flatMap((w) => {
    const t = work.workloads.find((x) => x.ref === w.workload && x.image === w.image)!;
    if (!w.digest || (w.status !== 'set' && w.status !== 'unchanged')) return [];
    return [
      {
        kind: 'workload' as const,
        workload: { kind: t.kind, name: t.name },
        containers: w.containers.map((c) => c.name),
        repository: t.repository,
        image: `${t.repository}@${w.digest}`,
      },
    ];
  });
}

function wouldRollWorkloads(work: ClusterWork<StreamImport>, workloads: WorkloadImport[]): WouldRoll[] {
  return workloads
    .filter((w) => w.status === 'would-set')
    .map((w) => {
      const t = work.workloads.find((x) => x.ref === w.workload && x.image === w.image)!;
      return { kind: t.kind, name: t.name, replicas: w.replicas, streams: [t.repository] };
    });
}

function finish(
  ctx: StageContext,
  result: ClusterStageResult<StreamImport>,
  workloads: WorkloadImport[],
  changed: boolean,
  error?: { message: string; hint?: string },
): StageRun<ClusterStageResult<StreamImport>> {
  return { ok: !error, changed, result, tables: tables(ctx, result, workloads), ...(error ? { error } : {}) };
}

function tables(ctx: StageContext, result: ClusterStageResult<StreamImport>, workloads: WorkloadImport[]): ReportTable[] {
  const where = `${result.cluster} (${result.namespace})${ctx.dryRun ? ' — dry run' : ''}`;
  return [
    ...(result.streams.length ? [streamTable(where, result)] : []),
    ...(workloads.length
      ? [
          {
            title: `Workload images on ${where}`,
            headers: ['Workload', 'Container', 'Before', 'Now', 'Status'],
            rows: workloads.flatMap((w) =>
              (w.containers.length ? w.containers : [{ name: '', previous: '', image: '' }]).map((c) => [
                w.workload,
                c.name,
                c.previous,
                c.image,
                w.error ? `❌ ${w.error}` : `${w.status}${w.digestFrom === 'registry' ? ' (digest the tag has now)' : ''}`,
              ]),
            ),
          },
        ]
      : []),
    ...rolloutTable(result.rollouts, result.remediations),
    ...nothingTable(result),
  ];
}

function streamTable(where: string, result: ClusterStageResult<StreamImport>): ReportTable {
  return {
    title: `Image imports on ${where}`,
    headers: ['Stream', 'Image', 'Before', 'Now', 'Status'],
    rows: result.streams.map((s) => [
      `${s.stream}:${s.tag}`,
      s.image,
      s.previous?.slice(0, 19) ?? '',
      s.digest?.slice(0, 19) ?? '',
      s.error ? `❌ ${s.error}` : `${s.status}${s.pinLifted ? ' (pin lifted)' : ''}`,
    ]),
  };
}
