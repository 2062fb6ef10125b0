import { UsageError } from '../../core/errors.ts';
import type { ReportTable } from '../../core/report.ts';
import { createKubeClient, type KubeClient } from '../../kube/index.ts';
import { createQuayTagClient, type QuayTagClient } from '../../registry/quay.ts';
import type { StageCode, StageContext, StageRun } from '../stage.ts';
import { decide, formatBytes, spaceFreed, type InUse, type TagFacts, type TagVerdict } from './decide.ts';
import { parseQuayCleanupOptions, type QuayCleanupOptions } from './options.ts';

export interface CleanedTag {
  name: string;
  digest: string;
  lastModified: string;
  size: number | null;
  action: 'delete' | 'keep';
  reason: string;
  /** After a real run: deleted, already gone, or failed (with the error). */
  outcome?: string;
}

export interface RepositoryResult {
  repository: string;
  tags: CleanedTag[];
  deleted: number;
  kept: number;
  bytesFreed: number;
}

export interface QuayCleanupResult {
  repositories: RepositoryResult[];
  /** `namespace/name:tag` of every tag deleted (or, in a dry run, to be deleted). */
  deleted: string[];
  bytesFreed: number;
  /** Deleted manifest lists, whose size Quay does not report. */
  unsizedDeleted: number;
  clusters: string[];
}

export const quayCleanup: StageCode<QuayCleanupOptions, QuayCleanupResult> = {
  parseOptions: parseQuayCleanupOptions,
  run: runQuayCleanup,
};

async function runQuayCleanup(ctx: StageContext, options: QuayCleanupOptions): Promise<StageRun<QuayCleanupResult>> {
  const { config, logger, clock, env } = ctx;
  const clusters = Object.keys(config.clusters);
  if (!clusters.length)
    throw new UsageError(
      'no clusters are configured: quay-cleanup cannot see which images the image streams use',
      'add every cluster that runs these images under clusters: (with its OPENSHIFT_TOKEN_<NAME>)',
    );
  // Every token is checked before anything is read, and every cluster is read before any tag is looked at:
  // a cluster we cannot see could be running any of them.
  const kubes = clusters.map((name) => createKubeClient(config, name, env, { logger, clock, onSecret: (v) => ctx.secrets.add(v) }));
  const quay = createQuayTagClient({
    apiUrl: config.registries['quay.io']?.apiUrl ?? 'https://quay.io',
    token: env.QUAY_TOKEN,
    logger,
    clock,
  });
  let inUse: InUse;
  try {
    inUse = await readInUse(kubes);
  } finally {
    for (const k of kubes) k.close();
  }
  logger.info(`image streams of ${clusters.join(', ')} use ${inUse.digests.size} digest(s)`);
  const policy = { now: clock.now(), olderThanMs: options.olderThanMs, keep: options.keep, protect: options.protect };
  const results: RepositoryResult[] = [];
  let failure: string | undefined;
  for (const repository of options.repositories) {
    const verdicts = await decideRepository(quay, repository, inUse, policy);
    const result = toResult(repository, verdicts);
    results.push(result);
    const doomed = result.tags.filter((t) => t.action === 'delete');
    logger.info(
      `${repository}: ${verdicts.length} tag(s), ${doomed.length} to delete (${formatBytes(result.bytesFreed)}), ${result.kept} kept`,
    );
    if (ctx.dryRun || failure) continue;
    for (const tag of doomed) {
      try {
        tag.outcome = await quay.deleteTag(repository, tag.name);
        logger.info(`deleted ${repository}:${tag.name} (${tag.reason})`);
      } catch (error) {
        tag.outcome = `failed: ${error instanceof Error ? error.message : String(error)}`;
        failure = `${repository}:${tag.name}: ${tag.outcome}`;
        break;
      }
    }
  }
  const deleted = results.flatMap((r) =>
    r.tags
      .filter((t) => t.action === 'delete' && (ctx.dryRun || t.outcome === 'deleted' || t.outcome === 'already gone'))
      .map((t) => `${r.repository}:${t.name}`),
  );
  const freed = spaceFreed(
    results.flatMap((r) => r.tags.filter((t) => t.action === 'delete' && (ctx.dryRun || t.outcome === 'deleted')).map(asVerdict)),
  );
  const result: QuayCleanupResult = { repositories: results, deleted, bytesFreed: freed.bytes, unsizedDeleted: freed.unsized, clusters };
  const verb = ctx.dryRun ? 'would delete' : 'deleted';
  logger.info(
    `${verb} ${deleted.length} tag(s), ${formatBytes(freed.bytes)}` +
      `${freed.unsized ? ` plus ${freed.unsized} manifest list(s) of unreported size` : ''}; ${quay.requests} Quay request(s)`,
  );
  return {
    ok: !failure,
    changed: !ctx.dryRun && deleted.length > 0,
    result,
    tables: results.map((r) => table(r, ctx.dryRun)),
    ...(failure
      ? {
          error: {
            message: `stopped deleting: ${failure}`,
            hint: 'the tags deleted so far are listed; run quay-cleanup again to continue',
          },
        }
      : {}),
  };
}

