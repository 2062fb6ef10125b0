import path from 'node:path';
import { StageError, UsageError } from '../../core/errors.ts';
import type { StageCode, StageContext, StageRun } from '../stage.ts';
import { confirmDeploy } from './confirm.ts';
import { activeFreeze, describeFreeze, type FreezeWindow } from '../shared/freeze.ts';
import { withRunLock } from '../shared/run-lock.ts';
import { DEFAULT_STATE_FILE, parseDeployOptions, type DeployOptions } from './options.ts';
import { runPipeline, runStep } from './pipeline.ts';
import { fingerprint, readState, resumeRefusal, writeState, type DeployState, type StepRecord } from './state.ts';
import { checkSecrets } from './secrets.ts';
import { STEPS, failsDeployment, moveStable, type StepId } from './model.ts';
import { summaryMarkdown, summaryTables } from '../shared/run-summary.ts';
import { writeRunSummary } from '../shared/timeline.ts';

export interface DeployResult {
  steps: Array<Pick<StepRecord, 'id' | 'stage' | 'status' | 'changed' | 'startedAt' | 'durationMs' | 'reason' | 'error' | 'resumed'>>;
  /** Components whose stable moved (or would, in a dry run or plan). */
  moved: string[];
  /** component=sha pairs of what moves: the plan a reviewer signs off, for move-stable's --to. */
  to: string;
  /** The components of `to`, comma-separated (move-stable's only). */
  only: string;
  /** image → digest of the new images. */
  digests: Record<string, string>;
  freeze: FreezeWindow | null;
  stateFile: string | null;
  /** Full results of every step, by step id. */
  results: Record<string, unknown>;
}

export const deploy: StageCode<DeployOptions, DeployResult> = {
  parseOptions: parseDeployOptions,
  // One deploy at a time: a second one refuses (exit 1, nothing changed), naming the holder.
  run: async (ctx, options) => {
    const run = await withRunLock(
      ctx,
      { stateFile: options.stateFile, cluster: options.cluster, runUrl: options.runUrl, readOnly: options.plan },
      () => runDeploy(ctx, options),
    );
    const { steps, results } = run.result;
    writeRunSummary(
      ctx.env,
      options.summary,
      ctx.secrets.redact(summaryMarkdown(`Deployment of ${ctx.config.deployment}`, run.tables, steps, results)),
    );
    return run;
  },
};

