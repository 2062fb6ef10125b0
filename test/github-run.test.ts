import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { GitHubDeploymentsDouble } from './doubles/github-deployments.ts';
import { runCli, tempDir, writeConfig } from './helpers/cli.ts';
import { TestClock } from './helpers/clock.ts';

const github = new GitHubDeploymentsDouble();
let config: string;
beforeAll(async () => {
  await github.start();
  config = writeConfig(
    tempDir('sg-run-'),
    `deployment: prod\ngithub: { apiUrl: ${github.url} }\ncomponents: [{ name: packit, repo: packit/packit }]\n`,
  );
});
afterAll(() => github.stop());

const env = (runId: string) => ({
  GITHUB_TOKEN: github.token,
  GITHUB_REPOSITORY: 'packit/deployment',
  GITHUB_RUN_ID: runId,
  GITHUB_SHA: 'a'.repeat(40),
  GITHUB_SERVER_URL: 'https://github.com',
});

describe('sign-off', () => {
  test('passes with the reviewer who approved this run, and names them', async () => {
    github.reviews.set('packit/deployment#11', [
      { state: 'approved', user: 'lbarcziova', comment: 'ship it', environments: ['production'] },
    ]);
    const run = await runCli(['sign-off', '--config', config, '--environment', 'production', '--json'], env('11'));
    expect(run.code).toBe(0);
    expect(run.json.result.approvedBy).toEqual(['lbarcziova']);
  });

  test('fails when the environment let the job start without any review (no reviewers configured)', async () => {
    github.reviews.set('packit/deployment#12', []);
    const run = await runCli(['sign-off', '--config', config, '--json'], env('12'));
    expect(run.code).toBe(1);
    expect(run.json.error!.message).toContain('no approval recorded for run 12');
    expect(run.json.error!.hint).toMatch(/required reviewers/);
  });

  test('an approval of another environment, or a rejection, is not a sign-off', async () => {
    github.reviews.set('packit/deployment#13', [
      { state: 'approved', user: 'someone', comment: '', environments: ['staging'] },
      { state: 'rejected', user: 'majamassarini', comment: 'not today', environments: ['production'] },
    ]);
    const run = await runCli(['sign-off', '--config', config, '--environment', 'production', '--json'], env('13'));
    expect(run.code).toBe(1);
    expect(run.json.result.approvals).toEqual([
      { state: 'rejected', user: 'majamassarini', comment: 'not today', environments: ['production'] },
    ]);
  });
  test('an approval that comes inside a freeze window does not let the deployment go on, unless --ignore-freeze', async () => {
    github.reviews.set('packit/deployment#14', [{ state: 'approved', user: 'lbarcziova', comment: '', environments: ['production'] }]);
    const frozen = writeConfig(
      tempDir('sg-run-'),
      `deployment: prod\ntimezone: Europe/Prague\ngithub: { apiUrl: ${github.url} }\n` +
        `components: [{ name: packit, repo: packit/packit }]\nfreeze: [{ from: "2026-12-21", until: "2027-01-04", reason: "holidays" }]\n`,
    );
    // Planned on Friday 18 December, approved on Monday 21 December at 09:00 in Prague.
    const clock = new TestClock('2026-12-21T08:00:00Z');
    const refused = await runCli(['sign-off', '--config', frozen, '--json'], env('14'), { clock });
    expect(refused.code).toBe(1);
    expect(refused.json.error!.message).toBe(
      'approved by lbarcziova, but deployments are frozen from 2026-12-21 until 2027-01-04 (whole day) Europe/Prague: holidays',
    );
    expect(refused.json.result.freeze).toEqual({ from: '2026-12-21', until: '2027-01-04', reason: 'holidays' });
    const forced = await runCli(['sign-off', '--config', frozen, '--ignore-freeze', '--json'], env('14'), { clock });
    expect(forced.code).toBe(0);
    expect(forced.stderr).toContain('signed off anyway because of --ignore-freeze');
    // Before the window the same approval signs off.
    const before = new TestClock('2026-12-20T22:59:00Z');
    expect((await runCli(['sign-off', '--config', frozen, '--json'], env('14'), { clock: before })).code).toBe(0);
  });
});

