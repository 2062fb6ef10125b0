import { createRequire as __sgRequire } from 'node:module'; const require = __sgRequire(import.meta.url);
import {
  loopbackRegistry
} from "./chunk-PEQ55BZL.js";
import {
  REFS,
  refFor
} from "./chunk-7GQHHXME.js";
import {
  parse,
  stringify
} from "./chunk-P4NWLHQW.js";
import {
  tokenEnvFor
} from "./chunk-OXNICSTU.js";
import "./chunk-HO53TWSA.js";
import "./chunk-EP666XB4.js";

// src/stages/rehearse/world.ts
import { mkdtempSync as mkdtempSync3, readFileSync as readFileSync3, rmSync as rmSync4, writeFileSync as writeFileSync3 } from "node:fs";
import os3 from "node:os";
import path4 from "node:path";

// src/standins/http-double.ts
import { createServer } from "node:http";

// src/standins/faults.ts
import { AsyncLocalStorage } from "node:async_hooks";
var faultScope = new AsyncLocalStorage();
function currentFaultPlan() {
  return faultScope.getStore();
}

// src/standins/http-double.ts
var HttpDouble = class {
  requests = [];
  server;
  faults = [];
  lost = [];
  handler;
  /** The seeded faults of the run this double was built for (see faults.ts); none outside one. */
  plan = currentFaultPlan();
  constructor(handler) {
    this.handler = handler;
  }
  /** The service named in fault reports: the class name without "Double" (GitHubDouble → github). */
  get service() {
    const name = this.constructor.name.replace(/Double$/, "").toLowerCase();
    return name === "ociregistry" ? "registry" : name;
  }
  /** Requests the fault layer may touch: the product's, not a stand-in's own set-up traffic. */
  faultable(method) {
    void method;
    return true;
  }
  async start() {
    this.server = createServer((req, res) => void this.serve(req, res));
    await new Promise((resolve) => this.server.listen(0, "127.0.0.1", resolve));
    return this.url;
  }
  get url() {
    const { port } = this.server.address();
    return `http://127.0.0.1:${port}`;
  }
  async stop() {
    if (!this.server) return;
    this.server.closeAllConnections();
    await new Promise((resolve) => this.server.close(() => resolve()));
    this.server = void 0;
  }
  fail(method, path5, reply, times = 1) {
    this.faults.push({ method, path: path5, times, reply });
  }
  /** Forgets faults not yet used up (between tests: one test's outage must not reach the next). */
  clearFaults() {
    this.faults.length = 0;
    this.lost.length = 0;
  }
  /** The next `times` matching requests are carried out, but the connection drops before the answer. */
  loseAnswer(method, path5, times = 1) {
    this.lost.push({ method, path: path5, times });
  }
  count(method, path5) {
    return this.requests.filter((r) => r.method === method && path5.test(r.path)).length;
  }
  async serve(req, res) {
    const info = { service: this.service, method: req.method ?? "GET", path: new URL(req.url ?? "/", "http://x").pathname, watch: false };
    if (this.plan && this.faultable(info.method)) await withFaults(this.plan, info, req, res, () => this.respond(req, res));
    else await this.respond(req, res);
  }
  async respond(req, res) {
    const chunks = [];
    for await (const chunk of req) chunks.push(chunk);
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const request = {
      method: req.method ?? "GET",
      path: decodeURIComponent(url.pathname),
      headers: req.headers,
      body: Buffer.concat(chunks).toString("utf8")
    };
    this.requests.push(request);
    let reply;
    const fault = this.faults.find((f) => f.times > 0 && f.method === request.method && f.path.test(request.path));
    try {
      if (fault) {
        fault.times--;
        reply = fault.reply;
      } else {
        reply = await this.handler(request, url);
      }
    } catch (error3) {
      reply = { status: 500, body: { message: String(error3) } };
    }
    const lost = this.lost.find((f) => f.times > 0 && f.method === request.method && f.path.test(request.path));
    if (lost) {
      lost.times--;
      res.destroy();
      return;
    }
    request.status = reply.status ?? 200;
    const body = reply.body === void 0 ? "" : typeof reply.body === "string" ? reply.body : JSON.stringify(reply.body);
    res.writeHead(reply.status ?? 200, {
      ...reply.status === 304 ? {} : { "content-type": "application/json; charset=utf-8" },
      ...reply.headers
    });
    res.end(body);
  }
};
async function withFaults(plan, info, req, res, serve) {
  const kind = plan.decide(info);
  if (!kind) return serve();
  const drain = async () => {
    const chunks = [];
    for await (const chunk of req) chunks.push(chunk);
    return Buffer.concat(chunks).toString("utf8");
  };
  const echo = async () => ({
    method: info.method,
    url: req.url,
    headers: req.headers,
    body: await drain()
  });
  const send2 = (status2, type, body, headers = {}) => {
    res.writeHead(status2, { "content-type": type, "content-length": String(Buffer.byteLength(body)), ...headers });
    res.end(body);
  };
  switch (kind) {
    case "kill":
    case "down":
    case "reset-before":
      req.socket.destroy();
      return;
    case "http-500":
    case "http-502":
    case "http-503": {
      const status2 = Number(kind.slice(5));
      return send2(status2, "application/json", JSON.stringify({ message: STATUS_TEXT[status2], request: await echo() }));
    }
    case "http-429": {
      const seconds = 1 + Math.floor(plan.detail(info, "retry-after") * 30);
      return send2(429, "application/json", JSON.stringify({ message: "Too Many Requests", request: await echo() }), {
        "retry-after": String(seconds)
      });
    }
    case "html-page": {
      const request = await echo();
      const page = `<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body><h1>Bad Gateway</h1><p>The proxy received an invalid response from an upstream server.</p><pre>${escapeHtml(JSON.stringify(request, null, 2))}</pre></body></html>`;
      return send2(plan.detail(info, "html-status") < 0.5 ? 502 : 200, "text/html; charset=utf-8", page);
    }
    case "malformed-json":
      await drain();
      return send2(200, "application/json", '{"message": "ok", "items": [{"id": 1,, }');
    case "watch-gone": {
      await drain();
      const gone = {
        type: "ERROR",
        object: {
          kind: "Status",
          apiVersion: "v1",
          metadata: {},
          status: "Failure",
          message: "too old resource version",
          reason: "Expired",
          code: 410
        }
      };
      return send2(200, "application/json", JSON.stringify(gone) + "\n");
    }
    case "watch-closed": {
      const after = 5 + Math.floor(plan.detail(info, "watch-close") * 200);
      setTimeout(() => res.destroy(), after).unref();
      return serve();
    }
    case "reset-after":
    case "truncated-json":
    case "slow":
      spoilAnswer(kind, plan, res);
      return serve();
  }
}
var STATUS_TEXT = { 500: "Internal Server Error", 502: "Bad Gateway", 503: "Service Unavailable" };
var escapeHtml = (text) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
var SLOW_HOLD_MS = 12e4;
function spoilAnswer(kind, plan, res) {
  let status2 = 200;
  let headers = {};
  const writeHead = res.writeHead.bind(res);
  const end = res.end.bind(res);
  res.writeHead = (code, ...rest) => {
    status2 = code;
    const given = rest.find((r) => r && typeof r === "object" && !Array.isArray(r));
    headers = { ...given };
    return res;
  };
  res.end = ((chunk) => {
    const body = typeof chunk === "string" ? chunk : Buffer.isBuffer(chunk) ? chunk.toString("utf8") : "";
    const reallySend = (text) => {
      if (res.destroyed) return;
      const rest = Object.fromEntries(Object.entries(headers).filter(([k]) => k.toLowerCase() !== "content-length"));
      writeHead(status2, { ...rest, "content-length": Buffer.byteLength(text) });
      end(text);
    };
    if (kind === "reset-after") res.destroy();
    else if (kind === "truncated-json") reallySend(body.slice(0, Math.max(1, Math.floor(body.length / 2))));
    else {
      const timer = setTimeout(() => {
        plan.heldToTheEnd++;
        reallySend(body);
      }, SLOW_HOLD_MS);
      res.on("close", () => clearTimeout(timer));
    }
    return res;
  });
}

// src/standins/copr.ts
var CoprDouble = class extends HttpDouble {
  /** "owner/project/package" → version of the latest succeeded build (null: none). */
  latest = /* @__PURE__ */ new Map();
  /** Called before each answer with the number of requests for that package so far (this one included). */
  onPoll;
  polls = 0;
  perPackage = /* @__PURE__ */ new Map();
  /** Forgets packages, requests and counts (between tests). */
  reset() {
    this.latest.clear();
    this.onPoll = void 0;
    this.requests.length = 0;
    this.perPackage.clear();
    this.clearFaults();
  }
  constructor() {
    super((request, url) => {
      if (url.pathname !== "/api_3/package/") return { status: 404, body: { error: "Not found" } };
      if (request.method !== "GET") return { status: 405, body: { error: "Method not allowed" } };
      const q = url.searchParams;
      const key = `${q.get("ownername")}/${q.get("projectname")}/${q.get("packagename")}`;
      this.polls++;
      const count = (this.perPackage.get(key) ?? 0) + 1;
      this.perPackage.set(key, count);
      this.onPoll?.(key, count);
      if (!this.latest.has(key))
        return {
          status: 404,
          body: { error: `Package ${q.get("packagename")} does not exist in ${q.get("ownername")}/${q.get("projectname")}` }
        };
      const version = this.latest.get(key);
      const build = version === null ? null : {
        id: 8e6 + this.polls,
        ownername: q.get("ownername"),
        projectname: q.get("projectname"),
        state: "succeeded",
        source_package: { name: q.get("packagename"), url: null, version },
        submitted_on: 176432e4,
        ended_on: 1764320900
      };
      return {
        body: {
          id: 4242,
          name: q.get("packagename"),
          ownername: q.get("ownername"),
          projectname: q.get("projectname"),
          source_type: "scm",
          auto_rebuild: true,
          builds: { latest: build, latest_succeeded: build }
        }
      };
    });
  }
};

// src/standins/git-remotes.ts
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
var env = { ...process.env, GIT_CONFIG_NOSYSTEM: "1", GIT_TERMINAL_PROMPT: "0" };
function git(cwd, args, input) {
  return execFileSync("git", args, { cwd, env, encoding: "utf8", input, stdio: ["pipe", "pipe", "pipe"] }).trim();
}
var BareRepository = class {
  bare;
  constructor(root, name) {
    this.bare = path.join(root, `${name}.git`);
    mkdirSync(this.bare, { recursive: true });
    git(this.bare, ["init", "--bare", "-q", "-b", "main"]);
  }
  /** Writes the steps; returns the commit of each step (for a branch reset, the commit it points to). */
  history(steps) {
    const lines = [];
    steps.forEach((step, i) => {
      const ref = `refs/heads/${step.branch}`;
      if (step.message === void 0) {
        lines.push(`reset ${ref}`, `from :${step.from + 1}`, "");
        return;
      }
      const when = `${17643e5 + i * 3600} +0000`;
      const data = Buffer.from(step.message, "utf8");
      lines.push(
        `commit ${ref}`,
        `mark :${i + 1}`,
        `author Service Guru rehearsal <rehearsal@service-guru.invalid> ${when}`,
        `committer Service Guru rehearsal <rehearsal@service-guru.invalid> ${when}`,
        `data ${data.length}`,
        step.message
      );
      if (step.from !== void 0) lines.push(`from :${step.from + 1}`);
      lines.push("");
    });
    const marks = path.join(this.bare, "rehearsal-marks");
    git(this.bare, ["fast-import", "--quiet", `--export-marks=${marks}`], lines.join("\n") + "\n");
    const byMark = new Map(
      readFileSync(marks, "utf8").trim().split("\n").map((l) => l.split(" "))
    );
    rmSync(marks);
    return steps.map((step, i) => byMark.get(`:${(step.message === void 0 ? step.from : i) + 1}`));
  }
  /**
   * The branch's head, read from the ref files (no process per read: the build watcher polls).
   * Loose ref first, then packed-refs; null when absent.
   */
  head(branch) {
    const loose = path.join(this.bare, "refs", "heads", branch);
    if (existsSync(loose)) return readFileSync(loose, "utf8").trim();
    const packed = path.join(this.bare, "packed-refs");
    if (!existsSync(packed)) return null;
    const line = readFileSync(packed, "utf8").split("\n").find((l) => l.endsWith(` refs/heads/${branch}`));
    return line ? line.split(" ")[0] : null;
  }
};

// src/standins/github.ts
import { createHash as createHash3 } from "node:crypto";

// src/standins/github-ci.ts
import { createHash as createHash2 } from "node:crypto";

// src/standins/github-shapes.ts
import { createHash } from "node:crypto";
function user(login) {
  return {
    login,
    id: login.length * 1e3 + 7,
    node_id: `U_${login}`,
    avatar_url: `https://avatars.githubusercontent.com/u/${login.length}`,
    html_url: `https://github.com/${login}`,
    type: "User",
    site_admin: false
  };
}
function label(name, i) {
  return {
    id: 1e3 + i,
    node_id: `LA_${i}`,
    url: `https://api.github.com/labels/${encodeURIComponent(name)}`,
    name,
    color: "ededed",
    default: false,
    description: null
  };
}
function pullJson(api, pr, headSha, baseSha) {
  const [owner] = pr.repo.split("/");
  const url = `${api}/repos/${pr.repo}/pulls/${pr.number}`;
  return {
    url,
    id: 5e5 + pr.number,
    node_id: `PR_${pr.number}`,
    html_url: `https://github.com/${pr.repo}/pull/${pr.number}`,
    diff_url: `https://github.com/${pr.repo}/pull/${pr.number}.diff`,
    patch_url: `https://github.com/${pr.repo}/pull/${pr.number}.patch`,
    issue_url: `${api}/repos/${pr.repo}/issues/${pr.number}`,
    number: pr.number,
    state: pr.state,
    locked: false,
    title: pr.title,
    user: user(pr.author),
    body: pr.body,
    labels: pr.labels.map(label),
    milestone: null,
    active_lock_reason: null,
    created_at: pr.createdAt,
    updated_at: pr.updatedAt,
    closed_at: pr.state === "closed" ? pr.mergedAt ?? pr.updatedAt : null,
    merged_at: pr.mergedAt,
    merge_commit_sha: pr.mergeCommitSha,
    assignee: null,
    assignees: [],
    requested_reviewers: [],
    requested_teams: [],
    draft: pr.draft,
    commits_url: `${url}/commits`,
    statuses_url: `${api}/repos/${pr.repo}/statuses/${headSha}`,
    head: { label: `${owner}:${pr.head}`, ref: pr.head, sha: headSha, user: user(owner), repo: null },
    base: { label: `${owner}:${pr.base}`, ref: pr.base, sha: baseSha, user: user(owner), repo: null },
    author_association: "MEMBER",
    auto_merge: null
  };
}
function searchItemJson(api, pr) {
  return {
    url: `${api}/repos/${pr.repo}/issues/${pr.number}`,
    repository_url: `${api}/repos/${pr.repo}`,
    html_url: `https://github.com/${pr.repo}/pull/${pr.number}`,
    id: 7e5 + pr.number,
    node_id: `I_${pr.number}`,
    number: pr.number,
    title: pr.title,
    user: user(pr.author),
    labels: pr.labels.map(label),
    state: pr.state,
    locked: false,
    assignee: null,
    assignees: [],
    milestone: null,
    comments: 0,
    created_at: pr.createdAt,
    updated_at: pr.updatedAt,
    closed_at: pr.state === "closed" ? pr.mergedAt ?? pr.updatedAt : null,
    author_association: "MEMBER",
    draft: pr.draft,
    body: pr.body,
    score: 1,
    pull_request: {
      url: `${api}/repos/${pr.repo}/pulls/${pr.number}`,
      html_url: `https://github.com/${pr.repo}/pull/${pr.number}`,
      diff_url: `https://github.com/${pr.repo}/pull/${pr.number}.diff`,
      patch_url: `https://github.com/${pr.repo}/pull/${pr.number}.patch`,
      merged_at: pr.mergedAt
    }
  };
}
function commitJson(api, repo, c) {
  const person = { name: "Packit Dev", email: "dev@packit.dev", date: c.date };
  return {
    sha: c.sha,
    node_id: `C_${c.sha}`,
    url: `${api}/repos/${repo}/commits/${c.sha}`,
    html_url: `https://github.com/${repo}/commit/${c.sha}`,
    commit: {
      message: c.message,
      author: person,
      committer: person,
      tree: { sha: c.sha.split("").reverse().join(""), url: "" },
      comment_count: 0
    },
    author: null,
    committer: null,
    parents: c.parents.map((sha) => ({
      sha,
      url: `${api}/repos/${repo}/commits/${sha}`,
      html_url: `https://github.com/${repo}/commit/${sha}`
    }))
  };
}
function contentJson(api, repo, ref, path5, sha, content) {
  const url = `${api}/repos/${repo}/contents/${path5}?ref=${ref}`;
  return {
    type: "file",
    name: path5.split("/").pop(),
    path: path5,
    sha,
    size: content === void 0 ? 0 : Buffer.byteLength(content),
    url,
    git_url: `${api}/repos/${repo}/git/blobs/${sha}`,
    html_url: `https://github.com/${repo}/blob/${ref}/${path5}`,
    download_url: `https://raw.githubusercontent.com/${repo}/${ref}/${path5}`,
    // GitHub wraps the base64 text every 60 characters.
    ...content === void 0 ? {} : { encoding: "base64", content: Buffer.from(content).toString("base64").replace(/.{60}/g, "$&\n") },
    _links: { self: url, git: `${api}/repos/${repo}/git/blobs/${sha}`, html: `https://github.com/${repo}/blob/${ref}/${path5}` }
  };
}
var error = (status2, message, documentation, extra = {}) => ({
  status: status2,
  body: { message, documentation_url: `https://docs.github.com/rest/${documentation}`, status: String(status2), ...extra }
});
function blobSha(content) {
  const bytes = Buffer.from(content);
  return createHash("sha1").update(`blob ${bytes.length}\0`).update(bytes).digest("hex");
}

