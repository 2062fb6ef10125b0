// The health gate over a namespace of 2,000 pods: wall time and peak memory of a CLI run (goal
// ≤ 2 s, ≤ 150 MB), and the cold start of the bundled action (goal ≤ 150 ms). The cluster and
// Sentry doubles run in this process; the gate runs in a child process, so its figures are its own.
//   node bench/health-gate.ts            (Node 24: npm exec -- node bench/health-gate.ts)
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const POD_COUNT = Number(process.env.PODS ?? 2000);
const RUNS = Number(process.env.RUNS ?? 5);

if (process.argv[2] === '--child') {
  // The gate as the bin runs it, with the real clock; figures go to stdout as the last line.
  const { main } = await import('../src/cli/main.ts');
  const started = performance.now();
  let out = '';
  const code = await main(
    ['health-gate', '--config', process.argv[3]!, '--json'],
    process.env,
    (t) => (out += t),
    () => {},
  );
  const ms = performance.now() - started;
  const result = JSON.parse(out) as { ok: boolean; result: { pods: { total: number } } };
  process.stdout.write(
    JSON.stringify({ code, ms, maxRssKb: process.resourceUsage().maxRSS, ok: result.ok, pods: result.result.pods.total }) + '\n',
  );
  process.exit(0);
}

const { KubeDouble, REFS } = await import('../src/standins/kube/index.ts');
const { SentryDouble } = await import('../src/standins/sentry.ts');
const kube = new KubeDouble({ controllers: [] });
const sentry = new SentryDouble();
await Promise.all([kube.start(), sentry.start()]);
const NS = 'packit-prod';
const now = new Date().toISOString();
for (let i = 0; i < POD_COUNT; i++) {
  const component = `worker-${i % 40}`;
  const image = `quay.io/packit/${component}:prod`;
  kube.create(REFS.pods, NS, {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      name: `${component}-${i}`,
      labels: { component, 'app.kubernetes.io/part-of': 'packit' },
      ownerReferences: [{ apiVersion: 'apps/v1', kind: 'StatefulSet', name: component, uid: 'u', controller: true }],
    },
    spec: {
      containers: [
        { name: component, image, resources: { requests: { cpu: '100m', memory: '512Mi' } }, env: [{ name: 'DEPLOYMENT', value: 'prod' }] },
      ],
    },
    status: {
      phase: 'Running',
      hostIP: '10.0.12.7',
      podIP: `10.128.${i >> 8}.${i & 255}`,
      startTime: now,
      conditions: ['Initialized', 'Ready', 'ContainersReady', 'PodScheduled'].map((type) => ({
        type,
        status: 'True',
        lastTransitionTime: now,
      })),
      containerStatuses: [
        {
          name: component,
          image,
          imageID: `quay.io/packit/${component}@sha256:${'ab'.repeat(32)}`,
          ready: true,
          started: true,
          restartCount: i % 3,
          state: { running: { startedAt: now } },
        },
      ],
    },
  });
}
for (let i = 0; i < 150; i++)
  sentry.addIssue({ title: `OperationalError ${i}`, count: 1000 + i, firstSeen: new Date(Date.now() - (i + 1) * 86_400_000) });

const dir = mkdtempSync(path.join(os.tmpdir(), 'sg-bench-health-'));
const config = path.join(dir, 'service-guru.yml');
writeFileSync(
  config,
  `deployment: prod
components: [{ name: packit-service, repo: packit/packit-service }]
clusters:
  prod: { server: ${kube.url}, namespace: ${NS}, caFile: ${kube.caFile} }
health:
  sentry: { apiUrl: ${sentry.url}, org: ${sentry.org}, project: ${sentry.project} }
`,
);
const env = { PATH: process.env.PATH, HOME: process.env.HOME, OPENSHIFT_TOKEN_PROD: kube.token, SENTRY_AUTH_TOKEN: sentry.token };

function child(): Promise<{ code: number; ms: number; maxRssKb: number; ok: boolean; pods: number; wallMs: number }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const proc = spawn(process.execPath, [fileURLToPath(import.meta.url), '--child', config], {
      cwd: dir,
      env,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    proc.stdout.on('data', (d: Buffer) => (out += d.toString()));
    proc.on('error', reject);
    proc.on('close', () => {
      try {
        resolve({ ...JSON.parse(out.trim().split('\n').pop()!), wallMs: performance.now() - started });
      } catch (error) {
        reject(new Error(`the gate did not report: ${out}`, { cause: error }));
      }
    });
  });
}

const runs = [];
for (let i = 0; i < RUNS; i++) runs.push(await child());
await Promise.all([kube.stop(), sentry.stop()]);
const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const gateMs = median(runs.map((r) => r.ms));
const processMs = median(runs.map((r) => r.wallMs));
const peakMb = Math.max(...runs.map((r) => r.maxRssKb)) / 1024;
const verdict = (ok: boolean) => (ok ? 'ok' : 'OVER GOAL');
console.log(`node ${process.version}, ${RUNS} runs, ${runs[0]!.pods} pods (all healthy: ${runs.every((r) => r.ok && r.code === 0)})`);
console.log(`health gate, stage run:      median ${gateMs.toFixed(0)} ms`);
console.log(`health gate, whole process:  median ${processMs.toFixed(0)} ms   goal ≤ 2000 ms  ${verdict(processMs <= 2000)}`);
console.log(`peak memory (max RSS):       ${peakMb.toFixed(0)} MB       goal ≤ 150 MB   ${verdict(peakMb <= 150)}`);

const bundle = path.join(root, 'dist/health-gate/index.js');
if (!existsSync(bundle)) {
  console.log('cold start of the action:    dist/health-gate/index.js missing; run npm run bundle first');
} else {
  const time = (args: string[], extra: Record<string, string> = {}) => {
    const samples: number[] = [];
    for (let i = 0; i < 20; i++) {
      const started = performance.now();
      spawnSync(process.execPath, args, {
        cwd: dir,
        env: { PATH: process.env.PATH, GITHUB_OUTPUT: path.join(dir, 'out'), ...extra },
        stdio: 'ignore',
      });
      samples.push(performance.now() - started);
    }
    return median(samples);
  };
  writeFileSync(path.join(dir, 'out'), '');
  const empty = time(['-e', '']);
  // A configuration that does not exist: everything a real run loads, stopping where the stage begins.
  const action = time([bundle], { INPUT_CONFIG: 'missing.yml' });
  console.log(
    `cold start of the action:    median ${action.toFixed(0)} ms (empty node ${empty.toFixed(0)} ms → bundle load ≈ ${(action - empty).toFixed(0)} ms)   goal ≤ 150 ms  ${verdict(action - empty <= 150)}`,
  );
}
