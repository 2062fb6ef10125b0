import { createRequire as __sgRequire } from 'node:module'; const require = __sgRequire(import.meta.url);
import {
  runUrlFromEnv
} from "./chunk-V7NVJ6NN.js";
import {
  parseInfraSyncOptions
} from "./chunk-73CFYLNG.js";
import {
  KubeConflict,
  KubeNotFound,
  createKubeClient
} from "./chunk-5MNIAPR6.js";
import {
  createGit,
  gitRemote,
  removeLeftovers,
  scratchDirPrefix,
  scratchRoot
} from "./chunk-7TWXJ2FT.js";
import {
  fetchWithRetry,
  readJson
} from "./chunk-4GMMOAY2.js";
import "./chunk-LONG6DJQ.js";
import "./chunk-ZVXFKJMM.js";
import "./chunk-N6UHWS4B.js";
import "./chunk-OXNICSTU.js";
import "./chunk-ZFVJRRAQ.js";
import {
  formatDuration
} from "./chunk-4PSKXZ4E.js";
import {
  StageError,
  UsageError
} from "./chunk-HO53TWSA.js";
import "./chunk-EP666XB4.js";

// src/git/log.ts
import { mkdtempSync, rmSync } from "node:fs";
import path from "node:path";
var ScratchClone = class _ScratchClone {
  dir;
  git;
  /** GIT_CONFIG_* entries (the auth header) for every command: the runner passes them through the environment. */
  config;
  constructor(dir, git, config) {
    this.dir = dir;
    this.git = git;
    this.config = config;
  }
  static async fetch(remote, branch, baseEnv, auth) {
    const root = scratchRoot(baseEnv);
    await removeLeftovers(root);
    const dir = mkdtempSync(path.join(root, scratchDirPrefix()));
    const target = gitRemote(remote);
    const config = [...target.config];
    if (auth) {
      const basic = Buffer.from(`x-access-token:${auth.token}`).toString("base64");
      config.push([`http.${auth.urlPrefix}.extraheader`, `AUTHORIZATION: basic ${basic}`]);
    }
    const clone = new _ScratchClone(dir, createGit({ env: baseEnv }), config);
    try {
      await clone.run(["init", "--quiet"], "git init");
      const fetched = await clone.git.run(
        ["fetch", "--quiet", "--no-tags", target.url, `+refs/heads/${branch}:refs/remotes/origin/${branch}`],
        {
          cwd: dir,
          config,
          retry: true,
          what: `git fetch ${target.label}`
        }
      );
      if (fetched.code !== 0) {
        throw new StageError(
          `cannot fetch ${branch} of ${target.label}: ${fetched.stderr.trim().split("\n").slice(-2).join(" ")}`,
          "check infra.repo/infra.remote and infra.ref, and that the token may read the repository"
        );
      }
      return { clone, head: (await clone.run(["rev-parse", `refs/remotes/origin/${branch}`], "rev-parse")).trim() };
    } catch (error) {
      clone.remove();
      throw error;
    }
  }
  exec(args) {
    return this.git.run(args, { cwd: this.dir, config: this.config });
  }
  async run(args, what) {
    const result = await this.exec(args);
    if (result.code !== 0) throw new StageError(`git ${what} failed: ${result.stderr.trim().split("\n").slice(-2).join(" ")}`);
    return result.stdout;
  }
  async hasCommit(sha) {
    if (!/^[0-9a-f]{7,64}$/.test(sha)) return false;
    return (await this.exec(["cat-file", "-e", `${sha}^{commit}`])).code === 0;
  }
  async isAncestor(ancestor, of) {
    return (await this.exec(["merge-base", "--is-ancestor", ancestor, of])).code === 0;
  }
  /** Commits reachable from `to` and not from `from` (all of them without `from`), newest first, at most `limit`. */
  async log(from, to, limit = 200) {
    const range = from ? [`${from}..${to}`] : [to];
    const out = await this.run(["log", `--max-count=${limit}`, "--format=%H%x1f%an%x1f%aI%x1f%s", ...range, "--"], "log");
    return out.split("\n").filter(Boolean).map((line) => {
      const [sha, author, date, subject] = line.split("");
      return { sha, author, date, subject };
    });
  }
  async checkout(sha) {
    await this.run(["-c", "advice.detachedHead=false", "checkout", "--quiet", "--detach", sha], `checkout ${sha.slice(0, 7)}`);
  }
  remove() {
    rmSync(this.dir, { recursive: true, force: true });
  }
};

