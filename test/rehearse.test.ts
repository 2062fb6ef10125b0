import { expect, test } from '@jest/globals';
import { SCENARIOS } from '../src/stages/rehearse/scenarios.ts';
import { runCli } from './helpers/cli.ts';

test('rehearse --list names every scenario with its exit code', async () => {
  const run = await runCli(['rehearse', '--list', '--json']);
  expect(run.code).toBe(0);
  expect(run.json.result.scenarios.map((s: { name: string; exit: number }) => `${s.name}:${s.exit}`)).toEqual(['weekly:0', 'diverged:0', 'stuck-pod:0', 'image-pull-backoff:0', 'sentry-regression:1', 'failed-build:1']);
});

// All at once: each has its own stand-ins on free ports and its own fast clock.
test('every scenario ends as it should: healed ones exit 0, the failing ones roll back or stop with the failed notice and exit 1', async () => {
  const runs = await Promise.all(SCENARIOS.map(async (s) => ({ scenario: s, run: await runCli(['rehearse', '--scenario', s.name, '--json']) })));
  for (const { scenario, run } of runs) {
    expect({ scenario: scenario.name, code: run.code, problems: run.json.result?.problems, error: run.code === scenario.exit ? undefined : run.stderr.slice(-2000) })
      .toEqual({ scenario: scenario.name, code: scenario.exit, problems: [], error: undefined });
    expect(run.json.result.asExpected).toBe(true);
  }
  const steps = (name: string) => Object.fromEntries(runs.find((r) => r.scenario.name === name)!.run.json.result.deploy.steps.map((s: { id: string; status: string }) => [s.id, s.status]));
  expect(steps('sentry-regression')).toMatchObject({ 'import-images': 'ok', 'health-gate': 'failed', rollback: 'ok', 'topic-revert': 'ok' });
  expect(steps('failed-build')).toMatchObject({ 'wait-images': 'failed', 'import-images': 'not-run' });
  expect(steps('weekly')).toMatchObject({ preflight: 'ok', 'move-stable': 'ok', 'wait-images': 'ok', 'import-images': 'ok', 'health-gate': 'ok' });
}, 60_000);

test('an unknown scenario is a usage error that lists the scenarios', async () => {
  const run = await runCli(['rehearse', '--scenario', 'stuck-pods']);
  expect(run.code).toBe(2);
  expect(run.stderr).toMatch(/unknown scenario "stuck-pods".*did you mean "stuck-pod"/s);
});
