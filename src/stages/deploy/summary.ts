import { formatDuration } from '../../core/duration.ts';
import type { ReportTable } from '../../core/report.ts';
import type { StepRecord } from './state.ts';

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

function timeline(records: StepRecord[]): ReportTable {
  const ran = records.filter((r) => (r.status === 'ok' || r.status === 'failed') && !r.resumed);
  const start = Math.min(...ran.map((r) => r.startedAt));
  const total = Math.max(1, ...ran.map((r) => r.startedAt + r.durationMs - start));
  const width = 24;
  return {
    title: 'Timeline',
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
