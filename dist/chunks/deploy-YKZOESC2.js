import { createRequire as __sgRequire } from 'node:module'; const require = __sgRequire(import.meta.url);
import {
  activeFreeze,
  describeFreeze
} from "./chunk-5TUOE3IS.js";
import {
  checkTimezone
} from "./chunk-OGGJK24P.js";
import {
  pickCluster,
  tokenEnvFor
} from "./chunk-LW2GL5TU.js";
import {
  duration,
  flag,
  interval,
  list,
  text
} from "./chunk-N6UHWS4B.js";
import {
  formatDuration
} from "./chunk-4PSKXZ4E.js";
import {
  tableToText
} from "./chunk-ZJLXUESR.js";
import {
  findStage
} from "./chunk-M52SMW6V.js";
import {
  didYouMean
} from "./chunk-6QRULY5K.js";
import {
  StageError,
  UsageError,
  errorMessage
} from "./chunk-HO53TWSA.js";
import "./chunk-XRVGOMFE.js";

// src/stages/deploy/index.ts
import path2 from "node:path";

// src/stages/deploy/confirm.ts
import { createInterface } from "node:readline/promises";

// src/stages/deploy/steps.ts
var STEP_IDS = [
  "preflight",
  "topic-notify",
  "move-stable",
  "wait-images",
  "infra-sync",
  "import-images",
  "health-gate",
  "topic-revert"
];
var ok = (input, id) => {
  const record = input.records.get(id);
  return record?.status === "ok" ? record : void 0;
};
function moved(input) {
  const record = ok(input, "move-stable");
  return record ? JSON.stringify(record.result) : void 0;
}
function digests(input) {
  const result = ok(input, "wait-images")?.result;
  return result?.digests ? JSON.stringify(result.digests) : void 0;
}
function nothingMoved(input) {
  const result = ok(input, "move-stable")?.result;
  return result?.moved && result.moved.length === 0 ? "nothing moved (to roll out what stable has, --skip move-stable)" : void 0;
}
var hasChat = (c) => Boolean(c.chat.matrix?.rooms.length || c.chat.slack?.channels.length);
var hasClusters = (c) => Object.keys(c.clusters).length > 0;
var STEPS = [
  {
    id: "preflight",
    stage: "health-gate",
    changes: false,
    blocking: true,
    skipReason: (i) => i.options.stagingCluster ? void 0 : "no staging cluster (clusters: with staging: true, or --staging-cluster)",
    args: (i) => ({ cluster: i.options.stagingCluster, preflight: true })
  },
  {
    id: "topic-notify",
    stage: "topic-notify",
    changes: true,
    blocking: false,
    skipReason: (i) => hasChat(i.config) ? void 0 : "no chat rooms under chat:",
    args: (i) => ({ "run-url": i.options.runUrl })
  },
  {
    id: "move-stable",
    stage: "move-stable",
    changes: true,
    blocking: true,
    skipReason: () => void 0,
    args: (i) => ({
      only: i.options.only,
      to: i.options.to,
      "allow-unverified": i.options.allowUnverified,
      "no-force": i.options.noForce,
      "copr-interval": i.options.coprInterval
    })
  },
  {
    id: "wait-images",
    stage: "wait-images",
    changes: false,
    blocking: true,
    skipReason: (i) => i.config.components.some((c) => c.images.length) ? void 0 : "no component has images",
    args: (i) => ({ moved: moved(i), timeout: i.options.imagesTimeout, interval: i.options.imagesInterval })
  },
  {
    id: "infra-sync",
    stage: "infra-sync",
    changes: true,
    blocking: true,
    skipReason: (i) => i.config.infra ? void 0 : "no infra: in the configuration",
    // The applied state is recorded on the cluster the images go to.
    args: (i) => ({ cluster: i.options.cluster })
  },
  {
    id: "import-images",
    stage: "import-images",
    changes: true,
    blocking: true,
    skipReason: (i) => hasClusters(i.config) ? nothingMoved(i) : "no clusters: in the configuration",
    args: (i) => ({ cluster: i.options.cluster, moved: moved(i), digests: digests(i), only: i.options.only })
  },
  {
    id: "health-gate",
    stage: "health-gate",
    changes: false,
    blocking: true,
    skipReason: (i) => hasClusters(i.config) || i.config.health.sentry || i.config.health.endpoints?.length ? nothingMoved(i) : "nothing to check: no clusters or health:",
    // A dry run checks once: there is no new rollout to watch.
    args: (i) => ({ cluster: i.options.cluster, observe: i.dryRun ? void 0 : i.options.observe, moved: moved(i), digests: digests(i) })
  },
  {
    id: "topic-revert",
    stage: "topic-revert",
    changes: true,
    blocking: false,
    skipReason: (i) => i.records.get("topic-notify")?.status === "ok" || i.records.get("topic-notify")?.status === "failed" ? void 0 : "no notice was set",
    args: (i) => ({ status: i.failed ? "failed" : "success", "run-url": i.options.runUrl })
  }
];
var ROLLBACK = {
  id: "rollback",
  stage: "rollback",
  changes: true,
  blocking: false,
  skipReason: (i) => {
    const imported = i.records.get("import-images");
    return imported && (imported.status === "ok" || imported.status === "failed") ? void 0 : "nothing was imported";
  },
  // The same scope as the import: the components that moved (all, when stable was not moved by this run).
  args: (i) => ({ cluster: i.options.cluster, moved: moved(i), only: i.options.only })
};

