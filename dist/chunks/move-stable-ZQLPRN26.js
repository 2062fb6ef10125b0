import { createRequire as __sgRequire } from 'node:module'; const require = __sgRequire(import.meta.url);
import {
  registryFor
} from "./chunk-F7DUJFOZ.js";
import "./chunk-DPTBCVPP.js";
import {
  parseImage
} from "./chunk-25E5E3CG.js";
import {
  parseMoveStableOptions
} from "./chunk-TYW5OMUR.js";
import {
  RemoteBranches,
  githubRepository,
  pushRefusal
} from "./chunk-CSXN6OJF.js";
import "./chunk-BL4GC2Z2.js";
import {
  SharedScratch,
  createGit
} from "./chunk-7TWXJ2FT.js";
import "./chunk-7BJOMGXU.js";
import {
  fetchWithRetry,
  readJson
} from "./chunk-4GMMOAY2.js";
import {
  tlsProblem
} from "./chunk-LONG6DJQ.js";
import {
  dependents,
  moveOrder
} from "./chunk-D7IVV3UH.js";
import "./chunk-ZVXFKJMM.js";
import "./chunk-N6UHWS4B.js";
import "./chunk-ZFVJRRAQ.js";
import {
  formatDuration
} from "./chunk-4PSKXZ4E.js";
import "./chunk-6QRULY5K.js";
import {
  StageError,
  UsageError,
  errorMessage
} from "./chunk-HO53TWSA.js";
import "./chunk-EP666XB4.js";

// src/copr/client.ts
var CoprNotFoundError = class extends StageError {
  constructor(project, pkg, said) {
    super(
      `Copr has no package ${pkg} in project ${project}${said ? ` (${said})` : ""}`,
      'check copr.project ("owner/project") and copr.package of the component in the configuration'
    );
    this.name = "CoprNotFoundError";
  }
};
function createCoprClient(options) {
  const http = { logger: options.logger, clock: options.clock, service: "Copr", ...options.policy ? { policy: options.policy } : {} };
  return {
    async latestSucceeded(project, pkg) {
      const [owner, name] = project.split("/");
      const url = new URL(`${options.apiUrl}/api_3/package/`);
      url.search = new URLSearchParams({
        ownername: owner,
        projectname: name,
        packagename: pkg,
        with_latest_succeeded_build: "True"
      }).toString();
      const what = `GET ${url.origin}${url.pathname} (${project} ${pkg})`;
      const response = await fetchWithRetry(url.toString(), { headers: { accept: "application/json" } }, http);
      if (response.status === 404) {
        const body = await response.text();
        let said = "";
        try {
          const error = JSON.parse(body).error;
          if (typeof error === "string") said = error;
        } catch {
        }
        throw new CoprNotFoundError(project, pkg, said);
      }
      const data = await readJson(response, what, "Copr");
      const builds = typeof data === "object" && data !== null ? data.builds : void 0;
      if (typeof data !== "object" || data === null || builds !== void 0 && builds !== null && typeof builds !== "object") {
        throw new StageError(
          `Copr answered ${what} with something that is not a package (no "builds")`,
          "check copr.apiUrl in the configuration"
        );
      }
      const build = builds?.latest_succeeded;
      const version = build?.source_package?.version;
      return { version: typeof version === "string" ? version : null, id: typeof build?.id === "number" ? build.id : void 0 };
    }
  };
}

