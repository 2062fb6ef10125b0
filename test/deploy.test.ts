import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { MatrixDouble } from '../src/standins/matrix.ts';
import { pushImage, startLocalRegistry, type LocalRegistryServer } from '../src/standins/oci-registry.ts';
import { MemorySink, TerminalLogger } from '../src/core/logger.ts';
import { Secrets } from '../src/core/secrets.ts';
import { runPipeline } from '../src/stages/deploy/pipeline.ts';
import { confirmDeploy } from '../src/stages/deploy/confirm.ts';
import { parseDeployOptions } from '../src/stages/deploy/options.ts';
import { loadConfig } from '../src/config/load.ts';
import { PassThrough } from 'node:stream';
import { activeFreeze } from '../src/stages/shared/freeze.ts';
import type { Config } from '../src/config/types.ts';
import type { Clock } from '../src/core/clock.ts';
import { runCli, tempDir, writeConfig } from './helpers/cli.ts';
import { TestClock } from './helpers/clock.ts';
import { BareRemote } from './helpers/git-repos.ts';

/** Virtual time: sleeps return at once and move the clock, so a 30 s wait takes no real time. */
const fastClock = (start = Date.parse('2026-11-30T12:00:00Z')): TestClock => new TestClock(start);

let registry: LocalRegistryServer;
const matrix = new MatrixDouble();
beforeAll(async () => {
  // The run's one registry when there is one (images are named per process and test), else one of our own.
  registry = await startLocalRegistry(process.env.SERVICE_GURU_TEST_REGISTRY ?? 'auto');
  await matrix.start();
});
afterAll(async () => {
  await Promise.all([registry.stop(), matrix.stop()]);
});

let counter = 0;
function setUp(extra = '') {
  const dir = tempDir('sg-deploy-');
  const repo = new BareRemote(dir, 'packit-service');
  repo.commit('last week');
  repo.push('main');
  repo.checkout('stable', true);
  repo.push('stable');
  repo.checkout('main');
  const sha = repo.commit('this week');
  repo.push('main');
  const image = `packit/service-${process.pid}-${++counter}`;
  const room = `!deploy${counter}:example.org`;
  matrix.addRoom(room, 'Packit Service 🚀');
  const config = writeConfig(
    dir,
    `deployment: prod
timezone: Europe/Prague
registries: { ${registry.host}: { apiUrl: ${registry.url} } }
components:
  - name: packit-service
    remote: ${repo.bare}
    images: [{ image: "${registry.host}/${image}:prod", platforms: [linux/amd64] }]
chat:
  matrix: { homeserver: ${matrix.url}, rooms: ["${room}"] }
  notices: { deploying: "deploying now", failed: "deployment failed" }
${extra}`,
  );
  return { dir, repo, sha, image, room, config, state: path.join(dir, 'state.json'), env: { MATRIX_ACCESS_TOKEN: matrix.token } };
}