// src/stages/deploy/pipeline.ts
async function runStep(ctx, spec, input) {
  const started = ctx.clock.now();
  const base = blank(spec, started);
  const skip = spec.skipReason(input);
  if (skip) {
    ctx.logger.info(`${label(spec)}: skipped (${skip})`);
    return { ...base, status: "skipped", reason: skip };
  }
  const entry = findStage(spec.stage);
  if (!entry) {
    ctx.logger.warning(`${spec.stage}: not available in this build, skipped`);
    return { ...base, status: "unavailable", reason: "not available in this build" };
  }
  return ctx.logger.group(label(spec), async () => {
    const stage = await entry.load();
    const offered = spec.args(input);
    const raw = {};
    for (const option of stage.options) if (offered[option.name] !== void 0) raw[option.name] = offered[option.name];
    const unused = Object.keys(offered).filter((name) => offered[name] !== void 0 && !(name in raw));
    if (unused.length) ctx.logger.debug(`${spec.stage} takes no ${unused.map((n) => `--${n}`).join(", ")}; not passed`);
    try {
      const run = await stage.run(ctx, stage.parseOptions(raw, ctx.config));
      const record = {
        ...base,
        status: run.ok ? "ok" : "failed",
        changed: run.changed,
        result: run.result,
        durationMs: ctx.clock.now() - started,
        tables: run.tables,
        ...run.error ? { error: run.error } : {}
      };
      if (run.error) ctx.logger.error(`${spec.stage}: ${run.error.message}${run.error.hint ? `
hint: ${run.error.hint}` : ""}`);
      return record;
    } catch (error) {
      const hint = error instanceof UsageError || error instanceof StageError ? error.hint : void 0;
      ctx.logger.error(`${spec.stage}: ${errorMessage(error)}${hint ? `
hint: ${hint}` : ""}`);
      if (error instanceof UsageError && !input.anyChange) throw error;
      return {
        ...base,
        status: "failed",
        durationMs: ctx.clock.now() - started,
        error: { message: errorMessage(error), ...hint ? { hint } : {} }
      };
    }
  });
}
function blank(spec, startedAt) {
  return { id: spec.id, stage: spec.stage, changed: false, result: null, startedAt, durationMs: 0, tables: [] };
}
function label(spec) {
  return spec.id === spec.stage ? spec.id : `${spec.id} (${spec.stage})`;
}
async function runPipeline(ctx, input, resumed, skip, hooks) {
  const records = new Map(resumed.map((r) => [r.id, r]));
  const stepInput = {
    ...input,
    records,
    failed: resumed.some((r) => r.status === "failed"),
    anyChange: resumed.some((r) => r.changed)
  };
  const ordered = () => [...STEPS.slice(0, -1), ROLLBACK, STEPS.at(-1)].map((s) => records.get(s.id)).filter((r) => r !== void 0);
  let confirmed = ctx.dryRun;
  let stopped = false;
  const record = (r) => {
    records.set(r.id, r);
    if (r.changed) stepInput.anyChange = true;
    if (r.status === "failed") stepInput.failed = true;
    hooks.saved(ordered());
  };
  for (const spec of STEPS) {
    if (records.has(spec.id)) continue;
    if (spec.id === "topic-revert" && stopped) await rollbackAfterFailure(ctx, stepInput, record);
    if (stopped && spec.id !== "topic-revert") {
      record({ ...blank(spec, ctx.clock.now()), status: "not-run", reason: "an earlier step failed" });
      continue;
    }
    if (skip.has(spec.id)) {
      ctx.logger.info(`${label(spec)}: skipped (--skip)`);
      record({ ...blank(spec, ctx.clock.now()), status: "skipped", reason: "left out with --skip" });
      continue;
    }
    if (spec.changes && !confirmed && !spec.skipReason(stepInput)) {
      const rest = STEPS.slice(STEPS.indexOf(spec)).filter((s) => !skip.has(s.id) && !s.skipReason(stepInput));
      if (!await hooks.confirm(rest)) throw new UsageError("not confirmed: nothing was changed", "run again and answer y, or pass --yes");
      confirmed = true;
    }
    const result = await runStep(ctx, spec, stepInput);
    record(result);
    if (result.status === "failed" && spec.blocking) stopped = true;
  }
  return ordered();
}
async function rollbackAfterFailure(ctx, input, record) {
  if (ctx.dryRun) return;
  const result = await runStep(ctx, ROLLBACK, input);
  record(result);
}

