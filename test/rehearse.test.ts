import { expect, test } from '@jest/globals';
import { SCENARIOS } from '../src/stages/rehearse/scenarios.ts';
import { existsSync, readFileSync } from 'node:fs';
import { runCli, tempDir, writeConfig } from './helpers/cli.ts';

test('rehearse --list names every scenario with its exit code', async () => {
  const run = await runCli(['rehearse', '--list', '--json']);
  expect(run.code).toBe(0);
  expect(run.json.result.scenarios.map((s: { name: string; exit: number }) => `${s.name}:${s.exit}`)).toEqual([
    'weekly:0',
    'diverged:0',
    'stuck-pod:0',
    'image-pull-backoff:0',
    'sentry-regression:1',
    'failed-build:1',
    'partial-rerun:0',
  ]);
});

/**
 * The run's one registry (SERVICE_GURU_TEST_REGISTRY, from .ci/run or test/registry-setup.mjs),
 * else the rehearsal's own choice: a rehearsal must not start a docker-registry per scenario.
 */
const registry = (): string[] => (process.env.SERVICE_GURU_TEST_REGISTRY ? ['--registry', process.env.SERVICE_GURU_TEST_REGISTRY] : []);

/** Runs at most `limit` at a time: six rehearsals at once starved the full suite on 2 cores. */
async function pooled<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      out[i] = await work(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}

// Each scenario has its own stand-ins on free ports, its own fast clock, and its own folder of images in the registry.
test(
  'every scenario ends as it should: healed ones exit 0, the ' + 'failing ones roll back or stop with the failed notice and exit 1',
  async () => {
    const runs = await pooled(SCENARIOS, 3, async (s) => ({
      scenario: s,
      run: await runCli(['rehearse', '--scenario', s.name, ...registry(), '--json']),
    }));
    for (const { scenario, run } of runs) {
      expect({
        scenario: scenario.name,
        code: run.code,
        problems: run.json.result?.problems,
        error: run.code === scenario.exit ? undefined : run.stderr.slice(-2000),
      }).toEqual({ scenario: scenario.name, code: scenario.exit, problems: [], error: undefined });
      expect(run.json.result.asExpected).toBe(true);
    }
    const steps = (name: string) =>
      Object.fromEntries(
        runs
          .find((r) => r.scenario.name === name)!
          .run.json.result.deploy.steps.map((s: { id: string; status: string }) => [s.id, s.status]),
      );
    expect(steps('sentry-regression')).toMatchObject({
      'import-images': 'ok',
      'health-gate': 'failed',
      rollback: 'ok',
      'topic-revert': 'ok',
    });
    expect(steps('failed-build')).toMatchObject({ 'wait-images': 'failed', 'import-images': 'not-run' });
    // The re-run after the kill: stable had moved already, every stream is rolled out and gated.
    expect(steps('partial-rerun')).toMatchObject({ 'move-stable': 'ok', 'import-images': 'ok', 'health-gate': 'ok', 'topic-revert': 'ok' });
    expect(runs.find((r) => r.scenario.name === 'partial-rerun')!.run.json.result.notes).toContain(
      'first attempt: the cluster connection dropped after the first image import; then deploy again',
    );
    expect(steps('weekly')).toMatchObject({
      preflight: 'ok',
      'move-stable': 'ok',
      'wait-images': 'ok',
      'import-images': 'ok',
      'health-gate': 'ok',
    });
    // The shared registry was used, not one started per scenario (jest's global setup starts it wherever docker-registry is installed).
    if (existsSync('/usr/bin/docker-registry')) expect(process.env.SERVICE_GURU_TEST_REGISTRY).toMatch(/^127\.0\.0\.1:\d+$/);
    if (process.env.SERVICE_GURU_TEST_REGISTRY)
      for (const { run } of runs)
        expect(run.json.result.notes[0]).toMatch(new RegExp(`on ${process.env.SERVICE_GURU_TEST_REGISTRY}, images under rehearsal-`));
  },
  180_000,
);

