import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { UsageError, errorMessage } from '../../core/errors.ts';
import type { ReportTable } from '../../core/report.ts';
import type { RecordId } from './steps.ts';

export interface StepRecord {
  id: RecordId;
  stage: string;
  /** unavailable: the stage is not part of this build; not-run: an earlier step failed. */
  status: 'ok' | 'failed' | 'skipped' | 'unavailable' | 'not-run';
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

export interface DeployState {
  version: 1;
  deployment: string;
  config: string;
  startedAt: string;
  updatedAt: string;
  finished: boolean;
  ok: boolean;
  records: StepRecord[];
}

/** Reads a state file; undefined when there is none. */
export function readState(file: string): DeployState | undefined {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new UsageError(`--state: cannot read ${file}: ${errorMessage(error)}`);
  }
  let state: DeployState;
  try {
    state = JSON.parse(text) as DeployState;
  } catch {
    throw new UsageError(`--state: ${file} is not JSON`, 'give the file an earlier deploy wrote, or remove it to start afresh');
  }
  if (state?.version !== 1 || !Array.isArray(state.records)) {
    throw new UsageError(
      `--state: ${file} is not a deploy state file (version 1)`,
      'give the file an earlier deploy wrote, or remove it to start afresh',
    );
  }
  return state;
}

/** Written whole to a temporary file and renamed, so an interrupted write leaves the last good state. */
export function writeState(file: string, state: DeployState): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, JSON.stringify(state, null, 2) + '\n', { mode: 0o600 });
  renameSync(temporary, file);
}