// src/stages/deploy/confirm.ts
var processTerminal = { input: process.stdin, output: process.stderr };
function interactive(env, terminal = processTerminal) {
  return Boolean(terminal.input.isTTY && terminal.output.isTTY) && env.GITHUB_ACTIONS !== "true" && env.CI !== "true";
}
async function confirmDeploy(ctx, options, steps, terminal = processTerminal) {
  if (options.yes || !interactive(ctx.env, terminal)) return true;
  const lines = [];
  if (steps.some((s) => s.id === "move-stable")) {
    const input = { config: ctx.config, options, dryRun: true, records: /* @__PURE__ */ new Map(), failed: false, anyChange: false };
    const plan = await runStep(
      { ...ctx, dryRun: true },
      STEPS.find((s) => s.id === "move-stable"),
      input
    );
    lines.push(...plan.tables.map(tableToText));
    const components = plan.result?.components ?? [];
    const moves = components.filter((c) => c.status === "would-move" && c.current);
    if (plan.status !== "ok") lines.push(`move-stable would refuse: ${plan.error?.message ?? "see above"}`);
    else if (!moves.length) lines.push("nothing would move");
    else {
      options.to = moves.map((c) => `${c.name}=${c.current}`);
      options.only = moves.map((c) => c.name);
    }
  }
  const rl = createInterface({ input: terminal.input, output: terminal.output });
  try {
    const answer = await rl.question(
      `${lines.map((l) => `
${l}`).join("")}
About to deploy ${ctx.config.deployment}: ${steps.map((s) => s.id).join(" \u2192 ")}.
Continue? [y/N] `
    );
    return /^y(es)?$/i.test(answer.trim());
  } finally {
    rl.close();
  }
}

