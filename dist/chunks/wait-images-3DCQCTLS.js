import { createRequire as __sgRequire } from 'node:module'; const require = __sgRequire(import.meta.url);
import {
  external_exports
} from "./chunk-A3EVXQGW.js";
import {
  createGitHubClient,
  gitRead,
  isRequestError,
  parseImage,
  redactUrl,
  registryFor
} from "./chunk-YHT6VIR5.js";
import "./chunk-FOD4HBAH.js";
import {
  duration,
  text
} from "./chunk-5KLR5LTG.js";
import "./chunk-D3O4PSQ5.js";
import {
  StageError,
  UsageError,
  formatDuration
} from "./chunk-VNLBOQ4H.js";
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
async function checkImage(target, registry, uniqueTags, buildStartedAt) {
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
    } else if (buildStartedAt !== void 0 && info.pushedAt !== void 0 && info.pushedAt >= buildStartedAt) {
      matchedBy = "pushed-after-build";
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
  const result = await gitRead(["ls-remote", component.transport.remote, `refs/heads/${branch}`], process.cwd());
  const sha = result.stdout.split("	")[0]?.trim();
  if (result.code !== 0 || !sha) {
    throw new StageError(`${component.name}: cannot read ${branch} of ${redactUrl(component.transport.remote)}: ${redactUrl(result.stderr.trim()) || "no such branch"}`, "check the remote URL, or pass --moved with the move-stable result");
  }
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
  const watched = config.components.filter((c) => c.images.length && (!options.moved || options.moved.some((m) => m.name === c.name)));
  const needsGitHub = watched.some((c) => c.build || !options.moved && c.transport.kind === "github");
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
    for (const [component, sha] of new Map(targets.map((t) => [t.component, t.sha]))) {
      if (!component.build || builds.get(component)?.done) continue;
      const state = await buildState(component, sha, config.branches.target, watcher, now);
      builds.set(component, state);
      const failed = state.runs.find((r) => r.status === "completed" && r.conclusion !== "success");
      if (failed) {
        for (const t of targets.filter((t2) => t2.component === component)) results.get(t).buildRuns = state.runs.map((r) => r.htmlUrl);
        return finish({ message: `${component.name}: build "${failed.name}" of ${sha.slice(0, 7)} ${failed.conclusion}: ${failed.htmlUrl}`, hint: "fix the build and re-run it; then run wait-images again" });
      }
    }
    await Promise.all(
      targets.map(async (target) => {
        const result = results.get(target);
        if (result.ready) return;
        const build = builds.get(target.component);
        result.buildRuns = build?.runs.map((r) => r.htmlUrl) ?? [];
        const buildStartedAt = build?.done && build.runs.length ? Math.min(...build.runs.map((r) => r.startedAt)) : void 0;
        const check = await checkImage(target, registry(target.ref.host), uniqueTags, buildStartedAt);
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
    logger.info(progress(images, builds, elapsed, options.timeoutMs - elapsed, clock.now()));
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
  let runningSince;
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
      runningSince = Math.min(runningSince ?? Infinity, latest.startedAt);
      parts.push(`${workflow} ${latest.status} for ${formatDuration(Math.max(0, now - latest.startedAt))}`);
    }
  }
  if (!component.build.workflows.length) throw new StageError(`${component.name}: build.workflows is empty`);
  return { done, runs, line: parts.join("; ") || "build finished", ...runningSince !== void 0 ? { runningSince } : {} };
}
function progress(images, builds, elapsed, left, now) {
  const ready = images.filter((i) => i.ready);
  const unfinished = [...builds.entries()].filter(([, b]) => !b.done);
  const running = unfinished.map(([c, b]) => `${c.name} (${b.line})`);
  const waiting = images.filter((i) => !i.ready).map((i) => `${i.image}: ${i.missing}`);
  const slowest = unfinished.filter(([, b]) => b.runningSince !== void 0).sort(([, a], [, b]) => a.runningSince - b.runningSince)[0];
  return [
    `${ready.length}/${images.length} image(s) ready${ready.length ? ` (${ready.map((i) => i.image).join(", ")})` : ""}`,
    ...running.length ? [`building: ${running.join(", ")}`] : [],
    ...slowest ? [`slowest: ${slowest[0].name}, building for ${formatDuration(Math.max(0, now - slowest[1].runningSince))}`] : [],
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