// src/stages/move-stable/copr.ts
var MAX_FAILED_LOOKS = 10;
function builtFrom(version, sha) {
  return !!version && version.includes(sha.slice(0, 7));
}
async function waitForCoprBuild(copr, wait, logger, clock) {
  const started = clock.now();
  let interval = wait.intervalMs;
  const short2 = wait.sha.slice(0, 7);
  const what = `Copr ${wait.project} ${wait.package} built from ${short2}`;
  let failedInARow = 0;
  for (let polls = 1; ; polls++) {
    let latest;
    try {
      latest = await copr.latestSucceeded(wait.project, wait.package);
      failedInARow = 0;
    } catch (error) {
      if (error instanceof CoprNotFoundError || tlsProblem(error)) throw error;
      failedInARow++;
      const said = `look ${polls} at ${what} failed (${failedInARow} in a row; the wait gives up after ${MAX_FAILED_LOOKS})`;
      if (failedInARow >= MAX_FAILED_LOOKS) {
        throw new StageError(
          `${said}: ${errorMessage(error)}`,
          `check that Copr (copr.apiUrl) is reachable, then run move-stable again: it checks the build again before moving`
        );
      }
      logger.warning(`${said}, not ready this round: ${errorMessage(error)}`);
    }
    const elapsed = clock.now() - started;
    if (latest && builtFrom(latest.version, wait.sha)) {
      logger.info(`\u2713 ${what}: ${latest.version}${polls > 1 ? ` (after ${formatDuration(elapsed)})` : ""}`);
      return { version: latest.version, buildId: latest.id, waitedMs: elapsed };
    }
    const left = wait.timeoutMs - elapsed;
    if (left <= 0) {
      throw new StageError(
        `timed out after ${formatDuration(elapsed)} waiting for ${what}; the latest succeeded build is ${latest ? latest.version ?? "none" : "unknown (Copr did not answer)"}`,
        `check the builds of ${wait.package} in Copr project ${wait.project}, then run move-stable again: it waits for that build again before moving what comes after`
      );
    }
    logger.info(
      `waiting for ${what}: latest succeeded is ${latest ? latest.version ?? "none" : "unknown"}; ${formatDuration(elapsed)} elapsed, ${formatDuration(left)} left, next look in ${formatDuration(Math.min(interval, left))}`
    );
    await clock.sleep(Math.min(interval, left));
    interval = Math.min(interval * 1.5, wait.intervalMs * 4);
  }
}

// src/stages/move-stable/plan.ts
async function planMove(component, transport, plan) {
  const { branches, options, logger } = plan;
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
        if (options.noForce) return refuse(base, `${diverged}; not replaced because of --no-force`);
        Object.assign(base, {
          action: "force",
          status: "would-move",
          reason: `${diverged}; replaced with ${what}, with a lease on ${heads.target.slice(0, 7)}`
        });
      }
    }
    if (!plan.dryRun) {
      const denied = await transport.probePush(heads.target, to);
      if (denied) return refuse(base, denied);
    }
    const verdict = await transport.checks(to, component.checks);
    if (!verdict) {
      logger.info(`${component.name}: checks are not read for a plain git remote`);
      return base;
    }
    const problems = verdict.noneReported ? [`no check reported on ${to.slice(0, 7)} (none required by the configuration or branch protection)`] : [...verdict.failing.map((c) => `${c} failed`), ...verdict.pending.map((c) => `${c} has not passed yet`)];
    if (problems.length && !options.allowUnverified) {
      const fix = verdict.noneReported ? "wait for CI to report, set checks: [] on the component to promote without checks, or pass --allow-unverified" : "wait for them or pass --allow-unverified";
      return refuse(base, `checks of ${to.slice(0, 7)} (${verdict.source}): ${problems.join(", ")}; ${fix}`);
    }
    if (problems.length) {
      logger.warning(`${component.name}: promoting despite checks (${problems.join(", ")}) because of --allow-unverified`);
      base.reason = [base.reason, `unverified: ${problems.join(", ")}`].filter(Boolean).join("; ");
    } else if (!verdict.required.length) {
      logger.info(`${component.name}: no checks required (checks: [] in the configuration)`);
    } else {
      logger.info(`${component.name}: ${verdict.required.length} check(s) of ${to.slice(0, 7)} passed (${verdict.source})`);
    }
    return base;
  } catch (error) {
    if (error instanceof UsageError) throw error;
    return Object.assign(base, { status: "failed", action: "unchanged", current: base.previous, reason: errorMessage(error) });
  }
}
function refuse(move, reason) {
  return Object.assign(move, { status: "refused", action: "unchanged", current: move.previous, reason });
}
function publicMove(move) {
  const { component: _c, transport: _t, to: _to, leaseLost: _l, ...rest } = move;
  return rest;
}