// src/kube/configmaps.ts
function configMapsApi(kube) {
  const ns = kube.namespace;
  return {
    async read(name) {
      try {
        const cm = await kube.call(
          { verb: "get", resource: "configmaps", name },
          (sdk) => sdk.core.readNamespacedConfigMap(name, ns),
          (sdk, r) => sdk.coreResponses.readNamespacedConfigMapWithHttpInfo(r)
        );
        return {
          labels: cm.metadata?.labels ?? {},
          annotations: cm.metadata?.annotations ?? {},
          data: cm.data ?? {},
          resourceVersion: cm.metadata?.resourceVersion ?? ""
        };
      } catch (error) {
        if (error instanceof KubeNotFound) return null;
        throw error;
      }
    },
    async write(name, content, resourceVersion) {
      const body = {
        apiVersion: "v1",
        kind: "ConfigMap",
        metadata: { name, labels: content.labels, annotations: content.annotations, ...resourceVersion ? { resourceVersion } : {} },
        data: content.data
      };
      if (resourceVersion === null) {
        await kube.call(
          { verb: "create", resource: "configmaps", name },
          (sdk) => sdk.core.createNamespacedConfigMap(ns, body),
          (sdk, r) => sdk.coreResponses.createNamespacedConfigMapWithHttpInfo(r)
        );
      } else {
        await kube.call(
          { verb: "update", resource: "configmaps", name },
          (sdk) => sdk.core.replaceNamespacedConfigMap(name, ns, body),
          (sdk, r) => sdk.coreResponses.replaceNamespacedConfigMapWithHttpInfo(r)
        );
      }
    }
  };
}

// src/vault/client.ts
function createVaultClient(options) {
  if (!options.token)
    throw new UsageError(
      "VAULT_TOKEN is not set: the secret versions are read from Vault",
      "set VAULT_TOKEN (action input vault-token) to a token whose policy may read the metadata of the configured paths"
    );
  const base = options.url.replace(/\/+$/, "");
  const mount = (options.mount ?? "secret").replace(/^\/+|\/+$/g, "");
  const http = {
    service: "Vault",
    logger: options.logger,
    ...options.clock ? { clock: options.clock } : {},
    headers: { "x-vault-token": options.token, accept: "application/json" }
  };
  return {
    async secretVersion(path2) {
      const clean = path2.replace(/^\/+|\/+$/g, "");
      const url = `${base}/v1/${mount}/metadata/${clean.split("/").map(encodeURIComponent).join("/")}`;
      const response = await fetchWithRetry(url, {}, http);
      if (response.status === 404) {
        throw new StageError(
          `Vault has no secret ${mount}/${clean} (HTTP 404 on its metadata)`,
          `check infra.vault.paths and infra.vault.mount (KV v2 mount "${mount}")`
        );
      }
      if (response.status === 401 || response.status === 403) {
        throw new StageError(
          `Vault refused to read the metadata of ${mount}/${clean} (HTTP ${response.status})`,
          `give the token of VAULT_TOKEN a policy with read on "${mount}/metadata/${clean}"`
        );
      }
      const body = await readJson(response, `GET /v1/${mount}/metadata/${clean}`, "Vault");
      const version = body.data?.current_version;
      const updated = body.data?.updated_time;
      if (typeof version !== "number" || !Number.isInteger(version) || typeof updated !== "string") {
        throw new StageError(
          `Vault's metadata of ${mount}/${clean} has no current_version/updated_time; is ${mount} a KV version 2 mount?`,
          "infra.vault.mount must name a KV v2 secrets engine"
        );
      }
      return { path: clean, version, updatedTime: updated };
    }
  };
}

// src/stages/infra-sync/runner.ts
var TAIL = 20;
var TIMED_OUT = /* @__PURE__ */ new Set([124, 137]);
async function runCommand(command, options) {
  const tail = [];
  const keep = (line) => {
    tail.push(line);
    if (tail.length > TAIL) tail.shift();
  };
  const seconds = Math.max(1, Math.ceil(options.timeoutMs / 1e3));
  const { exec } = await import("./exec-IG7BTCME.js");
  const exitCode = await options.logger.group(options.title, async () => {
    try {
      return await exec("timeout", ["--kill-after=30s", `${seconds}s`, ...command], {
        cwd: options.cwd,
        env: options.env,
        silent: true,
        ignoreReturnCode: true,
        listeners: {
          stdline: (line) => {
            keep(line);
            options.logger.info(line);
          },
          errline: (line) => {
            keep(line);
            options.logger.info(line);
          }
        }
      });
    } catch (error) {
      throw new StageError(
        `cannot start coreutils timeout, which runs ${command[0]} under infra.timeout: ${error instanceof Error ? error.message : String(error)}`,
        "run infra-sync on a runner with GNU coreutils on the PATH (ubuntu-latest has them; on macOS: brew install coreutils)"
      );
    }
  });
  const timedOut = TIMED_OUT.has(exitCode);
  if (exitCode === 127 && !tail.length) tail.push(`${command[0]}: command not found (exit 127)`);
  if (timedOut) tail.push(`stopped after ${formatDuration(options.timeoutMs)} (infra.timeout)`);
  return { exitCode, lastLines: tail, timedOut };
}

