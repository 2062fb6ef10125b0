import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { refuseLink } from './safe-path.ts';

/** How a bar is drawn: done (ran and succeeded), failed (crit), skipped (a milestone), wait (active: a wait inside a step). */
export type TaskState = 'done' | 'failed' | 'skipped' | 'wait';

/** One bar of the Gantt: a stage or job that ran, or a wait within one. Times are epoch ms. */
export interface TimelineTask {
  name: string;
  section: string;
  start: number;
  end: number;
  state: TaskState;
}

const TAGS: Record<TaskState, string> = {
  done: 'done',
  failed: 'crit',
  skipped: 'milestone',
  wait: 'active',
};

/** Above this many bars GitHub still renders the chart, but the summary reads better with it folded away. */
export const COLLAPSE_ABOVE = 12;

/** Words Mermaid's gantt grammar reads as a statement when a line starts with them. */
const KEYWORDS =
  /^(title|dateformat|axisformat|tickinterval|excludes|includes|todaymarker|weekday|weekend|section|acctitle|accdescr|inclusiveenddates|topaxis|click|gantt)\b/i;

/**
 * Text from outside (a job name, a step id) made safe as a gantt task or section name: `:` ends
 * the name and `;` `#` `%%` are the grammar's separators, entities and comments; a backtick run
 * would close the Markdown fence; angle brackets would reach the SVG as markup.
 */
export function mermaidText(text: string): string {
  const flat = text
    .replace(/[\r\n\t]+/g, ' ')
    .replace(/:/g, '∶')
    .replace(/;/g, '⁏')
    .replace(/#/g, '＃')
    .replace(/%/g, '％')
    .replace(/`/g, 'ʼ')
    .replace(/</g, '‹')
    .replace(/>/g, '›')
    .replace(/,/g, '‚')
    .replace(/\s+/g, ' ')
    .trim();
  const safe = flat || '(unnamed)';
  return KEYWORDS.test(safe) ? `▸ ${safe}` : safe;
}

/** A ```mermaid gantt block: one bar per task, by section in the order first seen, times to the millisecond. */
export function ganttBlock(title: string, tasks: TimelineTask[]): string {
  const lines = ['```mermaid', 'gantt', `  title ${mermaidText(title)}`, '  dateFormat x', `  axisFormat ${axisFormat(tasks)}`];
  const sections = [...new Set(tasks.map((t) => t.section))];
  let n = 0;
  for (const section of sections) {
    lines.push(`  section ${mermaidText(section)}`);
    for (const task of tasks.filter((t) => t.section === section)) {
      n += 1;
      const start = Math.round(task.start);
      // A milestone is a point; every other bar at least a second wide, so a quick step still shows.
      const end = task.state === 'skipped' ? start : Math.max(Math.round(task.end), start + 1000);
      lines.push(`    ${mermaidText(task.name)} :${TAGS[task.state]}, t${n}, ${start}, ${end}`);
    }
  }
  lines.push('```');
  return lines.join('\n');
}

function axisFormat(tasks: TimelineTask[]): string {
  if (!tasks.length) return '%H:%M';
  const span = Math.max(...tasks.map((t) => t.end)) - Math.min(...tasks.map((t) => t.start));
  return span < 10 * 60_000 ? '%H:%M:%S' : '%H:%M';
}

/** The chart under a heading; folded in `<details>` when it has many bars. */
export function timelineMarkdown(title: string, tasks: TimelineTask[]): string {
  if (!tasks.length) return `### Timeline\n\nno step ran in this run\n`;
  const block = ganttBlock(title, tasks);
  if (tasks.length <= COLLAPSE_ABOVE) return `### Timeline\n\n${block}\n`;
  return `### Timeline\n\n<details><summary>Timeline of ${tasks.length} bars</summary>\n\n${block}\n\n</details>\n`;
}

/**
 * Writes a run's Markdown summary: appended to the job summary when `GITHUB_STEP_SUMMARY` is set
 * (the runner owns that file), and written whole to `file` (--summary, checked by checkOutputPath
 * when the options were parsed; checked again here, as a link may have appeared since).
 */
export function writeRunSummary(env: Record<string, string | undefined>, file: string | undefined, markdown: string): string[] {
  const written: string[] = [];
  const jobSummary = env.GITHUB_STEP_SUMMARY;
  if (jobSummary) {
    appendFileSync(jobSummary, markdown.endsWith('\n') ? markdown : `${markdown}\n`);
    written.push(jobSummary);
  }
  if (file) {
    refuseLink(file, 'summary');
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, markdown.endsWith('\n') ? markdown : `${markdown}\n`, { mode: 0o644 });
    written.push(file);
  }
  return written;
}
