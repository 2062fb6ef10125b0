import type { Day } from './period.ts';

/** One release note, with where it came from. */
export interface Note {
  component: string;
  repository: string;
  number: number;
  url: string;
  /** `packit#2401` */
  name: string;
  title: string;
  author: string;
  mergedAt: string;
  /** The author's Markdown, LF line ends, no markers. */
  note: string;
  source: 'markers' | 'title';
}

export interface Section {
  component: string;
  notes: Note[];
}

export interface PostMeta {
  title: string;
  date: Day;
  authors: string[];
  tags: string[];
  intro: string;
}

function yamlScalar(value: string): string {
  return /^[A-Za-z0-9][\w.-]*$/.test(value) ? value : JSON.stringify(value);
}

const FENCE = /^\s*(```|~~~)/;

/**
 * A list item that keeps the note's Markdown: continuation lines are indented into the item,
 * and the PR link closes its last line (or follows a closing code fence on its own line).
 */
export function noteItem(note: Note): string {
  const link = `([${note.name}](${note.url}))`;
  const lines = note.note.split('\n');
  if (FENCE.test(lines[lines.length - 1]!)) lines.push(link);
  else lines[lines.length - 1] += ` ${link}`;
  return lines.map((line, i) => (i === 0 ? `- ${line}` : line ? `  ${line}` : '')).join('\n');
}

export function renderPost(meta: PostMeta, sections: Section[]): string {
  const front = [
    '---',
    `title: ${JSON.stringify(meta.title)}`,
    `date: ${meta.date}`,
    ...(meta.authors.length ? [`authors: [${meta.authors.map(yamlScalar).join(', ')}]`] : []),
    `tags: [${meta.tags.map(yamlScalar).join(', ')}]`,
    '---',
  ];
  const body = sections.filter((s) => s.notes.length).map((s) => [`## ${s.component}`, '', ...s.notes.map(noteItem)].join('\n'));
  return [front.join('\n'), meta.intro, ...body].join('\n\n') + '\n';
}