// src/stages/deploy/options.ts
var list2 = (raw, name) => list(raw, name).flatMap((v) => v.split(",")).map((v) => v.trim()).filter(Boolean);
var DEFAULT_STATE_FILE = ".service-guru/deploy-state.json";
var deployOptionSpecs = [
  {
    name: "from",
    type: "string",
    description: `Resume at this step with what the earlier steps found (state file): ${STEP_IDS.join(", ")}`
  },
  { name: "skip", type: "list", description: "Leave out these steps, e.g. move-stable to redeploy what stable already has" },
  { name: "state", type: "string", description: "State file of the run, written after every step", default: DEFAULT_STATE_FILE },
  { name: "yes", type: "boolean", description: "Do not ask for confirmation on a terminal" },
  { name: "ignore-freeze", type: "boolean", description: "Deploy even inside a freeze window of the configuration" },
  { name: "plan", type: "boolean", description: 'Only check the freeze windows and report what would move (component=sha pairs in "to")' },
  { name: "only", type: "list", description: "Move and roll out only these components" },
  { name: "to", type: "list", description: "component=sha: promote this commit instead of the head of the source branch" },
  { name: "allow-unverified", type: "boolean", description: "Promote even when checks of the commit fail or are pending" },
  { name: "no-force", type: "boolean", description: "Never replace a diverged target branch" },
  { name: "cluster", type: "string", description: "Production cluster of import, verify and rollback (default: the stages' default)" },
  {
    name: "staging-cluster",
    type: "string",
    description: 'Cluster of the pre-flight health gate (default: the one with staging: true; "none" skips it)'
  },
  { name: "observe", type: "string", description: "How long the health gate watches production after the import", default: "10m" },
  { name: "images-timeout", type: "string", description: "Longest wait for the images", default: "90m" },
  { name: "images-interval", type: "string", description: "First pause between image polls (default: wait-images' own)" },
  { name: "copr-interval", type: "string", description: "First pause between Copr polls (default: move-stable's own)" },
  { name: "run-url", type: "string", description: "URL of this run, for the notices (default: the GitHub Actions run)" }
];
function step(value, option) {
  if (STEP_IDS.includes(value)) return value;
  throw new UsageError(`--${option}: unknown step "${value}"${didYouMean(value, new Set(STEP_IDS))}`, `use one of: ${STEP_IDS.join(", ")}`);
}
function parseDeployOptions(raw, config) {
  checkTimezone(config.timezone);
  const names = new Set(config.components.map((c) => c.name));
  const only = list2(raw, "only");
  for (const name of only)
    if (!names.has(name))
      throw new UsageError(`--only: unknown component "${name}"${didYouMean(name, names)}`, `use one of: ${[...names].join(", ")}`);
  const to = list2(raw, "to");
  for (const pair of to) {
    const match = /^([^=]+)=([0-9a-fA-F]{4,40})$/.exec(pair);
    if (!match) throw new UsageError(`--to: "${pair}" is not component=sha`, "write e.g. --to packit=3b0fc3b");
    if (!names.has(match[1].trim())) throw new UsageError(`--to: unknown component "${match[1]}"${didYouMean(match[1], names)}`);
  }
  const clusters = Object.keys(config.clusters);
  const known = (name, option) => {
    if (name !== void 0 && !config.clusters[name])
      throw new UsageError(
        `--${option}: no cluster "${name}" under clusters:`,
        clusters.length ? `use one of: ${clusters.join(", ")}` : "add it under clusters: in the configuration"
      );
    return name;
  };
  const stagingText = text(raw, "staging-cluster");
  const stagingCluster = stagingText === "none" ? void 0 : known(stagingText ?? clusters.find((c) => config.clusters[c].staging), "staging-cluster");
  duration(raw, "observe", "10m");
  duration(raw, "images-timeout", "90m");
  if (text(raw, "images-interval")) interval(raw, "images-interval", "15s");
  if (text(raw, "copr-interval")) interval(raw, "copr-interval", "30s");
  const from = text(raw, "from");
  return {
    from: from ? step(from, "from") : void 0,
    skip: list2(raw, "skip").map((s) => step(s, "skip")),
    stateFile: text(raw, "state") ?? DEFAULT_STATE_FILE,
    yes: flag(raw, "yes"),
    ignoreFreeze: flag(raw, "ignore-freeze"),
    plan: flag(raw, "plan"),
    only,
    to,
    allowUnverified: flag(raw, "allow-unverified"),
    noForce: flag(raw, "no-force"),
    cluster: known(text(raw, "cluster"), "cluster"),
    stagingCluster,
    observe: text(raw, "observe") ?? "10m",
    imagesTimeout: text(raw, "images-timeout") ?? "90m",
    imagesInterval: text(raw, "images-interval"),
    coprInterval: text(raw, "copr-interval"),
    runUrl: text(raw, "run-url")
  };
}

// src/stages/deploy/state.ts
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
function readState(file) {
  let text2;
  try {
    text2 = readFileSync(file, "utf8");
  } catch (error) {
    if (error.code === "ENOENT") return void 0;
    throw new UsageError(`--state: cannot read ${file}: ${errorMessage(error)}`);
  }
  let state;
  try {
    state = JSON.parse(text2);
  } catch {
    throw new UsageError(`--state: ${file} is not JSON`, "give the file an earlier deploy wrote, or remove it to start afresh");
  }
  if (state?.version !== 1 || !Array.isArray(state.records)) {
    throw new UsageError(
      `--state: ${file} is not a deploy state file (version 1)`,
      "give the file an earlier deploy wrote, or remove it to start afresh"
    );
  }
  return state;
}
function writeState(file, state) {
  mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, JSON.stringify(state, null, 2) + "\n", { mode: 384 });
  renameSync(temporary, file);
}

