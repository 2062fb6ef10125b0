import { createRequire as __sgRequire } from 'node:module'; const require = __sgRequire(import.meta.url);
import "./chunk-ZQLMO47E.js";
import {
  nothingTable,
  onCluster,
  previewRollout,
  readPreviousImages,
  rolloutTable,
  watchInto
} from "./chunk-IEOAETDZ.js";
import {
  changesOf
} from "./chunk-U2CKOM62.js";
import {
  parseClusterScope,
  repositoryOf,
  streamTargets
} from "./chunk-2WVUDK2O.js";
import "./chunk-25E5E3CG.js";
import {
  PREVIOUS_IMAGES_ANNOTATION
} from "./chunk-5MNIAPR6.js";
import "./chunk-KPTLWIXW.js";
import "./chunk-LONG6DJQ.js";
import "./chunk-JNDZXDHD.js";
import {
  list,
  text
} from "./chunk-N6UHWS4B.js";
import "./chunk-OXNICSTU.js";
import "./chunk-4PSKXZ4E.js";
import {
  UsageError,
  errorMessage
} from "./chunk-HO53TWSA.js";
import "./chunk-EP666XB4.js";

// src/stages/rollback/workloads.ts
function importedWorkloads(parsed) {
  const refuse = (why) => new UsageError(
    `--imported: ${why}`,
    "pass import-images' result as it is, or leave --imported out (the workloads' annotation is read)"
  );
  if (!Array.isArray(parsed)) throw refuse("expected a JSON list");
  const entries = [];
  for (const item of parsed) {
    const e = item;
    if (typeof e?.workload !== "string" || !Array.isArray(e.containers)) throw refuse("each entry needs workload and containers");
    const name = e.workload;
    const containers = e.containers.map((c) => {
      if (typeof c?.name !== "string" || typeof c.previous !== "string" || typeof c.image !== "string")
        throw refuse(`${name}: each container needs name, previous and image`);
      return { name: c.name, previous: c.previous, image: c.image };
    });
    entries.push({ workload: name, status: typeof e.status === "string" ? e.status : "", containers });
  }
  return changesOf(entries);
}
async function rollBackWorkloads(ctx, kube, targets, imported) {
  const { logger, dryRun, clock } = ctx;
  const entries = [];
  const rollout = [];
  for (const t of targets) {
    const entry = { component: t.component, workload: t.ref, containers: [], source: null, status: "failed" };
    entries.push(entry);
    const w = await kube.workloads.get(t.kind, t.name);
    if (!w) {
      entry.error = `${t.kind} ${t.name} not found in namespace ${kube.target.namespace}`;
      logger.error(`${t.ref}: ${entry.error}`);
      continue;
    }
    const annotation = readPreviousImages(w.annotations[PREVIOUS_IMAGES_ANNOTATION]);
    let record;
    if (imported) {
      const change = imported.get(t.ref);
      record = change?.containers.map((c) => ({ name: c.name, from: c.image, to: c.previous }));
      entry.source = "result";
    } else if (annotation && !annotation.rolledBack) {
      record = Object.entries(annotation.containers).map(([name, c]) => ({ name, from: c.to, to: c.from }));
      entry.source = "annotation";
    }
    if (!record?.length) {
      entry.status = "unchanged";
      entry.note = imported ? "import-images did not change it" : annotation?.rolledBack ? `rolled back already (${annotation.at})` : "import-images never set it";
      logger.info(`${t.ref}: nothing to roll back (${entry.note})`);
      continue;
    }
    const changes = [];
    for (const r of record) {
      const index = w.containers.findIndex((c) => c.name === r.name);
      const now = w.containers[index]?.image;
      if (now === r.to) continue;
      if (now !== r.from) {
        logger.warning(`${t.ref}: container ${r.name} runs ${now ?? "nothing"}, not ${r.from} that import-images set: left alone`);
        continue;
      }
      changes.push({ index, name: r.name, image: r.to });
      entry.containers.push(r);
    }
    if (!changes.length) {
      entry.status = "unchanged";
      entry.note = "every container already runs the image before (or another one since)";
      logger.info(`${t.ref}: ${entry.note}`);
      continue;
    }
    const said = entry.containers.map((c) => `container ${c.name} ${c.from} \u2192 ${c.to}`).join("; ");
    if (dryRun) {
      entry.status = "would-roll-back";
      logger.info(
        `would patch ${w.kind}/${w.name}: ${said} (images before, from the ${entry.source === "result" ? "import's result" : "annotation"})`
      );
      continue;
    }
    const used = {
      containers: Object.fromEntries(entry.containers.map((c) => [c.name, { from: c.to, to: c.from }])),
      at: new Date(clock.now()).toISOString(),
      rolledBack: true
    };
    try {
      await kube.workloads.setImages(w, changes, { [PREVIOUS_IMAGES_ANNOTATION]: JSON.stringify(used) });
    } catch (error) {
      entry.error = `patching ${w.kind}/${w.name} failed: ${errorMessage(error)}`;
      logger.error(entry.error);
      continue;
    }
    entry.status = "rolled-back";
    logger.info(`rolled back ${w.kind}/${w.name}: ${said}`);
    for (const c of entry.containers)
      rollout.push({
        kind: "workload",
        workload: { kind: t.kind, name: t.name },
        containers: [c.name],
        repository: t.repository,
        image: c.to
      });
  }
  return { entries, rollout };
}