// src/stages/move-stable/copr-gate.ts
var CoprGate = class {
  byName;
  components;
  outside = /* @__PURE__ */ new Map();
  /** What Copr said while planning, by "project/package". */
  seen = /* @__PURE__ */ new Map();
  ctx;
  moves;
  copr;
  transportFor;
  constructor(ctx, moves, copr, transportFor) {
    this.ctx = ctx;
    this.moves = moves;
    this.copr = copr;
    this.transportFor = transportFor;
    this.byName = new Map(moves.map((m) => [m.name, m]));
    this.components = new Map(ctx.config.components.map((c) => [c.name, c]));
  }
  /** The dependencies of a component that have a Copr package. */
  dependencies(move) {
    return move.component.after.flatMap((name) => {
      const copr = this.components.get(name)?.copr;
      return copr ? [{ name, copr }] : [];
    });
  }
  /** Whether a move has Copr builds to wait for. */
  needsWait(move) {
    return this.dependencies(move).length > 0;
  }
  /** The head of a dependency's target branch as things stand (after this run's move, if it made one). */
  async headOf(name) {
    const move = this.byName.get(name);
    if (move) return move.status === "moved" || move.status === "would-move" ? move.to : move.previous;
    let head = this.outside.get(name);
    if (!head) {
      const transport = this.transportFor(this.components.get(name));
      head = transport.targetHead().finally(() => transport.close());
      this.outside.set(name, head);
    }
    return head;
  }
  /**
   * While planning: every Copr package this run depends on or feeds must exist (a typo is found
   * before anything moves). A component whose own or whose dependency's package cannot be read is
   * refused.
   */
  async check() {
    const moving = this.moves.filter((m) => m.status === "would-move");
    const wanted = /* @__PURE__ */ new Map();
    const want = (copr, blame) => {
      const key = `${copr.project}/${copr.package}`;
      const entry = wanted.get(key) ?? { copr, blame: [] };
      if (!entry.blame.includes(blame)) entry.blame.push(blame);
      wanted.set(key, entry);
    };
    for (const move of moving) {
      if (move.component.copr) want(move.component.copr, move);
      for (const dep of this.dependencies(move)) want(dep.copr, move);
    }
    await Promise.all(
      [...wanted].map(async ([key, { copr, blame }]) => {
        try {
          this.seen.set(key, await this.copr().latestSucceeded(copr.project, copr.package));
        } catch (error) {
          for (const move of blame) refuse(move, `Copr ${copr.project} ${copr.package}: ${errorMessage(error)}`);
        }
      })
    );
  }
  /** Dry run: what each move would wait for, from what Copr said while planning. */
  async announce() {
    for (const move of this.moves.filter((m) => m.status === "would-move")) {
      for (const dep of this.dependencies(move)) {
        const head = await this.headOf(dep.name);
        if (!head) continue;
        const latest = this.seen.get(`${dep.copr.project}/${dep.copr.package}`);
        const state = builtFrom(latest?.version ?? null, head) ? `Copr already has it (${latest.version})` : `latest succeeded is ${latest?.version ?? "none"}`;
        this.ctx.logger.info(
          `dry run: ${move.name} would wait for Copr ${dep.copr.project} ${dep.copr.package} to build ${head.slice(0, 7)}; ${state}`
        );
      }
    }
  }
  /** Before a move: waits for the build of every dependency's current stable head. */
  async pass(move, options) {
    for (const dep of this.dependencies(move)) {
      const head = await this.headOf(dep.name);
      if (!head) {
        this.ctx.logger.warning(
          `${move.name}: ${dep.name} has no ${this.ctx.config.branches.target} branch; there is no Copr build to wait for`
        );
        continue;
      }
      const build = await waitForCoprBuild(
        this.copr(),
        {
          project: dep.copr.project,
          package: dep.copr.package,
          sha: head,
          timeoutMs: options.coprTimeoutMs,
          intervalMs: options.coprIntervalMs
        },
        this.ctx.logger,
        this.ctx.clock
      );
      const owner = this.byName.get(dep.name);
      if (owner) owner.coprBuild = { package: dep.copr.package, version: build.version };
    }
  }
};

