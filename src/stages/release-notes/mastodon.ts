import { StageError } from '../../core/errors.ts';
import type { Note } from './post.ts';

/** Mastodon's default limit on a post. */
export const POST_LIMIT = 500;
/** Mastodon counts every http(s) link as this many characters, whatever its length. */
export const URL_WEIGHT = 23;

/**
 * Links as Mastodon finds them: a scheme, then URL characters, ending on a character a link may
 * end on (so "see https://x.org/a." leaves the period outside, as Mastodon does). Where this
 * finds a shorter link than Mastodon would, the count only comes out higher: never over the limit.
 */
const URL = /https?:\/\/[A-Za-z0-9\-._~/?#@$&+=%:;,!*'[\]|]*[A-Za-z0-9=_#/+\-&]/g;

/**
 * The length Mastodon checks a post against: code points (Mastodon itself counts grapheme
 * clusters, which are never more), every link as 23. A mention `@user@domain` counts whole here,
 * where Mastodon counts only `@user`: again never more than Mastodon's count.
 */
export function mastodonLength(text: string): number {
  return [...text.replace(URL, (url) => (linked(url) ? 'x'.repeat(URL_WEIGHT) : url))].length;
}

/**
 * Whether Mastodon makes it a link (and so counts it as 23): its host needs a top-level domain.
 * `http://localhost:8080/…` or `https://10.0.0.1/…` stay text and count in full, so counting them
 * as 23 could put a post over the limit.
 */
function linked(url: string): boolean {
  const host = /^https?:\/\/([^/?#]+)/.exec(url)?.[1] ?? '';
  return /^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+(?:[a-z]{2,}|xn--[a-z0-9-]+)(?::\d+)?$/i.test(host);
}

/** A note's Markdown as plain text on one line: Mastodon shows no Markdown. */
export function plainText(markdown: string): string {
  return markdown
    .replace(/^\s*(```|~~~).*$/gm, '')
    .replace(/!?\[([^\]]*)\]\((\S+?)\)/g, (_m, text: string, url: string) => (text.trim() ? `${text} (${url})` : url))
    .replace(/<(https?:\/\/[^>\s]+)>/g, '$1')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|[\s(])\*(\S(?:[^*]*\S)?)\*(?=[\s).,;:!?]|$)/gm, '$1$2')
    .replace(/^\s*#{1,6}\s+/gm, '')
    .replace(/^\s*[-*+]\s+/gm, '')
    .replace(/\s+/g, ' ')
    .trim();
}

export function noteLine(note: Note): string {
  return `• ${note.component}: ${plainText(note.note)} ${note.url}`;
}

/** Fills posts of at most `budget` with the blocks; a block longer than a post goes on word by word. */
function pack(blocks: string[], budget: number): string[] {
  const fits = (text: string): boolean => mastodonLength(text) <= budget;
  const posts: string[] = [];
  let current = '';
  for (const block of blocks) {
    const joined = current ? `${current}\n\n${block}` : block;
    if (fits(joined)) {
      current = joined;
      continue;
    }
    if (current) posts.push(current);
    current = '';
    if (fits(block)) {
      current = block;
      continue;
    }
    // Whitespace is the only place a post may end: words and links stay whole.
    for (const word of block.split(/\s+/).filter(Boolean)) {
      if (!fits(word))
        throw new StageError(
          `a word of ${mastodonLength(word)} characters does not fit in a Mastodon post: "${word.slice(0, 60)}…"`,
          'shorten the release note that holds it',
        );
      const next = current ? `${current} ${word}` : word;
      if (fits(next)) {
        current = next;
      } else {
        posts.push(current);
        current = word;
      }
    }
  }
  if (current) posts.push(current);
  return posts;
}

/**
 * The thread: the title (and the post's link) first, then every note, numbered `1/3` … when it
 * takes more than one post. Each post is at most 500 characters by Mastodon's count.
 */
export function mastodonThread(title: string, postUrl: string | undefined, notes: Note[], limit = POST_LIMIT): string[] {
  const blocks = [postUrl ? `${title}\n\n${postUrl}` : title, ...notes.map(noteLine)];
  const single = pack(blocks, limit);
  if (single.length <= 1) return single;
  // The numbering takes room; more posts may need wider numbers, so grow until it settles.
  for (let digits = String(single.length).length; ; digits++) {
    const posts = pack(blocks, limit - mastodonLength(`\n\n${'9'.repeat(digits)}/${'9'.repeat(digits)}`));
    if (String(posts.length).length <= digits) return posts.map((p, i) => `${p}\n\n${i + 1}/${posts.length}`);
  }
}
