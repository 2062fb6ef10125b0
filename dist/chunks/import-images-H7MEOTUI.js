import { createRequire as __sgRequire } from 'node:module'; const require = __sgRequire(import.meta.url);
import {
  nothingTable,
  onCluster,
  previewRollout,
  readPreviousImages,
  rolloutTable,
  watchInto
} from "./chunk-IEOAETDZ.js";
import "./chunk-U2CKOM62.js";
import {
  nothingToRollOut,
  parseClusterScope,
  repositoryOf
} from "./chunk-2WVUDK2O.js";
import {
  runUrlFromEnv
} from "./chunk-V7NVJ6NN.js";
import {
  registryFor
} from "./chunk-F7DUJFOZ.js";
import "./chunk-DPTBCVPP.js";
import {
  parseImage
} from "./chunk-25E5E3CG.js";
import {
  PREVIOUS_IMAGES_ANNOTATION
} from "./chunk-5MNIAPR6.js";
import "./chunk-KPTLWIXW.js";
import "./chunk-4GMMOAY2.js";
import "./chunk-LONG6DJQ.js";
import {
  nullable,
  record,
  strictObject,
  string
} from "./chunk-JNDZXDHD.js";
import {
  text
} from "./chunk-N6UHWS4B.js";
import "./chunk-OXNICSTU.js";
import "./chunk-ZFVJRRAQ.js";
import "./chunk-4PSKXZ4E.js";
import {
  UsageError,
  errorMessage
} from "./chunk-HO53TWSA.js";
import "./chunk-EP666XB4.js";

// src/stages/shared/cluster/run-imports.ts
var STREAM_IMPORTS_ANNOTATION = "service-guru.dev/imports";
var tagRecord = strictObject({
  /** The run's identity: its GitHub Actions run link, or the deploy state's run id. */
  run: string(),
  /** Digest at the head of the tag's history before the run's first attempt; null: a new tag. */
  previous: nullable(string()),
  at: string()
});
var streamImportsSchema = record(string(), tagRecord);
function readStreamImports(text2) {
  if (!text2) return {};
  try {
    const parsed = streamImportsSchema.safeParse(JSON.parse(text2));
    return parsed.success ? parsed.data : {};
  } catch {
    return {};
  }
}
function earlierAttempt(record2, run, current) {
  if (!record2 || !run || record2.run !== run || current === record2.previous) return void 0;
  return record2.previous;
}

