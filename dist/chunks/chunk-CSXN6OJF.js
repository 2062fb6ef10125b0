import { createRequire as __sgRequire } from 'node:module'; const require = __sgRequire(import.meta.url);
import {
  branchHead
} from "./chunk-BL4GC2Z2.js";
import {
  gitRemote,
  remoteHead
} from "./chunk-7TWXJ2FT.js";
import {
  GitHubError,
  gitHubError,
  isNotFound,
  unexpectedAnswer
} from "./chunk-7BJOMGXU.js";
import {
  StageError
} from "./chunk-HO53TWSA.js";

// src/github/repository.ts
var ZERO = "0000000000000000000000000000000000000000";
var UPDATE_REFS = `mutation($repositoryId: ID!, $refUpdates: [RefUpdate!]!) {
  updateRefs(input: {repositoryId: $repositoryId, refUpdates: $refUpdates}) { clientMutationId }
}`;
var FAILING = /* @__PURE__ */ new Set(["failure", "timed_out", "cancelled", "action_required", "startup_failure", "stale"]);
function unexpected(what, field) {
  return unexpectedAnswer(what, `without ${field}`);
}
function isSha(value) {
  return typeof value === "string" && /^[0-9a-f]{40}$/.test(value);
}
function githubRepository(client, fullName) {
  const [owner, repo] = fullName.split("/");
  const base = `/repos/${fullName}`;
  const call = async (what, fn, notFound) => {
    try {
      return await fn();
    } catch (error) {
      if (notFound && isNotFound(error)) return notFound();
      throw gitHubError(error, what);
    }
  };
  const comparePage = async (basehead, perPage, page) => {
    const what = `GET ${base}/compare/${basehead}`;
    const { data } = await call(
      what,
      () => client.rest.repos.compareCommitsWithBasehead({ owner, repo, basehead, per_page: perPage, page })
    );
    if (typeof data?.ahead_by !== "number" || !Array.isArray(data.commits)) throw unexpected(what, "ahead_by and commits");
    return data;
  };
  return {
    fullName,
    info: () => call(
      `GET ${base}`,
      async () => {
        const { data } = await client.rest.repos.get({ owner, repo });
        if (typeof data?.node_id !== "string") throw unexpected(`GET ${base}`, "node_id");
        return { nodeId: data.node_id, canPush: data.permissions?.push };
      },
      () => null
    ),
    branchHead: (branch) => branchHead(client, fullName, branch),
    commitSha: (ref) => call(
      `GET ${base}/commits/${ref}`,
      async () => {
        try {
          const { data } = await client.rest.repos.getCommit({ owner, repo, ref, per_page: 1 });
          if (!isSha(data?.sha)) throw unexpected(`GET ${base}/commits/${ref}`, "sha");
          return data.sha;
        } catch (error) {
          if (error instanceof GitHubError && error.status === 422) return null;
          throw error;
        }
      },
      () => null
    ),
    async compare(from, to, newest) {
      const basehead = `${from}...${to}`;
      const perPage = Math.max(1, newest);
      const first = await comparePage(basehead, perPage, 1);
      const total = typeof first.total_commits === "number" ? first.total_commits : first.ahead_by;
      let commits = first.commits;
      if (newest > 0 && total > commits.length) {
        const last = Math.ceil(total / perPage);
        const lastPage = (await comparePage(basehead, perPage, last)).commits;
        const before = lastPage.length < newest && last > 1 ? (await comparePage(basehead, perPage, last - 1)).commits : [];
        commits = [...before, ...lastPage];
      }
      return {
        status: first.status,
        aheadBy: first.ahead_by,
        behindBy: first.behind_by,
        newest: (newest > 0 ? commits.slice(-newest) : []).reverse().map((c) => ({ sha: c.sha, subject: (c.commit?.message ?? "").split("\n")[0] ?? "" }))
      };
    },
    updateRef: (nodeId, ref, before, after, force) => call(`POST /graphql (updateRefs ${ref} of ${fullName})`, async () => {
      await client.graphql(UPDATE_REFS, {
        repositoryId: nodeId,
        refUpdates: [{ name: ref, beforeOid: before ?? ZERO, afterOid: after, force }]
      });
    }),
    async checkStates(sha) {
      const states = /* @__PURE__ */ new Map();
      const runs = await call(
        `GET ${base}/commits/${sha}/check-runs`,
        () => client.paginate(client.rest.checks.listForRef, { owner, repo, ref: sha, per_page: 100, filter: "latest" })
      );
      for (const run of runs) {
        states.set(run.name, run.status !== "completed" ? "pending" : FAILING.has(run.conclusion ?? "") ? "failing" : "success");
      }
      const statuses = await call(`GET ${base}/commits/${sha}/status`, async () => {
        const { data } = await client.rest.repos.getCombinedStatusForRef({ owner, repo, ref: sha, per_page: 100 });
        if (!Array.isArray(data?.statuses)) throw unexpected(`GET ${base}/commits/${sha}/status`, "statuses");
        return data.statuses;
      });
      for (const status of statuses) {
        states.set(status.context, status.state === "success" ? "success" : status.state === "pending" ? "pending" : "failing");
      }
      return states;
    },
    async requiredChecks(branch) {
      const names = /* @__PURE__ */ new Set();
      const protection = await call(
        `GET ${base}/branches/${branch}`,
        async () => (await client.rest.repos.getBranch({ owner, repo, branch })).data.protection
      );
      for (const context of protection?.required_status_checks?.contexts ?? []) names.add(context);
      const rules = await call(
        `GET ${base}/rules/branches/${branch}`,
        async () => (await client.rest.repos.getBranchRules({ owner, repo, branch, per_page: 100 })).data,
        () => []
      );
      for (const rule of rules) {
        if (rule.type === "required_status_checks") {
          for (const check of rule.parameters?.required_status_checks ?? []) names.add(check.context);
        }
      }
      return [...names];
    }
  };
}

