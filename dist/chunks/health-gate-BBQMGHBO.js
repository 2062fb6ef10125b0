import { createRequire as __sgRequire } from 'node:module'; const require = __sgRequire(import.meta.url);
import {
  parseHealthGateOptions
} from "./chunk-WWZXES5K.js";
import "./chunk-KPTLWIXW.js";
import {
  RemoteBranches,
  githubRepository
} from "./chunk-CSXN6OJF.js";
import {
  branchHead
} from "./chunk-BL4GC2Z2.js";
import {
  SharedScratch,
  createGit,
  remoteHead
} from "./chunk-7TWXJ2FT.js";
import "./chunk-7BJOMGXU.js";
import {
  fetchWithRetry,
  htmlAnswer,
  isWholeJson,
  readJson
} from "./chunk-4GMMOAY2.js";
import "./chunk-LONG6DJQ.js";
import {
  redactUrl
} from "./chunk-ZVXFKJMM.js";
import "./chunk-N6UHWS4B.js";
import "./chunk-OXNICSTU.js";
import "./chunk-ZFVJRRAQ.js";
import {
  formatDuration,
  parseDuration
} from "./chunk-4PSKXZ4E.js";
import {
  StageError,
  UsageError,
  errorMessage
} from "./chunk-HO53TWSA.js";
import "./chunk-EP666XB4.js";

