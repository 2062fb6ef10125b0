import { createRequire as __sgRequire } from 'node:module'; const require = __sgRequire(import.meta.url);
import {
  nothingTable,
  onCluster,
  previewRollout,
  rolloutTable,
  watchInto
} from "./chunk-QBV7QJQD.js";
import {
  changedByThisRun,
  parseThisRun,
  rollBackWorkloads
} from "./chunk-CZ5QTJTS.js";
import "./chunk-LNDVPVUS.js";
import "./chunk-LONG6DJQ.js";
import {
  parseClusterScope,
  repositoryOf,
  streamTargets
} from "./chunk-B5SHZD2W.js";
import "./chunk-25E5E3CG.js";
import "./chunk-KPTLWIXW.js";
import "./chunk-M4IDO3U3.js";
import "./chunk-OXNICSTU.js";
import {
  list
} from "./chunk-N6UHWS4B.js";
import "./chunk-4PSKXZ4E.js";
import {
  UsageError
} from "./chunk-HO53TWSA.js";
import "./chunk-EP666XB4.js";

// src/stages/rollback/index.ts
var rollback = {
  parseOptions: parseRollbackOptions,
  run: runRollback
};
function parseRollbackOptions(raw, config) {
  const scope = parseClusterScope(raw, config);
  const streams = new Set(streamTargets(config, scope.components).map((t) => t.stream));
  const to = /* @__PURE__ */ new Map();
  for (const item of list(raw, "to")) {
    const m = /^([a-z0-9][a-z0-9.-]*)(?::[\w][\w.-]*)?=(sha256:[0-9a-f]{64})$/.exec(item);
    if (!m)
      throw new UsageError(
        `--to: expected stream=sha256:<64 hex digits>, got "${item}"`,
        "e.g. --to packit-worker=sha256:\u2026 (oc get istag packit-worker:prod shows digests)"
      );
    if (!streams.has(m[1]))
      throw new UsageError(`--to: stream "${m[1]}" is not in scope; streams in scope: ${[...streams].join(", ") || "none"}`);
    to.set(m[1], m[2]);
  }
  return { ...scope, to, thisRun: parseThisRun(raw) };
}
async function runRollback(ctx, options) {
  const workloads = [];
  const run = await onCluster(ctx, options, "nothing to roll back", (work) => rollBack(ctx, options, work, workloads));
  return { ...run, result: { ...run.result, workloads } };
}
async function rollBack(ctx, options, work, workloads) {
  const { logger, dryRun } = ctx;
  const { kube, targets, result } = work;
  const back = await rollBackWorkloads(ctx, kube, work.workloads, options.thisRun.workloads);
  workloads.push(...back.entries);
  const pins = [];
  for (const t of targets) {
    const stream = await kube.imageStreams.get(t.stream);
    const tag = stream?.tags.find((x) => x.name === t.tag);
    const current = tag?.history[0]?.digest ?? null;
    if (!changedByThisRun(options.thisRun, t, current)) {
      logger.info(`${t.stream}:${t.tag}: left alone (this run did not change it)`);
      continue;
    }
    const liftedBy = `the next import-images (imports ${t.image} again)`;
    const entry = {
      component: t.component,
      stream: t.stream,
      tag: t.tag,
      from: null,
      to: null,
      pinnedTo: null,
      status: "failed",
      liftedBy
    };
    result.streams.push(entry);
    entry.from = current;
    const chosen = options.to.get(t.stream);
    const alreadyPinned = !!current && tag?.from === `${repositoryOf(t.image)}@${current}`;
    const target = chosen ?? (alreadyPinned ? current : tag?.history.find((h) => h.digest !== current)?.digest);
    if (!target) {
      entry.error = !tag ? `image stream tag ${t.stream}:${t.tag} not found in ${kube.target.namespace}` : `${t.stream}:${t.tag} has no earlier image in its history`;
      logger.error(`${t.stream}:${t.tag}: ${entry.error}`);
      continue;
    }
    const pin = `${repositoryOf(t.image)}@${target}`;
    entry.to = target;
    entry.pinnedTo = pin;
    if (target === current && tag?.from === pin) {
      entry.status = "unchanged";
      logger.info(`${t.stream}:${t.tag}: already at ${target}, pinned to ${pin}`);
      pins.push({
        stream: t.stream,
        tag: t.tag,
        digest: target,
        from: pin,
        scheduled: tag.scheduled,
        referencePolicy: tag.referencePolicy
      });
      continue;
    }
    if (chosen && !tag?.history.some((h) => h.digest === chosen))
      logger.warning(`${t.stream}:${t.tag}: ${chosen} is not in the tag's history; importing it from ${repositoryOf(t.image)}`);
    const outcome = await kube.imageStreams.importTag({
      stream: t.stream,
      tag: t.tag,
      from: pin,
      persist: !dryRun,
      scheduled: tag?.scheduled ?? false,
      referencePolicy: tag?.referencePolicy ?? "Source"
    });
    if (!outcome.ok) {
      entry.error = outcome.message;
      logger.error(`${t.stream}:${t.tag}: the registry refused ${pin}: ${outcome.message}`);
      continue;
    }
    entry.status = dryRun ? "would-roll-back" : "rolled-back";
    logger.info(
      `${t.stream}:${t.tag}: ${dryRun ? "would roll back" : "rolled back"} from ${current ?? "nothing"} to ${target}, pinned to ${pin} (lifted by ${liftedBy})`
    );
    pins.push({
      stream: t.stream,
      tag: t.tag,
      digest: target,
      from: pin,
      scheduled: tag?.scheduled ?? false,
      referencePolicy: tag?.referencePolicy ?? "Source"
    });
  }
  const changed = !dryRun && (result.streams.some((s) => s.status === "rolled-back") || workloads.some((w) => w.status === "rolled-back"));
  if (dryRun) result.wouldRoll = pins.length ? await previewRollout(kube, pins, logger) : [];
  if (!dryRun && (pins.length || back.rollout.length)) {
    const error = await watchInto(
      ctx,
      work,
      [
        ...back.rollout,
        ...pins.map((p) => ({
          kind: "stream",
          stream: p.stream,
          tag: p.tag,
          digest: p.digest,
          reimport: () => kube.imageStreams.importTag({
            stream: p.stream,
            tag: p.tag,
            from: p.from,
            persist: true,
            scheduled: p.scheduled,
            referencePolicy: p.referencePolicy
          })
        }))
      ],
      options.timeoutMs
    );
    if (error) return finish(ctx, result, workloads, changed || result.remediations.length > 0, error);
  }
  const failed = result.streams.filter((s) => s.status === "failed");
  const failedWorkloads = workloads.filter((w) => w.status === "failed");
  if (failed.length || failedWorkloads.length) {
    return finish(ctx, result, workloads, changed, {
      message: "rollback failed for " + [...failed.map((s) => `${s.stream}:${s.tag} (${s.error})`), ...failedWorkloads.map((w) => `${w.workload} (${w.error})`)].join("; "),
      hint: failed.length ? "pick a digest with --to stream=sha256:\u2026 (oc describe is/<stream> lists the history)" : "check images[].workloads against the namespace (kubectl get deploy,sts,ds) and the Role (docs/kubernetes.md)"
    });
  }
  return finish(ctx, result, workloads, changed || result.remediations.length > 0);
}
function finish(ctx, result, workloads, changed, error) {
  const where = `${result.cluster} (${result.namespace})${ctx.dryRun ? " \u2014 dry run" : ""}`;
  const workloadTable = {
    title: `Workload rollback on ${where}`,
    headers: ["Workload", "Container", "From", "To", "Status"],
    rows: workloads.flatMap(
      (w) => (w.containers.length ? w.containers : [{ name: "", from: "", to: "" }]).map((c) => [
        w.workload,
        c.name,
        c.from,
        c.to,
        w.error ? `\u274C ${w.error}` : `${w.status}${w.note ? ` (${w.note})` : w.source ? ` (from the ${w.source})` : ""}`
      ])
    )
  };
  const table = {
    title: `Rollback on ${where}`,
    headers: ["Stream", "From", "To", "Pinned to", "Status"],
    rows: result.streams.map((s) => [
      `${s.stream}:${s.tag}`,
      s.from?.slice(0, 19) ?? "",
      s.to?.slice(0, 19) ?? "",
      s.pinnedTo ?? "",
      s.error ? `\u274C ${s.error}` : `${s.status}; lifted by ${s.liftedBy}`
    ])
  };
  return {
    ok: !error,
    changed,
    result,
    tables: [
      ...result.streams.length ? [table] : [],
      ...workloads.length ? [workloadTable] : [],
      ...rolloutTable(result.rollouts, result.remediations),
      ...nothingTable(result)
    ],
    ...error ? { error } : {}
  };
}
export {
  parseRollbackOptions,
  rollback
};
