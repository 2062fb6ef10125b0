import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';

const env = {
  ...process.env,
  GIT_AUTHOR_NAME: 'Test',
  GIT_AUTHOR_EMAIL: 'test@example.org',
  GIT_COMMITTER_NAME: 'Test',
  GIT_COMMITTER_EMAIL: 'test@example.org',
  GIT_CONFIG_NOSYSTEM: '1',
};

export function gitIn(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
}

/** A bare repository on disk (the "remote") and a working clone to make history with. */
export class BareRemote {
  readonly bare: string;
  readonly work: string;
  private counter = 0;

  constructor(root: string, name: string) {
    this.bare = path.join(root, `${name}.git`);
    this.work = path.join(root, `${name}-work`);
    mkdirSync(this.bare, { recursive: true });
    gitIn(this.bare, 'init', '--bare', '-q', '-b', 'main');
    gitIn(root, 'clone', '-q', this.bare, this.work);
    gitIn(this.work, 'checkout', '-q', '-b', 'main');
  }

  /** Commits on the checked-out branch of the working clone and returns the SHA. */
  commit(message: string): string {
    this.counter++;
    gitIn(this.work, 'commit', '-q', '--allow-empty', '-m', message);
    return gitIn(this.work, 'rev-parse', 'HEAD');
  }

  checkout(branch: string, create = false): void {
    gitIn(this.work, 'checkout', '-q', ...(create ? ['-B', branch] : [branch]));
  }

  push(branch: string, force = false): void {
    gitIn(this.work, 'push', '-q', ...(force ? ['--force'] : []), 'origin', `${branch}:${branch}`);
  }

  /** The branch's head in the bare repository, or null when absent. */
  head(branch: string): string | null {
    try {
      return gitIn(this.bare, 'rev-parse', '--verify', '-q', `refs/heads/${branch}`);
    } catch {
      return null;
    }
  }
}
