// Wall time of move-stable over N local bare repositories (git transport), run through the CLI in
// this process, as a user runs it: a dry run, then a real run (stable three commits behind main).
// The goals are for repositories given as paths (read in place); the same repositories as file://
// URLs take the path of a network remote (blobless fetch into the scratch repository) and are
// shown without a goal. Not a test: it measures. Run with `npm exec -- node bench/move-stable.ts`.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { main } from '../src/cli/main.ts';

const GOALS: Record<number, number> = { 7: 0.5, 50: 2 };
const RUNS = 3;

const root = mkdtempSync(path.join(os.tmpdir(), 'sg-bench-move-'));
const gitEnv = {
  ...process.env,
  GIT_AUTHOR_NAME: 'Bench',
  GIT_AUTHOR_EMAIL: 'b@example.org',
  GIT_COMMITTER_NAME: 'Bench',
  GIT_COMMITTER_EMAIL: 'b@example.org',
};
const git = (cwd: string, ...args: string[]): string => execFileSync('git', args, { cwd, env: gitEnv, encoding: 'utf8' }).trim();

/** One bare repository with stable and main three commits ahead; every bench repository is a copy. */
function template(): string {
  const bare = path.join(root, 'template.git');
  const work = path.join(root, 'template-work');
  mkdirSync(bare);
  git(bare, 'init', '--bare', '-q', '-b', 'main');
  git(root, 'clone', '-q', bare, work);
  for (let i = 0; i < 30; i++) {
    writeFileSync(path.join(work, `file-${i}.txt`), `content ${i}\n`);
    git(work, 'add', '.');
    git(work, 'commit', '-q', '-m', `history ${i}`);
  }
  git(work, 'push', '-q', 'origin', 'HEAD:main', 'HEAD:stable');
  for (let i = 0; i < 3; i++) git(work, 'commit', '-q', '--allow-empty', '-m', `change ${i}`);
  git(work, 'push', '-q', 'origin', 'HEAD:main');
  return bare;
}

function repositories(source: string, n: number, round: string, url = false): string {
  const dir = path.join(root, `${n}-${round}`);
  mkdirSync(dir);
  const lines = ['deployment: bench', 'components:'];
  for (let i = 0; i < n; i++) {
    cpSync(source, path.join(dir, `c${i}.git`), { recursive: true });
    lines.push(
      `  - { name: c${i}, remote: ${url ? `"file://${path.join(dir, `c${i}.git`)}"` : `c${i}.git`}` +
        `${i > 0 && i % 5 === 0 ? `, after: [c${i - 1}]` : ''} }`,
    );
  }
  writeFileSync(path.join(dir, 'service-guru.yml'), lines.join('\n') + '\n');
  return path.join(dir, 'service-guru.yml');
}

async function timed(args: string[]): Promise<number> {
  let stderr = '';
  const started = performance.now();
  const code = await main(
    args,
    { PATH: process.env.PATH, HOME: process.env.HOME },
    () => undefined,
    (t) => (stderr += t),
  );
  const seconds = (performance.now() - started) / 1000;
  if (code !== 0) throw new Error(`move-stable exited ${code}:\n${stderr}`);
  return seconds;
}

function median(values: number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
}

try {
  const source = template();
  // Warm-up: the first run also loads the config loader and the stage.
  await timed(['move-stable', '--config', repositories(source, 2, 'warm'), '--dry-run']);
  console.log(`move-stable over local bare repositories (median of ${RUNS} runs, wall time)`);
  for (const url of [false, true]) {
    for (const n of [7, 50]) {
      const dry: number[] = [];
      const real: number[] = [];
      for (let r = 0; r < RUNS; r++) {
        dry.push(await timed(['move-stable', '--config', repositories(source, n, `dry${r}${url}`, url), '--dry-run']));
        real.push(await timed(['move-stable', '--config', repositories(source, n, `real${r}${url}`, url)]));
      }
      const goal = GOALS[n]!;
      for (const [kind, values] of [
        ['dry run', dry],
        ['real run', real],
      ] as const) {
        const m = median(values);
        const against = url ? '(file:// URLs: the fetch path, no goal)' : `(goal ≤ ${goal} s${m <= goal ? '' : ', MISSED'})`;
        console.log(
          `  ${String(n).padStart(2)} repositories${url ? ' as file://' : ''}, ${kind.padEnd(8)}: ${m.toFixed(2)} s   ${against}`,
        );
      }
    }
  }
} finally {
  rmSync(root, { recursive: true, force: true });
}