// src/sentry/client.ts
var SERVICE = "Sentry";
function createSentryClient(options) {
  let requests = 0;
  const maxPages = options.maxPages ?? 10;
  const base = options.apiUrl.replace(/\/+$/, "");
  const path = `/api/0/projects/${encodeURIComponent(options.org)}/${encodeURIComponent(options.project)}/issues/`;
  const http = {
    service: SERVICE,
    logger: options.logger,
    clock: options.clock,
    policy: options.policy,
    headers: { authorization: `Bearer ${options.token}`, accept: "application/json" },
    // A page cut short or a proxy's page in Sentry's place is a read that stopped early: tried again,
    // so one glitch does not fail the gate and roll production back.
    incomplete: (body, response) => htmlAnswer(SERVICE, `GET ${path}`, response.status, response.headers.get("content-type") ?? "", body) ?? (isWholeJson(body) ? void 0 : `${SERVICE} answered GET ${path} with JSON that does not parse (cut short?)`)
  };
  let pauseUntil = 0;
  async function page(url) {
    const wait = pauseUntil - options.clock.now();
    if (wait > 0) {
      options.logger.info(`Sentry: rate limit of this token used up; waiting ${Math.ceil(wait / 1e3)}s for its next window`);
      await options.clock.sleep(wait);
    }
    requests++;
    const response = await fetchWithRetry(url, {}, http);
    pauseUntil = rateLimitPause(response.headers, options.clock.now());
    if (response.status === 401) {
      throw new StageError(
        `Sentry refused SENTRY_AUTH_TOKEN (HTTP 401${await detail(response)}) for GET ${path}`,
        "the token is invalid or expired: create a new one with the scopes project:read and event:read and set SENTRY_AUTH_TOKEN"
      );
    }
    if (response.status === 403) {
      throw new StageError(
        `Sentry: SENTRY_AUTH_TOKEN may not read the issues of ${options.org}/${options.project} (HTTP 403${await detail(response)})`,
        "give the token the scopes project:read and event:read, in an organization that has this project"
      );
    }
    if (response.status === 404) {
      throw new StageError(
        `Sentry has no project ${options.org}/${options.project} at ${base} (HTTP 404${await detail(response)})`,
        "check health.sentry.apiUrl, org and project (the slugs in the project URL)"
      );
    }
    const body = await readJson(response, `GET ${path}`, SERVICE);
    if (!Array.isArray(body))
      throw new StageError(
        `Sentry answered GET ${path} with ${typeof body}, not a list of issues`,
        "check health.sentry.apiUrl: it must be the Sentry server, e.g. https://sentry.io"
      );
    return { issues: body.map((item, i) => toIssue(item, i)), next: sameOrigin(nextPage(response.headers.get("link")), base) };
  }
  return {
    get requests() {
      return requests;
    },
    async newIssues(windowMs) {
      const minutes = Math.max(1, Math.ceil(windowMs / 6e4));
      let url = `${base}${path}?${new URLSearchParams({ query: `is:unresolved firstSeen:-${minutes}m`, limit: "100" }).toString()}`;
      const since = options.clock.now() - windowMs;
      const all = [];
      for (let n = 0; url; n++) {
        if (n === maxPages) {
          throw new StageError(
            `Sentry: stopped after ${maxPages} pages (${all.length} issues) and Sentry says there are more: the new issues were not all read`,
            "resolve or ignore the flood of issues in Sentry, or narrow health.sentry.window, then run the gate again"
          );
        }
        const { issues, next } = await page(url);
        all.push(...issues);
        url = next;
      }
      return all.filter((issue) => issue.status === "unresolved" && Date.parse(issue.firstSeen) >= since);
    }
  };
}
function rateLimitPause(headers, now) {
  if (headers.get("x-sentry-rate-limit-remaining")?.trim() !== "0") return 0;
  const reset = Number(headers.get("x-sentry-rate-limit-reset")) * 1e3;
  if (!Number.isFinite(reset) || reset <= now) return 0;
  return Math.min(reset, now + 6e4);
}
function nextPage(header) {
  if (!header) return void 0;
  for (const part of header.split(/,(?=\s*<)/)) {
    const url = /<([^>]*)>/.exec(part)?.[1];
    const params = new Map([...part.matchAll(/;\s*([a-z]+)="([^"]*)"/gi)].map((m) => [m[1].toLowerCase(), m[2]]));
    if (url && params.get("rel") === "next" && params.get("results") === "true") return url;
  }
  return void 0;
}
function sameOrigin(next, base) {
  if (next === void 0) return void 0;
  const expected = new URL(base).origin;
  let origin;
  try {
    origin = new URL(next).origin;
  } catch {
    throw new StageError(`Sentry answered with a next-page link that is not a URL: ${JSON.stringify(next.slice(0, 200))}`);
  }
  if (origin !== expected) {
    throw new StageError(
      `Sentry's next-page link points to ${origin}, not to ${expected} (health.sentry.apiUrl): not followed, the token stays with ${expected}`,
      "set health.sentry.apiUrl to the address Sentry itself uses (its system.url-prefix), including https"
    );
  }
  return next;
}
function toIssue(item, index) {
  const o = item && typeof item === "object" ? item : {};
  const str = (key) => {
    const value = o[key];
    if (typeof value === "string") return value;
    if (typeof value === "number") return String(value);
    return "";
  };
  if (!str("id") || !str("firstSeen") || Number.isNaN(Date.parse(str("firstSeen")))) {
    throw new StageError(`Sentry answered with an issue (#${index + 1}) without id or firstSeen: ${JSON.stringify(item).slice(0, 200)}`);
  }
  return {
    id: str("id"),
    shortId: str("shortId") || str("id"),
    title: str("title") || "(no title)",
    culprit: str("culprit"),
    permalink: str("permalink"),
    count: Number(str("count")) || 0,
    userCount: Number(str("userCount")) || 0,
    firstSeen: str("firstSeen"),
    lastSeen: str("lastSeen"),
    status: str("status") || "unresolved",
    level: str("level")
  };
}
async function detail(response) {
  const text = (await response.text()).trim();
  try {
    const body = JSON.parse(text);
    if (typeof body.detail === "string") return `: ${body.detail}`;
  } catch {
  }
  return text ? `: ${text.slice(0, 200)}` : "";
}

// src/stages/health-gate/cluster.ts
async function openPods(ctx, cluster) {
  const [{ createKubeClient }, { podHealthApi }] = await Promise.all([import("./kube-7PDCVORU.js"), import("./pod-health-PWXL4GGE.js")]);
  const client = createKubeClient(ctx.config, cluster, ctx.env, {
    logger: ctx.logger,
    clock: ctx.clock,
    onSecret: (v) => ctx.secrets.add(v)
  });
  const pods = podHealthApi(client.connection);
  const selector = ctx.config.health.pods?.selector;
  return {
    cluster: client.target.name,
    namespace: client.target.namespace,
    selector,
    list: () => pods.list(selector),
    close: () => client.close()
  };
}

// src/stages/health-gate/endpoints.ts
async function checkEndpoint(spec, expected, timeoutMs, logger, clock) {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  let response;
  let body;
  try {
    response = await fetchWithRetry(
      spec.url,
      { headers: { accept: spec.versions ? "application/json" : "*/*" } },
      {
        service: spec.url,
        logger,
        clock,
        policy: { attempts: 3, attemptTimeoutMs: timeoutMs, baseMs: 1e3, maxRetryAfterMs: 3e4 },
        // A versions answer cut short (or a proxy's page in its place) is a read that stopped early,
        // not a verdict on the service: one glitch must not fail the gate and roll production back.
        ...spec.versions ? { incomplete: notJson } : {}
      }
    );
    body = await response.text();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const timedOut = /no answer within|TimeoutError|aborted/i.test(message);
    return {
      url: spec.url,
      ok: false,
      status: null,
      ms: elapsed(),
      problem: timedOut ? `no answer within ${formatDuration(timeoutMs)}` : message
    };
  }
  const base = { url: spec.url, status: response.status, ms: elapsed() };
  if (!response.ok) return { ...base, ok: false, problem: `HTTP ${response.status}${body.trim() ? `: ${body.trim().slice(0, 120)}` : ""}` };
  if (spec.expect !== void 0 && !body.includes(spec.expect)) {
    return { ...base, ok: false, problem: `answer does not contain ${JSON.stringify(spec.expect)}` };
  }
  if (!spec.versions) return { ...base, ok: true };
  let doc;
  try {
    doc = JSON.parse(body);
  } catch {
    return {
      ...base,
      ok: false,
      problem: `versions: the answer is not JSON (${response.headers.get("content-type") ?? "no content type"})`
    };
  }
  if (!doc || typeof doc !== "object" || Array.isArray(doc))
    return { ...base, ok: false, problem: "versions: expected a JSON object of packages" };
  const versions = expected.map((e) => compare(e, doc[e.systemKey]));
  const stale = versions.filter((v) => !v.ok);
  return {
    ...base,
    ok: !stale.length,
    versions,
    ...stale.length ? { problem: stale.map((v) => v.problem).join("; ") } : {}
  };
}
function notJson(body, response) {
  return isWholeJson(body) ? void 0 : `versions: the answer is not JSON (${response.headers.get("content-type") ?? "no content type"})`;
}
function compare(expected, entry) {
  const base = { component: expected.component, systemKey: expected.systemKey, expected: expected.sha };
  const want = expected.sha.slice(0, 7);
  if (!entry || typeof entry !== "object") {
    return {
      ...base,
      running: null,
      ok: false,
      problem: `${expected.component}: "${expected.systemKey}" is missing from the answer, expected ${want}`
    };
  }
  const { commit, version } = entry;
  const running = typeof commit === "string" && commit ? commit : typeof version === "string" ? /\+g([0-9a-f]{7,40})/.exec(version)?.[1] ?? null : null;
  if (!running) {
    return {
      ...base,
      running: null,
      ok: false,
      problem: `${expected.component} runs an unknown commit (version ${JSON.stringify(version ?? null)}), expected ${want}`
    };
  }
  const ok = running.length >= 7 && expected.sha.startsWith(running.toLowerCase());
  return { ...base, running, ok, ...ok ? {} : { problem: `${expected.component} runs ${running}, expected ${want}` } };
}

// src/stages/health-gate/expected.ts
async function expectedCommits(config, moved, env, logger, clock) {
  const keyed = config.components.filter((c) => !!c.systemKey);
  const branch = config.branches.target;
  let github;
  let git;
  const out = [];
  for (const component of keyed) {
    const fromMoved = moved?.get(component.name);
    if (fromMoved) {
      out.push({ component: component.name, systemKey: component.systemKey, sha: fromMoved, from: "moved" });
      continue;
    }
    if (component.transport.kind === "github") {
      if (!github) {
        const { createGitHubClient } = await import("./client-CKF6ER33.js");
        github = createGitHubClient({ apiUrl: config.github.apiUrl, token: env.GITHUB_TOKEN, logger, clock });
      }
      const repo = component.transport.repo;
      const sha2 = await branchHead(github, repo, branch).catch((error) => {
        const hint = error instanceof StageError ? error.hint : void 0;
        throw new StageError(`${component.name}: cannot read ${branch} of ${repo}: ${errorMessage(error)}`, hint);
      });
      if (!sha2)
        throw new StageError(
          `${component.name}: cannot read ${branch} of ${repo} through the GitHub API (HTTP 404): no such branch, or the token cannot see the repository`,
          "check the repository name and GITHUB_TOKEN (private repositories need one), or pass --moved with the move-stable result"
        );
      out.push({ component: component.name, systemKey: component.systemKey, sha: sha2, from: "repository" });
      continue;
    }
    git ??= createGit({ env, logger, clock });
    const sha = await remoteHead(git, component.transport.remote, branch, process.cwd());
    if (!sha) {
      throw new StageError(
        `${component.name}: ${redactUrl(component.transport.remote)} has no branch ${branch}`,
        "check the remote URL, or pass --moved with the move-stable result"
      );
    }
    out.push({ component: component.name, systemKey: component.systemKey, sha, from: "repository" });
  }
  return out;
}

// src/stages/health-gate/later.ts
async function laterOnStable(reader, expected, running) {
  const component = reader.config.components.find((c) => c.name === expected.component);
  if (!component) return void 0;
  const branch = reader.config.branches.target;
  const short = running.toLowerCase();
  return component.transport.kind === "github" ? viaGitHub(reader, component.transport.repo, branch, expected.sha, short) : viaGit(reader, component, branch, expected.sha, short);
}
async function viaGitHub(reader, repo, branch, expected, running) {
  const { createGitHubClient } = await import("./client-CKF6ER33.js");
  const client = createGitHubClient({
    apiUrl: reader.config.github.apiUrl,
    token: reader.env.GITHUB_TOKEN,
    logger: reader.logger,
    clock: reader.clock
  });
  const repository = githubRepository(client, repo);
  const head = await repository.branchHead(branch);
  if (!head || head === expected || !head.startsWith(running)) return void 0;
  const relation = await repository.compare(expected, head, 0);
  return relation.status === "ahead" ? { head, ahead: relation.aheadBy } : void 0;
}
async function viaGit(reader, component, branch, expected, running) {
  if (component.transport.kind !== "git") return void 0;
  const git = createGit({ env: reader.env, logger: reader.logger, clock: reader.clock });
  const scratch = new SharedScratch(git, reader.env);
  try {
    const remote = new RemoteBranches(component.transport.remote, git, scratch, 0);
    const head = (await remote.heads([branch])).get(branch);
    if (!head || head === expected || !head.startsWith(running)) return void 0;
    if (!await remote.commit(expected)) return void 0;
    return await remote.isAncestor(expected, head) ? { head, ahead: null } : void 0;
  } finally {
    await scratch.close();
  }
}
async function acceptLaterStable(reader, checked, expected) {
  if (!checked.versions) return;
  for (const v of checked.versions) {
    if (v.ok || !v.running) continue;
    const e = expected.find((x) => x.component === v.component);
    if (!e) continue;
    const key = `${v.component}@${v.running}`;
    let asked = reader.verdicts.get(key);
    if (!asked) reader.verdicts.set(key, asked = laterOnStable(reader, e, v.running));
    let later;
    try {
      later = await asked;
    } catch (error) {
      reader.verdicts.delete(key);
      reader.logger.warning(`${v.component}: cannot tell whether stable moved on past ${e.sha.slice(0, 7)}: ${errorMessage(error)}`);
      continue;
    }
    if (!later) continue;
    const count = later.ahead === null ? "commit(s)" : `${later.ahead} commit(s)`;
    v.ok = true;
    delete v.problem;
    v.laterOnStable = `${v.component} runs ${later.head.slice(0, 7)}, stable's head now: ${count} pushed on top of ${e.sha.slice(0, 7)} after the move`;
    reader.logger.info(v.laterOnStable);
  }
  const stale = checked.versions.filter((v) => !v.ok);
  checked.ok = !stale.length;
  if (stale.length) checked.problem = stale.map((v) => v.problem).join("; ");
  else delete checked.problem;
}

// src/stages/health-gate/pods.ts
var BAD_WAITING = /* @__PURE__ */ new Set([
  "CrashLoopBackOff",
  "ImagePullBackOff",
  "ErrImagePull",
  "CreateContainerConfigError",
  "CreateContainerError",
  "InvalidImageName"
]);
function assessPods(pods, now, pendingAfterMs, baseline) {
  const out = { total: pods.length, ready: 0, pending: 0, terminating: 0, completed: 0, problems: [], restarts: /* @__PURE__ */ new Map() };
  for (const pod of pods) {
    const name = pod.metadata?.name ?? "(unnamed)";
    const uid = pod.metadata?.uid ?? name;
    const status = pod.status ?? {};
    const containers = [...status.initContainerStatuses ?? [], ...status.containerStatuses ?? []];
    const restarts = containers.reduce((sum, c) => sum + (c.restartCount ?? 0), 0);
    out.restarts.set(uid, { name, restarts });
    const problem = (text) => out.problems.push({ pod: name, problem: text });
    if (pod.metadata?.deletionTimestamp) {
      out.terminating++;
      continue;
    }
    const phase = status.phase ?? "Unknown";
    if (phase === "Succeeded") {
      out.completed++;
      continue;
    }
    const before = baseline.get(uid);
    if (before && restarts > before.restarts)
      problem(`restarted ${restarts - before.restarts} time(s) while observed (${before.restarts} \u2192 ${restarts})${lastExit(containers)}`);
    const broken = containers.map(containerProblem).filter((p) => !!p);
    for (const text of broken) problem(text);
    if (phase === "Failed") {
      problem(`phase Failed${status.reason ? ` (${status.reason}${status.message ? `: ${status.message}` : ""})` : ""}`);
      continue;
    }
    if (phase === "Pending") {
      out.pending++;
      const since = Date.parse(String(status.startTime ?? pod.metadata?.creationTimestamp ?? ""));
      const age = Number.isNaN(since) ? Infinity : now - since;
      if (age > pendingAfterMs && !broken.length)
        problem(`Pending for ${Number.isFinite(age) ? formatDuration(age) : "an unknown time"}${pendingReason(pod)}`);
      continue;
    }
    const ready = status.conditions?.find((c) => c.type === "Ready")?.status === "True";
    if (ready) out.ready++;
    else if (!broken.length) {
      const waiting = (status.containerStatuses ?? []).filter((c) => !c.ready).map((c) => c.name);
      problem(`${phase}, not Ready${waiting.length ? ` (container(s) not ready: ${waiting.join(", ")})` : ""}`);
    }
  }
  return out;
}
function containerProblem(c) {
  const waiting = c.state?.waiting;
  if (waiting?.reason && BAD_WAITING.has(waiting.reason)) {
    return `container ${c.name}: ${waiting.reason}${waiting.message ? ` (${waiting.message.slice(0, 200)})` : ""}`;
  }
  const terminated = c.state?.terminated;
  if (terminated && (terminated.reason === "Error" || (terminated.exitCode ?? 0) !== 0)) {
    return `container ${c.name}: ${terminated.reason ?? "terminated"} (exit code ${terminated.exitCode})`;
  }
  return void 0;
}
function lastExit(containers) {
  const last = containers.find((c) => c.lastState?.terminated)?.lastState?.terminated;
  return last ? `; last exit: ${last.reason ?? "terminated"} (exit code ${last.exitCode})` : "";
}
function pendingReason(pod) {
  const scheduled = pod.status?.conditions?.find((c) => c.type === "PodScheduled" && c.status !== "True");
  if (scheduled) return ` (${scheduled.reason ?? "not scheduled"}${scheduled.message ? `: ${scheduled.message}` : ""})`;
  const waiting = pod.status?.containerStatuses?.find((c) => c.state?.waiting?.reason)?.state?.waiting;
  return waiting ? ` (${waiting.reason}${waiting.message ? `: ${waiting.message}` : ""})` : "";
}

// src/stages/health-gate/report.ts
function tables(ctx, result) {
  const out = [
    {
      title: `Health of ${ctx.config.deployment}${result.namespace ? ` (${result.namespace})` : ""}`,
      headers: ["Check", "Result", "Details"],
      rows: result.checks.map((c) => [c.name, c.ok ? "\u2705 pass" : "\u274C fail", c.line]),
      notes: [`${result.rounds} round(s) over ${formatDuration(result.observedMs)}`, ...result.scope ? [result.scope] : []]
    }
  ];
  if (result.pods?.problems.length) {
    out.push({ title: "Pod problems", headers: ["Pod", "Problem"], rows: result.pods.problems.map((p) => [p.pod, p.problem]) });
  }
  if (result.sentry?.newIssues.length) {
    out.push({
      title: `New Sentry issues (last ${result.sentry.window})`,
      headers: ["Issue", "Title", "Events", "First seen"],
      rows: result.sentry.newIssues.map((i) => [{ text: i.shortId, href: i.link }, i.title, String(i.count), i.firstSeen])
    });
  }
  const versions = result.endpoints.flatMap((e) => e.versions ?? []);
  if (versions.length) {
    out.push({
      title: "Versions",
      headers: ["Component", "Running", "Expected", ""],
      rows: versions.map((v) => [
        v.component,
        v.running ?? "?",
        v.expected.slice(0, 7),
        v.ok ? v.laterOnStable ? `\u2705 ${v.laterOnStable}` : "\u2705" : "\u274C"
      ])
    });
  }
  return out;
}

// src/stages/health-gate/index.ts
var healthGate = {
  parseOptions: parseHealthGateOptions,
  run: runHealthGate
};
async function runHealthGate(ctx, options) {
  const { config, env } = ctx;
  if (options.preflight && !options.cluster) {
    ctx.logger.info("pre-flight skipped: no cluster of the configuration has staging: true");
    return {
      ok: true,
      changed: false,
      result: { checks: [], failed: [], pods: null, sentry: null, endpoints: [] },
      tables: [{ title: "Pre-flight", headers: ["Check", "Result"], rows: [["staging pods", "\u23ED skipped: no cluster has staging: true"]] }]
    };
  }
  const health = staged(ctx, options);
  const sentryConfig = health.sentry;
  if (sentryConfig && !env.SENTRY_AUTH_TOKEN) {
    throw new UsageError(
      "SENTRY_AUTH_TOKEN is not set: health.sentry is configured, so the gate reads its new issues",
      "set SENTRY_AUTH_TOKEN (action input sentry-auth-token) to a token with the scopes project:read and event:read"
    );
  }
  const endpoints = health.endpoints ?? [];
  if (!options.cluster && !sentryConfig && !endpoints.length) {
    throw new UsageError("health-gate has nothing to check", "configure clusters (pods), health.sentry or health.endpoints");
  }
  const pods = options.cluster ? await openPods(ctx, options.cluster) : void 0;
  try {
    return await gate({ ...ctx, config: { ...config, health } }, options, pods);
  } finally {
    pods?.close();
  }
}
var STAGING_SCOPE = "staging: pods only; Sentry and endpoints are production's";
function staged(ctx, options) {
  const health = ctx.config.health;
  if (!options.preflight) return health;
  ctx.logger.info(`pre-flight on ${options.cluster}: ${STAGING_SCOPE}`);
  const { sentry: _sentry, endpoints: _endpoints, ...rest } = health;
  return rest;
}
async function gate(ctx, options, pods) {
  const { config, logger, clock, env } = ctx;
  const health = config.health;
  const sentryConfig = health.sentry;
  const endpoints = health.endpoints ?? [];
  if (ctx.dryRun) logger.info("dry run: the health gate only reads, so it runs as usual");
  let expected = [];
  let expectedError;
  if (endpoints.some((e) => e.versions)) {
    try {
      expected = await expectedCommits(config, options.moved, env, logger, clock);
    } catch (error) {
      if (error instanceof UsageError) throw error;
      expectedError = error instanceof Error ? error : new Error(String(error));
      logger.warning(`cannot tell which commits the versions endpoint must name: ${expectedError.message}`);
    }
  }
  for (const e of expected)
    logger.info(
      `${e.component} (${e.systemKey}) must run ${e.sha.slice(0, 7)} (stable, from ${e.from === "moved" ? "--moved" : "the repository"})`
    );
  const windowText = sentryConfig?.window ?? "30m";
  const windowMs = parseDuration(windowText, "health.sentry.window");
  const maxNewIssues = sentryConfig?.maxNewIssues ?? 0;
  const sentry = sentryConfig ? createSentryClient({
    apiUrl: sentryConfig.apiUrl,
    org: sentryConfig.org,
    project: sentryConfig.project,
    token: env.SENTRY_AUTH_TOKEN,
    logger,
    clock
  }) : void 0;
  const pendingAfterMs = parseDuration(health.pods?.pendingAfter ?? "5m", "health.pods.pendingAfter");
  const baseline = /* @__PURE__ */ new Map();
  const result = {
    ok: false,
    cluster: pods?.cluster ?? null,
    namespace: pods?.namespace ?? null,
    rounds: 0,
    observedMs: 0,
    checks: [],
    failed: [],
    pods: null,
    sentry: sentryConfig ? { window: windowText, maxNewIssues, newIssues: [] } : null,
    endpoints: [],
    expected,
    ...options.preflight ? { scope: STAGING_SCOPE } : {}
  };
  const podCheck = async () => {
    const list = await pods.list();
    const assessed = assessPods(list, clock.now(), pendingAfterMs, baseline);
    for (const [uid, seen] of assessed.restarts) if (!baseline.has(uid)) baseline.set(uid, seen);
    result.pods = { total: assessed.total, ready: assessed.ready, problems: assessed.problems };
    const where = `${pods.namespace}${pods.selector ? ` (${pods.selector})` : ""}`;
    if (!list.length) return { name: "pods", ok: false, line: `no pods in ${where}` };
    const judged = assessed.total - assessed.completed - assessed.terminating;
    const counts = [
      `${assessed.ready}/${judged} Ready`,
      ...assessed.pending ? [`${assessed.pending} Pending`] : [],
      ...assessed.completed ? [`${assessed.completed} completed`] : [],
      ...assessed.terminating ? [`${assessed.terminating} Terminating`] : []
    ].join(", ");
    if (!assessed.problems.length) return { name: "pods", ok: true, line: `${counts} in ${where}` };
    const shown = assessed.problems.slice(0, 20).map((p) => `${p.pod}: ${p.problem}`);
    if (assessed.problems.length > shown.length) shown.push(`\u2026 and ${assessed.problems.length - shown.length} more (see the result)`);
    const first = assessed.problems[0];
    return {
      name: "pods",
      ok: false,
      line: `${assessed.problems.length} problem(s) in ${where} (${counts}), first ${first.pod}: ${first.problem}`,
      details: shown
    };
  };
  const sentryCheck = async () => {
    const issues = await sentry.newIssues(windowMs);
    const newIssues = issues.map((i) => ({
      shortId: i.shortId,
      title: i.title,
      count: i.count,
      link: i.permalink,
      firstSeen: i.firstSeen
    }));
    result.sentry = { window: windowText, maxNewIssues, newIssues };
    return {
      name: "sentry",
      ok: newIssues.length <= maxNewIssues,
      line: `${newIssues.length} new unresolved issue(s) first seen in the last ${windowText} (at most ${maxNewIssues} allowed)`,
      details: newIssues.map((i) => `${i.shortId} "${i.title}" \xD7${i.count} ${i.link}`)
    };
  };
  const verdicts = /* @__PURE__ */ new Map();
  const endpointChecks = endpoints.map((spec) => async () => {
    if (spec.versions && expectedError) throw expectedError;
    const checked = await checkEndpoint(spec, spec.versions ? expected : [], options.endpointTimeoutMs, logger, clock);
    if (spec.versions) await acceptLaterStable({ config, env, logger, clock, verdicts }, checked, expected);
    result.endpoints = [...result.endpoints.filter((e) => e.url !== spec.url), checked];
    const versions = checked.versions?.map((v) => `${v.component} ${v.running ?? "?"}${v.laterOnStable ? " (stable moved on past the expected commit)" : ""}`).join(", ");
    return {
      name: spec.url,
      ok: checked.ok,
      line: checked.ok ? `HTTP ${checked.status} in ${checked.ms}ms${versions ? `; runs ${versions}` : ""}` : checked.problem ?? "failed"
    };
  });
  const checks = [
    ...pods ? [["pods", podCheck]] : [],
    ...sentry ? [["sentry", sentryCheck]] : [],
    ...endpoints.map((e, i) => [e.url, endpointChecks[i]])
  ];
  if (!pods) logger.info("pods: not checked (no cluster in the configuration)");
  const started = clock.now();
  for (; ; ) {
    result.rounds++;
    const round = await Promise.all(checks.map(([name, check]) => check().catch((error) => failedCheck(name, error))));
    result.checks = round;
    result.observedMs = clock.now() - started;
    const prefix = options.observeMs ? `round ${result.rounds}: ` : "";
    for (const c of round) {
      const text = `${prefix}${c.ok ? "\u2713" : "\u2717"} ${c.name}: ${c.line}${c.details?.length ? `
  ${c.details.join("\n  ")}` : ""}`;
      if (c.ok) logger.info(text);
      else logger.error(text);
    }
    const failed = round.filter((c) => !c.ok);
    const elapsed = clock.now() - started;
    if (failed.length) {
      result.failed = failed.map((c) => c.name);
      const when = options.observeMs ? ` in round ${result.rounds}, after ${formatDuration(elapsed)} of ${formatDuration(options.observeMs)}` : "";
      return finish(ctx, result, {
        message: `health gate failed${when}: ${failed.map((c) => `${c.name} (${c.line})`).join("; ")}`,
        hint: options.preflight ? `nothing has moved: fix ${result.cluster} first, or deploy without the pre-flight (--staging-cluster none)` : "look at the failed checks above; roll back with the rollback stage if the new version is at fault"
      });
    }
    if (elapsed >= options.observeMs) break;
    const left = options.observeMs - elapsed;
    logger.info(
      `round ${result.rounds}: all ${round.length} check(s) passed | elapsed ${formatDuration(elapsed)}, ${formatDuration(left)} left`
    );
    await clock.sleep(Math.min(options.intervalMs, left));
  }
  logger.info(
    `healthy: ${result.checks.length} check(s) passed${options.observeMs ? ` in each of ${result.rounds} round(s) over ${formatDuration(result.observedMs)}` : ""}`
  );
  return finish(ctx, result);
}
function failedCheck(name, error) {
  if (error instanceof UsageError) throw error;
  const message = error instanceof Error ? error.message : String(error);
  const hint = error instanceof StageError && error.hint ? ` (${error.hint})` : "";
  return { name, ok: false, line: `${message}${hint}` };
}
function finish(ctx, result, error) {
  result.ok = !error;
  return { ok: !error, changed: false, result, tables: tables(ctx, result), ...error ? { error } : {} };
}
export {
  healthGate
};