// src/stages/deploy/secrets.ts
var ran = (r) => r?.status === "ok" || r?.status === "failed";
function secretNeeds(input, skip) {
  const { config, options, dryRun, records } = input;
  const from = options.from ? STEPS.findIndex((s) => s.id === options.from) : 0;
  const planned = new Set(
    STEPS.slice(from).filter((s) => !skip.has(s.id) && (s.id === "topic-revert" || !s.skipReason(input))).map((s) => s.id)
  );
  if (!planned.has("topic-notify") && !ran(records.get("topic-notify"))) planned.delete("topic-revert");
  if (!dryRun && (planned.has("import-images") || ran(records.get("import-images")) && planned.has("health-gate")))
    planned.add("rollback");
  const needs = [];
  const need = (step2, env, why) => {
    if (planned.has(step2)) needs.push({ env, step: step2, why });
  };
  if (options.stagingCluster) need("preflight", tokenEnvFor(options.stagingCluster), `pods of staging cluster ${options.stagingCluster}`);
  for (const step2 of ["topic-notify", "topic-revert"]) {
    if (config.chat.matrix?.rooms.length) need(step2, "MATRIX_ACCESS_TOKEN", "chat.matrix.rooms");
    if (config.chat.slack?.channels.length) need(step2, "SLACK_BOT_TOKEN", "chat.slack.channels");
  }
  const selected = config.components.filter((c) => !options.only.length || options.only.includes(c.name));
  const viaApi = selected.filter((c) => c.transport.kind === "github").map((c) => c.name);
  if (viaApi.length && !dryRun) need("move-stable", "GITHUB_TOKEN", `components moved through the GitHub API: ${viaApi.join(", ")}`);
  const movedKnown = planned.has("move-stable") || records.get("move-stable")?.status === "ok";
  const waitApi = selected.filter((c) => c.images.length && (c.build || !movedKnown && c.transport.kind === "github")).map((c) => c.name);
  if (waitApi.length) need("wait-images", "GITHUB_TOKEN", `build runs and stable heads of ${waitApi.join(", ")}`);
  if (config.infra?.vault) need("infra-sync", "VAULT_TOKEN", "infra.vault");
  if (config.health.sentry) need("health-gate", "SENTRY_AUTH_TOKEN", "health.sentry");
  if (Object.keys(config.clusters).length) {
    const prod = pickCluster(config, options.cluster);
    for (const step2 of ["infra-sync", "import-images", "health-gate", ROLLBACK.id])
      need(step2, tokenEnvFor(prod), `cluster ${prod}`);
  }
  return needs;
}
function checkSecrets(input, skip, env) {
  const missing = /* @__PURE__ */ new Map();
  for (const n of secretNeeds(input, skip)) {
    if (env[n.env]?.trim()) continue;
    missing.set(n.env, [...missing.get(n.env) ?? [], `${n.step} (${n.why})`]);
  }
  if (!missing.size) return;
  const lines = [...missing].map(([name, steps]) => `${name}, for ${steps.join(", ")}`);
  throw new UsageError(
    `${missing.size} secret(s) not set, nothing was changed:
  ${lines.join("\n  ")}`,
    `set ${[...missing.keys()].join(", ")} (action inputs of the same name in kebab-case), or leave the steps out with --skip (--staging-cluster none for the pre-flight)`
  );
}

