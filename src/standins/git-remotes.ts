import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';

const env = { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_TERMINAL_PROMPT: '0' };

function git(cwd: string, args: string[], input?: string): string {
  return execFileSync('git', args, { cwd, env, encoding: 'utf8', input, stdio: ['pipe', 'pipe', 'pipe'] }).trim();
}

/** One step of a history: a commit on `branch` (parent: step `from`, else none), or, without a message, `branch` set to step `from`. */
export interface HistoryStep {
  branch: string;
  message?: string;
  from?: number;
}

/**
 * A bare repository on disk standing in for a component's remote. Its history is written in one
 * `git fast-import` (no clone, no checkout: a rehearsal makes seven of these in a fraction of a
 * second), with fixed dates so the same history has the same commits.
 */
export class BareRepository {
  readonly bare: string;

  constructor(root: string, name: string) {
    this.bare = path.join(root, `${name}.git`);
    mkdirSync(this.bare, { recursive: true });
    git(this.bare, ['init', '--bare', '-q', '-b', 'main']);
  }

  /** Writes the steps; returns the commit of each step (for a branch reset, the commit it points to). */
  history(steps: HistoryStep[]): string[] {
    const lines: string[] = [];
    steps.forEach((step, i) => {
      const ref = `refs/heads/${step.branch}`;
      if (step.message === undefined) {
        lines.push(`reset ${ref}`, `from :${step.from! + 1}`, '');
        return;
      }
      const when = `${1764300000 + i * 3600} +0000`;
      const data = Buffer.from(step.message, 'utf8');
      lines.push(
        `commit ${ref}`,
        `mark :${i + 1}`,
        `author Service Guru rehearsal <rehearsal@service-guru.invalid> ${when}`,
        `committer Service Guru rehearsal <rehearsal@service-guru.invalid> ${when}`,
        `data ${data.length}`,
        step.message,
      );
      if (step.from !== undefined) lines.push(`from :${step.from + 1}`);
      lines.push('');
    });
    const marks = path.join(this.bare, 'rehearsal-marks');
    git(this.bare, ['fast-import', '--quiet', `--export-marks=${marks}`], lines.join('\n') + '\n');
    const byMark = new Map(
      readFileSync(marks, 'utf8')
        .trim()
        .split('\n')
        .map((l) => l.split(' ') as [string, string]),
    );
    rmSync(marks);
    return steps.map((step, i) => byMark.get(`:${(step.message === undefined ? step.from! : i) + 1}`)!);
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
    const line = readFileSync(packed, 'utf8')
      .split('\n')
      .find((l) => l.endsWith(` refs/heads/${branch}`));
    return line ? line.split(' ')[0]! : null;
  }
}