// src/standins/github-ci.ts
function ciRoute(repo, rest, request, url) {
  let r;
  if (request.method === "GET" && (r = /^\/commits\/([^/]+)\/check-runs$/.exec(rest))) {
    const runs = (repo.checkRuns.get(r[1]) ?? []).map((c, i) => ({
      id: i + 1,
      head_sha: r[1],
      name: c.name,
      status: c.status,
      conclusion: c.conclusion,
      app: { slug: "github-actions" }
    }));
    return { body: { total_count: runs.length, check_runs: runs } };
  }
  if (request.method === "GET" && (r = /^\/commits\/([^/]+)\/status$/.exec(rest))) {
    const statuses = repo.statuses.get(r[1]) ?? [];
    const state = statuses.some((s) => s.state === "failure" || s.state === "error") ? "failure" : statuses.some((s) => s.state === "pending") || !statuses.length ? "pending" : "success";
    return {
      body: {
        state,
        sha: r[1],
        total_count: statuses.length,
        statuses: statuses.map((s, i) => ({ id: i + 1, context: s.context, state: s.state, description: null, target_url: null }))
      }
    };
  }
  if (request.method === "GET" && (r = /^\/actions\/workflows\/([^/]+)\/runs$/.exec(rest))) {
    const q = url.searchParams;
    const runs = repo.runs.filter(
      (run) => run.workflow === r[1] && (!q.get("head_sha") || run.head_sha === q.get("head_sha")) && (!q.get("branch") || run.head_branch === q.get("branch"))
    ).map((run) => ({
      id: run.id,
      name: run.name,
      node_id: `WFR_${run.id}`,
      head_branch: run.head_branch,
      head_sha: run.head_sha,
      path: `.github/workflows/${run.workflow}`,
      run_number: run.id,
      event: "push",
      status: run.status,
      conclusion: run.conclusion,
      workflow_id: 7,
      html_url: `https://github.com/${repo.fullName}/actions/runs/${run.id}`,
      created_at: run.created_at,
      updated_at: run.created_at,
      run_started_at: run.created_at
    }));
    const body = { total_count: runs.length, workflow_runs: runs };
    const etag = `W/"${createHash2("sha1").update(JSON.stringify(body)).digest("hex")}"`;
    if (request.headers["if-none-match"] === etag) return { status: 304, headers: { etag } };
    return { body, headers: { etag } };
  }
  if (request.method === "GET" && (r = /^\/branches\/(.+)$/.exec(rest))) {
    const sha = repo.branches.get(r[1]);
    if (!sha) return error(404, "Branch not found", "branches/branches#get-a-branch");
    const protectedBranch = repo.protectedChecks.length > 0;
    return {
      body: {
        name: r[1],
        commit: { sha },
        protected: protectedBranch,
        protection: {
          enabled: protectedBranch,
          required_status_checks: {
            enforcement_level: protectedBranch ? "non_admins" : "off",
            contexts: repo.protectedChecks,
            checks: repo.protectedChecks.map((context) => ({ context, app_id: null }))
          }
        }
      }
    };
  }
  if (request.method === "GET" && /^\/rules\/branches\/.+$/.test(rest)) {
    if (!repo.rulesetChecks.length) return { body: [] };
    return {
      body: [
        {
          type: "required_status_checks",
          ruleset_source_type: "Repository",
          ruleset_source: `${repo.fullName}`,
          ruleset_id: 42,
          parameters: {
            strict_required_status_checks_policy: false,
            required_status_checks: repo.rulesetChecks.map((context) => ({ context }))
          }
        }
      ]
    };
  }
  return void 0;
}

// src/standins/github-jobs.ts
function runJobsRoute(double, repo, runId, url) {
  const run = repo.runs.find((r) => r.id === runId);
  if (!run) return error(404, "Not Found", "actions/workflow-jobs#list-jobs-for-a-workflow-run");
  const all = run.jobs ?? [];
  const latestAttempt = Math.max(1, ...all.map((j) => j.run_attempt ?? 1));
  const chosen = url.searchParams.get("filter") === "all" ? all : all.filter((j) => (j.run_attempt ?? 1) === latestAttempt);
  const jobs = chosen.map((j) => ({
    id: j.id,
    run_id: run.id,
    workflow_name: run.name,
    head_branch: run.head_branch,
    run_url: `${double.url}/repos/${repo.fullName}/actions/runs/${run.id}`,
    run_attempt: j.run_attempt ?? 1,
    node_id: `CR_${j.id}`,
    head_sha: run.head_sha,
    url: `${double.url}/repos/${repo.fullName}/actions/jobs/${j.id}`,
    html_url: `https://github.com/${repo.fullName}/actions/runs/${run.id}/job/${j.id}`,
    status: j.status,
    conclusion: j.conclusion,
    created_at: j.created_at,
    started_at: j.started_at,
    completed_at: j.completed_at,
    name: j.name,
    steps: [],
    check_run_url: `${double.url}/repos/${repo.fullName}/check-runs/${j.id}`,
    labels: ["ubuntu-latest"],
    runner_id: j.started_at ? 1 : null,
    runner_name: j.started_at ? "GitHub Actions 1" : null,
    runner_group_id: j.started_at ? 2 : null,
    runner_group_name: j.started_at ? "GitHub Actions" : null
  }));
  const { items, headers } = double.page(url, jobs);
  return { headers, body: { total_count: jobs.length, jobs: items } };
}

