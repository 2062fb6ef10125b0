// The health gate over a namespace of 2,000 pods: wall time and peak memory of a CLI run (goal
// ≤ 2 s, ≤ 150 MB), and the cold start of the bundled action (goal ≤ 150 ms). The cluster and
// Sentry doubles run in this process; the gate runs as a CLI process of its own, so the figures
// (wall time from spawn to exit, peak RSS) are the gate's alone.
//   node bench/health-gate.ts            (Node 24: npm exec -- node bench/health-gate.ts)
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const POD_COUNT = Number(process.env.PODS ?? 2000);
const RUNS = Number(process.env.RUNS ?? 5);

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

// The gate as users run it: the bundled CLI when built (npm run bundle), else the sources.
const bundledCli = path.join(root, 'dist/cli/index.js');
const cli = existsSync(bundledCli) ? bundledCli : path.join(root, 'src/entries/cli.ts');
// Reports the process's peak memory on stderr as it exits.
const PEAK = `data:text/javascript,process.on('exit',()=>process.stderr.write('SG_BENCH_MAXRSS_KB '+process.resourceUsage().maxRSS+'\\n'))`;

function run(): Promise<{ code: number; ok: boolean; pods: number; wallMs: number; maxRssKb: number }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const proc = spawn(process.execPath, ['--import', PEAK, cli, 'health-gate', '--config', config, '--json'], {
      cwd: dir,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    proc.stdout.on('data', (d: Buffer) => (out += d.toString()));
    proc.stderr.on('data', (d: Buffer) => (err += d.toString()));
    proc.on('error', reject);
    proc.on('close', (code) => {
      const wallMs = performance.now() - started;
      try {
        const doc = JSON.parse(out) as { ok: boolean; result: { pods: { total: number } } };
        const maxRssKb = Number(/SG_BENCH_MAXRSS_KB (\d+)/.exec(err)?.[1]);
        resolve({ code: code ?? -1, ok: doc.ok, pods: doc.result.pods.total, wallMs, maxRssKb });
      } catch (error) {
        reject(new Error(`the gate did not report: ${out}${err}`, { cause: error }));
      }
    });
  });
}

const runs = [];
for (let i = 0; i < RUNS; i++) runs.push(await run());
await Promise.all([kube.stop(), sentry.stop()]);
const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const processMs = median(runs.map((r) => r.wallMs));
const peakMb = Math.max(...runs.map((r) => r.maxRssKb)) / 1024;
const verdict = (ok: boolean) => (ok ? 'ok' : 'OVER GOAL');
console.log(
  `node ${process.version}, ${RUNS} runs of ${path.relative(root, cli)}, ` +
    `${runs[0]!.pods} pods (all healthy: ${runs.every((r) => r.ok && r.code === 0)})`,
);
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
    `cold start of the action:    median ${action.toFixed(0)} ms (empty node ${empty.toFixed(0)} ms → ` +
      `bundle load ≈ ${(action - empty).toFixed(0)} ms)   goal ≤ 150 ms  ${verdict(action - empty <= 150)}`,
  );
}