describe('after sign-off: every stage that changes production checks again', () => {
  test('environment names compare as GitHub compares them (case-insensitively), and the approval time is an output', async () => {
    github.reviews.set('packit/deployment#15', [{ state: 'approved', user: 'lbarcziova', comment: '', environments: ['Production'] }]);
    const clock = { now: () => Date.parse('2026-12-07T12:05:00Z'), sleep: async () => {} };
    const run = await runCli(['sign-off', '--config', config, '--environment', 'production', '--json'], env('15'), { clock });
    expect(run.code).toBe(0);
    expect(run.json.result.approvedAt).toBe('2026-12-07T12:05:00.000Z');
  });

  test('a freeze window or an approval older than signOff.maxAge stops import-images, move-stable and infra-sync (exit 2)', async () => {
    const file = writeConfig(
      tempDir('sg-run-'),
      `deployment: prod
timezone: Europe/Prague
signOff: { maxAge: 6h }
components: [{ name: packit, repo: packit/packit, images: [{ image: "quay.io/packit/packit:prod", imageStream: "packit:prod" }] }]
` +
        `clusters: { prod: { server: "https://127.0.0.1:1", namespace: packit } }
infra: { remote: "file:///nonexistent", command: [make] }
` +
        `freeze: [{ from: "2026-12-21", until: "2027-01-04", reason: "holidays" }]
`,
    );
    const monday = { now: () => Date.parse('2026-12-07T12:00:00Z'), sleep: async () => {} };
    const stale = await runCli(
      ['import-images', '--config', file, '--approved-at', '2026-12-07T05:59:00Z', '--json'],
      { OPENSHIFT_TOKEN_PROD: 't' },
      { clock: monday },
    );
    expect(stale.code).toBe(2);
    expect(stale.json.error!.message).toContain('older than signOff.maxAge (6h)');
    expect(stale.json.error!.hint).toContain('start a new run');
    const holidays = { now: () => Date.parse('2026-12-22T12:00:00Z'), sleep: async () => {} };
    for (const stage of ['import-images', 'move-stable', 'infra-sync']) {
      const frozen = await runCli([stage, '--config', file, '--json'], { OPENSHIFT_TOKEN_PROD: 't' }, { clock: holidays });
      expect({ stage, code: frozen.code, message: frozen.json.error?.message }).toEqual({
        stage,
        code: 2,
        message: 'refused: deployments are frozen from 2026-12-21 until 2027-01-04 (whole day) Europe/Prague: holidays',
      });
    }
    // Within the age and outside any window, the guard lets the stage go on (here to the unreachable cluster).
    const fresh = await runCli(
      ['import-images', '--config', file, '--approved-at', '2026-12-07T11:00:00Z', '--json'],
      { OPENSHIFT_TOKEN_PROD: 't' },
      { clock: monday },
    );
    expect(fresh.json.error?.message ?? '').not.toMatch(/refused/);
  });
});

describe('sign-off time zone', () => {
  test('an unknown timezone is a usage error (exit 2) naming the field, before GitHub is asked', async () => {
    const bad = writeConfig(
      tempDir('sg-run-'),
      `deployment: prod\ntimezone: Europe/Praha\ngithub: { apiUrl: ${github.url} }\ncomponents: [{ name: packit, repo: packit/packit }]\n`,
    );
    const run = await runCli(['sign-off', '--config', bad, '--json'], env('15'));
    expect(run.code).toBe(2);
    expect(run.json.error!.message).toContain('timezone (line 2): "Europe/Praha" is not an IANA time zone');
  });
});

describe('deployment-status', () => {
  test('creates the deployment in_progress, then records success with the run as log_url', async () => {
    const started = await runCli(['deployment-status', '--config', config, '--state', 'in_progress', '--json'], env('21'));
    expect(started.code).toBe(0);
    const id = started.json.result.deploymentId;
    const done = await runCli(
      ['deployment-status', '--config', config, '--state', 'success', '--deployment-id', String(id), '--json'],
      env('21'),
    );
    expect(done.code).toBe(0);
    const recorded = github.deployments.find((d) => d.id === id)!;
    expect(recorded).toMatchObject({ ref: 'a'.repeat(40), environment: 'production' });
    expect(recorded.statuses.map((s) => [s.state, s.log_url])).toEqual([
      ['in_progress', 'https://github.com/packit/deployment/actions/runs/21'],
      ['success', 'https://github.com/packit/deployment/actions/runs/21'],
    ]);
  });

  test('a final state without the deployment id, or an unknown state, is a usage error', async () => {
    expect((await runCli(['deployment-status', '--config', config, '--state', 'success'], env('22'))).code).toBe(2);
    expect((await runCli(['deployment-status', '--config', config, '--state', 'done'], env('22'))).code).toBe(2);
  });

  test('a dry run records nothing', async () => {
    const before = github.deployments.length;
    const run = await runCli(['deployment-status', '--config', config, '--state', 'in_progress', '--dry-run'], env('23'));
    expect(run.code).toBe(0);
    expect(github.deployments.length).toBe(before);
  });

  test('a dry run names the commit a real run would record (--ref over GITHUB_SHA), and refuses when there is none', async () => {
    const ref = 'b'.repeat(40);
    const run = await runCli(['deployment-status', '--config', config, '--state', 'in_progress', '--ref', ref, '--dry-run'], env('24'));
    expect(run.code).toBe(0);
    expect(run.stdout + run.stderr).toContain(`a new deployment of ${ref}`);
    const { GITHUB_SHA: _sha, ...noSha } = env('25');
    const none = await runCli(['deployment-status', '--config', config, '--state', 'in_progress', '--dry-run'], noSha);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('no commit to record');
  });
});
