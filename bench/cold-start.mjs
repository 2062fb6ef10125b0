// Cold start of every action and of the CLI, as CPU time (user + system) of the whole process,
// paired against a minimal bundle of @actions/core + @octokit/rest (the simplest TypeScript
// action) measured in the same rounds: each round runs the reference and every subject once, in
// turn, so machine noise hits them alike. Goals (issue 8): every action ≤ 1.0× the reference,
// topic-notify with Matrix configured ≤ 1.5×, `service-guru --help` ≤ 0.5×; topic-notify with
// Slack, and with both, are reported without a goal.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, readdirSync, existsSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import * as esbuild from 'esbuild';

const rounds = Number(process.env.RUNS ?? 15);
const root = path.resolve(import.meta.dirname, '..');
const dir = mkdtempSync(path.join(os.tmpdir(), 'sg-cold-'));
writeFileSync(path.join(dir, 'out'), '');
writeFileSync(path.join(dir, 'summary'), '');

// The child reports its own CPU time when it exits: no rusage of children from Node otherwise.
const probe = path.join(dir, 'probe.mjs');
writeFileSync(
  probe,
  `import { writeFileSync } from 'node:fs';
process.on('exit', () => { const u = process.cpuUsage(); writeFileSync(process.env.SG_CPU_FILE, String((u.user + u.system) / 1000)); });\n`,
);

// The reference: what any action built from @actions/core and @octokit/rest pays to start.
const reference = path.join(dir, 'reference.mjs');
writeFileSync(
  path.join(dir, 'reference-src.mjs'),
  `import * as core from '@actions/core';
import { Octokit } from '@octokit/rest';
const octokit = new Octokit({ auth: core.getInput('token') || undefined });
core.setOutput('ok', String(typeof octokit.rest.repos.get === 'function'));\n`,
);
await esbuild.build({
  entryPoints: [path.join(dir, 'reference-src.mjs')],
  absWorkingDir: root,
  nodePaths: [path.join(root, 'node_modules')],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node24',
  outfile: reference,
  logLevel: 'silent',
  banner: { js: "import { createRequire as __r } from 'node:module'; const require = __r(import.meta.url);" },
});

// Chat services that answer at once (a refusal), so a topic-notify run loads both SDKs, makes its
// first calls and ends: the cost of a run with the chat SDKs, without waiting on a network.
const chat = http.createServer((req, res) => {
  res.setHeader('content-type', 'application/json');
  if (req.url.startsWith('/_matrix')) {
    res.statusCode = 403;
    res.end('{"errcode":"M_FORBIDDEN","error":"bench"}');
  } else res.end('{"ok":false,"error":"invalid_auth"}');
});
await new Promise((resolve) => chat.listen(0, '127.0.0.1', resolve));
const chatUrl = `http://127.0.0.1:${chat.address().port}`;
// One configuration per chat set-up: the goal is for Matrix; Slack and both are reported.
function chatConfig(name, rooms) {
  const file = path.join(dir, `${name}.yml`);
  writeFileSync(file, `deployment: prod\ncomponents: [{ name: ogr, remote: ${dir}/none.git }]\nchat:\n${rooms}`);
  return file;
}
const matrixRooms = `  matrix: { homeserver: "${chatUrl}", rooms: ["!room:example.org"] }\n`;
const slackChannels = `  slack: { apiUrl: "${chatUrl}/api/", channels: [C0123456] }\n`;
const chatTokens = { 'INPUT_MATRIX-ACCESS-TOKEN': 'x', 'INPUT_SLACK-BOT-TOKEN': 'xoxb-x' };

function run(args, env = {}) {
  const cpuFile = path.join(dir, `cpu-${Math.random().toString(36).slice(2)}`);
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', probe, ...args],
      {
        cwd: dir,
        env: {
          PATH: process.env.PATH,
          GITHUB_OUTPUT: path.join(dir, 'out'),
          GITHUB_STEP_SUMMARY: path.join(dir, 'summary'),
          SG_CPU_FILE: cpuFile,
          ...env,
        },
      },
      () => resolve(existsSync(cpuFile) ? Number(readFileSync(cpuFile, 'utf8')) : NaN),
    );
  });
}

const stages = readdirSync(path.join(root, 'actions'))
  .filter((d) => existsSync(path.join(root, 'dist', d, 'index.js')))
  .sort();
const subjects = [
  { name: 'node -e "" (no code)', args: ['-e', ''] },
  ...stages.map((s) => ({
    name: `${s} action`,
    args: [path.join(root, 'dist', s, 'index.js')],
    env: { INPUT_CONFIG: 'missing.yml' },
    goal: 1.0,
  })),
  {
    name: 'main action (stage: move-stable)',
    args: [path.join(root, 'dist/main/index.js')],
    env: { INPUT_STAGE: 'move-stable', INPUT_CONFIG: 'missing.yml' },
    goal: 1.0,
  },
  {
    name: 'topic-notify with Matrix',
    args: [path.join(root, 'dist/topic-notify/index.js')],
    env: { INPUT_CONFIG: chatConfig('matrix', matrixRooms), ...chatTokens },
    goal: 1.5,
  },
  {
    name: 'topic-notify with Slack (no goal)',
    args: [path.join(root, 'dist/topic-notify/index.js')],
    env: { INPUT_CONFIG: chatConfig('slack', slackChannels), ...chatTokens },
  },
  {
    name: 'topic-notify with Matrix + Slack (no goal)',
    args: [path.join(root, 'dist/topic-notify/index.js')],
    env: { INPUT_CONFIG: chatConfig('both', matrixRooms + slackChannels), ...chatTokens },
  },
  { name: 'service-guru --help', args: [path.join(root, 'dist/cli/index.js'), '--help'], goal: 0.5 },
  {
    name: 'service-guru move-stable (CLI)',
    args: [path.join(root, 'dist/cli/index.js'), 'move-stable', '--config', 'missing.yml'],
    goal: 1.0,
  },
];
const samples = new Map([['reference', []], ...subjects.map((s) => [s.name, []])]);
for (let i = 0; i < rounds; i++) {
  samples.get('reference').push(await run([reference]));
  for (const s of subjects) samples.get(s.name).push(await run(s.args, s.env));
}
chat.close();

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ref = median(samples.get('reference'));
console.log(`node ${process.version}, ${rounds} paired rounds, CPU time (user + system) per process`);
console.log(`${'reference: @actions/core + @octokit/rest bundle'.padEnd(48)} ${ref.toFixed(0).padStart(5)} ms  1.00×`);
let failed = 0;
for (const s of subjects) {
  const m = median(samples.get(s.name));
  const ratio = m / ref;
  const verdict =
    s.goal === undefined ? '' : ratio <= s.goal ? `  goal ≤ ${s.goal.toFixed(1)}× met` : `  goal ≤ ${s.goal.toFixed(1)}× MISSED`;
  if (s.goal !== undefined && ratio > s.goal) failed++;
  console.log(`${s.name.padEnd(48)} ${m.toFixed(0).padStart(5)} ms  ${ratio.toFixed(2)}×${verdict}`);
}
console.log(failed ? `${failed} goal(s) missed` : 'every goal met');
