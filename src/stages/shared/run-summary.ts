import { formatDuration } from '../../core/duration.ts';
import { tableToMarkdown, type ReportTable } from '../../core/report.ts';
import { timelineMarkdown, type TaskState, type TimelineTask } from './timeline.ts';
import type { StepRecord } from '../deploy/state.ts';

const ICON: Record<StepRecord['status'], string> = {
  ok: '✅ ok',
  failed: '❌ failed',
  skipped: '⏭ skipped',
  'not-run': '⛔ not run',
};

/** The pipeline at a glance, then every stage's own tables, then how long each step took. */
export function summaryTables(deployment: string, records: StepRecord[], notes: string[]): ReportTable[] {
  const overview: ReportTable = {
    title: `Deployment of ${deployment}`,
    headers: ['Step', 'Stage', 'Status', 'Changed', 'Duration', 'Note'],
    rows: records.map((r) => [
      r.id,
      r.stage,
      ICON[r.status] + (r.resumed ? ' (earlier run)' : ''),
      r.changed ? 'yes' : 'no',
      r.status === 'ok' || r.status === 'failed' ? formatDuration(r.durationMs) : '',
      r.error?.message ?? r.reason ?? '',
    ]),
    ...(notes.length ? { notes } : {}),
  };
  const stageTables = records.flatMap((r) => r.tables.map((t) => ({ ...t, title: `${r.id}: ${t.title}` })));
  return [overview, ...stageTables, timeline(records)];
}

const TIMELINE_TITLE = 'Timeline';

function timeline(records: StepRecord[]): ReportTable {
  const ran = records.filter((r) => (r.status === 'ok' || r.status === 'failed') && !r.resumed);
  const start = Math.min(...ran.map((r) => r.startedAt));
  const total = Math.max(1, ...ran.map((r) => r.startedAt + r.durationMs - start));
  const width = 24;
  return {
    title: TIMELINE_TITLE,
    headers: ['Step', 'Started', 'Took', ''],
    rows: ran.map((r) => {
      const offset = Math.round(((r.startedAt - start) / total) * width);
      const length = Math.max(1, Math.round((r.durationMs / total) * width));
      return [
        r.id,
        `+${formatDuration(r.startedAt - start)}`,
        formatDuration(r.durationMs),
        '░'.repeat(offset) + '█'.repeat(Math.min(length, width - offset + 1)),
      ];
    }),
    notes: ran.length ? [`total ${formatDuration(total)}`] : ['no step ran in this run'],
  };
}

/** A step as deploy's result lists it: enough to draw its bar. */
export interface TimedStep {
  id: string;
  status: StepRecord['status'];
  startedAt?: number;
  durationMs: number;
  resumed?: boolean;
}

const STATE: Record<StepRecord['status'], TaskState> = { ok: 'done', failed: 'failed', skipped: 'skipped', 'not-run': 'skipped' };

/**
 * The bars of a deploy: one per step that ran (or was skipped, as a point), and the waits the
 * step results carry as bars of their own: the wait for the image builds (wait-images' waitedMs,
 * ending at the last image's readyAt when known) and the rollout wait (import-images' waitedMs,
 * at the end of its step).
 */
export function stepTasks(steps: TimedStep[], results: Record<string, unknown>): TimelineTask[] {
  const timed = steps.filter((s) => s.startedAt !== undefined && !s.resumed && s.status !== 'not-run');
  const tasks: TimelineTask[] = [];
  for (const s of timed) {
    const start = s.startedAt!;
    const end = start + s.durationMs;
    tasks.push({
      name: s.id,
      section: 'Steps',
      start,
      end: s.status === 'skipped' ? start : end,
      state: STATE[s.status],
    });
    const waited = waitedMs(results[s.id]);
    if (!waited || s.status === 'skipped') continue;
    if (s.id === 'wait-images') {
      const ready = lastReadyAt(results[s.id]);
      const waitEnd = ready !== undefined && ready >= start && ready <= end ? ready : Math.min(end, start + waited);
      tasks.push({ name: 'waiting for image builds', section: 'Waits', start, end: waitEnd, state: 'wait' });
    } else if (s.id.startsWith('import-images')) {
      tasks.push({ name: `waiting for the rollout (${s.id})`, section: 'Waits', start: Math.max(start, end - waited), end, state: 'wait' });
    }
  }
  return tasks;
}

function waitedMs(result: unknown): number | undefined {
  const value = (result as { waitedMs?: unknown } | null | undefined)?.waitedMs;
  return typeof value === 'number' && value > 0 ? value : undefined;
}

function lastReadyAt(result: unknown): number | undefined {
  const images = (result as { images?: Array<{ readyAt?: unknown }> } | null | undefined)?.images;
  const times = (Array.isArray(images) ? images : [])
    .map((i) => (typeof i.readyAt === 'string' ? Date.parse(i.readyAt) : NaN))
    .filter((t) => Number.isFinite(t));
  return times.length ? Math.max(...times) : undefined;
}

/** The run summary in Markdown: the tables (the text timeline gives way to the Gantt), then the Gantt. */
export function summaryMarkdown(title: string, tables: ReportTable[], steps: TimedStep[], results: Record<string, unknown>): string {
  const body = tables.filter((t) => t.title !== TIMELINE_TITLE).map(tableToMarkdown);
  return [...body, timelineMarkdown(title, stepTasks(steps, results))].join('\n');
}