describe('deploy', () => {
  test('a run that times out at wait-images resumes with --from: nothing moves twice', async () => {
    const s = setUp();
    const first = await runCli(
      ['deploy', '--config', s.config, '--state', s.state, '--json', '--images-timeout', '30s', '--images-interval', '1s'],
      s.env,
      { clock: fastClock() },
    );
    expect(first.code).toBe(1);
    const steps = Object.fromEntries(first.json.result.steps.map((r: { id: string; status: string }) => [r.id, r.status]));
    expect(steps).toMatchObject({ 'topic-notify': 'ok', 'move-stable': 'ok', 'wait-images': 'failed', 'topic-revert': 'ok' });
    expect(first.json.error!.hint).toContain('--from wait-images');
    // The step's error is printed once, under the step; the end names the step only.
    expect(first.json.error!.message).toBe('failed at wait-images (the error is shown under the step)');
    expect(first.stderr.match(/timed out after/g)).toHaveLength(1);
    expect(s.repo.head('stable')).toBe(s.sha);
    // The failure after the notice leaves the failed notice in the room.
    expect(matrix.topic(s.room)).toContain('deployment failed');
    const text = readFileSync(s.state, 'utf8');
    // The state file outlives the run (a CI cache, an artifact): no token in it, and only its owner reads it.
    expect(text).not.toContain(matrix.token);
    expect(statSync(s.state).mode & 0o777).toBe(0o600);
    const saved = JSON.parse(text);
    expect(saved.finished).toBe(true);
    expect(saved.records.find((r: { id: string }) => r.id === 'move-stable').result.moved).toEqual(['packit-service']);

    // Meanwhile main moved on and the build finished: resuming waits for the first commit's image only.
    s.repo.commit('next week');
    s.repo.push('main');
    const digest = await pushImage(registry.url, s.image, ['prod', `stable-${s.sha.slice(0, 7)}-1764500000`], ['linux/amd64'], 'new');
    const second = await runCli(
      ['deploy', '--config', s.config, '--state', s.state, '--json', '--from', 'wait-images', '--images-interval', '1s'],
      s.env,
      { clock: fastClock() },
    );
    expect(second.code).toBe(0);
    const resumed = second.json.result.steps.filter((r: { resumed?: boolean }) => r.resumed).map((r: { id: string }) => r.id);
    expect(resumed).toEqual(['preflight', 'topic-notify', 'move-stable']);
    expect(second.json.result.digests).toEqual({ [`${registry.host}/${s.image}:prod`]: digest });
    expect(s.repo.head('stable')).toBe(s.sha);
    expect(matrix.topic(s.room)).toBe('Packit Service 🚀');
  }, 30_000);

  test('a resume past a notice that failed still runs the rest: a room that could not be told never stops the deployment', async () => {
    const s = setUp();
    // The notice fails (the room refuses the topic once); the build is not there yet, so wait-images fails.
    matrix.fail('PUT', /state\/m\.room\.topic/, { status: 403, body: { errcode: 'M_FORBIDDEN', error: 'not now' } });
    const args = ['deploy', '--config', s.config, '--state', s.state, '--json', '--images-interval', '1s'];
    const first = await runCli([...args, '--images-timeout', '30s'], s.env, { clock: fastClock() });
    expect(first.code).toBe(1);
    const status = (run: typeof first) =>
      Object.fromEntries(run.json.result.steps.map((r: { id: string; status: string }) => [r.id, r.status]));
    expect(status(first)).toMatchObject({ 'topic-notify': 'failed', 'move-stable': 'ok', 'wait-images': 'failed' });
    expect(first.json.error!.hint).toContain('--from wait-images');
    const digest = await pushImage(registry.url, s.image, ['prod', `stable-${s.sha.slice(0, 7)}-1764500000`], ['linux/amd64'], 'new');
    const second = await runCli([...args, '--from', 'wait-images'], s.env, { clock: fastClock() });
    expect(second.code).toBe(0);
    expect(status(second)).toMatchObject({ 'topic-notify': 'failed', 'move-stable': 'ok', 'wait-images': 'ok' });
    expect(second.json.result.digests).toEqual({ [`${registry.host}/${s.image}:prod`]: digest });
  }, 30_000);

  test('--skip leaves steps out, and the rest still runs', async () => {
    const s = setUp('clusters: { prod: { server: "https://127.0.0.1:1", namespace: packit--prod } }\n');
    await pushImage(registry.url, s.image, ['prod', `stable-${s.sha.slice(0, 7)}-1`], ['linux/amd64'], 'x');
    const run = await runCli(
      [
        'deploy',
        '--config',
        s.config,
        '--state',
        s.state,
        '--json',
        '--skip',
        'import-images,health-gate',
        '--skip',
        'infra-sync',
        '--images-interval',
        '1s',
      ],
      s.env,
      { clock: fastClock() },
    );
    expect(run.code).toBe(0);
    const status = Object.fromEntries(run.json.result.steps.map((r: { id: string; status: string }) => [r.id, r.status]));
    expect(status).toMatchObject({
      'move-stable': 'ok',
      'wait-images': 'ok',
      'import-images': 'skipped',
      'health-gate': 'skipped',
      'infra-sync': 'skipped',
    });
  }, 30_000);

  test('a deploy that moves nothing still rolls out what stable holds: the cluster is asked, never skipped as done', async () => {
    const s = setUp('clusters: { prod: { server: "https://127.0.0.1:1", namespace: packit--prod } }\n');
    await pushImage(registry.url, s.image, ['prod', `stable-${s.sha.slice(0, 7)}-1`], ['linux/amd64'], 'y');
    const first = await runCli(
      ['deploy', '--config', s.config, '--state', s.state, '--json', '--skip', 'import-images,health-gate'],
      s.env,
      { clock: fastClock() },
    );
    expect(first.code).toBe(0);
    // A re-run converges: nothing moved this time, yet the images stable holds must be running.
    const again = await runCli(
      ['deploy', '--config', s.config, '--state', s.state, '--json'],
      { ...s.env, OPENSHIFT_TOKEN_PROD: 'unused' },
      { clock: fastClock() },
    );
    // The cluster here answers nobody: the run fails naming it instead of reporting success.
    expect(again.code).toBe(1);
    const steps = Object.fromEntries(again.json.result.steps.map((r: { id: string; status: string }) => [r.id, r.status]));
    expect(steps).toMatchObject({ 'move-stable': 'ok', 'wait-images': 'ok' });
    expect([steps['import-images'], steps['health-gate']]).not.toContain('skipped');
    expect(Object.values(steps)).toContain('failed');
    expect(again.json.result.results['move-stable'].moved).toEqual([]);
  }, 30_000);

  test('on a terminal, the plan is shown, the answer decides, and the move is pinned to what was shown', async () => {
    const s = setUp();
    const config = loadConfig(s.config);
    const ctx = {
      config,
      logger: new TerminalLogger(new Secrets(), new MemorySink()),
      secrets: new Secrets(),
      dryRun: false,
      env: s.env,
      clock: fastClock(),
    };
    const terminal = (answer: string, tty = true) => {
      const input = Object.assign(new PassThrough(), { isTTY: tty });
      const output = Object.assign(new PassThrough(), { isTTY: tty });
      let shown = '';
      let answered = false;
      // A terminal echoes what is typed: answer once, when the question shows.
      output.on('data', (d: Buffer) => {
        shown += d.toString();
        if (!answered && shown.includes('Continue? [y/N]')) {
          answered = true;
          input.write(`${answer}\n`);
        }
      });
      return { terminal: { input, output }, shown: () => shown };
    };
    const yes = terminal('y');
    const options = parseDeployOptions({}, config);
    expect(await confirmDeploy(ctx, options, [], yes.terminal)).toBe(true);
    const steps = (await import('../src/stages/deploy/model.ts')).STEPS;
    const pinned = parseDeployOptions({}, config);
    expect(await confirmDeploy(ctx, pinned, steps.slice(1), terminal('yes').terminal)).toBe(true);
    expect(pinned).toMatchObject({ to: [`packit-service=${s.sha}`], only: ['packit-service'] });
    const no = terminal('n');
    expect(await confirmDeploy(ctx, parseDeployOptions({}, config), steps.slice(1), no.terminal)).toBe(false);
    expect(no.shown()).toMatch(/would move[\s\S]*About to deploy prod: topic-notify → move-stable/);
    // --yes: no question even on a terminal (the answer "n" waiting there is never read), and no pinning.
    const skipped = terminal('n');
    const withYes = parseDeployOptions({ yes: true }, config);
    expect(await confirmDeploy(ctx, withYes, steps.slice(1), skipped.terminal)).toBe(true);
    expect(skipped.shown()).toBe('');
    expect(withYes.to).toEqual([]);
    // No terminal (CI, a pipe): never asks.
    expect(await confirmDeploy(ctx, parseDeployOptions({}, config), steps.slice(1), terminal('n', false).terminal)).toBe(true);
    // Declined: nothing changed, a usage error (exit 2).
    await expect(
      runPipeline(ctx, { config, options, dryRun: false }, [], new Set(), {
        confirm: () => Promise.resolve(false),
        saved: () => undefined,
      }),
    ).rejects.toThrow('not confirmed: nothing was changed');
    expect(matrix.topic(s.room)).toBe('Packit Service 🚀');
    expect(s.repo.head('stable')).not.toBe(s.sha);
  }, 30_000);

  test('--plan reports the component=sha pairs and changes nothing; a dry run leaves no state', async () => {
    const s = setUp();
    const plan = await runCli(['deploy', '--config', s.config, '--state', s.state, '--json', '--plan'], s.env, { clock: fastClock() });
    expect(plan.code).toBe(0);
    expect(plan.json.result.to).toBe(`packit-service=${s.sha}`);
    expect(s.repo.head('stable')).not.toBe(s.sha);
    const dry = await runCli(['deploy', '--config', s.config, '--state', s.state, '--dry-run'], s.env, { clock: fastClock() });
    expect(dry.code).toBe(0);
    // The summary: the pipeline, each stage's own table, the timeline.
    expect(dry.stdout).toMatch(/Deployment of prod[\s\S]*move-stable: Dry run: move main → stable[\s\S]*Timeline/);
    expect(existsSync(s.state)).toBe(false);
    expect(matrix.topic(s.room)).toBe('Packit Service 🚀');
  }, 30_000);

  test('a freeze window refuses (exit 1) unless --ignore-freeze; a date as until holds the whole day', async () => {
    const s = setUp('freeze: [{ from: "2026-11-23", until: "2026-11-30", reason: "holidays" }]\n');
    // 2026-11-30 23:30 in Prague is 22:30 UTC: still frozen.
    const clock = fastClock(Date.parse('2026-11-30T22:30:00Z'));
    const refused = await runCli(['deploy', '--config', s.config, '--state', s.state, '--json'], s.env, { clock });
    expect(refused.code).toBe(1);
    expect(refused.json.error!.message).toMatch(/frozen from 2026-11-23 until 2026-11-30 \(whole day\) Europe\/Prague: holidays/);
    expect(s.repo.head('stable')).not.toBe(s.sha);
    const plan = await runCli(['deploy', '--config', s.config, '--json', '--plan'], s.env, { clock });
    expect(plan.code).toBe(1);
    const forced = await runCli(['deploy', '--config', s.config, '--state', s.state, '--json', '--plan', '--ignore-freeze'], s.env, {
      clock,
    });
    expect(forced.code).toBe(0);
  }, 30_000);

  test('a freeze that begins while deploy is still before its first change refuses then (exit 1), nothing changed', async () => {
    const s = setUp('freeze: [{ from: "2026-11-30T13:00", until: "2026-11-30T15:00", reason: "DevConf talk" }]\n');
    // 12:59:59 in Prague at the start; the next look at the clock is already inside the window.
    let now = Date.parse('2026-11-30T11:59:59Z');
    const clock: Clock = {
      now: () => {
        const at = now;
        now = Date.parse('2026-11-30T12:00:30Z');
        return at;
      },
      sleep: async () => {},
    };
    const run = await runCli(['deploy', '--config', s.config, '--state', s.state, '--json', '--yes'], s.env, { clock });
    expect(run.code).toBe(1);
    expect(run.json.error!.message).toBe(
      'refused before the first change: deployments are frozen from 2026-11-30T13:00 until 2026-11-30T15:00 Europe/Prague: DevConf talk',
    );
    expect(s.repo.head('stable')).not.toBe(s.sha);
    expect(matrix.topic(s.room)).toBe('Packit Service 🚀');
  }, 30_000);

  test('freeze windows compare wall-clock time in the configured timezone', () => {
    const config = {
      timezone: 'Europe/Prague',
      freeze: [
        { from: '2026-12-21', until: '2027-01-04', reason: 'holidays' },
        { from: '2026-11-30T13:00', until: '2026-11-30T15:00', reason: 'talk' },
      ],
    } as unknown as Config;
    expect(activeFreeze(config, Date.parse('2026-12-20T22:59:00Z'))).toBeUndefined();
    expect(activeFreeze(config, Date.parse('2026-12-20T23:00:00Z'))?.reason).toBe('holidays');
    expect(activeFreeze(config, Date.parse('2027-01-04T22:59:00Z'))?.reason).toBe('holidays');
    expect(activeFreeze(config, Date.parse('2027-01-04T23:00:00Z'))).toBeUndefined();
    expect(activeFreeze(config, Date.parse('2026-11-30T12:30:00Z'))?.reason).toBe('talk');
    expect(activeFreeze(config, Date.parse('2026-11-30T14:01:00Z'))).toBeUndefined();
  });

  test('every missing secret of every planned step is named at once (exit 2), before anything changes', async () => {
    const s = setUp(`github: { apiUrl: "http://127.0.0.1:1" }
clusters:
  prod: { server: "https://127.0.0.1:1", namespace: packit--prod }
  stg.eu: { server: "https://127.0.0.1:1", namespace: packit--stg, staging: true }
health: { sentry: { apiUrl: "http://127.0.0.1:1", org: o, project: p } }
infra: { remote: "file:///nonexistent", command: [make], vault: { url: "http://127.0.0.1:1", paths: [a] } }
`);
    writeFileSync(
      s.config,
      readFileSync(s.config, 'utf8').replace(
        'chat:',
        '  - { name: web, repo: team/web, build: { workflows: [images.yml] }, images: [{ image: "ghcr.io/team/web:prod" }] }\nchat:',
      ),
    );
    const run = await runCli(['deploy', '--config', s.config, '--state', s.state, '--json', '--yes'], {}, { clock: fastClock() });
    expect(run.code).toBe(2);
    const message = run.json.error!.message;
    expect(message).toContain('6 secret(s) not set, nothing was changed');
    expect(message).toContain('OPENSHIFT_TOKEN_STG_EU or KUBE_TOKEN_STG_EU, for preflight (cluster stg.eu)');
    expect(message).toContain('MATRIX_ACCESS_TOKEN, for topic-notify (chat.matrix.rooms), topic-revert (chat.matrix.rooms)');
    expect(message).toContain(
      'GITHUB_TOKEN, for move-stable (components moved through the GitHub API: web), wait-images (build runs and stable heads of web)',
    );
    expect(message).toContain('VAULT_TOKEN, for infra-sync (infra.vault)');
    expect(message).toContain('SENTRY_AUTH_TOKEN, for health-gate (health.sentry)');
    expect(message).toContain(
      'OPENSHIFT_TOKEN_PROD or KUBE_TOKEN_PROD, for infra-sync (cluster prod), import-images (cluster prod), ' +
        'health-gate (cluster prod), rollback (cluster prod)',
    );
    expect(message).not.toContain('QUAY_TOKEN');
    expect(matrix.topic(s.room)).toBe('Packit Service 🚀');
    expect(existsSync(s.state)).toBe(false);
    // A dry run reads everything, so it needs the same; --skip, --from and --staging-cluster none narrow it.
    const dry = await runCli(['deploy', '--config', s.config, '--dry-run', '--json'], {}, { clock: fastClock() });
    expect(dry.json.error!.message).toContain('6 secret(s) not set');
    const narrowed = await runCli(
      ['deploy', '--config', s.config, '--json', '--dry-run', '--staging-cluster', 'none', '--skip', 'infra-sync,health-gate,topic-notify'],
      {},
      { clock: fastClock() },
    );
    expect(narrowed.json.error!.message).toMatch(/^2 secret\(s\) not set/);
    expect(narrowed.json.error!.message).not.toMatch(/MATRIX|STG_EU|VAULT|SENTRY/);
    expect(narrowed.json.error!.message).toMatch(/OPENSHIFT_TOKEN_PROD or KUBE_TOKEN_PROD, for import-images \(cluster prod\)$/);
  }, 30_000);

  test('--from refuses a state file of another configuration, a hand-edited field, a day-old run and a run that succeeded', async () => {
    const s = setUp();
    const args = ['deploy', '--config', s.config, '--state', s.state, '--json', '--images-interval', '1s'];
    const failed = await runCli([...args, '--images-timeout', '30s'], s.env, { clock: fastClock() });
    expect(failed.code).toBe(1);
    const saved = readFileSync(s.state, 'utf8');
    expect(JSON.parse(saved)).toMatchObject({ version: 2, finished: true, ok: false, options: { 'images-timeout': '30s' } });
    expect(JSON.parse(saved).configFingerprint).toMatch(/^sha256:[0-9a-f]{64}$/);
    const resume = (clock = fastClock()) => runCli([...args, '--from', 'wait-images'], s.env, { clock });

    // Same deployment name, another configuration: its commits are not this configuration's.
    const original = readFileSync(s.config, 'utf8');
    writeFileSync(s.config, original.replace('deploying now', 'deploying soon'));
    const other = await resume();
    expect(other.code).toBe(2);
    expect(other.json.error!.message).toContain('written for another configuration');
    expect(other.json.error!.hint).toContain('start afresh');
    writeFileSync(s.config, original);

    const edited = JSON.parse(saved);
    edited.records[1].status = 'done';
    writeFileSync(s.state, JSON.stringify(edited));
    const bad = await resume();
    expect(bad.code).toBe(2);
    expect(bad.json.error!.message).toMatch(/records.*1.*status/);
    writeFileSync(s.state, saved);

    const old = await resume(fastClock(Date.parse('2026-12-02T12:00:00Z')));
    expect(old.code).toBe(2);
    expect(old.json.error!.message).toContain('more than a day ago');
    expect(matrix.topic(s.room)).toContain('deployment failed');

    await pushImage(registry.url, s.image, ['prod', `stable-${s.sha.slice(0, 7)}-1`], ['linux/amd64'], 'z');
    const done = await resume();
    expect(done.code).toBe(0);
    const again = await resume();
    expect(again.code).toBe(2);
    expect(again.json.error!.message).toContain('finished successfully');
  }, 60_000);

  test('bad --from, an unknown step and a missing state are usage errors (exit 2)', async () => {
    const s = setUp();
    expect((await runCli(['deploy', '--config', s.config, '--from', 'wait-image'], s.env)).stderr).toMatch(
      /unknown step "wait-image".*did you mean "wait-images"/s,
    );
    const missing = await runCli(['deploy', '--config', s.config, '--state', s.state, '--from', 'import-images'], s.env);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('no state file');
    // Checked before anything changes: the room keeps its topic.
    const interval = await runCli(['deploy', '--config', s.config, '--state', s.state, '--copr-interval', '10ms', '--yes'], s.env);
    expect(interval.code).toBe(2);
    expect(interval.stderr).toContain('--copr-interval');
    expect(matrix.topic(s.room)).toBe('Packit Service 🚀');
  });
});
