import { createRequire as __sgRequire } from 'node:module'; const require = __sgRequire(import.meta.url);
import {
  findConfigFile,
  loadConfig
} from "./chunk-UNHRS3PL.js";
import {
  systemClock
} from "./chunk-ZFVJRRAQ.js";
import {
  isSecretEnv
} from "./chunk-SI3Y33DV.js";
import {
  pickCluster,
  tokenEnvFor
} from "./chunk-LW2GL5TU.js";
import {
  text
} from "./chunk-N6UHWS4B.js";
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
    const code = await stage.load();
    config = loadConfig(
      !request.configPath && stage.defaultConfig ? stage.defaultConfig() : findConfigFile(request.configPath, request.cwd)
    );
    for (const secret of remoteCredentials(config)) secrets.add(secret);
    if (request.clusterToken) env = { ...env, [tokenEnvFor(pickCluster(config, text(request.options, "cluster")))]: request.clusterToken };
    options = code.parseOptions(request.options, config);
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
  return { outcome: secrets.redactDeep(outcome), tables: secrets.redactDeep(outcomeRun.tables), exitCode: outcomeRun.ok ? 0 : 1 };
}
function remoteCredentials(config) {
  const remotes = config.components.flatMap((c) => c.transport.kind === "git" ? [c.transport.remote] : []);
  if (config.infra?.remote) remotes.push(config.infra.remote);
  return remotes.flatMap((remote) => {
    const userinfo = /^[a-z][a-z0-9+.-]*:\/\/([^/@]+)@/i.exec(remote)?.[1];
    if (!userinfo) return [];
    return [decodeURIComponent(userinfo.includes(":") ? userinfo.slice(userinfo.indexOf(":") + 1) : userinfo)];
  });
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
