// What a 40-minute wait for 7 images of 5 components costs, counted by the doubles: the stage
// against the GitHub and Quay API doubles on a simulated clock (builds finish between minute 31
// and minute 40), then a naive poller (every 10 s, no ETags) over the same scenario. Not a test:
// it prints figures.
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Clock } from '../src/core/clock.ts';
import { MemorySink, TerminalLogger } from '../src/core/logger.ts';
import { Secrets } from '../src/core/secrets.ts';
import { runStage } from '../src/stages/run.ts';
import { waitImagesStage as waitImages } from '../src/stages/wait-images/stage.ts';
import { GitHubDouble } from '../src/standins/github.ts';
import { QuayDouble } from '../test/doubles/quay.ts';

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

/** Simulated time: a sleep advances it and applies the scenario's events that are due. */
class SimClock implements Clock {
  private t = Date.now();
  readonly start = this.t;
  private readonly events: Array<{ at: number; apply: () => void }>;
  constructor(events: Array<{ at: number; apply: () => void }>) {
    this.events = events;
  }
  now(): number {
    return this.t;
  }
  async sleep(ms: number): Promise<void> {
    this.t += ms;
    for (const e of this.events) if (this.start + e.at <= this.t) e.apply();
    await new Promise((r) => setImmediate(r));
  }
}

/** Fresh state in the doubles: old images tagged, builds running; returns what changes when. */
function scenario(): { events: Array<{ at: number; apply: () => void }>; moved: object[]; shas: Map<string, string> } {
  github.repos.clear();
  quay.repos.clear();
  const events: Array<{ at: number; apply: () => void }> = [];
  const moved: object[] = [];
  const shas = new Map<string, string>();
  for (const c of components) {
    const repo = github.addRepo(`packit/${c.name}`);
    const old = github.chain(null, `${c.name} old`);
    const sha = github.chain(old, `${c.name} new`);
    shas.set(c.name, sha);
    repo.branches.set('stable', sha);
    moved.push({ name: c.name, status: 'moved', current: sha });
    const run = {
      id: 1000,
      workflow: 'build.yml',
      name: 'Build',
      head_sha: sha,
      head_branch: 'stable',
      status: 'in_progress' as 'in_progress' | 'completed',
      conclusion: null as null | 'success',
      created_at: new Date().toISOString(),
    };
    repo.runs.push(run);
    for (const image of c.images) {
      quay.repos.set(`packit/${image}`, [
        {
          name: 'prod',
          manifest_digest: `sha256:${old.padEnd(64, '0')}`,
          is_manifest_list: true,
          start_ts: 1,
          platforms: ['linux/amd64', 'linux/arm64'],
        },
      ]);
      events.push({
        at: c.doneAt * 60_000,
        apply: () => {
          const tag = {
            manifest_digest: `sha256:${sha.padEnd(64, '1')}`,
            is_manifest_list: true,
            start_ts: 2,
            platforms: ['linux/amd64', 'linux/arm64'],
          };
          quay.repos.set(`packit/${image}`, [
            { name: 'prod', ...tag },
            { name: `stable-${sha.slice(0, 7)}`, ...tag },
          ]);
        },
      });
    }
    events.push({ at: c.doneAt * 60_000 - 30_000, apply: () => Object.assign(run, { status: 'completed', conclusion: 'success' }) });
  }
  return { events, moved, shas };
}

interface Figures {
  label: string;
  minutes: number;
  github: number;
  notModified: number;
  quay: number;
  cpuMs: number;
  ok: boolean;
}

