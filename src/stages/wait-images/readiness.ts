import type { RegistryClient, ImageInfo } from '../../registry/types.ts';
import type { ImageTarget } from './targets.ts';

export type MatchedBy = 'revision-label' | 'unique-tag' | 'new-digest' | 'pushed-after-build';

export interface ImageCheck {
  ready: boolean;
  info: ImageInfo | null;
  matchedBy?: MatchedBy;
  uniqueTag?: string;
  /** What is still missing, in words, when not ready. */
  missing?: string;
}

/**
 * Is the tag's image the one built from the target commit, with every platform? Evidence, in
 * order: the revision label, a unique tag naming the short SHA with the same digest, a digest
 * that differs from the one recorded before the move, or (where the registry tells when a tag was
 * pushed, as Quay does) a push after the commit's successful build started.
 */
export async function checkImage(target: ImageTarget, registry: RegistryClient, uniqueTags: Map<string, { digest: string; tag?: string }>, buildStartedAt?: number): Promise<ImageCheck> {
  const info = await registry.inspect(target.ref);
  const short = target.sha.slice(0, 7);
  if (!info) return { ready: false, info, missing: `tag ${target.ref.tag} does not exist yet` };
  let matchedBy: MatchedBy | undefined;
  let uniqueTag: string | undefined;
  if (info.revision) {
    if (!target.sha.startsWith(info.revision) && !info.revision.startsWith(target.sha)) {
      return { ready: false, info, missing: `still the image of ${info.revision.slice(0, 7)} (revision label), not ${short}` };
    }
    matchedBy = 'revision-label';
  } else {
    // Looked up once per digest: the tag list does not change while the digest stays.
    let unique = uniqueTags.get(target.ref.text);
    if (unique?.digest !== info.digest) {
      const tags = await registry.tagsContaining(target.ref, short);
      const tag = tags.find((t) => t.digest === info.digest)?.tag;
      unique = { digest: info.digest, ...(tag ? { tag } : {}) };
      uniqueTags.set(target.ref.text, unique);
    }
    if (unique.tag) {
      matchedBy = 'unique-tag';
      uniqueTag = unique.tag;
    } else if (target.before && target.before !== info.digest) {
      matchedBy = 'new-digest';
    } else if (buildStartedAt !== undefined && info.pushedAt !== undefined && info.pushedAt >= buildStartedAt) {
      matchedBy = 'pushed-after-build';
    } else if (target.before) {
      return { ready: false, info, missing: `still the digest from before the move (${info.digest.slice(7, 19)})` };
    } else {
      return { ready: false, info, missing: `no revision label or tag naming ${short} points at ${info.digest.slice(7, 19)} yet` };
    }
  }
  const absent = target.platforms.filter((p) => !info.platforms.includes(p));
  if (absent.length) {
    return { ready: false, info, missing: `${absent.join(', ')} not in the manifest${info.platforms.length ? ` (has ${info.platforms.join(', ')})` : ''}` };
  }
  return { ready: true, info, ...(matchedBy ? { matchedBy } : {}), ...(uniqueTag ? { uniqueTag } : {}) };
}
