import type { MergedPull } from '../../github/pulls.ts';

export interface Extracted {
  /** The note as written (Markdown, LF line ends), or null: this PR has nothing to announce. */
  note: string | null;
  source: 'markers' | 'title' | null;
  /** Why there is no note (shown in the summary). */
  reason?: string;
  warnings: string[];
}

const BEGIN = /^\s*RELEASE NOTES BEGIN\s*$/i;
const END = /^\s*RELEASE NOTES END\s*$/i;
/** What authors write when a change needs no note. */
const NO_NOTE = new Set(['', 'n/a', 'na', 'none', '-', '—', 'no']);
/** The PR check of the model user fails on these: an unfinished note. */
const PLACEHOLDER = /\b(TBD|TODO|FIXME|XXX)\b/;

/** `packit#2401`: how notes and warnings name a PR. */
export function pullName(pull: MergedPull): string {
  return `${pull.repository.split('/')[1]}#${pull.number}`;
}

/** The blocks between the markers; an unterminated block runs to the end of the description. */
function blocks(body: string, name: string, warnings: string[]): string[] | null {
  const found: string[] = [];
  let current: string[] | null = null;
  let sawMarker = false;
  for (const line of body.split('\n')) {
    if (BEGIN.test(line)) {
      sawMarker = true;
      if (current) warnings.push(`${name}: a second RELEASE NOTES BEGIN inside the notes block was ignored`);
      current ??= [];
    } else if (END.test(line)) {
      sawMarker = true;
      if (current) found.push(current.join('\n'));
      else warnings.push(`${name}: RELEASE NOTES END without a BEGIN was ignored`);
      current = null;
    } else if (current) {
      current.push(line);
    }
  }
  if (current) {
    warnings.push(`${name}: RELEASE NOTES END is missing; the note runs to the end of the description (check it)`);
    found.push(current.join('\n'));
  }
  return sawMarker ? found : null;
}

function tidy(text: string): string {
  return text
    .replace(/<!--[\s\S]*?-->/g, '')
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
    .replace(/^\n+|\n+$/g, '')
    .replace(/\n{3,}/g, '\n\n');
}

function isNoNote(text: string): boolean {
  return NO_NOTE.has(
    text
      .trim()
      .replace(/^[*_`]+|[*_`.]+$/g, '')
      .trim()
      .toLowerCase(),
  );
}

/**
 * The release note of a merged PR: the text between `RELEASE NOTES BEGIN` and `END`, in the
 * author's Markdown. A PR labelled for notes without a block contributes its title; paragraphs
 * still holding a placeholder are left out, since the note is not finished.
 */
export function extractNote(pull: MergedPull, label: string): Extracted {
  const name = pullName(pull);
  const warnings: string[] = [];
  const body = (pull.body ?? '').replace(/\r\n?/g, '\n');
  const found = blocks(body, name, warnings);
  const labelled = pull.labels.some((l) => l.toLowerCase() === label.toLowerCase());
  if (found === null) {
    if (!labelled) return { note: null, source: null, reason: 'no release notes block', warnings };
    warnings.push(`${name} has the label ${label} but no RELEASE NOTES BEGIN/END block: its title "${pull.title}" is used as the note`);
    return { note: pull.title.trim(), source: 'title', warnings };
  }
  const text = tidy(found.join('\n\n'));
  if (isNoNote(text)) return { note: null, source: null, reason: text.trim() ? `"${text.trim()}"` : 'empty release notes block', warnings };
  const kept: string[] = [];
  for (const paragraph of text.split(/\n\s*\n/)) {
    const placeholder = PLACEHOLDER.exec(paragraph)?.[1];
    if (placeholder)
      warnings.push(
        `${name}: left out "${paragraph.replace(/\s+/g, ' ').slice(0, 80)}" ` +
          `(placeholder ${placeholder}); finish the note in the PR description`,
      );
    else kept.push(paragraph);
  }
  if (!kept.length) return { note: null, source: null, reason: 'only placeholders', warnings };
  return { note: kept.join('\n\n'), source: 'markers', warnings };
}