test('--registry takes a running loopback registry, and refuses any other address before anything starts', async () => {
  const bad = await runCli(['rehearse', '--registry', 'quay.io:443', '--json']);
  expect(bad.code).toBe(2);
  expect(bad.json.error!.message).toMatch(/--registry: "quay.io:443" is neither auto, in-process nor a loopback registry address/);
}, 30_000);

test('an unknown scenario is a usage error that lists the scenarios', async () => {
  const run = await runCli(['rehearse', '--scenario', 'stuck-pods']);
  expect(run.code).toBe(2);
  expect(run.stderr).toMatch(/unknown scenario "stuck-pods".*did you mean "stuck-pod"/s);
});

test("the user's --config is rehearsed with every service replaced; a freeze in it is honoured", async () => {
  const dir = tempDir('sg-rehearse-');
  const config = writeConfig(
    dir,
    `deployment: production
timezone: Europe/Prague
components:
  - name: api
    remote: https://git.example.invalid/team/api.git
    images: [{ image: "ghcr.io/team/api:prod", imageStream: "api:prod" }]
  - name: web
    repo: team/web
    build: { workflows: [images.yml] }
    checks: [lint, unit]
    images: [{ image: "ghcr.io/team/web:prod", imageStream: "web:prod", platforms: [linux/amd64, linux/arm64] }]
clusters: { prod: { server: "https://api.cluster.example.invalid:6443", namespace: team-prod } }
chat: { matrix: { homeserver: "https://matrix.example.invalid", rooms: ["!team:example.org"] } }
health: { endpoints: [{ url: "https://team.example.invalid/status", expect: "all good" }] }
freeze: [{ from: "2000-01-01", until: "2999-12-31", reason: "forever" }]
`,
  );
  const frozen = await runCli(['rehearse', '--config', config, ...registry(), '--json']);
  expect(frozen.code).toBe(1);
  expect(frozen.json.error!.message).toMatch(/freeze window.*forever/);
  // The in-process OCI registry, as on a machine without docker-registry.
  const run = await runCli(['rehearse', '--config', config, '--ignore-freeze', '--registry', 'in-process', '--json']);
  expect({ code: run.code, problems: run.json.result.problems }).toEqual({ code: 0, problems: [] });
  expect(run.json.result.notes).toContain("endpoint https://team.example.invalid/status: rehearsed as the stand-in's page");
  // The user's file is untouched: the rehearsal works on a copy.
  expect(readFileSync(config, 'utf8')).toContain('https://git.example.invalid/team/api.git');
}, 90_000);

test('a scenario that cannot happen with the configuration is refused (exit 2) naming what it needs, before anything starts', async () => {
  const config = writeConfig(
    tempDir('sg-rehearse-'),
    `deployment: prod
components:
  - name: api
    remote: https://git.example.invalid/team/api.git
    images: [{ image: "ghcr.io/team/api:prod" }]
`,
  );
  const sentry = await runCli(['rehearse', '--config', config, '--scenario', 'sentry-regression', '--json']);
  expect(sentry.code).toBe(2);
  expect(sentry.json.error!.message).toBe(
    'scenario sentry-regression does not apply to this configuration (needs health.sentry; ' +
      'a production cluster under clusters: (one without staging: true); an image with imageStream: or workloads:)',
  );
  const build = await runCli(['rehearse', '--config', config, '--scenario', 'failed-build', '--json']);
  expect(build.code).toBe(2);
  expect(build.json.error!.message).toBe(
    'scenario failed-build does not apply to this configuration (needs a component with build.workflows and images)',
  );
  expect(build.stderr).not.toContain('rehearsing');
  // The example configuration has what every scenario needs.
  const { SCENARIOS: all } = await import('../src/stages/rehearse/scenarios.ts');
  const { loadConfig } = await import('../src/config/load.ts');
  const example = loadConfig('examples/service-guru.yml');
  expect(all.flatMap((s) => s.needs?.(example) ?? [])).toEqual([]);
}, 30_000);