async function decideRepository(
  quay: QuayTagClient,
  repository: string,
  inUse: InUse,
  policy: Parameters<typeof decide>[2],
): Promise<TagVerdict[]> {
  const listed = await quay.listTags(repository);
  const prefix = `${repository}:`;
  inUse = {
    digests: inUse.digests,
    tags: new Map([...inUse.tags].filter(([k]) => k.startsWith(prefix)).map(([k, v]) => [k.slice(prefix.length), v])),
  };
  const tags: TagFacts[] = listed.map((t) => ({ name: t.name, digest: t.digest, lastModified: t.lastModified, size: t.size }));
  const first = decide(tags, inUse, policy);
  // A stream imported per platform records a platform manifest, not the list: look inside the lists about to go.
  const lists = new Set(listed.filter((t) => t.manifestList).map((t) => t.digest));
  const candidates = [...new Set(first.filter((v) => v.action === 'delete' && lists.has(v.digest)).map((v) => v.digest))];
  if (!candidates.length) return first;
  const children = new Map<string, string[]>();
  for (const digest of candidates) children.set(digest, await quay.manifestChildren(repository, digest));
  return decide(
    tags.map((t) => (children.has(t.digest) ? { ...t, children: children.get(t.digest)! } : t)),
    inUse,
    policy,
  );
}

/**
 * Every image in the history of every stream tag (status.tags[].items), and the quay.io repository:tag each spec tag names,
 * per cluster.
 */
async function readInUse(kubes: KubeClient[]): Promise<InUse> {
  const digests = new Map<string, string[]>();
  const tags = new Map<string, string[]>();
  const add = (map: Map<string, string[]>, key: string, who: string) => map.set(key, [...new Set([...(map.get(key) ?? []), who])]);
  for (const kube of kubes) {
    for (const stream of await kube.imageStreams.list()) {
      for (const tag of stream.tags) {
        const who = `${kube.target.name}: ${stream.name}:${tag.name}`;
        for (const item of tag.history) add(digests, item.digest, who);
        // A spec tag pinned to a digest is in use even before its import shows in the history.
        const pinned = /@(sha256:[0-9a-f]{64})$/.exec(tag.from ?? '')?.[1];
        if (pinned) add(digests, pinned, who);
        const named = /^quay\.io\/([^@:]+:[\w][\w.-]*)$/.exec(tag.from ?? '')?.[1];
        if (named) add(tags, named, who);
      }
    }
  }
  return { digests, tags };
}

function toResult(repository: string, verdicts: TagVerdict[]): RepositoryResult {
  const tags = verdicts.map((v): CleanedTag => ({
    name: v.name,
    digest: v.digest,
    lastModified: new Date(v.lastModified).toISOString(),
    size: v.size,
    action: v.action,
    reason: v.reason,
  }));
  return {
    repository,
    tags,
    deleted: tags.filter((t) => t.action === 'delete').length,
    kept: tags.filter((t) => t.action === 'keep').length,
    bytesFreed: spaceFreed(verdicts).bytes,
  };
}

function asVerdict(t: CleanedTag): TagVerdict {
  return { name: t.name, digest: t.digest, lastModified: Date.parse(t.lastModified), size: t.size, action: t.action, reason: t.reason };
}

function table(r: RepositoryResult, dryRun: boolean): ReportTable {
  return {
    title:
      `quay.io/${r.repository}: ${dryRun ? 'would delete' : 'deleted'} ` +
      `${r.deleted} of ${r.tags.length} tag(s), ${formatBytes(r.bytesFreed)}`,
    headers: ['Tag', 'Last modified', 'Size', 'Digest', 'Action', 'Reason'],
    rows: r.tags.map((t) => [
      t.name,
      t.lastModified.slice(0, 10),
      t.size === null ? 'list' : formatBytes(t.size),
      t.digest.slice(0, 19),
      t.action === 'keep' ? 'keep' : dryRun ? 'would delete' : (t.outcome ?? 'not reached'),
      t.reason,
    ]),
  };
}