// src/stages/move-stable/checks.ts
async function verifyChecks(repo, branch, sha, configured) {
  let required = configured ?? [];
  let source = "configuration";
  if (!configured) {
    required = await repo.requiredChecks(branch);
    source = required.length ? "branch protection" : "all reported checks";
  }
  if (configured && !configured.length) return { required: [], source, failing: [], pending: [], noneReported: false };
  const states = await repo.checkStates(sha);
  const decisive = source === "all reported checks" ? [...states.keys()] : required;
  return {
    required: decisive,
    source,
    failing: decisive.filter((c) => states.get(c) === "failing"),
    // A required check that never reported is as good as pending: it has not passed.
    pending: decisive.filter((c) => states.get(c) === "pending" || !states.has(c)),
    noneReported: source === "all reported checks" && states.size === 0
  };
}

// src/stages/move-stable/transport.ts
var LeaseLostError = class extends Error {
  found;
  constructor(branch, expected, found) {
    super(`${branch} changed while we were working: we read ${expected ?? "(no branch)"} but it is now ${found ?? "(deleted)"}; not moved`);
    this.name = "LeaseLostError";
    this.found = found;
  }
};
async function readAgain(head, branch, updateError) {
  try {
    return await head;
  } catch (error) {
    const first = typeof updateError === "string" ? updateError.trim().split("\n").slice(-1)[0] : errorMessage(updateError);
    throw new StageError(
      `${branch}: the update failed (${first}) and reading the branch again failed too (${errorMessage(error)}); it may or may not have moved`,
      "look with move-stable --dry-run once the service answers again: a re-run moves it only if it has not moved"
    );
  }
}

// src/stages/move-stable/github-transport.ts
var GitHubTransport = class {
  label;
  repo;
  branches;
  serverUrl;
  info;
  constructor(repo, branches, serverUrl) {
    this.repo = repo;
    this.label = repo.fullName;
    this.branches = branches;
    this.serverUrl = serverUrl;
  }
  async repository() {
    if (this.info) return this.info;
    const info = await this.repo.info();
    if (!info) {
      throw new StageError(
        `${this.label}: repository not found on GitHub, or the token cannot see it (404)`,
        `check components[].repo "${this.label}"; a private repository answers 404 without a token that may read it (GITHUB_TOKEN)`
      );
    }
    this.info = info;
    return info;
  }
  async read() {
    await this.repository();
    const [source, target] = await Promise.all([this.repo.branchHead(this.branches.source), this.repo.branchHead(this.branches.target)]);
    if (!source)
      throw new StageError(`${this.label}: branch "${this.branches.source}" does not exist`, "check branches.source in the configuration");
    return { source, target };
  }
  async resolveOnSource(rev, sourceHead) {
    const sha = await this.repo.commitSha(rev);
    if (!sha)
      throw new UsageError(
        `--to: ${this.label}: "${rev}" is not a commit of this repository`,
        `give a commit that is on ${this.branches.source}`
      );
    const relation = await this.repo.compare(sha, sourceHead, 0);
    if (relation.status !== "identical" && relation.status !== "ahead") {
      throw new UsageError(
        `--to: ${this.label}: ${sha.slice(0, 7)} is not on ${this.branches.source}`,
        `--to takes a commit of ${this.branches.source}`
      );
    }
    return sha;
  }
  async relation(base, head) {
    if (base === head) return { status: "identical", aheadBy: 0, behindBy: 0 };
    const line = (c) => `${c.sha.slice(0, 7)} ${c.subject}`;
    const forward = await this.repo.compare(base, head, 20);
    const relation = { status: forward.status, aheadBy: forward.aheadBy, behindBy: forward.behindBy };
    if (forward.aheadBy > 0) relation.onlyInHead = forward.newest.map(line);
    if (forward.behindBy > 0) relation.onlyInBase = (await this.repo.compare(head, base, 5)).newest.map(line);
    return relation;
  }
  async probePush() {
    const { canPush } = await this.repository();
    return canPush === false ? `the token cannot push to ${this.label}; give it contents: write there` : void 0;
  }
  checks(sha, configured) {
    return verifyChecks(this.repo, this.branches.source, sha, configured);
  }
  async update(from, to, force) {
    const { nodeId } = await this.repository();
    try {
      await this.repo.updateRef(nodeId, `refs/heads/${this.branches.target}`, from, to, force);
    } catch (error) {
      const now = await readAgain(this.targetHead(), `${this.label} ${this.branches.target}`, error);
      if (now === to) return;
      if (now !== from) throw new LeaseLostError(`${this.label} ${this.branches.target}`, from, now);
      throw error;
    }
  }
  targetHead() {
    return this.repo.branchHead(this.branches.target);
  }
  compareUrl(from, to) {
    return `${this.serverUrl}/${this.label}/compare/${from.slice(0, 12)}...${to.slice(0, 12)}`;
  }
  async close() {
  }
};

