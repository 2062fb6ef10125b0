import { createRequire as __sgRequire } from 'node:module'; const require = __sgRequire(import.meta.url);
import {
  dependents,
  didYouMean,
  moveOrder
} from "./chunk-YZZ63OTY.js";
import {
  createGitHubClient,
  getJson,
  git,
  gitRead,
  isRequestError,
  parseImage,
  redactUrl,
  registryFor
} from "./chunk-YHT6VIR5.js";
import "./chunk-FOD4HBAH.js";
import {
  duration,
  flag,
  list
} from "./chunk-5KLR5LTG.js";
import "./chunk-D3O4PSQ5.js";
import {
  StageError,
  UsageError,
  errorMessage,
  formatDuration
} from "./chunk-VNLBOQ4H.js";
import "./chunk-EP666XB4.js";

// src/stages/move-stable/copr.ts
async function latestSucceeded(wait, logger, clock) {
  const [owner, project] = wait.project.split("/");
  const url = new URL(`${wait.apiUrl}/api_3/package/`);
  url.search = new URLSearchParams({
    ownername: owner,
    projectname: project,
    packagename: wait.package,
    with_latest_succeeded_build: "True"
  }).toString();
  const data = await getJson(url.toString(), { logger, clock, service: "Copr" });
  if (typeof data !== "object" || data === null || data.builds !== void 0 && typeof data.builds !== "object") {
    throw new StageError(`Copr answered ${url} with something that is not a package (no "builds")`);
  }
  const build = data.builds?.latest_succeeded;
  return { version: build?.source_package?.version ?? null, id: build?.id };
}
async function waitForCoprBuild(wait, logger, clock) {
  const started = clock.now();
  let interval = wait.intervalMs;
  const what = `Copr ${wait.project} ${wait.package} built from ${wait.shortSha}`;
  for (; ; ) {
    const latest = await latestSucceeded(wait, logger, clock);
    const elapsed = clock.now() - started;
    if (latest.version?.includes(wait.shortSha)) {
      logger.info(`\u2713 ${what}: ${latest.version} (after ${formatDuration(elapsed)})`);
      return { version: latest.version, buildId: latest.id, waitedMs: elapsed };
    }
    const left = wait.timeoutMs - elapsed;
    if (left <= 0) {
      throw new StageError(
        `timed out after ${formatDuration(elapsed)} waiting for ${what}; the latest succeeded build is ${latest.version ?? "none"}`,
        `check the builds of ${wait.package} in Copr project ${wait.project}, then run move-stable again (it picks up where it stopped)`
      );
    }
    logger.info(
      `waiting for ${what}: latest succeeded is ${latest.version ?? "none"}; ${formatDuration(elapsed)} elapsed, ${formatDuration(left)} left, next look in ${formatDuration(Math.min(interval, left))}`
    );
    await clock.sleep(Math.min(interval, left));
    interval = Math.min(interval * 1.5, wait.intervalMs * 4);
  }
}

// src/stages/move-stable/transport.ts
var LeaseLostError = class extends Error {
  constructor(branch, expected, found) {
    super(
      `${branch} changed while we were working: we read ${expected ?? "(no branch)"} but it is now ${found ?? "(deleted)"}; not moved`
    );
    this.name = "LeaseLostError";
  }
};

