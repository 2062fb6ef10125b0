import path from 'node:path';
import { UsageError } from '../../core/errors.ts';
import { loadConfig } from '../../config/load.ts';
import type { ReportTable } from '../../core/report.ts';
import { deployStage } from '../deploy/stage.ts';
import { didYouMean } from '../../config/issues.ts';
import { flag, text } from '../options.ts';
import type { StageCode, StageContext, StageRun } from '../stage.ts';
import { fastClock } from './clock.ts';
import { findScenario, SCENARIOS, type RehearsedDeploy, type Scenario } from './scenarios.ts';
import { loopbackRegistry } from '../../standins/loopback.ts';
import { summaryFile } from '../deploy/options.ts';
import { summaryMarkdown, type TimedStep } from '../shared/run-summary.ts';
import { writeRunSummary } from '../shared/timeline.ts';

export interface RehearseOptions {
  scenario: Scenario | undefined;
  list: boolean;
  keep: boolean;
  ignoreFreeze: boolean;
  /** auto, in-process, or a running loopback registry's host:port. */
  registry: string;
  /** --summary: the Markdown run summary (steps, Gantt, verdict) also goes to this file. */
  summary: string | undefined;
}

export interface RehearseResult {
  scenario: string | null;
  scenarios: Array<{ name: string; description: string; exit: number }>;
  /** Whether the deployment behaved as the scenario expects (its exit code included). */
  asExpected: boolean | null;
  problems: string[];
  deploy: RehearsedDeploy | null;
  notes: string[];
  /** The folder with the repositories and configuration, when kept (--keep). */
  dir: string | null;
  elapsedMs: number;
}

/** Rehearsal time runs this much faster than the wall clock. */
const SPEED = 120;

export const rehearse: StageCode<RehearseOptions, RehearseResult> = {
  parseOptions: (raw, config) => {
    const name = text(raw, 'scenario') ?? 'weekly';
    const scenario = findScenario(name);
    const list = flag(raw, 'list');
    if (!scenario && !list)
      throw new UsageError(
        `--scenario: unknown scenario "${name}"${didYouMean(
          name,
          SCENARIOS.map((s) => s.name),
        )}`,
        'list them with service-guru rehearse --list',
      );
    const unmet = scenario && !list ? (scenario.needs?.(config) ?? []) : [];
    if (unmet.length)
      throw new UsageError(
        `scenario ${scenario!.name} does not apply to this configuration (needs ${unmet.join('; ')})`,
        `rehearse another scenario (service-guru rehearse --list), or add ${unmet.length > 1 ? 'these' : 'it'} to ${config.file}`,
      );
    const given = text(raw, 'registry') ?? 'auto';
    const registry = given === 'auto' || given === 'in-process' ? given : loopbackRegistry(given);
    if (!registry)
      throw new UsageError(
        `--registry: "${given}" is neither auto, in-process nor a loopback registry address`,
        'give auto, in-process, or host:port of a registry on this machine, e.g. 127.0.0.1:5000',
      );
    return { scenario, list, keep: flag(raw, 'keep'), ignoreFreeze: flag(raw, 'ignore-freeze'), registry, summary: summaryFile(raw) };
  },
  run: runRehearsal,
};

const scenarioList = (): RehearseResult['scenarios'] => SCENARIOS.map((s) => ({ name: s.name, description: s.description, exit: s.exit }));