// src/stages/infra-sync/state.ts
var STATE_CONFIGMAP = "service-guru-infra-sync";
var PREFIX = "service-guru.dev/";
function stateToConfigMap(state, deployment) {
  return {
    labels: { "app.kubernetes.io/managed-by": "service-guru", [`${PREFIX}owner`]: "infra-sync", [`${PREFIX}deployment`]: deployment },
    annotations: {
      [`${PREFIX}commit`]: state.commit,
      [`${PREFIX}secret-versions`]: JSON.stringify(state.secrets),
      [`${PREFIX}applied-at`]: state.appliedAt,
      ...state.runUrl ? { [`${PREFIX}run-url`]: state.runUrl } : {}
    },
    data: { "state.json": JSON.stringify(state, null, 2) }
  };
}
function stateFromConfigMap(content) {
  if (!content) return { state: null };
  const a = content.annotations;
  if (content.labels[`${PREFIX}owner`] !== "infra-sync") {
    return {
      state: null,
      problem: `ConfigMap ${STATE_CONFIGMAP} exists but is not labelled ${PREFIX}owner=infra-sync; infra-sync will not overwrite it`
    };
  }
  const commit = a[`${PREFIX}commit`];
  let secrets = {};
  try {
    secrets = JSON.parse(a[`${PREFIX}secret-versions`] ?? "{}");
  } catch {
    return { state: null, problem: `annotation ${PREFIX}secret-versions of ConfigMap ${STATE_CONFIGMAP} is not JSON` };
  }
  if (!commit || !/^[0-9a-f]{40,64}$/.test(commit) || typeof secrets !== "object" || secrets === null || Array.isArray(secrets) || Object.values(secrets).some((v) => !Number.isInteger(v))) {
    return { state: null, problem: `ConfigMap ${STATE_CONFIGMAP} has no readable ${PREFIX}commit / ${PREFIX}secret-versions annotations` };
  }
  return {
    state: {
      commit,
      secrets,
      appliedAt: a[`${PREFIX}applied-at`] ?? "",
      runUrl: a[`${PREFIX}run-url`] ?? null
    }
  };
}

