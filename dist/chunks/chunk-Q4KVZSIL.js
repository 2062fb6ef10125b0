import { createRequire as __sgRequire } from 'node:module'; const require = __sgRequire(import.meta.url);
import {
  activeFreeze,
  describeFreeze
} from "./chunk-EJLJXTIG.js";
import {
  findConfigFile,
  loadConfig
} from "./chunk-K3ZXM34F.js";
import {
  isSecretEnv
} from "./chunk-MN3KIH56.js";
import {
  urlCredentials
} from "./chunk-ZVXFKJMM.js";
import {
  flag,
  text
} from "./chunk-N6UHWS4B.js";
import {
  pickCluster,
  tokenEnvFor
} from "./chunk-OXNICSTU.js";
import {
  systemClock
} from "./chunk-ZFVJRRAQ.js";
import {
  parseDuration
} from "./chunk-4PSKXZ4E.js";
import {
  StageError,
  UsageError,
  errorMessage
} from "./chunk-HO53TWSA.js";

// src/stages/run.ts
async function runStage(request) {
  const { stage, secrets, logger } = request;
  for (const [name, value] of Object.entries(request.env)) if (isSecretEnv(name)) secrets.add(value);
  secrets.add(request.clusterToken);
  let config;
  let options;
  let run;
  let env = request.env;
  try {
    config = loadConfig(
      !request.configPath && stage.defaultConfig ? stage.defaultConfig() : findConfigFile(request.configPath, request.cwd)
    );
    for (const secret of remoteCredentials(config)) secrets.add(secret);
    if (request.clusterToken) {
      const named = stage.clusterToken;
      const cluster = typeof named === "function" ? named(config, request.options) : pickCluster(config, text(request.options, "cluster"));
      if (cluster) env = { ...env, [tokenEnvFor(cluster)]: request.clusterToken };
    }
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
  let outcomeRun;
  try {
    outcomeRun = await run();
  } catch (error) {
    return failure(request, error, error instanceof UsageError ? 2 : 1);
  }
  if (!outcomeRun.ok && outcomeRun.error)
    logger.error(outcomeRun.error.message + (outcomeRun.error.hint ? `
hint: ${outcomeRun.error.hint}` : ""));
  const outcome = {
    stage: stage.name,
    ok: outcomeRun.ok,
    dryRun: request.dryRun,
    changed: outcomeRun.changed,
    result: outcomeRun.result,
    ...outcomeRun.error ? { error: outcomeRun.error } : {}
  };
  return {
    outcome: secrets.redactDeep(outcome),
    tables: secrets.redactDeep(outcomeRun.tables),
    exitCode: outcomeRun.ok ? 0 : 1,
    ...outcomeRun.verdict ? { verdict: outcomeRun.verdict } : {}
  };
}
function refuseInFreeze(config, options, now, logger) {
  const window = activeFreeze(config, now);
  if (!window) return;
  const text2 = describeFreeze(window, config.timezone);
  if (!flag(options, "ignore-freeze"))
    throw new UsageError(`refused: ${text2}`, "nothing was changed; wait for the window to end, or pass --ignore-freeze for an emergency");
  logger.warning(`${text2}; going ahead because of --ignore-freeze`);
}
function refuseStaleApproval(config, options, now) {
  const given = text(options, "approved-at");
  if (given === void 0) return;
  const at = Date.parse(given);
  if (Number.isNaN(at)) throw new UsageError(`--approved-at: "${given}" is not a time`, "pass the sign-off job's approvedAt output");
  const maxAge = parseDuration(config.signOff.maxAge, "signOff.maxAge");
  if (now - at > maxAge)
    throw new UsageError(
      `refused: the sign-off of ${given} is older than signOff.maxAge (${config.signOff.maxAge}); nothing was changed`,
      "start a new run so that a reviewer approves what deploys now (re-running failed jobs keeps the old approval)"
    );
}
function remoteCredentials(config) {
  const remotes = config.components.flatMap((c) => c.transport.kind === "git" ? [c.transport.remote] : []);
  if (config.infra?.remote) remotes.push(config.infra.remote);
  return remotes.flatMap((remote) => urlCredentials(remote)?.secret ?? []);
}
function failure(request, error, exitCode) {
  const message = request.secrets.redact(errorMessage(error));
  const hint = error instanceof UsageError || error instanceof StageError ? error.hint : void 0;
  request.logger.error(message + (hint ? `
hint: ${hint}` : ""));
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
      error: { message, ...hint ? { hint: request.secrets.redact(hint) } : {} }
    },
    tables: [],
    exitCode
  };
}

export {
  runStage
};