async function runRehearsal(ctx: StageContext, options: RehearseOptions): Promise<StageRun<RehearseResult>> {
  const empty: RehearseResult = {
    scenario: null,
    scenarios: scenarioList(),
    asExpected: null,
    problems: [],
    deploy: null,
    notes: [],
    dir: null,
    elapsedMs: 0,
  };
  const listTable: ReportTable = {
    title: 'Rehearsal scenarios',
    headers: ['Scenario', 'Exit', 'What happens'],
    rows: SCENARIOS.map((s) => [s.name, String(s.exit), s.description]),
  };
  if (options.list) return { ok: true, changed: false, result: empty, tables: [listTable] };
  const scenario = options.scenario!;
  const started = Date.now();
  const clock = fastClock(SPEED);
  ctx.logger.info(`rehearsing "${scenario.name}" from ${ctx.config.file}: ${scenario.description}`);
  ctx.logger.info(
    `the rehearsal's clock runs ${SPEED}× faster than real time: its waits and timeouts are the real ones, in minutes of its clock`,
  );
  // The stand-ins load only when a rehearsal starts: --list and the action's start-up stay light.
  const { buildWorld } = await import('./world.ts');
  const world = await buildWorld(ctx.config.file, scenario, clock, options.registry);
  try {
    for (const note of world.notes) ctx.logger.info(note);
    const deploy = await deployStage.load();
    const config = loadConfig(world.configFile);
    const env = { ...world.env, PATH: ctx.env.PATH, HOME: ctx.env.HOME };
    for (const value of Object.values(world.env)) ctx.secrets.add(value);
    const raw = {
      yes: true,
      state: path.join(world.dir, 'deploy-state.json'),
      'images-interval': '5s',
      'copr-interval': '5s',
      observe: '2m',
      'images-timeout': '30m',
      'run-url': 'https://github.com/rehearsal/deployment/actions/runs/1',
      'ignore-freeze': options.ignoreFreeze,
    };
    const attempt = () => deploy.run({ ...ctx, config, env, clock, dryRun: false }, deploy.parseOptions(raw, config));
    const interruption = scenario.interrupt?.(world);
    let run = await attempt();
    const early: string[] = [];
    if (interruption && !(run.result as { freeze: unknown }).freeze) {
      const first = run.result as { steps: RehearsedDeploy['steps']; results: Record<string, unknown> };
      early.push(...interruption.check({ ok: run.ok, steps: first.steps, results: first.results }).map((p) => `first attempt: ${p}`));
      interruption.heal();
      world.notes.push(interruption.note);
      ctx.logger.info(`${interruption.note}: running deploy again`);
      run = await attempt();
    }
    const result = run.result as {
      steps: Array<TimedStep & { id: string; status: string }>;
      results: Record<string, unknown>;
      freeze: unknown;
    };
    const summarise = (tables: ReportTable[]): void => {
      const markdown = summaryMarkdown(`Rehearsal ${scenario.name} of ${config.deployment}`, tables, result.steps, result.results);
      writeRunSummary(ctx.env, options.summary, ctx.secrets.redact(markdown));
    };
    if (!run.ok && result.freeze && !result.steps.length) {
      // The summary still says why nothing ran (the freeze note), with an empty timeline.
      summarise(run.tables);
      return {
        ok: false,
        changed: false,
        result: { ...empty, scenario: scenario.name, notes: world.notes, elapsedMs: Date.now() - started },
        tables: run.tables,
        error: {
          message: `the configuration is in a freeze window, so deploy refused: ${run.error?.message ?? ''}`,
          hint: 'rehearse anyway with --ignore-freeze',
        },
      };
    }
    const rehearsed: RehearsedDeploy = { ok: run.ok, steps: result.steps, results: result.results };
    const problems = [...early, ...scenario.judge(world, rehearsed), ...world.builds.errors.map((e) => `image build: ${e}`)];
    if ((run.ok ? 0 : 1) !== scenario.exit) problems.unshift(`exit ${run.ok ? 0 : 1}, expected ${scenario.exit}`);
    const elapsedMs = Date.now() - started;
    const verdict: ReportTable = {
      title: `Rehearsal: ${scenario.name}`,
      headers: ['Scenario', 'Expected exit', 'Exit', 'As expected', 'Took'],
      rows: [
        [
          scenario.name,
          String(scenario.exit),
          run.ok ? '0' : '1',
          problems.length ? `❌ ${problems.join('; ')}` : '✅ yes',
          `${(elapsedMs / 1000).toFixed(1)} s`,
        ],
      ],
      notes: [
        ...world.notes,
        options.keep ? `repositories and configuration kept in ${world.dir}` : 'nothing outside this machine was touched',
      ],
    };
    const outcome: RehearseResult = {
      scenario: scenario.name,
      scenarios: scenarioList(),
      asExpected: problems.length === 0,
      problems,
      deploy: rehearsed,
      notes: world.notes,
      dir: options.keep ? world.dir : null,
      elapsedMs,
    };
    const ok = problems.length === 0 && scenario.exit === 0;
    const error = problems.length
      ? { message: `rehearsal "${scenario.name}" did not go as expected: ${problems.join('; ')}` }
      : scenario.exit !== 0
        ? {
            message: `rehearsal "${scenario.name}" ended as expected, with the deployment failing: ${run.error?.message ?? ''}`,
            hint: 'this scenario shows how a failed deployment looks; exit 1 is its expected end',
          }
        : undefined;
    summarise([...run.tables, verdict]);
    const last = error ? `ended as expected (exit ${scenario.exit}: ${scenario.description})` : undefined;
    return {
      ok,
      changed: false,
      result: outcome,
      tables: [...run.tables, verdict],
      ...(error ? { error } : {}),
      ...(last ? { verdict: last } : {}),
    };
  } finally {
    await world.stop(options.keep);
  }
}
