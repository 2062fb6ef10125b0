import type { Config } from '../config/types.ts';
import { findConfigFile, loadConfig } from '../config/load.ts';
import type { AnyStage, RawOptions, StageOutcome, StageRun } from './stage.ts';
import { isSecretEnv } from './stage.ts';
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
  let config: Config;
  let options: unknown;
  try {
    config = loadConfig(
      !request.configPath && stage.defaultConfig ? stage.defaultConfig() : findConfigFile(request.configPath, request.cwd),
    );
    for (const secret of remoteCredentials(config)) secrets.add(secret);
    options = stage.parseOptions(request.options, config);
  } catch (error) {
    return failure(request, error, 2);
  }
  let run: StageRun<unknown>;
  try {
    run = await stage.run(
      { config, logger, secrets, dryRun: request.dryRun, env: request.env, clock: request.clock ?? systemClock },
      options,
    );
  } catch (error) {
    return failure(request, error, error instanceof UsageError ? 2 : 1);
  }
  if (!run.ok && run.error) logger.error(run.error.message + (run.error.hint ? `\nhint: ${run.error.hint}` : ''));
  const outcome: StageOutcome = {
    stage: stage.name,
    ok: run.ok,
    dryRun: request.dryRun,
    changed: run.changed,
    result: run.result,
    ...(run.error ? { error: run.error } : {}),
  };
  return { outcome: secrets.redactDeep(outcome), tables: secrets.redactDeep(run.tables), exitCode: run.ok ? 0 : 1 };
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