// src/stages/move-stable/git-transport.ts
var GitTransport = class {
  label;
  remote;
  source;
  target;
  constructor(url, branches, git, scratch, id) {
    this.remote = new RemoteBranches(url, git, scratch, id);
    this.label = this.remote.label;
    this.source = branches.source;
    this.target = branches.target;
  }
  async read() {
    const heads = await this.remote.heads([this.source, this.target]);
    const source = heads.get(this.source);
    if (!source)
      throw new StageError(
        `${this.label}: branch "${this.source}" does not exist`,
        `check branches.source in the configuration and the remote ${this.remote.local ? "path" : "URL"}`
      );
    return { source, target: heads.get(this.target) ?? null };
  }
  async resolveOnSource(rev, sourceHead) {
    const sha = await this.remote.commit(rev);
    if (!sha)
      throw new UsageError(
        `--to: ${this.label}: "${rev}" is not on ${this.source} (no such commit in its history)`,
        `give a commit that is on ${this.source}, e.g. from git log ${this.source}`
      );
    if (!await this.remote.isAncestor(sha, sourceHead))
      throw new UsageError(
        `--to: ${this.label}: ${sha.slice(0, 7)} is not on ${this.source}`,
        `--to takes a commit of ${this.source}, e.g. from git log ${this.source}`
      );
    return sha;
  }
  async relation(base, head) {
    if (base === head) return { status: "identical", aheadBy: 0, behindBy: 0 };
    const { onlyInBase, onlyInHead } = await this.remote.sides(base, head);
    const behindBy = onlyInBase.length;
    const aheadBy = onlyInHead.length;
    const relation = { status: behindBy === 0 ? "ahead" : aheadBy === 0 ? "behind" : "diverged", aheadBy, behindBy };
    if (aheadBy) relation.onlyInHead = onlyInHead.slice(0, 20);
    if (behindBy) relation.onlyInBase = onlyInBase.slice(0, 5);
    return relation;
  }
  async probePush(from, to) {
    const problem = await this.remote.pushProblem(this.target, from, to);
    if (!problem) return void 0;
    return `cannot push to ${this.label}: ${problem}; give this machine push rights on ${this.target} there`;
  }
  checks() {
    return Promise.resolve(null);
  }
  async update(from, to, force) {
    let output;
    try {
      const pushed = await this.remote.push(this.target, from, to);
      if (pushed.ok) return;
      output = pushed.output;
    } catch (error) {
      output = errorMessage(error);
    }
    const now = await readAgain(this.targetHead(), `${this.label} ${this.target}`, output);
    if (now === to) return;
    if (now !== from) throw new LeaseLostError(`${this.label} ${this.target}`, from, now);
    if (!force && /non-fast-forward/.test(output))
      throw new StageError(`${this.label}: ${this.target} cannot be fast-forwarded to ${to.slice(0, 7)}`);
    throw new StageError(
      `${this.label}: push to ${this.target} was refused: ${pushRefusal(output)}`,
      "check push rights and branch protection of the remote"
    );
  }
  targetHead() {
    return this.remote.head(this.target);
  }
  compareUrl() {
    return void 0;
  }
  async close() {
  }
};

