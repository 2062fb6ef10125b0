import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { StageError } from '../core/errors.ts';
import type { Git } from './git.ts';
import { redactUrl, urlCredentials } from '../core/url-credentials.ts';

/**
 * A remote as git is given it: the URL without credentials (what argv, config files and messages
 * see) and, for an http(s) URL that carried them, the auth header passed through the environment.
 */
export interface GitRemote {
  url: string;
  /** For messages: the URL without credentials. */
  label: string;
  /** GIT_CONFIG_* entries for every command that talks to this remote. */
  config: Array<[string, string]>;
}

export function gitRemote(raw: string): GitRemote {
  const found = urlCredentials(raw);
  if (!found || !/^https?:\/\//i.test(raw)) return { url: raw, label: redactUrl(raw), config: [] };
  const basic = Buffer.from(`${found.user}:${found.password ?? ''}`).toString('base64');
  // Scoped to this URL: a redirect to another host does not carry the header.
  return { url: found.bare, label: found.bare, config: [[`http.${found.bare}.extraHeader`, `Authorization: Basic ${basic}`]] };
}

const PREFIX = 'service-guru-git-';

/** The name prefix of this process's scratch directories (removeLeftovers knows it). */
export function scratchDirPrefix(): string {
  return `${PREFIX}${process.pid}-`;
}

/** Where scratch repositories live: the environment's TMPDIR, else the system's. */
export function scratchRoot(env: Record<string, string | undefined>): string {
  return env.TMPDIR || os.tmpdir();
}

/**
 * A bare scratch repository for the history of many remotes (each under its own refs). Its name
 * carries our process id so a later run can tell a leftover of a killed run from a live one.
 */
export async function createScratch(git: Git, env: Record<string, string | undefined>): Promise<string> {
  const root = scratchRoot(env);
  await removeLeftovers(root);
  const dir = await mkdtemp(path.join(root, scratchDirPrefix()));
  const init = await git.run(['init', '--bare', '-q', dir], { cwd: root });
  if (init.code !== 0) throw new Error(`git init failed in ${dir}: ${init.stderr.trim()}`);
  return dir;
}

export async function removeScratch(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
}

/** One scratch repository for a whole run, made on first use: one `git init` however many remotes. */
export class SharedScratch {
  private dir: Promise<string> | undefined;
  private readonly git: Git;
  private readonly env: Record<string, string | undefined>;

  constructor(git: Git, env: Record<string, string | undefined>) {
    this.git = git;
    this.env = env;
  }

  path(): Promise<string> {
    this.dir ??= createScratch(this.git, this.env);
    return this.dir;
  }

  async close(): Promise<void> {
    const dir = this.dir;
    this.dir = undefined;
    const made = await dir?.catch(() => undefined);
    if (made) await removeScratch(made);
  }
}

/**
 * Scratch repositories of runs that died (kill -9, a cancelled job on a self-hosted runner).
 * Older versions wrote a remote's token into their config; those have no process id in the name
 * and are removed once an hour old.
 */
export async function removeLeftovers(root: string, now = Date.now()): Promise<string[]> {
  let names: string[];
  try {
    names = (await readdir(root)).filter((n) => n.startsWith(PREFIX));
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    const pid = /^service-guru-git-(\d+)-/.exec(name)?.[1];
    const dir = path.join(root, name);
    let stale: boolean;
    if (pid) stale = !alive(Number(pid));
    else
      stale = await stat(dir).then(
        (s) => now - s.mtimeMs > 3_600_000,
        () => false,
      );
    if (!stale) continue;
    await rm(dir, { recursive: true, force: true }).then(
      () => removed.push(dir),
      () => undefined,
    );
  }
  return removed;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * The commit a branch of a remote points to, or null when the branch does not exist; read with
 * ls-remote (retried), a token of the URL passed as a header. For stages that only need a head.
 */
export async function remoteHead(git: Git, raw: string, branch: string, cwd: string): Promise<string | null> {
  const remote = gitRemote(raw);
  const ref = `refs/heads/${branch}`;
  const result = await git.run(['ls-remote', remote.url, ref], {
    cwd,
    config: remote.config,
    retry: true,
    what: `git ls-remote ${remote.label}`,
  });
  if (result.code !== 0) {
    const said = result.stderr.trim().split('\n').slice(-2).join(' ');
    throw new StageError(
      `${remote.label}: reading ${branch} (git ls-remote) failed: ${said || `exit code ${result.code}`}`,
      'check the remote URL and that this machine may read it',
    );
  }
  const line = result.stdout.split('\n').find((l) => l.endsWith(`\t${ref}`));
  return line ? line.split('\t')[0]! : null;
}