// src/stages/import-images/workloads.ts
async function digestsOf(ctx, images, proved) {
  const out = /* @__PURE__ */ new Map();
  for (const image of new Set(images)) {
    const known = proved.get(image);
    if (known) {
      out.set(image, { digest: known, from: "wait-images" });
      continue;
    }
    const ref = parseImage(image);
    try {
      const info = await registryFor(
        ref.host,
        ctx.config,
        { logger: ctx.logger, clock: ctx.clock },
        ctx.env,
        (v) => ctx.secrets.add(v)
      ).inspect(ref);
      out.set(image, info ? { digest: info.digest, from: "registry" } : { error: `${image} does not exist in the registry` });
    } catch (error) {
      out.set(image, { error: `cannot resolve ${image}: ${errorMessage(error)}` });
    }
  }
  return out;
}
function containersFor(w, t) {
  const all = w.containers.map((c, index) => ({ index, ...c }));
  if (t.container) {
    const named = all.filter((c) => c.name === t.container);
    return named.length ? named : `${t.ref}: no container "${t.container}" (containers: ${all.map((c) => c.name).join(", ") || "none"})`;
  }
  const running = all.filter((c) => sameRepository(c.image, t.repository));
  return running.length ? running : `${t.ref}: no container runs ${t.repository} (containers: ${all.map((c) => `${c.name}=${c.image}`).join(", ") || "none"}); name it in the configuration: ${t.ref}/<container>`;
}
function setEarlier(record2, run, chosen, image) {
  if (!run || !record2 || record2.run !== run || record2.rolledBack) return void 0;
  const before = {};
  for (const c of chosen) {
    const set = record2.containers[c.name];
    if (!set || set.to !== image) return void 0;
    before[c.name] = set.from;
  }
  return before;
}
function sameRepository(image, repository) {
  const bare = image.replace(/@sha256:[0-9a-f]+$/, "");
  const slash = bare.lastIndexOf("/");
  const colon = bare.lastIndexOf(":");
  return (colon > slash ? bare.slice(0, colon) : bare) === repository;
}
async function setWorkloadImages(ctx, kube, targets, proved, run) {
  const { logger, dryRun, clock } = ctx;
  const digests = await digestsOf(
    ctx,
    targets.map((t) => t.image),
    proved
  );
  const out = [];
  for (const t of targets) {
    const resolved = digests.get(t.image);
    const entry = {
      component: t.component,
      workload: t.ref,
      image: t.image,
      digest: "digest" in resolved ? resolved.digest : null,
      digestFrom: "digest" in resolved ? resolved.from : null,
      containers: [],
      status: "failed",
      replicas: 0
    };
    out.push(entry);
    if ("error" in resolved) {
      entry.error = resolved.error;
      logger.error(`${t.ref}: ${resolved.error}`);
      continue;
    }
    const w = await kube.workloads.get(t.kind, t.name);
    if (!w) {
      entry.error = `${t.kind} ${t.name} not found in namespace ${kube.target.namespace}`;
      logger.error(`${t.ref}: ${entry.error}`);
      continue;
    }
    entry.replicas = w.replicas;
    const chosen = containersFor(w, t);
    if (typeof chosen === "string") {
      entry.error = chosen;
      logger.error(chosen);
      continue;
    }
    const image = `${t.repository}@${resolved.digest}`;
    entry.containers = chosen.map((c) => ({ name: c.name, previous: c.image, image }));
    const changes = chosen.filter((c) => c.image !== image).map((c) => ({ index: c.index, name: c.name, image }));
    if (!changes.length) {
      const earlier = setEarlier(readPreviousImages(w.annotations[PREVIOUS_IMAGES_ANNOTATION]), run, chosen, image);
      if (earlier) {
        entry.containers = chosen.map((c) => ({ name: c.name, previous: earlier[c.name], image }));
        entry.status = dryRun ? "would-stay" : "set";
        logger.info(
          `${t.ref}: already runs ${image}, set by an earlier attempt of this run (${run}); before it: ${Object.values(earlier).join(", ")}`
        );
        continue;
      }
      entry.status = dryRun ? "would-stay" : "unchanged";
      logger.info(`${t.ref}: already runs ${image}`);
      continue;
    }
    const record2 = {
      containers: Object.fromEntries(changes.map((c) => [c.name, { from: chosen.find((x) => x.index === c.index).image, to: image }])),
      at: new Date(clock.now()).toISOString(),
      ...run ? { run } : {}
    };
    const said = changes.map((c) => `container ${c.name} ${record2.containers[c.name].from} \u2192 ${image}`).join("; ");
    if (dryRun) {
      entry.status = "would-set";
      logger.info(
        `would patch ${w.kind}/${w.name}: ${said}; and annotation ${PREVIOUS_IMAGES_ANNOTATION} (nothing else; digest from ${resolved.from})`
      );
      continue;
    }
    try {
      await kube.workloads.setImages(w, changes, { [PREVIOUS_IMAGES_ANNOTATION]: JSON.stringify(record2) });
    } catch (error) {
      entry.error = `patching ${w.kind}/${w.name} failed: ${errorMessage(error)}`;
      logger.error(entry.error);
      continue;
    }
    entry.status = "set";
    logger.info(`patched ${w.kind}/${w.name}: ${said} (digest from ${resolved.from})`);
  }
  return out;
}

