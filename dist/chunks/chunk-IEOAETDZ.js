import { createRequire as __sgRequire } from 'node:module'; const require = __sgRequire(import.meta.url);
import {
  streamTargets,
  withoutRollout,
  workloadTargets
} from "./chunk-2WVUDK2O.js";
import {
  KubeGone,
  KubeUnreachable,
  createKubeClient
} from "./chunk-5MNIAPR6.js";
import {
  boolean,
  optional,
  record,
  strictObject,
  string
} from "./chunk-JNDZXDHD.js";
import {
  formatDuration,
  parseDuration
} from "./chunk-4PSKXZ4E.js";
import {
  StageError,
  errorMessage
} from "./chunk-HO53TWSA.js";

// src/stages/shared/cluster/remediate.ts
var MAX_REIMPORTS = 3;
var reimportSpacing = (n) => 3e4 * 2 ** (n - 1);
var PULL_FAILURE = /^(ImagePullBackOff|ErrImagePull)$/;
async function remediate(d, kube, all, now, options, outcome, reimports, forced) {
  const { logger } = options;
  const mine = all.filter((p) => ownedBy(p, d.workload));
  for (const pod of mine) {
    if (pod.terminatingSince !== void 0 && now - pod.terminatingSince > options.stuckTerminatingAfterMs && !forced.has(pod.uid)) {
      const fresh = await kube.pods.get(pod.name);
      if (!fresh || fresh.uid !== pod.uid) {
        forced.add(pod.uid);
        logger.info(`${pod.name} of ${d.workload.kind}/${d.workload.name} went away by itself (uid ${pod.uid}); nothing to delete`);
        continue;
      }
      if (fresh.terminatingSince === void 0 || now - fresh.terminatingSince <= options.stuckTerminatingAfterMs) continue;
      forced.add(pod.uid);
      const stuckFor = formatDuration(now - fresh.terminatingSince);
      const reason = `Terminating for ${stuckFor} (more than ${formatDuration(options.stuckTerminatingAfterMs)})`;
      logger.warning(
        `${pod.name} of ${d.workload.kind}/${d.workload.name}: ${reason}; deleting it with grace period 0 (oc delete pod --force), uid ${pod.uid}`
      );
      let deleted;
      try {
        deleted = await kube.pods.delete(pod.name, { uid: pod.uid, gracePeriodSeconds: 0 });
      } catch (error) {
        forced.delete(pod.uid);
        throw error;
      }
      if (deleted === "gone") {
        logger.info(`${pod.name} (uid ${pod.uid}) was gone before the delete; nothing deleted`);
        continue;
      }
      outcome.remediations.push({
        action: "force-delete",
        workload: d.workload.name,
        pod: pod.name,
        reason,
        at: new Date(now).toISOString()
      });
    }
  }
  for (const pod of mine.filter((p) => p.terminatingSince === void 0 && isNew(p, d))) {
    const failing = pod.statuses.find((s) => s.waiting && PULL_FAILURE.test(s.waiting.reason));
    if (!failing) continue;
    const entry = d.containers.find((c) => c.container === "*" || c.container === failing.name) ?? d.containers[0];
    const target = entry.target;
    const targetKey = labelOf(target);
    const state = reimports.get(targetKey) ?? { count: 0, lastAt: -Infinity };
    if (state.count && now - state.lastAt < reimportSpacing(state.count)) continue;
    const podMessage = `${failing.waiting.reason}${failing.waiting.message ? `: ${failing.waiting.message}` : ""}`;
    const what = target.kind === "stream" ? `re-imports of ${targetKey}` : `new pods`;
    if (state.count >= MAX_REIMPORTS) {
      throw new StageError(
        `pod ${pod.name} of ${d.workload.kind}/${d.workload.name} still cannot pull its image after ${MAX_REIMPORTS} ${what}: ${podMessage}${state.registry ? `; the registry answered the last import: ${state.registry}` : ""}`,
        target.kind === "stream" ? "check the image in the registry (oc describe pod, oc describe is); then run the stage again, or rollback" : `check that ${targetKey} exists and the cluster may pull it (kubectl describe pod, imagePullSecrets); then run the stage again, or rollback`
      );
    }
    state.count++;
    state.lastAt = now;
    reimports.set(targetKey, state);
    if (target.kind === "stream") {
      logger.warning(
        `${pod.name} of ${d.workload.kind}/${d.workload.name}: ${podMessage}; importing ${targetKey} again (${state.count} of ${MAX_REIMPORTS})`
      );
      const result = await target.reimport();
      const reason = `${podMessage}${result.ok ? "" : `; the registry answered: ${result.message}`}`;
      outcome.remediations.push({
        action: "re-import",
        workload: d.workload.name,
        pod: pod.name,
        stream: targetKey,
        reason,
        at: new Date(now).toISOString()
      });
      if (!result.ok) {
        state.registry = result.message;
        logger.warning(`re-import of ${targetKey} failed: ${result.message}`);
      }
      continue;
    }
    logger.warning(
      `${pod.name} of ${d.workload.kind}/${d.workload.name}: ${podMessage}; deleting it so ${d.workload.kind}/${d.workload.name} makes a new pod that pulls again (${state.count} of ${MAX_REIMPORTS})`
    );
    if (await kube.pods.delete(pod.name, { uid: pod.uid }) === "gone") continue;
    outcome.remediations.push({
      action: "recreate",
      workload: d.workload.name,
      pod: pod.name,
      stream: targetKey,
      reason: podMessage,
      at: new Date(now).toISOString()
    });
  }
}

