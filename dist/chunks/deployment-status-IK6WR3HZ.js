import { createRequire as __sgRequire } from 'node:module'; const require = __sgRequire(import.meta.url);
import {
  runGitHub,
  runRepository
} from "./chunk-XKCMKRIV.js";
import {
  runUrlFromEnv
} from "./chunk-V7NVJ6NN.js";
import {
  text
} from "./chunk-N6UHWS4B.js";
import "./chunk-4PSKXZ4E.js";
import {
  StageError,
  UsageError
} from "./chunk-HO53TWSA.js";
import "./chunk-EP666XB4.js";

// src/github/deployments.ts
async function createDeployment(github, repository, options) {
  const [owner, repo] = repository.split("/");
  const response = await github.request("POST /repos/{owner}/{repo}/deployments", {
    owner,
    repo,
    ref: options.ref,
    environment: options.environment,
    description: options.description.slice(0, 140),
    payload: options.payload,
    auto_merge: false,
    // The commit is the configuration's; its checks are not what this deployment is about.
    required_contexts: [],
    production_environment: true,
    transient_environment: false
  });
  if (response.status !== 201 || !("id" in response.data)) {
    throw new StageError(
      `GitHub did not create the deployment: ${"message" in response.data ? String(response.data.message) : `HTTP ${response.status}`}`
    );
  }
  return Number(response.data.id);
}
async function setDeploymentStatus(github, repository, id, options) {
  const [owner, repo] = repository.split("/");
  await github.request("POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses", {
    owner,
    repo,
    deployment_id: id,
    state: options.state,
    description: options.description.slice(0, 140),
    environment: options.environment,
    ...options.logUrl ? { log_url: options.logUrl } : {},
    // A later success marks earlier successful deployments to this environment inactive.
    auto_inactive: true
  });
}

// src/stages/deployment-status/index.ts
var STATES = ["in_progress", "success", "failure"];
var deploymentStatus = {
  parseOptions: (raw) => {
    const state = text(raw, "state");
    if (!state || !STATES.includes(state))
      throw new UsageError(`--state: expected one of ${STATES.join(", ")}, got "${state ?? ""}"`);
    const id = text(raw, "deployment-id");
    if (id !== void 0 && !/^\d+$/.test(id)) throw new UsageError(`--deployment-id: "${id}" is not a number`);
    if (state !== "in_progress" && id === void 0)
      throw new UsageError(`--deployment-id: needed for --state ${state}`, "pass the deploymentId output of the in_progress step");
    return {
      state,
      deploymentId: id === void 0 ? void 0 : Number(id),
      environment: text(raw, "environment") ?? "production",
      ref: text(raw, "ref"),
      description: text(raw, "description")
    };
  },
  run: async (ctx, options) => {
    const repository = runRepository(ctx);
    const logUrl = runUrlFromEnv(ctx.env);
    const description = options.description ?? `${ctx.config.deployment}: ${options.state.replace("_", " ")}`;
    const ref = options.deploymentId === void 0 ? options.ref ?? ctx.env.GITHUB_SHA : void 0;
    if (options.deploymentId === void 0 && !ref) throw new UsageError("--ref: no commit to record (GITHUB_SHA is not set)");
    if (ctx.dryRun) {
      ctx.logger.info(
        `dry run: would record ${options.state} for ${options.deploymentId ? `deployment ${options.deploymentId}` : `a new deployment of ${ref}`} in ${options.environment}`
      );
      return { ok: true, changed: false, result: { deploymentId: options.deploymentId ?? 0, state: options.state }, tables: [] };
    }
    const github = await runGitHub(ctx, "deployments: write");
    const id = options.deploymentId ?? await createDeployment(github, repository, {
      ref,
      environment: options.environment,
      description,
      payload: { tool: "service-guru", deployment: ctx.config.deployment }
    });
    await setDeploymentStatus(github, repository, id, {
      state: options.state,
      description,
      environment: options.environment,
      ...logUrl ? { logUrl } : {}
    });
    ctx.logger.info(`deployment ${id} in ${options.environment}: ${options.state}`);
    return { ok: true, changed: true, result: { deploymentId: id, state: options.state }, tables: [] };
  }
};
export {
  deploymentStatus
};
