import { createRequire as __sgRequire } from 'node:module'; const require = __sgRequire(import.meta.url);
import {
  redactUrl
} from "./chunk-2ZFSFYGX.js";
import {
  StageError
} from "./chunk-HO53TWSA.js";

// src/git/remote.ts
import { mkdtemp, readdir, rm, stat } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
function gitRemote(raw) {
  const match = /^(https?:\/\/)([^/@]*)@(.*)$/i.exec(raw);
  if (!match) return { url: raw, label: redactUrl(raw), config: [] };
  const [, scheme, userinfo, rest] = match;
  const url = `${scheme}${rest}`;
  const colon = userinfo.indexOf(":");
  const user = decode(colon < 0 ? userinfo : userinfo.slice(0, colon));
  const password = colon < 0 ? "" : decode(userinfo.slice(colon + 1));
  const basic = Buffer.from(`${user}:${password}`).toString("base64");
  return { url, label: url, config: [[`http.${url}.extraHeader`, `Authorization: Basic ${basic}`]] };
}
function decode(text) {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
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
  gitRemote,
  scratchDirPrefix,
  scratchRoot,
  SharedScratch,
  removeLeftovers,
  remoteHead
};