// src/stages/shared/cluster/rollout.ts
var labelOf = (t) => t.kind === "stream" ? key(t.stream, t.tag) : t.repository;
var TICK_MS = 5e3;
var RELIST_MS = 6e4;
var HEARTBEAT_MS = 6e4;
var WATCH_IDLE_MS = 6e4;
var key = (stream, tag) => `${stream}:${tag}`;
var labelsMatch = (pod, selector) => !!selector && selector.split(",").every((term) => {
  const [k, v] = term.split("=");
  return pod.labels[k] === v;
});
var escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
function ownedBy(pod, w) {
  if (!labelsMatch(pod, w.selector)) return false;
  if (w.kind === "StatefulSet") return pod.ownerKind === "StatefulSet" && pod.ownerName === w.name;
  if (w.kind === "DaemonSet") return pod.ownerKind === "DaemonSet" && pod.ownerName === w.name;
  if (w.kind === "Deployment")
    return pod.ownerKind === "ReplicaSet" && new RegExp(`^${escape(w.name)}-[a-z0-9]+$`).test(pod.ownerName ?? "");
  return pod.ownerKind === "ReplicationController" && new RegExp(`^${escape(w.name)}-\\d+$`).test(pod.ownerName ?? "");
}
async function watchRollout(kube, targets, options) {
  const { logger, clock } = options;
  const started = clock.now();
  const outcome = { workloads: [], remediations: [], watch: { restarts: 0, polling: false, outages: 0 }, waitedMs: 0 };
  const found = await drivenBy(kube, targets);
  if (typeof found === "string") {
    outcome.error = { message: found, hint: "check images[].workloads in the configuration (kubectl get deploy,sts,ds)" };
    return outcome;
  }
  const driven = found;
  if (!driven.length) {
    logger.info(
      `no Deployment, StatefulSet or DeploymentConfig takes its image from ${targets.map(labelOf).join(", ")}: no rollout to watch`
    );
    return outcome;
  }
  logger.info(
    `watching the rollout of ${driven.map((d) => `${d.workload.kind}/${d.workload.name}`).join(", ")} (deadline ${formatDuration(options.timeoutMs)})`
  );
  const pods = /* @__PURE__ */ new Map();
  let resourceVersion = "";
  let listedAt = 0;
  const relist = async (resume = true) => {
    const listed = await kube.pods.list();
    pods.clear();
    for (const p of listed.items) pods.set(p.name, p);
    if (resume) resourceVersion = listed.resourceVersion;
    listedAt = clock.now();
  };
  try {
    await relist();
  } catch (error) {
    if (!(error instanceof KubeUnreachable)) throw error;
    outcome.watch.outages++;
    logger.warning(`${error.message}; still watching the rollout until the deadline`);
  }
  let wake = () => void 0;
  const stop = new AbortController();
  const idleMs = Math.min(WATCH_IDLE_MS, Math.max(1e3, Math.floor(options.stuckTerminatingAfterMs / 2)));
  let connection;
  let lastEventAt = clock.now();
  let idled = false;
  const watching = (async () => {
    while (!stop.signal.aborted && !outcome.watch.polling) {
      connection = new AbortController();
      const ended = AbortSignal.any([stop.signal, connection.signal]);
      lastEventAt = clock.now();
      try {
        await kube.pods.watch(
          { resourceVersion },
          (type, pod) => {
            lastEventAt = clock.now();
            if (pod.resourceVersion) resourceVersion = pod.resourceVersion;
            if (type === "BOOKMARK") return;
            if (type === "DELETED") pods.delete(pod.name);
            else pods.set(pod.name, pod);
            wake();
          },
          ended
        );
        if (stop.signal.aborted) return;
        if (idled) {
          idled = false;
          logger.info(`the pod watch sent nothing for ${formatDuration(idleMs)}; listing the pods again and watching anew`);
          await relist().catch(() => void 0);
          wake();
          continue;
        }
        outcome.watch.restarts++;
        logger.info(`the pod watch ended; resuming from resourceVersion ${resourceVersion}`);
      } catch (error) {
        if (stop.signal.aborted) return;
        if (error instanceof KubeGone) {
          logger.info(`the pod watch's resourceVersion ${resourceVersion} expired (410 Gone); listing the pods again`);
          await relist().catch(() => void 0);
          continue;
        }
        outcome.watch.polling = true;
        logger.warning(`watching pods failed (${errorMessage(error)}); polling every ${TICK_MS / 1e3}s instead`);
        return;
      }
      await clock.sleep(1e3, stop.signal).catch(() => void 0);
    }
  })();
  const dropIfIdle = () => {
    if (outcome.watch.polling || !connection || connection.signal.aborted || clock.now() - lastEventAt < idleMs) return;
    idled = true;
    connection.abort();
  };
  const reimports = /* @__PURE__ */ new Map();
  const forced = /* @__PURE__ */ new Set();
  let lastOutage;
  const lastLine = /* @__PURE__ */ new Map();
  try {
    for (; ; ) {
      const now = clock.now();
      try {
        dropIfIdle();
        if (outcome.watch.polling || clock.now() - listedAt >= RELIST_MS) await relist(outcome.watch.polling);
        outcome.workloads = driven.map((d) => evaluate(d, [...pods.values()], now));
        for (const d of driven) await remediate(d, kube, [...pods.values()], now, options, outcome, reimports, forced);
      } catch (error) {
        if (!(error instanceof KubeUnreachable)) throw error;
        outcome.watch.outages++;
        lastOutage = error.message;
        logger.warning(`${error.message}; still watching the rollout until the deadline`);
      }
      const elapsed = clock.now() - started;
      const left = Math.max(0, options.timeoutMs - elapsed);
      for (const w of outcome.workloads) {
        const line = `${w.kind}/${w.name}: ${w.updated}/${w.desired} updated, ${w.ready}/${w.desired} ready${w.old ? `, ${w.old} old left` : ""}${w.done ? " \u2713" : w.waiting ? ` \u2014 ${w.waiting}` : ""}`;
        const state = line.replace(/ for [\dhms]+/g, "");
        const last = lastLine.get(w.name);
        if (last?.state !== state || !w.done && now - last.at >= HEARTBEAT_MS) {
          logger.info(`${line} (elapsed ${formatDuration(elapsed)}, ${formatDuration(left)} left)`);
          lastLine.set(w.name, { state, at: now });
        }
      }
      if (outcome.workloads.every((w) => w.done)) {
        logger.info(`rollout done after ${formatDuration(elapsed)}`);
        break;
      }
      if (elapsed >= options.timeoutMs) {
        const pending = outcome.workloads.filter((w) => !w.done);
        outcome.error = {
          message: `rollout not finished after ${formatDuration(elapsed)}: ${pending.map((w) => `${w.kind}/${w.name} ${w.ready}/${w.desired} ready${w.waiting ? ` (${w.waiting})` : ""}`).join("; ")}${lastOutage ? `; the cluster did not answer at times (last: ${lastOutage})` : ""}`,
          hint: "look at the pods (oc get pods, oc describe pod); run the stage again to keep watching, or rollback"
        };
        break;
      }
      const changed = new Promise((resolve) => wake = resolve);
      const pause = new AbortController();
      await Promise.race([changed, clock.sleep(Math.min(TICK_MS, left), pause.signal).catch(() => void 0)]);
      pause.abort();
    }
  } catch (error) {
    if (!(error instanceof StageError)) throw error;
    outcome.error = { message: error.message, ...error.hint ? { hint: error.hint } : {} };
  } finally {
    stop.abort();
    await watching;
    outcome.waitedMs = clock.now() - started;
  }
  return outcome;
}
async function drivenBy(kube, targets) {
  const streams = targets.filter((t) => t.kind === "stream");
  const byKey = new Map(streams.map((t) => [key(t.stream, t.tag), t]));
  const driven = /* @__PURE__ */ new Map();
  if (streams.length) {
    for (const w of await kube.workloads.list()) {
      const containers = w.triggers.filter((t) => byKey.has(key(t.stream, t.tag))).flatMap(
        (t) => (t.containers.length ? t.containers : ["*"]).map((c) => ({ container: c, target: byKey.get(key(t.stream, t.tag)) }))
      );
      if (containers.length) driven.set(`${w.kind}/${w.name}`, { workload: w, containers });
    }
  }
  for (const t of targets) {
    if (t.kind !== "workload") continue;
    const id = `${t.workload.kind}/${t.workload.name}`;
    let d = driven.get(id);
    if (!d) {
      const w = await kube.workloads.get(t.workload.kind, t.workload.name);
      if (!w) return `${id} is not in namespace ${kube.target.namespace}: its rollout cannot be watched`;
      driven.set(id, d = { workload: w, containers: [] });
    }
    d.containers.push(...t.containers.map((container) => ({ container, target: t })));
  }
  return [...driven.values()];
}
var runsTarget = (image, target) => target.kind === "stream" ? image.endsWith(`@${target.digest}`) : image === target.image;
function isNew(pod, d) {
  return d.containers.every(
    ({ container, target }) => pod.containers.filter((c) => container === "*" || c.name === container).every((c) => runsTarget(c.image, target))
  );
}
function waitingOf(pod, now) {
  if (pod.terminatingSince !== void 0) return `${pod.name} Terminating for ${formatDuration(Math.max(0, now - pod.terminatingSince))}`;
  const waiting = pod.statuses.find((s) => s.waiting)?.waiting;
  if (waiting) return `${pod.name} ${waiting.reason}${waiting.message ? `: ${waiting.message}` : ""}`;
  if (!pod.ready) return `${pod.name} ${pod.phase === "Running" ? "not Ready yet" : pod.phase}`;
  return void 0;
}
function evaluate(d, all, now) {
  const w = d.workload;
  const mine = all.filter((p) => ownedBy(p, w));
  const live = mine.filter((p) => p.terminatingSince === void 0);
  const updated = live.filter((p) => isNew(p, d));
  const ready = updated.filter((p) => p.ready);
  const old = mine.length - updated.length;
  const done = ready.length === w.replicas && updated.length === w.replicas && old === 0;
  const blocker = [...mine].sort((a, b) => Number(b.terminatingSince !== void 0) - Number(a.terminatingSince !== void 0)).map((p) => waitingOf(p, now)).find(Boolean);
  return {
    kind: w.kind,
    name: w.name,
    streams: [...new Set(d.containers.map((c) => labelOf(c.target)))],
    desired: w.replicas,
    updated: updated.length,
    ready: ready.length,
    old,
    done,
    ...!done ? { waiting: blocker ?? (updated.length < w.replicas ? "waiting for new pods" : "waiting for old pods to go") } : {}
  };
}