async function runDeploy(ctx: StageContext, options: DeployOptions): Promise<StageRun<DeployResult>> {
  const { config, logger, clock } = ctx;
  const freeze = activeFreeze(config, clock.now(), (m) => logger.warning(m)) ?? null;
  const notes: string[] = [];
  if (freeze) {
    const text = describeFreeze(freeze, config.timezone);
    if (!options.ignoreFreeze) {
      return finish(ctx, [], null, freeze, [`🧊 ${text}`], {
        message: `refused: ${text}`,
        hint: 'wait for the window to end, or pass --ignore-freeze (action input ignore-freeze) for an emergency',
      });
    }
    logger.warning(`${text}; deploying anyway because of --ignore-freeze`);
    notes.push(`🧊 ${text} — deployed anyway (--ignore-freeze)`);
  }
  const input = { config, options, dryRun: ctx.dryRun };
  if (options.plan) {
    const planCtx = { ...ctx, dryRun: true };
    const record = await runStep(planCtx, moveStable, { ...input, dryRun: true, records: new Map(), failed: false, anyChange: false });
    return finish(planCtx, [record], null, null, notes, record.error);
  }
  const stateFile = path.resolve(options.stateFile);
  const earlier = options.from || !ctx.dryRun ? readState(stateFile) : undefined;
  const configFingerprint = fingerprint(JSON.stringify(config));
  const resumed = options.from ? resumeFrom(earlier, options.from, configFingerprint, stateFile, clock.now()) : [];
  if (!options.from && !ctx.dryRun && earlier && !earlier.finished && !resumeRefusal(earlier, configFingerprint, clock.now())) {
    const first = firstUnfinished(earlier.records);
    // A plain re-run converges on its own (it looks at what stable and the cluster hold now); resuming only saves time.
    logger.warning(
      `${stateFile} holds an unfinished run of ${earlier.startedAt}; starting afresh` +
        (first ? ` (to resume it instead: service-guru deploy --from ${first}${stateArg(options, stateFile)})` : ''),
    );
  }
  const state: DeployState = {
    version: 2,
    deployment: config.deployment,
    config: config.file,
    configFingerprint,
    options: ctx.secrets.redactDeep(options.given),
    startedAt: new Date(clock.now()).toISOString(),
    updatedAt: new Date(clock.now()).toISOString(),
    finished: false,
    ok: false,
    records: resumed,
  };
  // A dry run leaves no state behind: a later --from must never resume from what did not happen.
  const save = (records: StepRecord[], finished = false): void => {
    if (ctx.dryRun) return;
    Object.assign(state, {
      records: ctx.secrets.redactDeep(records),
      updatedAt: new Date(clock.now()).toISOString(),
      finished,
      ok: finished && !records.some(failsDeployment),
    });
    writeState(stateFile, state);
  };
  const past = (id: StepId) => STEPS.findIndex((s) => s.id === options.from) > STEPS.findIndex((s) => s.id === id);
  if (options.from && past('import-images') && earlier && rollbackUnrecorded(earlier.records))
    logger.warning(
      'the saved run stopped after its health gate failed, before a rollback was recorded: ' +
        'import-images runs again, so the gate checks what production holds now',
    );
  if (resumed.length)
    logger.info(
      `resuming at ${options.from} with what the run of ${earlier!.startedAt}` +
        ` found: ${resumed.map((r) => `${r.id} ${r.status}`).join(', ')}`,
    );
  const skip = new Set<StepId>(options.skip);
  // Every secret of every step is asked for now: none is found missing after stable moved.
  checkSecrets({ ...input, records: new Map(resumed.map((r) => [r.id, r])), failed: false, anyChange: false }, skip, ctx.env);
  const records = await runPipeline(ctx, input, resumed, skip, {
    confirm: async (steps) => {
      const yes = await confirmDeploy(ctx, options, steps);
      // The question (or the staging health gate) can take a while: a freeze that began
      // meanwhile holds before the first change as much as at the start.
      const late = yes && !options.ignoreFreeze ? activeFreeze(config, clock.now()) : undefined;
      if (late)
        throw new StageError(
          `refused before the first change: ${describeFreeze(late, config.timezone)}`,
          'nothing was changed; wait for the window to end, or pass --ignore-freeze for an emergency',
        );
      return yes;
    },
    saved: (r) => save(r),
  });
  save(records, true);
  const failed = records.filter(failsDeployment);
  // Doing nothing is never a success: a forward step left undone without a failure that explains it
  // is reported, not passed over.
  const undone = failed.length ? [] : records.filter((r) => r.status === 'not-run');
  const error = undone.length
    ? {
        message: `did not finish: ${undone.map((r) => r.id).join(', ')} did not run`,
        hint: ctx.dryRun ? 'run again' : resumeHint(records, stateFile, options),
      }
    : failed.length
      ? {
          // Each step's error was printed under the step, with its hint: named here, not repeated.
          message: `failed at ${failed.map((r) => r.id).join(', ')} (the error${failed.length > 1 ? 's are' : ' is'} shown under the step)`,
          // A dry run leaves no state behind: there is nothing to resume.
          hint: ctx.dryRun ? 'fix the cause and run again' : resumeHint(records, stateFile, options),
        }
      : undefined;
  return finish(ctx, records, ctx.dryRun ? null : stateFile, freeze, notes, error);
}

/** The records before `from`, from the saved run; each blocking one must have succeeded (or not applied). */
function resumeFrom(state: DeployState | undefined, from: StepId, configFingerprint: string, file: string, now: number): StepRecord[] {
  if (!state)
    throw new UsageError(`--from ${from}: no state file at ${file}`, 'give the state file of the run to resume with --state FILE');
  const refusal = resumeRefusal(state, configFingerprint, now);
  if (refusal)
    throw new UsageError(
      `--from ${from}: ${file} cannot be resumed: ${refusal}`,
      'start afresh without --from: a new run converges on what stable and the cluster hold now',
    );
  const before = STEPS.slice(
    0,
    STEPS.findIndex((s) => s.id === from),
  );
  // A rollback undid the import: resuming after it would check (or keep) last week's images.
  if (rolledBack(state.records) && before.some((s) => s.id === 'import-images'))
    throw new UsageError(
      `--from ${from}: the saved run rolled back what import-images rolled out`,
      'resume with --from import-images (or start afresh): the images go out again and the gate checks them',
    );
  const unsure = rollbackUnrecorded(state.records);
  return before.flatMap((step) => {
    const saved = state.records.find((r) => r.id === step.id);
    // What the cluster holds is unknown (see rollbackUnrecorded): the import runs again; it converges.
    if (unsure && step.id === 'import-images') return [];
    // The rollback record exists only when a rollback ran; the steps after it decide again.
    if (!saved && step.when !== 'forward') return [];
    if (!saved) throw new UsageError(`--from ${from}: the saved run never reached ${step.id}`, `resume from ${step.id} or earlier`);
    if ((saved.status === 'failed' && step.blocking) || saved.status === 'not-run') {
      throw new UsageError(
        `--from ${from}: ${step.id} ${saved.status === 'failed' ? 'failed' : 'did not run'} in the saved run`,
        `resume with --from ${step.id}`,
      );
    }
    return [{ ...saved, resumed: true }];
  });
}

