import path from 'node:path';
import { StageError, UsageError } from '../../core/errors.ts';
import type { Stage, StageContext, StageRun } from '../stage.ts';
import { confirmDeploy } from './confirm.ts';
import { activeFreeze, describeFreeze, type FreezeWindow } from '../shared/freeze.ts';
import { withRunLock } from '../shared/run-lock.ts';
import { deployOptionSpecs, parseDeployOptions, type DeployOptions } from './options.ts';
import { runPipeline, runStep } from './pipeline.ts';
import { readState, writeState, type DeployState, type StepRecord } from './state.ts';
import { checkSecrets } from './secrets.ts';
import { STEPS, type RecordId } from './steps.ts';
import { summaryTables } from './summary.ts';

export interface DeployResult {
  steps: Array<Pick<StepRecord, 'id' | 'stage' | 'status' | 'changed' | 'durationMs' | 'reason' | 'error' | 'resumed'>>;
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

export const deploy: Stage<DeployOptions, DeployResult> = {
  name: 'deploy',
  description: 'The whole deployment: pre-flight, notice, move stable, images, infra, import, verify, restore topics (rollback on failure)',
  options: deployOptionSpecs,
  outputs: {
    steps: 'JSON list: per step id, stage, status (ok, failed, skipped, unavailable, not-run), changed, durationMs, reason, error',
    moved: 'JSON list of the components whose stable moved',
    to: 'component=sha pairs (comma-separated) of what moved or would move: pass to move-stable as to',
    only: 'The components of to, comma-separated: pass to move-stable as only',
    digests: 'JSON object: image → digest of the new images',
    freeze: 'The freeze window in force (JSON), or null',
    stateFile: 'Path of the state file (resume with --from)',
    results: "JSON object: step id → that stage's full result",
  },
  parseOptions: parseDeployOptions,
  // One deploy at a time: a second one refuses (exit 1, nothing changed), naming the holder.
  run: (ctx, options) =>
    withRunLock(ctx, { stateFile: options.stateFile, cluster: options.cluster, runUrl: options.runUrl, readOnly: options.plan }, () =>
      runDeploy(ctx, options),
    ),
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
    const record = await runStep(
      planCtx,
      STEPS.find((s) => s.id === 'move-stable')!,
      { ...input, dryRun: true, records: new Map(), failed: false, anyChange: false },
    );
    return finish(planCtx, [record], null, null, notes, record.error);
  }
  const stateFile = path.resolve(options.stateFile);
  const earlier = options.from || !ctx.dryRun ? readState(stateFile) : undefined;
  const resumed = options.from ? resumeFrom(earlier, options.from, config.deployment, stateFile) : [];
  if (!options.from && !ctx.dryRun) {
    if (earlier && !earlier.finished) {
      const failedAt = earlier.records.find((r) => r.status === 'failed')?.id;
      logger.warning(
        `${stateFile} holds an unfinished run${failedAt ? ` that failed at ${failedAt}` : ''}` +
          `; starting afresh (resume it with --from ${failedAt ?? '<step>'})`,
      );
    }
  }
  const state: DeployState = {
    version: 1,
    deployment: config.deployment,
    config: config.file,
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
      ok: finished && records.every((r) => r.status !== 'failed'),
    });
    writeState(stateFile, state);
  };
  if (resumed.length)
    logger.info(
      `resuming at ${options.from} with what the run of ${earlier!.startedAt}` +
        ` found: ${resumed.map((r) => `${r.id} ${r.status}`).join(', ')}`,
    );
  const skip = new Set<RecordId>(options.skip);
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
  const failed = records.filter((r) => r.status === 'failed');
  const error = failed.length
    ? {
        // Each step's error was printed under the step, with its hint: named here, not repeated.
        message: `failed at ${failed.map((r) => r.id).join(', ')} (the error${failed.length > 1 ? 's are' : ' is'} shown under the step)`,
        hint: resumeHint(records, stateFile, options),
      }
    : undefined;
  return finish(ctx, records, ctx.dryRun ? null : stateFile, freeze, notes, error);
}

/** The records before `from`, from the saved run; each must have succeeded (or not applied). */
function resumeFrom(state: DeployState | undefined, from: string, deployment: string, file: string): StepRecord[] {
  if (!state)
    throw new UsageError(`--from ${from}: no state file at ${file}`, 'give the state file of the run to resume with --state FILE');
  if (state.deployment !== deployment)
    throw new UsageError(`--from ${from}: ${file} is the state of deployment "${state.deployment}", not "${deployment}"`);
  const before = STEPS.slice(
    0,
    STEPS.findIndex((s) => s.id === from),
  );
  return before.map((spec) => {
    const saved = state.records.find((r) => r.id === spec.id);
    if (!saved) throw new UsageError(`--from ${from}: the saved run never reached ${spec.id}`, `resume from ${spec.id} or earlier`);
    if (saved.status === 'failed' || saved.status === 'not-run') {
      throw new UsageError(
        `--from ${from}: ${spec.id} ${saved.status === 'failed' ? 'failed' : 'did not run'} in the saved run`,
        `resume with --from ${spec.id}`,
      );
    }
    return { ...saved, resumed: true };
  });
}

function resumeHint(records: StepRecord[], stateFile: string, options: DeployOptions): string {
  const first = records.find((r) => r.status === 'failed' && r.id !== 'topic-notify' && r.id !== 'rollback' && r.id !== 'topic-revert');
  const state = options.stateFile === '.service-guru/deploy-state.json' ? '' : ` --state ${stateFile}`;
  return first ? `fix the cause, then resume with: service-guru deploy --from ${first.id}${state}` : 'see the steps above';
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
