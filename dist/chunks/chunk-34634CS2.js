import { createRequire as __sgRequire } from 'node:module'; const require = __sgRequire(import.meta.url);
import {
  KubeGone,
  KubeUnreachable,
  createKubeClient
} from "./chunk-OCASDBGA.js";
import {
  streamTargets
} from "./chunk-D5W3Z4BH.js";
import {
  formatDuration,
  parseDuration
} from "./chunk-4PSKXZ4E.js";
import {
  StageError,
  errorMessage
} from "./chunk-HO53TWSA.js";

// src/stages/import-images/remediate.ts
var MAX_REIMPORTS = 3;
var reimportSpacing = (n) => 3e4 * 2 ** (n - 1);
var PULL_FAILURE = /^(ImagePullBackOff|ErrImagePull)$/;
async function remediate(d, kube, all, now, options, outcome, reimports, forced) {
  const { logger } = options;
  const mine = all.filter((p) => ownedBy(p, d.workload));
  for (const pod of mine) {
    if (pod.terminatingSince !== void 0 && now - pod.terminatingSince > options.stuckTerminatingAfterMs && !forced.has(pod.uid)) {
      forced.add(pod.uid);
      const stuckFor = formatDuration(now - pod.terminatingSince);
      const reason = `Terminating for ${stuckFor} (more than ${formatDuration(options.stuckTerminatingAfterMs)})`;
      logger.warning(
        `${pod.name} of ${d.workload.kind}/${d.workload.name}: ${reason}; deleting it with grace period 0 (oc delete pod --force)`
      );
      try {
        await kube.pods.delete(pod.name, { gracePeriodSeconds: 0 });
      } catch (error) {
        forced.delete(pod.uid);
        throw error;
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
    const streamKey = key(target.stream, target.tag);
    const state = reimports.get(streamKey) ?? { count: 0, lastAt: -Infinity };
    if (state.count && now - state.lastAt < reimportSpacing(state.count)) continue;
    const podMessage = `${failing.waiting.reason}${failing.waiting.message ? `: ${failing.waiting.message}` : ""}`;
    if (state.count >= MAX_REIMPORTS) {
      throw new StageError(
        `pod ${pod.name} of ${d.workload.kind}/${d.workload.name} still cannot pull its image after ${MAX_REIMPORTS} re-imports of ${streamKey}: ${podMessage}${state.registry ? `; the registry answered the last import: ${state.registry}` : ""}`,
        "check the image in the registry (oc describe pod, oc describe is); then run the stage again, or rollback"
      );
    }
    state.count++;
    state.lastAt = now;
    reimports.set(streamKey, state);
    logger.warning(
      `${pod.name} of ${d.workload.kind}/${d.workload.name}: ${podMessage}; importing ${streamKey} again (${state.count} of ${MAX_REIMPORTS})`
    );
    const result = await target.reimport();
    const reason = `${podMessage}${result.ok ? "" : `; the registry answered: ${result.message}`}`;
    outcome.remediations.push({
      action: "re-import",
      workload: d.workload.name,
      pod: pod.name,
      stream: streamKey,
      reason,
      at: new Date(now).toISOString()
    });
    if (!result.ok) {
      state.registry = result.message;
      logger.warning(`re-import of ${streamKey} failed: ${result.message}`);
    }
  }
}

// src/stages/import-images/rollout.ts
var TICK_MS = 5e3;
var RELIST_MS = 6e4;
var HEARTBEAT_MS = 6e4;
var key = (stream, tag) => `${stream}:${tag}`;
var labelsMatch = (pod, selector) => !!selector && selector.split(",").every((term) => {
  const [k, v] = term.split("=");
  return pod.labels[k] === v;
});
var escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
function ownedBy(pod, w) {
  if (!labelsMatch(pod, w.selector)) return false;
  if (w.kind === "StatefulSet") return pod.ownerKind === "StatefulSet" && pod.ownerName === w.name;
  if (w.kind === "Deployment")
    return pod.ownerKind === "ReplicaSet" && new RegExp(`^${escape(w.name)}-[a-z0-9]+$`).test(pod.ownerName ?? "");
  return pod.ownerKind === "ReplicationController" && new RegExp(`^${escape(w.name)}-\\d+$`).test(pod.ownerName ?? "");
}
async function watchRollout(kube, targets, options) {
  const { logger, clock } = options;
  const started = clock.now();
  const byKey = new Map(targets.map((t) => [key(t.stream, t.tag), t]));
  const driven = (await kube.workloads.list()).map((w) => ({
    workload: w,
    containers: w.triggers.filter((t) => byKey.has(key(t.stream, t.tag))).flatMap(
      (t) => (t.containers.length ? t.containers : ["*"]).map((c) => ({ container: c, target: byKey.get(key(t.stream, t.tag)) }))
    )
  })).filter((d) => d.containers.length);
  const outcome = { workloads: [], remediations: [], watch: { restarts: 0, polling: false, outages: 0 }, waitedMs: 0 };
  if (!driven.length) {
    logger.info(
      `no Deployment, StatefulSet or DeploymentConfig takes its image from ${targets.map((t) => key(t.stream, t.tag)).join(", ")}: no rollout to watch`
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
  await relist();
  let wake = () => void 0;
  const stop = new AbortController();
  const watching = (async () => {
    while (!stop.signal.aborted && !outcome.watch.polling) {
      try {
        await kube.pods.watch(
          { resourceVersion },
          (type, pod) => {
            if (pod.resourceVersion) resourceVersion = pod.resourceVersion;
            if (type === "BOOKMARK") return;
            if (type === "DELETED") pods.delete(pod.name);
            else pods.set(pod.name, pod);
            wake();
          },
          stop.signal
        );
        if (stop.signal.aborted) return;
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
  const reimports = /* @__PURE__ */ new Map();
  const forced = /* @__PURE__ */ new Set();
  let lastOutage;
  const lastLine = /* @__PURE__ */ new Map();
  try {
    for (; ; ) {
      const now = clock.now();
      try {
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
function isNew(pod, d) {
  return d.containers.every(
    ({ container, target }) => pod.containers.filter((c) => container === "*" || c.name === container).every((c) => c.image.endsWith(`@${target.digest}`))
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
    streams: [...new Set(d.containers.map((c) => key(c.target.stream, c.target.tag)))],
    desired: w.replicas,
    updated: updated.length,
    ready: ready.length,
    old,
    done,
    ...!done ? { waiting: blocker ?? (updated.length < w.replicas ? "waiting for new pods" : "waiting for old pods to go") } : {}
  };
}

// src/stages/import-images/preview.ts
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

// src/stages/import-images/cluster-run.ts
async function onCluster(ctx, options, nothingTo, work) {
  const { config, logger, clock } = ctx;
  const stuckMs = stuckAfterMs(config);
  const kube = createKubeClient(config, options.cluster, ctx.env, { logger, clock });
  try {
    const result = {
      cluster: kube.target.name,
      namespace: kube.target.namespace,
      streams: [],
      rollouts: [],
      wouldRoll: [],
      remediations: [],
      watch: { restarts: 0, polling: false, outages: 0 },
      waitedMs: 0
    };
    const targets = streamTargets(config, options.components);
    if (!targets.length) {
      logger.info(`no component in scope (${options.scope}) has an imageStream: ${nothingTo}`);
      return { ok: true, changed: false, result, tables: [] };
    }
    return await work({ kube, targets, stuckMs, result });
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

export {
  previewRollout,
  onCluster,
  watchInto,
  rolloutTable
};