/** The first forward step that did not finish: where a resume starts. */
function firstUnfinished(records: StepRecord[]): StepId | undefined {
  const done = new Map(records.map((r) => [r.id, r]));
  const first = STEPS.find((s) => {
    if (s.when !== 'forward') return false;
    const r = done.get(s.id);
    return !r || r.status === 'not-run' || (r.status === 'failed' && s.blocking);
  })?.id;
  // After a rollback the rollout is undone: it starts again at the import, not at the gate that failed.
  const importAt = STEPS.findIndex((s) => s.id === 'import-images');
  return rolledBack(records) && (!first || STEPS.findIndex((s) => s.id === first) > importAt) ? 'import-images' : first;
}

/**
 * The saved gate failed after the import, yet no rollback is recorded: the run died while its
 * rollback was due or under way, so the cluster may hold the new images, the old ones, or some of
 * each. A resume past import-images would gate (and pass) whatever is left.
 */
function rollbackUnrecorded(records: StepRecord[]): boolean {
  const status = (id: StepId) => records.find((r) => r.id === id)?.status;
  const imported = status('import-images') === 'ok' || status('import-images') === 'failed';
  return imported && status('health-gate') === 'failed' && status('rollback') === undefined;
}

function rolledBack(records: StepRecord[]): boolean {
  const rollback = records.find((r) => r.id === 'rollback');
  return rollback?.status === 'ok' || rollback?.status === 'failed';
}

function stateArg(options: DeployOptions, stateFile: string): string {
  return options.stateFile === DEFAULT_STATE_FILE ? '' : ` --state ${stateFile}`;
}

function resumeHint(records: StepRecord[], stateFile: string, options: DeployOptions): string {
  const first = firstUnfinished(records);
  return first
    ? 'fix the cause, then run deploy again (it converges), or resume with: ' +
        `service-guru deploy --from ${first}${stateArg(options, stateFile)}`
    : 'see the steps above';
}

function finish(
  ctx: StageContext,
  records: StepRecord[],
  stateFile: string | null,
  freeze: DeployResult['freeze'],
  notes: string[],
  error?: { message: string; hint?: string },
): StageRun<DeployResult> {
  const results = Object.fromEntries(records.map((r) => [r.id, r.result]));
  const move = results['move-stable'] as { components?: Array<{ name: string; status: string; current: string | null }> } | undefined;
  const moves = (move?.components ?? []).filter((c) => (c.status === 'moved' || c.status === 'would-move') && c.current);
  const images = results['wait-images'] as { digests?: Record<string, string> } | undefined;
  return {
    ok: !error,
    changed: records.some((r) => r.changed && !r.resumed),
    result: {
      steps: records.map((r) => ({
        id: r.id,
        stage: r.stage,
        status: r.status,
        changed: r.changed,
        startedAt: r.startedAt,
        durationMs: r.durationMs,
        ...(r.reason ? { reason: r.reason } : {}),
        ...(r.error ? { error: r.error } : {}),
        ...(r.resumed ? { resumed: true } : {}),
      })),
      moved: moves.map((c) => c.name),
      to: moves.map((c) => `${c.name}=${c.current}`).join(','),
      only: moves.map((c) => c.name).join(','),
      digests: images?.digests ?? {},
      freeze,
      stateFile,
      results,
    },
    tables: summaryTables(ctx.config.deployment, records, notes),
    ...(error ? { error } : {}),
  };
}
