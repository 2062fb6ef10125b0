// `npm run faults -- --runs N --seed S [--run I] [--jobs J] [--json]`: the whole Monday N times
// against the rehearsal's stand-ins, each run with seeded faults, and the five invariants of
// issue 18 checked after every run (docs/faults.md). `--seed S --run I` replays run I alone.
import { parseArgs } from 'node:util';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { FAULT_KINDS, runSeed, type FaultKind } from '../src/standins/faults.ts';
import { SPEED, WARP, warpTimers } from './warp.ts';
import { checkAll, type Violation } from './invariants.ts';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '100' },
    seed: { type: 'string', default: '1' },
    run: { type: 'string' },
    jobs: { type: 'string', default: '2' },
    config: { type: 'string' },
    json: { type: 'boolean' },
    verbose: { type: 'boolean' },
  },
  strict: true,
});
const integer = (name: string, value: string | undefined): number => {
  if (!/^\d+$/.test(value ?? '')) {
    process.stderr.write(`error: --${name} must be a whole number, not "${value}"\n`);
    process.exit(2);
  }
  return Number(value);
};
const seed = integer('seed', values.seed);
const runs = values.run !== undefined ? [integer('run', values.run)] : Array.from({ length: integer('runs', values.runs) }, (_, i) => i);
const jobs = Math.max(1, integer('jobs', values.jobs));
const config = values.config ?? path.join(path.dirname(fileURLToPath(import.meta.url)), 'service-guru.yml');

// Libraries log through console (matrix-js-sdk): stdout carries only the report.
for (const method of ['log', 'info', 'debug', 'warn'] as const) console[method] = () => undefined;
warpTimers(WARP);
(await import('../src/standins/kube/tls.ts')).reusePki();
const { runEpisode } = await import('./episode.ts');

interface RunReport {
  run: number;
  seed: number;
  faults: Partial<Record<FaultKind, number>>;
  outcome: 'clean' | 'after-retries' | 'failed-cleanly' | 'violated';
  resumed: boolean;
  killed: boolean;
  heldToTheEnd: number;
  violations: Violation[];
  /** Per deploy: its label, exit code and the status of each step (what a violation is read with). */
  deploys: string[];
  realMs: number;
}

const reports: RunReport[] = [];
const started = Date.now();
let next = 0;
const worker = async (): Promise<void> => {
  while (next < runs.length) {
    const run = runs[next++]!;
    const episodeSeed = runSeed(seed, run);
    let report: RunReport;
    try {
      const episode = await runEpisode({ run, seed: episodeSeed, config, speed: SPEED, warp: WARP, hangMs: 120_000 });
      const violations = checkAll(episode.observation);
      const faults: RunReport['faults'] = {};
      for (const f of episode.faults) faults[f.kind] = (faults[f.kind] ?? 0) + 1;
      const first = episode.observation.invocations[0]!;
      report = {
        run,
        seed: episodeSeed,
        faults,
        outcome: violations.length ? 'violated' : first.code === 0 ? (episode.faults.length ? 'after-retries' : 'clean') : 'failed-cleanly',
        resumed: episode.resumed,
        killed: episode.killed,
        heldToTheEnd: episode.heldToTheEnd,
        violations,
        deploys: episode.observation.invocations.map(
          (i) => `${i.label}: exit ${i.code}: ${(i.json?.result?.steps ?? []).map((s) => `${s.id} ${s.status}`).join(', ')}`,
        ),
        realMs: episode.realMs,
      };
    } catch (error) {
      report = {
        run,
        seed: episodeSeed,
        faults: {},
        outcome: 'violated',
        resumed: false,
        killed: false,
        heldToTheEnd: 0,
        violations: [
          { invariant: 4, what: `the run itself broke: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}` },
        ],
        deploys: [],
        realMs: 0,
      };
    }
    reports.push(report);
    if (report.violations.length)
      process.stderr.write(`run ${run}: ${report.deploys.join(' | ')}; faults ${JSON.stringify(report.faults)}\n`);
    for (const v of report.violations)
      process.stderr.write(
        `VIOLATION of invariant ${v.invariant} in run ${run} (seed ${seed}; ` +
          `replay: npm run faults -- --seed ${seed} --run ${run}): ${v.what}\n`,
      );
    if (values.verbose)
      process.stderr.write(
        `run ${run}: ${report.outcome}${report.killed ? ', killed' : ''}${report.resumed ? ', resumed' : ''}, ` +
          `faults ${JSON.stringify(report.faults)}, ${report.realMs} ms\n`,
      );
  }
};
await Promise.all(Array.from({ length: Math.min(jobs, runs.length) }, worker));
reports.sort((a, b) => a.run - b.run);

const totals: Record<string, number> = Object.fromEntries(FAULT_KINDS.map((k) => [k, 0]));
for (const r of reports) for (const [k, n] of Object.entries(r.faults)) totals[k]! += n;
const faultCount = Object.values(totals).reduce((a, b) => a + b, 0);
const violations = reports.reduce((n, r) => n + r.violations.length, 0);
const count = (f: (r: RunReport) => boolean): number => reports.filter(f).length;
const summary = {
  seed,
  runs: reports.length,
  faults: faultCount,
  faultsByKind: totals,
  clean: count((r) => r.outcome === 'clean'),
  succeededAfterRetries: count((r) => r.outcome === 'after-retries'),
  failedCleanly: count((r) => r.outcome === 'failed-cleanly'),
  killed: count((r) => r.killed),
  resumed: count((r) => r.resumed),
  runsWithViolations: count((r) => r.violations.length > 0),
  violations,
  slowAnswersNeverTimedOut: reports.reduce((n, r) => n + r.heldToTheEnd, 0),
  seconds: Math.round((Date.now() - started) / 100) / 10,
  perRunMs: Math.round(reports.reduce((n, r) => n + r.realMs, 0) / Math.max(1, reports.length)),
};
if (values.json) {
  process.stdout.write(JSON.stringify({ ...summary, reports }, null, 2) + '\n');
} else {
  const rows: Array<[string, string]> = [
    ['runs', String(summary.runs)],
    ...FAULT_KINDS.map((k): [string, string] => [`faults: ${k}`, String(totals[k])]),
    ['runs without a fault', String(summary.clean)],
    ['runs that succeeded after retries', String(summary.succeededAfterRetries)],
    ['runs that failed cleanly (exit 1, then resumed)', String(summary.failedCleanly)],
    ['runs killed (SIGKILL at a drawn request)', String(summary.killed)],
    ['runs resumed with deploy --from', String(summary.resumed)],
    ['runs with invariant violations', String(summary.runsWithViolations)],
    ['invariant violations', String(violations)],
    ['slow answers no client timed out', String(summary.slowAnswersNeverTimedOut)],
    ['wall time', `${summary.seconds} s (${summary.perRunMs} ms per run, ${jobs} at a time)`],
  ];
  const width = Math.max(...rows.map(([k]) => k.length));
  process.stdout.write(`Fault runs, seed ${seed}\n${rows.map(([k, v]) => `${k.padEnd(width)}  ${v}`).join('\n')}\n`);
}
// With --json, stdout is one JSON document: the closing line goes to stderr.
(values.json ? process.stderr : process.stdout).write(`${summary.runs} runs, ${faultCount} faults, ${violations} invariant violations\n`);
process.exitCode = violations > 0 ? 1 : 0;
