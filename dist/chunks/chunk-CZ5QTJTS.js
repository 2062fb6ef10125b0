import { createRequire as __sgRequire } from 'node:module'; const require = __sgRequire(import.meta.url);
import {
  PREVIOUS_IMAGES_ANNOTATION
} from "./chunk-LNDVPVUS.js";
import {
  boolean,
  optional,
  record,
  strictObject,
  string
} from "./chunk-M4IDO3U3.js";
import {
  text
} from "./chunk-N6UHWS4B.js";
import {
  UsageError,
  errorMessage
} from "./chunk-HO53TWSA.js";

// src/stages/shared/cluster/previous.ts
var previousImagesSchema = strictObject({
  containers: record(string(), strictObject({ from: string(), to: string() })),
  at: string(),
  rolledBack: optional(boolean())
});
function readPreviousImages(text2) {
  if (!text2) return void 0;
  try {
    const parsed = previousImagesSchema.safeParse(JSON.parse(text2));
    return parsed.success ? parsed.data : void 0;
  } catch {
    return void 0;
  }
}
function changesOf(entries) {
  const out = /* @__PURE__ */ new Map();
  for (const e of entries)
    if (e.status === "set") out.set(e.workload, { workload: e.workload, containers: e.containers.filter((c) => c.previous !== c.image) });
  return out;
}

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
    let record2;
    if (imported) {
      const change = imported.get(t.ref);
      record2 = change?.containers.map((c) => ({ name: c.name, from: c.image, to: c.previous }));
      entry.source = "result";
    } else if (annotation && !annotation.rolledBack) {
      record2 = Object.entries(annotation.containers).map(([name, c]) => ({ name, from: c.to, to: c.from }));
      entry.source = "annotation";
    }
    if (!record2?.length) {
      entry.status = "unchanged";
      entry.note = imported ? "import-images did not change it" : annotation?.rolledBack ? `rolled back already (${annotation.at})` : "import-images never set it";
      logger.info(`${t.ref}: nothing to roll back (${entry.note})`);
      continue;
    }
    const changes = [];
    for (const r of record2) {
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
var thisRunSpecs = [
  {
    name: "imported",
    type: "string",
    description: "import-images' result (JSON): roll back only the streams it imported and the workloads it set (without it, a workload's service-guru.dev/previous-images annotation says)"
  },
  {
    name: "digests",
    type: "string",
    description: "wait-images' digests (JSON image \u2192 digest): without --imported, roll back only the streams that now run one of these digests"
  }
];
var HINT = "pass the outputs unchanged, e.g. ${{ needs.import.outputs.streams }} and ${{ needs.images.outputs.digests }}";
function parseThisRun(raw) {
  const imported = text(raw, "imported");
  const parsed = imported === void 0 ? void 0 : unwrap(json(imported, "imported"));
  if (Array.isArray(parsed) && parsed.length && parsed.every((e) => isObject(e) && "workload" in e))
    return { imported: /* @__PURE__ */ new Set(), workloads: importedWorkloads(parsed), digests: newDigests(text(raw, "digests")) };
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
  const imported = /* @__PURE__ */ new Set();
  for (const s of parsed) {
    if (!isObject(s) || typeof s.stream !== "string" || typeof s.tag !== "string" || typeof s.status !== "string")
      throw new UsageError('--imported: every stream needs "stream", "tag" and "status"', HINT);
    if (s.status === "imported") imported.add(`${s.stream}:${s.tag}`);
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

export {
  changesOf,
  rollBackWorkloads,
  thisRunSpecs,
  parseThisRun,
  changedByThisRun
};
