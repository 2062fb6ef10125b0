import { createRequire as __sgRequire } from 'node:module'; const require = __sgRequire(import.meta.url);
import {
  external_exports
} from "./chunk-A3EVXQGW.js";
import {
  createGitHubClient,
  fetchWithRetry,
  git,
  isRequestError
} from "./chunk-ORJIRLTF.js";
import "./chunk-FOD4HBAH.js";
import {
  duration,
  text
} from "./chunk-43KNLJ3C.js";
import "./chunk-D3O4PSQ5.js";
import {
  StageError,
  UsageError,
  formatDuration
} from "./chunk-YPU6I2LZ.js";
import "./chunk-EP666XB4.js";

// src/github/workflow-runs.ts
var WorkflowRunWatcher = class {
  client;
  cache = /* @__PURE__ */ new Map();
  requests = 0;
  notModified = 0;
  constructor(client) {
    this.client = client;
  }
  async runs(repo, workflow, sha, branch) {
    const [owner, name] = repo.split("/");
    const key = `${repo}\0${workflow}\0${sha}\0${branch}`;
    const cached = this.cache.get(key);
    this.requests++;
    try {
      const response = await this.client.rest.actions.listWorkflowRuns({
        owner,
        repo: name,
        workflow_id: workflow,
        head_sha: sha,
        branch,
        per_page: 20,
        ...cached ? { headers: { "if-none-match": cached.etag } } : {}
      });
      const runs = response.data.workflow_runs.map((r) => ({
        id: r.id,
        name: r.name ?? workflow,
        status: r.status ?? "queued",
        conclusion: r.conclusion,
        htmlUrl: r.html_url,
        startedAt: Date.parse(r.run_started_at ?? r.created_at)
      }));
      const etag = response.headers.etag;
      if (etag) this.cache.set(key, { etag, runs });
      return runs;
    } catch (error) {
      if (cached && isRequestError(error) && error.status === 304) {
        this.notModified++;
        return cached.runs;
      }
      throw error;
    }
  }
};

// src/registry/oci.ts
import { createHash } from "node:crypto";

// src/registry/types.ts
var REVISION_LABEL = "org.opencontainers.image.revision";
function parseImage(text2) {
  const slash = text2.indexOf("/");
  const colon = text2.lastIndexOf(":");
  if (slash < 0 || colon < slash) throw new Error(`"${text2}" is not registry/repository:tag`);
  return { host: text2.slice(0, slash), repository: text2.slice(slash + 1, colon), tag: text2.slice(colon + 1), text: text2 };
}
function platformOf(p) {
  if (!p?.os || !p.architecture || p.os === "unknown") return void 0;
  return [p.os, p.architecture, p.variant].filter(Boolean).join("/");
}

