import { describe, expect, test } from '@jest/globals';
import path from 'node:path';
import { loadConfig } from '../../src/config/load.ts';
import { MemorySink, TerminalLogger } from '../../src/core/logger.ts';
import { Secrets } from '../../src/core/secrets.ts';
import { deployStage } from '../../src/stages/deploy/stage.ts';
import { STEP_IDS, type StepId } from '../../src/stages/deploy/model.ts';
import type { RollbackResult } from '../../src/stages/rollback/index.ts';
import { fastClock } from '../../src/stages/rehearse/clock.ts';
import { killAfterFirstImport } from '../../src/stages/rehearse/interrupt.ts';
import { findScenario, type Scenario } from '../../src/stages/rehearse/scenarios.ts';
import { buildWorld, type World as Rehearsal } from '../../src/stages/rehearse/world.ts';
import { REFS } from '../../src/standins/kube/index.ts';
import { tempDir, writeConfig } from '../helpers/cli.ts';
import { SCENARIOS, WORLD, type Attempt, type Component, type ConformanceRow, type Expected } from './scenarios.ts';

/**
 * The conformance table (scenarios.ts) through the other rendering of the model: `deploy` in this
 * process against the rehearsal's stand-ins (GitHub, the registry and its image builds, both
 * clusters, Sentry, Matrix and Slack on 127.0.0.1), each row's faults made by the stand-ins.
 * Rows the CLI cannot play say so in the table, with the reason.
 */

const STREAM: Record<Component, string> = { service: 'service', worker: 'queue', dashboard: 'dashboard' };
const ROOM = '!deploy:example.org';
const CHANNEL = 'C0OPS';

const CONFIG = `deployment: prod
timezone: UTC
components:
${WORLD.components
  .map(
    (c) => `  - name: ${c}
    repo: conformance/${c}
    build: { workflows: [images.yml] }
    images: [{ image: "quay.io/example/${c}:prod", imageStream: "${STREAM[c]}:prod" }]`,
  )
  .join('\n')}
clusters:
  prod: { server: "https://prod.example.invalid:6443", namespace: conformance-prod }
  stg: { server: "https://stg.example.invalid:6443", namespace: conformance-stg, staging: true }
chat:
  matrix: { homeserver: "https://matrix.example.invalid", rooms: ["${ROOM}"] }
  slack: { apiUrl: "https://slack.example.invalid/api/", channels: [${CHANNEL}] }
health:
  sentry: { org: example, project: service }
`;

/** The rehearsal clock's speed: the stages' real waits and timeouts pass in milliseconds. */
const SPEED = 120;
/** The run's one registry (jest's global setup), else the rehearsal's own choice. */
const REGISTRY = process.env.SERVICE_GURU_TEST_REGISTRY ?? 'auto';

/** The stand-ins with the row's world: `service` and `worker` ahead of stable, `dashboard` not. */
async function standUp(row: ConformanceRow, dir: string): Promise<Rehearsal> {
  // The health gate's regression (a new Sentry issue once an image is imported) is the rehearsal's own scenario.
  const scenario: Scenario = findScenario(row.first.faults['health-gate'] === 'fail' ? 'sentry-regression' : 'weekly')!;
  const notAhead = WORLD.components.filter((c) => !(WORLD.ahead as readonly string[]).includes(c));
  const world = await buildWorld(writeConfig(dir, CONFIG), scenario, fastClock(SPEED), REGISTRY, notAhead);
  if (row.stableAhead)
    // An earlier run moved stable and stopped there: the builds push this week's images, nothing imported them.
    for (const c of WORLD.components) world.github.repos.get(`conformance/${c}`)!.branches.set('stable', world.heads.get(c)!.main);
  return world;
}

const prod = (world: Rehearsal) => world.cluster.kube.get('prod')!;
const streamDigest = (world: Rehearsal, c: Component): string | undefined => {
  const object = prod(world).get(REFS.imagestreams, 'conformance-prod', STREAM[c]) as
    { status?: { tags?: Array<{ tag: string; items?: Array<{ image: string }> }> } } | undefined;
  return object?.status?.tags?.find((t) => t.tag === 'prod')?.items?.[0]?.image;
};

/** Makes the stand-ins fail at the attempt's steps; returns what undoes it for the next attempt. */
function inject(world: Rehearsal, attempt: Attempt): { heal(): void; fired(): boolean } {
  const heals: Array<() => void> = [];
  let fired = (): boolean => true;
  const { faults } = attempt;
  if (faults['topic-notify'] === 'fail') {
    // One room refuses the notice; the other is told.
    world.slack.fail('POST', /conversations\.setTopic/, { body: { ok: false, error: 'not_in_channel' } });
    heals.push(() => world.slack.clearFaults());
  }
  if (faults['move-stable'] === 'fail') {
    // The second component's ref update is refused (the first moved already).
    const repo = world.github.repos.get(`conformance/${WORLD.ahead[1]}`)!;
    repo.rejectUpdates = 'Protected branch update failed for refs/heads/stable';
    heals.push(() => delete repo.rejectUpdates);
  }
  if (faults['wait-images'] === 'timeout')
    // No build ever pushes this week's images: wait-images runs into its --images-timeout.
    void world.builds.stop();
  if (faults['import-images'] === 'fail') {
    const double = prod(world);
    const ref = world.config.components.find((c) => c.name === WORLD.ahead[1])!.images![0]!.image;
    double.registryErrors.set(ref, `Internal error occurred: ${ref}: unauthorized: access to the requested resource is not authorized`);
    heals.push(() => double.registryErrors.delete(ref));
  }
  if (faults['import-images'] === 'kill') {
    const kill = killAfterFirstImport(prod(world));
    fired = () => kill.killed();
    heals.push(() => kill.heal());
  }
  return { heal: () => heals.forEach((h) => h()), fired: () => fired() };
}

