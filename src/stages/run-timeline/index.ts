import { UsageError } from '../../core/errors.ts';
import { formatDuration } from '../../core/duration.ts';
import type { ReportTable } from '../../core/report.ts';
import { listRunJobs, type RunJob } from '../../github/run-jobs.ts';
import { runGitHub, runRepository } from '../shared/github-run.ts';
import { checkOutputPath } from '../shared/safe-path.ts';
import { timelineMarkdown, writeRunSummary, type TimelineTask } from '../shared/timeline.ts';
import { text } from '../options.ts';
import type { StageCode } from '../stage.ts';

export interface RunTimelineOptions {
  runId: number | undefined;
  repository: string | undefined;
  approvalJob: string;
  summary: string | undefined;
}

export interface RunTimelineResult {
  jobs: RunJob[];
  totalMs: number;
  approvalWaitMs: number;
}

/** A job queued longer than this waited for something worth a bar (a runner, or reviewers). */
const QUEUE_BAR_MS = 60_000;

/** In a reusable workflow a job is named "<caller job> / <job>": the last part is ours. */
const ownName = (name: string): string => name.split(' / ').pop()!.trim();

/**
 * The bars of a run: every job from its start to its end (still running: to now), skipped jobs
 * as points, and the time a job sat queued as a wait of its own: for the approval job, the wait
 * for the environment's reviewers.
 */
export function jobTasks(jobs: RunJob[], approvalJob: string, now: number): { tasks: TimelineTask[]; approvalWaitMs: number } {
  const tasks: TimelineTask[] = [];
  let approvalWaitMs = 0;
  for (const job of jobs) {
    const name = ownName(job.name);
    const start = job.startedAt ?? job.createdAt;
    if (start === null) continue;
    if (job.conclusion === 'skipped') {
      tasks.push({ name, section: 'Jobs', start, end: start, state: 'skipped' });
      continue;
    }
    const queued = job.createdAt !== null && job.startedAt !== null ? job.startedAt - job.createdAt : 0;
    const approval = name === approvalJob;
    if (approval) approvalWaitMs = Math.max(0, queued);
    if (job.createdAt !== null && job.startedAt !== null && (queued >= QUEUE_BAR_MS || (approval && queued > 0)))
      tasks.push({
        name: approval ? `waiting for approval (${name})` : `${name} queued`,
        section: 'Waits',
        start: job.createdAt,
        end: job.startedAt,
        state: 'wait',
      });
    if (job.startedAt === null) continue;
    const end = job.completedAt ?? now;
    const failed = job.conclusion === 'failure' || job.conclusion === 'cancelled' || job.conclusion === 'timed_out';
    tasks.push({ name, section: 'Jobs', start: job.startedAt, end, state: failed ? 'failed' : 'done' });
  }
  return { tasks: tasks.sort((a, b) => a.start - b.start), approvalWaitMs };
}

export const runTimeline: StageCode<RunTimelineOptions, RunTimelineResult> = {
  parseOptions: (raw) => {
    const id = text(raw, 'run-id');
    if (id !== undefined && !/^\d+$/.test(id)) throw new UsageError(`--run-id: "${id}" is not a run id`, 'give the number in the run URL');
    const summary = text(raw, 'summary');
    return {
      runId: id === undefined ? undefined : Number(id),
      repository: text(raw, 'repository'),
      approvalJob: text(raw, 'approval-job') ?? 'sign-off',
      summary: summary ? checkOutputPath(summary, 'summary') : undefined,
    };
  },
  run: async (ctx, options) => {
    const repository = runRepository(ctx, options.repository);
    const runId = options.runId ?? (ctx.env.GITHUB_RUN_ID ? Number(ctx.env.GITHUB_RUN_ID) : undefined);
    if (!runId || !Number.isSafeInteger(runId))
      throw new UsageError('--run-id: no run to draw (GITHUB_RUN_ID is not set)', 'give --run-id, or run inside GitHub Actions');
    // Reading only: a dry run draws the same picture.
    const github = await runGitHub(ctx, 'actions: read');
    const jobs = await listRunJobs(github, repository, runId);
    const now = ctx.clock.now();
    const { tasks, approvalWaitMs } = jobTasks(jobs, options.approvalJob, now);
    const first = Math.min(...jobs.map((j) => j.createdAt ?? j.startedAt ?? now));
    const last = Math.max(...jobs.map((j) => j.completedAt ?? (j.startedAt !== null ? now : 0)));
    const totalMs = jobs.length ? Math.max(0, last - first) : 0;
    const table: ReportTable = {
      title: `Run ${runId} of ${repository}`,
      headers: ['Job', 'Conclusion', 'Queued', 'Took'],
      literal: true,
      rows: jobs.map((j) => [
        ownName(j.name),
        j.conclusion ?? j.status,
        j.createdAt !== null && j.startedAt !== null ? formatDuration(j.startedAt - j.createdAt) : '',
        j.startedAt !== null ? formatDuration((j.completedAt ?? now) - j.startedAt) : '',
      ]),
      notes: [
        `total ${formatDuration(totalMs)}${approvalWaitMs ? `, of which ${formatDuration(approvalWaitMs)} waiting for approval` : ''}`,
      ],
    };
    // The action writes the table to the job summary itself; the Gantt is this stage's to add.
    writeRunSummary(ctx.env, options.summary, ctx.secrets.redact(timelineMarkdown(`Run ${runId}`, tasks)));
    return { ok: true, changed: false, result: { jobs, totalMs, approvalWaitMs }, tables: [table] };
  },
};
