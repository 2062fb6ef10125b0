import { createRequire as __sgRequire } from 'node:module'; const require = __sgRequire(import.meta.url);
import {
  findConfigFile,
  loadConfig
} from "./chunk-XGVQ45UO.js";
import {
  systemClock
} from "./chunk-ZFVJRRAQ.js";
import {
  StageError,
  UsageError,
  errorMessage
} from "./chunk-HO53TWSA.js";

// src/stages/stage.ts
var SECRET_ENV = ["GITHUB_TOKEN", "MATRIX_ACCESS_TOKEN", "SLACK_BOT_TOKEN", "QUAY_TOKEN", "SENTRY_AUTH_TOKEN", "VAULT_TOKEN"];
function isSecretEnv(name) {
  return SECRET_ENV.includes(name) || name.startsWith("OPENSHIFT_TOKEN_");
}

// src/stages/run.ts
async function runStage(request) {
  const { stage, secrets, logger } = request;
  for (const [name, value] of Object.entries(request.env)) if (isSecretEnv(name)) secrets.add(value);
  let config;
  let options;
  try {
    config = loadConfig(
      !request.configPath && stage.defaultConfig ? stage.defaultConfig() : findConfigFile(request.configPath, request.cwd)
    );
    for (const secret of remoteCredentials(config)) secrets.add(secret);
    options = stage.parseOptions(request.options, config);
  } catch (error) {
    return failure(request, error, 2);
  }
  let run;
  try {
    run = await stage.run(
      { config, logger, secrets, dryRun: request.dryRun, env: request.env, clock: request.clock ?? systemClock },
      options
    );
  } catch (error) {
    return failure(request, error, error instanceof UsageError ? 2 : 1);
  }
  if (!run.ok && run.error) logger.error(run.error.message + (run.error.hint ? `
hint: ${run.error.hint}` : ""));
  const outcome = {
    stage: stage.name,
    ok: run.ok,
    dryRun: request.dryRun,
    changed: run.changed,
    result: run.result,
    ...run.error ? { error: run.error } : {}
  };
  return { outcome: secrets.redactDeep(outcome), tables: secrets.redactDeep(run.tables), exitCode: run.ok ? 0 : 1 };
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