// src/stages/move-stable/report.ts
function short(sha) {
  return sha ? sha.slice(0, 7) : "(none)";
}
function describe(move) {
  if (move.status === "would-move")
    return `${move.action} ${short(move.previous)} \u2192 ${short(move.to)}, ${move.commits} commit(s)${move.reason ? `; ${move.reason}` : ""}`;
  if (move.status === "refused" || move.status === "failed") return `${move.status} (the reason follows at the end)`;
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
var LABEL = {
  moved: "\u2705 moved",
  "would-move": "\u{1F50E} would move",
  unchanged: "\u2796 unchanged",
  refused: "\u26D4 refused",
  failed: "\u274C failed",
  skipped: "\u23ED\uFE0F skipped"
};
function summaryTable(ctx, moves) {
  const { source, target } = ctx.config.branches;
  return {
    title: `${ctx.dryRun ? "Dry run: " : ""}move ${source} \u2192 ${target} (${ctx.config.deployment})`,
    headers: ["Component", "Outcome", "Action", `${target} before \u2192 after`, "Commits", "Note"],
    // Commit subjects and reasons are other people's text: shown as written, never as Markdown or HTML.
    literal: true,
    rows: moves.map((m) => [
      m.name,
      LABEL[m.status],
      m.action,
      m.compareUrl ? { text: `${short(m.previous)} \u2192 ${short(m.current)}`, href: m.compareUrl } : `${short(m.previous)} \u2192 ${short(m.current)}`,
      String(m.commits),
      [m.reason, m.coprBuild ? `Copr ${m.coprBuild.package} ${m.coprBuild.version}` : ""].filter(Boolean).join("; ")
    ]),
    details: moves.filter((m) => m.promoted?.length && (m.status === "moved" || m.status === "would-move")).map((m) => ({
      summary: `${m.name}: ${m.commits} commit(s) ${m.status === "moved" ? "promoted" : "to promote"}${m.commits > m.promoted.length ? ` (the newest ${m.promoted.length})` : ""}`,
      lines: [...m.promoted, ...m.commits > m.promoted.length ? [`\u2026 and ${m.commits - m.promoted.length} older`] : []]
    }))
  };
}

// src/core/buffered-logger.ts
var BufferedLogger = class {
  lines = [];
  info(message) {
    this.lines.push((to) => to.info(message));
  }
  warning(message, title) {
    this.lines.push((to) => to.warning(message, title));
  }
  error(message, title) {
    this.lines.push((to) => to.error(message, title));
  }
  debug(message) {
    this.lines.push((to) => to.debug(message));
  }
  group(_name, fn) {
    return fn();
  }
  replay(to) {
    for (const line of this.lines) line(to);
  }
};

// src/stages/move-stable/apply.ts
var MOVE_CONCURRENCY = 4;
async function applyMoves(ctx, moves, options, gate) {
  const pending = moves.filter((m) => m.status === "would-move");
  for (const wave of waves(pending)) {
    const ready = [];
    for (const move of wave) {
      if (!gate.needsWait(move)) {
        ready.push(move);
        continue;
      }
      try {
        await ctx.logger.group(`${move.name}: Copr builds of what it comes after`, () => gate.pass(move, options));
        ready.push(move);
      } catch (error) {
        fail(ctx, moves, move, error);
        return;
      }
    }
    const buffers = ready.map(() => new BufferedLogger());
    const failures = [];
    let cursor = 0;
    const worker = async () => {
      for (let i = cursor++; i < ready.length; i = cursor++) {
        try {
          await moveOne(ctx, ready[i], buffers[i]);
        } catch (error) {
          failures.push({ move: ready[i], error });
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(MOVE_CONCURRENCY, ready.length) }, worker));
    for (const [i, move] of ready.entries()) {
      await ctx.logger.group(
        `${move.name}: ${move.action} ${ctx.config.branches.target} ${short(move.previous)} \u2192 ${short(move.to)}`,
        () => Promise.resolve(buffers[i].replay(ctx.logger))
      );
    }
    if (failures.length) {
      for (const { move, error } of failures) fail(ctx, moves, move, error);
      return;
    }
  }
}
async function moveOne(ctx, move, log) {
  if (move.component.images.length) move.imagesBefore = await digestsBefore(ctx, move.component, log);
  await move.transport.update(move.previous, move.to, move.action === "force");
  move.status = "moved";
  log.info(`moved ${ctx.config.branches.target} of ${move.repository} to ${move.to} (${move.commits} commit(s))`);
}
function waves(pending) {
  const level = /* @__PURE__ */ new Map();
  for (const move of pending) {
    const deps = move.component.after.map((name) => level.get(name)).filter((l) => l !== void 0);
    level.set(move.name, deps.length ? Math.max(...deps) + 1 : 0);
  }
  const out = [];
  for (const move of pending) (out[level.get(move.name)] ??= []).push(move);
  return out.filter(Boolean);
}
function fail(ctx, moves, move, error) {
  const reason = error instanceof LeaseLostError ? error.message : `not moved: ${errorMessage(error)}`;
  Object.assign(move, { status: "failed", current: move.previous, reason, leaseLost: error instanceof LeaseLostError });
  for (const rest of moves) if (rest.status === "would-move") skip(moves, rest, move);
  ctx.logger.debug(`${move.name}: failed; moves not started yet are skipped`);
}
function skip(moves, rest, failed) {
  const after = dependents(
    moves.map((m) => m.component),
    failed.name
  );
  Object.assign(rest, {
    status: "skipped",
    current: rest.previous,
    reason: after.has(rest.name) ? `not moved: it comes after ${failed.name}, which failed` : `not moved: stopped after ${failed.name} failed`
  });
}
async function digestsBefore(ctx, component, log) {
  const digests = {};
  for (const image of component.images) {
    try {
      const ref = parseImage(image.image);
      const info = await registryFor(
        ref.host,
        ctx.config,
        { logger: ctx.logger, clock: ctx.clock, policy: { attempts: 2 } },
        ctx.env,
        (v) => ctx.secrets.add(v)
      ).inspect(ref);
      if (info) digests[image.image] = info.digest;
    } catch (error) {
      log.warning(
        `${component.name}: could not read the digest of ${image.image} before the move (${errorMessage(error)}); wait-images will rely on the revision label or a unique tag`
      );
    }
  }
  return digests;
}

// src/stages/move-stable/index.ts
var moveStable = {
  parseOptions: parseMoveStableOptions,
  run: runMoveStable
};
var READ_CONCURRENCY = 4;
async function runMoveStable(ctx, options) {
  const { config, logger, dryRun } = ctx;
  const selected = moveOrder(config.components).filter((c) => !options.only.length || options.only.includes(c.name));
  const token = ctx.env.GITHUB_TOKEN;
  if (selected.some((c) => c.transport.kind === "github") && !token && !dryRun) {
    throw new UsageError(
      "GITHUB_TOKEN is not set: components with repo are moved through the GitHub API",
      "set GITHUB_TOKEN (the action input github-token) to a token with contents: write"
    );
  }
  const byName = new Map(config.components.map((c) => [c.name, c]));
  const viaApi = (c) => c?.transport.kind === "github";
  const needsGitHub = selected.some((c) => viaApi(c) || c.after.some((name) => !!byName.get(name)?.copr && viaApi(byName.get(name))));
  const createGitHubClient = needsGitHub ? (await import("./client-CKF6ER33.js")).createGitHubClient : void 0;
  let github;
  const git = createGit({ env: ctx.env, logger, clock: ctx.clock });
  const scratch = new SharedScratch(git, ctx.env);
  let next = 0;
  const transportFor = (component) => {
    if (component.transport.kind === "git") return new GitTransport(component.transport.remote, config.branches, git, scratch, next++);
    if (!createGitHubClient) throw new Error(`${component.name}: the GitHub client was not loaded`);
    github ??= createGitHubClient({ apiUrl: config.github.apiUrl, token, logger, clock: ctx.clock });
    return new GitHubTransport(githubRepository(github, component.transport.repo), config.branches, config.github.serverUrl);
  };
  let copr;
  const coprClient = () => copr ??= createCoprClient({ apiUrl: config.copr.apiUrl, logger, clock: ctx.clock });
  const transports = selected.map(transportFor);
  try {
    const moves = await logger.group(
      `Reading ${selected.length} component(s): ${config.branches.source} \u2192 ${config.branches.target}`,
      () => planAll(selected, transports, ctx, options)
    );
    const gate = new CoprGate(ctx, moves, coprClient, transportFor);
    await gate.check();
    const blocked = moves.filter((m) => m.status === "refused" || m.status === "failed");
    if (blocked.length) {
      for (const m of moves)
        if (m.status === "would-move")
          Object.assign(m, { status: "skipped", current: m.previous, reason: "not moved: another component was refused" });
      return finish(ctx, moves, {
        message: `nothing was moved: ${blocked.map((m) => `${m.name}: ${m.reason}`).join("; ")}`,
        hint: "fix what is named above and run move-stable again"
      });
    }
    if (dryRun) await gate.announce();
    else await applyMoves(ctx, moves, options, gate);
    const failed = moves.filter((m) => m.status === "failed");
    return finish(
      ctx,
      moves,
      failed.length ? { message: failed.map((m) => `${m.name}: ${m.reason}`).join("; "), hint: failureHint(ctx, failed) } : void 0
    );
  } finally {
    await Promise.all([...transports.map((t) => t.close()), scratch.close()]);
  }
}
async function planAll(selected, transports, ctx, options) {
  const buffers = selected.map(() => new BufferedLogger());
  const moves = [];
  let cursor = 0;
  const worker = async () => {
    for (let i = cursor++; i < selected.length; i = cursor++) {
      moves[i] = await planMove(selected[i], transports[i], {
        branches: ctx.config.branches,
        options,
        logger: buffers[i],
        dryRun: ctx.dryRun
      });
    }
  };
  await Promise.all(Array.from({ length: Math.min(READ_CONCURRENCY, selected.length) }, worker));
  for (const [i, move] of moves.entries()) {
    buffers[i].replay(ctx.logger);
    ctx.logger.info(`${move.name} (${move.repository}): ${describe(move)}`);
    if (move.status === "would-move" || move.status === "unchanged") {
      for (const line of move.promoted ?? []) ctx.logger.info(`    ${line}`);
      if (move.promoted && move.commits > move.promoted.length) ctx.logger.info(`    \u2026 and ${move.commits - move.promoted.length} more`);
    }
  }
  return moves;
}
function failureHint(ctx, failed) {
  const { source, target } = ctx.config.branches;
  const lost = failed.filter((m) => m.leaseLost).map((m) => m.name);
  if (!lost.length) return "run move-stable again once the cause is fixed: components already moved stay as they are";
  return `${target} of ${lost.join(", ")} was changed by someone else while we worked. A plain re-run would REPLACE those commits with ${source} (a diverged ${target} is force-moved): run move-stable --no-force to keep them (it refuses instead), or look with --dry-run and make a new plan (e.g. merge the change into ${source} first)`;
}
export {
  moveStable
};
