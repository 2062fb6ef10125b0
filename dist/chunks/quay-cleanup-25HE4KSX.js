import { createRequire as __sgRequire } from 'node:module'; const require = __sgRequire(import.meta.url);
import {
  parseQuayCleanupOptions
} from "./chunk-Z2YIS2LL.js";
import {
  createQuayTagClient
} from "./chunk-DPTBCVPP.js";
import "./chunk-25E5E3CG.js";
import {
  createKubeClient
} from "./chunk-5MNIAPR6.js";
import "./chunk-4GMMOAY2.js";
import "./chunk-LONG6DJQ.js";
import "./chunk-N6UHWS4B.js";
import "./chunk-OXNICSTU.js";
import "./chunk-ZFVJRRAQ.js";
import "./chunk-4PSKXZ4E.js";
import {
  UsageError
} from "./chunk-HO53TWSA.js";
import "./chunk-EP666XB4.js";

// src/stages/quay-cleanup/decide.ts
var ALWAYS_PROTECTED = ["prod", "stg", "latest"];
function protectedBy(tag, patterns) {
  return [...ALWAYS_PROTECTED, ...patterns].find((p) => new RegExp(`^${p.split("*").map(escapeRegExp).join(".*")}$`).test(tag));
}
function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
var DAY = 864e5;
var age = (ms) => ms >= DAY ? `${Math.floor(ms / DAY)}d` : `${Math.max(0, Math.floor(ms / 36e5))}h`;
function decide(tags, inUse, policy) {
  const sorted = [...tags].sort((a, b) => b.lastModified - a.lastModified || a.name.localeCompare(b.name));
  const first = sorted.map((tag, index) => {
    const keepBecause = (reason) => ({ ...tag, action: "keep", reason });
    const pattern = protectedBy(tag.name, policy.protect);
    if (pattern) return keepBecause(pattern === tag.name ? "protected" : `protected (${pattern})`);
    if (index < policy.keep) return keepBecause(`among the ${policy.keep} newest`);
    const users = [
      ...inUse.tags.get(tag.name) ?? [],
      ...[tag.digest, ...tag.children ?? []].flatMap((d) => inUse.digests.get(d) ?? [])
    ];
    if (users.length) return keepBecause(`in use: ${[...new Set(users)].join(", ")}`);
    const old = policy.now - tag.lastModified;
    if (old < policy.olderThanMs) return keepBecause(`modified ${age(old)} ago, not older than ${age(policy.olderThanMs)}`);
    return { ...tag, action: "delete", reason: `modified ${age(old)} ago, beyond the ${policy.keep} newest, not protected, not in use` };
  });
  const keptDigests = /* @__PURE__ */ new Map();
  for (const v of first) if (v.action === "keep" && !keptDigests.has(v.digest)) keptDigests.set(v.digest, v.name);
  return first.map(
    (v) => v.action === "delete" && keptDigests.has(v.digest) ? { ...v, action: "keep", reason: `same digest as kept tag ${keptDigests.get(v.digest)}` } : v
  );
}
function spaceFreed(verdicts) {
  const seen = /* @__PURE__ */ new Set();
  let bytes = 0;
  let unsized = 0;
  for (const v of verdicts) {
    if (v.action !== "delete" || seen.has(v.digest)) continue;
    seen.add(v.digest);
    if (v.size === null) unsized++;
    else bytes += v.size;
  }
  return { bytes, unsized };
}
function formatBytes(bytes) {
  const units = ["B", "KB", "MB", "GB", "TB"];
  let value = bytes;
  let unit = 0;
  while (value >= 1e3 && unit < units.length - 1) {
    value /= 1e3;
    unit++;
  }
  return `${unit ? value.toFixed(1) : value} ${units[unit]}`;
}

