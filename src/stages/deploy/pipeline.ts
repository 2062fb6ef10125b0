import { StageError, UsageError, errorMessage } from '../../core/errors.ts';
import type { RawOptions, StageContext } from '../stage.ts';
import type { StepRecord } from './state.ts';
import { STEPS, findStep, needsRollback, type AnyStep, type StepId, type StepInput } from './model.ts';

export interface PipelineHooks {
  /** Called before the first step that changes something; false stops the run (nothing changed). */
  confirm(steps: AnyStep[]): Promise<boolean>;
  /** Called after every step, so the state file always holds what is known. */
  saved(records: StepRecord[]): void;
}

/** The options a step hands its stage: its own parse of the CLI-level ones, then the typed results of earlier steps. */
export function stepRaw(step: AnyStep, input: StepInput, debug: (line: string) => void = () => undefined): RawOptions {
  const offered = step.args(input);
  const raw: RawOptions = {};
  const declared = new Set(step.stage.options.map((o) => o.name));
  for (const [name, value] of Object.entries(offered)) if (value !== undefined && declared.has(name)) raw[name] = value;
  const unused = Object.keys(offered).filter((name) => offered[name] !== undefined && !declared.has(name));
  if (unused.length) debug(`${step.stage.name} takes no ${unused.map((n) => `--${n}`).join(', ')}; not passed`);
  return raw;
}

/** Runs one step: the stage's own option parsing, the typed inputs on top, then its run in the shared context. */
export async function runStep(ctx: StageContext, step: AnyStep, input: StepInput): Promise<StepRecord> {
  const started = ctx.clock.now();
  const base = blank(step, started);
  const skip = step.skipReason(input);
  if (skip) {
    ctx.logger.info(`${label(step)}: skipped (${skip})`);
    return { ...base, status: 'skipped', reason: skip };
  }
  return ctx.logger.group(label(step), async () => {
    try {
      const code = await step.stage.load();
      const options: unknown = {
        ...code.parseOptions(
          stepRaw(step, input, (l) => ctx.logger.debug(l)),
          ctx.config,
        ),
        ...step.typed?.(input),
      };
      const run = await code.run(ctx, options);
      const record: StepRecord = {
        ...base,
        status: run.ok ? 'ok' : 'failed',
        changed: run.changed,
        result: run.result,
        durationMs: ctx.clock.now() - started,
        tables: run.tables,
        ...(run.error ? { error: run.error } : {}),
      };
      if (run.error) ctx.logger.error(`${step.stage.name}: ${run.error.message}${run.error.hint ? `\nhint: ${run.error.hint}` : ''}`);
      return record;
    } catch (error) {
      const hint = error instanceof UsageError || error instanceof StageError ? error.hint : undefined;
      ctx.logger.error(`${step.stage.name}: ${errorMessage(error)}${hint ? `\nhint: ${hint}` : ''}`);
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
export function blank(step: AnyStep, startedAt: number): Omit<StepRecord, 'status'> {
  return { id: step.id, stage: step.stage.name, changed: false, result: null, startedAt, durationMs: 0, tables: [] };
}

function label(step: AnyStep): string {
  return step.id === step.stage.name ? step.id : `${step.id} (${step.stage.name})`;
}

/**
 * The deployment: the forward steps in order while every blocking one succeeds; then the
 * rollback where the rule of the model asks for it; then the steps that always run.
 * `resumed` holds the records taken over from an earlier run (`--from`).
 */
export async function runPipeline(
  ctx: StageContext,
  input: Omit<StepInput, 'records' | 'failed' | 'anyChange'>,
  resumed: StepRecord[],
  skip: Set<StepId>,
  hooks: PipelineHooks,
): Promise<StepRecord[]> {
  const records = new Map<StepId, StepRecord>(resumed.map((r) => [r.id, r]));
  const stepInput: StepInput = {
    ...input,
    records,
    // Only a blocking step's failure stops the forward steps, resumed or not: a chat room that could
    // not be told in the saved run must not turn the resume into "not-run" everywhere and exit 0.
    failed: resumed.some((r) => r.status === 'failed' && findStep(r.id).blocking),
    anyChange: resumed.some((r) => r.changed),
  };
  const ordered = (): StepRecord[] => STEPS.map((s) => records.get(s.id)).filter((r): r is StepRecord => r !== undefined);
  let confirmed = ctx.dryRun;
  const record = (r: StepRecord): void => {
    records.set(r.id, r);
    if (r.changed) stepInput.anyChange = true;
    hooks.saved(ordered());
  };
  for (const step of STEPS) {
    if (records.has(step.id)) continue;
    if (step.when === 'rollback') {
      if (!ctx.dryRun && needsRollback(stepInput)) record(await runStep(ctx, step, stepInput));
      continue;
    }
    if (step.when === 'forward' && stepInput.failed) {
      record({ ...blank(step, ctx.clock.now()), status: 'not-run', reason: 'an earlier step failed' });
      continue;
    }
    if (skip.has(step.id)) {
      ctx.logger.info(`${label(step)}: skipped (--skip)`);
      record({ ...blank(step, ctx.clock.now()), status: 'skipped', reason: 'left out with --skip' });
      continue;
    }
    if (step.changes && !confirmed && !step.skipReason(stepInput)) {
      const rest = STEPS.slice(STEPS.indexOf(step)).filter((s) => s.when === 'forward' && !skip.has(s.id) && !s.skipReason(stepInput));
      if (!(await hooks.confirm(rest))) throw new UsageError('not confirmed: nothing was changed', 'run again and answer y, or pass --yes');
      confirmed = true;
    }
    const result = await runStep(ctx, step, stepInput);
    record(result);
    if (result.status === 'failed' && step.blocking) stepInput.failed = true;
  }
  return ordered();
}