// src/stages/infra-sync/index.ts
var infraSync = {
  parseOptions: parseInfraSyncOptions,
  run: runInfraSync
};
async function runInfraSync(ctx, options) {
  const { config, logger, clock, env } = ctx;
  const kube = createKubeClient(config, options.cluster, env, { logger, clock, onSecret: (v) => ctx.secrets.add(v) });
  try {
    return await sync(ctx, options, kube.connection);
  } finally {
    kube.close();
  }
}
async function sync(ctx, options, connection) {
  const { config, logger, clock, env } = ctx;
  const infra = config.infra;
  const configMaps = configMapsApi(connection);
  const vault = infra.vault ? createVaultClient({ url: infra.vault.url, mount: infra.vault.mount, token: env.VAULT_TOKEN, logger, clock }) : void 0;
  const current = await configMaps.read(STATE_CONFIGMAP);
  const stored = stateFromConfigMap(current);
  if (stored.problem)
    throw new StageError(stored.problem, `delete or rename the ConfigMap ${STATE_CONFIGMAP} in the namespace of ${options.cluster}`);
  const recorded = stored.state;
  const ref = infra.ref ?? "main";
  const remote = infra.repo ? `${config.github.serverUrl.replace(/\/+$/, "")}/${infra.repo}.git` : infra.remote;
  const auth = infra.repo && env.GITHUB_TOKEN ? { urlPrefix: `${config.github.serverUrl.replace(/\/+$/, "")}/`, token: env.GITHUB_TOKEN } : void 0;
  const { clone, head } = await ScratchClone.fetch(remote, ref, env, auth);
  try {
    const pendingCommits = await pendingSince(clone, recorded, head, logger);
    const versions = [];
    for (const path2 of infra.vault?.paths ?? []) versions.push(await vault.secretVersion(path2));
    const pendingSecrets = versions.filter((v) => recorded?.secrets[v.path] !== v.version).map((v) => ({ path: v.path, applied: recorded?.secrets[v.path] ?? null, current: v.version, updatedTime: v.updatedTime }));
    const base = { cluster: options.cluster, head, recorded, pendingCommits, pendingSecrets, applied: null };
    const tables = [table(options.cluster, pendingCommits, pendingSecrets)];
    if (!pendingCommits.length && !pendingSecrets.length) {
      logger.info(
        `nothing pending on ${options.cluster}: ${head.slice(0, 7)} and every secret version were applied at ${recorded.appliedAt}${recorded.runUrl ? ` (${recorded.runUrl})` : ""}`
      );
      return {
        ok: true,
        changed: false,
        result: { ...base, status: "skipped" },
        tables: [
          {
            ...tables[0],
            notes: [`Nothing pending: ${head.slice(0, 7)} and the current secret versions were applied at ${recorded.appliedAt}.`]
          }
        ]
      };
    }
    logger.info(describePending(options.cluster, pendingCommits, pendingSecrets));
    if (ctx.dryRun) {
      logger.info(
        `dry run: would check out ${head.slice(0, 7)} and run ${JSON.stringify(infra.command)} with ${Object.keys(infra.env ?? {}).join(", ") || "no extra environment"}, then record it in ConfigMap ${STATE_CONFIGMAP} of ${options.cluster}`
      );
      return { ok: true, changed: false, result: { ...base, status: "pending" }, tables };
    }
    await clone.checkout(head);
    const started = performance.now();
    const run = await runCommand(infra.command, {
      cwd: clone.dir,
      env: { ...stringEnv(env), ...infra.env ?? {} },
      timeoutMs: options.timeoutMs,
      logger,
      title: `${infra.command.join(" ")} @ ${head.slice(0, 7)}`
    });
    if (run.exitCode !== 0) {
      return {
        ok: false,
        changed: false,
        result: { ...base, status: "failed", exitCode: run.exitCode },
        tables,
        error: {
          message: `${infra.command.join(" ")} ${run.timedOut ? "timed out" : `exited with ${run.exitCode}`} after ${formatDuration(performance.now() - started)}; nothing recorded. Last lines:
${run.lastLines.join("\n")}`,
          hint: "fix the cause and run infra-sync again: the same commits and secrets are still pending"
        }
      };
    }
    const applied = {
      commit: head,
      secrets: Object.fromEntries(versions.map((v) => [v.path, v.version])),
      appliedAt: new Date(clock.now()).toISOString(),
      runUrl: runUrlFromEnv(env) ?? null
    };
    try {
      await configMaps.write(STATE_CONFIGMAP, stateToConfigMap(applied, config.deployment), current?.resourceVersion ?? null);
    } catch (error) {
      throw new StageError(
        `applied ${head.slice(0, 7)} to ${options.cluster}, but could not record it in ConfigMap ${STATE_CONFIGMAP}: ${error instanceof Error ? error.message : String(error)}`,
        error instanceof KubeConflict ? "another infra-sync recorded meanwhile; run infra-sync again to see what is still pending" : "the next run applies the same changes again; grant create and update on configmaps (docs/operations.md) to record them"
      );
    }
    logger.info(`applied ${head.slice(0, 7)} to ${options.cluster} and recorded it in ConfigMap ${STATE_CONFIGMAP}`);
    return { ok: true, changed: true, result: { ...base, status: "applied", applied, exitCode: 0 }, tables };
  } finally {
    clone.remove();
  }
}
async function pendingSince(clone, recorded, head, logger) {
  if (!recorded) {
    logger.info("nothing recorded yet: the head of the branch counts as pending (the last 20 commits are listed)");
    return clone.log(void 0, head, 20);
  }
  if (recorded.commit === head) return [];
  if (!await clone.hasCommit(recorded.commit) || !await clone.isAncestor(recorded.commit, head)) {
    logger.warning(
      `the recorded commit ${recorded.commit.slice(0, 7)} is not in the history of the branch any more (force-pushed?); listing the last 20 commits`
    );
    return clone.log(void 0, head, 20);
  }
  return clone.log(recorded.commit, head);
}
function describePending(cluster, commits, secrets) {
  const lines = [`pending on ${cluster}: ${commits.length} commit(s), ${secrets.length} secret(s)`];
  for (const c of commits) lines.push(`  ${c.sha.slice(0, 7)} ${c.subject} (${c.author})`);
  for (const s of secrets)
    lines.push(`  secret ${s.path}: version ${s.applied ?? "none"} applied, ${s.current} current (updated ${s.updatedTime})`);
  return lines.join("\n");
}
function stringEnv(env) {
  return Object.fromEntries(Object.entries(env).filter((e) => typeof e[1] === "string"));
}
function table(cluster, commits, secrets) {
  return {
    title: `Pending on ${cluster}`,
    headers: ["What", "Change", "Author / version", "When"],
    rows: [
      ...commits.map((c) => ["commit " + c.sha.slice(0, 7), c.subject, c.author, c.date]),
      ...secrets.map((s) => [`secret ${s.path}`, `version ${s.applied ?? "none"} \u2192 ${s.current}`, `v${s.current}`, s.updatedTime])
    ]
  };
}
export {
  infraSync
};