// src/stages/quay-cleanup/index.ts
var quayCleanup = {
  parseOptions: parseQuayCleanupOptions,
  run: runQuayCleanup
};
async function runQuayCleanup(ctx, options) {
  const { config, logger, clock, env } = ctx;
  const clusters = Object.keys(config.clusters);
  if (!clusters.length)
    throw new UsageError(
      "no clusters are configured: quay-cleanup cannot see which images the image streams use",
      "add every cluster that runs these images under clusters: (with its OPENSHIFT_TOKEN_<NAME>)"
    );
  const kubes = clusters.map((name) => createKubeClient(config, name, env, { logger, clock, onSecret: (v) => ctx.secrets.add(v) }));
  const quay = createQuayTagClient({
    apiUrl: config.registries["quay.io"]?.apiUrl ?? "https://quay.io",
    token: env.QUAY_TOKEN,
    logger,
    clock
  });
  let inUse;
  try {
    inUse = await readInUse(kubes);
  } finally {
    for (const k of kubes) k.close();
  }
  logger.info(`image streams of ${clusters.join(", ")} use ${inUse.digests.size} digest(s)`);
  const policy = { now: clock.now(), olderThanMs: options.olderThanMs, keep: options.keep, protect: options.protect };
  const results = [];
  let failure;
  for (const repository of options.repositories) {
    const verdicts = await decideRepository(quay, repository, inUse, policy);
    const result2 = toResult(repository, verdicts);
    results.push(result2);
    const doomed = result2.tags.filter((t) => t.action === "delete");
    logger.info(
      `${repository}: ${verdicts.length} tag(s), ${doomed.length} to delete (${formatBytes(result2.bytesFreed)}), ${result2.kept} kept`
    );
    if (ctx.dryRun || failure) continue;
    for (const tag of doomed) {
      try {
        tag.outcome = await quay.deleteTag(repository, tag.name);
        logger.info(`deleted ${repository}:${tag.name} (${tag.reason})`);
      } catch (error) {
        tag.outcome = `failed: ${error instanceof Error ? error.message : String(error)}`;
        failure = `${repository}:${tag.name}: ${tag.outcome}`;
        break;
      }
    }
  }
  const deleted = results.flatMap(
    (r) => r.tags.filter((t) => t.action === "delete" && (ctx.dryRun || t.outcome === "deleted" || t.outcome === "already gone")).map((t) => `${r.repository}:${t.name}`)
  );
  const freed = spaceFreed(
    results.flatMap((r) => r.tags.filter((t) => t.action === "delete" && (ctx.dryRun || t.outcome === "deleted")).map(asVerdict))
  );
  const result = { repositories: results, deleted, bytesFreed: freed.bytes, unsizedDeleted: freed.unsized, clusters };
  const verb = ctx.dryRun ? "would delete" : "deleted";
  logger.info(
    `${verb} ${deleted.length} tag(s), ${formatBytes(freed.bytes)}${freed.unsized ? ` plus ${freed.unsized} manifest list(s) of unreported size` : ""}; ${quay.requests} Quay request(s)`
  );
  return {
    ok: !failure,
    changed: !ctx.dryRun && deleted.length > 0,
    result,
    tables: results.map((r) => table(r, ctx.dryRun)),
    ...failure ? {
      error: {
        message: `stopped deleting: ${failure}`,
        hint: "the tags deleted so far are listed; run quay-cleanup again to continue"
      }
    } : {}
  };
}
async function decideRepository(quay, repository, inUse, policy) {
  const listed = await quay.listTags(repository);
  const prefix = `${repository}:`;
  inUse = {
    digests: inUse.digests,
    tags: new Map([...inUse.tags].filter(([k]) => k.startsWith(prefix)).map(([k, v]) => [k.slice(prefix.length), v]))
  };
  const tags = listed.map((t) => ({ name: t.name, digest: t.digest, lastModified: t.lastModified, size: t.size }));
  const first = decide(tags, inUse, policy);
  const lists = new Set(listed.filter((t) => t.manifestList).map((t) => t.digest));
  const candidates = [...new Set(first.filter((v) => v.action === "delete" && lists.has(v.digest)).map((v) => v.digest))];
  if (!candidates.length) return first;
  const children = /* @__PURE__ */ new Map();
  for (const digest of candidates) children.set(digest, await quay.manifestChildren(repository, digest));
  return decide(
    tags.map((t) => children.has(t.digest) ? { ...t, children: children.get(t.digest) } : t),
    inUse,
    policy
  );
}
async function readInUse(kubes) {
  const digests = /* @__PURE__ */ new Map();
  const tags = /* @__PURE__ */ new Map();
  const add = (map, key, who) => map.set(key, [.../* @__PURE__ */ new Set([...map.get(key) ?? [], who])]);
  for (const kube of kubes) {
    for (const stream of await kube.imageStreams.list()) {
      for (const tag of stream.tags) {
        const who = `${kube.target.name}: ${stream.name}:${tag.name}`;
        for (const item of tag.history) add(digests, item.digest, who);
        const pinned = /@(sha256:[0-9a-f]{64})$/.exec(tag.from ?? "")?.[1];
        if (pinned) add(digests, pinned, who);
        const named = /^quay\.io\/([^@:]+:[\w][\w.-]*)$/.exec(tag.from ?? "")?.[1];
        if (named) add(tags, named, who);
      }
    }
  }
  return { digests, tags };
}
function toResult(repository, verdicts) {
  const tags = verdicts.map((v) => ({
    name: v.name,
    digest: v.digest,
    lastModified: new Date(v.lastModified).toISOString(),
    size: v.size,
    action: v.action,
    reason: v.reason
  }));
  return {
    repository,
    tags,
    deleted: tags.filter((t) => t.action === "delete").length,
    kept: tags.filter((t) => t.action === "keep").length,
    bytesFreed: spaceFreed(verdicts).bytes
  };
}
function asVerdict(t) {
  return { name: t.name, digest: t.digest, lastModified: Date.parse(t.lastModified), size: t.size, action: t.action, reason: t.reason };
}
function table(r, dryRun) {
  return {
    title: `quay.io/${r.repository}: ${dryRun ? "would delete" : "deleted"} ${r.deleted} of ${r.tags.length} tag(s), ${formatBytes(r.bytesFreed)}`,
    headers: ["Tag", "Last modified", "Size", "Digest", "Action", "Reason"],
    rows: r.tags.map((t) => [
      t.name,
      t.lastModified.slice(0, 10),
      t.size === null ? "list" : formatBytes(t.size),
      t.digest.slice(0, 19),
      t.action === "keep" ? "keep" : dryRun ? "would delete" : t.outcome ?? "not reached",
      t.reason
    ])
  };
}
export {
  quayCleanup
};