// src/stages/import-images/index.ts
var importImages = {
  parseOptions: (raw, config) => ({
    ...parseClusterScope(raw, config),
    digests: parseDigests(raw),
    run: text(raw, "run")
  }),
  run: runImportImages
};
function parseDigests(raw) {
  const value = text(raw, "digests");
  if (!value) return /* @__PURE__ */ new Map();
  let parsed;
  try {
    parsed = JSON.parse(value);
  } catch {
    throw new UsageError("--digests: expected a JSON object image \u2192 digest", `pass wait-images' digests output as it is`);
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed))
    throw new UsageError("--digests: expected a JSON object image \u2192 digest", `pass wait-images' digests output as it is`);
  const out = /* @__PURE__ */ new Map();
  for (const [image, digest] of Object.entries(parsed)) {
    if (typeof digest !== "string" || !/^sha256:[0-9a-f]{64}$/.test(digest))
      throw new UsageError(`--digests: "${image}" maps to ${JSON.stringify(digest)}, not sha256:<64 hex digits>`);
    out.set(image, digest);
  }
  return out;
}
async function runImportImages(ctx, options) {
  const workloads = [];
  const identity = { ...options, run: options.run ?? runUrlFromEnv(ctx.env) };
  const run = await onCluster(ctx, identity, "nothing to import", (work) => importAndWatch(ctx, identity, work, workloads));
  return { ...run, result: { ...run.result, workloads } };
}
async function importAndWatch(ctx, options, work, workloads) {
  const { logger, dryRun } = ctx;
  const { kube, targets, result } = work;
  workloads.push(...await setWorkloadImages(ctx, kube, work.workloads, options.digests, options.run));
  if (targets.length)
    logger.info(
      `${dryRun ? "would import" : "importing"} ${targets.length} stream tag(s) in ${kube.target.namespace} on cluster ${kube.target.name} (${options.scope})`
    );
  const settings = /* @__PURE__ */ new Map();
  for (const t of targets) {
    const stream = await kube.imageStreams.get(t.stream);
    const tag = stream?.tags.find((x) => x.name === t.tag);
    settings.set(t, { scheduled: tag?.scheduled ?? false, referencePolicy: tag?.referencePolicy ?? "Source" });
    const current = tag?.history[0]?.digest ?? null;
    const records = readStreamImports(stream?.annotations[STREAM_IMPORTS_ANNOTATION]);
    const earlier = earlierAttempt(records[t.tag], options.run, current);
    const previous = earlier === void 0 ? current : earlier;
    const pinned = !!tag?.from && tag.from !== t.image && /@sha256:/.test(tag.from);
    const recorded = await recordRun(ctx, kube, t, stream, records, options.run, current);
    if (recorded) {
      result.streams.push({ ...entryOf(t, previous), error: recorded });
      logger.error(`${t.stream}:${t.tag}: ${recorded}`);
      continue;
    }
    const outcome = await kube.imageStreams.importTag({
      stream: t.stream,
      tag: t.tag,
      from: t.image,
      persist: !dryRun,
      ...settings.get(t)
    });
    const entry = { ...entryOf(t, previous), digest: outcome.ok ? outcome.digest : null };
    if (!outcome.ok) {
      entry.error = outcome.message;
      logger.error(`${t.stream}:${t.tag}: the registry refused ${t.image}: ${outcome.message}`);
    } else {
      const same = outcome.digest === previous;
      entry.status = dryRun ? same && !pinned ? "would-stay" : "would-import" : same && !pinned ? "unchanged" : "imported";
      entry.pinLifted = pinned && !dryRun;
      const byEarlier = earlier !== void 0 && outcome.digest === current;
      logger.info(
        `${t.stream}:${t.tag}: ${dryRun ? "would import" : "imported"} ${outcome.digest}${same ? " (already the current image)" : ` (was ${previous ?? "empty"})`}` + (byEarlier && !same ? `; an earlier attempt of this run (${options.run}) had set it already` : "") + (pinned ? `; ${dryRun ? "would lift" : "lifted"} the pin on ${tag?.from}` : "")
      );
    }
    result.streams.push(entry);
  }
  const changed = !dryRun && (result.streams.some((s) => s.status === "imported") || workloads.some((w) => w.status === "set"));
  const failed = result.streams.filter((s) => s.status === "failed");
  const failedWorkloads = workloads.filter((w) => w.status === "failed");
  if (dryRun) {
    result.wouldRoll = [
      ...targets.length ? await previewRollout(
        kube,
        result.streams.filter((s) => s.digest).map((s) => ({ stream: s.stream, tag: s.tag, digest: s.digest })),
        logger
      ) : [],
      ...wouldRollWorkloads(work, workloads)
    ];
  } else {
    const ok = result.streams.filter((s) => s.digest);
    const error = await watchInto(
      ctx,
      work,
      [
        ...workloadRolloutTargets(work, workloads),
        ...ok.map((s) => {
          const t = targets.find((x) => x.stream === s.stream && x.tag === s.tag);
          return {
            kind: "stream",
            stream: s.stream,
            tag: s.tag,
            digest: s.digest,
            reimport: () => kube.imageStreams.importTag({ stream: s.stream, tag: s.tag, from: t.image, persist: true, ...settings.get(t) })
          };
        })
      ],
      options.timeoutMs
    );
    if (error) return finish(ctx, result, workloads, changed || result.remediations.length > 0, error);
  }
  if (failed.length || failedWorkloads.length) {
    return finish(ctx, result, workloads, changed, {
      message: `import failed for ` + [...failed.map((s) => `${s.stream}:${s.tag} (${s.error})`), ...failedWorkloads.map((w) => `${w.workload} (${w.error})`)].join("; "),
      hint: `check that the images exist and the cluster can read ${[...new Set([...failed, ...failedWorkloads].map((s) => repositoryOf(s.image)))].join(", ")}${failedWorkloads.length ? ", and that images[].workloads names workloads of the namespace" : ""}; then run import-images again`
    });
  }
  return finish(ctx, result, workloads, changed || result.remediations.length > 0);
}
function entryOf(t, previous) {
  return {
    component: t.component,
    stream: t.stream,
    tag: t.tag,
    image: t.image,
    previous,
    digest: null,
    pinLifted: false,
    status: "failed"
  };
}
async function recordRun(ctx, kube, t, stream, records, run, current) {
  if (!run || !stream || records[t.tag]?.run === run) return void 0;
  if (ctx.dryRun) {
    ctx.logger.info(`would record on image stream ${t.stream} that this run imports :${t.tag} (annotation ${STREAM_IMPORTS_ANNOTATION})`);
    return void 0;
  }
  const record2 = { ...records, [t.tag]: { run, previous: current, at: new Date(ctx.clock.now()).toISOString() } };
  try {
    await kube.imageStreams.annotate(t.stream, { [STREAM_IMPORTS_ANNOTATION]: JSON.stringify(record2) });
    return void 0;
  } catch (error) {
    return `recording this run on the image stream (annotation ${STREAM_IMPORTS_ANNOTATION}) failed: ${errorMessage(error)}`;
  }
}
function workloadRolloutTargets(work, workloads) {
  return workloads.flatMap((w) => {
    const t = work.workloads.find((x) => x.ref === w.workload && x.image === w.image);
    if (!w.digest || w.status !== "set" && w.status !== "unchanged") return [];
    return [
      {
        kind: "workload",
        workload: { kind: t.kind, name: t.name },
        containers: w.containers.map((c) => c.name),
        repository: t.repository,
        image: `${t.repository}@${w.digest}`
      }
    ];
  });
}
function wouldRollWorkloads(work, workloads) {
  return workloads.filter((w) => w.status === "would-set").map((w) => {
    const t = work.workloads.find((x) => x.ref === w.workload && x.image === w.image);
    return { kind: t.kind, name: t.name, replicas: w.replicas, streams: [t.repository] };
  });
}
function finish(ctx, result, workloads, changed, error) {
  return { ok: !error, changed, result, tables: tables(ctx, result, workloads), ...error ? { error } : {} };
}
function tables(ctx, result, workloads) {
  const where = `${result.cluster} (${result.namespace})${ctx.dryRun ? " \u2014 dry run" : ""}`;
  return [
    ...result.streams.length ? [streamTable(where, result)] : [],
    ...workloads.length ? [
      {
        title: `Workload images on ${where}`,
        headers: ["Workload", "Container", "Before", "Now", "Status"],
        rows: workloads.flatMap(
          (w) => (w.containers.length ? w.containers : [{ name: "", previous: "", image: "" }]).map((c) => [
            w.workload,
            c.name,
            c.previous,
            c.image,
            w.error ? `\u274C ${w.error}` : `${w.status}${w.digestFrom === "registry" ? " (digest the tag has now)" : ""}`
          ])
        )
      }
    ] : [],
    ...rolloutTable(result.rollouts, result.remediations),
    ...nothingTable(result)
  ];
}
function streamTable(where, result) {
  return {
    title: `Image imports on ${where}`,
    headers: ["Stream", "Image", "Before", "Now", "Status"],
    rows: result.streams.map((s) => [
      `${s.stream}:${s.tag}`,
      s.image,
      s.previous?.slice(0, 19) ?? "",
      s.digest?.slice(0, 19) ?? "",
      s.error ? `\u274C ${s.error}` : `${s.status}${s.pinLifted ? " (pin lifted)" : ""}`
    ])
  };
}
export {
  importImages,
  nothingToRollOut,
  parseDigests
};
