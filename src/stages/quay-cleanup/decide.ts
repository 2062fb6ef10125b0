/** The deletion decision of the monthly cleanup, as a pure function of what was read. */

export interface TagFacts {
  name: string;
  digest: string;
  lastModified: number;
  size: number | null;
  /** Digests of the platform manifests when the tag is a manifest list (an image stream may point at one). */
  children?: string[];
}

export interface InUse {
  /** digest → who uses it, e.g. "prod: packit-service:prod (generation 3)". */
  digests: Map<string, string[]>;
  /** tag name → who names it (a stream item that names a tag rather than a digest). */
  tags: Map<string, string[]>;
}

export interface Policy {
  now: number;
  olderThanMs: number;
  keep: number;
  /** Patterns with "*" for any characters; prod, stg and latest are always added. */
  protect: string[];
}

export type TagVerdict = TagFacts & { action: 'delete' | 'keep'; reason: string };

export const ALWAYS_PROTECTED = ['prod', 'stg', 'latest'];

export function protectedBy(tag: string, patterns: string[]): string | undefined {
  return [...ALWAYS_PROTECTED, ...patterns].find((p) => new RegExp(`^${p.split('*').map(escapeRegExp).join('.*')}$`).test(tag));
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const DAY = 86_400_000;
const age = (ms: number): string => (ms >= DAY ? `${Math.floor(ms / DAY)}d` : `${Math.max(0, Math.floor(ms / 3_600_000))}h`);

/**
 * Keeps a tag for the first reason that applies, in this order: protected, among the `keep`
 * newest, used by an image stream, younger than `olderThan`, same digest as a kept tag. Every
 * other tag is deleted. The result is newest first, one verdict per tag.
 */
export function decide(tags: TagFacts[], inUse: InUse, policy: Policy): TagVerdict[] {
  const sorted = [...tags].sort((a, b) => b.lastModified - a.lastModified || a.name.localeCompare(b.name));
  const first = sorted.map((tag, index): TagVerdict => {
    const keepBecause = (reason: string): TagVerdict => ({ ...tag, action: 'keep', reason });
    const pattern = protectedBy(tag.name, policy.protect);
    if (pattern) return keepBecause(pattern === tag.name ? 'protected' : `protected (${pattern})`);
    if (index < policy.keep) return keepBecause(`among the ${policy.keep} newest`);
    const users = [
      ...(inUse.tags.get(tag.name) ?? []),
      ...[tag.digest, ...(tag.children ?? [])].flatMap((d) => inUse.digests.get(d) ?? []),
    ];
    if (users.length) return keepBecause(`in use: ${[...new Set(users)].join(', ')}`);
    const old = policy.now - tag.lastModified;
    if (old < policy.olderThanMs) return keepBecause(`modified ${age(old)} ago, not older than ${age(policy.olderThanMs)}`);
    return { ...tag, action: 'delete', reason: `modified ${age(old)} ago, beyond the ${policy.keep} newest, not protected, not in use` };
  });
  // Deleting a tag whose digest a kept tag shares would leave the image but confuse anyone who pulls by the old tag;
  // Quay frees nothing either.
  const keptDigests = new Map<string, string>();
  for (const v of first) if (v.action === 'keep' && !keptDigests.has(v.digest)) keptDigests.set(v.digest, v.name);
  return first.map((v) =>
    v.action === 'delete' && keptDigests.has(v.digest)
      ? { ...v, action: 'keep', reason: `same digest as kept tag ${keptDigests.get(v.digest)}` }
      : v,
  );
}

/** Bytes the deletions free: each deleted digest once; manifest lists (no size) are counted apart. */
export function spaceFreed(verdicts: TagVerdict[]): { bytes: number; unsized: number } {
  const seen = new Set<string>();
  let bytes = 0;
  let unsized = 0;
  for (const v of verdicts) {
    if (v.action !== 'delete' || seen.has(v.digest)) continue;
    seen.add(v.digest);
    if (v.size === null) unsized++;
    else bytes += v.size;
  }
  return { bytes, unsized };
}

export function formatBytes(bytes: number): string {
  const units = ['B', 'KB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  return `${unit ? value.toFixed(1) : value} ${units[unit]}`;
}