async function deploy(world: Rehearsal, row: ConformanceRow, from?: StepId) {
  const code = await deployStage.load();
  const config = loadConfig(world.configFile);
  const secrets = new Secrets();
  const ctx = {
    config,
    env: { ...world.env, PATH: process.env.PATH, HOME: process.env.HOME },
    clock: fastClock(SPEED),
    dryRun: false,
    secrets,
    logger: new TerminalLogger(secrets, new MemorySink()),
  };
  const raw = {
    yes: true,
    state: path.join(world.dir, 'deploy-state.json'),
    'images-interval': '5s',
    'copr-interval': '5s',
    observe: '2m',
    'images-timeout': row.first.faults['wait-images'] === 'timeout' ? '2m' : '30m',
    'run-url': 'https://github.com/conformance/deployment/actions/runs/1',
    ...(row.only ? { only: row.only.join(',') } : {}),
    // deploy's --skip move-stable is the workflow's skip-move.
    ...(row.skipMove ? { skip: 'move-stable' } : {}),
    ...(from ? { from } : {}),
  };
  const run = await code.run(ctx, code.parseOptions(raw, config));
  return { ok: run.ok, result: run.result, error: run.error };
}

/** Where a resume starts: the step the hint names (`deploy --from <step>`). */
const resumeStep = (error: { hint?: string } | undefined): StepId => {
  const step = /--from ([\w-]+)/.exec(error?.hint ?? '')?.[1];
  if (!step) throw new Error(`no resume hint in ${JSON.stringify(error)}`);
  return step as StepId;
};

function topicNotice(world: Rehearsal): Expected['notice'] | 'mixed' {
  const original = `${world.config.deployment}: all systems go`;
  const topics = [world.matrix.topic(ROOM) ?? '', world.slack.channels.get(CHANNEL)?.topic ?? ''];
  // A room that never got the notice keeps its topic whatever the end: the rooms that did decide.
  if (topics.every((t) => t === original)) return 'success';
  if (topics.every((t) => t !== original)) return 'failed';
  return 'mixed';
}

async function play(row: ConformanceRow): Promise<Expected> {
  const dir = tempDir('sg-conformance-');
  const world = await standUp(row, dir);
  try {
    const before = Object.fromEntries(WORLD.components.map((c) => [c, streamDigest(world, c)])) as Record<Component, string>;
    const injected = inject(world, row.first);
    let run = await deploy(world, row);
    // The fault happened where the row says (a kill that never came would make the re-run a plain Monday).
    expect(injected.fired()).toBe(true);
    if (row.rerun) {
      expect(run.ok).toBe(false);
      injected.heal();
      inject(world, row.rerun);
      const cli = row.cli && 'workflowOnly' in row.cli ? undefined : row.cli;
      run = await deploy(world, row, cli?.rerun === 'plain' ? undefined : resumeStep(run.error));
    }
    const steps = run.result.steps;
    const ran = steps.filter((s) => !s.resumed && (s.status === 'ok' || s.status === 'failed')).map((s) => s.id);
    ran.sort((a, b) => STEP_IDS.indexOf(a) - STEP_IDS.indexOf(b));
    const rollback = run.result.results.rollback as RollbackResult | undefined;
    const revert = steps.find((s) => s.id === 'topic-revert');
    const cluster = Object.fromEntries(
      WORLD.components.map((c) => {
        const now = streamDigest(world, c);
        const unchanged = world.heads.get(c)!.main === world.heads.get(c)!.stable;
        // Production ran this week's image before only where main had nothing new (the stable image is main's).
        if (now === before[c]) return [c, unchanged ? 'new' : 'before'];
        const built = prod(world).registry.get(world.config.components.find((x) => x.name === c)!.images![0]!.image);
        return [c, now === built && world.stable(c) === world.heads.get(c)!.main ? 'new' : `other (${now})`];
      }),
    ) as Expected['cluster'];
    return {
      ran,
      rolledBack: rollback
        ? WORLD.components.filter((c) => rollback.streams.some((s) => s.stream === STREAM[c] && s.status === 'rolled-back'))
        : null,
      notice: revert && revert.status === 'ok' ? (topicNotice(world) as Expected['notice']) : null,
      deployment: run.ok ? 'success' : 'failure',
      cluster,
    };
  } finally {
    await world.stop(false);
  }
}

const played = SCENARIOS.filter((row) => !(row.cli && 'workflowOnly' in row.cli));

describe('deploy in one process, scenario by scenario (the conformance table)', () => {
  test('every row the CLI cannot play names why', () => {
    for (const row of SCENARIOS.filter((r) => r.cli && 'workflowOnly' in r.cli))
      expect((row.cli as { workflowOnly: string }).workflowOnly.length).toBeGreaterThan(20);
    expect(played.length).toBeGreaterThanOrEqual(9);
  });

  test.each(played.map((row) => [row.name, row] as const))(
    '%s',
    async (_name, row) => {
      const cli = row.cli && !('workflowOnly' in row.cli) ? row.cli : undefined;
      expect(await play(row)).toEqual({ ...row.expected, ...(cli?.ran ? { ran: cli.ran } : {}) });
    },
    120_000,
  );
});
