import { createRequire as __sgRequire } from 'node:module'; const require = __sgRequire(import.meta.url);
import {
  summaryMarkdown,
  summaryTables
} from "./chunk-ZZ2HREHL.js";
import {
  writeRunSummary
} from "./chunk-UUGXWYT6.js";
import {
  DEFAULT_STATE_FILE,
  STEPS,
  STEP_IDS,
  failsDeployment,
  moveStable,
  needsRollback,
  parseDeployOptions
} from "./chunk-VF35NURU.js";
import {
  checkOutputPath,
  refuseLink
} from "./chunk-FDQTJXVG.js";
import "./chunk-CF262ODI.js";
import "./chunk-6MCTSESF.js";
import "./chunk-CEIITLQ4.js";
import "./chunk-5C53UILB.js";
import "./chunk-ZQLMO47E.js";
import "./chunk-SUKOMB7P.js";
import "./chunk-HUMRDB4K.js";
import "./chunk-U2CKOM62.js";
import "./chunk-G2XGRSPV.js";
import "./chunk-2WVUDK2O.js";
import {
  runUrlFromEnv
} from "./chunk-V7NVJ6NN.js";
import "./chunk-UXCF6CI5.js";
import "./chunk-MS6WDQCW.js";
import "./chunk-73CFYLNG.js";
import "./chunk-25E5E3CG.js";
import "./chunk-CZ2AILEV.js";
import "./chunk-TYW5OMUR.js";
import {
  KubeConflict,
  KubeConnection,
  KubeNotFound,
  KubeUnreachable,
  SDK_ORIGIN
} from "./chunk-5MNIAPR6.js";
import "./chunk-WWZXES5K.js";
import "./chunk-KPTLWIXW.js";
import "./chunk-LONG6DJQ.js";
import {
  activeFreeze,
  describeFreeze
} from "./chunk-EJLJXTIG.js";
import {
  iso_exports
} from "./chunk-STIYOXWW.js";
import "./chunk-KQWFMIMD.js";
import {
  _enum,
  array,
  boolean,
  literal,
  number,
  object,
  optional,
  record,
  string,
  union,
  unknown
} from "./chunk-JNDZXDHD.js";
import "./chunk-MN3KIH56.js";
import "./chunk-N6UHWS4B.js";
import {
  pickCluster,
  resolveCluster,
  tokenEnvFor
} from "./chunk-OXNICSTU.js";
import "./chunk-4PSKXZ4E.js";
import {
  tableToText
} from "./chunk-G4QZIEZW.js";
import {
  formatPath
} from "./chunk-6QRULY5K.js";
import {
  StageError,
  UsageError,
  errorMessage
} from "./chunk-HO53TWSA.js";
import "./chunk-EP666XB4.js";

// src/stages/deploy/index.ts
import path3 from "node:path";

// src/stages/deploy/confirm.ts
import { createInterface } from "node:readline/promises";

