import type { ReportTable } from '../../core/report.ts';
import type { ReleaseNotesResult } from './index.ts';

/** The table shows where each note came from; the post below shows the notes whole. */
function short(note: string): string {
  const line = note.replace(/\s+/g, ' ');
  return line.length > 90 ? `${line.slice(0, 89)}…` : line;
}

/** The job summary: the notes with their PRs, then the post itself, rendered. */
export function releaseNotesTables(result: ReleaseNotesResult): ReportTable[] {
  const details: NonNullable<ReportTable['details']> = [];
  if (result.warnings.length) details.push({ summary: `Warnings (${result.warnings.length})`, lines: result.warnings });
  if (result.skipped.length)
    details.push({
      summary: `Merged PRs without a note (${result.skipped.length})`,
      lines: result.skipped.map((s) => `${s.name}: ${s.reason}`),
    });
  if (result.thread.length)
    details.push({
      summary: `Mastodon thread (${result.thread.length} post${result.thread.length === 1 ? '' : 's'})`,
      lines: result.thread.map((p) => p.replace(/\n+/g, ' ⏎ ')),
    });
  const notes: string[] = [];
  if (!result.announce) notes.push(`**Nothing to announce**: ${result.message.replace(/^nothing to announce: /, '')}.`);
  if (result.files.length) notes.push(`Files: ${result.files.map((f) => `\`${f}\``).join(', ')}`);
  if (result.blog) {
    const b = result.blog;
    notes.push(
      `Blog: ${b.repository} \`${b.path}\` on \`${b.branch}\` → \`${b.base}\`: branch ${b.branchAction}, file ${b.fileAction}` +
        `, pull request ${b.pullAction}${b.pullRequest ? ` ([#${b.pullRequest.number}](${b.pullRequest.url}))` : ''}`,
    );
  }
  // The post as it will read, without the front matter (a summary would show it as a rule and a table).
  if (result.post) notes.push('---', result.post.replace(/^---\n[\s\S]*?\n---\n\n/, `# ${result.title}\n\n`));
  return [
    {
      title: `Release notes: ${result.title}`,
      headers: ['Component', 'PR', 'Author', 'Note'],
      rows: result.notes.map((n) => [
        n.component,
        { text: n.name, href: n.url },
        `@${n.author}`,
        short(n.note) + (n.source === 'title' ? ' (the PR title)' : ''),
      ]),
      notes,
      ...(details.length ? { details } : {}),
    },
  ];
}
