// How many requests a 40-minute wait for 7 images costs. The stage runs against the GitHub and
// Quay API doubles with a simulated clock: builds finish between minute 31 and minute 40.
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runStage } from '../src/stages/run.ts';
import { MemorySink, TerminalLogger } from '../src/core/logger.ts';
import { Secrets } from '../src/core/secrets.ts';
import { waitImages } from '../src/stages/wait-images/index.ts';
import { GitHubDouble } from '../src/standins/github.ts';
import { QuayDouble } from '../src/standins/quay.ts';

const github = new GitHubDouble();
const quay = new QuayDouble();
await github.start();
await quay.start();

const components = [
  { name: 'packit-service', images: ['packit-service', 'packit-worker'], doneAt: 40 },
  { name: 'packit-service-fedmsg', images: ['packit-service-fedmsg'], doneAt: 31 },
  { name: 'dashboard', images: ['dashboard'], doneAt: 33 },
  { name: 'sandcastle', images: ['sandcastle'], doneAt: 32 },
  { name: 'tokman', images: ['tokman', 'tokman-cli'], doneAt: 36 },
];
const events: Array<{ at: number; apply: () => void }> = [];
const moved = [];
for (const c of components) {
  const repo = github.addRepo(`packit/${c.name}`);
  const old = github.chain(null, `${c.name} old`);
  const sha = github.chain(old, `${c.name} new`);
  repo.branches.set('stable', sha);
  moved.push({ name: c.name, status: 'moved', current: sha });
  const run = { id: repo.runs.length + 1000, workflow: 'build.yml', name: 'Build', head_sha: sha, head_branch: 'stable', status: 'in_progress' as const, conclusion: null, created_at: new Date().toISOString() };
  repo.runs.push(run);
  for (const image of c.images) {
    const oldDigest = `sha256:${old.padEnd(64, '0')}`;
    quay.repos.set(`packit/${image}`, [{ name: 'prod', manifest_digest: oldDigest, is_manifest_list: true, start_ts: 1, platforms: ['linux/amd64', 'linux/arm64'] }]);
    events.push({
      at: c.doneAt * 60_000,
      apply: () => {
        const digest = `sha256:${sha.padEnd(64, '1')}`;
        const tag = { manifest_digest: digest, is_manifest_list: true, start_ts: 2, platforms: ['linux/amd64', 'linux/arm64'] };
        quay.repos.set(`packit/${image}`, [{ name: 'prod', ...tag }, { name: `stable-${sha.slice(0, 7)}`, ...tag }]);
      },
    });
  }
  events.push({ at: c.doneAt * 60_000 - 30_000, apply: () => Object.assign(run, { status: 'completed', conclusion: 'success' }) });
}

const dir = mkdtempSync(path.join(os.tmpdir(), 'sg-bench-'));
const file = path.join(dir, 'service-guru.yml');
writeFileSync(file, `deployment: prod\ngithub: { apiUrl: ${github.url} }\nregistries: { quay.io: { apiUrl: ${quay.url} } }\ncomponents:\n${components.map((c) => `  - name: ${c.name}\n    repo: packit/${c.name}\n    build: { workflows: [build.yml] }\n    images:\n${c.images.map((i) => `      - { image: quay.io/packit/${i}:prod, platforms: [linux/amd64, linux/arm64] }`).join('\n')}`).join('\n')}\n`);

let now = 0;
const clock = {
  now: () => now,
  sleep: async (ms: number) => {
    now += ms;
    for (const e of events) if (e.at <= now) e.apply();
    await new Promise((r) => setImmediate(r));
  },
};
const sink = new MemorySink();
const secrets = new Secrets();
const { outcome } = await runStage({ stage: waitImages, configPath: file, dryRun: false, options: { moved: JSON.stringify(moved), timeout: '90m' }, env: { GITHUB_TOKEN: github.token }, logger: new TerminalLogger(secrets, sink), secrets, clock });
await github.stop();
await quay.stop();

const ghRequests = github.requests.filter((r) => r.path.endsWith('/runs'));
const conditional = ghRequests.filter((r) => r.headers['if-none-match']).length;
const counted = ghRequests.length - (outcome.result as { requests: { githubNotModified: number } }).requests.githubNotModified;
const progressLines = sink.lines.filter((l) => l.includes('image(s) ready |')).length;
console.log(`simulated wait: ${(now / 60_000).toFixed(1)} min for 7 images of 5 components; ok=${outcome.ok}`);
console.log(`GitHub: ${ghRequests.length} requests for build runs (${conditional} conditional), ${counted} counted against the rate limit`);
console.log(`Quay:   ${quay.requests.length} requests`);
console.log(`progress lines: ${progressLines} (at least one a minute)`);
console.log(`a 10-second poll of every run and tag without ETags would send ${Math.ceil(now / 10_000) * (components.length + 7)} requests`);