// src/stages/deploy/pipeline.ts
function stepRaw(step, input, debug = () => void 0) {
  const offered = step.args(input);
  const raw = {};
  const declared = new Set(step.stage.options.map((o) => o.name));
  for (const [name, value] of Object.entries(offered)) if (value !== void 0 && declared.has(name)) raw[name] = value;
  const unused = Object.keys(offered).filter((name) => offered[name] !== void 0 && !declared.has(name));
  if (unused.length) debug(`${step.stage.name} takes no ${unused.map((n) => `--${n}`).join(", ")}; not passed`);
  return raw;
}
async function runStep(ctx, step, input) {
  const started = ctx.clock.now();
  const base = blank(step, started);
  const skip = step.skipReason(input);
  if (skip) {
    ctx.logger.info(`${label(step)}: skipped (${skip})`);
    return { ...base, status: "skipped", reason: skip };
  }
  return ctx.logger.group(label(step), async () => {
    try {
      const code = await step.stage.load();
      const options = {
        ...code.parseOptions(
          stepRaw(step, input, (l) => ctx.logger.debug(l)),
          ctx.config
        ),
        ...step.typed?.(input)
      };
      const run = await code.run(ctx, options);
      const record3 = {
        ...base,
        status: run.ok ? "ok" : "failed",
        changed: run.changed,
        result: run.result,
        durationMs: ctx.clock.now() - started,
        tables: run.tables,
        ...run.error ? { error: run.error } : {}
      };
      if (run.error) ctx.logger.error(`${step.stage.name}: ${run.error.message}${run.error.hint ? `
hint: ${run.error.hint}` : ""}`);
      return record3;
    } catch (error) {
      const hint = error instanceof UsageError || error instanceof StageError ? error.hint : void 0;
      ctx.logger.error(`${step.stage.name}: ${errorMessage(error)}${hint ? `
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
function blank(step, startedAt) {
  return { id: step.id, stage: step.stage.name, changed: false, result: null, startedAt, durationMs: 0, tables: [] };
}
function label(step) {
  return step.id === step.stage.name ? step.id : `${step.id} (${step.stage.name})`;
}
async function runPipeline(ctx, input, resumed, skip, hooks) {
  const records = new Map(resumed.map((r) => [r.id, r]));
  const stepInput = {
    ...input,
    records,
    // Only what stops the deployment stops it again: a saved failed notice (not blocking) does not.
    failed: resumed.some(failsDeployment),
    anyChange: resumed.some((r) => r.changed)
  };
  const ordered = () => STEPS.map((s) => records.get(s.id)).filter((r) => r !== void 0);
  let confirmed = ctx.dryRun;
  const record3 = (r) => {
    records.set(r.id, r);
    if (r.changed) stepInput.anyChange = true;
    hooks.saved(ordered());
  };
  for (const step of STEPS) {
    if (records.has(step.id)) continue;
    if (step.when === "rollback") {
      if (!ctx.dryRun && needsRollback(stepInput)) record3(await runStep(ctx, step, stepInput));
      continue;
    }
    if (step.when === "forward" && stepInput.failed) {
      record3({ ...blank(step, ctx.clock.now()), status: "not-run", reason: "an earlier step failed" });
      continue;
    }
    if (skip.has(step.id)) {
      ctx.logger.info(`${label(step)}: skipped (--skip)`);
      record3({ ...blank(step, ctx.clock.now()), status: "skipped", reason: "left out with --skip" });
      continue;
    }
    if (step.changes && !confirmed && !step.skipReason(stepInput)) {
      const rest = STEPS.slice(STEPS.indexOf(step)).filter((s) => s.when === "forward" && !skip.has(s.id) && !s.skipReason(stepInput));
      if (!await hooks.confirm(rest)) throw new UsageError("not confirmed: nothing was changed", "run again and answer y, or pass --yes");
      confirmed = true;
    }
    const result = await runStep(ctx, step, stepInput);
    record3(result);
    if (result.status === "failed" && step.blocking) stepInput.failed = true;
  }
  return ordered();
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
    const plan = await runStep({ ...ctx, dryRun: true }, moveStable, input);
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

// src/stages/shared/run-lock.ts
import { randomUUID } from "node:crypto";
import { closeSync, linkSync, mkdirSync, openSync, readFileSync, renameSync, unlinkSync, writeSync } from "node:fs";
import os from "node:os";
import path from "node:path";

// src/kube/leases.ts
var loading;
function loadCoordination() {
  loading ??= (async () => {
    const [api, configuration, servers, types] = await Promise.all([
      import("./CoordinationV1Api-6UBE5HVS.js"),
      import("./configuration-KMORPLHU.js"),
      import("./servers-WDX5GPCG.js"),
      import("./types-Q5LOSYAR.js")
    ]);
    const config = configuration.createConfiguration({
      baseServer: new servers.ServerConfiguration(SDK_ORIGIN, {})
    });
    return {
      requests: new api.CoordinationV1ApiRequestFactory(config),
      responses: new api.CoordinationV1ApiResponseProcessor(),
      // The API server parses renewTime/acquireTime as RFC 3339 with exactly six fractional digits.
      microTime: (ms) => new types.V1MicroTime(ms)
    };
  })();
  return loading;
}
var GROUP = "coordination.k8s.io";
function leasesApi(kube) {
  const ns = kube.namespace;
  const body = (sdk, name, spec, resourceVersion) => ({
    apiVersion: `${GROUP}/v1`,
    kind: "Lease",
    metadata: { name, annotations: spec.annotations, ...resourceVersion ? { resourceVersion } : {} },
    spec: {
      ...spec.holderIdentity ? { holderIdentity: spec.holderIdentity } : {},
      leaseDurationSeconds: spec.leaseDurationSeconds,
      acquireTime: sdk.microTime(spec.acquireTime),
      renewTime: sdk.microTime(spec.renewTime),
      leaseTransitions: spec.leaseTransitions
    }
  });
  return {
    async read(name) {
      const sdk = await loadCoordination();
      try {
        const lease = await kube.call(
          { verb: "get", resource: "leases", group: GROUP, name },
          () => sdk.requests.readNamespacedLease(name, ns),
          (_, r) => sdk.responses.readNamespacedLeaseWithHttpInfo(r)
        );
        return view(lease);
      } catch (error) {
        if (error instanceof KubeNotFound) return null;
        throw error;
      }
    },
    async create(name, spec) {
      const sdk = await loadCoordination();
      return view(
        await kube.call(
          { verb: "create", resource: "leases", group: GROUP, name },
          () => sdk.requests.createNamespacedLease(ns, body(sdk, name, spec)),
          (_, r) => sdk.responses.createNamespacedLeaseWithHttpInfo(r)
        )
      );
    },
    async replace(name, spec, resourceVersion) {
      const sdk = await loadCoordination();
      return view(
        await kube.call(
          { verb: "update", resource: "leases", group: GROUP, name },
          () => sdk.requests.replaceNamespacedLease(name, ns, body(sdk, name, spec, resourceVersion)),
          (_, r) => sdk.responses.replaceNamespacedLeaseWithHttpInfo(r)
        )
      );
    }
  };
}
function time(value) {
  if (value instanceof Date) return value.getTime();
  if (typeof value !== "string") return null;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? null : ms;
}
function view(lease) {
  return {
    name: lease.metadata?.name ?? "",
    holderIdentity: lease.spec?.holderIdentity ?? "",
    leaseDurationSeconds: lease.spec?.leaseDurationSeconds ?? 0,
    acquireTime: time(lease.spec?.acquireTime),
    renewTime: time(lease.spec?.renewTime),
    leaseTransitions: lease.spec?.leaseTransitions ?? 0,
    annotations: lease.metadata?.annotations ?? {},
    resourceVersion: lease.metadata?.resourceVersion ?? ""
  };
}

// src/stages/shared/run-lock.ts
var DEFAULT_LOCK_TIMING = { leaseDurationSeconds: 300, renewEveryMs: 6e4, now: () => Date.now() };
async function withRunLock(ctx, target, run, timing = DEFAULT_LOCK_TIMING) {
  if (ctx.dryRun || target.readOnly) return run();
  const lock = await acquireRunLock(ctx, target, timing);
  try {
    return await run();
  } finally {
    await lock.release();
  }
}
async function acquireRunLock(ctx, target, timing = DEFAULT_LOCK_TIMING) {
  const stateFile = checkOutputPath(target.stateFile, "state");
  refuseLink(`${stateFile}.lock`, "state");
  const host = os.hostname();
  const runUrl = target.runUrl ?? runUrlFromEnv(ctx.env);
  const holder = {
    identity: runUrl ?? `${host}/${process.pid}`,
    host,
    pid: process.pid,
    runUrl,
    since: new Date(timing.now()).toISOString(),
    token: randomUUID()
  };
  const lockFile = `${stateFile}.lock`;
  takeFileLock(lockFile, holder, ctx);
  let lease;
  try {
    lease = await takeLease(ctx, target, holder, timing);
  } catch (error) {
    releaseFileLock(lockFile, holder);
    throw error;
  }
  ctx.logger.info(`run lock taken: ${lockFile}${lease ? ` and Lease ${lease.where}` : ""}`);
  return {
    holder,
    lockFile,
    lease: lease?.where,
    release: async () => {
      try {
        await lease?.release();
      } finally {
        releaseFileLock(lockFile, holder);
      }
    }
  };
}
function takeFileLock(lockFile, holder, ctx) {
  mkdirSync(path.dirname(lockFile), { recursive: true });
  if (createExclusive(lockFile, holder)) return;
  const { text, other } = readHolder(lockFile);
  if (other && (isStale(other) || sameRun(other.runUrl, holder))) {
    const aside = `${lockFile}.stale-${holder.token}`;
    try {
      renameSync(lockFile, aside);
    } catch {
      throw heldError(lockFile, readHolder(lockFile).other);
    }
    const moved = readFileSync(aside, "utf8");
    if (moved !== text) {
      try {
        linkSync(aside, lockFile);
      } catch {
      }
      unlinkSync(aside);
      throw heldError(lockFile, readHolder(lockFile).other);
    }
    unlinkSync(aside);
    if (createExclusive(lockFile, holder)) {
      ctx.logger.warning(
        `took over the lock ${lockFile}: its holder (${describeHolder(other)}) ` + (sameRun(other.runUrl, holder) ? "was an earlier attempt of this run" : "is no longer running")
      );
      return;
    }
    throw heldError(lockFile, readHolder(lockFile).other);
  }
  throw heldError(lockFile, other);
}
function createExclusive(lockFile, holder) {
  let fd;
  try {
    fd = openSync(lockFile, "wx", 384);
  } catch (error) {
    if (error.code === "EEXIST") return false;
    throw new UsageError(`--state: cannot create the lock ${lockFile}: ${errorMessage(error)}`, "give a state path in a writable folder");
  }
  try {
    writeSync(fd, JSON.stringify(holder, null, 2) + "\n");
  } finally {
    closeSync(fd);
  }
  return true;
}
function readHolder(lockFile) {
  let text = "";
  try {
    text = readFileSync(lockFile, "utf8");
    const parsed = JSON.parse(text);
    if (typeof parsed.host === "string" && typeof parsed.pid === "number" && typeof parsed.since === "string")
      return { text, other: parsed };
  } catch {
  }
  return { text, other: void 0 };
}
function sameRun(otherRunUrl, mine) {
  return Boolean(otherRunUrl && mine.runUrl && otherRunUrl === mine.runUrl);
}
function isStale(other) {
  if (other.host !== os.hostname()) return false;
  try {
    process.kill(other.pid, 0);
    return false;
  } catch (error) {
    return error.code === "ESRCH";
  }
}
function describeHolder(holder) {
  return `${holder.identity === `${holder.host}/${holder.pid}` ? "" : `${holder.identity}, `}host ${holder.host}, pid ${holder.pid}`;
}
function heldError(lockFile, other) {
  return new StageError(
    `another deploy holds the lock ${lockFile}` + (other ? `: ${describeHolder(other)}, since ${other.since}` : " (holder unreadable)"),
    `nothing was changed; wait for that run to finish${other?.runUrl ? ` (${other.runUrl})` : ""}. If it is gone (a lock of a dead process on this machine is taken over by itself), delete ${lockFile} and run again (with --from to resume where it stopped)`
  );
}
function releaseFileLock(lockFile, holder) {
  if (readHolder(lockFile).other?.token !== holder.token) return;
  try {
    unlinkSync(lockFile);
  } catch {
  }
}
var ANNOTATION = { host: "service-guru/host", pid: "service-guru/pid", run: "service-guru/run", token: "service-guru/token" };
function leaseName(deployment) {
  const slug = deployment.toLowerCase().replace(/[^a-z0-9-]+/g, "-").replace(/^-+|-+$/g, "");
  return `service-guru-deploy${slug ? `-${slug}` : ""}`.slice(0, 63).replace(/-+$/, "");
}
function leaseCluster(config, target, env) {
  if (!Object.keys(config.clusters).length) return void 0;
  let name;
  try {
    name = pickCluster(config, target.cluster);
  } catch {
    return void 0;
  }
  return env[tokenEnvFor(name)]?.trim() ? name : void 0;
}
async function takeLease(ctx, target, holder, timing) {
  const clusterName = leaseCluster(ctx.config, target, ctx.env);
  if (!clusterName) return void 0;
  const connection = new KubeConnection(resolveCluster(ctx.config, clusterName, ctx.env), {
    logger: ctx.logger,
    clock: ctx.clock,
    onSecret: (v) => ctx.secrets.add(v)
  });
  const leases = leasesApi(connection);
  const name = leaseName(ctx.config.deployment);
  const where = `${connection.namespace}/${name}`;
  const spec = (transitions) => ({
    holderIdentity: holder.identity,
    leaseDurationSeconds: timing.leaseDurationSeconds,
    acquireTime: Date.parse(holder.since),
    renewTime: timing.now(),
    leaseTransitions: transitions,
    annotations: {
      [ANNOTATION.host]: holder.host,
      [ANNOTATION.pid]: String(holder.pid),
      [ANNOTATION.run]: holder.runUrl ?? "",
      [ANNOTATION.token]: holder.token
    }
  });
  let current;
  try {
    const found = await leases.read(name);
    if (!found) {
      current = await leases.create(name, spec(0));
    } else {
      const free = leaseFree(found, timing.now(), holder);
      if (!free) throw leaseHeld(where, found);
      current = await leases.replace(name, spec(found.leaseTransitions + 1), found.resourceVersion);
      if (free !== "released") ctx.logger.warning(`took over Lease ${where}: ${free}`);
    }
  } catch (error) {
    const winner = error instanceof KubeConflict ? await leases.read(name).catch(() => null) : void 0;
    if (winner && ours(winner, holder)) {
      current = winner;
    } else if (error instanceof KubeConflict) {
      connection.close();
      throw leaseHeld(where, winner ?? null);
    } else {
      connection.close();
      if (error instanceof KubeUnreachable) {
        ctx.logger.warning(`Lease ${where} not taken: ${error.message}; only the lock beside the state file holds this run`);
        return void 0;
      }
      throw error;
    }
  }
  let lost = false;
  let renewing = Promise.resolve();
  const renew = async () => {
    if (lost) return;
    try {
      current = await leases.replace(name, { ...spec(current.leaseTransitions), renewTime: timing.now() }, current.resourceVersion);
    } catch (error) {
      const now = error instanceof KubeConflict ? await leases.read(name).catch(() => null) : void 0;
      if (now && ours(now, holder) && now.holderIdentity === holder.identity) {
        current = now;
      } else if (error instanceof KubeConflict) {
        lost = true;
        ctx.logger.error(`lost Lease ${where}: someone took it over (it was broken or expired); another deploy may be running`);
      } else {
        ctx.logger.warning(
          `Lease ${where} not renewed: ${errorMessage(error)}; trying again in ${Math.round(timing.renewEveryMs / 1e3)}s`
        );
      }
    }
  };
  const timer = setInterval(() => {
    renewing = renewing.then(renew);
  }, timing.renewEveryMs);
  timer.unref();
  return {
    where,
    release: async () => {
      clearInterval(timer);
      await renewing;
      try {
        if (!lost) {
          await leases.replace(
            name,
            { ...spec(current.leaseTransitions), holderIdentity: "", leaseDurationSeconds: 1, renewTime: timing.now() },
            current.resourceVersion
          );
        }
      } catch (error) {
        ctx.logger.warning(
          `Lease ${where} not released (${errorMessage(error)}); it frees itself ${timing.leaseDurationSeconds}s after its last renewal`
        );
      } finally {
        connection.close();
      }
    }
  };
}
function ours(lease, mine) {
  return lease.annotations[ANNOTATION.token] === mine.token && !!lease.holderIdentity;
}
function leaseFree(lease, now, mine) {
  if (!lease.holderIdentity) return "released";
  if (sameRun(lease.annotations[ANNOTATION.run], mine)) return `${lease.holderIdentity} was an earlier attempt of this run`;
  const renewed = lease.renewTime ?? lease.acquireTime;
  if (renewed === null || renewed + lease.leaseDurationSeconds * 1e3 < now)
    return `${lease.holderIdentity} did not renew it for more than ${lease.leaseDurationSeconds}s`;
  const host = lease.annotations[ANNOTATION.host];
  const pid = Number(lease.annotations[ANNOTATION.pid]);
  if (host && Number.isInteger(pid) && isStale({ host, pid }))
    return `its holder ${lease.holderIdentity} (pid ${pid} on this machine) is no longer running`;
  return void 0;
}
function leaseHeld(where, lease) {
  if (!lease) return new StageError(`another deploy took Lease ${where} at the same moment`, "nothing was changed; run again later");
  const host = lease.annotations[ANNOTATION.host];
  const pid = lease.annotations[ANNOTATION.pid];
  const renewed = lease.renewTime ?? lease.acquireTime ?? 0;
  const expires = new Date(renewed + lease.leaseDurationSeconds * 1e3).toISOString();
  const [namespace, name] = where.split("/");
  return new StageError(
    `another deploy holds Lease ${where}: ${lease.holderIdentity}${host ? ` (host ${host}, pid ${pid})` : ""}, since ${lease.acquireTime === null ? "an unknown time" : new Date(lease.acquireTime).toISOString()}`,
    `nothing was changed; wait for that run to finish. If it is gone, the Lease frees itself at ${expires} (${lease.leaseDurationSeconds}s after its last renewal), or break it now: oc delete lease ${name} -n ${namespace}`
  );
}

// src/stages/deploy/state.ts
import { createHash } from "node:crypto";
import { mkdirSync as mkdirSync2, readFileSync as readFileSync2, renameSync as renameSync2, writeFileSync } from "node:fs";
import path2 from "node:path";
var STATUSES = ["ok", "failed", "skipped", "not-run"];
var table = object({
  title: string(),
  headers: array(string()),
  // A cell may be a link (ReportCell): move-stable's commits are.
  rows: array(array(union([string(), object({ text: string(), href: optional(string()) })]))),
  notes: optional(array(string())),
  literal: optional(boolean()),
  details: optional(array(object({ summary: string(), lines: array(string()) })))
});
var record2 = object({
  id: _enum(STEP_IDS),
  stage: string(),
  status: _enum(STATUSES),
  reason: optional(string()),
  changed: boolean(),
  result: unknown(),
  error: optional(object({ message: string(), hint: optional(string()) })),
  startedAt: number(),
  durationMs: number(),
  tables: array(table),
  resumed: optional(boolean())
});
var stateSchema = object({
  version: literal(2),
  deployment: string(),
  config: string(),
  /** sha256 of the configuration file's text: a state file of another configuration is never resumed. */
  configFingerprint: string(),
  /** The options the run was started with (as given), shown when resuming. */
  options: record(string(), unknown()),
  startedAt: iso_exports.datetime(),
  updatedAt: iso_exports.datetime(),
  finished: boolean(),
  ok: boolean(),
  records: array(record2)
});
var MAX_RESUME_AGE_MS = 24 * 36e5;
function fingerprint(configText) {
  return `sha256:${createHash("sha256").update(configText).digest("hex")}`;
}
var AFRESH = "start afresh without --from (or remove the state file)";
function readState(file) {
  let text;
  try {
    text = readFileSync2(file, "utf8");
  } catch (error) {
    if (error.code === "ENOENT") return void 0;
    throw new UsageError(`--state: cannot read ${file}: ${errorMessage(error)}`);
  }
  let raw;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new UsageError(`--state: ${file} is not JSON`, `give the file an earlier deploy wrote, or ${AFRESH}`);
  }
  const parsed = stateSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new UsageError(
      `--state: ${file} is not a deploy state file (version 2): ${formatPath(issue.path) || "(top level)"}: ${issue.message}`,
      `give the file an earlier deploy wrote, or ${AFRESH}`
    );
  }
  return parsed.data;
}
function resumeRefusal(state, configFingerprint, now) {
  if (state.configFingerprint !== configFingerprint)
    return `it was written for another configuration (${state.config}, ${state.configFingerprint.slice(0, 19)}\u2026)`;
  if (state.finished && state.ok) return `that run finished successfully at ${state.updatedAt}`;
  const age = now - Date.parse(state.startedAt);
  if (age > MAX_RESUME_AGE_MS) return `that run started at ${state.startedAt}, more than a day ago`;
  return void 0;
}
function writeState(file, state) {
  mkdirSync2(path2.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, JSON.stringify(state, null, 2) + "\n", { mode: 384 });
  renameSync2(temporary, file);
}

// src/stages/deploy/secrets.ts
var ran = (r) => r?.status === "ok" || r?.status === "failed";
function secretNeeds(input, skip) {
  const from = input.options.from ? STEPS.findIndex((s) => s.id === input.options.from) : 0;
  const planned = new Set(
    STEPS.slice(from).filter((s) => !skip.has(s.id) && (s.when !== "forward" || !s.skipReason(input))).map((s) => s.id)
  );
  if (!planned.has("topic-notify") && !ran(input.records.get("topic-notify"))) planned.delete("topic-revert");
  if (input.dryRun || !(planned.has("import-images") || ran(input.records.get("import-images")))) planned.delete("rollback");
  return STEPS.filter((s) => planned.has(s.id)).flatMap(
    (step) => step.stage.needs({ config: input.config, options: stepRaw(step, input), dryRun: input.dryRun }).map((need) => ({ ...need, step: step.id }))
  );
}
function checkSecrets(input, skip, env) {
  const missing = /* @__PURE__ */ new Map();
  for (const n of secretNeeds(input, skip)) {
    if ([n.env, ...n.or ?? []].some((name) => env[name]?.trim())) continue;
    const key = [n.env, ...n.or ?? []].join(" or ");
    missing.set(key, [...missing.get(key) ?? [], `${n.step} (${n.why})`]);
  }
  if (!missing.size) return;
  const lines = [...missing].map(([name, steps]) => `${name}, for ${steps.join(", ")}`);
  throw new UsageError(
    `${missing.size} secret(s) not set, nothing was changed:
  ${lines.join("\n  ")}`,
    `set ${[...missing.keys()].join(", ")} (action inputs of the same name in kebab-case), or leave the steps out with --skip (--staging-cluster none for the pre-flight)`
  );
}

// src/stages/deploy/index.ts
var deploy = {
  parseOptions: parseDeployOptions,
  // One deploy at a time: a second one refuses (exit 1, nothing changed), naming the holder.
  run: async (ctx, options) => {
    const run = await withRunLock(
      ctx,
      { stateFile: options.stateFile, cluster: options.cluster, runUrl: options.runUrl, readOnly: options.plan },
      () => runDeploy(ctx, options)
    );
    const { steps, results } = run.result;
    writeRunSummary(
      ctx.env,
      options.summary,
      ctx.secrets.redact(summaryMarkdown(`Deployment of ${ctx.config.deployment}`, run.tables, steps, results))
    );
    return run;
  }
};
async function runDeploy(ctx, options) {
  const { config, logger, clock } = ctx;
  const freeze = activeFreeze(config, clock.now(), (m) => logger.warning(m)) ?? null;
  const notes = [];
  if (freeze) {
    const text = describeFreeze(freeze, config.timezone);
    if (!options.ignoreFreeze) {
      return finish(ctx, [], null, freeze, [`\u{1F9CA} ${text}`], {
        message: `refused: ${text}`,
        hint: "wait for the window to end, or pass --ignore-freeze (action input ignore-freeze) for an emergency"
      });
    }
    logger.warning(`${text}; deploying anyway because of --ignore-freeze`);
    notes.push(`\u{1F9CA} ${text} \u2014 deployed anyway (--ignore-freeze)`);
  }
  const input = { config, options, dryRun: ctx.dryRun };
  if (options.plan) {
    const planCtx = { ...ctx, dryRun: true };
    const record3 = await runStep(planCtx, moveStable, { ...input, dryRun: true, records: /* @__PURE__ */ new Map(), failed: false, anyChange: false });
    return finish(planCtx, [record3], null, null, notes, record3.error);
  }
  const stateFile = path3.resolve(options.stateFile);
  const earlier = options.from || !ctx.dryRun ? readState(stateFile) : void 0;
  const configFingerprint = fingerprint(JSON.stringify(config));
  const resumed = options.from ? resumeFrom(earlier, options.from, configFingerprint, stateFile, clock.now()) : [];
  if (!options.from && !ctx.dryRun && earlier && !earlier.finished && !resumeRefusal(earlier, configFingerprint, clock.now())) {
    const first = firstUnfinished(earlier.records);
    logger.warning(
      `${stateFile} holds an unfinished run of ${earlier.startedAt}; starting afresh` + (first ? ` (to resume it instead: service-guru deploy --from ${first}${stateArg(options, stateFile)})` : "")
    );
  }
  const state = {
    version: 2,
    deployment: config.deployment,
    config: config.file,
    configFingerprint,
    options: ctx.secrets.redactDeep(options.given),
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
      ok: finished && !records2.some(failsDeployment)
    });
    writeState(stateFile, state);
  };
  const past = (id) => STEPS.findIndex((s) => s.id === options.from) > STEPS.findIndex((s) => s.id === id);
  if (options.from && past("import-images") && earlier && rollbackUnrecorded(earlier.records))
    logger.warning(
      "the saved run stopped after its health gate failed, before a rollback was recorded: import-images runs again, so the gate checks what production holds now"
    );
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
  const failed = records.filter(failsDeployment);
  const undone = failed.length ? [] : records.filter((r) => r.status === "not-run");
  const error = undone.length ? {
    message: `did not finish: ${undone.map((r) => r.id).join(", ")} did not run`,
    hint: ctx.dryRun ? "run again" : resumeHint(records, stateFile, options)
  } : failed.length ? {
    // Each step's error was printed under the step, with its hint: named here, not repeated.
    message: `failed at ${failed.map((r) => r.id).join(", ")} (the error${failed.length > 1 ? "s are" : " is"} shown under the step)`,
    // A dry run leaves no state behind: there is nothing to resume.
    hint: ctx.dryRun ? "fix the cause and run again" : resumeHint(records, stateFile, options)
  } : void 0;
  return finish(ctx, records, ctx.dryRun ? null : stateFile, freeze, notes, error);
}
function resumeFrom(state, from, configFingerprint, file, now) {
  if (!state)
    throw new UsageError(`--from ${from}: no state file at ${file}`, "give the state file of the run to resume with --state FILE");
  const refusal = resumeRefusal(state, configFingerprint, now);
  if (refusal)
    throw new UsageError(
      `--from ${from}: ${file} cannot be resumed: ${refusal}`,
      "start afresh without --from: a new run converges on what stable and the cluster hold now"
    );
  const before = STEPS.slice(
    0,
    STEPS.findIndex((s) => s.id === from)
  );
  if (rolledBack(state.records) && before.some((s) => s.id === "import-images"))
    throw new UsageError(
      `--from ${from}: the saved run rolled back what import-images rolled out`,
      "resume with --from import-images (or start afresh): the images go out again and the gate checks them"
    );
  const unsure = rollbackUnrecorded(state.records);
  return before.flatMap((step) => {
    const saved = state.records.find((r) => r.id === step.id);
    if (unsure && step.id === "import-images") return [];
    if (!saved && step.when !== "forward") return [];
    if (!saved) throw new UsageError(`--from ${from}: the saved run never reached ${step.id}`, `resume from ${step.id} or earlier`);
    if (saved.status === "failed" && step.blocking || saved.status === "not-run") {
      throw new UsageError(
        `--from ${from}: ${step.id} ${saved.status === "failed" ? "failed" : "did not run"} in the saved run`,
        `resume with --from ${step.id}`
      );
    }
    return [{ ...saved, resumed: true }];
  });
}
function firstUnfinished(records) {
  const done = new Map(records.map((r) => [r.id, r]));
  const first = STEPS.find((s) => {
    if (s.when !== "forward") return false;
    const r = done.get(s.id);
    return !r || r.status === "not-run" || r.status === "failed" && s.blocking;
  })?.id;
  const importAt = STEPS.findIndex((s) => s.id === "import-images");
  return rolledBack(records) && (!first || STEPS.findIndex((s) => s.id === first) > importAt) ? "import-images" : first;
}
function rollbackUnrecorded(records) {
  const status = (id) => records.find((r) => r.id === id)?.status;
  const imported = status("import-images") === "ok" || status("import-images") === "failed";
  return imported && status("health-gate") === "failed" && status("rollback") === void 0;
}
function rolledBack(records) {
  const rollback = records.find((r) => r.id === "rollback");
  return rollback?.status === "ok" || rollback?.status === "failed";
}
function stateArg(options, stateFile) {
  return options.stateFile === DEFAULT_STATE_FILE ? "" : ` --state ${stateFile}`;
}
function resumeHint(records, stateFile, options) {
  const first = firstUnfinished(records);
  return first ? `fix the cause, then run deploy again (it converges), or resume with: service-guru deploy --from ${first}${stateArg(options, stateFile)}` : "see the steps above";
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
        startedAt: r.startedAt,
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
