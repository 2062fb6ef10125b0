import type { Config } from '../config/types.ts';
import { findConfigFile, loadConfig } from '../config/load.ts';
import type { AnyStage, RawOptions, StageOutcome, StageRun } from './stage.ts';
import { isSecretEnv } from './stage.ts';
import { pickCluster, tokenEnvFor } from '../kube/cluster.ts';
import { flag, text } from './options.ts';
import { parseDuration } from '../core/duration.ts';
import { activeFreeze, describeFreeze } from './shared/freeze.ts';
import type { Clock } from '../core/clock.ts';
import { systemClock } from '../core/clock.ts';
import { StageError, UsageError, errorMessage } from '../core/errors.ts';
import type { Logger } from '../core/logger.ts';
import type { ReportTable } from '../core/report.ts';
import type { Secrets } from '../core/secrets.ts';
import { urlCredentials } from '../core/url-credentials.ts';

export interface RunRequest {
  stage: AnyStage;
  configPath: string | undefined;
  dryRun: boolean;
  options: RawOptions;
  env: Record<string, string | undefined>;
  logger: Logger;
  secrets: Secrets;
  clock?: Clock;
  cwd?: string;
  /** The token of the cluster the stage's `cluster` option names (the action's masked `cluster-token` input). */
  clusterToken?: string;
}

export interface RunResult {
  outcome: StageOutcome;
  tables: ReportTable[];
  exitCode: 0 | 1 | 2;
  verdict?: string;
}

/**
 * The one way a stage runs, from the CLI and from an action: secrets registered first, then
 * configuration and options validated (exit 2, nothing changed), then the stage (exit 1 when it
 * says no or a remote fails).
 */
export async function runStage(request: RunRequest): Promise<RunResult> {
  const { stage, secrets, logger } = request;
  for (const [name, value] of Object.entries(request.env)) if (isSecretEnv(name)) secrets.add(value);
  secrets.add(request.clusterToken);
  let config: Config;
  let options: unknown;
  let run: () => Promise<StageRun<unknown>>;
  let env = request.env;
  try {
    config = loadConfig(
      !request.configPath && stage.defaultConfig ? stage.defaultConfig() : findConfigFile(request.configPath, request.cwd),
    );
    for (const secret of remoteCredentials(config)) secrets.add(secret);
    if (request.clusterToken) {
      const named = stage.clusterToken;
      const cluster = typeof named === 'function' ? named(config, request.options) : pickCluster(config, text(request.options, 'cluster'));
      if (cluster) env = { ...env, [tokenEnvFor(cluster)]: request.clusterToken };
    }
    // The stage's code loads once the configuration holds: a bad one is refused by the declaration alone.
    const code = await stage.load();
    options = code.parseOptions(request.options, config);
    if (stage.freezeGuard) {
      const now = (request.clock ?? systemClock).now();
      refuseStaleApproval(config, request.options, now);
      refuseInFreeze(config, request.options, now, logger);
    }
    run = () => code.run({ config, logger, secrets, dryRun: request.dryRun, env, clock: request.clock ?? systemClock }, options);
  } catch (error) {
    return failure(request, error, 2);
  }
  let outcomeRun: StageRun<unknown>;
  try {
    outcomeRun = await run();
  } catch (error) {
    return failure(request, error, error instanceof UsageError ? 2 : 1);
  }
  if (!outcomeRun.ok && outcomeRun.error)
    logger.error(outcomeRun.error.message + (outcomeRun.error.hint ? `\nhint: ${outcomeRun.error.hint}` : ''));
  const outcome: StageOutcome = {
    stage: stage.name,
    ok: outcomeRun.ok,
    dryRun: request.dryRun,
    changed: outcomeRun.changed,
    result: outcomeRun.result,
    ...(outcomeRun.error ? { error: outcomeRun.error } : {}),
  };
  return {
    outcome: secrets.redactDeep(outcome),
    tables: secrets.redactDeep(outcomeRun.tables),
    exitCode: outcomeRun.ok ? 0 : 1,
    ...(outcomeRun.verdict ? { verdict: outcomeRun.verdict } : {}),
  };
}

/** A stage that changes production refuses inside a freeze window (exit 2, nothing changed) unless --ignore-freeze. */
function refuseInFreeze(config: Config, options: RawOptions, now: number, logger: Logger): void {
  const window = activeFreeze(config, now);
  if (!window) return;
  const text = describeFreeze(window, config.timezone);
  if (!flag(options, 'ignore-freeze'))
    throw new UsageError(`refused: ${text}`, 'nothing was changed; wait for the window to end, or pass --ignore-freeze for an emergency');
  logger.warning(`${text}; going ahead because of --ignore-freeze`);
}

/** A re-run days after the approval does not change production on last week's sign-off. */
function refuseStaleApproval(config: Config, options: RawOptions, now: number): void {
  const given = text(options, 'approved-at');
  if (given === undefined) return;
  const at = Date.parse(given);
  if (Number.isNaN(at)) throw new UsageError(`--approved-at: "${given}" is not a time`, "pass the sign-off job's approvedAt output");
  const maxAge = parseDuration(config.signOff.maxAge, 'signOff.maxAge');
  if (now - at > maxAge)
    throw new UsageError(
      `refused: the sign-off of ${given} is older than signOff.maxAge (${config.signOff.maxAge}); nothing was changed`,
      'start a new run so that a reviewer approves what deploys now (re-running failed jobs keeps the old approval)',
    );
}

/** A token inside a remote URL (https://user:token@host/..., https://token@host/...) is a secret like any other. */
function remoteCredentials(config: Config): string[] {
  const remotes = config.components.flatMap((c) => (c.transport.kind === 'git' ? [c.transport.remote] : []));
  if (config.infra?.remote) remotes.push(config.infra.remote);
  return remotes.flatMap((remote) => urlCredentials(remote)?.secret ?? []);
}

function failure(request: RunRequest, error: unknown, exitCode: 1 | 2): RunResult {
  const message = request.secrets.redact(errorMessage(error));
  const hint = error instanceof UsageError || error instanceof StageError ? error.hint : undefined;
  request.logger.error(message + (hint ? `\nhint: ${hint}` : ''));
  if (!(error instanceof UsageError) && !(error instanceof StageError) && error instanceof Error && error.stack) {
    request.logger.debug(request.secrets.redact(error.stack));
  }
  return {
    outcome: {
      stage: request.stage.name,
      ok: false,
      dryRun: request.dryRun,
      changed: false,
      result: null,
      error: { message, ...(hint ? { hint: request.secrets.redact(hint) } : {}) },
    },
    tables: [],
    exitCode,
  };
}