// src/stages/deploy/summary.ts
var ICON = {
  ok: "\u2705 ok",
  failed: "\u274C failed",
  skipped: "\u23ED skipped",
  unavailable: "\u26AA not available",
  "not-run": "\u26D4 not run"
};
function summaryTables(deployment, records, notes) {
  const overview = {
    title: `Deployment of ${deployment}`,
    headers: ["Step", "Stage", "Status", "Changed", "Duration", "Note"],
    rows: records.map((r) => [
      r.id,
      r.stage,
      ICON[r.status] + (r.resumed ? " (earlier run)" : ""),
      r.changed ? "yes" : "no",
      r.status === "ok" || r.status === "failed" ? formatDuration(r.durationMs) : "",
      r.error?.message ?? r.reason ?? ""
    ]),
    ...notes.length ? { notes } : {}
  };
  const stageTables = records.flatMap((r) => r.tables.map((t) => ({ ...t, title: `${r.id}: ${t.title}` })));
  return [overview, ...stageTables, timeline(records)];
}
function timeline(records) {
  const ran2 = records.filter((r) => (r.status === "ok" || r.status === "failed") && !r.resumed);
  const start = Math.min(...ran2.map((r) => r.startedAt));
  const total = Math.max(1, ...ran2.map((r) => r.startedAt + r.durationMs - start));
  const width = 24;
  return {
    title: "Timeline",
    headers: ["Step", "Started", "Took", ""],
    rows: ran2.map((r) => {
      const offset = Math.round((r.startedAt - start) / total * width);
      const length = Math.max(1, Math.round(r.durationMs / total * width));
      return [
        r.id,
        `+${formatDuration(r.startedAt - start)}`,
        formatDuration(r.durationMs),
        "\u2591".repeat(offset) + "\u2588".repeat(Math.min(length, width - offset + 1))
      ];
    }),
    notes: ran2.length ? [`total ${formatDuration(total)}`] : ["no step ran in this run"]
  };
}