// src/stages/shared/cluster/preview.ts
async function previewRollout(kube, targets, logger) {
  const byKey = new Map(targets.map((t) => [key(t.stream, t.tag), t]));
  const out = [];
  for (const w of await kube.workloads.list()) {
    const changing = w.triggers.filter((t) => {
      const target = byKey.get(key(t.stream, t.tag));
      return target && w.containers.some((c) => (!t.containers.length || t.containers.includes(c.name)) && !c.image.endsWith(`@${target.digest}`));
    });
    if (!changing.length) continue;
    const streams = [...new Set(changing.map((t) => key(t.stream, t.tag)))];
    out.push({ kind: w.kind, name: w.name, replicas: w.replicas, streams });
    logger.info(
      `would roll ${w.kind}/${w.name} (${w.replicas} replica${w.replicas === 1 ? "" : "s"}) to the new image of ${streams.join(", ")}`
    );
  }
  if (!out.length) logger.info("no workload would roll: each already runs the image it would get");
  return out;
}

// src/stages/shared/cluster/cluster-run.ts
async function onCluster(ctx, options, nothingTo, work) {
  const { config, logger, clock } = ctx;
  const stuckMs = stuckAfterMs(config);
  const kube = createKubeClient(config, options.cluster, ctx.env, { logger, clock, onSecret: (v) => ctx.secrets.add(v) });
  try {
    const result = {
      cluster: kube.target.name,
      namespace: kube.target.namespace,
      streams: [],
      rollouts: [],
      wouldRoll: [],
      remediations: [],
      watch: { restarts: 0, polling: false, outages: 0 },
      waitedMs: 0,
      nothingToRollOut: []
    };
    result.nothingToRollOut = withoutRollout(config, options.components);
    if (result.nothingToRollOut.length)
      logger.warning(
        `${result.nothingToRollOut.join(", ")} moved but ${result.nothingToRollOut.length === 1 ? "has" : "have"} nothing to roll out: no image names an imageStream or workloads`
      );
    const targets = streamTargets(config, options.components);
    const workloads = workloadTargets(config, options.components);
    if (!targets.length && !workloads.length) {
      logger.info(`no component in scope (${options.scope}) has an imageStream or workloads: ${nothingTo}`);
      return { ok: true, changed: false, result, tables: nothingTable(result) };
    }
    return await work({ kube, targets, workloads, stuckMs, result });
  } finally {
    kube.close();
  }
}
async function watchInto(ctx, work, tags, timeoutMs) {
  const rollout = await watchRollout(work.kube, tags, {
    timeoutMs,
    stuckTerminatingAfterMs: work.stuckMs,
    logger: ctx.logger,
    clock: ctx.clock
  });
  Object.assign(work.result, {
    rollouts: rollout.workloads,
    remediations: rollout.remediations,
    watch: rollout.watch,
    waitedMs: rollout.waitedMs
  });
  return rollout.error;
}
function stuckAfterMs(config) {
  return parseDuration(config.health.pods?.stuckTerminatingAfter ?? "10m", "health.pods.stuckTerminatingAfter");
}
function rolloutTable(rollouts, remediations) {
  const out = [];
  if (rollouts.length) {
    out.push({
      title: "Rollout",
      headers: ["Workload", "Streams", "Updated", "Ready", "Done", "Waiting for"],
      rows: rollouts.map((w) => [
        `${w.kind}/${w.name}`,
        w.streams.join(", "),
        `${w.updated}/${w.desired}`,
        `${w.ready}/${w.desired}`,
        w.done ? "\u2705" : "\u274C",
        w.waiting ?? ""
      ])
    });
  }
  if (remediations.length) {
    out.push({
      title: "Remediations",
      headers: ["Action", "Workload", "Pod", "Why", "At"],
      rows: remediations.map((r) => [r.action, r.workload, r.pod, r.reason, r.at])
    });
  }
  return out;
}
function nothingTable(result) {
  if (!result.nothingToRollOut.length) return [];
  return [
    {
      title: "Moved, nothing to roll out",
      headers: ["Component", "Why"],
      rows: result.nothingToRollOut.map((c) => [c, "no image names an imageStream or workloads"])
    }
  ];
}

// src/stages/shared/cluster/previous.ts
var previousImagesSchema = strictObject({
  containers: record(string(), strictObject({ from: string(), to: string() })),
  at: string(),
  /** The run that set them (import-images --run): a later attempt of that run reports them as its own. */
  run: optional(string()),
  rolledBack: optional(boolean())
});
function readPreviousImages(text) {
  if (!text) return void 0;
  try {
    const parsed = previousImagesSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : void 0;
  } catch {
    return void 0;
  }
}

export {
  previewRollout,
  onCluster,
  watchInto,
  rolloutTable,
  nothingTable,
  readPreviousImages
};
