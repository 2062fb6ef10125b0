import type { ImageInfo, RegistryClient } from '../../registry/index.ts';
import type { ImageTarget } from './targets.ts';

export type MatchedBy = 'revision-label' | 'unique-tag' | 'new-digest' | 'pushed-after-build';

export interface ImageCheck {
  ready: boolean;
  info: ImageInfo | null;
  matchedBy?: MatchedBy;
  uniqueTag?: string;
  /** Why the evidence is weak, when it is (said in the log and the result). */
  weak?: string;
  /** What is still missing, in words, when not ready. */
  missing?: string;
}

/** What the build runs of the target commit tell about the time of a push. */
export interface BuildClock {
  /** The component has build.workflows. */
  configured: boolean;
  /** When the first build of the commit started; undefined while no run of it exists. */
  startedAt?: number;
}

/** Remembered across polls, per image. */
export interface ImageMemo {
  /** The unique tag looked up for a digest (the tag list does not change while the digest stays). */
  unique?: { digest: string; tag?: string };
  /** Digests the tag showed while no build of the commit had started: pushes of an older build. */
  seenBeforeBuild: Set<string>;
}

/**
 * Is the tag's image the one built from the target commit, with every platform? Evidence, in
 * order: the revision label; a unique tag naming the short SHA with the same digest; a push
 * (where the registry dates it, as Quay does) after the commit's build started; a digest that
 * differs from the one recorded before the move, once the commit's build has started and if it
 * was not already there before (else a late push of the previous build would pass).
 */
export async function checkImage(target: ImageTarget, registry: RegistryClient, memo: ImageMemo, build: BuildClock): Promise<ImageCheck> {
  const info = await registry.inspect(target.ref);
  const short = target.sha.slice(0, 7);
  if (!info) return { ready: false, info, missing: `tag ${target.ref.tag} does not exist yet` };
  if (build.configured && build.startedAt === undefined) memo.seenBeforeBuild.add(info.digest);
  const found = await evidence(target, registry, memo, build, info, short);
  if ('missing' in found) return { ready: false, info, missing: found.missing };
  const absent = target.platforms.filter((p) => !info.platforms.includes(p));
  if (absent.length) {
    return {
      ready: false,
      info,
      missing: `${absent.join(', ')} not in the manifest${info.platforms.length ? ` (has ${info.platforms.join(', ')})` : ''}`,
    };
  }
  return { ready: true, info, ...found };
}

type Evidence = { matchedBy: MatchedBy; uniqueTag?: string; weak?: string } | { missing: string };

async function evidence(
  target: ImageTarget,
  registry: RegistryClient,
  memo: ImageMemo,
  build: BuildClock,
  info: ImageInfo,
  short: string,
): Promise<Evidence> {
  if (info.revision) {
    if (!target.sha.startsWith(info.revision) && !info.revision.startsWith(target.sha)) {
      return { missing: `still the image of ${info.revision.slice(0, 7)} (revision label), not ${short}` };
    }
    return { matchedBy: 'revision-label' };
  }
  if (memo.unique?.digest !== info.digest) {
    const tags = await registry.tagsContaining(target.ref, short);
    const tag = tags.find((t) => t.digest === info.digest)?.tag;
    memo.unique = { digest: info.digest, ...(tag ? { tag } : {}) };
  }
  if (memo.unique.tag) return { matchedBy: 'unique-tag', uniqueTag: memo.unique.tag };
  const digest = info.digest.slice(7, 19);
  if (build.startedAt !== undefined && info.pushedAt !== undefined && info.pushedAt >= build.startedAt)
    return { matchedBy: 'pushed-after-build' };
  if (target.before && target.before !== info.digest) {
    if (!build.configured) {
      return {
        matchedBy: 'new-digest',
        weak: 'no build.workflows date the push: a late push of the build before the move would look the same',
      };
    }
    if (build.startedAt === undefined)
      return { missing: `a new digest (${digest}), but no build of ${short} has started yet: a late push of the previous build?` };
    if (info.pushedAt !== undefined)
      return { missing: `${digest} was pushed ${new Date(info.pushedAt).toISOString()}, before the build of ${short} started` };
    if (memo.seenBeforeBuild.has(info.digest))
      return { missing: `${digest} was there before the build of ${short} started (a late push of the previous build)` };
    return { matchedBy: 'new-digest' };
  }
  if (target.before) return { missing: `still the digest from before the move (${digest})` };
  return {
    missing:
      `no revision label or tag naming ${short} points at ${digest}` +
      `${info.pushedAt !== undefined && build.configured ? ', and it was not pushed after the build started' : ''} yet`,
  };
}