// src/stages/deploy/index.ts
var deploy = {
  name: "deploy",
  description: "The whole deployment: pre-flight, notice, move stable, images, infra, import, verify, restore topics (rollback on failure)",
  options: deployOptionSpecs,
  outputs: {
    steps: "JSON list: per step id, stage, status (ok, failed, skipped, unavailable, not-run), changed, durationMs, reason, error",
    moved: "JSON list of the components whose stable moved",
    to: "component=sha pairs (comma-separated) of what moved or would move: pass to move-stable as to",
    only: "The components of to, comma-separated: pass to move-stable as only",
    digests: "JSON object: image \u2192 digest of the new images",
    freeze: "The freeze window in force (JSON), or null",
    stateFile: "Path of the state file (resume with --from)",
    results: "JSON object: step id \u2192 that stage's full result"
  },
  parseOptions: parseDeployOptions,
  run: runDeploy
};
async function runDeploy(ctx, options) {
  const { config, logger, clock } = ctx;
  const freeze = activeFreeze(config, clock.now()) ?? null;
  const notes = [];
  if (freeze) {
    const text2 = describeFreeze(freeze, config.timezone);
    if (!options.ignoreFreeze) {
      return finish(ctx, [], null, freeze, [`\u{1F9CA} ${text2}`], {
        message: `refused: ${text2}`,
        hint: "wait for the window to end, or pass --ignore-freeze (action input ignore-freeze) for an emergency"
      });
    }
    logger.warning(`${text2}; deploying anyway because of --ignore-freeze`);
    notes.push(`\u{1F9CA} ${text2} \u2014 deployed anyway (--ignore-freeze)`);
  }
  const input = { config, options, dryRun: ctx.dryRun };
  if (options.plan) {
    const planCtx = { ...ctx, dryRun: true };
    const record = await runStep(
      planCtx,
      STEPS.find((s) => s.id === "move-stable"),
      { ...input, dryRun: true, records: /* @__PURE__ */ new Map(), failed: false, anyChange: false }
    );
    return finish(planCtx, [record], null, null, notes, record.error);
  }
  const stateFile = path2.resolve(options.stateFile);
  const earlier = options.from || !ctx.dryRun ? readState(stateFile) : void 0;
  const resumed = options.from ? resumeFrom(earlier, options.from, config.deployment, stateFile) : [];
  if (!options.from && !ctx.dryRun) {
    if (earlier && !earlier.finished) {
      const failedAt = earlier.records.find((r) => r.status === "failed")?.id;
      logger.warning(
        `${stateFile} holds an unfinished run${failedAt ? ` that failed at ${failedAt}` : ""}; starting afresh (resume it with --from ${failedAt ?? "<step>"})`
      );
    }
  }
  const state = {
    version: 1,
    deployment: config.deployment,
    config: config.file,
    startedAt: new Date(clock.now()).toISOString(),
    updatedAt: new Date(clock.now()).toISOString(),
    finished: false,
    ok: false,
    records: resumed
  };
  const save = (records2, finished = false) => {
    if (ctx.dryRun) return;
    Object.assign(state, {
      records: ctx.secrets.redactDeep(records2),
      updatedAt: new Date(clock.now()).toISOString(),
      finished,
      ok: finished && records2.every((r) => r.status !== "failed")
    });
    writeState(stateFile, state);
  };
  if (resumed.length)
    logger.info(
      `resuming at ${options.from} with what the run of ${earlier.startedAt} found: ${resumed.map((r) => `${r.id} ${r.status}`).join(", ")}`
    );
  const skip = new Set(options.skip);
  checkSecrets({ ...input, records: new Map(resumed.map((r) => [r.id, r])), failed: false, anyChange: false }, skip, ctx.env);
  const records = await runPipeline(ctx, input, resumed, skip, {
    confirm: async (steps) => {
      const yes = await confirmDeploy(ctx, options, steps);
      const late = yes && !options.ignoreFreeze ? activeFreeze(config, clock.now()) : void 0;
      if (late)
        throw new StageError(
          `refused before the first change: ${describeFreeze(late, config.timezone)}`,
          "nothing was changed; wait for the window to end, or pass --ignore-freeze for an emergency"
        );
      return yes;
    },
    saved: (r) => save(r)
  });
  save(records, true);
  const failed = records.filter((r) => r.status === "failed");
  const error = failed.length ? {
    // Each step's error was printed under the step, with its hint: named here, not repeated.
    message: `failed at ${failed.map((r) => r.id).join(", ")} (the error${failed.length > 1 ? "s are" : " is"} shown under the step)`,
    hint: resumeHint(records, stateFile, options)
  } : void 0;
  return finish(ctx, records, ctx.dryRun ? null : stateFile, freeze, notes, error);
}
function resumeFrom(state, from, deployment, file) {
  if (!state)
    throw new UsageError(`--from ${from}: no state file at ${file}`, "give the state file of the run to resume with --state FILE");
  if (state.deployment !== deployment)
    throw new UsageError(`--from ${from}: ${file} is the state of deployment "${state.deployment}", not "${deployment}"`);
  const before = STEPS.slice(
    0,
    STEPS.findIndex((s) => s.id === from)
  );
  return before.map((spec) => {
    const saved = state.records.find((r) => r.id === spec.id);
    if (!saved) throw new UsageError(`--from ${from}: the saved run never reached ${spec.id}`, `resume from ${spec.id} or earlier`);
    if (saved.status === "failed" || saved.status === "not-run") {
      throw new UsageError(
        `--from ${from}: ${spec.id} ${saved.status === "failed" ? "failed" : "did not run"} in the saved run`,
        `resume with --from ${spec.id}`
      );
    }
    return { ...saved, resumed: true };
  });
}
function resumeHint(records, stateFile, options) {
  const first = records.find((r) => r.status === "failed" && r.id !== "topic-notify" && r.id !== "rollback" && r.id !== "topic-revert");
  const state = options.stateFile === ".service-guru/deploy-state.json" ? "" : ` --state ${stateFile}`;
  return first ? `fix the cause, then resume with: service-guru deploy --from ${first.id}${state}` : "see the steps above";
}
function finish(ctx, records, stateFile, freeze, notes, error) {
  const results = Object.fromEntries(records.map((r) => [r.id, r.result]));
  const move = results["move-stable"];
  const moves = (move?.components ?? []).filter((c) => (c.status === "moved" || c.status === "would-move") && c.current);
  const images = results["wait-images"];
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
        ...r.reason ? { reason: r.reason } : {},
        ...r.error ? { error: r.error } : {},
        ...r.resumed ? { resumed: true } : {}
      })),
      moved: moves.map((c) => c.name),
      to: moves.map((c) => `${c.name}=${c.current}`).join(","),
      only: moves.map((c) => c.name).join(","),
      digests: images?.digests ?? {},
      freeze,
      stateFile,
      results
    },
    tables: summaryTables(ctx.config.deployment, records, notes),
    ...error ? { error } : {}
  };
}
export {
  deploy
};
