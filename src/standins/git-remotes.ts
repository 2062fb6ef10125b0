import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const env = {
  ...process.env,
  GIT_AUTHOR_NAME: 'Service Guru rehearsal',
  GIT_AUTHOR_EMAIL: 'rehearsal@service-guru.invalid',
  GIT_COMMITTER_NAME: 'Service Guru rehearsal',
  GIT_COMMITTER_EMAIL: 'rehearsal@service-guru.invalid',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_TERMINAL_PROMPT: '0',
};

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
}

/** A bare repository on disk standing in for a component's remote, and a clone to make history with. */
export class BareRepository {
  readonly bare: string;
  private readonly work: string;

  constructor(root: string, name: string) {
    this.bare = path.join(root, `${name}.git`);
    this.work = path.join(root, 'work', name);
    mkdirSync(this.bare, { recursive: true });
    mkdirSync(path.dirname(this.work), { recursive: true });
    git(this.bare, 'init', '--bare', '-q', '-b', 'main');
    git(root, 'clone', '-q', this.bare, this.work);
    git(this.work, 'checkout', '-q', '-B', 'main');
  }

  /** Commits on `branch` (created from the current one when new) and pushes it; returns the SHA. */
  commit(branch: string, message: string): string {
    git(this.work, 'checkout', '-q', '-B', branch, ...(this.has(branch) ? [`origin/${branch}`] : []));
    git(this.work, 'commit', '-q', '--allow-empty', '-m', message);
    git(this.work, 'push', '-q', 'origin', `${branch}:${branch}`);
    git(this.work, 'fetch', '-q', 'origin');
    return git(this.work, 'rev-parse', 'HEAD');
  }

  /** Creates `branch` at `sha` on the remote. */
  branch(branch: string, sha: string): void {
    git(this.work, 'push', '-q', 'origin', `${sha}:refs/heads/${branch}`);
    git(this.work, 'fetch', '-q', 'origin');
  }

  private has(branch: string): boolean {
    try {
      git(this.work, 'rev-parse', '--verify', '-q', `refs/remotes/origin/${branch}`);
      return true;
    } catch {
      return false;
    }
  }

  /**
   * The branch's head, read from the ref files (no process per read: the build watcher polls).
   * Loose ref first, then packed-refs; null when absent.
   */
  head(branch: string): string | null {
    const loose = path.join(this.bare, 'refs', 'heads', branch);
    if (existsSync(loose)) return readFileSync(loose, 'utf8').trim();
    const packed = path.join(this.bare, 'packed-refs');
    if (!existsSync(packed)) return null;
    const line = readFileSync(packed, 'utf8').split('\n').find((l) => l.endsWith(` refs/heads/${branch}`));
    return line ? line.split(' ')[0]! : null;
  }
}
