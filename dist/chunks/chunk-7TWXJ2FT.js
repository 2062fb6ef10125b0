import { createRequire as __sgRequire } from 'node:module'; const require = __sgRequire(import.meta.url);
import {
  TransientError,
  withRetry
} from "./chunk-LONG6DJQ.js";
import {
  redactUrl,
  urlCredentials
} from "./chunk-ZVXFKJMM.js";
import {
  systemClock
} from "./chunk-ZFVJRRAQ.js";
import {
  formatDuration
} from "./chunk-4PSKXZ4E.js";
import {
  StageError
} from "./chunk-HO53TWSA.js";

// src/git/git.ts
import { spawn } from "node:child_process";
var TRANSIENT = /Could not resolve host|Failed to connect|Couldn't connect|Connection (refused|reset|timed out)|timed out|early EOF|RPC failed|HTTP (429|5\d\d)|returned error: (429|5\d\d)|remote end hung up/i;
var silent = { info() {
}, warning() {
}, error() {
}, debug() {
}, group: (_n, fn) => fn() };
function createGit(options) {
  const timeoutMs = options.timeoutMs ?? 5 * 6e4;
  const logger = options.logger ?? silent;
  const clock = options.clock ?? systemClock;
  return {
    async run(args, run) {
      const env = childEnv(options.env, run.config ?? []);
      const what = run.what ?? `git ${args[0] ?? ""}`;
      const limit = run.timeoutMs ?? timeoutMs;
      if (!run.retry) {
        const result = await exec(args, run.cwd, env, AbortSignal.timeout(limit));
        if (result === "timeout")
          throw new StageError(
            `${what}: no answer within ${formatDuration(limit)}`,
            "check that the remote is reachable; then run the stage again"
          );
        return result;
      }
      let last;
      try {
        return await withRetry(
          { service: "git", what, logger, clock, policy: { attempts: 3, attemptTimeoutMs: limit, ...options.policy } },
          async (signal) => {
            const result = await exec(args, run.cwd, env, signal);
            if (result === "timeout") {
              last = void 0;
              throw new TransientError(`no answer within ${formatDuration(limit)}`);
            }
            last = result;
            const unresolved = /Could not resolve host/i.test(result.stderr);
            if (result.code !== 0 && TRANSIENT.test(result.stderr))
              throw new TransientError(lastLine(result.stderr), void 0, { once: unresolved });
            return result;
          }
        );
      } catch (error) {
        if (last) return last;
        throw error;
      }
    }
  };
}
function exec(args, cwd, env, signal) {
  return new Promise((resolve, reject) => {
    let timedOut = false;
    let overflow = false;
    let size = 0;
    const stdout = [];
    const stderr = [];
    const child = spawn("git", args, { cwd, env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
    const stop = () => {
      timedOut = !overflow;
      try {
        process.kill(-child.pid, "SIGKILL");
      } catch {
        child.kill("SIGKILL");
      }
    };
    const collect = (into) => (chunk) => {
      size += chunk.length;
      if (size <= MAX_OUTPUT) return void into.push(chunk);
      overflow = true;
      stop();
    };
    child.stdout.on("data", collect(stdout));
    child.stderr.on("data", collect(stderr));
    child.on("error", (error) => {
      signal.removeEventListener("abort", stop);
      reject(new StageError(`cannot run git: ${error.message}`, "install git and put it on the PATH"));
    });
    child.on("close", (code) => {
      signal.removeEventListener("abort", stop);
      if (overflow)
        return reject(
          new StageError(`git ${args[0] ?? ""} printed more than ${MAX_OUTPUT / 1024 / 1024} MiB; stopped`, "run it by hand to see why")
        );
      if (timedOut) return resolve("timeout");
      resolve({ code: code ?? 1, stdout: Buffer.concat(stdout).toString("utf8"), stderr: Buffer.concat(stderr).toString("utf8") });
    });
    if (signal.aborted) stop();
    else signal.addEventListener("abort", stop, { once: true });
  });
}
var MAX_OUTPUT = 64 * 1024 * 1024;
function childEnv(base, config) {
  const env = { ...base, GIT_TERMINAL_PROMPT: "0", LC_ALL: "C", GIT_ASKPASS: base.GIT_ASKPASS ?? "" };
  let n = Number(base.GIT_CONFIG_COUNT ?? 0) || 0;
  for (const [key, value] of config) {
    env[`GIT_CONFIG_KEY_${n}`] = key;
    env[`GIT_CONFIG_VALUE_${n}`] = value;
    n++;
  }
  if (n) env.GIT_CONFIG_COUNT = String(n);
  return env;
}
function lastLine(text) {
  return text.trim().split("\n").pop() ?? "";
}

// src/git/remote.ts
import { mkdtemp, readdir, rm, stat } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
function gitRemote(raw) {
  const found = urlCredentials(raw);
  if (!found || !/^https?:\/\//i.test(raw)) return { url: raw, label: redactUrl(raw), config: [] };
  const basic = Buffer.from(`${found.user}:${found.password ?? ""}`).toString("base64");
  return { url: found.bare, label: found.bare, config: [[`http.${found.bare}.extraHeader`, `Authorization: Basic ${basic}`]] };
}
var PREFIX = "service-guru-git-";
function scratchDirPrefix() {
  return `${PREFIX}${process.pid}-`;
}
function scratchRoot(env) {
  return env.TMPDIR || os.tmpdir();
}
async function createScratch(git, env) {
  const root = scratchRoot(env);
  await removeLeftovers(root);
  const dir = await mkdtemp(path.join(root, scratchDirPrefix()));
  const init = await git.run(["init", "--bare", "-q", dir], { cwd: root });
  if (init.code !== 0) throw new Error(`git init failed in ${dir}: ${init.stderr.trim()}`);
  return dir;
}
async function removeScratch(dir) {
  await rm(dir, { recursive: true, force: true });
}
var SharedScratch = class {
  dir;
  git;
  env;
  constructor(git, env) {
    this.git = git;
    this.env = env;
  }
  path() {
    this.dir ??= createScratch(this.git, this.env);
    return this.dir;
  }
  async close() {
    const dir = this.dir;
    this.dir = void 0;
    const made = await dir?.catch(() => void 0);
    if (made) await removeScratch(made);
  }
};
async function removeLeftovers(root, now = Date.now()) {
  let names;
  try {
    names = (await readdir(root)).filter((n) => n.startsWith(PREFIX));
  } catch {
    return [];
  }
  const removed = [];
  for (const name of names) {
    const pid = /^service-guru-git-(\d+)-/.exec(name)?.[1];
    const dir = path.join(root, name);
    let stale;
    if (pid) stale = !alive(Number(pid));
    else
      stale = await stat(dir).then(
        (s) => now - s.mtimeMs > 36e5,
        () => false
      );
    if (!stale) continue;
    await rm(dir, { recursive: true, force: true }).then(
      () => removed.push(dir),
      () => void 0
    );
  }
  return removed;
}
function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === "EPERM";
  }
}
async function remoteHead(git, raw, branch, cwd) {
  const remote = gitRemote(raw);
  const ref = `refs/heads/${branch}`;
  const result = await git.run(["ls-remote", remote.url, ref], {
    cwd,
    config: remote.config,
    retry: true,
    what: `git ls-remote ${remote.label}`
  });
  if (result.code !== 0) {
    const said = result.stderr.trim().split("\n").slice(-2).join(" ");
    throw new StageError(
      `${remote.label}: reading ${branch} (git ls-remote) failed: ${said || `exit code ${result.code}`}`,
      "check the remote URL and that this machine may read it"
    );
  }
  const line = result.stdout.split("\n").find((l) => l.endsWith(`	${ref}`));
  return line ? line.split("	")[0] : null;
}

export {
  createGit,
  gitRemote,
  scratchDirPrefix,
  scratchRoot,
  SharedScratch,
  removeLeftovers,
  remoteHead
};