async function measure(
  label: string,
  body: (clock: SimClock, moved: object[], shas: Map<string, string>) => Promise<boolean>,
): Promise<Figures> {
  const { events, moved, shas } = scenario();
  github.requests.length = 0;
  quay.requests.length = 0;
  const clock = new SimClock(events);
  const cpu = process.cpuUsage();
  const ok = await body(clock, moved, shas);
  const used = process.cpuUsage(cpu);
  return {
    label,
    ok,
    minutes: (clock.now() - clock.start) / 60_000,
    github: github.requests.length,
    notModified: github.requests.filter((r) => r.status === 304).length,
    quay: quay.requests.length,
    cpuMs: (used.user + used.system) / 1000,
  };
}

const dir = mkdtempSync(path.join(os.tmpdir(), 'sg-bench-'));
const file = path.join(dir, 'service-guru.yml');
const imageLines = (images: string[]) =>
  images.map((i) => `      - { image: quay.io/packit/${i}:prod, platforms: [linux/amd64, linux/arm64] }`).join('\n');
const componentEntries = components
  .map(
    (c) => `  - name: ${c.name}\n    repo: packit/${c.name}\n    build: { workflows: [build.yml] }\n    images:\n${imageLines(c.images)}`,
  )
  .join('\n');
writeFileSync(
  file,
  `deployment: prod\ngithub: { apiUrl: ${github.url} }\nregistries: { quay.io: { apiUrl: ${quay.url} } }\ncomponents:\n` +
    `${componentEntries}\n`,
);

let progressLines = 0;
const stage = await measure('wait-images (ETags, interval 15s → 60s)', async (clock, moved) => {
  const sink = new MemorySink();
  const secrets = new Secrets();
  const { outcome } = await runStage({
    stage: waitImages,
    configPath: file,
    dryRun: false,
    options: { moved: JSON.stringify(moved), timeout: '90m' },
    env: { GITHUB_TOKEN: github.token },
    logger: new TerminalLogger(secrets, sink),
    secrets,
    clock,
  });
  progressLines = sink.lines.filter((l) => / image\(s\) ready.* left$/.test(l)).length;
  return outcome.ok;
});

// The peers' way: every 10 s, each workflow's runs and each tag, no conditional requests.
const naive = await measure('naive poller (every 10s, no ETags)', async (clock, _moved, shas) => {
  const headers = { authorization: `token ${github.token}`, accept: 'application/vnd.github+json' };
  const pending = new Set(components.flatMap((c) => c.images.map((image) => ({ component: c.name, image }))));
  while (pending.size && clock.now() - clock.start < 90 * 60_000) {
    for (const c of components) {
      const response = await fetch(
        `${github.url}/repos/packit/${c.name}/actions/workflows/build.yml/runs?head_sha=${shas.get(c.name)}&branch=stable`,
        { headers },
      );
      await response.text();
    }
    for (const item of [...pending]) {
      const response = await fetch(`${quay.url}/api/v1/repository/packit/${item.image}/tag/?specificTag=prod&onlyActiveTags=true`);
      const body = (await response.json()) as { tags: Array<{ manifest_digest: string }> };
      if (body.tags[0]?.manifest_digest.startsWith(`sha256:${shas.get(item.component)}`)) pending.delete(item);
    }
    if (pending.size) await clock.sleep(10_000);
  }
  return pending.size === 0;
});

await github.stop();
await quay.stop();

for (const f of [stage, naive]) {
  console.log(
    `${f.label}: ${f.ok ? 'all 7 images ready' : 'NOT READY'} after ${f.minutes.toFixed(1)} simulated min, ${f.cpuMs.toFixed(0)} ms CPU`,
  );
  console.log(`  GitHub: ${f.github} requests, ${f.notModified} answered 304, ${f.github - f.notModified} counted against the rate limit`);
  console.log(`  Quay:   ${f.quay} requests`);
}
console.log(`progress lines of the stage: ${progressLines} over ${stage.minutes.toFixed(0)} min (at least one a minute)`);
console.log(
  `ratio, GitHub requests counted against the rate limit: naive / stage = ` +
    `${((naive.github - naive.notModified) / Math.max(1, stage.github - stage.notModified)).toFixed(1)}×`,
);
