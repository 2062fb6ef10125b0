import type { Config } from '../config/types.ts';
import { findConfigFile, loadConfig } from '../config/load.ts';
import type { AnyStage, RawOptions, StageOutcome, StageRun } from './stage.ts';
import { isSecretEnv } from './stage.ts';
import { pickCluster, tokenEnvFor } from '../kube/cluster.ts';
import { text } from './options.ts';
import type { Clock } from '../core/clock.ts';
import { systemClock } from '../core/clock.ts';
import { StageError, UsageError, errorMessage } from '../core/errors.ts';
import type { Logger } from '../core/logger.ts';
import type { ReportTable } from '../core/report.ts';
import type { Secrets } from '../core/secrets.ts';

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
    const code = await stage.load();
    config = loadConfig(
      !request.configPath && stage.defaultConfig ? stage.defaultConfig() : findConfigFile(request.configPath, request.cwd),
    );
    for (const secret of remoteCredentials(config)) secrets.add(secret);
    if (request.clusterToken) env = { ...env, [tokenEnvFor(pickCluster(config, text(request.options, 'cluster')))]: request.clusterToken };
    options = code.parseOptions(request.options, config);
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
  return { outcome: secrets.redactDeep(outcome), tables: secrets.redactDeep(outcomeRun.tables), exitCode: outcomeRun.ok ? 0 : 1 };
}

/** A token inside a remote URL (https://user:token@host/..., https://token@host/...) is a secret like any other. */
function remoteCredentials(config: Config): string[] {
  const remotes = config.components.flatMap((c) => (c.transport.kind === 'git' ? [c.transport.remote] : []));
  if (config.infra?.remote) remotes.push(config.infra.remote);
  return remotes.flatMap((remote) => {
    const userinfo = /^[a-z][a-z0-9+.-]*:\/\/([^/@]+)@/i.exec(remote)?.[1];
    if (!userinfo) return [];
    return [decodeURIComponent(userinfo.includes(':') ? userinfo.slice(userinfo.indexOf(':') + 1) : userinfo)];
  });
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
