import { createRequire as __sgRequire } from 'node:module'; const require = __sgRequire(import.meta.url);
import {
  createKubeClient
} from "./chunk-OCASDBGA.js";
import {
  QUAY_API_LIMITS,
  readRegistryJson,
  sharedBucket
} from "./chunk-MSXBQ4VS.js";
import {
  fetchWithRetry
} from "./chunk-TL7HDKFD.js";
import "./chunk-KLJOYWLQ.js";
import {
  parseQuayCleanupOptions
} from "./chunk-Z2YIS2LL.js";
import {
  systemClock
} from "./chunk-ZFVJRRAQ.js";
import "./chunk-LW2GL5TU.js";
import "./chunk-N6UHWS4B.js";
import "./chunk-4PSKXZ4E.js";
import {
  StageError,
  UsageError
} from "./chunk-HO53TWSA.js";
import "./chunk-EP666XB4.js";

// src/registry/quay-tags.ts
var QUAY_TAG_LISTING_LIMITS = { ratePerSecond: 5, burst: 2 };
var PAGE_SIZE = 100;
var MAX_PAGES = 500;
function createQuayTagClient(options) {
  if (!options.token)
    throw new UsageError(
      "QUAY_TOKEN is not set: listing and deleting tags needs a token",
      'set QUAY_TOKEN (action input quay-token) to an OAuth access token of a Quay application with "Read/Write to any accessible repositories" (repo:write), whose user may write to the repositories; a robot account token is not accepted by /api/v1'
    );
  return new Client(options, options.token);
}
var Client = class {
  requests = 0;
  apiUrl;
  http;
  api;
  listings;
  constructor(options, token) {
    this.apiUrl = options.apiUrl.replace(/\/+$/, "");
    const clock = options.clock ?? systemClock;
    this.http = {
      service: "Quay",
      logger: options.logger,
      clock,
      headers: { authorization: `Bearer ${token}`, accept: "application/json" }
    };
    this.api = sharedBucket(clock, this.apiUrl, QUAY_API_LIMITS);
    this.listings = sharedBucket(clock, `${this.apiUrl} tag listings`, QUAY_TAG_LISTING_LIMITS);
  }
  /** Every request waits for a token of Quay's /api/ limit; tag listings also for the stricter listing limit. */
  async paced(method, url, listing = false) {
    if (listing) await this.listings.take();
    await this.api.take();
    this.requests++;
    return fetchWithRetry(url, { method }, this.http);
  }
  refused(status, what) {
    throw new StageError(
      `Quay refused ${what} (HTTP ${status})`,
      status === 401 ? "Quay did not accept QUAY_TOKEN (expired, revoked, or not an API token): /api/v1 takes an OAuth access token of a Quay application; a robot account token only works for docker login" : "the user or application behind QUAY_TOKEN needs write access to the repository (deleting tags: the repo:write scope and write permission; listing: read)"
    );
  }
  async listTags(repository) {
    const tags = [];
    for (let page = 1; ; page++) {
      if (page > MAX_PAGES) throw new StageError(`Quay kept answering has_additional for ${repository} past ${MAX_PAGES} pages`);
      const url = `${this.apiUrl}/api/v1/repository/${repository}/tag/?onlyActiveTags=true&limit=${PAGE_SIZE}&page=${page}`;
      const what = `GET /api/v1/repository/${repository}/tag/ page ${page}`;
      const response = await this.paced("GET", url, true);
      if (response.status === 401 || response.status === 403) this.refused(response.status, what);
      if (response.status === 404)
        throw new StageError(
          `Quay has no repository ${repository}`,
          "check the image names of the components (quay.io/<namespace>/<repository>:tag)"
        );
      const body = await readRegistryJson(response, what, "Quay");
      if (!Array.isArray(body.tags))
        throw new StageError(`Quay's answer to ${what} has no tags list; is the apiUrl of quay.io the Quay API?`);
      for (const t of body.tags) tags.push(parseTag(t, repository));
      if (!body.has_additional) break;
    }
    return tags.sort((a, b) => b.lastModified - a.lastModified || a.name.localeCompare(b.name));
  }
  async manifestChildren(repository, digest) {
    const what = `GET /api/v1/repository/${repository}/manifest/${digest}`;
    const response = await this.paced("GET", `${this.apiUrl}/api/v1/repository/${repository}/manifest/${digest}`);
    if (response.status === 401 || response.status === 403) this.refused(response.status, what);
    const body = await readRegistryJson(response, what, "Quay");
    if (typeof body.manifest_data !== "string") throw new StageError(`Quay's answer to ${what} has no manifest_data`);
    try {
      const data = JSON.parse(body.manifest_data);
      return (data.manifests ?? []).map((m) => m.digest).filter((d) => typeof d === "string");
    } catch {
      throw new StageError(`Quay's manifest_data of ${repository}@${digest} is not JSON`);
    }
  }
  async deleteTag(repository, tag) {
    const what = `DELETE /api/v1/repository/${repository}/tag/${tag}`;
    const response = await this.paced("DELETE", `${this.apiUrl}/api/v1/repository/${repository}/tag/${encodeURIComponent(tag)}`);
    await response.text();
    if (response.status === 404) return "already gone";
    if (response.status === 401 || response.status === 403) this.refused(response.status, what);
    if (!response.ok) throw new StageError(`Quay answered HTTP ${response.status} to ${what}`);
    return "deleted";
  }
};
function parseTag(t, repository) {
  if (typeof t.name !== "string" || typeof t.manifest_digest !== "string") {
    throw new StageError(`Quay listed a tag of ${repository} without name or manifest_digest: ${JSON.stringify(t).slice(0, 200)}`);
  }
  const modified = typeof t.last_modified === "string" ? Date.parse(t.last_modified) : NaN;
  const lastModified = Number.isFinite(modified) ? modified : typeof t.start_ts === "number" ? t.start_ts * 1e3 : NaN;
  if (!Number.isFinite(lastModified)) throw new StageError(`Quay's tag ${repository}:${t.name} has no readable last_modified`);
  return {
    name: t.name,
    digest: t.manifest_digest,
    lastModified,
    size: typeof t.size === "number" ? t.size : null,
    manifestList: t.is_manifest_list === true
  };
}

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
  const kubes = clusters.map((name) => createKubeClient(config, name, env, { logger, clock }));
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
