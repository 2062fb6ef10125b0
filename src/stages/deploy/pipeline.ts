import { StageError, UsageError, errorMessage } from '../../core/errors.ts';
import { findStage } from '../index.ts';
import type { RawOptions, StageContext } from '../stage.ts';
import type { StepRecord } from './state.ts';
import { ROLLBACK, STEPS, type RecordId, type StepInput, type StepSpec } from './steps.ts';

export interface PipelineHooks {
  /** Called before the first step that changes something; false stops the run (nothing changed). */
  confirm(steps: StepSpec[]): Promise<boolean>;
  /** Called after every step, so the state file always holds what is known. */
  saved(records: StepRecord[]): void;
}

/** Runs one step through the stage list: the stage's own option parsing, then its run, in the shared context. */
export async function runStep(ctx: StageContext, spec: StepSpec, input: StepInput): Promise<StepRecord> {
  const started = ctx.clock.now();
  const base = blank(spec, started);
  const skip = spec.skipReason(input);
  if (skip) {
    ctx.logger.info(`${label(spec)}: skipped (${skip})`);
    return { ...base, status: 'skipped', reason: skip };
  }
  const entry = findStage(spec.stage);
  if (!entry) {
    ctx.logger.warning(`${spec.stage}: not available in this build, skipped`);
    return { ...base, status: 'unavailable', reason: 'not available in this build' };
  }
  return ctx.logger.group(label(spec), async () => {
    const stage = await entry.load();
    const offered = spec.args(input);
    const raw: RawOptions = {};
    for (const option of stage.options) if (offered[option.name] !== undefined) raw[option.name] = offered[option.name];
    const unused = Object.keys(offered).filter((name) => offered[name] !== undefined && !(name in raw));
    if (unused.length) ctx.logger.debug(`${spec.stage} takes no ${unused.map((n) => `--${n}`).join(', ')}; not passed`);
    try {
      const run = await stage.run(ctx, stage.parseOptions(raw, ctx.config));
      const record: StepRecord = {
        ...base,
        status: run.ok ? 'ok' : 'failed',
        changed: run.changed,
        result: run.result,
        durationMs: ctx.clock.now() - started,
        tables: run.tables,
        ...(run.error ? { error: run.error } : {}),
      };
      if (run.error) ctx.logger.error(`${spec.stage}: ${run.error.message}${run.error.hint ? `\nhint: ${run.error.hint}` : ''}`);
      return record;
    } catch (error) {
      const hint = error instanceof UsageError || error instanceof StageError ? error.hint : undefined;
      ctx.logger.error(`${spec.stage}: ${errorMessage(error)}${hint ? `\nhint: ${hint}` : ''}`);
      // Bad usage before anything changed is the caller's to report as such (exit 2).
      if (error instanceof UsageError && !input.anyChange) throw error;
      return {
        ...base,
        status: 'failed',
        durationMs: ctx.clock.now() - started,
        error: { message: errorMessage(error), ...(hint ? { hint } : {}) },
      };
    }
  });
}

/** A step's record before (or instead of) its run: nothing changed, nothing found. */
function blank(spec: StepSpec, startedAt: number): Omit<StepRecord, 'status'> {
  return { id: spec.id, stage: spec.stage, changed: false, result: null, startedAt, durationMs: 0, tables: [] };
}

function label(spec: StepSpec): string {
  return spec.id === spec.stage ? spec.id : `${spec.id} (${spec.stage})`;
}

/**
 * The deployment: every step in order, each fed what the earlier ones found. A blocking failure
 * stops the forward steps; then, where images were imported, the rollback, and the rooms get
 * the failed notice. `resumed` holds the records taken over from an earlier run (`--from`).
 */
export async function runPipeline(
  ctx: StageContext,
  input: Omit<StepInput, 'records' | 'failed' | 'anyChange'>,
  resumed: StepRecord[],
  skip: Set<RecordId>,
  hooks: PipelineHooks,
): Promise<StepRecord[]> {
  const records = new Map<RecordId, StepRecord>(resumed.map((r) => [r.id, r]));
  const stepInput: StepInput = {
    ...input,
    records,
    failed: resumed.some((r) => r.status === 'failed'),
    anyChange: resumed.some((r) => r.changed),
  };
  const ordered = (): StepRecord[] =>
    [...STEPS.slice(0, -1), ROLLBACK, STEPS.at(-1)!].map((s) => records.get(s.id)).filter((r): r is StepRecord => r !== undefined);
  let confirmed = ctx.dryRun;
  let stopped = false;
  const record = (r: StepRecord): void => {
    records.set(r.id, r);
    if (r.changed) stepInput.anyChange = true;
    if (r.status === 'failed') stepInput.failed = true;
    hooks.saved(ordered());
  };
  for (const spec of STEPS) {
    if (records.has(spec.id)) continue;
    if (spec.id === 'topic-revert' && stopped) await rollbackAfterFailure(ctx, stepInput, record);
    if (stopped && spec.id !== 'topic-revert') {
      record({ ...blank(spec, ctx.clock.now()), status: 'not-run', reason: 'an earlier step failed' });
      continue;
    }
    if (skip.has(spec.id)) {
      ctx.logger.info(`${label(spec)}: skipped (--skip)`);
      record({ ...blank(spec, ctx.clock.now()), status: 'skipped', reason: 'left out with --skip' });
      continue;
    }
    if (spec.changes && !confirmed && !spec.skipReason(stepInput)) {
      const rest = STEPS.slice(STEPS.indexOf(spec)).filter((s) => !skip.has(s.id) && !s.skipReason(stepInput));
      if (!(await hooks.confirm(rest))) throw new UsageError('not confirmed: nothing was changed', 'run again and answer y, or pass --yes');
      confirmed = true;
    }
    const result = await runStep(ctx, spec, stepInput);
    record(result);
    if (result.status === 'failed' && spec.blocking) stopped = true;
  }
  return ordered();
}

async function rollbackAfterFailure(ctx: StageContext, input: StepInput, record: (r: StepRecord) => void): Promise<void> {
  if (ctx.dryRun) return;
  const result = await runStep(ctx, ROLLBACK, input);
  record(result);
}
