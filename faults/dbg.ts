import { warpTimers } from './warp.ts';
for (const method of ['log', 'info', 'debug', 'warn'] as const) console[method] = () => undefined;
warpTimers(20);
(await import('../src/standins/kube/tls.ts')).reusePki();
const { runEpisode } = await import('./episode.ts');
const { runSeed } = await import('../src/standins/faults.ts');
for (const run of [3, 3]) {
  const t = Date.now();
  const e = await runEpisode({ run, seed: runSeed(1, run), config: 'faults/service-guru.yml', speed: 2000, warp: 20, hangMs: 120000 });
  console.error(run, Date.now() - t, e.observation.invocations.map((i) => `${i.label} ${i.code} ` + (i.json?.result?.steps ?? []).map((s: any) => `${s.id}:${s.status}:${Math.round(s.durationMs / 2000)}`).join(' ')));
  if (process.env.FAULTS_TRACE) console.error(e.observation.invocations[0].stderr);
}