// src/registry/oci.ts
var MANIFEST_TYPES = [
  "application/vnd.oci.image.index.v1+json",
  "application/vnd.docker.distribution.manifest.list.v2+json",
  "application/vnd.oci.image.manifest.v1+json",
  "application/vnd.docker.distribution.manifest.v2+json"
].join(", ");
var OciRegistry = class {
  apiUrl;
  http;
  basic;
  tokens = /* @__PURE__ */ new Map();
  byDigest = /* @__PURE__ */ new Map();
  constructor(apiUrl, http, credentials) {
    this.apiUrl = apiUrl.replace(/\/+$/, "");
    this.http = http;
    this.basic = credentials ? Buffer.from(`${credentials.username}:${credentials.password}`).toString("base64") : void 0;
  }
  async request(repository, path, method, accept) {
    const url = `${this.apiUrl}/v2/${repository}/${path}`;
    const send = () => {
      const token = this.tokens.get(repository);
      const headers = { ...accept ? { accept } : {} };
      if (token) headers.authorization = `Bearer ${token}`;
      else if (this.basic) headers.authorization = `Basic ${this.basic}`;
      return fetchWithRetry(url, { method, headers }, this.http);
    };
    let response = await send();
    const challenge = response.headers.get("www-authenticate");
    if (response.status === 401 && challenge?.toLowerCase().startsWith("bearer ")) {
      await response.body?.cancel();
      this.tokens.set(repository, await this.token(challenge, repository));
      response = await send();
    }
    if (response.status === 401 || response.status === 403) {
      throw new StageError(`${this.http.service}: access to ${repository} was refused (HTTP ${response.status})`, "check the registry credentials (QUAY_TOKEN for quay.io) and that the repository exists");
    }
    return response;
  }
  /** RFC 6750 challenge → token endpoint (Docker token authentication). */
  async token(challenge, repository) {
    const params = Object.fromEntries([...challenge.slice(7).matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
    if (!params.realm) throw new StageError(`${this.http.service}: the bearer challenge names no realm`);
    const url = new URL(params.realm);
    if (params.service) url.searchParams.set("service", params.service);
    url.searchParams.set("scope", params.scope ?? `repository:${repository}:pull`);
    const response = await fetchWithRetry(url.toString(), { headers: this.basic ? { authorization: `Basic ${this.basic}` } : {} }, this.http);
    if (!response.ok) throw new StageError(`${this.http.service}: the token endpoint answered HTTP ${response.status}`, "check the registry credentials");
    const body = await response.json();
    const token = body.token ?? body.access_token;
    if (!token) throw new StageError(`${this.http.service}: the token endpoint answered without a token`);
    return token;
  }
  async json(repository, path, accept) {
    const response = await this.request(repository, path, "GET", accept);
    if (response.status === 404) return null;
    if (!response.ok) throw new StageError(`${this.http.service}: GET ${path} of ${repository} answered HTTP ${response.status}`);
    const text2 = await response.text();
    const digest = response.headers.get("docker-content-digest") ?? `sha256:${createHash("sha256").update(text2).digest("hex")}`;
    return { body: JSON.parse(text2), digest };
  }
  async inspect(ref) {
    const head = await this.request(ref.repository, `manifests/${ref.tag}`, "HEAD", MANIFEST_TYPES);
    if (head.status === 404) return null;
    const known = head.headers.get("docker-content-digest");
    if (known && this.byDigest.has(known)) return this.byDigest.get(known);
    const manifest = await this.json(ref.repository, `manifests/${ref.tag}`, MANIFEST_TYPES);
    if (!manifest) return null;
    const info = await this.describe(ref.repository, manifest.body, manifest.digest);
    this.byDigest.set(manifest.digest, info);
    return info;
  }
  async describe(repository, manifest, digest) {
    if (manifest.manifests) {
      const platforms = manifest.manifests.map((m) => platformOf(m.platform)).filter((p) => !!p);
      let revision2 = manifest.annotations?.[REVISION_LABEL];
      const first = manifest.manifests.find((m) => platformOf(m.platform));
      if (!revision2 && first) {
        const child = await this.json(repository, `manifests/${first.digest}`, MANIFEST_TYPES);
        if (child?.body.config) revision2 = (await this.config(repository, child.body.config.digest))?.config?.Labels?.[REVISION_LABEL];
      }
      return { digest, platforms, ...revision2 ? { revision: revision2 } : {} };
    }
    const config = manifest.config ? await this.config(repository, manifest.config.digest) : void 0;
    const platform = platformOf(config ?? void 0);
    const revision = manifest.annotations?.[REVISION_LABEL] ?? config?.config?.Labels?.[REVISION_LABEL];
    return { digest, platforms: platform ? [platform] : [], ...revision ? { revision } : {} };
  }
  async config(repository, digest) {
    return (await this.json(repository, `blobs/${digest}`, "*/*"))?.body;
  }
  async tagsContaining(ref, text2) {
    const names = [];
    let path = "tags/list?n=1000";
    while (path) {
      const response = await this.request(ref.repository, path, "GET", "application/json");
      if (response.status === 404) return [];
      const body = await response.json();
      names.push(...body.tags ?? []);
      const next = /<[^>]*\/v2\/[^>]*?\/(tags\/list\?[^>]*)>;\s*rel="next"/.exec(response.headers.get("link") ?? "");
      path = next?.[1];
    }
    const out = [];
    for (const tag of names.filter((n) => n.includes(text2))) {
      const head = await this.request(ref.repository, `manifests/${tag}`, "HEAD", MANIFEST_TYPES);
      const digest = head.headers.get("docker-content-digest");
      if (head.ok && digest) out.push({ tag, digest });
    }
    return out;
  }
};

// src/registry/quay.ts
var QuayRegistry = class {
  apiUrl;
  http;
  byDigest = /* @__PURE__ */ new Map();
  constructor(apiUrl, http, token) {
    this.apiUrl = apiUrl.replace(/\/+$/, "");
    this.http = { ...http, headers: { ...http.headers, ...token ? { authorization: `Bearer ${token}` } : {} } };
  }
  async get(path, query = {}) {
    const url = new URL(`${this.apiUrl}/api/v1/repository/${path}`);
    for (const [k, v] of Object.entries(query)) url.searchParams.set(k, v);
    const response = await fetchWithRetry(url.toString(), { headers: { accept: "application/json" } }, this.http);
    if (response.status === 404) return null;
    if (response.status === 401 || response.status === 403) {
      throw new StageError(`Quay refused ${url.pathname} (HTTP ${response.status})`, "set QUAY_TOKEN to a robot or OAuth token that can read the repository");
    }
    if (!response.ok) throw new StageError(`Quay answered HTTP ${response.status} for ${url.pathname}`);
    return await response.json();
  }
  async inspect(ref) {
    const page = await this.get(`${ref.repository}/tag/`, { specificTag: ref.tag, onlyActiveTags: "true" });
    const tag = page?.tags?.find((t) => t.name === ref.tag);
    if (!tag) return null;
    if (typeof tag.manifest_digest !== "string") throw new StageError(`Quay's tag ${ref.text} has no manifest_digest; is ${this.apiUrl} the Quay API?`);
    const pushedAt = tag.start_ts ? tag.start_ts * 1e3 : void 0;
    let info = this.byDigest.get(tag.manifest_digest);
    if (!info) {
      info = await this.describe(ref, tag);
      this.byDigest.set(tag.manifest_digest, info);
    }
    return { ...info, ...pushedAt ? { pushedAt } : {} };
  }
  async describe(ref, tag) {
    let platforms = [];
    if (tag.is_manifest_list) {
      const manifest = await this.get(`${ref.repository}/manifest/${tag.manifest_digest}`);
      const data = JSON.parse(manifest?.manifest_data ?? "{}");
      platforms = (data.manifests ?? []).map((m) => platformOf(m.platform)).filter((p) => !!p);
    }
    const labels = await this.get(`${ref.repository}/manifest/${tag.manifest_digest}/labels`, { filter: REVISION_LABEL });
    const revision = labels?.labels?.find((l) => l.key === REVISION_LABEL)?.value;
    return { digest: tag.manifest_digest, platforms, ...revision ? { revision } : {} };
  }
  async tagsContaining(ref, text2) {
    const page = await this.get(`${ref.repository}/tag/`, { onlyActiveTags: "true", filter_tag_name: `like:${text2}`, limit: "100" });
    return (page?.tags ?? []).filter((t) => t.name.includes(text2)).map((t) => ({ tag: t.name, digest: t.manifest_digest }));
  }
};

// src/registry/index.ts
function registryFor(host, config, http, env) {
  const apiUrl = config.registries[host]?.apiUrl ?? `https://${host}`;
  if (host === "quay.io") return new QuayRegistry(apiUrl, { ...http, service: "Quay" }, env.QUAY_TOKEN);
  return new OciRegistry(apiUrl, { ...http, service: `registry ${host}` });
}

// src/stages/wait-images/options.ts
var waitImagesOptionSpecs = [
  { name: "moved", type: "string", description: "The move-stable result (JSON): wait only for what moved, from the digests it recorded" },
  { name: "timeout", type: "string", description: "Give up after this long", default: "90m" },
  { name: "interval", type: "string", description: "First pause between polls; grows to 60s", default: "15s" }
];
var movedComponent = external_exports.object({
  name: external_exports.string(),
  status: external_exports.string().optional(),
  current: external_exports.string().nullable().optional(),
  imagesBefore: external_exports.record(external_exports.string(), external_exports.string()).optional()
});
var movedDocument = external_exports.union([
  external_exports.array(movedComponent),
  external_exports.object({ components: external_exports.array(movedComponent) }),
  external_exports.object({ result: external_exports.object({ components: external_exports.array(movedComponent) }) })
]);
function parseWaitImagesOptions(raw, config) {
  const timeoutMs = duration(raw, "timeout", "90m");
  const intervalMs = duration(raw, "interval", "15s");
  const movedText = text(raw, "moved");
  if (!movedText) return { moved: null, timeoutMs, intervalMs };
  let parsed;
  try {
    parsed = JSON.parse(movedText);
  } catch {
    throw new UsageError("--moved: not JSON", "pass the move-stable result, e.g. ${{ steps.move.outputs.result }}");
  }
  const doc = movedDocument.safeParse(parsed);
  if (!doc.success) throw new UsageError('--moved: expected the move-stable result ({"components": [{"name", "status", "current"}, ...]})');
  const list = Array.isArray(doc.data) ? doc.data : "components" in doc.data ? doc.data.components : doc.data.result.components;
  const names = new Set(config.components.map((c) => c.name));
  const moved = [];
  for (const c of list) {
    if (!names.has(c.name)) throw new UsageError(`--moved: component "${c.name}" is not in the configuration`);
    if (c.status !== void 0 && c.status !== "moved") continue;
    if (!c.current || !/^[0-9a-f]{40}$/.test(c.current)) throw new UsageError(`--moved: component "${c.name}" has no full commit SHA in "current"`);
    moved.push({ name: c.name, sha: c.current, before: c.imagesBefore ?? {} });
  }
  return { moved, timeoutMs, intervalMs };
}

// src/stages/wait-images/readiness.ts
async function checkImage(target, registry, uniqueTags) {
  const info = await registry.inspect(target.ref);
  const short = target.sha.slice(0, 7);
  if (!info) return { ready: false, info, missing: `tag ${target.ref.tag} does not exist yet` };
  let matchedBy;
  let uniqueTag;
  if (info.revision) {
    if (!target.sha.startsWith(info.revision) && !info.revision.startsWith(target.sha)) {
      return { ready: false, info, missing: `still the image of ${info.revision.slice(0, 7)} (revision label), not ${short}` };
    }
    matchedBy = "revision-label";
  } else {
    let unique = uniqueTags.get(target.ref.text);
    if (unique?.digest !== info.digest) {
      const tags = await registry.tagsContaining(target.ref, short);
      const tag = tags.find((t) => t.digest === info.digest)?.tag;
      unique = { digest: info.digest, ...tag ? { tag } : {} };
      uniqueTags.set(target.ref.text, unique);
    }
    if (unique.tag) {
      matchedBy = "unique-tag";
      uniqueTag = unique.tag;
    } else if (target.before && target.before !== info.digest) {
      matchedBy = "new-digest";
    } else if (target.before) {
      return { ready: false, info, missing: `still the digest from before the move (${info.digest.slice(7, 19)})` };
    } else {
      return { ready: false, info, missing: `no revision label or tag naming ${short} points at ${info.digest.slice(7, 19)} yet` };
    }
  }
  const absent = target.platforms.filter((p) => !info.platforms.includes(p));
  if (absent.length) {
    return { ready: false, info, missing: `${absent.join(", ")} not in the manifest${info.platforms.length ? ` (has ${info.platforms.join(", ")})` : ""}` };
  }
  return { ready: true, info, ...matchedBy ? { matchedBy } : {}, ...uniqueTag ? { uniqueTag } : {} };
}

// src/stages/wait-images/targets.ts
async function imageTargets(config, moved, github) {
  const targets = [];
  for (const component of config.components) {
    if (!component.images.length) continue;
    let sha;
    let before = {};
    if (moved) {
      const entry = moved.find((m) => m.name === component.name);
      if (!entry) continue;
      sha = entry.sha;
      before = entry.before;
    } else {
      sha = await targetHead(component, config, github);
    }
    for (const image of component.images) {
      targets.push({ component, ref: parseImage(image.image), platforms: image.platforms ?? [], sha, ...before[image.image] ? { before: before[image.image] } : {} });
    }
  }
  return targets;
}
async function targetHead(component, config, github) {
  const branch = config.branches.target;
  if (component.transport.kind === "github") {
    const [owner, repo] = component.transport.repo.split("/");
    const { data } = await github.rest.git.getRef({ owner, repo, ref: `heads/${branch}` });
    return data.object.sha;
  }
  const result = await git(["ls-remote", component.transport.remote, `refs/heads/${branch}`], process.cwd());
  const sha = result.stdout.split("	")[0]?.trim();
  if (result.code !== 0 || !sha) throw new StageError(`${component.name}: cannot read ${branch} of its remote: ${result.stderr.trim() || "no such branch"}`);
  return sha;
}

// src/stages/wait-images/index.ts
var waitImages = {
  name: "wait-images",
  description: "Wait until the images of the moved components are built from the new stable and in their registry",
  options: waitImagesOptionSpecs,
  outputs: {
    images: "JSON list: per image component, image, sha, ready, digest, platforms, matchedBy, buildRuns, readyAt, missing",
    digests: "JSON object: image \u2192 digest of each ready image"
  },
  parseOptions: parseWaitImagesOptions,
  run: runWaitImages
};
async function runWaitImages(ctx, options) {
  const { config, logger, clock } = ctx;
  const needsGitHub = config.components.some((c) => c.images.length && (c.build || !options.moved && c.transport.kind === "github"));
  if (needsGitHub && !ctx.env.GITHUB_TOKEN) {
    throw new UsageError("GITHUB_TOKEN is not set: build runs and stable heads are read through the GitHub API", "set GITHUB_TOKEN (action input github-token)");
  }
  const github = needsGitHub ? createGitHubClient({ apiUrl: config.github.apiUrl, token: ctx.env.GITHUB_TOKEN, logger }) : void 0;
  const watcher = github ? new WorkflowRunWatcher(github) : void 0;
  const targets = await imageTargets(config, options.moved, github);
  const registries = /* @__PURE__ */ new Map();
  const registry = (host) => {
    if (!registries.has(host)) registries.set(host, registryFor(host, config, { logger, clock }, ctx.env));
    return registries.get(host);
  };
  const started = clock.now();
  const results = new Map(targets.map((t) => [t, { component: t.component.name, image: t.ref.text, sha: t.sha, ready: false, digest: null, platforms: [], buildRuns: [], missing: "not looked at yet" }]));
  const builds = /* @__PURE__ */ new Map();
  const uniqueTags = /* @__PURE__ */ new Map();
  const finish = (error) => {
    const images = [...results.values()];
    const digests = Object.fromEntries(images.filter((i) => i.ready && i.digest).map((i) => [i.image, i.digest]));
    return {
      ok: !error,
      changed: false,
      result: { images, digests, waitedMs: clock.now() - started, requests: { github: watcher?.requests ?? 0, githubNotModified: watcher?.notModified ?? 0 } },
      tables: [table(ctx, images)],
      ...error ? { error } : {}
    };
  };
  if (!targets.length) {
    logger.info(options.moved ? "no moved component has images: nothing to wait for" : "no component has images: nothing to wait for");
    return finish();
  }
  logger.info(`waiting for ${targets.length} image(s): ${targets.map((t) => `${t.ref.text} @ ${t.sha.slice(0, 7)}`).join(", ")}`);
  let interval = options.intervalMs;
  for (; ; ) {
    const now = clock.now();
    for (const component of new Set(targets.map((t) => t.component))) {
      if (!component.build || builds.get(component)?.done) continue;
      const state = await buildState(component, targets.find((t) => t.component === component).sha, config.branches.target, watcher, now);
      builds.set(component, state);
      const failed = state.runs.find((r) => r.status === "completed" && r.conclusion !== "success");
      if (failed) {
        for (const t of targets.filter((t2) => t2.component === component)) results.get(t).buildRuns = state.runs.map((r) => r.htmlUrl);
        return finish({ message: `${component.name}: build "${failed.name}" of ${targets.find((t) => t.component === component).sha.slice(0, 7)} ${failed.conclusion}: ${failed.htmlUrl}`, hint: "fix the build and re-run it; then run wait-images again" });
      }
    }
    await Promise.all(
      targets.map(async (target) => {
        const result = results.get(target);
        if (result.ready) return;
        const build = builds.get(target.component);
        result.buildRuns = build?.runs.map((r) => r.htmlUrl) ?? [];
        const check = await checkImage(target, registry(target.ref.host), uniqueTags);
        result.digest = check.info?.digest ?? null;
        result.platforms = check.info?.platforms ?? [];
        if (check.ready && (!build || build.done)) {
          Object.assign(result, { ready: true, readyAt: new Date(clock.now()).toISOString(), ...check.matchedBy ? { matchedBy: check.matchedBy } : {}, ...check.uniqueTag ? { uniqueTag: check.uniqueTag } : {} });
          delete result.missing;
          logger.info(`\u2713 ${target.ref.text} is ready: ${check.info.digest} (${check.matchedBy}) after ${formatDuration(clock.now() - started)}`);
        } else {
          result.missing = build && !build.done ? build.line : check.missing ?? "waiting";
        }
      })
    );
    const images = [...results.values()];
    const waiting = images.filter((i) => !i.ready);
    const elapsed = clock.now() - started;
    if (!waiting.length) {
      logger.info(`all ${images.length} image(s) ready after ${formatDuration(elapsed)}`);
      return finish();
    }
    if (elapsed >= options.timeoutMs) {
      return finish({
        message: `timed out after ${formatDuration(elapsed)}; still missing: ${waiting.map((i) => `${i.image}: ${i.missing}`).join("; ")}`,
        hint: "check the builds and the registry; run wait-images again to keep waiting (--timeout for longer)"
      });
    }
    logger.info(progress(images, builds, elapsed, options.timeoutMs - elapsed));
    const pause = Math.min(interval, options.timeoutMs - elapsed);
    await clock.sleep(pause);
    interval = Math.min(Math.round(interval * 1.5), 6e4);
  }
}
async function buildState(component, sha, branch, watcher, now) {
  const repo = component.transport.kind === "github" ? component.transport.repo : "";
  const runs = [];
  const parts = [];
  let done = true;
  for (const workflow of component.build.workflows) {
    const all = await watcher.runs(repo, workflow, sha, branch);
    const latest = all.sort((a, b) => b.id - a.id)[0];
    if (!latest) {
      done = false;
      parts.push(`${workflow}: no run for ${sha.slice(0, 7)} yet`);
      continue;
    }
    runs.push(latest);
    if (latest.status !== "completed") {
      done = false;
      parts.push(`${workflow} ${latest.status} for ${formatDuration(Math.max(0, now - latest.startedAt))}`);
    }
  }
  if (!component.build.workflows.length) throw new StageError(`${component.name}: build.workflows is empty`);
  return { done, runs, line: parts.join("; ") || "build finished" };
}
function progress(images, builds, elapsed, left) {
  const ready = images.filter((i) => i.ready);
  const running = [...builds.entries()].filter(([, b]) => !b.done).map(([c, b]) => `${c.name} (${b.line})`);
  const waiting = images.filter((i) => !i.ready).map((i) => `${i.image}: ${i.missing}`);
  return [
    `${ready.length}/${images.length} image(s) ready${ready.length ? ` (${ready.map((i) => i.image).join(", ")})` : ""}`,
    ...running.length ? [`building: ${running.join(", ")}`] : [],
    `waiting: ${waiting.join("; ")}`,
    `elapsed ${formatDuration(elapsed)}, ${formatDuration(left)} left`
  ].join(" | ");
}
function table(ctx, images) {
  return {
    title: `Images of ${ctx.config.deployment}`,
    headers: ["Image", "Commit", "Ready", "Digest", "Platforms", "Build", "Ready at / missing"],
    rows: images.map((i) => [
      i.image,
      i.sha.slice(0, 7),
      i.ready ? `\u2705 ${i.matchedBy}` : "\u23F3 no",
      i.digest ? i.digest.slice(0, 19) : "",
      i.platforms.join(", "),
      i.buildRuns[0] ? { text: "run", href: i.buildRuns[0] } : "",
      i.ready ? i.readyAt : i.missing ?? ""
    ])
  };
}
export {
  waitImages
};
