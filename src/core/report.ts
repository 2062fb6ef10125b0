/** A table for the job summary (Markdown) and the terminal (plain text). */
export interface ReportTable {
  title: string;
  headers: string[];
  rows: ReportCell[][];
  notes?: string[];
  /** Cells and lines are text from outside (commit subjects): Markdown shows them as written, no emphasis, links or HTML. */
  literal?: boolean;
  /** Longer lists under the table: collapsed in Markdown, indented in a terminal. */
  details?: Array<{ summary: string; lines: string[] }>;
}

/** A cell is text, optionally linked (the link shows in Markdown, the text in a terminal). */
export type ReportCell = string | { text: string; href?: string };

function cellText(cell: ReportCell): string {
  return typeof cell === 'string' ? cell : cell.text;
}

function escapeMarkdown(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, '<br>');
}

function escapeLiteral(text: string): string {
  return escapeHtml(text)
    .replace(/[\\`*_[\]~|]/g, '\\$&')
    .replace(/\n/g, '<br>');
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function tableToMarkdown(table: ReportTable): string {
  const escape = table.literal ? escapeLiteral : escapeMarkdown;
  const cell = (c: ReportCell): string => (typeof c !== 'string' && c.href ? `[${escape(c.text)}](${c.href})` : escape(cellText(c)));
  const lines = [
    `### ${table.title}`,
    '',
    `| ${table.headers.map(escapeMarkdown).join(' | ')} |`,
    `| ${table.headers.map(() => '---').join(' | ')} |`,
    ...table.rows.map((row) => `| ${row.map(cell).join(' | ')} |`),
  ];
  for (const note of table.notes ?? []) lines.push('', note);
  for (const d of table.details ?? []) {
    lines.push(
      '',
      `<details><summary>${escapeHtml(d.summary)}</summary>`,
      '',
      ...d.lines.map((l) => `- ${table.literal ? escapeLiteral(l) : escapeHtml(l)}`),
      '',
      '</details>',
    );
  }
  return lines.join('\n') + '\n';
}

/**
 * One line of outside text (a PR title, a room topic, a commit subject) made inert for the
 * Actions runner, which reads workflow commands from every line a step prints: a line that
 * starts with `::` after whitespace (`::add-mask::`, `::stop-commands::`) and, in the old form,
 * `##[` anywhere. Line breaks (the runner splits on CR and LF) become a visible `\n`.
 */
export function inertLine(text: string): string {
  return text
    .replace(/\r\n|\r|\n/g, (m) => (m === '\r' ? '\\r' : '\\n'))
    .replace(/^([\s\u0085]*)::/, '$1\\::')
    .replace(/##\[/g, '##\\[');
}

/** Text that may span lines, each line made inert (for loggers that keep the line breaks). */
export function inertLines(text: string): string[] {
  return text.split(/\r?\n/).map(inertLine);
}

export function tableToText(table: ReportTable): string {
  const rows = [table.headers, ...table.rows.map((row) => row.map(cellText))].map((r) => r.map(inertLine));
  const widths = table.headers.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  const line = (r: string[]): string =>
    r
      .map((c, i) => c.padEnd(widths[i]!))
      .join('  ')
      .trimEnd();
  const out = [inertLine(table.title), line(rows[0]!), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.slice(1).map(line)];
  for (const note of table.notes ?? []) out.push(...inertLines(note));
  for (const d of table.details ?? []) out.push(inertLine(d.summary), ...d.lines.map((l) => `  ${inertLine(l)}`));
  return out.join('\n') + '\n';
}
