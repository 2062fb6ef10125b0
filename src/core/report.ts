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

export function tableToText(table: ReportTable): string {
  const rows = [table.headers, ...table.rows.map((row) => row.map(cellText))];
  const widths = table.headers.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  const line = (r: string[]): string =>
    r
      .map((c, i) => c.padEnd(widths[i]!))
      .join('  ')
      .trimEnd();
  const out = [table.title, line(rows[0]!), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.slice(1).map(line)];
  for (const note of table.notes ?? []) out.push(note);
  for (const d of table.details ?? []) out.push(d.summary, ...d.lines.map((l) => `  ${l}`));
  return out.join('\n') + '\n';
}
