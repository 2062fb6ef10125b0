import { createRequire as __sgRequire } from 'node:module'; const require = __sgRequire(import.meta.url);
import {
  TransientError,
  withRetry
} from "./chunk-KLJOYWLQ.js";
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
import { execFile } from "node:child_process";
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
            if (result.code !== 0 && TRANSIENT.test(result.stderr)) throw new TransientError(lastLine(result.stderr));
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
    execFile("git", args, { cwd, env, signal, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error && (error.name === "AbortError" || signal.aborted)) return resolve("timeout");
      if (error && typeof error.code !== "number")
        return reject(new StageError(`cannot run git: ${error.message}`, "install git and put it on the PATH"));
      resolve({ code: typeof error?.code === "number" ? error.code : 0, stdout, stderr });
    });
  });
}
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
function git(args, cwd, env = process.env) {
  return createGit({ env }).run(args, { cwd });
}
function gitRead(args, cwd, env = process.env, clock) {
  return createGit({ env, ...clock ? { clock } : {} }).run(args, { cwd, retry: true });
}
function redactUrl(url) {
  return url.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^/@]*@/i, "$1***@");
}

export {
  createGit,
  git,
  gitRead,
  redactUrl
};
