// Cold start of an action: node loading its bundle until the stage begins. The action is run
// with a configuration file that does not exist, so it loads everything a real run loads (the
// toolkit, the stage's chunk with Octokit) and stops where the stage would begin.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const runs = Number(process.env.RUNS ?? 20);
const dir = mkdtempSync(path.join(os.tmpdir(), 'sg-bench-'));
writeFileSync(path.join(dir, 'out'), '');

function time(args, env = {}) {
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const started = process.hrtime.bigint();
    spawnSync(process.execPath, args, { cwd: dir, env: { PATH: process.env.PATH, GITHUB_OUTPUT: path.join(dir, 'out'), ...env }, stdio: 'ignore' });
    samples.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  samples.sort((a, b) => a - b);
  return { median: samples[Math.floor(runs / 2)], min: samples[0], max: samples[runs - 1] };
}

const fmt = (r) => `median ${r.median.toFixed(0)} ms (min ${r.min.toFixed(0)}, max ${r.max.toFixed(0)})`;
const baseline = time(['-e', '']);
console.log(`node ${process.version}, ${runs} runs each`);
console.log(`empty node process:            ${fmt(baseline)}`);
for (const stage of ['move-stable', 'wait-images', 'topic-notify']) {
  const action = time([path.resolve(`dist/${stage}/index.js`)], { INPUT_CONFIG: 'missing.yml' });
  console.log(`${`${stage} action to stage:`.padEnd(31)}${fmt(action)}  → bundle load ≈ ${(action.median - baseline.median).toFixed(0)} ms`);
}
const cli = time([path.resolve('dist/cli/index.js'), 'move-stable', '--config', 'missing.yml']);
console.log(`${'CLI move-stable to stage:'.padEnd(31)}${fmt(cli)}  → bundle load ≈ ${(cli.median - baseline.median).toFixed(0)} ms`);
