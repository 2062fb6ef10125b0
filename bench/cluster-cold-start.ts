// Cold start of the cluster and operations stages (goal ≤ 150 ms over an empty node process):
// the bundled import-images, rollback, health-gate, infra-sync, quay-cleanup and firewall-check
// actions until the stage begins (its module loaded) (a configuration that does not
// exist, as bench/cold-start.mjs does), and a whole `import-images --dry-run` of the bundled CLI
// against the cluster double in this process: start, configuration, the client-node parts the
// stage loads on its first request (request factories and models of core, apps and custom
// objects), three reads and two imports over HTTPS.
//   npm run bundle && npm exec -- node bench/cluster-cold-start.ts
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { KubeDouble } from '../src/standins/kube/index.ts';
import { digestOf, seedPackit } from '../src/standins/kube/fixtures.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const RUNS = Number(process.env.RUNS ?? 15);
const ACTIONS = ['import-images', 'rollback', 'health-gate', 'infra-sync', 'quay-cleanup', 'firewall-check'];
for (const stage of [...ACTIONS, 'cli']) {
  if (!existsSync(path.join(root, `dist/${stage}/index.js`)))
    throw new Error(`dist/${stage}/index.js is missing: run npm run bundle first`);
}
const dir = mkdtempSync(path.join(os.tmpdir(), 'sg-bench-kube-'));
writeFileSync(path.join(dir, 'out'), '');

const median = (samples: number[]) => [...samples].sort((a, b) => a - b)[Math.floor(samples.length / 2)]!;

function timeSync(args: string[], env: Record<string, string> = {}): number {
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = process.hrtime.bigint();
    spawnSync(process.execPath, args, {
      cwd: dir,
      env: { PATH: process.env.PATH ?? '', GITHUB_OUTPUT: path.join(dir, 'out'), ...env },
      stdio: 'ignore',
    });
    samples.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  return median(samples);
}

// The double answers from this process, so the child runs asynchronously.
async function timeAsync(args: string[], env: Record<string, string>): Promise<{ ms: number; code: number | null }> {
  const samples: number[] = [];
  let code: number | null = null;
  for (let i = 0; i < RUNS; i++) {
    const started = process.hrtime.bigint();
    code = await new Promise<number | null>((resolve) => {
      const child = spawn(process.execPath, args, { cwd: dir, env: { PATH: process.env.PATH ?? '', ...env }, stdio: 'ignore' });
      child.on('exit', (c) => resolve(c));
    });
    samples.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  return { ms: median(samples), code };
}

const kube = new KubeDouble();
await kube.start();
const ns = 'packit--prod';
seedPackit(kube, ns, { previous: digestOf('previous'), current: digestOf('current'), next: digestOf('next') });
await kube.settle();
const config = path.join(dir, 'service-guru.yml');
writeFileSync(
  config,
  `deployment: prod
components:
  - name: packit-service
    repo: packit/packit-service
    images:
      - { image: quay.io/packit/packit-service:prod, imageStream: packit-service:prod }
      - { image: quay.io/packit/packit-worker:prod, imageStream: packit-worker:prod }
clusters:
  prod: { server: ${kube.url}, namespace: ${ns}, caFile: ${kube.caFile} }
`,
);

const empty = timeSync(['-e', '']);
console.log(`node ${process.version}, ${RUNS} runs each, median wall time`);
console.log(`empty node process:                     ${empty.toFixed(0)} ms`);
let over = 0;
for (const stage of ACTIONS) {
  const ms = timeSync([path.join(root, `dist/${stage}/index.js`)], { INPUT_CONFIG: 'missing.yml' });
  const load = ms - empty;
  if (load > 150) over++;
  console.log(
    `${`${stage} action to stage:`.padEnd(40)}${ms.toFixed(0)} ms → load ` +
      `≈ ${load.toFixed(0)} ms (goal ≤ 150) ${load <= 150 ? 'ok' : 'OVER'}`,
  );
}
const dry = await timeAsync([path.join(root, 'dist/cli/index.js'), 'import-images', '--config', config, '--dry-run', '--json'], {
  OPENSHIFT_TOKEN_PROD: kube.token,
});
console.log(
  `${'CLI import-images --dry-run, whole run:'.padEnd(40)}${dry.ms.toFixed(0)}` +
    ` ms → ≈ ${(dry.ms - empty).toFixed(0)} ms over empty (exit ${dry.code})`,
);
await kube.stop();
if (over) process.exitCode = 1;
