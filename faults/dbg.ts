// Debug one run: node faults/dbg.ts SEED RUN → the faults and the stderr of each deploy.
import { SPEED, WARP, warpTimers } from './warp.ts';
for (const method of ['log', 'info', 'debug', 'warn'] as const) console[method] = () => undefined;
warpTimers(WARP);
(await import('../src/standins/kube/tls.ts')).reusePki();
const { runEpisode } = await import('./episode.ts');
const { runSeed } = await import('../src/standins/faults.ts');
const { checkAll } = await import('./invariants.ts');
const [seed, run] = process.argv.slice(2).map(Number) as [number, number];
const t = Date.now();
const { FaultPlan } = await import('../src/standins/faults.ts');
const only = process.env.FAULTS_ONLY?.split(':');
const plan = only
  ? (now: () => number) =>
      new FaultPlan({
        seed: runSeed(seed, run),
        rate: Number(process.env.FAULTS_RATE ?? 0.2),
        now,
        services: [only[0]!],
        kinds: only[1]!.split(',') as never,
      })
  : undefined;
const e = await runEpisode({
  ...(plan ? { plan } : {}),
  run,
  seed: runSeed(seed, run),
  config: process.env.FAULTS_CONFIG ?? 'faults/service-guru.yml',
  speed: SPEED,
  warp: WARP,
  hangMs: 120000,
});
console.error(Date.now() - t, 'ms');
console.error(e.faults);
for (const i of e.observation.invocations) console.error(`=== ${i.label} exit ${i.code}\n${i.stderr}\n${JSON.stringify(i.json?.error)}`);
console.error(JSON.stringify(e.observation.components, null, 1));
console.error(checkAll(e.observation));