// src/git/remote-branches.ts
import { constants, existsSync } from "node:fs";
import { access, readFile } from "node:fs/promises";
import path from "node:path";
var RECEIVE_HOOKS = ["pre-receive", "update", "proc-receive", "post-receive", "post-update", "reference-transaction", "push-to-checkout"];
var userSettings = /* @__PURE__ */ new WeakMap();
var NO_REF = "";
var RemoteBranches = class {
  label;
  raw;
  remote;
  git;
  scratch;
  ns;
  constructor(url, git, scratch, id) {
    this.raw = url;
    this.remote = gitRemote(url);
    this.label = this.remote.label;
    this.git = git;
    this.scratch = scratch;
    this.ns = `refs/sg/${id}`;
  }
  /** Settings for every command that talks to the remote: its auth header, and a blobless fetch that never rewrites the scratch config. */
  config() {
    const url = this.remote.url;
    const quiet = [
      ["gc.auto", "0"],
      ["maintenance.auto", "false"]
    ];
    if (!this.blobless) return [...this.remote.config, ...quiet];
    return [...this.remote.config, [`remote.${url}.promisor`, "true"], [`remote.${url}.partialclonefilter`, "blob:none"], ...quiet];
  }
  /** Over a network, history without file contents; a local path has nothing to save. */
  get blobless() {
    return !this.local && !this.remote.url.startsWith("file:");
  }
  /** A plain path: nothing to fetch, no scratch repository. */
  get local() {
    return !/^[a-z][a-z0-9+.-]*:\/\//i.test(this.remote.url) && !/^[^/\\]+@[^/\\]+:/.test(this.remote.url);
  }
  async run(args, what, retry = false) {
    const cwd = this.local ? this.remote.url : await this.scratch.path();
    return this.git.run(args, { cwd, config: this.config(), retry, what: `git ${what} ${this.label}` });
  }
  fail(what, result, hint = "check the remote URL and that this machine may read it") {
    return new StageError(`${this.label}: ${what} failed: ${gitTail(result)}`, hint);
  }
  /**
   * The commit behind each branch, null for one that does not exist. Fetched (history without
   * blobs) so that later reads of these commits need no network.
   */
  async heads(branches) {
    if (this.local) return this.readInPlace(branches);
    const found = new Map(branches.map((b) => [b, null]));
    let wanted = [...branches];
    let fetched = await this.fetch(wanted);
    while (fetched.code !== 0 && wanted.some((b) => missingRef(fetched, b))) {
      wanted = wanted.filter((b) => !missingRef(fetched, b));
      if (!wanted.length) return found;
      fetched = await this.fetch(wanted);
    }
    if (fetched.code !== 0) throw this.fail("reading branches (git fetch)", fetched);
    const parsed = await this.run(["rev-parse", ...wanted.map((b) => `${this.ns}/${b}`)], "rev-parse");
    if (parsed.code !== 0) throw this.fail("reading the fetched branches", parsed);
    parsed.stdout.trim().split("\n").forEach((sha, i) => found.set(wanted[i], sha));
    return found;
  }
  async readInPlace(branches) {
    if (!existsSync(this.remote.url))
      throw new StageError(
        `${this.label}: no such directory`,
        "check the remote path in the configuration (a relative path is taken from the configuration file)"
      );
    const refs = await this.run(
      ["for-each-ref", "--format=%(refname)%09%(objectname)", ...branches.map((b) => `refs/heads/${b}`)],
      "for-each-ref"
    );
    if (refs.code !== 0) throw this.fail("reading branches (git for-each-ref)", refs);
    const heads = new Map(
      refs.stdout.split("\n").filter(Boolean).map((l) => l.split("	"))
    );
    return new Map(branches.map((b) => [b, heads.get(`refs/heads/${b}`) ?? null]));
  }
  fetch(branches) {
    const specs = branches.map((b) => `+refs/heads/${b}:${this.ns}/${b}`);
    const filter = this.blobless ? ["--filter=blob:none"] : [];
    return this.run(["fetch", "--quiet", "--no-tags", "--no-write-fetch-head", ...filter, this.remote.url, ...specs], "fetch", true);
  }
  /** The full SHA of a commit among what was read (a SHA, a prefix, a tag), or null when there is none. */
  async commit(rev) {
    const parsed = await this.run(["rev-parse", "--verify", "--quiet", `${rev}^{commit}`], "rev-parse");
    const sha = parsed.stdout.trim();
    return parsed.code === 0 && sha ? sha : null;
  }
  /** Whether `ancestor` is in the history of `of`. */
  async isAncestor(ancestor, of) {
    const result = await this.run(["merge-base", "--is-ancestor", ancestor, of], "merge-base");
    if (result.code === 0 || result.code === 1) return result.code === 0;
    throw this.fail("comparing commits (git merge-base)", result);
  }
  /** "sha7 subject" of the commits only in `base` and only in `head`, newest first, in one walk. */
  async sides(base, head) {
    const log = await this.run(["log", "--left-right", "--format=%m%x09%h %s", `${base}...${head}`, "--"], "log");
    if (log.code !== 0) throw this.fail("comparing branches (git log)", log);
    const onlyInBase = [];
    const onlyInHead = [];
    for (const line of log.stdout.split("\n")) {
      if (line.startsWith("<	")) onlyInBase.push(line.slice(2));
      else if (line.startsWith(">	")) onlyInHead.push(line.slice(2));
    }
    return { onlyInBase, onlyInHead };
  }
  pushArgs(branch, from, to) {
    const ref = `refs/heads/${branch}`;
    return ["push", "--porcelain", `--force-with-lease=${ref}:${from ?? ""}`, this.remote.url, `${to}:${ref}`];
  }
  /**
   * Whether this machine may push `to` onto `branch` (expected at `from`), asked without pushing:
   * undefined when it may, else why not.
   */
  async pushProblem(branch, from, to) {
    if (this.local) {
      const refs = [path.join(this.remote.url, "refs"), path.join(this.remote.url, ".git", "refs")].find((dir) => existsSync(dir));
      const writable = refs ? await access(refs, constants.W_OK).then(
        () => true,
        () => false
      ) : true;
      return writable ? void 0 : `${refs} is not writable for this user`;
    }
    const [push, ...rest] = this.pushArgs(branch, from, to);
    const probe = await this.run([push, "--dry-run", ...rest], "push --dry-run", true);
    return probe.code === 0 ? void 0 : `git push --dry-run said: ${gitTail(probe)}`;
  }
  /** Points `branch` at `to` if it still points at `from` (null: must not exist yet). Throws only when git cannot run. */
  async push(branch, from, to) {
    const args = await this.movesInPlace() ? (
      // The same compare-and-swap under the same ref lock as the push's lease, in one process instead of three.
      ["update-ref", "-m", "service-guru move-stable", `refs/heads/${branch}`, to, from ?? NO_REF]
    ) : this.pushArgs(branch, from, to);
    const result = await this.run(args, args[0]);
    return result.code === 0 ? { ok: true } : { ok: false, output: `${result.stdout}
${result.stderr}` };
  }
  /**
   * Whether a push to this remote would do nothing but move the ref: a bare repository on a path,
   * with no hook a push runs (its server-side hooks, or a core.hooksPath) and no receive.* setting
   * (denyNonFastForwards and the like). Then the ref moves in place; otherwise git push does it,
   * so a hook that triggers CI or refuses the move is never skipped.
   */
  async movesInPlace() {
    if (!this.local) return false;
    const dir = this.remote.url;
    const bare = existsSync(path.join(dir, "HEAD")) && existsSync(path.join(dir, "objects")) && !existsSync(path.join(dir, ".git"));
    if (!bare || RECEIVE_HOOKS.some((hook) => existsSync(path.join(dir, "hooks", hook)))) return false;
    const own = await readFile(path.join(dir, "config"), "utf8").catch(() => "[include]");
    if (/^\s*\[\s*(receive|include)/im.test(own) || /hookspath/i.test(own)) return false;
    let user = userSettings.get(this.git);
    if (!user) userSettings.set(this.git, user = this.userSettingsApply(dir));
    return !await user;
  }
  async userSettingsApply(cwd) {
    for (const scope of ["--system", "--global"]) {
      const found = await this.git.run(["config", scope, "--get-regexp", "^(core\\.hookspath|receive\\.)"], {
        cwd,
        what: `git config ${scope}`
      });
      if (found.code !== 1 || found.stdout.trim()) return true;
    }
    return false;
  }
  /** The branch's commit as the remote has it now (ls-remote, or in place), null when it does not exist. */
  async head(branch) {
    return remoteHead(this.git, this.raw, branch, this.local ? this.remote.url : await this.scratch.path());
  }
};
function missingRef(result, branch) {
  return result.stderr.includes(`couldn't find remote ref refs/heads/${branch}`);
}
function pushRefusal(output) {
  const lines = output.split("\n").map((l) => l.replace(/\s+/g, " ").trim()).filter(Boolean);
  const said = lines.filter((l) => /^(remote:|! |error:|fatal:)/.test(l) && !/^error: failed to push some refs/.test(l)).map((l) => l.replace(/^! \S+ /, ""));
  return (said.length ? said : lines.slice(-3)).join("; ");
}
function gitTail(result) {
  const text = (result.stderr.trim() || result.stdout.trim()).split("\n").filter((l) => !/^warning: filtering not recognized/.test(l));
  return text.slice(-2).join(" ") || `exit code ${result.code}`;
}

export {
  RemoteBranches,
  pushRefusal,
  githubRepository
};