// src/stages/move-stable/github-transport.ts
var ZERO = "0000000000000000000000000000000000000000";
var UPDATE_REFS = `mutation($repositoryId: ID!, $refUpdates: [RefUpdate!]!) {
  updateRefs(input: {repositoryId: $repositoryId, refUpdates: $refUpdates}) { clientMutationId }
}`;
var GitHubTransport = class {
  label;
  owner;
  repo;
  nodeId;
  /** From the repository's `permissions`, when the API tells (it does for an authenticated token). */
  canPush;
  client;
  branches;
  serverUrl;
  constructor(repo, branches, client, serverUrl) {
    const [owner, name] = repo.split("/");
    this.owner = owner;
    this.repo = name;
    this.label = repo;
    this.client = client;
    this.branches = branches;
    this.serverUrl = serverUrl;
  }
  explain(error, what) {
    if (isRequestError(error)) {
      if (error.status === 401) return new StageError(`${this.label}: ${what}: GitHub refused the token (401)`, "set GITHUB_TOKEN (input github-token) to a valid token");
      if (error.status === 403) return new StageError(`${this.label}: ${what}: forbidden (403): ${error.message}`, `give the token contents: write on ${this.label}`);
    }
    return new StageError(`${this.label}: ${what}: ${error instanceof Error ? error.message : String(error)}`);
  }
  async repository() {
    if (this.nodeId) return this.nodeId;
    try {
      const { data } = await this.client.rest.repos.get({ owner: this.owner, repo: this.repo });
      this.nodeId = data.node_id;
      this.canPush = data.permissions?.push;
      return data.node_id;
    } catch (error) {
      if (isRequestError(error) && error.status === 404) {
        throw new StageError(`${this.label}: repository not found on GitHub, or the token cannot see it (404)`, `check components[].repo "${this.label}" and that the token has access to it`);
      }
      throw this.explain(error, "reading the repository");
    }
  }
  async head(branch) {
    try {
      const { data } = await this.client.rest.git.getRef({ owner: this.owner, repo: this.repo, ref: `heads/${branch}` });
      return data.object.sha;
    } catch (error) {
      if (isRequestError(error) && error.status === 404) return null;
      throw this.explain(error, `reading branch ${branch}`);
    }
  }
  async read() {
    await this.repository();
    const [source, target] = await Promise.all([this.head(this.branches.source), this.head(this.branches.target)]);
    if (!source) throw new StageError(`${this.label}: branch "${this.branches.source}" does not exist`, "check branches.source in the configuration");
    return { source, target };
  }
  async resolveOnSource(rev, sourceHead) {
    let sha;
    try {
      sha = (await this.client.rest.repos.getCommit({ owner: this.owner, repo: this.repo, ref: rev, per_page: 1 })).data.sha;
    } catch (error) {
      if (isRequestError(error) && (error.status === 404 || error.status === 422)) {
        throw new StageError(`${this.label}: "${rev}" is not a commit of this repository`, `give a commit that is on ${this.branches.source}`);
      }
      throw this.explain(error, `resolving ${rev}`);
    }
    const relation = await this.relation(sha, sourceHead);
    if (relation.status !== "identical" && relation.status !== "ahead") {
      throw new StageError(`${this.label}: ${sha.slice(0, 7)} is not on ${this.branches.source}`, `--to takes a commit of ${this.branches.source}`);
    }
    return sha;
  }
  async relation(base, head) {
    if (base === head) return { status: "identical", aheadBy: 0, behindBy: 0 };
    try {
      const { data } = await this.client.rest.repos.compareCommitsWithBasehead({
        owner: this.owner,
        repo: this.repo,
        basehead: `${base}...${head}`,
        per_page: 20
      });
      const relation = { status: data.status, aheadBy: data.ahead_by, behindBy: data.behind_by };
      if (data.ahead_by > 0) relation.onlyInHead = data.commits.map((c) => `${c.sha.slice(0, 7)} ${c.commit.message.split("\n")[0]}`).reverse();
      if (data.behind_by > 0) {
        const back = await this.client.rest.repos.compareCommitsWithBasehead({
          owner: this.owner,
          repo: this.repo,
          basehead: `${head}...${base}`,
          per_page: 5
        });
        relation.onlyInBase = back.data.commits.slice(0, 5).map((c) => `${c.sha.slice(0, 7)} ${c.commit.message.split("\n")[0]}`);
      }
      return relation;
    } catch (error) {
      throw this.explain(error, `comparing ${base.slice(0, 7)}...${head.slice(0, 7)}`);
    }
  }
  async update(from, to, force) {
    const repositoryId = await this.repository();
    try {
      await this.client.graphql(UPDATE_REFS, {
        repositoryId,
        refUpdates: [{ name: `refs/heads/${this.branches.target}`, beforeOid: from ?? ZERO, afterOid: to, force }]
      });
    } catch (error) {
      const now = await this.head(this.branches.target);
      if (now === to) return;
      if (now !== from) throw new LeaseLostError(`${this.label} ${this.branches.target}`, from, now);
      throw this.explain(error, `moving ${this.branches.target} to ${to.slice(0, 7)}`);
    }
  }
  compareUrl(from, to) {
    return `${this.serverUrl}/${this.owner}/${this.repo}/compare/${from.slice(0, 12)}...${to.slice(0, 12)}`;
  }
  async close() {
  }
};

