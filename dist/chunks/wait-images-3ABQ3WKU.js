import { createRequire as __sgRequire } from 'node:module'; const require = __sgRequire(import.meta.url);
import {
  parseWaitImagesOptions
} from "./chunk-CEIITLQ4.js";
import {
  registryFor
} from "./chunk-F7DUJFOZ.js";
import "./chunk-DPTBCVPP.js";
import {
  RegistryRefusedError,
  parseImage
} from "./chunk-25E5E3CG.js";
import "./chunk-KPTLWIXW.js";
import {
  branchHead
} from "./chunk-BL4GC2Z2.js";
import {
  createGit,
  remoteHead
} from "./chunk-7TWXJ2FT.js";
import {
  GitHubError,
  gitHubError,
  unexpectedAnswer
} from "./chunk-7BJOMGXU.js";
import "./chunk-4GMMOAY2.js";
import {
  tlsProblem
} from "./chunk-LONG6DJQ.js";
import {
  redactUrl
} from "./chunk-ZVXFKJMM.js";
import "./chunk-N6UHWS4B.js";
import "./chunk-ZFVJRRAQ.js";
import {
  formatDuration
} from "./chunk-4PSKXZ4E.js";
import {
  StageError,
  UsageError,
  errorMessage
} from "./chunk-HO53TWSA.js";
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
    const what = `GET /repos/${repo}/actions/workflows/${workflow}/runs?head_sha=${sha.slice(0, 7)}\u2026`;
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
      const data = response.data;
      if (typeof data !== "object" || data === null || !Array.isArray(data.workflow_runs)) {
        const type = String(response.headers["content-type"] ?? "no content type");
        throw unexpectedAnswer(
          what,
          `with something that is not a list of workflow runs (${type}): ${String(typeof data === "string" ? data : JSON.stringify(data)).slice(0, 120)}`
        );
      }
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
      if (cached && error instanceof GitHubError && error.status === 304) {
        this.notModified++;
        return cached.runs;
      }
      throw gitHubError(error, what);
    }
  }
};