// src/standins/github-pulls.ts
function pullsRoute(github, repo, rest, request, url) {
  const body = () => request.body ? JSON.parse(request.body) : {};
  let r;
  if (request.method === "GET" && (r = /^\/commits\/([0-9a-f]{40})\/pulls$/.exec(rest))) {
    const sha = r[1];
    const onDefault = github.reachable(repo.branches.get(repo.defaultBranch) ?? "").has(sha);
    const pulls = repo.pulls.filter((p) => (p.commits.includes(sha) || p.mergeCommitSha === sha) && (onDefault || p.state === "open"));
    const { items, headers } = github.page(url, pulls);
    return { body: items.map((p) => github.pull(repo, p)), headers };
  }
  if (request.method === "POST" && rest === "/git/refs") return createRef(github, repo, body());
  if (r = /^\/contents\/(.+)$/.exec(rest))
    return request.method === "PUT" ? putContent(github, repo, r[1], body()) : getContent(github, repo, r[1], url);
  if (request.method === "GET" && rest === "/pulls") {
    const q = url.searchParams;
    const state = q.get("state") ?? "open";
    const pulls = repo.pulls.filter(
      (p) => (state === "all" || p.state === state) && (!q.get("head") || `${repo.owner}:${p.head}` === q.get("head")) && (!q.get("base") || p.base === q.get("base"))
    );
    const { items, headers } = github.page(url, pulls);
    return { body: items.map((p) => github.pull(repo, p)), headers };
  }
  if (request.method === "POST" && rest === "/pulls") return createPull(github, repo, body());
  if (request.method === "PATCH" && (r = /^\/pulls\/(\d+)$/.exec(rest))) return updatePull(github, repo, Number(r[1]), body());
  return void 0;
}
function getContent(github, repo, path5, url) {
  const ref = url.searchParams.get("ref") ?? repo.defaultBranch;
  const content = github.resolve(repo, ref)?.tree.get(path5);
  if (content === void 0) return error(404, "Not Found", "repos/contents#get-repository-content");
  return { body: contentJson(github.url, repo.fullName, ref, path5, blobSha(content), content) };
}
function createRef(github, repo, body) {
  const api = github.url;
  const { ref, sha } = body;
  const branch = ref.replace(/^refs\/heads\//, "");
  if (repo.branches.has(branch)) return error(422, "Reference already exists", "git/refs#create-a-reference");
  if (!github.commits.has(sha)) return error(422, "Object does not exist", "git/refs#create-a-reference");
  repo.branches.set(branch, sha);
  return {
    status: 201,
    body: {
      ref,
      node_id: `REF_${branch}`,
      url: `${api}/repos/${repo.fullName}/git/${ref}`,
      object: { sha, type: "commit", url: `${api}/repos/${repo.fullName}/git/commits/${sha}` }
    }
  };
}
function putContent(github, repo, path5, body) {
  const branch = typeof body.branch === "string" ? body.branch : repo.defaultBranch;
  const head = repo.branches.get(branch);
  if (!head) return error(404, `Branch ${branch} not found`, "repos/contents#create-or-update-file-contents");
  if (typeof body.message !== "string" || typeof body.content !== "string")
    return error(422, 'Invalid request.\n\n"message" and "content" are required.', "repos/contents#create-or-update-file-contents");
  const existing = github.commits.get(head).tree.get(path5);
  if (existing !== void 0 && body.sha === void 0)
    return error(422, `Invalid request.

"sha" wasn't supplied.`, "repos/contents#create-or-update-file-contents");
  if (existing !== void 0 && body.sha !== blobSha(existing))
    return error(409, `${path5} does not match ${String(body.sha)}`, "repos/contents#create-or-update-file-contents");
  const content = Buffer.from(body.content, "base64").toString("utf8");
  const sha = github.commit(repo.fullName, body.message, [head], (/* @__PURE__ */ new Date()).toISOString(), { [path5]: content });
  repo.branches.set(branch, sha);
  return {
    status: existing === void 0 ? 201 : 200,
    body: {
      content: contentJson(github.url, repo.fullName, branch, path5, blobSha(content)),
      commit: { ...commitJson(github.url, repo.fullName, github.commits.get(sha)), message: body.message }
    }
  };
}
function createPull(github, repo, body) {
  const { title, head, base, draft } = body;
  const doc = "pulls/pulls#create-a-pull-request";
  if (!title || !head || !base)
    return error(422, "Validation Failed", doc, {
      errors: [{ resource: "PullRequest", code: "missing_field", field: title ? head ? "base" : "head" : "title" }]
    });
  const branch = head.includes(":") ? head.slice(head.indexOf(":") + 1) : head;
  if (!repo.branches.has(branch) || !repo.branches.has(base))
    return error(422, "Validation Failed", doc, {
      errors: [{ resource: "PullRequest", code: "invalid", field: repo.branches.has(base) ? "head" : "base" }]
    });
  if (repo.pulls.some((p) => p.state === "open" && p.head === branch && p.base === base)) {
    return error(422, "Validation Failed", doc, {
      errors: [
        {
          resource: "PullRequest",
          code: "custom",
          message: `A pull request already exists for ${repo.fullName.split("/")[0]}:${branch}.`
        }
      ]
    });
  }
  const fromBase = github.reachable(repo.branches.get(base));
  const commits = [...github.reachable(repo.branches.get(branch))].filter((s) => !fromBase.has(s));
  if (!commits.length)
    return error(422, "Validation Failed", doc, {
      errors: [{ resource: "PullRequest", code: "custom", message: `No commits between ${base} and ${branch}` }]
    });
  const number = Math.max(0, ...repo.pulls.map((p) => p.number)) + 1;
  const now = (/* @__PURE__ */ new Date()).toISOString();
  const pr = github.addPull(repo.fullName, {
    number,
    title,
    body: typeof body.body === "string" ? body.body : null,
    author: "service-guru[bot]",
    labels: [],
    state: "open",
    draft: draft ?? false,
    createdAt: now,
    mergedAt: null,
    base,
    head: branch,
    commits,
    mergeCommitSha: null
  });
  return { status: 201, body: github.pull(repo, pr) };
}
function updatePull(github, repo, number, body) {
  const pr = repo.pulls.find((p) => p.number === number);
  if (!pr) return error(404, "Not Found", "pulls/pulls#update-a-pull-request");
  const change = body;
  Object.assign(pr, {
    ...change.title !== void 0 ? { title: change.title } : {},
    ...change.body !== void 0 ? { body: change.body } : {},
    updatedAt: (/* @__PURE__ */ new Date()).toISOString()
  });
  return { body: github.pull(repo, pr) };
}
function searchPulls(github, url) {
  const q = url.searchParams.get("q") ?? "";
  github.queries.push(q);
  const filters = [];
  const repoNames = [];
  for (const term of q.split(/\s+/).filter(Boolean)) {
    const [key, value = ""] = [term.slice(0, term.indexOf(":")), term.slice(term.indexOf(":") + 1)];
    if (key === "repo") repoNames.push(value);
    else if (term === "is:pr") continue;
    else if (term === "is:merged") filters.push((p) => p.mergedAt !== null);
    else if (key === "base") filters.push((p) => p.base === value);
    else if (key === "merged" && /^[^.]+\.\.[^.]+$/.test(value)) {
      const [from, to] = value.split("..");
      const start2 = Date.parse(from.length === 10 ? `${from}T00:00:00Z` : from);
      const end = to.length === 10 ? Date.parse(`${to}T00:00:00Z`) + 864e5 : Date.parse(to) + 1e3;
      if (Number.isNaN(start2) || Number.isNaN(end))
        return error(422, "Validation Failed", "search/search#search-issues-and-pull-requests", {
          errors: [{ resource: "Search", field: "q", code: "invalid" }]
        });
      filters.push((p) => p.mergedAt !== null && Date.parse(p.mergedAt) >= start2 && Date.parse(p.mergedAt) < end);
    } else
      return error(422, "Validation Failed", "search/search#search-issues-and-pull-requests", {
        errors: [{ message: `unsupported qualifier in this double: ${term}`, resource: "Search", field: "q", code: "invalid" }]
      });
  }
  const repos = repoNames.map((n) => github.repos.get(n));
  if (!repos.length || repos.some((r) => !r))
    return error(422, "Validation Failed", "search/search#search-issues-and-pull-requests", {
      errors: [
        {
          message: "The listed users and repositories cannot be searched either because the resources do not exist or you do not have permission to view them.",
          resource: "Search",
          field: "q",
          code: "invalid"
        }
      ]
    });
  const order = url.searchParams.get("order") === "asc" ? 1 : -1;
  if (q.length > 256)
    return error(422, "Validation Failed", "search/search#search-issues-and-pull-requests", {
      errors: [{ message: "The search is longer than 256 characters.", resource: "Search", field: "q", code: "invalid" }]
    });
  const found = repos.flatMap((r) => r.pulls).filter((p) => filters.every((f) => f(p))).sort((a, b) => order * a.createdAt.localeCompare(b.createdAt));
  const { items, headers } = github.page(url, found);
  return {
    headers,
    body: { total_count: found.length, incomplete_results: false, items: items.map((p) => searchItemJson(github.url, p)) }
  };
}

// src/standins/github.ts
var BranchMap = class extends Map {
  log = [];
  set(branch, sha) {
    if (this.get(branch) !== sha) this.log?.push({ branch, sha });
    return super.set(branch, sha);
  }
};
var DEFAULT_DATE = "2026-11-23T12:00:00Z";
var GitHubDouble = class extends HttpDouble {
  commits = /* @__PURE__ */ new Map();
  repos = /* @__PURE__ */ new Map();
  /** The `q` of every search request, as GitHub received it. */
  queries = [];
  /** Called before a GraphQL updateRefs is applied: a test may move a branch "meanwhile". */
  beforeUpdate;
  token = "ghs_testtoken1234567890";
  /** What the token may do in every repository (the `permissions` of GET /repos/{owner}/{repo}). */
  permissions = { admin: false, push: true, pull: true };
  /** GitHub caps per_page at 100; tests lower it to see several pages. */
  maxPerPage = 100;
  constructor() {
    super((request, url) => this.route(request, url));
  }
  addRepo(fullName, defaultBranch = "main") {
    const [owner, name] = fullName.split("/");
    const repo = {
      owner,
      name,
      fullName,
      nodeId: `R_${Buffer.from(fullName).toString("base64")}`,
      defaultBranch,
      private: false,
      branches: new BranchMap(),
      protectedChecks: [],
      rulesetChecks: [],
      checkRuns: /* @__PURE__ */ new Map(),
      statuses: /* @__PURE__ */ new Map(),
      runs: [],
      pulls: []
    };
    this.repos.set(fullName, repo);
    return repo;
  }
  commit(...args) {
    const [repo, message, parents, date, files] = args.length >= 4 ? args : [void 0, args[0], args[1] ?? [], DEFAULT_DATE];
    if (repo !== void 0 && !this.repos.has(repo)) throw new Error(`commit in ${repo}: addRepo it first`);
    const seq = this.commits.size + 1;
    const sha = createHash3("sha1").update(`${repo ?? ""}\0${message}\0${parents.join(",")}\0${seq}`).digest("hex");
    const tree = new Map(parents[0] ? this.commits.get(parents[0])?.tree : []);
    for (const [path5, content] of Object.entries(files ?? {})) tree.set(path5, content);
    this.commits.set(sha, { sha, parents, message, date, tree, seq });
    return sha;
  }
  /** A chain of commits on top of `parent`; returns the newest. */
  chain(parent, ...messages) {
    let head = parent;
    for (const message of messages) head = this.commit(message, head ? [head] : []);
    return head;
  }
  addPull(repo, pull) {
    const state = { ...pull, repo, draft: pull.draft ?? false, updatedAt: pull.mergedAt ?? pull.createdAt };
    this.repos.get(repo).pulls.push(state);
    return state;
  }
  /** The file on a branch, as a test reads it back. */
  file(repo, branch, path5) {
    const state = this.repos.get(repo);
    return this.commits.get(state.branches.get(branch) ?? "")?.tree.get(path5);
  }
  /** The commits reachable from `from` (itself included). */
  reachable(from) {
    const seen = /* @__PURE__ */ new Set();
    const stack = [from];
    while (stack.length) {
      const sha = stack.pop();
      if (seen.has(sha) || !this.commits.has(sha)) continue;
      seen.add(sha);
      stack.push(...this.commits.get(sha).parents);
    }
    return seen;
  }
  /** A branch name, a full commit id or an unambiguous abbreviation of one. */
  resolve(repo, ref) {
    const byBranch = repo.branches.get(ref);
    if (byBranch) return this.commits.get(byBranch);
    if (!/^[0-9a-f]{4,40}$/.test(ref)) return void 0;
    const matches = [...this.commits.keys()].filter((sha) => sha.startsWith(ref));
    return matches.length === 1 ? this.commits.get(matches[0]) : void 0;
  }
  /**
   * One page of a list, with GitHub's Link header (next, last, first, prev). Without per_page,
   * `unpaged` items (compare answers up to 250 commits unpaginated).
   */
  page(url, items, unpaged = 30) {
    const asked = url.searchParams.get("per_page");
    const perPage = asked === null ? unpaged : Math.max(1, Math.min(Number(asked), this.maxPerPage));
    const page = Math.max(1, Number(url.searchParams.get("page") ?? 1));
    const last = Math.max(1, Math.ceil(items.length / perPage));
    const link = (n, rel) => {
      const target = new URL(url.pathname + url.search, this.url);
      target.searchParams.set("page", String(n));
      return `<${target.toString()}>; rel="${rel}"`;
    };
    const links = [
      ...page < last ? [link(page + 1, "next"), link(last, "last")] : [],
      ...page > 1 ? [link(1, "first"), link(page - 1, "prev")] : []
    ];
    return { items: items.slice((page - 1) * perPage, page * perPage), headers: links.length ? { link: links.join(", ") } : {} };
  }
  /** A PR as the pulls endpoints answer it. */
  pull(repo, p) {
    return pullJson(this.url, p, p.commits[p.commits.length - 1] ?? repo.branches.get(p.head) ?? "", repo.branches.get(p.base) ?? "");
  }
  /**
   * The next `times` requests matching are refused as GitHub refuses over a secondary rate limit:
   * a 403 (not only 429) whose message says so, often without Retry-After.
   */
  secondaryLimit(method, path5, retryAfter, times = 1) {
    this.fail(
      method,
      path5,
      {
        status: 403,
        headers: retryAfter === void 0 ? {} : { "retry-after": String(retryAfter) },
        body: {
          message: "You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID ABCD:1234.",
          documentation_url: "https://docs.github.com/free-pro-team@latest/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits",
          status: "403"
        }
      },
      times
    );
  }
  route(request, url) {
    const anonymous = request.headers.authorization === void 0 && request.method === "GET";
    if (!anonymous && request.headers.authorization !== `token ${this.token}`) {
      return { status: 401, body: { message: "Bad credentials", documentation_url: "https://docs.github.com/rest", status: "401" } };
    }
    const headers = {
      "x-ratelimit-limit": "5000",
      "x-ratelimit-remaining": "4999",
      "x-ratelimit-reset": String(Math.floor(Date.now() / 1e3) + 3600)
    };
    const reply = this.answer(request, url);
    return { ...reply, headers: { ...headers, ...reply.headers } };
  }
  answer(request, url) {
    if (request.method === "POST" && url.pathname === "/graphql") return this.graphql(request);
    if (request.method === "GET" && request.path === "/search/issues") return searchPulls(this, url);
    const m = /^\/repos\/([^/]+)\/([^/]+)(\/.*)?$/.exec(url.pathname);
    if (!m) return error(404, "Not Found", "");
    const repo = this.repos.get(`${m[1]}/${m[2]}`);
    if (!repo || repo.private && request.headers.authorization === void 0)
      return error(404, "Not Found", "repos/repos#get-a-repository");
    const rest = decodeURIComponent(m[3] ?? "");
    let r;
    if (request.method === "GET" && rest === "") {
      return {
        body: {
          id: 1,
          node_id: repo.nodeId,
          name: repo.name,
          full_name: repo.fullName,
          owner: { login: repo.owner },
          private: repo.private,
          html_url: `https://github.com/${repo.fullName}`,
          default_branch: repo.defaultBranch,
          ...request.headers.authorization ? { permissions: this.permissions } : {}
        }
      };
    }
    if (request.method === "GET" && (r = /^\/git\/ref\/heads\/(.+)$/.exec(rest))) {
      const sha = repo.branches.get(r[1]);
      if (!sha) return error(404, "Not Found", "git/refs#get-a-reference");
      return {
        body: {
          ref: `refs/heads/${r[1]}`,
          node_id: `REF_${r[1]}`,
          url: `${this.url}/repos/${repo.fullName}/git/refs/heads/${r[1]}`,
          object: { sha, type: "commit", url: `${this.url}/repos/${repo.fullName}/git/commits/${sha}` }
        }
      };
    }
    if (request.method === "GET" && (r = /^\/commits\/([^/]+)$/.exec(rest))) {
      const commit = this.resolve(repo, r[1]);
      if (!commit) return error(422, `No commit found for SHA: ${r[1]}`, "commits/commits#get-a-commit");
      return { body: commitJson(this.url, repo.fullName, commit) };
    }
    if (request.method === "GET" && (r = /^\/actions\/runs\/(\d+)\/jobs$/.exec(rest))) return runJobsRoute(this, repo, Number(r[1]), url);
    if (request.method === "GET" && (r = /^\/compare\/([^.]+)\.\.\.(.+)$/.exec(rest))) return this.compare(repo, r[1], r[2], url);
    return ciRoute(repo, rest, request, url) ?? pullsRoute(this, repo, rest, request, url) ?? error(404, "Not Found", "");
  }
  compare(repo, baseRef, headRef, url) {
    const base = this.resolve(repo, baseRef);
    const head = this.resolve(repo, headRef);
    if (!base || !head) return error(404, "Not Found", "commits/commits#compare-two-commits");
    const fromBase = this.reachable(base.sha);
    const fromHead = this.reachable(head.sha);
    const ahead = [...fromHead].filter((s) => !fromBase.has(s)).map((s) => this.commits.get(s)).sort((a, b) => a.seq - b.seq);
    const behind = [...fromBase].filter((s) => !fromHead.has(s)).length;
    const { items, headers } = this.page(url, ahead, 250);
    const status2 = base.sha === head.sha ? "identical" : !behind ? "ahead" : !ahead.length ? "behind" : "diverged";
    return {
      headers,
      body: {
        url: `${this.url}/repos/${repo.fullName}/compare/${baseRef}...${headRef}`,
        html_url: `https://github.com/${repo.fullName}/compare/${baseRef}...${headRef}`,
        base_commit: commitJson(this.url, repo.fullName, base),
        status: status2,
        ahead_by: ahead.length,
        behind_by: behind,
        total_commits: ahead.length,
        commits: items.map((c) => commitJson(this.url, repo.fullName, c)),
        files: []
      }
    };
  }
  graphql(request) {
    const { query, variables } = JSON.parse(request.body);
    if (!/updateRefs\s*\(/.test(query)) return { body: { errors: [{ message: "only updateRefs is served here" }] } };
    const repo = [...this.repos.values()].find((r) => r.nodeId === variables.repositoryId);
    if (!repo)
      return {
        body: {
          data: { updateRefs: null },
          errors: [
            {
              type: "NOT_FOUND",
              path: ["updateRefs"],
              message: `Could not resolve to a node with the global id of '${variables.repositoryId}'`
            }
          ]
        }
      };
    this.beforeUpdate?.(repo);
    const fail = (message) => ({
      body: {
        data: { updateRefs: null },
        errors: [{ type: "UNPROCESSABLE", path: ["updateRefs"], locations: [{ line: 2, column: 3 }], message }]
      }
    });
    if (repo.rejectUpdates) return fail(repo.rejectUpdates);
    for (const update of variables.refUpdates) {
      const branch = update.name.replace(/^refs\/heads\//, "");
      const current = repo.branches.get(branch) ?? "0000000000000000000000000000000000000000";
      if (current !== update.beforeOid)
        return fail(`A ref update failed: ${update.name} is at ${current} but expected ${update.beforeOid}`);
      if (!this.commits.has(update.afterOid)) return fail(`Could not find commit ${update.afterOid}`);
      const fastForward = current.startsWith("0000") || this.reachable(update.afterOid).has(current);
      if (!fastForward && !update.force) return fail(`A ref update failed: ${update.name} update is not a fast forward`);
    }
    for (const update of variables.refUpdates) repo.branches.set(update.name.replace(/^refs\/heads\//, ""), update.afterOid);
    return { body: { data: { updateRefs: { clientMutationId: null } } } };
  }
};

// src/standins/oci-registry.ts
import { spawn } from "node:child_process";
import { createHash as createHash5 } from "node:crypto";
import { existsSync as existsSync2, mkdtempSync, rmSync as rmSync2, writeFileSync } from "node:fs";
import { createServer as createServer3 } from "node:net";
import os from "node:os";
import path2 from "node:path";

// src/standins/oci-registry-double.ts
import { createHash as createHash4, randomUUID } from "node:crypto";
import { createServer as createServer2 } from "node:http";
var NAME = /^[a-z0-9]+(?:(?:\.|_|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:\.|_|__|-+)[a-z0-9]+)*)*$/;
var TAG = /^[a-zA-Z0-9_][a-zA-Z0-9._-]{0,127}$/;
var DIGEST = /^sha256:[a-f0-9]{64}$/;
var digestOf = (data) => `sha256:${createHash4("sha256").update(data).digest("hex")}`;
var error2 = (status2, code, message, detail) => ({
  status: status2,
  body: { errors: [{ code, message, ...detail === void 0 ? {} : { detail } }] }
});
function references(body) {
  if (typeof body !== "object" || body === null) return void 0;
  const m = body;
  const digests = (list) => list === void 0 ? [] : Array.isArray(list) && list.every((d) => typeof d?.digest === "string") ? list.map((d) => d.digest) : void 0;
  const layers = digests(m.layers);
  const manifests = digests(m.manifests);
  if (!layers || !manifests) return void 0;
  const config = m.config?.digest;
  if (m.config !== void 0 && typeof config !== "string") return void 0;
  return { blobs: [...typeof config === "string" ? [config] : [], ...layers], manifests };
}
var OciRegistryDouble = class {
  kind = "in-process";
  /** The seeded faults of the run this double was built for (see faults.ts); none outside one. */
  plan = currentFaultPlan();
  server;
  repositories = /* @__PURE__ */ new Map();
  uploads = /* @__PURE__ */ new Map();
  async start() {
    this.server = createServer2((req, res) => void this.serve(req, res));
    this.server.keepAliveTimeout = 0;
    await new Promise((resolve) => this.server.listen(0, "127.0.0.1", resolve));
    return this.url;
  }
  get url() {
    return `http://${this.host}`;
  }
  get host() {
    const { port } = this.server.address();
    return `127.0.0.1:${port}`;
  }
  async stop() {
    if (!this.server) return;
    this.server.closeAllConnections();
    await new Promise((resolve) => this.server.close(() => resolve()));
    this.server = void 0;
  }
  /** Routes the product's reads through the run's fault layer; the stand-in builds' pushes stay clean. */
  async serve(req, res) {
    const method = req.method ?? "GET";
    const info = { service: "registry", method, path: new URL(req.url ?? "/", "http://x").pathname, watch: false };
    if (this.plan && (method === "GET" || method === "HEAD")) await withFaults(this.plan, info, req, res, () => this.respond(req, res));
    else await this.respond(req, res);
  }
  async respond(req, res) {
    const chunks = [];
    for await (const chunk of req) chunks.push(chunk);
    let answer;
    try {
      answer = this.answer(req, new URL(req.url ?? "/", "http://127.0.0.1"), Buffer.concat(chunks));
    } catch (e) {
      answer = error2(500, "UNKNOWN", String(e));
    }
    const body = answer.body === void 0 ? Buffer.alloc(0) : Buffer.isBuffer(answer.body) ? answer.body : Buffer.from(typeof answer.body === "string" ? answer.body : JSON.stringify(answer.body));
    res.writeHead(answer.status, {
      "docker-distribution-api-version": "registry/2.0",
      ...answer.body === void 0 || Buffer.isBuffer(answer.body) ? {} : { "content-type": "application/json; charset=utf-8" },
      "content-length": String(body.length),
      ...answer.headers
    });
    res.end(req.method === "HEAD" ? void 0 : body);
  }
  repository(name, create = false) {
    let repo = this.repositories.get(name);
    if (!repo && create) this.repositories.set(name, repo = { blobs: /* @__PURE__ */ new Map(), manifests: /* @__PURE__ */ new Map(), tags: /* @__PURE__ */ new Map() });
    return repo;
  }
  answer(req, url, body) {
    const method = req.method ?? "GET";
    const path5 = decodeURIComponent(url.pathname);
    if (path5 === "/v2/" || path5 === "/v2") return { status: 200, body: {} };
    const m = /^\/v2\/(.+?)\/(blobs\/uploads\/?([^/]*)|blobs\/([^/]+)|manifests\/([^/]+)|tags\/list)$/.exec(path5);
    if (!m) return error2(404, "NOT_FOUND", "no such endpoint");
    const [, name, what, upload, blob, reference] = m;
    if (!NAME.test(name)) return error2(400, "NAME_INVALID", "invalid repository name", { name });
    if (what.startsWith("blobs/uploads")) return this.upload(method, name, upload ?? "", url, body, req);
    if (blob !== void 0) return this.blob(method, name, blob);
    if (reference !== void 0) return this.manifest(method, name, reference, body, req);
    if (method !== "GET") return error2(405, "UNSUPPORTED", `${method} on the tag list`);
    return this.tagList(name, url);
  }
  upload(method, name, id, url, body, req) {
    const digest = url.searchParams.get("digest");
    const created = (d) => ({
      status: 201,
      headers: { location: `/v2/${name}/blobs/${d}`, "docker-content-digest": d }
    });
    const store = (data) => {
      if (!digest || !DIGEST.test(digest)) return error2(400, "DIGEST_INVALID", "the digest parameter is missing or not sha256:<hex>");
      if (digestOf(data) !== digest) return error2(400, "DIGEST_INVALID", "provided digest did not match uploaded content");
      this.repository(name, true).blobs.set(digest, data);
      return created(digest);
    };
    if (method === "POST" && id === "") {
      const mount = url.searchParams.get("mount");
      if (mount) {
        const from = url.searchParams.get("from");
        const source = from ? this.repositories.get(from)?.blobs.get(mount) : void 0;
        if (source) {
          this.repository(name, true).blobs.set(mount, source);
          return created(mount);
        }
      } else if (digest) return store(body);
      const uuid = randomUUID();
      this.uploads.set(uuid, { repository: name, chunks: [], size: 0 });
      return { status: 202, headers: { location: `/v2/${name}/blobs/uploads/${uuid}`, range: "0-0", "docker-upload-uuid": uuid } };
    }
    const session = this.uploads.get(id);
    if (!session || session.repository !== name) return error2(404, "BLOB_UPLOAD_UNKNOWN", "blob upload unknown to registry");
    const range = () => ({
      location: `/v2/${name}/blobs/uploads/${id}`,
      range: `0-${Math.max(session.size - 1, 0)}`,
      "docker-upload-uuid": id
    });
    switch (method) {
      case "GET":
        return { status: 204, headers: range() };
      case "DELETE":
        this.uploads.delete(id);
        return { status: 204 };
      case "PATCH": {
        const contentRange = req.headers["content-range"];
        if (contentRange !== void 0 && !new RegExp(`^${session.size}-\\d+$`).test(contentRange))
          return { status: 416, headers: range() };
        session.chunks.push(body);
        session.size += body.length;
        return { status: 202, headers: range() };
      }
      case "PUT": {
        const answer = store(Buffer.concat([...session.chunks, body]));
        if (answer.status === 201) this.uploads.delete(id);
        return answer;
      }
      default:
        return error2(405, "UNSUPPORTED", `${method} on a blob upload`);
    }
  }
  blob(method, name, digest) {
    if (!DIGEST.test(digest)) return error2(400, "DIGEST_INVALID", "not a sha256 digest");
    const repo = this.repositories.get(name);
    const data = repo?.blobs.get(digest);
    if (!repo || !data) return error2(404, "BLOB_UNKNOWN", "blob unknown to registry", { digest });
    if (method === "DELETE") {
      repo.blobs.delete(digest);
      return { status: 202 };
    }
    if (method !== "GET" && method !== "HEAD") return error2(405, "UNSUPPORTED", `${method} on a blob`);
    return { status: 200, body: data, headers: { "content-type": "application/octet-stream", "docker-content-digest": digest } };
  }
  manifest(method, name, reference, body, req) {
    const byDigest = DIGEST.test(reference);
    if (!byDigest && !TAG.test(reference)) return error2(400, "TAG_INVALID", "manifest tag did not match URI", { tag: reference });
    if (method === "PUT") return this.putManifest(name, reference, byDigest, body, req);
    const repo = this.repositories.get(name);
    const digest = byDigest ? reference : repo?.tags.get(reference);
    const manifest = digest ? repo?.manifests.get(digest) : void 0;
    if (!repo || !digest || !manifest) return error2(404, "MANIFEST_UNKNOWN", "manifest unknown", { name, reference });
    if (method === "DELETE") {
      if (byDigest) {
        repo.manifests.delete(digest);
        for (const [tag, d] of repo.tags) if (d === digest) repo.tags.delete(tag);
      } else repo.tags.delete(reference);
      return { status: 202 };
    }
    if (method !== "GET" && method !== "HEAD") return error2(405, "UNSUPPORTED", `${method} on a manifest`);
    return { status: 200, body: manifest.bytes, headers: { "content-type": manifest.type, "docker-content-digest": digest } };
  }
  putManifest(name, reference, byDigest, body, req) {
    const type = (req.headers["content-type"] ?? "").split(";")[0].trim();
    let parsed;
    try {
      parsed = JSON.parse(body.toString("utf8"));
    } catch {
      return error2(400, "MANIFEST_INVALID", "manifest invalid: not JSON");
    }
    const refs = references(parsed);
    const mediaType = parsed.mediaType;
    if (!refs || parsed.schemaVersion !== 2)
      return error2(400, "MANIFEST_INVALID", "manifest invalid: schemaVersion 2 with config, layers or manifests descriptors expected");
    if (!type) return error2(400, "MANIFEST_INVALID", "manifest invalid: no Content-Type");
    if (mediaType !== void 0 && mediaType !== type)
      return error2(400, "MANIFEST_INVALID", `manifest invalid: mediaType ${JSON.stringify(mediaType)} does not match Content-Type ${type}`);
    const digest = digestOf(body);
    if (byDigest && digest !== reference) return error2(400, "DIGEST_INVALID", "provided digest did not match uploaded content");
    const repo = this.repository(name, true);
    const missingBlob = refs.blobs.find((d) => !repo.blobs.has(d));
    if (missingBlob) return error2(400, "MANIFEST_BLOB_UNKNOWN", "blob unknown to registry", { digest: missingBlob });
    const missingManifest = refs.manifests.find((d) => !repo.manifests.has(d));
    if (missingManifest) return error2(400, "MANIFEST_UNKNOWN", "manifest unknown", { digest: missingManifest });
    repo.manifests.set(digest, { bytes: body, type });
    if (!byDigest) repo.tags.set(reference, digest);
    return { status: 201, headers: { location: `/v2/${name}/manifests/${digest}`, "docker-content-digest": digest } };
  }
  tagList(name, url) {
    const repo = this.repositories.get(name);
    if (!repo) return error2(404, "NAME_UNKNOWN", "repository name not known to registry", { name });
    const all = [...repo.tags.keys()].sort((a, b) => a < b ? -1 : a > b ? 1 : 0);
    const last = url.searchParams.get("last");
    const rest = last === null ? all : all.filter((t) => t > last);
    const nParam = url.searchParams.get("n");
    const n = nParam === null ? rest.length : Number(nParam);
    if (!Number.isInteger(n) || n < 0) return error2(400, "PAGINATION_NUMBER_INVALID", "invalid number of results requested", { n: nParam });
    const page = rest.slice(0, n);
    const headers = n > 0 && rest.length > n ? { link: `</v2/${name}/tags/list?last=${encodeURIComponent(page.at(-1))}&n=${n}>; rel="next"` } : {};
    return { status: 200, body: { name, tags: page }, headers };
  }
};

// src/standins/oci-registry.ts
var OCI_MANIFEST = "application/vnd.oci.image.manifest.v1+json";
var OCI_INDEX = "application/vnd.oci.image.index.v1+json";
var DOCKER_REGISTRY = "/usr/bin/docker-registry";
var START_DEADLINE_MS = 6e4;
var digestOf2 = (data) => `sha256:${createHash5("sha256").update(data).digest("hex")}`;
var ExistingRegistry = class {
  kind = "existing";
  host;
  constructor(host) {
    this.host = host;
  }
  get url() {
    return `http://${this.host}`;
  }
  async check() {
    const answer = await fetch(`${this.url}/v2/`, { signal: AbortSignal.timeout(1e4) }).catch((error3) => error3);
    if (answer instanceof Error || !answer.ok)
      throw new Error(
        `the registry at ${this.host} does not answer /v2/ (${answer instanceof Error ? answer.message : `HTTP ${answer.status}`})`
      );
  }
  stop() {
    return Promise.resolve();
  }
};
async function freePort() {
  return new Promise((resolve) => {
    const server = createServer3();
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}
var DockerRegistryProcess = class {
  kind = "docker-registry";
  child;
  dir = "";
  port = 0;
  get host() {
    return `127.0.0.1:${this.port}`;
  }
  get url() {
    return `http://${this.host}`;
  }
  async start() {
    this.port = await freePort();
    this.dir = mkdtempSync(path2.join(os.tmpdir(), "sg-registry-"));
    const config = path2.join(this.dir, "config.yml");
    writeFileSync(
      config,
      `version: 0.1
log: { level: error }
storage:
  filesystem: { rootdirectory: ${this.dir}/data }
  delete: { enabled: true }
http:
  addr: ${this.host}
`
    );
    this.child = spawn(DOCKER_REGISTRY, ["serve", config], { stdio: "ignore" });
    const deadline = Date.now() + START_DEADLINE_MS;
    while (Date.now() < deadline) {
      if (this.child.exitCode !== null) break;
      try {
        if ((await fetch(`${this.url}/v2/`, { signal: AbortSignal.timeout(2e3) })).ok) return;
      } catch {
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    await this.stop();
    throw new Error(`${DOCKER_REGISTRY} did not answer on ${this.host} within ${START_DEADLINE_MS / 1e3} s`);
  }
  async stop() {
    if (this.child && this.child.exitCode === null) {
      const exited = new Promise((r) => this.child.once("exit", r));
      this.child.kill();
      await exited;
    }
    if (this.dir) rmSync2(this.dir, { recursive: true, force: true });
  }
};
async function startLocalRegistry(prefer = "auto") {
  const existing = loopbackRegistry(prefer);
  if (existing) {
    const server = new ExistingRegistry(existing);
    await server.check();
    return server;
  }
  if (prefer !== "auto" && prefer !== "in-process")
    throw new Error(`registry "${prefer}" is neither auto, in-process nor a loopback host:port`);
  if (prefer === "auto" && existsSync2(DOCKER_REGISTRY)) {
    const server = new DockerRegistryProcess();
    try {
      await server.start();
      return server;
    } catch {
    }
  }
  const double = new OciRegistryDouble();
  await double.start();
  return double;
}
async function pushImage(registryUrl, repository, tags, platforms, salt) {
  const base = `${registryUrl}/v2/${repository}`;
  const blob = async (data) => {
    const digest = digestOf2(data);
    const start2 = await fetch(`${base}/blobs/uploads/`, { method: "POST" });
    if (start2.status !== 202) throw new Error(`blob upload of ${repository}: HTTP ${start2.status}`);
    const location = new URL(start2.headers.get("location"), registryUrl);
    location.searchParams.set("digest", digest);
    const put2 = await fetch(location, { method: "PUT", body: data, headers: { "content-type": "application/octet-stream" } });
    if (put2.status !== 201) throw new Error(`blob upload of ${repository}: HTTP ${put2.status}`);
    return { digest, size: Buffer.byteLength(data) };
  };
  const manifest = async (reference, body, type) => {
    const put2 = await fetch(`${base}/manifests/${reference}`, { method: "PUT", body, headers: { "content-type": type } });
    if (put2.status !== 201) throw new Error(`manifest ${repository}:${reference}: HTTP ${put2.status} ${await put2.text()}`);
  };
  const entries = [];
  for (const platform of platforms) {
    const [os_, architecture, variant] = platform.split("/");
    const config = await blob(
      JSON.stringify({
        architecture,
        os: os_,
        ...variant ? { variant } : {},
        config: { Labels: {} },
        rootfs: { type: "layers", diff_ids: [] },
        salt
      })
    );
    const layer = await blob(`layer of ${repository} ${platform} ${salt}`);
    const body = JSON.stringify({
      schemaVersion: 2,
      mediaType: OCI_MANIFEST,
      config: { mediaType: "application/vnd.oci.image.config.v1+json", ...config },
      layers: [{ mediaType: "application/vnd.oci.image.layer.v1.tar+gzip", ...layer }]
    });
    await manifest(digestOf2(body), body, OCI_MANIFEST);
    entries.push({
      mediaType: OCI_MANIFEST,
      digest: digestOf2(body),
      size: Buffer.byteLength(body),
      platform: { os: os_, architecture, ...variant ? { variant } : {} }
    });
  }
  const index = JSON.stringify({ schemaVersion: 2, mediaType: OCI_INDEX, manifests: entries });
  for (const tag of tags) await manifest(tag, index, OCI_INDEX);
  return digestOf2(index);
}

// src/standins/image-builds.ts
var ImageBuilds = class {
  /** Real milliseconds a build or a Copr build takes. */
  buildMs = 300;
  coprMs = 150;
  /** Components whose next build run fails (the `failed-build` scenario). */
  failing = /* @__PURE__ */ new Set();
  errors = [];
  seen = /* @__PURE__ */ new Map();
  timer;
  pending = /* @__PURE__ */ new Set();
  /** Per component: how much of its repository's push log was seen, and its last build (builds run in push order). */
  logged = /* @__PURE__ */ new Map();
  queue = /* @__PURE__ */ new Map();
  runIds = 5e6;
  components;
  registryUrl;
  github;
  now;
  events;
  constructor(options) {
    this.components = options.components;
    this.registryUrl = options.registryUrl;
    this.github = options.github;
    this.now = options.now;
    this.events = options.events ?? {};
  }
  start() {
    for (const c of this.components) {
      this.seen.set(c.name, c.stable());
      const log = this.branchLog(c);
      if (log) this.logged.set(c.name, log.length);
    }
    this.timer = setInterval(() => this.poll(), 50);
  }
  async stop() {
    clearInterval(this.timer);
    await Promise.all(this.pending);
  }
  /** The push log of the component's GitHub repository, where it has one. */
  branchLog(c) {
    const branches = c.repo ? this.github?.repos.get(c.repo)?.branches : void 0;
    return branches instanceof BranchMap ? branches.log : void 0;
  }
  /**
   * The heads stable had since the last look, oldest first: every push the repository logged on
   * the branch that holds stable now, or else (a bare repository read by its ref file) the head.
   */
  pushedHeads(c, head) {
    const log = this.branchLog(c);
    if (!log) return [head];
    const since = log.slice(this.logged.get(c.name) ?? 0);
    this.logged.set(c.name, log.length);
    const branch = [...since].reverse().find((e) => e.sha === head)?.branch;
    const heads = since.filter((e) => e.branch === branch).map((e) => e.sha);
    return heads.length ? heads : [head];
  }
  poll() {
    for (const c of this.components) {
      const head = c.stable();
      if (!head || head === this.seen.get(c.name)) continue;
      this.seen.set(c.name, head);
      for (const sha of this.pushedHeads(c, head)) {
        const previous = this.queue.get(c.name) ?? Promise.resolve();
        const build = previous.then(() => this.build(c, sha)).catch((error3) => void this.errors.push(`${c.name}: ${String(error3)}`));
        this.queue.set(c.name, build);
        this.pending.add(build);
        void build.finally(() => this.pending.delete(build));
      }
    }
  }
  async build(c, sha) {
    const short = sha.slice(0, 7);
    const wait = (ms) => new Promise((r) => setTimeout(r, ms));
    const coprBuild = c.copr ? wait(this.coprMs).then(() => this.events.coprBuilt?.(c.copr, `0.1.0.post1+g${short}`)) : Promise.resolve();
    if (!c.images.length) return coprBuild;
    const run = c.repo && this.github ? this.startRun(c, sha) : void 0;
    await wait(this.buildMs);
    if (this.failing.has(c.name)) {
      this.failing.delete(c.name);
      run?.("failure");
      return coprBuild;
    }
    const epoch = Math.floor(this.now() / 1e3);
    for (const image of c.images) {
      const tags = [image.tag, image.uniqueTag === "with-epoch" ? `stable-${short}-${epoch}` : `stable-${short}`];
      const digest = await pushImage(this.registryUrl, image.repository, tags, image.platforms, `${c.name} ${sha}`);
      this.events.pushed?.(c.name, image.repository, digest, tags, sha);
    }
    run?.("success");
    await coprBuild;
  }
  /** Adds an in-progress run per workflow; the returned function completes them. */
  startRun(c, sha) {
    const repo = this.github.repos.get(c.repo);
    if (!repo) throw new Error(`no repository ${c.repo} on the GitHub stand-in`);
    const runs = c.workflows.map((workflow) => ({
      id: ++this.runIds,
      workflow,
      name: "Rebuild & push images",
      head_sha: sha,
      head_branch: "stable",
      status: "in_progress",
      conclusion: null,
      created_at: new Date(this.now()).toISOString()
    }));
    repo.runs.push(...runs);
    return (conclusion) => {
      for (const run of runs) Object.assign(run, { status: "completed", conclusion });
    };
  }
};

// src/standins/matrix.ts
var TXN_ID_MEMORY_MS = 30 * 6e4;
var MatrixDouble = class extends HttpDouble {
  rooms = /* @__PURE__ */ new Map();
  token = "syt_Ym90_secretmatrixtoken_1a2b3c";
  userId = "@packit-bot:example.org";
  /** The homeserver's clock; tests pass their injected clock's `now` to move time on. */
  now = () => Date.now();
  events = 0;
  constructor() {
    super((request, url) => this.answer(request, url));
  }
  addRoom(id, topic) {
    const room = { state: /* @__PURE__ */ new Map(), messages: [] };
    if (topic !== void 0) room.state.set("m.room.topic\0", { topic });
    this.rooms.set(id, room);
    return room;
  }
  topic(id) {
    return this.rooms.get(id).state.get("m.room.topic\0")?.topic;
  }
  setTopicByHand(id, topic) {
    this.rooms.get(id).state.set("m.room.topic\0", { topic });
  }
  /** GET /rooms/{id}/messages: the timeline's message events, newest first for dir=b (our only use). */
  messages(roomId, url) {
    const room = this.rooms.get(roomId);
    if (!room || room.forbidden)
      return { status: 403, body: { errcode: "M_FORBIDDEN", error: `User ${this.userId} not in room ${roomId}` } };
    if (url.searchParams.get("dir") !== "b")
      return { status: 400, body: { errcode: "M_INVALID_PARAM", error: "this double serves dir=b only" } };
    const limit = Math.min(Number(url.searchParams.get("limit") ?? 10), 1e3);
    const chunk = [...room.messages].reverse().slice(0, limit).map((msg) => ({
      type: msg.type,
      content: msg.content,
      event_id: msg.eventId,
      sender: this.userId,
      origin_server_ts: msg.ts,
      room_id: roomId
    }));
    return { body: { chunk, start: "t0", ...room.messages.length > limit ? { end: `t${limit}` } : {} } };
  }
  answer(request, url) {
    if (request.path === "/_matrix/client/versions") return { body: { versions: ["v1.1", "v1.5", "v1.11"], unstable_features: {} } };
    if (request.headers.authorization !== `Bearer ${this.token}`) {
      return { status: 401, body: { errcode: "M_UNKNOWN_TOKEN", error: "Invalid access token passed.", soft_logout: false } };
    }
    if (request.path === "/_matrix/client/v3/account/whoami") return { body: { user_id: this.userId, is_guest: false } };
    const list = /^\/_matrix\/client\/v3\/rooms\/([^/]+)\/messages$/.exec(request.path);
    if (list && request.method === "GET") return this.messages(list[1], url);
    const m = /^\/_matrix\/client\/v3\/rooms\/([^/]+)\/(state|send)\/([^/]+)(?:\/(.*))?$/.exec(request.path);
    if (!m) return { status: 404, body: { errcode: "M_UNRECOGNIZED", error: "Unrecognized request" } };
    const [, roomId, kind, type, key = ""] = m;
    const room = this.rooms.get(roomId);
    if (!room || room.forbidden)
      return { status: 403, body: { errcode: "M_FORBIDDEN", error: `User ${this.userId} not in room ${roomId}` } };
    if (kind === "state") {
      const stateKey = `${type}\0${key}`;
      if (request.method === "GET") {
        const content = room.state.get(stateKey);
        return content ? { body: content } : { status: 404, body: { errcode: "M_NOT_FOUND", error: "Event not found." } };
      }
      if (request.method === "PUT") {
        room.state.set(stateKey, JSON.parse(request.body || "{}"));
        return { body: { event_id: `$state${++this.events}` } };
      }
    }
    if (kind === "send" && request.method === "PUT") {
      const now = this.now();
      const existing = room.messages.find((msg) => msg.txnId === key && now - msg.ts < TXN_ID_MEMORY_MS);
      if (existing) return { body: { event_id: existing.eventId } };
      const message = {
        txnId: key,
        type,
        content: JSON.parse(request.body),
        eventId: `$msg${++this.events}`,
        ts: now
      };
      room.messages.push(message);
      return { body: { event_id: message.eventId } };
    }
    return { status: 405, body: { errcode: "M_UNRECOGNIZED", error: "Unrecognized request" } };
  }
};

// src/standins/slack.ts
var escape = (text) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
var SlackDouble = class extends HttpDouble {
  channels = /* @__PURE__ */ new Map();
  token = "xoxb-1111-2222-secretslacktoken";
  /** Stores topics in another form than given (as a platform may: emoji as :codes:, trimmed space). */
  normalizeTopic;
  pinsScope = true;
  clock = 176432e4;
  constructor() {
    super((request, url) => this.answer(request, url));
  }
  addChannel(id, topic) {
    const channel = { id, name: id.toLowerCase(), topic, messages: [], member: true, pins: [] };
    this.channels.set(id, channel);
    return channel;
  }
  ts() {
    this.clock = this.now ? Math.max(this.clock + 1, Math.floor(this.now() / 1e3)) : this.clock + 1;
    return `${this.clock}.000100`;
  }
  /** The workspace's clock: undefined, every message is a second after the last. */
  now;
  params(request) {
    if (String(request.headers["content-type"]).includes("application/json")) return JSON.parse(request.body || "{}");
    const out = {};
    for (const [k, v] of new URLSearchParams(request.body)) out[k] = v;
    return out;
  }
  answer(request, _url) {
    const method = request.path.replace(/^\/api\//, "");
    const token = String(request.headers.authorization ?? "").replace(/^Bearer /, "");
    if (token !== this.token) return { body: { ok: false, error: "invalid_auth" } };
    const p = this.params(request);
    const channel = this.channels.get(String(p.channel));
    if (!channel) return { body: { ok: false, error: "channel_not_found" } };
    const info = () => ({
      id: channel.id,
      name: channel.name,
      is_channel: true,
      is_member: channel.member,
      topic: { value: escape(channel.topic), creator: "U0BOT", last_set: this.clock },
      purpose: { value: "", creator: "", last_set: 0 }
    });
    switch (method) {
      case "conversations.info":
        return { body: { ok: true, channel: info() } };
      case "conversations.setTopic": {
        if (!channel.member) return { body: { ok: false, error: "not_in_channel" } };
        const topic = String(p.topic);
        if ([...topic].length > 250) return { body: { ok: false, error: "too_long" } };
        channel.topic = this.normalizeTopic ? this.normalizeTopic(topic) : topic;
        channel.messages.unshift({
          type: "message",
          subtype: "channel_topic",
          ts: this.ts(),
          text: `set the channel topic: ${escape(topic)}`,
          topic: escape(topic)
        });
        return { body: { ok: true, channel: info() } };
      }
      case "chat.postMessage": {
        if (!channel.member) return { body: { ok: false, error: "not_in_channel" } };
        const message = { type: "message", ts: this.ts(), text: String(p.text), bot_id: "B0BOT" };
        if (p.metadata) message.metadata = typeof p.metadata === "string" ? JSON.parse(p.metadata) : p.metadata;
        channel.messages.unshift(message);
        return { body: { ok: true, channel: channel.id, ts: message.ts, message } };
      }
      case "chat.update": {
        const message = channel.messages.find((m) => m.ts === p.ts);
        if (!message) return { body: { ok: false, error: "message_not_found" } };
        message.text = String(p.text);
        if (p.metadata) message.metadata = typeof p.metadata === "string" ? JSON.parse(p.metadata) : p.metadata;
        return { body: { ok: true, channel: channel.id, ts: message.ts, text: message.text, message } };
      }
      case "pins.add":
      case "pins.remove": {
        if (!this.pinsScope)
          return {
            body: { ok: false, error: "missing_scope", needed: "pins:write", provided: "chat:write,channels:manage,channels:history" }
          };
        if (!channel.messages.some((m) => m.ts === p.timestamp)) return { body: { ok: false, error: "message_not_found" } };
        const pinned = channel.pins.includes(String(p.timestamp));
        if (method === "pins.add") {
          if (pinned) return { body: { ok: false, error: "already_pinned" } };
          channel.pins.unshift(String(p.timestamp));
        } else {
          if (!pinned) return { body: { ok: false, error: "no_pin" } };
          channel.pins = channel.pins.filter((ts) => ts !== p.timestamp);
        }
        return { body: { ok: true } };
      }
      case "pins.list": {
        if (!this.pinsScope)
          return {
            body: { ok: false, error: "missing_scope", needed: "pins:read", provided: "chat:write,channels:manage,channels:history" }
          };
        const items = channel.pins.map((ts) => ({
          type: "message",
          channel: channel.id,
          message: { ...channel.messages.find((m) => m.ts === ts), metadata: void 0 },
          created: this.clock,
          created_by: "U0BOT"
        }));
        return { body: { ok: true, items } };
      }
      case "conversations.history": {
        const all = p.include_all_metadata === "true" || p.include_all_metadata === true;
        const inclusive = p.inclusive === "true" || p.inclusive === true;
        const inRange = (m) => {
          const ts = Number(m.ts);
          if (p.latest !== void 0 && (inclusive ? ts > Number(p.latest) : ts >= Number(p.latest))) return false;
          return p.oldest === void 0 || (inclusive ? ts >= Number(p.oldest) : ts > Number(p.oldest));
        };
        const messages = channel.messages.filter(inRange);
        const offset = p.cursor ? Number(Buffer.from(p.cursor, "base64").toString()) : 0;
        const limit = Math.min(Number(p.limit ?? 100), 999);
        const page = messages.slice(offset, offset + limit).map((m) => all ? m : { ...m, metadata: void 0 });
        const more = offset + limit < messages.length;
        return {
          body: {
            ok: true,
            messages: page,
            has_more: more,
            pin_count: channel.pins.length,
            response_metadata: { next_cursor: more ? Buffer.from(String(offset + limit)).toString("base64") : "" }
          }
        };
      }
      default:
        return { body: { ok: false, error: "unknown_method" } };
    }
  }
};

// src/standins/endpoints.ts
var HEALTHY = { status: 200, body: { status: "We are healthy!" } };
var DASHBOARD = '<!doctype html><html><head><title>Packit Dashboard</title></head><body><div id="root">Packit Dashboard</div></body></html>';
var EndpointsDouble = class extends HttpDouble {
  /** Package key → what /api/system says about it. */
  versions = /* @__PURE__ */ new Map();
  healthz = HEALTHY;
  dashboard = DASHBOARD;
  /** Path → milliseconds to wait before answering (real time: it is the network the gate waits on). */
  delays = /* @__PURE__ */ new Map();
  timers = /* @__PURE__ */ new Set();
  constructor() {
    super(async (request) => {
      const delay = this.delays.get(request.path);
      if (delay) {
        await new Promise((resolve) => {
          const timer = setTimeout(() => {
            this.timers.delete(timer);
            resolve();
          }, delay);
          this.timers.add(timer);
        });
      }
      return this.answer(request.method, request.path);
    });
  }
  /** Back to a healthy service with no versions. */
  reset() {
    this.versions.clear();
    this.delays.clear();
    this.healthz = HEALTHY;
    this.dashboard = DASHBOARD;
    this.requests.length = 0;
  }
  async stop() {
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    await super.stop();
  }
  /** Sets a package's entry the way the service derives it: the commit is the hash after `+g`. */
  setVersion(key, version) {
    this.versions.set(key, { commit: /\+g([0-9a-f]{7,})/.exec(version)?.[1]?.slice(0, 7) ?? null, version });
  }
  answer(method, path5) {
    if (method !== "GET" && method !== "HEAD") return { status: 405, body: { message: "Method Not Allowed" } };
    if (path5 === "/api/system") return { body: Object.fromEntries(this.versions) };
    if (path5 === "/api/healthz") return { status: this.healthz.status, body: this.healthz.body };
    if (path5 === "/" || path5 === "/index.html") return { headers: { "content-type": "text/html; charset=utf-8" }, body: this.dashboard };
    return { status: 404, headers: { "content-type": "text/html; charset=utf-8" }, body: "<h1>Not Found</h1>" };
  }
};

// src/standins/kube/index.ts
import { createServer as createServer4 } from "node:https";

// src/standins/kube/tls.ts
import { execFileSync as execFileSync2 } from "node:child_process";
import { mkdtempSync as mkdtempSync2, readFileSync as readFileSync2, rmSync as rmSync3, writeFileSync as writeFileSync2 } from "node:fs";
import os2 from "node:os";
import path3 from "node:path";
function makePki() {
  if (reused) {
    const dir2 = mkdtempSync2(path3.join(os2.tmpdir(), "sg-kube-pki-"));
    writeFileSync2(path3.join(dir2, "ca.pem"), reused.ca);
    return { ...reused, dir: dir2, caFile: path3.join(dir2, "ca.pem"), remove: () => rmSync3(dir2, { recursive: true, force: true }) };
  }
  const dir = mkdtempSync2(path3.join(os2.tmpdir(), "sg-kube-pki-"));
  const at = (name) => path3.join(dir, name);
  const run = (args) => execFileSync2("openssl", args, { cwd: dir, stdio: ["ignore", "ignore", "pipe"] });
  run([
    "req",
    "-x509",
    "-newkey",
    "rsa:2048",
    "-nodes",
    "-keyout",
    "ca.key",
    "-out",
    "ca.pem",
    "-days",
    "2",
    "-subj",
    "/CN=service-guru throwaway cluster CA"
  ]);
  run(["req", "-newkey", "rsa:2048", "-nodes", "-keyout", "server.key", "-out", "server.csr", "-subj", "/CN=127.0.0.1"]);
  writeFileSync2(at("san.ext"), "subjectAltName=IP:127.0.0.1\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n");
  run([
    "x509",
    "-req",
    "-in",
    "server.csr",
    "-CA",
    "ca.pem",
    "-CAkey",
    "ca.key",
    "-CAcreateserial",
    "-out",
    "server.pem",
    "-days",
    "2",
    "-extfile",
    "san.ext"
  ]);
  const pki = {
    dir,
    caFile: at("ca.pem"),
    key: readFileSync2(at("server.key"), "utf8"),
    cert: readFileSync2(at("server.pem"), "utf8"),
    remove: () => rmSync3(dir, { recursive: true, force: true })
  };
  if (reusing) reused = { key: pki.key, cert: pki.cert, ca: readFileSync2(pki.caFile, "utf8") };
  return pki;
}
var reusing = false;
var reused;

// src/standins/kube/store.ts
import { randomUUID as randomUUID2 } from "node:crypto";
var KINDS = {
  pods: "Pod",
  deployments: "Deployment",
  statefulsets: "StatefulSet",
  replicasets: "ReplicaSet",
  deploymentconfigs: "DeploymentConfig",
  imagestreams: "ImageStream",
  imagestreamimports: "ImageStreamImport",
  imagestreamtags: "ImageStreamTag",
  configmaps: "ConfigMap",
  secrets: "Secret",
  services: "Service",
  routes: "Route",
  events: "Event",
  jobs: "Job",
  serviceaccounts: "ServiceAccount"
};
function kindOf(resource) {
  return KINDS[resource] ?? resource.replace(/s$/, "").replace(/^./, (c) => c.toUpperCase());
}
function apiVersionOf(ref) {
  return ref.group ? `${ref.group}/${ref.version}` : ref.version;
}
var clone = (value) => structuredClone(value);
var keyOf = (ref, namespace) => `${ref.group}/${ref.version}/${ref.resource}/${namespace}`;
var ObjectStore = class {
  collections = /* @__PURE__ */ new Map();
  history = [];
  /** Watches from an older resourceVersion get 410 Gone, as after an etcd compaction. */
  compactedBefore = 0;
  rv = 1e3;
  listeners = /* @__PURE__ */ new Set();
  /** Milliseconds since the epoch, as the double's clock sees it. */
  now = () => Date.now();
  get resourceVersion() {
    return String(this.rv);
  }
  /** Forgets the history so far: a watch resuming from before now must list again. */
  compact() {
    this.compactedBefore = this.rv;
  }
  subscribe(listener) {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
  collection(ref, namespace) {
    const key = keyOf(ref, namespace);
    let c = this.collections.get(key);
    if (!c) this.collections.set(key, c = /* @__PURE__ */ new Map());
    return c;
  }
  list(ref, namespace, filter = {}) {
    const objects = [...this.collection(ref, namespace).values()];
    return objects.filter((o) => matchesLabels(o, filter.labelSelector) && matchesFields(o, filter.fieldSelector)).map(clone);
  }
  /** Every object of a resource, in every namespace. */
  listAll(ref) {
    const prefix = `${ref.group}/${ref.version}/${ref.resource}/`;
    return [...this.collections.entries()].filter(([k]) => k.startsWith(prefix)).flatMap(([, c]) => [...c.values()].map(clone));
  }
  get(ref, namespace, name) {
    const o = this.collection(ref, namespace).get(name);
    return o ? clone(o) : void 0;
  }
  create(ref, namespace, input) {
    const c = this.collection(ref, namespace);
    if (c.has(input.metadata.name)) throw new Conflict(`${ref.resource} "${input.metadata.name}" already exists`, "AlreadyExists");
    const object = clone(input);
    object.apiVersion ??= apiVersionOf(ref);
    object.kind ??= kindOf(ref.resource);
    object.metadata = {
      ...object.metadata,
      namespace,
      uid: randomUUID2(),
      generation: 1,
      creationTimestamp: new Date(this.now()).toISOString(),
      resourceVersion: String(++this.rv)
    };
    c.set(object.metadata.name, object);
    this.emit({ rv: this.rv, type: "ADDED", ref, namespace, object: clone(object) });
    return clone(object);
  }
  /** Replaces the object; a changed spec bumps metadata.generation, as the API server does. */
  update(ref, namespace, input, expectedRv) {
    const c = this.collection(ref, namespace);
    const old = c.get(input.metadata.name);
    if (!old) throw new NotFound(ref.resource, input.metadata.name);
    if (expectedRv && expectedRv !== old.metadata.resourceVersion) {
      throw new Conflict(
        `Operation cannot be fulfilled on ${ref.resource} "${input.metadata.name}": the object has been modified; please apply your changes to the latest version and try again`,
        "Conflict"
      );
    }
    const object = clone(input);
    object.apiVersion = old.apiVersion;
    object.kind = old.kind;
    const specChanged = JSON.stringify(old.spec) !== JSON.stringify(object.spec);
    object.metadata = {
      ...object.metadata,
      namespace,
      uid: old.metadata.uid,
      creationTimestamp: old.metadata.creationTimestamp,
      generation: (old.metadata.generation ?? 1) + (specChanged ? 1 : 0),
      resourceVersion: String(++this.rv)
    };
    c.set(object.metadata.name, object);
    this.emit({ rv: this.rv, type: "MODIFIED", ref, namespace, object: clone(object), old: clone(old) });
    return clone(object);
  }
  /** Reads, changes and writes back in one step (controllers use it). */
  mutate(ref, namespace, name, change) {
    const current = this.get(ref, namespace, name);
    if (!current) return void 0;
    const before = JSON.stringify(current);
    change(current);
    if (JSON.stringify(current) === before) return current;
    return this.update(ref, namespace, current);
  }
  remove(ref, namespace, name) {
    const c = this.collection(ref, namespace);
    const old = c.get(name);
    if (!old) return void 0;
    c.delete(name);
    const object = clone(old);
    object.metadata.resourceVersion = String(++this.rv);
    this.emit({ rv: this.rv, type: "DELETED", ref, namespace, object, old: clone(old) });
    return object;
  }
  emit(event) {
    this.history.push(event);
    for (const listener of [...this.listeners]) listener(event);
  }
};
var NotFound = class extends Error {
  constructor(resource, name) {
    super(`${resource} "${name}" not found`);
  }
};
var Conflict = class extends Error {
  reason;
  constructor(message, reason) {
    super(message);
    this.reason = reason;
  }
};
function matchesLabels(o, selector) {
  if (!selector) return true;
  const labels = o.metadata.labels ?? {};
  for (const term of selector.split(/,(?![^(]*\))/).map((t) => t.trim()).filter(Boolean)) {
    let m;
    if (m = /^([\w./-]+)\s+(in|notin)\s+\(([^)]*)\)$/.exec(term)) {
      const values = m[3].split(",").map((v) => v.trim());
      const has = m[1] in labels && values.includes(labels[m[1]]);
      if (m[2] === "in" ? !has : has) return false;
    } else if (m = /^([\w./-]+)\s*(!=|==|=)\s*(.*)$/.exec(term)) {
      const equal = labels[m[1]] === m[3].trim();
      if (m[2] === "!=" ? equal : !equal) return false;
    } else if (term.startsWith("!")) {
      if (term.slice(1) in labels) return false;
    } else if (!(term in labels)) return false;
  }
  return true;
}
function matchesFields(o, selector) {
  if (!selector) return true;
  for (const term of selector.split(",").map((t) => t.trim()).filter(Boolean)) {
    const m = /^([\w.]+)\s*(!=|==|=)\s*(.*)$/.exec(term);
    if (!m) return false;
    const value = m[1].split(".").reduce((v, k) => v && typeof v === "object" ? v[k] : void 0, o);
    const equal = (typeof value === "string" || typeof value === "number" || typeof value === "boolean" ? String(value) : "") === m[3];
    if (m[2] === "!=" ? equal : !equal) return false;
  }
  return true;
}

// src/standins/kube/rbac.ts
function allows(rules, verb, group, resource) {
  return rules.some(
    (r) => (r.apiGroups.includes(group) || r.apiGroups.includes("*")) && (r.resources.includes(resource) || r.resources.includes("*")) && (r.verbs.includes(verb) || r.verbs.includes("*"))
  );
}

// src/standins/kube/patch.ts
function mergePatch(target, patch) {
  if (!isObject(patch)) return structuredClone(patch);
  const result = isObject(target) ? { ...target } : {};
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete result[key];
    else result[key] = mergePatch(result[key], value);
  }
  return result;
}
function jsonPatch(target, ops) {
  let doc = structuredClone(target);
  for (const op of ops) {
    switch (op.op) {
      case "add":
        doc = put(doc, op.path, structuredClone(op.value), "add");
        break;
      case "replace":
        get(doc, op.path);
        doc = put(doc, op.path, structuredClone(op.value), "replace");
        break;
      case "remove":
        doc = del(doc, op.path);
        break;
      case "copy":
        doc = put(doc, op.path, structuredClone(get(doc, op.from)), "add");
        break;
      case "move": {
        const value = get(doc, op.from);
        doc = put(del(doc, op.from), op.path, value, "add");
        break;
      }
      case "test":
        if (JSON.stringify(get(doc, op.path)) !== JSON.stringify(op.value)) throw new Error(`test failed at ${op.path}`);
        break;
      default:
        throw new Error(`unknown json-patch op ${String(op.op)}`);
    }
  }
  return doc;
}
function tokens(pointer) {
  if (pointer === "") return [];
  if (!pointer.startsWith("/")) throw new Error(`invalid JSON pointer "${pointer}"`);
  return pointer.slice(1).split("/").map((t) => t.replace(/~1/g, "/").replace(/~0/g, "~"));
}
function get(doc, pointer) {
  let node = doc;
  for (const t of tokens(pointer)) {
    if (Array.isArray(node) && /^\d+$/.test(t) && Number(t) < node.length) node = node[Number(t)];
    else if (isObject(node) && t in node) node = node[t];
    else throw new Error(`path ${pointer} does not exist`);
  }
  return node;
}
function put(doc, pointer, value, mode) {
  const path5 = tokens(pointer);
  if (!path5.length) return value;
  const parent = get(
    doc,
    "/" + path5.slice(0, -1).map((t) => t.replace(/~/g, "~0").replace(/\//g, "~1")).join("/").replace(/^\/$/, "")
  );
  const last = path5[path5.length - 1];
  if (Array.isArray(parent)) {
    const index = last === "-" ? parent.length : Number(last);
    if (mode === "add") parent.splice(index, 0, value);
    else parent[index] = value;
  } else if (isObject(parent)) parent[last] = value;
  else throw new Error(`cannot set ${pointer}`);
  return doc;
}
function del(doc, pointer) {
  const path5 = tokens(pointer);
  const parent = get(
    doc,
    "/" + path5.slice(0, -1).map((t) => t.replace(/~/g, "~0").replace(/\//g, "~1")).join("/").replace(/^\/$/, "")
  );
  const last = path5[path5.length - 1];
  get(doc, pointer);
  if (Array.isArray(parent)) parent.splice(Number(last), 1);
  else if (isObject(parent)) delete parent[last];
  return doc;
}
function isObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

// src/standins/kube/server.ts
var PATH = /^\/(?:api\/(v1)|apis\/([^/]+)\/([^/]+))\/namespaces\/([^/]+)\/([^/]+)(?:\/([^/]+)(?:\/([^/]+))?)?$/;
function route(pathname) {
  const m = PATH.exec(pathname);
  if (!m) return void 0;
  const ref = m[1] ? { group: "", version: "v1", resource: m[5] } : { group: m[2], version: m[3], resource: m[5] };
  return { ref, namespace: m[4], ...m[6] ? { name: decodeURIComponent(m[6]) } : {}, ...m[7] ? { subresource: m[7] } : {} };
}
function verbOf(method, r, url) {
  if (method === "GET") return r.name ? "get" : url.searchParams.get("watch") === "true" ? "watch" : "list";
  return { POST: "create", PUT: "update", PATCH: "patch", DELETE: "delete" }[method] ?? method.toLowerCase();
}
function status(code, reason, message, details) {
  return {
    code,
    body: { kind: "Status", apiVersion: "v1", metadata: {}, status: "Failure", message, reason, ...details ? { details } : {}, code }
  };
}
function send(res, code, body, contentType = "application/json") {
  const text = typeof body === "string" ? body : JSON.stringify(body);
  res.writeHead(code, { "content-type": contentType, "content-length": Buffer.byteLength(text) });
  res.end(text);
}
async function readBody(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  return Buffer.concat(chunks).toString("utf8");
}
function applyPatch(current, body, contentType) {
  const parsed = JSON.parse(body);
  if ((contentType ?? "").includes("json-patch")) return jsonPatch(current, parsed);
  return mergePatch(current, parsed);
}
function storageVerb(store, method, r, url, body, contentType) {
  const { ref, namespace } = r;
  try {
    if (method === "GET" && !r.name) {
      const items = store.list(ref, namespace, {
        labelSelector: url.searchParams.get("labelSelector"),
        fieldSelector: url.searchParams.get("fieldSelector")
      });
      return {
        code: 200,
        body: {
          kind: `${kindOf(ref.resource)}List`,
          apiVersion: apiVersionOf(ref),
          metadata: { resourceVersion: store.resourceVersion },
          items
        }
      };
    }
    if (method === "GET") {
      const o = store.get(ref, namespace, r.name);
      return o ? { code: 200, body: o } : notFound(ref, r.name);
    }
    if (method === "POST") {
      const input = JSON.parse(body);
      if (!input.metadata?.name)
        return status(422, "Invalid", `${kindOf(ref.resource)} is invalid: metadata.name: Required value: name is required`);
      return { code: 201, body: store.create(ref, namespace, input) };
    }
    if (method === "PUT") {
      const input = JSON.parse(body);
      if (input.metadata?.name !== r.name) return status(400, "BadRequest", "the name of the object does not match the name on the URL");
      return { code: 200, body: store.update(ref, namespace, input, input.metadata.resourceVersion) };
    }
    if (method === "PATCH") {
      const current = store.get(ref, namespace, r.name);
      if (!current) return notFound(ref, r.name);
      const patched = applyPatch(current, body, contentType);
      patched.metadata = { ...patched.metadata, name: r.name };
      return { code: 200, body: store.update(ref, namespace, patched) };
    }
  } catch (error3) {
    if (error3 instanceof NotFound) return notFound(ref, r.name ?? "");
    if (error3 instanceof Conflict) return status(409, error3.reason, error3.message);
    if (error3 instanceof SyntaxError) return status(400, "BadRequest", `invalid JSON: ${error3.message}`);
    return status(422, "Invalid", error3 instanceof Error ? error3.message : String(error3));
  }
  return status(405, "MethodNotAllowed", `the server does not allow this method on the requested resource`);
}
function notFound(ref, name) {
  return status(404, "NotFound", `${ref.resource}${ref.group ? `.${ref.group}` : ""} "${name}" not found`, {
    name,
    kind: ref.resource,
    ...ref.group ? { group: ref.group } : {}
  });
}
function watchMatches(filter, ref, namespace, object) {
  return ref.group === filter.ref.group && ref.version === filter.ref.version && ref.resource === filter.ref.resource && namespace === filter.namespace && matchesLabels(object, filter.labelSelector) && matchesFields(object, filter.fieldSelector);
}

// src/standins/kube/verbs.ts
function deleteObject(store, r, url, body) {
  const current = store.get(r.ref, r.namespace, r.name);
  if (!current) return notFound(r.ref, r.name);
  let grace = url.searchParams.has("gracePeriodSeconds") ? Number(url.searchParams.get("gracePeriodSeconds")) : void 0;
  let preconditions;
  if (body.trim()) {
    try {
      const options = JSON.parse(body);
      if (grace === void 0 && typeof options.gracePeriodSeconds === "number") grace = options.gracePeriodSeconds;
      preconditions = options.preconditions;
    } catch {
      return status(400, "BadRequest", "invalid DeleteOptions");
    }
  }
  if (preconditions?.uid && preconditions.uid !== current.metadata.uid) {
    return status(
      409,
      "Conflict",
      `Operation cannot be fulfilled on ${r.ref.resource} "${r.name}": Precondition failed: UID in precondition: ${preconditions.uid}, UID in object meta: ${current.metadata.uid}`
    );
  }
  if (preconditions?.resourceVersion && preconditions.resourceVersion !== current.metadata.resourceVersion) {
    return status(
      409,
      "Conflict",
      `Operation cannot be fulfilled on ${r.ref.resource} "${r.name}": Precondition failed: ResourceVersion in precondition: ${preconditions.resourceVersion}, ResourceVersion in object meta: ${current.metadata.resourceVersion}`
    );
  }
  if (r.ref.resource !== "pods" || grace === 0) return { code: 200, body: store.remove(r.ref, r.namespace, r.name) };
  const seconds = grace ?? current.spec?.terminationGracePeriodSeconds ?? 30;
  const updated = current.metadata.deletionTimestamp ? current : store.mutate(r.ref, r.namespace, r.name, (o) => {
    o.metadata.deletionTimestamp = new Date(store.now() + seconds * 1e3).toISOString();
    o.metadata.deletionGracePeriodSeconds = seconds;
  });
  return { code: 200, body: updated };
}
function openWatch(store, r, url, res, open) {
  const filter = {
    ref: r.ref,
    namespace: r.namespace,
    labelSelector: url.searchParams.get("labelSelector"),
    fieldSelector: url.searchParams.get("fieldSelector")
  };
  res.writeHead(200, { "content-type": "application/json", "transfer-encoding": "chunked" });
  const write = (type, object) => res.write(JSON.stringify({ type, object }) + "\n");
  const since = url.searchParams.get("resourceVersion");
  if (since && since !== "0" && Number(since) < store.compactedBefore) {
    write("ERROR", {
      ...status(410, "Expired", `too old resource version: ${since} (${store.compactedBefore})`).body,
      metadata: { name: "" }
    });
    res.end();
    return;
  }
  if (since && since !== "0") {
    for (const e of store.history) if (e.rv > Number(since) && watchMatches(filter, e.ref, e.namespace, e.object)) write(e.type, e.object);
  } else {
    for (const o of store.list(r.ref, r.namespace, filter)) write("ADDED", o);
  }
  const unsubscribe = store.subscribe((e) => {
    if (watchMatches(filter, e.ref, e.namespace, e.object) || e.old && watchMatches(filter, e.ref, e.namespace, e.old))
      write(e.type, e.object);
  });
  open.add(res);
  const timeout = Number(url.searchParams.get("timeoutSeconds") ?? 0);
  const timer = timeout > 0 ? setTimeout(() => res.end(), timeout * 1e3) : void 0;
  timer?.unref();
  res.on("close", () => {
    unsubscribe();
    if (timer) clearTimeout(timer);
    open.delete(res);
  });
}

// src/standins/kube/controllers/image-import.ts
var repositoryOf = (ref) => ref.replace(/@sha256:[0-9a-f]+$/, "").replace(/:[\w][\w.-]*$/, "");
function importOne(cluster, namespace, stream, image, persist) {
  const tag = image.to?.name ?? "latest";
  const found = cluster.lookup(image.from.name);
  const result = "digest" in found ? {
    tag,
    status: { metadata: {}, status: "Success" },
    image: { metadata: { name: found.digest }, dockerImageReference: `${repositoryOf(image.from.name)}@${found.digest}` }
  } : { tag, status: { metadata: {}, status: "Failure", message: found.error, reason: "InternalError", code: 500 } };
  if (!persist) return result;
  const existing = cluster.get(REFS.imagestreams, namespace, stream);
  const object = existing ?? {
    apiVersion: "image.openshift.io/v1",
    kind: "ImageStream",
    metadata: { name: stream },
    spec: { lookupPolicy: { local: false }, tags: [] },
    status: { dockerImageRepository: "", tags: [] }
  };
  const spec = object.spec;
  const tags = spec.tags ??= [];
  const previous = tags.find((t) => t.name === tag);
  const generation = (object.metadata.generation ?? 0) + 1;
  const specTag = {
    name: tag,
    from: { kind: "DockerImage", name: image.from.name },
    importPolicy: image.importPolicy ?? previous?.importPolicy ?? {},
    referencePolicy: image.referencePolicy ?? previous?.referencePolicy ?? { type: "Source" },
    generation
  };
  if (previous) Object.assign(previous, specTag);
  else tags.push(specTag);
  recordImport(object, cluster, tag, found, generation);
  if (existing) cluster.store.update(REFS.imagestreams, namespace, object);
  else cluster.store.create(REFS.imagestreams, namespace, object);
  return result;
}
function recordImport(object, cluster, tag, found, generation) {
  const status2 = object.status ??= { tags: [] };
  const statusTags = status2.tags ??= [];
  let entry = statusTags.find((t) => t.tag === tag);
  if (!entry) statusTags.push(entry = { tag, items: [] });
  const specTag = (object.spec.tags ?? []).find((t) => t.name === tag);
  const now = new Date(cluster.now()).toISOString();
  if ("error" in found) {
    entry.conditions = [
      { type: "ImportSuccess", status: "False", lastTransitionTime: now, reason: "InternalError", message: found.error, generation }
    ];
    return;
  }
  delete entry.conditions;
  const items = entry.items ??= [];
  if (items[0]?.image === found.digest) {
    items[0].generation = generation;
    return;
  }
  items.unshift({
    created: now,
    dockerImageReference: `${repositoryOf(specTag?.from?.name ?? "")}@${found.digest}`,
    image: found.digest,
    generation
  });
}
var imageImportController = {
  name: "image-import",
  create(r, object, cluster) {
    if (r.ref.group !== "image.openshift.io" || r.ref.resource !== "imagestreamimports") return void 0;
    const spec = object.spec;
    if (!spec || typeof spec.import !== "boolean")
      return status(422, "Invalid", "ImageStreamImport.image.openshift.io is invalid: spec.import: Required value");
    if (!spec.images?.length)
      return status(
        422,
        "Invalid",
        `ImageStreamImport.image.openshift.io "${object.metadata.name}" is invalid: spec.images: Required value: you must specify at least one image or repository import`
      );
    const bad = spec.images.find((i) => i.from?.kind !== "DockerImage" || !i.from.name);
    if (bad)
      return status(
        422,
        "Invalid",
        "ImageStreamImport.image.openshift.io is invalid: spec.images[0].from.kind: Invalid value: only DockerImage is supported"
      );
    const images = spec.images.map((image) => importOne(cluster, r.namespace, object.metadata.name, image, spec.import === true));
    const stream = spec.import ? cluster.get(REFS.imagestreams, r.namespace, object.metadata.name) : void 0;
    return {
      code: 201,
      body: {
        ...object,
        apiVersion: "image.openshift.io/v1",
        kind: "ImageStreamImport",
        metadata: { ...object.metadata, namespace: r.namespace, creationTimestamp: new Date(cluster.now()).toISOString() },
        status: { ...stream ? { import: stream } : {}, images }
      }
    };
  },
  get(r, cluster) {
    if (r.ref.group !== "image.openshift.io" || r.ref.resource !== "imagestreamtags") return void 0;
    const [name, tag] = r.name.split(":");
    const stream = cluster.get(REFS.imagestreams, r.namespace, name);
    const entry = (stream?.status?.tags ?? []).find((t) => t.tag === tag);
    const head = entry?.items?.[0];
    if (!stream || !head) return status(404, "NotFound", `imagestreamtags.image.openshift.io "${r.name}" not found`);
    return {
      code: 200,
      body: {
        apiVersion: "image.openshift.io/v1",
        kind: "ImageStreamTag",
        metadata: { name: r.name, namespace: r.namespace, creationTimestamp: head.created },
        tag: (stream.spec.tags ?? []).find((t) => t.name === tag) ?? null,
        generation: head.generation,
        lookupPolicy: stream.spec.lookupPolicy ?? { local: false },
        image: { metadata: { name: head.image }, dockerImageReference: head.dockerImageReference }
      }
    };
  },
  react(event, cluster) {
    if (event.ref.resource !== "ticks" || event.object.metadata.name !== "scheduled-import") return;
    for (const stream of cluster.store.listAll(REFS.imagestreams)) {
      const tags = (stream.spec.tags ?? []).filter(
        (t) => t.importPolicy?.scheduled && t.from?.kind === "DockerImage"
      );
      if (!tags.length) continue;
      const before = JSON.stringify(stream.status);
      for (const tag of tags) recordImport(stream, cluster, tag.name, cluster.lookup(tag.from.name), tag.generation ?? 1);
      if (JSON.stringify(stream.status) !== before) cluster.store.update(REFS.imagestreams, stream.metadata.namespace, stream);
    }
  }
};

// src/standins/kube/controllers/kubelet.ts
function start(cluster, namespace, name) {
  cluster.store.mutate(REFS.pods, namespace, name, (pod) => {
    if (pod.metadata.deletionTimestamp) return;
    const status2 = pod.status;
    const now = new Date(cluster.now()).toISOString();
    let failed = false;
    for (const c of status2.containerStatuses) {
      if (c.ready) continue;
      const failure = cluster.pullFailure(c.image);
      if (failure) {
        failed = true;
        c.state = { waiting: { reason: "ImagePullBackOff", message: `Back-off pulling image "${c.image}": ErrImagePull: ${failure}` } };
        continue;
      }
      c.state = { running: { startedAt: now } };
      c.ready = true;
      c.started = true;
      c.imageID = c.image.includes("@") ? c.image : `${repositoryOf(c.image)}@sha256:${"0".repeat(64)}`;
    }
    status2.phase = failed ? "Pending" : "Running";
    status2.startTime ??= now;
    status2.conditions = [{ type: "Ready", status: failed ? "False" : "True", lastTransitionTime: now }];
  });
}
var inBackOff = (pod) => (pod.status?.containerStatuses ?? []).some(
  (c) => /ImagePullBackOff|ErrImagePull/.test(String(c.state.waiting?.reason))
);
var kubeletController = {
  name: "kubelet",
  react(event, cluster) {
    const { ref, namespace } = event;
    if (ref.group === "" && ref.resource === "pods") {
      const pod = event.object;
      if (event.type === "ADDED" && !pod.metadata.deletionTimestamp) {
        cluster.later(cluster.timings.podStartMs, () => start(cluster, namespace, pod.metadata.name));
      } else if (event.type === "MODIFIED" && pod.metadata.deletionTimestamp && !event.old?.metadata.deletionTimestamp) {
        if (cluster.stuckTerminating.has(`${namespace}/${pod.metadata.name}`)) return;
        const uid = pod.metadata.uid;
        cluster.later(cluster.timings.terminateMs, () => {
          if (cluster.get(REFS.pods, namespace, pod.metadata.name)?.metadata.uid === uid)
            cluster.store.remove(REFS.pods, namespace, pod.metadata.name);
        });
      }
      return;
    }
    if (ref.group === REFS.imagestreams.group && ref.resource === "imagestreams" && event.type === "MODIFIED") {
      const repos = new Set(
        (event.object.status?.tags ?? []).flatMap(
          (t) => (t.items ?? []).map((i) => repositoryOf(i.dockerImageReference))
        )
      );
      for (const pod of cluster.list(REFS.pods, namespace)) {
        const images = (pod.status?.containerStatuses ?? []).map(
          (c) => repositoryOf(c.image)
        );
        if (inBackOff(pod) && images.some((i) => repos.has(i)))
          cluster.later(cluster.timings.podStartMs, () => start(cluster, namespace, pod.metadata.name));
      }
    }
  }
};

// src/standins/kube/controllers/rollout.ts
import { createHash as createHash6 } from "node:crypto";
var KIND_OF = {
  deployments: "Deployment",
  statefulsets: "StatefulSet",
  daemonsets: "DaemonSet",
  deploymentconfigs: "DeploymentConfig"
};
var REF_OF = {
  Deployment: REFS.deployments,
  StatefulSet: REFS.statefulsets,
  DaemonSet: REFS.daemonsets,
  DeploymentConfig: REFS.deploymentconfigs
};
var NODES = 1;
function selectorOf(kind, spec) {
  const labels = kind === "DeploymentConfig" ? spec.selector : spec.selector?.matchLabels;
  return Object.entries(labels ?? {}).map(([k, v]) => `${k}=${v}`).join(",");
}
var hashOf = (template2) => createHash6("sha256").update(JSON.stringify(template2)).digest("hex").slice(0, 10);
var suffix = () => Math.random().toString(36).slice(2, 7);
var isReady = (p) => (p.status?.conditions ?? []).some(
  (c) => c.type === "Ready" && c.status === "True"
);
var terminating = (p) => !!p.metadata.deletionTimestamp;
var revisionLabel = (kind) => kind === "Deployment" ? "pod-template-hash" : kind === "StatefulSet" || kind === "DaemonSet" ? "controller-revision-hash" : "deployment";
function ownedPods(cluster, kind, w) {
  const selector = selectorOf(kind, w.spec);
  return cluster.list(REFS.pods, w.metadata.namespace).filter((p) => matchesLabels(p, selector) && (p.metadata.ownerReferences ?? []).some((o) => o.name.startsWith(w.metadata.name)));
}
function newPod(kind, w, name, revision) {
  const spec = w.spec;
  const containers = spec.template?.spec?.containers ?? [];
  const owner = kind === "Deployment" ? { kind: "ReplicaSet", name: `${w.metadata.name}-${revision}` } : kind === "DeploymentConfig" ? { kind: "ReplicationController", name: revision } : { kind, name: w.metadata.name };
  return {
    apiVersion: "v1",
    kind: "Pod",
    metadata: {
      name,
      labels: {
        ...spec.template?.metadata?.labels,
        [revisionLabel(kind)]: revision,
        ...kind === "StatefulSet" ? { "statefulset.kubernetes.io/pod-name": name } : {},
        ...kind === "DeploymentConfig" ? { deploymentconfig: w.metadata.name } : {}
      },
      ...spec.template?.metadata?.annotations ? { annotations: spec.template.metadata.annotations } : {},
      ownerReferences: [{ apiVersion: kind === "DeploymentConfig" ? "v1" : "apps/v1", ...owner, controller: true }]
    },
    spec: structuredClone(spec.template?.spec ?? {}),
    status: {
      phase: "Pending",
      conditions: [{ type: "Ready", status: "False" }],
      containerStatuses: containers.map((c) => ({
        name: c.name,
        image: c.image,
        imageID: "",
        ready: false,
        restartCount: 0,
        started: false,
        state: { waiting: { reason: "ContainerCreating" } }
      }))
    }
  };
}
function deleteGracefully(cluster, pod) {
  cluster.store.mutate(REFS.pods, pod.metadata.namespace, pod.metadata.name, (p) => {
    if (p.metadata.deletionTimestamp) return;
    const grace = p.spec.terminationGracePeriodSeconds ?? 30;
    p.metadata.deletionTimestamp = new Date(cluster.now() + grace * 1e3).toISOString();
    p.metadata.deletionGracePeriodSeconds = grace;
  });
}
function revisionOf(kind, w) {
  const hash = hashOf(w.spec.template);
  if (kind === "StatefulSet" || kind === "DaemonSet") return `${w.metadata.name}-${hash}`;
  if (kind === "DeploymentConfig") return `${w.metadata.name}-${w.status?.latestVersion ?? 1}`;
  return hash;
}
function reconcile(cluster, kind, w) {
  const ns = w.metadata.namespace;
  const replicas = kind === "DaemonSet" ? NODES : w.spec.replicas ?? 1;
  if (kind === "DeploymentConfig") {
    const hash = hashOf(w.spec.template);
    const st = w.status ?? {};
    if (st.templateHash !== hash) {
      cluster.store.mutate(REF_OF[kind], ns, w.metadata.name, (o) => {
        const s = o.status ??= {};
        s.latestVersion = (s.latestVersion ?? 0) + 1;
        s.templateHash = hash;
      });
      return;
    }
  }
  const revision = revisionOf(kind, w);
  const label2 = revisionLabel(kind);
  const pods = ownedPods(cluster, kind, w);
  const live = pods.filter((p) => !terminating(p));
  const current = live.filter((p) => p.metadata.labels?.[label2] === revision);
  const old = live.filter((p) => p.metadata.labels?.[label2] !== revision);
  if (kind === "StatefulSet") {
    stepStatefulSet(cluster, w, pods, replicas, revision);
  } else if (kind === "DaemonSet") {
    if (old.length) deleteGracefully(cluster, old[0]);
    else if (!pods.length) cluster.store.create(REFS.pods, ns, newPod(kind, w, `${w.metadata.name}-${suffix()}`, revision));
  } else {
    const readyCount = live.filter(isReady).length;
    if (current.length < replicas && live.length < replicas + 1) {
      const name = kind === "Deployment" ? `${w.metadata.name}-${revision}-${suffix()}` : `${revision}-${suffix()}`;
      cluster.store.create(REFS.pods, ns, newPod(kind, w, name, revision));
    } else if (current.length > replicas) {
      deleteGracefully(cluster, current[current.length - 1]);
    }
    const victim = old.find((p) => !isReady(p)) ?? (readyCount - 1 >= replicas ? old[0] : void 0);
    if (victim) deleteGracefully(cluster, victim);
  }
  const after = ownedPods(cluster, kind, w).filter((p) => !terminating(p));
  const updated = after.filter((p) => p.metadata.labels?.[label2] === revision);
  cluster.store.mutate(REF_OF[kind], ns, w.metadata.name, (o) => {
    const s = o.status ??= {};
    Object.assign(s, {
      observedGeneration: o.metadata.generation,
      replicas: after.length,
      updatedReplicas: updated.length,
      readyReplicas: after.filter(isReady).length,
      availableReplicas: after.filter(isReady).length
    });
    if (kind === "DaemonSet")
      Object.assign(s, {
        desiredNumberScheduled: NODES,
        currentNumberScheduled: after.length,
        updatedNumberScheduled: updated.length,
        numberReady: after.filter(isReady).length,
        numberAvailable: after.filter(isReady).length
      });
    if (kind === "StatefulSet") {
      s.updateRevision = revision;
      s.currentReplicas = updated.length;
      if (updated.length === replicas && after.length === replicas) s.currentRevision = revision;
    }
  });
}
function stepStatefulSet(cluster, w, pods, replicas, revision) {
  const byName = new Map(pods.map((p) => [p.metadata.name, p]));
  for (let i = 0; i < replicas; i++) {
    const name = `${w.metadata.name}-${i}`;
    const pod = byName.get(name);
    if (!pod) {
      cluster.store.create(REFS.pods, w.metadata.namespace, newPod("StatefulSet", w, name, revision));
      return;
    }
    if (terminating(pod) || !isReady(pod)) return;
  }
  for (let i = replicas - 1; i >= 0; i--) {
    const pod = byName.get(`${w.metadata.name}-${i}`);
    if (pod.metadata.labels?.["controller-revision-hash"] !== revision) {
      deleteGracefully(cluster, pod);
      return;
    }
  }
}
var rolloutController = {
  name: "rollout",
  react(event, cluster) {
    const { ref, namespace } = event;
    const kind = ref.group === "apps" || ref.group === "apps.openshift.io" ? KIND_OF[ref.resource] : void 0;
    if (kind && event.type !== "DELETED") {
      const w = cluster.get(REF_OF[kind], namespace, event.object.metadata.name);
      if (w) reconcile(cluster, kind, w);
      return;
    }
    if (ref.resource !== "pods" || ref.group !== "") return;
    for (const k of Object.keys(REF_OF)) {
      for (const w of cluster.list(REF_OF[k], namespace)) {
        const selector = selectorOf(k, w.spec);
        if (selector && matchesLabels(event.object, selector)) reconcile(cluster, k, w);
      }
    }
  }
};

// src/standins/kube/controllers/triggers.ts
var WORKLOADS = [REFS.deployments, REFS.statefulsets, REFS.deploymentconfigs];
function triggersOf(workload) {
  const out = [];
  const annotation = workload.metadata.annotations?.["image.openshift.io/triggers"];
  if (annotation) {
    try {
      for (const t of JSON.parse(annotation)) {
        if (t.from?.kind !== "ImageStreamTag" || !t.from.name || String(t.paused) === "true") continue;
        const [stream, tag = "latest"] = t.from.name.split(":");
        const container = /name\s*==\s*["']([^"']+)["']/.exec(t.fieldPath ?? "")?.[1];
        out.push({ stream, tag, containers: container ? [container] : [] });
      }
    } catch {
    }
  }
  const triggers2 = workload.spec?.triggers ?? [];
  for (const t of triggers2) {
    const p = t.imageChangeParams;
    if (t.type !== "ImageChange" || !p?.automatic || p.from?.kind !== "ImageStreamTag" || !p.from.name) continue;
    const [stream, tag = "latest"] = p.from.name.split(":");
    out.push({ stream, tag, containers: p.containerNames ?? [] });
  }
  return out;
}
function headOf(stream, tag) {
  return (stream?.status?.tags ?? []).find((t) => t.tag === tag)?.items?.[0]?.dockerImageReference;
}
function setImages(cluster, ref, namespace, name, streamOf) {
  cluster.store.mutate(ref, namespace, name, (w) => {
    const containers = w.spec.template?.spec?.containers ?? [];
    for (const trigger of triggersOf(w)) {
      const image = streamOf(trigger);
      if (!image) continue;
      for (const c of containers) if (!trigger.containers.length || trigger.containers.includes(c.name)) c.image = image;
      const dc = w.spec.triggers ?? [];
      for (const t of dc)
        if (t.imageChangeParams?.from?.name === `${trigger.stream}:${trigger.tag}`) t.imageChangeParams.lastTriggeredImage = image;
    }
  });
}
var triggersController = {
  name: "image-triggers",
  react(event, cluster) {
    const { ref, namespace } = event;
    if (ref.resource === "imagestreams" && ref.group === REFS.imagestreams.group && event.type !== "DELETED") {
      const stream = event.object.metadata.name;
      const tags = (event.object.status?.tags ?? []).filter(
        (t) => headOf(event.object, t.tag) !== headOf(event.old, t.tag)
      );
      if (!tags.length) return;
      for (const wref of WORKLOADS) {
        for (const w of cluster.list(wref, namespace)) {
          const hits = triggersOf(w).filter((t) => t.stream === stream && tags.some((tag) => tag.tag === t.tag));
          if (hits.length)
            setImages(
              cluster,
              wref,
              namespace,
              w.metadata.name,
              (t) => hits.includes(t) || hits.some((h) => h.stream === t.stream && h.tag === t.tag) ? headOf(event.object, t.tag) : void 0
            );
        }
      }
      return;
    }
    if (event.type === "ADDED" && WORKLOADS.some((w) => w.group === ref.group && w.resource === ref.resource)) {
      setImages(
        cluster,
        ref,
        namespace,
        event.object.metadata.name,
        (t) => headOf(cluster.get(REFS.imagestreams, namespace, t.stream), t.tag)
      );
    }
  }
};

// src/standins/kube/controllers/index.ts
function defaultControllers() {
  return [imageImportController, triggersController, rolloutController, kubeletController];
}

// src/standins/kube/index.ts
var KubeDouble = class {
  store = new ObjectStore();
  requests = [];
  token = "sha256~kube-double-token-0123456789";
  /** image reference (repo:tag or repo@digest) → digest the registry serves. */
  registry = /* @__PURE__ */ new Map();
  registryErrors = /* @__PURE__ */ new Map();
  /** 'namespace/pod' names that stay Terminating until deleted with grace 0. */
  stuckTerminating = /* @__PURE__ */ new Set();
  /** Watches are answered and then stay silent and open (a stalled watch); cleared by clearFaults(). */
  stallWatches = false;
  /** Sees each request before it is answered (and before the faults): a test arms a fault at a moment of the run. */
  onRequest;
  /** Real milliseconds the kubelet takes to start a pod and to stop one. */
  timings = { podStartMs: 15, terminateMs: 15 };
  forbidden = /* @__PURE__ */ new Set();
  /** When set, the token may do only what these rules allow (403 otherwise), like a Role bound to it. */
  rbac;
  faults = [];
  pullFaults = [];
  controllers = [];
  watches = /* @__PURE__ */ new Set();
  queue = Promise.resolve();
  pending = 0;
  server;
  pki;
  /** The seeded faults of the run this double was built for (the layer of http-double.ts). */
  plan = currentFaultPlan();
  constructor(options = {}) {
    if (options.now) this.store.now = options.now;
    for (const c of options.controllers ?? defaultControllers()) this.use(c);
    this.store.subscribe((event) => this.dispatch(event));
  }
  use(controller) {
    this.controllers.push(controller);
  }
  get caFile() {
    return this.pki.caFile;
  }
  get url() {
    return `https://127.0.0.1:${this.server.address().port}`;
  }
  now() {
    return this.store.now();
  }
  async start() {
    this.pki = makePki();
    this.server = createServer4({ key: this.pki.key, cert: this.pki.cert }, (req, res) => void this.serve(req, res));
    await new Promise((resolve) => this.server.listen(0, "127.0.0.1", resolve));
    return this.url;
  }
  async stop() {
    this.dropWatches();
    if (this.server) {
      this.server.closeAllConnections();
      await new Promise((resolve) => this.server.close(() => resolve()));
      this.server = void 0;
    }
    this.pki?.remove();
  }
  // --- seeding and reading ---------------------------------------------------------------
  create(ref, namespace, object) {
    return this.store.create(ref, namespace, object);
  }
  apply(object, namespace = object.metadata.namespace ?? "default") {
    const ref = refFor(object);
    return this.store.get(ref, namespace, object.metadata.name) ? this.store.update(ref, namespace, object) : this.store.create(ref, namespace, object);
  }
  get(ref, namespace, name) {
    return this.store.get(ref, namespace, name);
  }
  list(ref, namespace, labelSelector) {
    return this.store.list(ref, namespace, { labelSelector: labelSelector ?? null });
  }
  /** Resolves an image reference the way the registry behind the imports would. */
  lookup = (ref) => {
    const error3 = this.registryErrors.get(ref);
    if (error3) return { error: error3 };
    const digest = this.registry.get(ref) ?? /@(sha256:[0-9a-f]{64})$/.exec(ref)?.[1];
    return digest ? { digest } : { error: `Internal error occurred: ${ref}: manifest unknown: manifest unknown` };
  };
  /** Waits (real time) until no controller work is queued or scheduled. */
  async settle(timeoutMs = 5e3) {
    const until = Date.now() + timeoutMs;
    for (let quiet = 0; quiet < 3 && Date.now() < until; ) {
      await new Promise((r) => setTimeout(r, 5));
      await this.queue;
      quiet = this.pending === 0 ? quiet + 1 : 0;
    }
  }
  /** Runs fn after `ms` real milliseconds; settle() waits for it. */
  later(ms, fn) {
    this.pending++;
    setTimeout(() => {
      this.pending--;
      try {
        fn();
      } catch {
      }
    }, ms).unref();
  }
  // --- faults -----------------------------------------------------------------------------
  /** Forgets every planned fault (between tests sharing one double). */
  clearFaults() {
    this.forbidden.clear();
    this.rbac = void 0;
    this.faults.length = 0;
    this.pullFaults.length = 0;
    this.stuckTerminating.clear();
    this.registryErrors.clear();
    this.stallWatches = false;
  }
  forbid(verb, resource) {
    this.forbidden.add(`${verb} ${resource}`);
  }
  allow(verb, resource) {
    this.forbidden.delete(`${verb} ${resource}`);
  }
  failNext(fault) {
    this.faults.push({ ...fault, times: fault.times ?? 1 });
  }
  dropWatches() {
    for (const res of this.watches) res.destroy();
    this.watches.clear();
  }
  get openWatches() {
    return this.watches.size;
  }
  failPulls(match, count, message = `rpc error: code = Unknown desc = reading manifest: manifest unknown`) {
    this.pullFaults.push({ match, count, message });
  }
  /** The kubelet asks: does pulling this image fail now? Consumes one planned failure. */
  pullFailure(image) {
    const fault = this.pullFaults.find((f) => f.count > 0 && image.includes(f.match));
    if (!fault) return void 0;
    fault.count--;
    return fault.message;
  }
  /** Re-imports every scheduled tag (what OpenShift does about every 15 minutes). */
  scheduledImport() {
    this.signal("scheduled-import");
  }
  /** Tells every controller about something that is not a stored change (resource "ticks"). */
  signal(what) {
    this.dispatch({
      rv: 0,
      type: "MODIFIED",
      ref: { group: "service-guru.dev", version: "v1", resource: "ticks" },
      namespace: "",
      object: { metadata: { name: what } }
    });
  }
  dispatch(event) {
    for (const controller of this.controllers) {
      if (!controller.react) continue;
      this.queue = this.queue.then(() => controller.react(clone(event), this)).catch(() => void 0);
    }
  }
  // --- HTTP -------------------------------------------------------------------------------
  async serve(req, res) {
    if (!this.plan) return this.answer(req, res);
    const url = new URL(req.url ?? "/", "https://127.0.0.1");
    const watch = /^(true|1)$/.test(url.searchParams.get("watch") ?? "") || url.pathname.includes("/watch/");
    const info = { service: "kube", method: req.method ?? "GET", path: url.pathname, watch };
    await withFaults(this.plan, info, req, res, () => this.answer(req, res));
  }
  async answer(req, res) {
    const url = new URL(req.url ?? "/", "https://127.0.0.1");
    const body = await readBody(req);
    const r = route(url.pathname);
    const verb = r ? verbOf(req.method ?? "GET", r, url) : "unknown";
    this.requests.push({ method: req.method ?? "GET", path: url.pathname, query: Object.fromEntries(url.searchParams), verb, body });
    this.onRequest?.(this.requests.at(-1));
    const fault = this.faults.find((f) => f.times > 0 && (!f.method || f.method === req.method) && f.path.test(url.pathname + url.search));
    if (fault?.lostAnswer) {
      fault.times--;
      res.writeHead = () => res;
      res.end = () => (req.socket.destroy(), res);
    } else if (fault) {
      fault.times--;
      if (fault.drop) return void req.socket.destroy();
      const s = status(fault.status ?? 503, "ServiceUnavailable", "the server is currently unable to handle the request");
      return send(res, s.code, s.body);
    }
    if (req.headers.authorization !== `Bearer ${this.token}`) {
      const s = status(401, "Unauthorized", "Unauthorized");
      return send(res, s.code, s.body);
    }
    if (!r) return send(res, 404, status(404, "NotFound", `the server could not find the requested resource (${url.pathname})`).body);
    const resource = r.subresource ? `${r.ref.resource}/${r.subresource}` : r.ref.resource;
    if (this.forbidden.has(`${verb} ${resource}`) || this.forbidden.has(`${verb} ${r.ref.resource}`) || this.rbac && !allows(this.rbac, verb, r.ref.group, resource)) {
      const what = r.name ? `${resource} "${r.name}"` : resource;
      const s = status(
        403,
        "Forbidden",
        `${what} is forbidden: User "system:serviceaccount:${r.namespace}:deployer" cannot ${verb} resource "${resource}" in API group "${r.ref.group}" in the namespace "${r.namespace}"`,
        { kind: r.ref.resource }
      );
      return send(res, s.code, s.body);
    }
    if (verb === "watch" && this.stallWatches) {
      res.writeHead(200, { "content-type": "application/json", "transfer-encoding": "chunked" });
      res.flushHeaders();
      this.watches.add(res);
      res.on("close", () => this.watches.delete(res));
      return;
    }
    if (verb === "watch") return openWatch(this.store, r, url, res, this.watches);
    if (r.subresource === "log" && r.ref.resource === "pods") {
      const pod = this.store.get(r.ref, r.namespace, r.name);
      if (!pod) return send(res, 404, notFound(r.ref, r.name).body);
      return send(res, 200, this.logs.get(`${r.namespace}/${r.name}`) ?? "", "text/plain");
    }
    if (req.method === "DELETE" && r.name) {
      const answer2 = deleteObject(this.store, r, url, body);
      return send(res, answer2.code, answer2.body);
    }
    if (req.method === "GET" && r.name) {
      for (const c of this.controllers) {
        const answer2 = c.get?.(r, this);
        if (answer2) return send(res, answer2.code, answer2.body);
      }
    }
    if (req.method === "POST") {
      let object;
      try {
        object = JSON.parse(body);
      } catch {
        return send(res, 400, status(400, "BadRequest", "invalid JSON body").body);
      }
      for (const c of this.controllers) {
        const answer2 = c.create?.(r, object, this);
        if (answer2) return send(res, answer2.code, answer2.body);
      }
      if (url.searchParams.get("dryRun") === "All") {
        const name = object.metadata?.name;
        if (!name) return send(res, 422, status(422, "Invalid", `${r.ref.resource} is invalid: metadata.name: Required value`).body);
        if (this.store.get(r.ref, r.namespace, name)) {
          return send(res, 409, status(409, "AlreadyExists", `${r.ref.resource} "${name}" already exists`).body);
        }
        const echo = {
          ...object,
          metadata: { ...object.metadata, namespace: r.namespace, creationTimestamp: new Date(this.now()).toISOString() }
        };
        return send(res, 201, echo);
      }
    }
    const answer = storageVerb(
      this.store,
      req.method ?? "GET",
      r.subresource === "status" ? { ...r, subresource: void 0 } : r,
      url,
      body,
      req.headers["content-type"]
    );
    send(res, answer.code, answer.body);
  }
  /** Pod logs, by 'namespace/pod'; a controller (or a test) writes them. */
  logs = /* @__PURE__ */ new Map();
};

// src/standins/kube/fixtures.ts
function imageStream(cluster, o) {
  const repo = repositoryOf(o.from);
  const created = (i) => new Date(cluster.now() - (i + 1) * 7 * 864e5).toISOString();
  return cluster.create(REFS.imagestreams, o.namespace, {
    apiVersion: "image.openshift.io/v1",
    kind: "ImageStream",
    metadata: { name: o.name },
    spec: {
      lookupPolicy: { local: true },
      tags: [
        {
          name: o.tag,
          from: { kind: "DockerImage", name: o.from },
          importPolicy: { scheduled: o.scheduled ?? true },
          referencePolicy: { type: "Source" },
          generation: 1
        }
      ]
    },
    status: {
      dockerImageRepository: `image-registry.openshift-image-registry.svc:5000/${o.namespace}/${o.name}`,
      tags: [
        {
          tag: o.tag,
          items: o.history.map((digest, i) => ({
            created: created(i),
            dockerImageReference: `${repo}@${digest}`,
            image: digest,
            generation: 1
          }))
        }
      ]
    }
  });
}
function template(o) {
  const container = o.container ?? o.name;
  return {
    metadata: { labels: { component: o.name } },
    spec: { terminationGracePeriodSeconds: 30, containers: [{ name: container, image: o.image ?? " " }] }
  };
}
function triggers(o) {
  if (!o.stream) return {};
  const fieldPath = `spec.template.spec.containers[?(@.name=="${o.container ?? o.name}")].image`;
  return { "image.openshift.io/triggers": JSON.stringify([{ from: { kind: "ImageStreamTag", name: o.stream }, fieldPath }]) };
}
function deployment(cluster, o) {
  return cluster.create(REFS.deployments, o.namespace, {
    apiVersion: "apps/v1",
    kind: "Deployment",
    metadata: { name: o.name, labels: { component: o.name }, annotations: triggers(o) },
    spec: {
      replicas: o.replicas,
      selector: { matchLabels: { component: o.name } },
      strategy: { type: "RollingUpdate" },
      template: template(o)
    }
  });
}
function statefulSet(cluster, o) {
  return cluster.create(REFS.statefulsets, o.namespace, {
    apiVersion: "apps/v1",
    kind: "StatefulSet",
    metadata: { name: o.name, labels: { component: o.name }, annotations: triggers(o) },
    spec: {
      replicas: o.replicas,
      serviceName: o.name,
      podManagementPolicy: "OrderedReady",
      updateStrategy: { type: "RollingUpdate" },
      selector: { matchLabels: { component: o.name } },
      template: template(o)
    }
  });
}

// src/standins/sentry.ts
var SentryDouble = class extends HttpDouble {
  token = "sntrys_testtoken_0123456789abcdef";
  org = "packit";
  project = "packit-service";
  issues = [];
  /** Issues per page (Sentry's default and maximum is 100); tests make it small to see pagination. */
  pageSize = 100;
  /** The double's "now" for relative searches; tests pass their injected clock. */
  now = () => Date.now();
  /** Requests per fixed window of `windowMs` (Sentry's per-caller, per-endpoint limit); more → 429. */
  rateLimit = { limit: 40, windowMs: 1e3 };
  window = { start: 0, used: 0 };
  /** Where the Link header points (default: this double); a test makes it another origin. */
  linkBase;
  /** Called on every first page of a search, before it is answered: a test may add an issue "meanwhile". */
  onSearch;
  constructor() {
    super((request, url) => this.answer(request, url));
  }
  addIssue(issue) {
    const added = { ...issue, id: issue.id ?? String(41e8 + this.issues.length + 1) };
    this.issues.push(added);
    return added;
  }
  answer(request, url) {
    const auth = request.headers.authorization;
    if (!auth) return { status: 401, body: { detail: "Authentication credentials were not provided." } };
    if (auth !== `Bearer ${this.token}`) return { status: 401, body: { detail: "Invalid token" } };
    const limited = this.countRequest();
    if (limited.status) return limited;
    const reply = this.issuesAnswer(request, url);
    return { ...reply, headers: { ...limited.headers, ...reply.headers } };
  }
  /** X-Sentry-Rate-Limit-* on every answer, as https://docs.sentry.io/api/ratelimits/ describes. */
  countRequest() {
    const now = this.now();
    const start2 = now - now % this.rateLimit.windowMs;
    if (start2 !== this.window.start) this.window = { start: start2, used: 0 };
    this.window.used++;
    const headers = {
      "x-sentry-rate-limit-limit": String(this.rateLimit.limit),
      "x-sentry-rate-limit-remaining": String(Math.max(0, this.rateLimit.limit - this.window.used)),
      "x-sentry-rate-limit-reset": String(Math.ceil((start2 + this.rateLimit.windowMs) / 1e3)),
      "x-sentry-rate-limit-concurrentlimit": "25",
      "x-sentry-rate-limit-concurrentremaining": "24"
    };
    if (this.window.used > this.rateLimit.limit)
      return {
        status: 429,
        headers,
        body: {
          detail: `You are attempting to use this endpoint too frequently. Limit is ${this.rateLimit.limit} requests in ${this.rateLimit.windowMs / 1e3} seconds`
        }
      };
    return { headers };
  }
  issuesAnswer(request, url) {
    const match = /^\/api\/0\/projects\/([^/]+)\/([^/]+)\/issues\/$/.exec(request.path);
    if (request.method !== "GET" || !match) return { status: 404, body: { detail: "The requested resource does not exist" } };
    if (match[1] !== this.org || match[2] !== this.project)
      return { status: 404, body: { detail: "The requested resource does not exist" } };
    if (!url.searchParams.has("cursor")) this.onSearch?.();
    const filter = this.search(url.searchParams.get("query") ?? "is:unresolved");
    if (typeof filter === "string") return { status: 400, body: { detail: filter } };
    const found = this.issues.filter(filter).sort((a, b) => (b.lastSeen ?? b.firstSeen).getTime() - (a.lastSeen ?? a.firstSeen).getTime());
    const limit = Math.min(this.pageSize, Number(url.searchParams.get("limit") ?? 100) || 100);
    const offset = Number(/^\d+:(\d+):\d+$/.exec(url.searchParams.get("cursor") ?? "")?.[1] ?? 0);
    const slice = found.slice(offset, offset + limit);
    const link = (rel, at, results) => {
      const next = new URL(url);
      next.searchParams.set("cursor", `0:${at}:${rel === "previous" ? 1 : 0}`);
      return `<${this.linkBase ?? this.url}${next.pathname}${next.search}>; rel="${rel}"; results="${results}"; cursor="0:${at}:${rel === "previous" ? 1 : 0}"`;
    };
    return {
      headers: {
        link: [link("previous", Math.max(0, offset - limit), offset > 0), link("next", offset + limit, offset + limit < found.length)].join(
          ", "
        )
      },
      body: slice.map((issue) => this.render(issue))
    };
  }
  /** The two search terms the health gate sends; anything else is refused, as an unknown key would be. */
  search(query) {
    const tests = [];
    for (const term of query.split(/\s+/).filter(Boolean)) {
      let m;
      if (m = /^is:(unresolved|resolved|ignored)$/.exec(term)) {
        const status2 = m[1];
        tests.push((i) => (i.status ?? "unresolved") === status2);
      } else if (m = /^firstSeen:-(\d+)([mhdw])$/.exec(term)) {
        const unit = { m: 6e4, h: 36e5, d: 864e5, w: 6048e5 }[m[2]];
        const since = this.now() - Number(m[1]) * unit;
        tests.push((i) => i.firstSeen.getTime() >= since);
      } else {
        return `Invalid search query: unsupported term "${term}"`;
      }
    }
    return (issue) => tests.every((t) => t(issue));
  }
  render(issue) {
    const base = this.url;
    return {
      id: issue.id,
      shareId: null,
      shortId: `PACKIT-SERVICE-${Number(issue.id).toString(36).toUpperCase()}`,
      title: issue.title,
      culprit: issue.culprit ?? "packit_service.worker.tasks in process_message",
      permalink: `${base}/organizations/${this.org}/issues/${issue.id}/`,
      logger: null,
      level: issue.level ?? "error",
      status: issue.status ?? "unresolved",
      statusDetails: {},
      isPublic: false,
      platform: "python",
      project: { id: "1829543", name: this.project, slug: this.project, platform: "python" },
      type: "error",
      metadata: { type: issue.title.split(":")[0], value: issue.title },
      numComments: 0,
      assignedTo: null,
      isBookmarked: false,
      isSubscribed: false,
      subscriptionDetails: null,
      hasSeen: false,
      annotations: [],
      issueType: "error",
      issueCategory: "error",
      isUnhandled: true,
      count: String(issue.count),
      userCount: issue.userCount ?? 0,
      firstSeen: issue.firstSeen.toISOString(),
      lastSeen: (issue.lastSeen ?? issue.firstSeen).toISOString(),
      stats: { "24h": [] }
    };
  }
};

// src/stages/rehearse/cluster.ts
var repositoryOfRef = (ref) => ref.replace(/:[^:/]+$/, "");
function configuredWorkloads(config) {
  const byId = /* @__PURE__ */ new Map();
  for (const c of config.components)
    for (const i of c.images ?? [])
      for (const ref of i.workloads ?? []) {
        const [kind, name, container] = ref.split("/");
        const id = `${kind}/${name}`;
        const w = byId.get(id) ?? { kind, name, containers: [] };
        byId.set(id, w);
        const repository = repositoryOfRef(i.image);
        const containerName = container ?? repository.slice(repository.lastIndexOf("/") + 1);
        if (!w.containers.some((x) => x.name === containerName))
          w.containers.push({ name: containerName, ref: i.image, repository, systemKey: c.systemKey });
      }
  return [...byId.values()];
}
async function startClusterStandIns(config, clock, scenario, stableOf) {
  const env2 = {};
  const notes = [];
  const kube = /* @__PURE__ */ new Map();
  const digests = /* @__PURE__ */ new Map();
  const shas = /* @__PURE__ */ new Map();
  const imported = /* @__PURE__ */ new Map();
  const byServer = /* @__PURE__ */ new Map();
  for (const [name, cluster] of Object.entries(config.clusters ?? {})) {
    let double = byServer.get(cluster.server);
    if (!double) {
      double = new KubeDouble({ now: () => clock.now() });
      await double.start();
      byServer.set(cluster.server, double);
    }
    Object.assign(cluster, { server: double.url, caFile: double.caFile });
    env2[tokenEnvFor(name)] = double.token;
    kube.set(name, double);
  }
  const production = Object.entries(config.clusters ?? {}).filter(([, c]) => !c.staging).map(([n]) => n);
  const streams = config.components.flatMap(
    (c) => (c.images ?? []).filter((i) => i.imageStream).map((i) => {
      const [name, tag] = i.imageStream.split(":");
      return { namespace: "", name, tag, ref: i.image, systemKey: c.systemKey };
    })
  );
  const workloads = configuredWorkloads(config);
  const daemonSets = workloads.filter((w) => w.kind === "daemonset");
  if (daemonSets.length) notes.push(`${daemonSets.map((w) => `daemonset/${w.name}`).join(", ")}: rehearsed on one node (one pod each)`);
  let sentry;
  if (config.health?.sentry) {
    sentry = new SentryDouble();
    sentry.org = config.health.sentry.org;
    sentry.project = config.health.sentry.project;
    sentry.now = () => clock.now();
    await sentry.start();
    config.health.sentry.apiUrl = sentry.url;
    env2.SENTRY_AUTH_TOKEN = sentry.token;
  }
  let endpoints;
  if (config.health?.endpoints?.length) {
    endpoints = new EndpointsDouble();
    await endpoints.start();
    const expects = [];
    for (const endpoint of config.health.endpoints) {
      const pathname = new URL(endpoint.url).pathname;
      const served = ["/api/system", "/api/healthz"].includes(pathname) ? pathname : "/";
      if (served !== pathname) notes.push(`endpoint ${endpoint.url}: rehearsed as the stand-in's page`);
      if (served === "/" && endpoint.expect) expects.push(endpoint.expect);
      endpoint.url = `${endpoints.url}${served}`;
    }
    if (expects.length) endpoints.dashboard = `<!doctype html><html><body>${expects.join(" ")}</body></html>`;
  }
  const libraries = config.components.filter((c) => c.systemKey && !c.images?.length);
  const reportLibraries = () => {
    for (const c of libraries) endpoints?.setVersion(c.systemKey, `0.1.0+g${(stableOf(c.name) ?? "").slice(0, 7)}`);
  };
  const regression = () => {
    if (scenario.name !== "sentry-regression" || !sentry || imported.size !== 1) return;
    sentry.addIssue({
      title: "KeyError: 'project_url' in packit_service.worker.handlers",
      count: 27,
      firstSeen: new Date(clock.now()),
      level: "error",
      culprit: "packit_service.worker.handlers.copr"
    });
  };
  const watcher = setInterval(() => {
    const double = kube.get(production[0] ?? "");
    if (!double) return;
    const namespace = config.clusters[production[0]].namespace;
    for (const stream of streams) {
      const object = double.get(REFS.imagestreams, namespace, stream.name);
      const current = object?.status?.tags?.find((t) => t.tag === stream.tag)?.items?.[0]?.image;
      if (!current || current === digests.get(`${stream.ref}#before`) || imported.get(stream.name) === current) continue;
      imported.set(stream.name, current);
      reportLibraries();
      const sha = shas.get(current);
      if (stream.systemKey && sha) endpoints?.setVersion(stream.systemKey, `0.1.0.post1+g${sha.slice(0, 7)}`);
      regression();
    }
    for (const w of workloads) {
      const object = double.get(REF_OF2[w.kind], namespace, w.name);
      for (const c of w.containers) {
        const image = object?.spec?.template?.spec?.containers?.find((x) => x.name === c.name)?.image ?? "";
        const digest = /@(sha256:[0-9a-f]{64})$/.exec(image)?.[1];
        const id = `${w.kind}/${w.name}/${c.name}`;
        if (!digest || digest === digests.get(`${c.ref}#before`) || imported.get(id) === digest) continue;
        imported.set(id, digest);
        reportLibraries();
        const sha = shas.get(digest);
        if (c.systemKey && sha) endpoints?.setVersion(c.systemKey, `0.1.0.post1+g${sha.slice(0, 7)}`);
        regression();
      }
    }
  }, 25);
  return {
    env: env2,
    notes,
    kube,
    sentry,
    imported,
    imagePushed: (ref, digest, sha) => {
      if (!digests.has(`${ref}#before`)) digests.set(`${ref}#before`, digest);
      shas.set(digest, sha);
      for (const double of new Set(kube.values())) double.registry.set(ref, digest);
    },
    seed: async () => {
      for (const [name, double] of kube) {
        const namespace = config.clusters[name].namespace;
        for (const stream of streams) {
          const digest = digests.get(`${stream.ref}#before`);
          imageStream(double, { namespace, name: stream.name, tag: stream.tag, from: stream.ref, history: [digest] });
          const image = `${stream.ref.replace(/:[^:]+$/, "")}@${digest}`;
          const workloads2 = /worker/.test(stream.name) ? [`${stream.name}-short-running`, `${stream.name}-long-running`] : [stream.name];
          for (const workload of workloads2) {
            const options = {
              namespace,
              name: workload,
              replicas: workloads2.length > 1 ? 2 : 1,
              stream: `${stream.name}:${stream.tag}`,
              image,
              container: stream.name
            };
            if (workloads2.length > 1) statefulSet(double, options);
            else deployment(double, options);
          }
          if (stream.systemKey) endpoints?.setVersion(stream.systemKey, `0.1.0+g${(shas.get(digest) ?? "").slice(0, 7)}`);
        }
        for (const w of workloads) seedWorkload(double, namespace, w, (ref) => digests.get(`${ref}#before`));
        for (const c of workloads.flatMap((w) => w.containers))
          if (c.systemKey) endpoints?.setVersion(c.systemKey, `0.1.0+g${(shas.get(digests.get(`${c.ref}#before`)) ?? "").slice(0, 7)}`);
        await double.settle();
      }
      reportLibraries();
      for (const name of production) applyScenario(kube.get(name), config.clusters[name].namespace, streams, workloads, scenario, notes);
    },
    stop: async () => {
      clearInterval(watcher);
      await Promise.all([...[...new Set(kube.values())].map((k) => k.stop()), sentry?.stop(), endpoints?.stop()]);
    }
  };
}
function applyScenario(double, namespace, streams, workloads, scenario, notes) {
  if (scenario.name === "stuck-pod") {
    const worker = streams.find((s) => /worker/.test(s.name));
    const statefulSet2 = workloads.find((w) => w.kind === "statefulset");
    const pod = worker ? `${worker.name}-long-running-1` : statefulSet2 ? `${statefulSet2.name}-${STATEFUL_REPLICAS - 1}` : void 0;
    if (pod) double.stuckTerminating.add(`${namespace}/${pod}`);
    else notes.push("stuck-pod: no worker StatefulSet in this configuration to get stuck");
  }
  if (scenario.name === "image-pull-backoff") {
    const first = streams[0]?.ref ?? workloads[0]?.containers[0]?.ref;
    if (first) double.failPulls(repositoryOfRef(first), 1);
    else notes.push("image-pull-backoff: no image stream or workload in this configuration");
  }
}
var STATEFUL_REPLICAS = 2;
var REF_OF2 = { deployment: REFS.deployments, statefulset: REFS.statefulsets, daemonset: REFS.daemonsets };
function seedWorkload(double, namespace, w, before) {
  const labels = { app: w.name };
  const template2 = {
    metadata: { labels },
    spec: {
      terminationGracePeriodSeconds: 30,
      containers: w.containers.map((c) => ({ name: c.name, image: `${c.repository}@${before(c.ref)}` }))
    }
  };
  const kind = w.kind === "deployment" ? "Deployment" : w.kind === "statefulset" ? "StatefulSet" : "DaemonSet";
  double.create(REF_OF2[w.kind], namespace, {
    apiVersion: "apps/v1",
    kind,
    metadata: { name: w.name, labels },
    spec: {
      ...w.kind === "daemonset" ? {} : { replicas: w.kind === "statefulset" ? STATEFUL_REPLICAS : 1 },
      ...w.kind === "statefulset" ? { serviceName: w.name, podManagementPolicy: "OrderedReady" } : {},
      selector: { matchLabels: labels },
      ...w.kind === "deployment" ? { strategy: { type: "RollingUpdate" } } : { updateStrategy: { type: "RollingUpdate" } },
      template: template2
    }
  });
}

// src/stages/rehearse/world.ts
var repoName = (c) => c.repo ?? `rehearsal/${c.name}`;
async function buildWorld(sourceFile, scenario, clock, registryKind = "auto", unchanged = []) {
  const config = parse(readFileSync3(sourceFile, "utf8"));
  const dir = mkdtempSync3(path4.join(os3.tmpdir(), "service-guru-rehearsal-"));
  const github = new GitHubDouble();
  const copr = new CoprDouble();
  const matrix = new MatrixDouble();
  const slack = new SlackDouble();
  const [registry] = await Promise.all([startLocalRegistry(registryKind), github.start(), copr.start(), matrix.start(), slack.start()]);
  const namespace = registry.kind === "existing" ? `rehearsal-${path4.basename(dir).slice(-6).toLowerCase()}/` : "";
  const kinds = { "docker-registry": "Debian's docker-registry", "in-process": "the in-process OCI registry", existing: "the registry" };
  const notes = [`registry: ${kinds[registry.kind]} on ${registry.host}${namespace ? `, images under ${namespace}` : ""}`];
  const source = config.branches?.source ?? "main";
  const target = config.branches?.target ?? "stable";
  config.github = { apiUrl: github.url, serverUrl: github.url };
  config.copr = { apiUrl: copr.url };
  config.registries = { [registry.host]: { apiUrl: registry.url } };
  const heads = /* @__PURE__ */ new Map();
  const readers = /* @__PURE__ */ new Map();
  const built = [];
  for (const [index, component] of config.components.entries()) {
    const name = component.name;
    const diverge = scenario.name === "diverged" && index === config.components.findIndex((c) => !c.build);
    if (component.build) {
      const full = repoName(component);
      const repo = github.addRepo(full);
      const base = github.chain(null, `${name}: last week's release`);
      const stable = diverge ? github.chain(base, `${name}: cherry-pick of an urgent fix`) : base;
      const main = unchanged.includes(name) ? stable : github.chain(base, `${name}: this week's change (#${100 + index})`);
      repo.branches.set(source, main);
      repo.branches.set(target, stable);
      repo.checkRuns.set(
        main,
        (component.checks ?? ["tests"]).map((check) => ({ name: check, status: "completed", conclusion: "success" }))
      );
      repo.runs.push(
        ...component.build.workflows.map((workflow, i) => ({
          id: 4e6 + index * 10 + i,
          workflow,
          name: "Rebuild & push images",
          head_sha: stable,
          head_branch: target,
          status: "completed",
          conclusion: "success",
          created_at: new Date(clock.now() - 7 * 864e5).toISOString()
        }))
      );
      delete component.remote;
      component.repo = full;
      heads.set(name, { main, stable });
      readers.set(name, () => repo.branches.get(target) ?? null);
    } else {
      const repo = new BareRepository(dir, name);
      const [, stable, main] = repo.history([
        { branch: source, message: `${name}: last week's release` },
        diverge ? { branch: target, message: `${name}: cherry-pick of an urgent fix`, from: 0 } : { branch: target, from: 0 },
        { branch: source, message: `${name}: this week's change (#${100 + index})`, from: 0 }
      ]);
      delete component.repo;
      component.remote = repo.bare;
      heads.set(name, { main, stable });
      readers.set(name, () => repo.head(target));
    }
    if (component.copr)
      copr.latest.set(`${component.copr.project}/${component.copr.package}`, `0.1.0+g${heads.get(name).stable.slice(0, 7)}`);
    const images = (component.images ?? []).map((image) => {
      const [, original, tag] = /^[^/]+\/(.+):([^:]+)$/.exec(image.image);
      const repository = `${namespace}${original}`;
      image.image = `${registry.host}/${repository}:${tag}`;
      return {
        repository,
        tag,
        platforms: image.platforms ?? ["linux/amd64"],
        uniqueTag: component.build ? "with-epoch" : "short"
      };
    });
    built.push({
      name,
      stable: readers.get(name),
      ...component.build ? { repo: component.repo, workflows: component.build.workflows } : { workflows: [] },
      images,
      ...component.copr ? { copr: `${component.copr.project}/${component.copr.package}` } : {}
    });
  }
  const cluster = await startClusterStandIns(config, clock, scenario, (name) => readers.get(name)?.() ?? null);
  notes.push(...cluster.notes);
  await Promise.all(
    built.flatMap(
      (c) => c.images.map(async (image) => {
        const digest = await pushImage(
          registry.url,
          image.repository,
          [image.tag, `stable-${heads.get(c.name).stable.slice(0, 7)}`],
          image.platforms,
          `${c.name} last week`
        );
        cluster.imagePushed(`${registry.host}/${image.repository}:${image.tag}`, digest, heads.get(c.name).stable);
      })
    )
  );
  await cluster.seed();
  const builds = new ImageBuilds({
    components: built,
    registryUrl: registry.url,
    github,
    now: () => clock.now(),
    events: {
      coprBuilt: (key, version) => copr.latest.set(key, version),
      // The commit the build was of: a later push may be stable's head by the time it finishes.
      pushed: (_component, repository, digest, tags, sha) => cluster.imagePushed(`${registry.host}/${repository}:${tags[0]}`, digest, sha)
    }
  });
  if (scenario.name === "failed-build") {
    const victim = built.find((c) => c.images.length && c.repo) ?? built.find((c) => c.images.length);
    if (victim) builds.failing.add(victim.name);
  }
  builds.start();
  if (config.chat?.matrix) {
    config.chat.matrix.homeserver = matrix.url;
    for (const room of config.chat.matrix.rooms) matrix.addRoom(room, `${config.deployment}: all systems go`);
  }
  if (config.chat?.slack) {
    config.chat.slack.apiUrl = `${slack.url}/api/`;
    for (const channel of config.chat.slack.channels) slack.addChannel(channel, `${config.deployment}: all systems go`);
  }
  if (config.infra) {
    delete config.infra;
    notes.push("infra-sync: left out (it runs your apply command against real clusters)");
  }
  const configFile = path4.join(dir, "service-guru.yml");
  writeFileSync3(configFile, `# Rehearsal of ${sourceFile}: every service is a stand-in on 127.0.0.1.
${stringify(config)}`);
  const env2 = {
    GITHUB_TOKEN: github.token,
    MATRIX_ACCESS_TOKEN: matrix.token,
    SLACK_BOT_TOKEN: slack.token,
    ...cluster.env
  };
  return {
    dir,
    configFile,
    config,
    env: env2,
    github,
    matrix,
    slack,
    registry,
    builds,
    cluster,
    heads,
    notes,
    stable: (name) => readers.get(name)?.() ?? null,
    stop: async (keep) => {
      await builds.stop();
      await Promise.all([github.stop(), copr.stop(), matrix.stop(), slack.stop(), registry.stop(), cluster.stop()]);
      if (!keep) rmSync4(dir, { recursive: true, force: true });
    }
  };
}
export {
  buildWorld
};
