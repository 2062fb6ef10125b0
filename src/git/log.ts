import { mkdtempSync, rmSync } from 'node:fs';
import path from 'node:path';
import { StageError } from '../core/errors.ts';
import { createGit, type Git, type GitResult } from './git.ts';
import { gitRemote, removeLeftovers, scratchDirPrefix, scratchRoot } from './remote.ts';

export interface LogEntry {
  sha: string;
  author: string;
  date: string;
  subject: string;
}

export interface RemoteAuth {
  /** `https://host/` whose requests carry the token, e.g. https://github.com/. */
  urlPrefix: string;
  token: string;
}

/**
 * A scratch clone of one branch of a repository: its head, the commits since a given one, and a
 * checkout of the head for a command to run in. Credentials travel in the environment
 * (GIT_CONFIG_*), never in arguments or URLs that could be printed.
 */
export class ScratchClone {
  readonly dir: string;
  private readonly git: Git;
  /** GIT_CONFIG_* entries (the auth header) for every command: the runner passes them through the environment. */
  private readonly config: Array<[string, string]>;

  private constructor(dir: string, git: Git, config: Array<[string, string]>) {
    this.dir = dir;
    this.git = git;
    this.config = config;
  }

  static async fetch(
    remote: string,
    branch: string,
    baseEnv: Record<string, string | undefined>,
    auth?: RemoteAuth,
  ): Promise<{ clone: ScratchClone; head: string }> {
    // Named with our process id, so the next run removes what a killed one left behind.
    const root = scratchRoot(baseEnv);
    await removeLeftovers(root);
    const dir = mkdtempSync(path.join(root, scratchDirPrefix()));
    // A token in the URL travels as a header through the environment, like the GitHub token: never in argv.
    const target = gitRemote(remote);
    const config: Array<[string, string]> = [...target.config];
    if (auth) {
      const basic = Buffer.from(`x-access-token:${auth.token}`).toString('base64');
      config.push([`http.${auth.urlPrefix}.extraheader`, `AUTHORIZATION: basic ${basic}`]);
    }
    const clone = new ScratchClone(dir, createGit({ env: baseEnv }), config);
    try {
      await clone.run(['init', '--quiet'], 'git init');
      const fetched = await clone.git.run(
        ['fetch', '--quiet', '--no-tags', target.url, `+refs/heads/${branch}:refs/remotes/origin/${branch}`],
        {
          cwd: dir,
          config,
          retry: true,
          what: `git fetch ${target.label}`,
        },
      );
      if (fetched.code !== 0) {
        throw new StageError(
          `cannot fetch ${branch} of ${target.label}: ${fetched.stderr.trim().split('\n').slice(-2).join(' ')}`,
          'check infra.repo/infra.remote and infra.ref, and that the token may read the repository',
        );
      }
      return { clone, head: (await clone.run(['rev-parse', `refs/remotes/origin/${branch}`], 'rev-parse')).trim() };
    } catch (error) {
      clone.remove();
      throw error;
    }
  }

  private exec(args: string[]): Promise<GitResult> {
    return this.git.run(args, { cwd: this.dir, config: this.config });
  }

  private async run(args: string[], what: string): Promise<string> {
    const result = await this.exec(args);
    if (result.code !== 0) throw new StageError(`git ${what} failed: ${result.stderr.trim().split('\n').slice(-2).join(' ')}`);
    return result.stdout;
  }

  async hasCommit(sha: string): Promise<boolean> {
    if (!/^[0-9a-f]{7,64}$/.test(sha)) return false;
    return (await this.exec(['cat-file', '-e', `${sha}^{commit}`])).code === 0;
  }

  async isAncestor(ancestor: string, of: string): Promise<boolean> {
    return (await this.exec(['merge-base', '--is-ancestor', ancestor, of])).code === 0;
  }

  /** Commits reachable from `to` and not from `from` (all of them without `from`), newest first, at most `limit`. */
  async log(from: string | undefined, to: string, limit = 200): Promise<LogEntry[]> {
    const range = from ? [`${from}..${to}`] : [to];
    const out = await this.run(['log', `--max-count=${limit}`, '--format=%H%x1f%an%x1f%aI%x1f%s', ...range, '--'], 'log');
    return out
      .split('\n')
      .filter(Boolean)
      .map((line) => {
        const [sha, author, date, subject] = line.split('\x1f') as [string, string, string, string];
        return { sha, author, date, subject };
      });
  }

  async checkout(sha: string): Promise<void> {
    await this.run(['-c', 'advice.detachedHead=false', 'checkout', '--quiet', '--detach', sha], `checkout ${sha.slice(0, 7)}`);
  }

  remove(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}