/** A plain-Kubernetes service on ghcr.io (:stable), Slack only, no staging: the second example. */
test('examples/acme-orders.yml rehearses green with its workloads on the new digests; its sentry-regression rolls them back', async () => {
  const { SCENARIOS: all } = await import('../src/stages/rehearse/scenarios.ts');
  const { loadConfig } = await import('../src/config/load.ts');
  const example = loadConfig('examples/acme-orders.yml');
  expect(all.flatMap((s) => s.needs?.(example) ?? [])).toEqual([]);
  const runs = await pooled(all, 3, (scenario) =>
    runCli(['rehearse', '--config', 'examples/acme-orders.yml', '--scenario', scenario.name, ...registry(), '--json']),
  );
  // Every scenario applies to it, and each ends as it should.
  for (const [i, run] of runs.entries())
    expect({
      scenario: all[i]!.name,
      code: run.code,
      problems: run.json.result?.problems,
      asExpected: run.json.result?.asExpected,
    }).toEqual({
      scenario: all[i]!.name,
      code: all[i]!.exit,
      problems: [],
      asExpected: true,
    });
  const weekly = runs[all.findIndex((s) => s.name === 'weekly')];
  const sentry = runs[all.findIndex((s) => s.name === 'sentry-regression')];
  const remediations = (name: string) =>
    (
      runs[all.findIndex((s) => s.name === name)]!.json.result.deploy.results['import-images'] as {
        remediations: Array<{ action: string; pod: string }>;
      }
    ).remediations;
  expect(remediations('stuck-pod')).toEqual([expect.objectContaining({ action: 'force-delete', pod: 'orders-scheduler-1' })]);
  expect(remediations('image-pull-backoff')).toEqual([expect.objectContaining({ action: 'recreate' })]);
  type Set_ = { workload: string; status: string; digest: string; containers: Array<{ previous: string; image: string }> };
  expect({ code: weekly!.code, problems: weekly!.json.result.problems, tail: weekly!.code ? weekly!.stderr.slice(-3000) : '' }).toEqual({
    code: 0,
    problems: [],
    tail: '',
  });
  const imported = weekly!.json.result.deploy.results['import-images'] as {
    workloads: Set_[];
    rollouts: Array<{ name: string; done: boolean }>;
  };
  expect(imported.workloads.map((w) => `${w.workload}:${w.status}`)).toEqual([
    'deployment/orders-api:set',
    'statefulset/orders-scheduler/scheduler:set',
    'deployment/orders-web:set',
  ]);
  for (const w of imported.workloads) {
    // The digest wait-images proved, passed on by deploy.
    expect((w as Set_ & { digestFrom: string }).digestFrom).toBe('wait-images');
    expect(w.containers[0]!.image).toMatch(new RegExp(`@${w.digest}$`));
    expect(w.containers[0]!.previous).not.toBe(w.containers[0]!.image);
  }
  expect(imported.rollouts.map((r) => `${r.name}:${r.done}`)).toEqual(['orders-api:true', 'orders-scheduler:true', 'orders-web:true']);
  expect(sentry!.code).toBe(1);
  expect(sentry!.json.result.problems).toEqual([]);
  expect(sentry!.json.result.asExpected).toBe(true);
  // deploy hands rollback what the import set (its result), typed: no annotation needed.
  const back = sentry!.json.result.deploy.results.rollback as { workloads: Array<{ workload: string; status: string; source: string }> };
  // deploy hands the rollback the import's result (the annotation is for an import that left none, 2b80f0c).
  expect(back.workloads.map((w) => `${w.workload}:${w.status}:${w.source}`)).toEqual([
    'deployment/orders-api:rolled-back:result',
    'statefulset/orders-scheduler/scheduler:rolled-back:result',
    'deployment/orders-web:rolled-back:result',
  ]);
}, 240_000);