// src/stages/move-stable/git-transport.ts
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
var GitTransport = class {
  label;
  url;
  source;
  target;
  env;
  dir;
  constructor(url, branches, env) {
    this.url = url;
    this.label = redactUrl(url);
    this.source = branches.source;
    this.target = branches.target;
    this.env = env;
  }
  async run(args, what) {
    const result = await gitRead(args, await this.scratch(), this.env);
    if (result.code !== 0) {
      throw new StageError(`${this.label}: ${what} failed: ${redactUrl(result.stderr.trim() || result.stdout.trim())}`, "check the remote URL and that this machine may read and push it");
    }
    return result.stdout;
  }
  async scratch() {
    if (this.dir) return this.dir;
    const dir = await mkdtemp(path.join(os.tmpdir(), "service-guru-git-"));
    this.dir = dir;
    for (const args of [
      ["init", "--bare", "-q"],
      ["remote", "add", "origin", this.url],
      // Blobless: history is all we need to compare and push, and a big repository stays cheap.
      ["config", "remote.origin.promisor", "true"],
      ["config", "remote.origin.partialclonefilter", "blob:none"],
      ["config", "extensions.partialClone", "origin"]
    ]) {
      const result = await git(args, dir, this.env);
      if (result.code !== 0) throw new StageError(`git ${args[0]} failed in ${dir}: ${result.stderr.trim()}`);
    }
    return dir;
  }
  async lsRemote() {
    const out = await this.run(["ls-remote", "origin", `refs/heads/${this.source}`, `refs/heads/${this.target}`], "reading branches (git ls-remote)");
    const heads = /* @__PURE__ */ new Map();
    for (const line of out.split("\n")) {
      const [sha, ref] = line.split("	");
      if (sha && ref) heads.set(ref.replace(/^refs\/heads\//, ""), sha);
    }
    return heads;
  }
  async read() {
    const heads = await this.lsRemote();
    if (!heads.has(this.source)) {
      throw new StageError(`${this.label}: branch "${this.source}" does not exist`, "check branches.source in the configuration and the remote URL");
    }
    const specs = [...heads.keys()].map((b) => `+refs/heads/${b}:refs/remotes/origin/${b}`);
    await this.run(["fetch", "--quiet", "--no-tags", "origin", ...specs], "fetching history (git fetch)");
    const source = await this.revParse(`refs/remotes/origin/${this.source}`);
    const target = heads.has(this.target) ? await this.revParse(`refs/remotes/origin/${this.target}`) : null;
    return { source, target };
  }
  async revParse(rev) {
    const result = await git(["rev-parse", "--verify", "--quiet", `${rev}^{commit}`], await this.scratch(), this.env);
    return result.code === 0 ? result.stdout.trim() : null;
  }
  async resolveOnSource(rev, sourceHead) {
    const sha = await this.revParse(rev);
    if (!sha) throw new StageError(`${this.label}: "${rev}" is not a commit of ${this.source}`, `give a commit that is on ${this.source}`);
    const onSource = await git(["merge-base", "--is-ancestor", sha, sourceHead], await this.scratch(), this.env);
    if (onSource.code !== 0) {
      throw new StageError(`${this.label}: ${sha.slice(0, 7)} is not on ${this.source}`, `--to takes a commit of ${this.source}, e.g. from git log ${this.source}`);
    }
    return sha;
  }
  async relation(base, head) {
    if (base === head) return { status: "identical", aheadBy: 0, behindBy: 0 };
    const counts = await this.run(["rev-list", "--left-right", "--count", `${base}...${head}`], "comparing branches");
    const [behindBy, aheadBy] = counts.trim().split(/\s+/).map(Number);
    const status = behindBy === 0 ? "ahead" : aheadBy === 0 ? "behind" : "diverged";
    const list2 = async (range, n) => (await this.run(["log", "--format=%h %s", "-n", String(n), range], "listing commits")).trim().split("\n").filter(Boolean);
    const relation = { status, aheadBy, behindBy };
    if (aheadBy > 0) relation.onlyInHead = await list2(`${base}..${head}`, 20);
    if (behindBy > 0) relation.onlyInBase = await list2(`${head}..${base}`, 5);
    return relation;
  }
  async update(from, to, force) {
    const ref = `refs/heads/${this.target}`;
    const args = ["push", "--porcelain", `--force-with-lease=${ref}:${from ?? ""}`, "origin", `${to}:${ref}`];
    const result = await git(args, await this.scratch(), this.env);
    if (result.code === 0) return;
    const output = `${result.stdout}
${result.stderr}`;
    if (/stale info|fetch first|\(already exists\)/.test(output)) {
      const now = (await this.lsRemote()).get(this.target) ?? null;
      if (now === to) return;
      throw new LeaseLostError(`${this.label} ${this.target}`, from, now);
    }
    if (!force && /non-fast-forward/.test(output)) {
      throw new StageError(`${this.label}: ${this.target} cannot be fast-forwarded to ${to.slice(0, 7)}`);
    }
    throw new StageError(`${this.label}: push to ${this.target} was refused: ${redactUrl(output.trim())}`, "check push rights and branch protection of the remote");
  }
  compareUrl() {
    return void 0;
  }
  async close() {
    if (this.dir) await rm(this.dir, { recursive: true, force: true });
    this.dir = void 0;
  }
};

// src/stages/move-stable/options.ts
var moveStableOptionSpecs = [
  { name: "allow-unverified", type: "boolean", description: "Promote even when checks of the commit fail or are pending" },
  { name: "no-force", type: "boolean", description: "Never replace a diverged target branch; refuse instead" },
  { name: "to", type: "list", description: "component=sha: promote this commit of the source branch instead of its head (repeatable)" },
  { name: "only", type: "list", description: "Move only these components (comma-separated or repeated)" },
  { name: "copr-timeout", type: "string", description: "Longest wait for a Copr build", default: "60m" },
  { name: "copr-interval", type: "string", description: "First pause between Copr polls (grows up to 4x)", default: "30s" }
];
function parseMoveStableOptions(raw, config) {
  const names = new Set(config.components.map((c) => c.name));
  const known = (name, option) => {
    if (!names.has(name)) throw new UsageError(`--${option}: unknown component "${name}"${didYouMean(name, names)}`, `use one of: ${[...names].join(", ")}`);
    return name;
  };
  const to = /* @__PURE__ */ new Map();
  for (const item of list(raw, "to")) {
    const match = /^([^=]+)=([0-9a-fA-F]{4,40})$/.exec(item);
    if (!match) throw new UsageError(`--to: "${item}" is not component=sha`, "write e.g. --to packit=3b0fc3b");
    const name = known(match[1].trim(), "to");
    if (to.has(name)) throw new UsageError(`--to: ${name} is given twice`);
    to.set(name, match[2].toLowerCase());
  }
  return {
    allowUnverified: flag(raw, "allow-unverified"),
    noForce: flag(raw, "no-force"),
    to,
    only: list(raw, "only").map((n) => known(n, "only")),
    coprTimeoutMs: duration(raw, "copr-timeout", "60m"),
    coprIntervalMs: duration(raw, "copr-interval", "30s")
  };
}

// src/stages/move-stable/checks.ts
var FAILING = /* @__PURE__ */ new Set(["failure", "timed_out", "cancelled", "action_required", "startup_failure", "stale"]);
async function verifyChecks(client, repo, branch, sha, configured) {
  const [owner, name] = repo.split("/");
  let required = configured ?? [];
  let source = "configuration";
  if (!configured) {
    required = await protectedChecks(client, owner, name, branch);
    source = required.length ? "branch protection" : "all reported checks";
  }
  const states = /* @__PURE__ */ new Map();
  const runs = await client.paginate(client.rest.checks.listForRef, { owner, repo: name, ref: sha, per_page: 100, filter: "latest" });
  for (const run of runs) {
    const state = run.status !== "completed" ? "pending" : FAILING.has(run.conclusion ?? "") ? "failing" : "success";
    states.set(run.name, state);
  }
  const combined = await client.rest.repos.getCombinedStatusForRef({ owner, repo: name, ref: sha, per_page: 100 });
  for (const status of combined.data.statuses) {
    states.set(status.context, status.state === "success" ? "success" : status.state === "pending" ? "pending" : "failing");
  }
  const decisive = source === "all reported checks" ? [...states.keys()] : required;
  return {
    required: decisive,
    source,
    failing: decisive.filter((c) => states.get(c) === "failing"),
    // A required check that never reported is as good as pending: it has not passed.
    pending: decisive.filter((c) => states.get(c) === "pending" || !states.has(c))
  };
}
async function protectedChecks(client, owner, repo, branch) {
  const names = /* @__PURE__ */ new Set();
  try {
    const { data } = await client.rest.repos.getBranch({ owner, repo, branch });
    for (const context of data.protection?.required_status_checks?.contexts ?? []) names.add(context);
  } catch (error) {
    throw new StageError(`${owner}/${repo}: reading branch ${branch}: ${error instanceof Error ? error.message : String(error)}`);
  }
  try {
    const { data } = await client.rest.repos.getBranchRules({ owner, repo, branch, per_page: 100 });
    for (const rule of data) {
      if (rule.type === "required_status_checks") {
        for (const check of rule.parameters?.required_status_checks ?? []) names.add(check.context);
      }
    }
  } catch (error) {
    if (!isRequestError(error) || error.status !== 404) throw error;
  }
  return [...names];
}

// src/stages/move-stable/plan.ts
async function planMove(component, transport, plan) {
  const { branches, options, github, logger } = plan;
  const base = {
    name: component.name,
    repository: transport.label,
    component,
    transport,
    previous: null,
    current: null,
    to: null,
    action: "unchanged",
    commits: 0,
    status: "unchanged"
  };
  try {
    const heads = await transport.read();
    base.previous = heads.target;
    base.current = heads.target;
    const chosen = options.to.get(component.name);
    const to = chosen ? await transport.resolveOnSource(chosen, heads.source) : heads.source;
    base.to = to;
    const { source, target } = branches;
    const what = chosen ? `${to.slice(0, 7)} (--to) of ${source}` : `${source} (${to.slice(0, 7)})`;
    if (heads.target === null) {
      Object.assign(base, { action: "fast-forward", status: "would-move", current: to, reason: `creates ${target} at ${what}` });
    } else {
      const relation = await transport.relation(heads.target, to);
      base.commits = relation.aheadBy;
      if (relation.onlyInHead?.length) base.promoted = relation.onlyInHead;
      if (relation.status === "identical") {
        base.reason = `${target} is already at ${what}`;
        return base;
      }
      if (relation.status === "behind") {
        base.reason = `${target} is ${relation.behindBy} commit(s) ahead of ${what}; a branch is never moved backwards`;
        logger.warning(`${component.name}: ${base.reason}`);
        return base;
      }
      base.current = to;
      base.compareUrl = transport.compareUrl(heads.target, to);
      if (relation.status === "ahead") {
        Object.assign(base, { action: "fast-forward", status: "would-move" });
      } else {
        const dropped = relation.onlyInBase?.length ? `: ${relation.onlyInBase.join("; ")}` : "";
        const diverged = `history diverged: ${target} has ${relation.behindBy} commit(s) not on ${source} (cherry-picks?)${dropped}`;
        if (options.noForce) {
          return refuse(base, `${diverged}; not replaced because of --no-force`);
        }
        Object.assign(base, { action: "force", status: "would-move", reason: `${diverged}; replaced with ${what}, with a lease on ${heads.target.slice(0, 7)}` });
      }
    }
    if (transport instanceof GitHubTransport && transport.canPush === false && !plan.dryRun) {
      return refuse(base, `the token cannot push to ${transport.label}; give it contents: write there`);
    }
    if (component.transport.kind === "github" && github) {
      const verdict = await verifyChecks(github, component.transport.repo, source, to, component.checks);
      const problems = [
        ...verdict.failing.map((c) => `${c} failed`),
        ...verdict.pending.map((c) => `${c} has not passed yet`)
      ];
      if (problems.length && !options.allowUnverified) {
        return refuse(base, `checks of ${to.slice(0, 7)} (${verdict.source}): ${problems.join(", ")}; wait for them or pass --allow-unverified`);
      }
      if (problems.length) {
        logger.warning(`${component.name}: promoting despite checks (${problems.join(", ")}) because of --allow-unverified`);
        base.reason = [base.reason, `unverified: ${problems.join(", ")}`].filter(Boolean).join("; ");
      } else {
        logger.info(`${component.name}: ${verdict.required.length} check(s) of ${to.slice(0, 7)} passed (${verdict.source})`);
      }
    } else if (component.transport.kind === "git") {
      logger.info(`${component.name}: checks are not read for a plain git remote`);
    }
    return base;
  } catch (error) {
    return Object.assign(base, { status: "failed", action: "unchanged", current: base.previous, reason: errorMessage(error) });
  }
}
function refuse(move, reason) {
  return Object.assign(move, { status: "refused", action: "unchanged", current: move.previous, reason });
}
function publicMove(move) {
  const { component: _c, transport: _t, to: _to, ...rest } = move;
  return rest;
}

// src/stages/move-stable/index.ts
var moveStable = {
  name: "move-stable",
  description: "Move the target branch (stable) to the source branch (main) in every component, in dependency order",
  options: moveStableOptionSpecs,
  outputs: {
    components: "JSON list: per component name, repository, previous, current, action, commits, status, reason, compareUrl, promoted, imagesBefore",
    moved: "JSON list of the names of the components whose target branch moved"
  },
  parseOptions: parseMoveStableOptions,
  run: runMoveStable
};
function transportFor(component, config, github, env) {
  if (component.transport.kind === "git") return new GitTransport(component.transport.remote, config.branches, env);
  return new GitHubTransport(component.transport.repo, config.branches, github, config.github.serverUrl);
}
async function runMoveStable(ctx, options) {
  const { config, logger, dryRun } = ctx;
  const selected = moveOrder(config.components).filter((c) => !options.only.length || options.only.includes(c.name));
  const usesGitHub = selected.some((c) => c.transport.kind === "github");
  const token = ctx.env.GITHUB_TOKEN;
  if (usesGitHub && !token && !dryRun) {
    throw new UsageError("GITHUB_TOKEN is not set: components with repo are moved through the GitHub API", "set GITHUB_TOKEN (the action input github-token) to a token with contents: write");
  }
  const github = usesGitHub ? createGitHubClient({ apiUrl: config.github.apiUrl, token, logger }) : void 0;
  const moves = [];
  try {
    await logger.group(`Reading ${selected.length} component(s): ${config.branches.source} \u2192 ${config.branches.target}`, async () => {
      for (const component of selected) {
        const move = await planMove(component, transportFor(component, config, github, ctx.env), { branches: config.branches, options, github, logger, dryRun });
        logger.info(`${move.name} (${move.repository}): ${describe(move)}`);
        for (const line of move.promoted ?? []) logger.info(`    ${line}`);
        if (move.promoted && move.commits > move.promoted.length) logger.info(`    \u2026 and ${move.commits - move.promoted.length} more`);
        moves.push(move);
      }
    });
    const blocked = moves.filter((m) => m.status === "refused" || m.status === "failed");
    if (blocked.length) {
      for (const m of moves) if (m.status === "would-move") Object.assign(m, { status: "skipped", current: m.previous, reason: "not moved: another component was refused" });
      return finish(ctx, moves, {
        message: `nothing was moved: ${blocked.map((m) => `${m.name}: ${m.reason}`).join("; ")}`,
        hint: "fix what is named above and run move-stable again"
      });
    }
    if (!dryRun) await applyMoves(ctx, moves, options);
    else announceCoprWaits(ctx, moves);
    const failed = moves.filter((m) => m.status === "failed");
    return finish(ctx, moves, failed.length ? { message: failed.map((m) => `${m.name}: ${m.reason}`).join("; "), hint: "run move-stable again once the cause is fixed: components already moved stay as they are" } : void 0);
  } finally {
    await Promise.all(moves.map((m) => m.transport.close()));
  }
}
async function applyMoves(ctx, moves, options) {
  const { logger } = ctx;
  const byName = new Map(moves.map((m) => [m.name, m]));
  for (const [index, move] of moves.entries()) {
    if (move.status !== "would-move") continue;
    try {
      await logger.group(`${move.name}: ${move.action} ${ctx.config.branches.target} ${short(move.previous)} \u2192 ${short(move.to)}`, async () => {
        for (const { dep, copr } of coprDependencies(move, byName, "moved")) {
          const build = await waitForCoprBuild(
            { apiUrl: ctx.config.copr.apiUrl, project: copr.project, package: copr.package, shortSha: dep.to.slice(0, 7), timeoutMs: options.coprTimeoutMs, intervalMs: options.coprIntervalMs },
            logger,
            ctx.clock
          );
          dep.coprBuild = { package: copr.package, version: build.version };
        }
        if (move.component.images.length) move.imagesBefore = await digestsBefore(ctx, move.component);
        await move.transport.update(move.previous, move.to, move.action === "force");
        move.status = "moved";
        logger.info(`moved ${ctx.config.branches.target} of ${move.repository} to ${move.to} (${move.commits} commit(s))`);
      });
    } catch (error) {
      const reason = error instanceof LeaseLostError ? error.message : `not moved: ${errorMessage(error)}`;
      Object.assign(move, { status: "failed", current: move.previous, reason });
      logger.error(`${move.name}: ${reason}`);
      const after = dependents(moves.map((m) => m.component), move.name);
      for (const rest of moves.slice(index + 1)) {
        if (rest.status !== "would-move") continue;
        Object.assign(rest, { status: "skipped", current: rest.previous, reason: after.has(rest.name) ? `not moved: it comes after ${move.name}, which failed` : `not moved: stopped after ${move.name} failed` });
      }
      return;
    }
  }
}
async function digestsBefore(ctx, component) {
  const digests = {};
  for (const image of component.images) {
    try {
      const ref = parseImage(image.image);
      const info = await registryFor(ref.host, ctx.config, { logger: ctx.logger, clock: ctx.clock, policy: { attempts: 2 } }, ctx.env).inspect(ref);
      if (info) digests[image.image] = info.digest;
    } catch (error) {
      ctx.logger.warning(`${component.name}: could not read the digest of ${image.image} before the move (${errorMessage(error)}); wait-images will rely on the revision label or a unique tag`);
    }
  }
  return digests;
}
function coprDependencies(move, byName, status) {
  return move.component.after.flatMap((name) => {
    const dep = byName.get(name);
    const copr = dep?.component.copr;
    return dep && copr && dep.status === status && dep.to ? [{ dep, copr }] : [];
  });
}
function announceCoprWaits(ctx, moves) {
  const byName = new Map(moves.map((m) => [m.name, m]));
  for (const move of moves.filter((m) => m.status === "would-move")) {
    for (const { dep, copr } of coprDependencies(move, byName, "would-move")) {
      ctx.logger.info(`dry run: ${move.name} would wait for Copr ${copr.project} ${copr.package} to build ${dep.to.slice(0, 7)}`);
    }
  }
}
function short(sha) {
  return sha ? sha.slice(0, 7) : "(none)";
}
function describe(move) {
  if (move.status === "would-move") return `${move.action} ${short(move.previous)} \u2192 ${short(move.to)}, ${move.commits} commit(s)${move.reason ? `; ${move.reason}` : ""}`;
  return `${move.status}${move.reason ? `: ${move.reason}` : ""}`;
}
function finish(ctx, moves, error) {
  const components = moves.map(publicMove);
  const moved = components.filter((m) => m.status === "moved" || m.status === "would-move").map((m) => m.name);
  return {
    ok: !error,
    changed: components.some((m) => m.status === "moved"),
    result: { components, moved },
    tables: [summaryTable(ctx, components)],
    ...error ? { error } : {}
  };
}
function summaryTable(ctx, moves) {
  const { source, target } = ctx.config.branches;
  const label = {
    moved: "\u2705 moved",
    "would-move": "\u{1F50E} would move",
    unchanged: "\u2796 unchanged",
    refused: "\u26D4 refused",
    failed: "\u274C failed",
    skipped: "\u23ED\uFE0F skipped"
  };
  return {
    title: `${ctx.dryRun ? "Dry run: " : ""}move ${source} \u2192 ${target} (${ctx.config.deployment})`,
    headers: ["Component", "Outcome", "Action", `${target} before \u2192 after`, "Commits", "Note"],
    rows: moves.map((m) => [
      m.name,
      label[m.status],
      m.action,
      m.compareUrl ? { text: `${short(m.previous)} \u2192 ${short(m.current)}`, href: m.compareUrl } : `${short(m.previous)} \u2192 ${short(m.current)}`,
      String(m.commits),
      [m.reason, m.coprBuild ? `Copr ${m.coprBuild.package} ${m.coprBuild.version}` : ""].filter(Boolean).join("; ")
    ]),
    details: moves.filter((m) => m.promoted?.length && (m.status === "moved" || m.status === "would-move")).map((m) => ({
      summary: `${m.name}: ${m.commits} commit(s) ${m.status === "moved" ? "promoted" : "to promote"}`,
      lines: [...m.promoted, ...m.commits > m.promoted.length ? [`\u2026 and ${m.commits - m.promoted.length} more`] : []]
    }))
  };
}
export {
  moveStable,
  transportFor
};