// src/stages/rollback/this-run.ts
var HINT = "pass the outputs unchanged, e.g. ${{ needs.import.outputs.streams }} and ${{ needs.images.outputs.digests }}";
function parseThisRun(raw) {
  const imported = text(raw, "imported");
  const parsed = imported === void 0 ? void 0 : unwrap(json(imported, "imported"));
  if (Array.isArray(parsed) && parsed.length && parsed.every((e) => isObject(e) && "workload" in e))
    return { imported: /* @__PURE__ */ new Map(), workloads: importedWorkloads(parsed), digests: newDigests(text(raw, "digests")) };
  return {
    imported: parsed === void 0 ? null : importedStreams(parsed),
    workloads: isObject(parsed) && Array.isArray(parsed.workloads) ? importedWorkloads(parsed.workloads) : null,
    digests: newDigests(text(raw, "digests"))
  };
}
function unwrap(parsed) {
  return isObject(parsed) && isObject(parsed.result) ? parsed.result : parsed;
}
function changedByThisRun(scope, target, current) {
  if (scope.imported) return scope.imported.has(`${target.stream}:${target.tag}`);
  if (scope.digests) return current !== null && scope.digests.get(target.image) === current;
  return true;
}
function json(value, option) {
  try {
    return JSON.parse(value);
  } catch {
    throw new UsageError(`--${option}: not JSON`, HINT);
  }
}
var isObject = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
function importedStreams(result) {
  const parsed = isObject(result) ? result.streams : result;
  if (!Array.isArray(parsed))
    throw new UsageError('--imported: expected the import-images result ({"streams": [{"stream", "tag", "status"}, ...]})', HINT);
  const imported = /* @__PURE__ */ new Map();
  for (const s of parsed) {
    if (!isObject(s) || typeof s.stream !== "string" || typeof s.tag !== "string" || typeof s.status !== "string")
      throw new UsageError('--imported: every stream needs "stream", "tag" and "status"', HINT);
    const previous = typeof s.previous === "string" && /^sha256:[0-9a-f]{64}$/.test(s.previous) ? s.previous : null;
    if (s.status === "imported") imported.set(`${s.stream}:${s.tag}`, previous);
  }
  return imported;
}
function newDigests(value) {
  if (value === void 0) return null;
  const parsed = json(value, "digests");
  if (!isObject(parsed) || Object.values(parsed).some((d) => typeof d !== "string" || !/^sha256:[0-9a-f]{64}$/.test(d)))
    throw new UsageError("--digests: expected a JSON object image \u2192 sha256:\u2026 digest", HINT);
  return new Map(Object.entries(parsed));
}

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
    const before = options.thisRun.imported?.get(`${t.stream}:${t.tag}`) ?? void 0;
    const target = chosen ?? before ?? (alreadyPinned ? current : tag?.history.find((h) => h.digest !== current)?.digest);
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
