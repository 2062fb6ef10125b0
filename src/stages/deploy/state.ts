import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as z from 'zod/mini';
import { UsageError, errorMessage } from '../../core/errors.ts';
import type { ReportTable } from '../../core/report.ts';
import { formatPath } from '../../config/issues.ts';
import { STEP_IDS, type StepId } from './model.ts';

const STATUSES = ['ok', 'failed', 'skipped', 'not-run'] as const;

const table = z.object({
  title: z.string(),
  headers: z.array(z.string()),
  // A cell may be a link (ReportCell): move-stable's commits are.
  rows: z.array(z.array(z.union([z.string(), z.object({ text: z.string(), href: z.optional(z.string()) })]))),
  notes: z.optional(z.array(z.string())),
  literal: z.optional(z.boolean()),
  details: z.optional(z.array(z.object({ summary: z.string(), lines: z.array(z.string()) }))),
});

const record = z.object({
  id: z.enum(STEP_IDS),
  stage: z.string(),
  status: z.enum(STATUSES),
  reason: z.optional(z.string()),
  changed: z.boolean(),
  result: z.unknown(),
  error: z.optional(z.object({ message: z.string(), hint: z.optional(z.string()) })),
  startedAt: z.number(),
  durationMs: z.number(),
  tables: z.array(table),
  resumed: z.optional(z.boolean()),
});

/** The state file: what a run found, step by step, and what it ran with; `deploy --from` resumes from it. */
const stateSchema = z.object({
  version: z.literal(2),
  deployment: z.string(),
  config: z.string(),
  /** sha256 of the configuration file's text: a state file of another configuration is never resumed. */
  configFingerprint: z.string(),
  /** The options the run was started with (as given), shown when resuming. */
  options: z.record(z.string(), z.unknown()),
  startedAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  finished: z.boolean(),
  ok: z.boolean(),
  records: z.array(record),
});

export interface StepRecord {
  id: StepId;
  stage: string;
  /** not-run: an earlier step failed. */
  status: (typeof STATUSES)[number];
  reason?: string;
  changed: boolean;
  result: unknown;
  error?: { message: string; hint?: string };
  /** Epoch ms by the run's clock. */
  startedAt: number;
  durationMs: number;
  tables: ReportTable[];
  /** Taken from the state file of an earlier run (`--from`), not run again. */
  resumed?: boolean;
}

export type DeployState = Omit<z.infer<typeof stateSchema>, 'records'> & { records: StepRecord[] };

/** A state older than this is last week's: resuming it would act on what the world no longer holds. */
export const MAX_RESUME_AGE_MS = 24 * 3_600_000;

export function fingerprint(configText: string): string {
  return `sha256:${createHash('sha256').update(configText).digest('hex')}`;
}

const AFRESH = 'start afresh without --from (or remove the state file)';

/** Reads a state file; undefined when there is none. A file that is not a state file names the field that is wrong. */
export function readState(file: string): DeployState | undefined {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new UsageError(`--state: cannot read ${file}: ${errorMessage(error)}`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new UsageError(`--state: ${file} is not JSON`, `give the file an earlier deploy wrote, or ${AFRESH}`);
  }
  const parsed = stateSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new UsageError(
      `--state: ${file} is not a deploy state file (version 2): ` +
        `${formatPath(issue.path as Array<string | number>) || '(top level)'}: ${issue.message}`,
      `give the file an earlier deploy wrote, or ${AFRESH}`,
    );
  }
  return parsed.data;
}

/** Why this state file cannot be resumed with this configuration at this time, or undefined. */
export function resumeRefusal(state: DeployState, configFingerprint: string, now: number): string | undefined {
  if (state.configFingerprint !== configFingerprint)
    return `it was written for another configuration (${state.config}, ${state.configFingerprint.slice(0, 19)}…)`;
  // A run that ended failed is what --from is for; one that succeeded has nothing left to do.
  if (state.finished && state.ok) return `that run finished successfully at ${state.updatedAt}`;
  const age = now - Date.parse(state.startedAt);
  if (age > MAX_RESUME_AGE_MS) return `that run started at ${state.startedAt}, more than a day ago`;
  return undefined;
}

/** Written whole to a temporary file and renamed, so an interrupted write leaves the last good state. */
export function writeState(file: string, state: DeployState): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, JSON.stringify(state, null, 2) + '\n', { mode: 0o600 });
  renameSync(temporary, file);
}