// src/stages/wait-images/builds.ts
async function buildState(component, sha, branch, watcher, now) {
  if (!component.build.workflows.length) throw new StageError(`${component.name}: build.workflows is empty`);
  const repo = component.transport.kind === "github" ? component.transport.repo : "";
  const runs = [];
  const parts = [];
  let done = true;
  let everyWorkflowRan = true;
  let runningSince;
  for (const workflow of component.build.workflows) {
    const all = await watcher.runs(repo, workflow, sha, branch);
    const latest = [...all].sort((a, b) => b.id - a.id)[0];
    if (!latest) {
      done = false;
      everyWorkflowRan = false;
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
  const startedAt = everyWorkflowRan && runs.length ? Math.min(...runs.map((r) => r.startedAt)) : void 0;
  return {
    done,
    runs,
    line: parts.join("; ") || "build finished",
    ...startedAt !== void 0 ? { startedAt } : {},
    ...runningSince !== void 0 ? { runningSince } : {}
  };
}
function buildClock(component, state) {
  return { configured: !!component.build, ...state?.startedAt !== void 0 ? { startedAt: state.startedAt } : {} };
}

// src/stages/wait-images/readiness.ts
async function checkImage(target, registry, memo, build) {
  const info = await registry.inspect(target.ref);
  const short = target.sha.slice(0, 7);
  if (!info) return { ready: false, info, missing: `tag ${target.ref.tag} does not exist yet` };
  if (build.configured && build.startedAt === void 0) memo.seenBeforeBuild.add(info.digest);
  const found = await evidence(target, registry, memo, build, info, short);
  if ("missing" in found) return { ready: false, info, missing: found.missing };
  const absent = target.platforms.filter((p) => !info.platforms.includes(p));
  if (absent.length) {
    return {
      ready: false,
      info,
      missing: `${absent.join(", ")} not in the manifest${info.platforms.length ? ` (has ${info.platforms.join(", ")})` : ""}`
    };
  }
  return { ready: true, info, ...found };
}
async function evidence(target, registry, memo, build, info, short) {
  if (info.revision) {
    if (!target.sha.startsWith(info.revision) && !info.revision.startsWith(target.sha)) {
      return { missing: `still the image of ${info.revision.slice(0, 7)} (revision label), not ${short}` };
    }
    return { matchedBy: "revision-label" };
  }
  if (memo.unique?.digest !== info.digest) {
    const tags = await registry.tagsContaining(target.ref, short);
    const tag = tags.find((t) => t.digest === info.digest)?.tag;
    memo.unique = { digest: info.digest, ...tag ? { tag } : {} };
  }
  if (memo.unique.tag) return { matchedBy: "unique-tag", uniqueTag: memo.unique.tag };
  const digest = info.digest.slice(7, 19);
  if (build.startedAt !== void 0 && info.pushedAt !== void 0 && info.pushedAt >= build.startedAt)
    return { matchedBy: "pushed-after-build" };
  if (target.before && target.before !== info.digest) {
    if (!build.configured) {
      return {
        matchedBy: "new-digest",
        weak: "no build.workflows date the push: a late push of the build before the move would look the same"
      };
    }
    if (build.startedAt === void 0)
      return { missing: `a new digest (${digest}), but no build of ${short} has started yet: a late push of the previous build?` };
    if (info.pushedAt !== void 0)
      return { missing: `${digest} was pushed ${new Date(info.pushedAt).toISOString()}, before the build of ${short} started` };
    if (memo.seenBeforeBuild.has(info.digest))
      return { missing: `${digest} was there before the build of ${short} started (a late push of the previous build)` };
    return { matchedBy: "new-digest" };
  }
  if (target.before) return { missing: `still the digest from before the move (${digest})` };
  return {
    missing: `no revision label or tag naming ${short} points at ${digest}${info.pushedAt !== void 0 && build.configured ? ", and it was not pushed after the build started" : ""} yet`
  };
}

// src/stages/wait-images/targets.ts
var MissingBranchError = class extends StageError {
};
async function imageTargets(config, moved, github, ctx) {
  const targets = [];
  let git;
  const runner = () => git ??= createGit({ env: ctx.env, logger: ctx.logger, clock: ctx.clock });
  for (const component of config.components) {
    if (!component.images.length) continue;
    let sha;
    let before = {};
    let kind = "stable-head";
    if (moved) {
      const entry = moved.find((m) => m.name === component.name);
      if (!entry) continue;
      sha = entry.sha;
      before = entry.before;
      if (entry.status === "moved") kind = "moved";
    } else {
      sha = await targetHead(component, config, github, runner);
    }
    for (const image of component.images) {
      targets.push({
        component,
        ref: parseImage(image.image),
        platforms: image.platforms ?? [],
        sha,
        kind,
        ...before[image.image] ? { before: before[image.image] } : {}
      });
    }
  }
  return targets;
}
async function targetHead(component, config, github, git) {
  const branch = config.branches.target;
  if (component.transport.kind === "github") {
    const head = await branchHead(github, component.transport.repo, branch);
    if (head) return head;
    throw new MissingBranchError(
      `${component.name}: GitHub has no branch ${branch} in ${component.transport.repo} (HTTP 404)`,
      "check the repository name in the configuration, and that GITHUB_TOKEN can read it (private repositories answer 404)"
    );
  }
  const sha = await remoteHead(git(), component.transport.remote, branch, process.cwd());
  if (!sha) {
    throw new MissingBranchError(
      `${component.name}: ${redactUrl(component.transport.remote)} has no branch ${branch}`,
      "check the remote URL, or pass --moved with the move-stable result"
    );
  }
  return sha;
}

// src/stages/wait-images/failures.ts
function permanent(error) {
  return error instanceof UsageError || error instanceof RegistryRefusedError || error instanceof MissingBranchError || error instanceof GitHubError && error.permanent || tlsProblem(error) !== void 0;
}
function asFailure(error) {
  const tls = tlsProblem(error);
  const message = errorMessage(error) + (tls && !errorMessage(error).includes(tls) ? ` (TLS certificate not accepted: ${tls})` : "");
  const hint = error instanceof StageError ? error.hint : void 0;
  return { message, ...hint ? { hint } : {} };
}

// src/stages/wait-images/report.ts
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
function table(deployment, images) {
  return {
    title: `Images of ${deployment}`,
    headers: ["Image", "Commit", "Ready", "Digest", "Platforms", "Build", "Ready at / missing"],
    rows: images.map((i) => [
      i.image,
      `${i.sha.slice(0, 7)}${i.kind === "stable-head" ? " (stable head)" : ""}`,
      i.ready ? `\u2705 ${i.matchedBy}${i.weakEvidence ? " (weak)" : ""}` : "\u23F3 no",
      i.digest ? i.digest.slice(0, 19) : "",
      i.platforms.join(", "),
      i.buildRuns[0] ? { text: "run", href: i.buildRuns[0] } : "",
      i.ready ? i.readyAt : i.missing ?? ""
    ])
  };
}

// src/stages/wait-images/index.ts
var waitImages = {
  parseOptions: parseWaitImagesOptions,
  run: runWaitImages
};
async function runWaitImages(ctx, options) {
  const { config, logger, clock } = ctx;
  const watched = config.components.filter((c) => c.images.length && (!options.moved || options.moved.some((m) => m.name === c.name)));
  const needsGitHub = watched.some((c) => c.build || !options.moved && c.transport.kind === "github");
  if (needsGitHub && !ctx.env.GITHUB_TOKEN) {
    throw new UsageError(
      "GITHUB_TOKEN is not set: build runs and stable heads are read through the GitHub API",
      "set GITHUB_TOKEN (action input github-token)"
    );
  }
  const github = needsGitHub ? (await import("./client-CKF6ER33.js")).createGitHubClient({
    apiUrl: config.github.apiUrl,
    token: ctx.env.GITHUB_TOKEN,
    logger,
    clock
  }) : void 0;
  const watcher = github ? new WorkflowRunWatcher(github) : void 0;
  const registries = /* @__PURE__ */ new Set();
  const registry = (host) => {
    const client = registryFor(host, config, { logger, clock }, ctx.env, (v) => ctx.secrets.add(v));
    registries.add(client);
    return client;
  };
  const started = clock.now();
  const results = /* @__PURE__ */ new Map();
  const builds = /* @__PURE__ */ new Map();
  const memos = /* @__PURE__ */ new Map();
  let polls = 0;
  let failedPolls = 0;
  const finish = (error) => {
    const images = [...results.values()];
    const digests = Object.fromEntries(images.filter((i) => i.ready && i.digest).map((i) => [i.image, i.digest]));
    const registryRequests = [...registries].reduce((n, r) => n + r.requests, 0);
    return {
      ok: !error,
      changed: false,
      result: {
        images,
        digests,
        waitedMs: clock.now() - started,
        polls,
        failedPolls,
        requests: { github: watcher?.requests ?? 0, githubNotModified: watcher?.notModified ?? 0, registry: registryRequests }
      },
      tables: [table(config.deployment, images)],
      ...error ? { error } : {}
    };
  };
  let targets;
  for (let failed = 0; !targets; ) {
    try {
      targets = await imageTargets(config, options.moved, github, ctx);
    } catch (error) {
      if (error instanceof UsageError) throw error;
      failed++;
      if (permanent(error)) return finish(asFailure(error));
      failedPolls++;
      if (failed >= options.maxFailedPolls || clock.now() - started >= options.timeoutMs) {
        const { message, hint } = asFailure(error);
        return finish({
          message: `gave up reading the stable heads after ${failed} failed attempt(s): ${message}`,
          hint: hint ?? "check that GitHub and the remotes are reachable, or pass --moved with the move-stable result"
        });
      }
      logger.warning(
        `reading the stable heads failed, not ready this round (${failed} in a row; the wait gives up after ${options.maxFailedPolls}): ` + errorMessage(error)
      );
      await clock.sleep(Math.min(options.intervalMs, options.timeoutMs - (clock.now() - started)));
    }
  }
  for (const t of targets) {
    results.set(t, {
      component: t.component.name,
      image: t.ref.text,
      sha: t.sha,
      kind: t.kind,
      ready: false,
      digest: null,
      platforms: [],
      buildRuns: [],
      missing: "not looked at yet"
    });
    memos.set(t, { seenBeforeBuild: /* @__PURE__ */ new Set() });
  }
  if (!targets.length) {
    logger.info(
      options.moved ? "no component of the move-stable result has images: nothing to wait for" : "no component has images: nothing to wait for"
    );
    return finish();
  }
  for (const m of options.moved ?? []) {
    if (m.status === "unchanged" && targets.some((t) => t.component.name === m.name)) {
      logger.info(
        `${m.name}: ${m.moveStatus} in move-stable; its images are checked against the head of stable, ${m.sha.slice(0, 7)} (an earlier attempt may have moved it)`
      );
    }
  }
  logger.info(`waiting for ${targets.length} image(s): ${targets.map((t) => `${t.ref.text} @ ${t.sha.slice(0, 7)}`).join(", ")}`);
  let interval = options.intervalMs;
  let failedInARow = 0;
  for (; ; ) {
    const problems = [];
    let fatal;
    const now = clock.now();
    polls++;
    for (const [component, sha] of new Map(targets.map((t) => [t.component, t.sha]))) {
      if (!component.build || builds.get(component)?.done) continue;
      let state;
      try {
        state = await buildState(component, sha, config.branches.target, watcher, now);
      } catch (error) {
        if (permanent(error)) return finish(asFailure(error));
        problems.push(`${component.name} build runs: ${errorMessage(error)}`);
        continue;
      }
      builds.set(component, state);
      const failed = state.runs.find((r) => r.status === "completed" && r.conclusion !== "success");
      if (failed) {
        for (const t of targets.filter((t2) => t2.component === component)) results.get(t).buildRuns = state.runs.map((r) => r.htmlUrl);
        return finish({
          message: `${component.name}: build "${failed.name}" of ${sha.slice(0, 7)} ${failed.conclusion}: ${failed.htmlUrl}`,
          hint: "fix the build and re-run it; then run wait-images again"
        });
      }
    }
    await Promise.all(
      targets.map(async (target) => {
        const result = results.get(target);
        if (result.ready) return;
        const build = builds.get(target.component);
        result.buildRuns = build?.runs.map((r) => r.htmlUrl) ?? [];
        try {
          const check = await checkImage(target, registry(target.ref.host), memos.get(target), buildClock(target.component, build));
          result.digest = check.info?.digest ?? null;
          result.platforms = check.info?.platforms ?? [];
          if (check.ready && (!target.component.build || build?.done)) {
            Object.assign(result, {
              ready: true,
              readyAt: new Date(clock.now()).toISOString(),
              ...check.matchedBy ? { matchedBy: check.matchedBy } : {},
              ...check.uniqueTag ? { uniqueTag: check.uniqueTag } : {},
              ...check.weak ? { weakEvidence: check.weak } : {}
            });
            delete result.missing;
            logger.info(
              `\u2713 ${target.ref.text} is ready: ${check.info.digest} (${check.matchedBy}) after ${formatDuration(clock.now() - started)}`
            );
            if (check.weak) logger.warning(`${target.ref.text}: weak evidence (${check.matchedBy}): ${check.weak}`);
          } else {
            result.missing = build && !build.done ? build.line : check.missing ?? (target.component.build && !build ? "build runs not read yet" : "waiting");
          }
        } catch (error) {
          if (permanent(error)) fatal ??= error;
          problems.push(`${target.ref.text}: ${errorMessage(error)}`);
          result.missing = `not checked in poll ${polls}: ${errorMessage(error)}`;
        }
      })
    );
    if (fatal) return finish(asFailure(fatal));
    if (problems.length) {
      failedPolls++;
      failedInARow++;
      logger.warning(
        `poll ${polls} failed, not ready this round (${failedInARow} in a row; the wait gives up after ${options.maxFailedPolls}): ${problems.join("; ")}`
      );
      if (failedInARow >= options.maxFailedPolls) {
        return finish({
          message: `gave up after ${failedInARow} failed polls in a row: ${problems.join("; ")}`,
          hint: "check that the registry and GitHub are reachable; run wait-images again to keep waiting (--max-failed-polls to tolerate longer outages)"
        });
      }
    } else {
      failedInARow = 0;
    }
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
    await clock.sleep(Math.min(interval, options.timeoutMs - elapsed));
    interval = Math.max(options.intervalMs, Math.min(Math.round(interval * 1.5), 6e4));
  }
}
export {
  waitImages
};
