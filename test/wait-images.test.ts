import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from '@jest/globals';
import { GitHubDouble } from '../src/standins/github.ts';
import { QuayDouble } from './doubles/quay.ts';
import { runCli, tempDir, writeConfig } from './helpers/cli.ts';
import { LocalRegistry } from './helpers/registry.ts';
import { TokenProxy } from './doubles/token-proxy.ts';
import { BareRemote } from './helpers/git-repos.ts';
import { TestClock } from './helpers/clock.ts';
import type { Config } from '../src/config/types.ts';
import { UsageError } from '../src/core/errors.ts';
import { movedSha, parseMoved } from '../src/stages/shared/moved.ts';

const registry = new LocalRegistry();
const github = new GitHubDouble();
const quay = new QuayDouble();
beforeAll(async () => {
  await Promise.all([registry.start(), github.start(), quay.start()]);
});
afterAll(async () => {
  await Promise.all([registry.stop(), github.stop(), quay.stop()]);
});

let oldSha: string;
let newSha: string;
let env: Record<string, string>;
let repoCounter = 0;
let name: string;
let clock: TestClock;

beforeEach(() => {
  github.repos.clear();
  github.requests.length = 0;
  quay.requests.length = 0;
  const repo = github.addRepo('packit/packit-service');
  oldSha = github.chain(null, 'old');
  newSha = github.chain(oldSha, 'new');
  repo.branches.set('main', newSha);
  repo.branches.set('stable', newSha);
  env = { GITHUB_TOKEN: github.token };
  // Unique per run too: the registry .ci/run started may have seen earlier runs.
  name = `packit/service-${process.pid}-${++repoCounter}`;
  clock = new TestClock();
});

const wait = (args: string[], environment: Record<string, string> = env) =>
  runCli(['wait-images', '--json', ...args], environment, { clock });

function config(images: string, build = true): string {
  return writeConfig(
    tempDir('sg-wait-'),
    `deployment: prod
github: { apiUrl: ${github.url} }
registries:
  ${registry.host}: { apiUrl: ${registry.url} }
  quay.io: { apiUrl: ${quay.url} }
components:
  - name: packit-service
    repo: packit/packit-service
${build ? '    build: { workflows: [rebuild-and-push-images.yml] }\n' : ''}    images:
${images}`,
  );
}

const runs = () => github.repos.get('packit/packit-service')!.runs;
const runOf = (
  status: 'queued' | 'in_progress' | 'completed',
  conclusion: null | 'success' | 'failure' = null,
  startedAt = clock.now() - 60_000,
) => ({
  id: 1001,
  workflow: 'rebuild-and-push-images.yml',
  name: 'Rebuild & push images',
  head_sha: newSha,
  head_branch: 'stable',
  status,
  conclusion,
  created_at: new Date(startedAt).toISOString(),
});
const movedResult = (status: string, current: string, imagesBefore?: Record<string, string>) =>
  JSON.stringify({ components: [{ name: 'packit-service', status, current, ...(imagesBefore ? { imagesBefore } : {}) }] });

describe('wait-images', () => {
  test('waits for a delayed multi-platform push and reports exactly its digest and platforms', async () => {
    const old = await registry.pushIndex(name, ['prod', `stable-${oldSha.slice(0, 7)}-1764300000`], ['linux/amd64', 'linux/arm64'], {
      salt: 'old',
    });
    runs().push(runOf('in_progress'));
    const file = config(`      - { image: ${registry.host}/${name}:prod, platforms: [linux/amd64, linux/arm64] }\n`);
    let pushed = '';
    // The build finishes while the stage waits: first amd64 alone, then the full index.
    clock.at(20 * 60_000, () =>
      registry.pushIndex(name, ['prod', `stable-${newSha.slice(0, 7)}-1764320000`], ['linux/amd64'], { salt: 'partial' }),
    );
    clock.at(40 * 60_000, async () => {
      pushed = await registry.pushIndex(name, ['prod', `stable-${newSha.slice(0, 7)}-1764320000`], ['linux/amd64', 'linux/arm64'], {
        salt: 'new',
      });
      runs()[0] = runOf('completed', 'success');
    });
    const run = await wait(['--config', file]);
    expect(run.code).toBe(0);
    const image = run.json.result.images[0];
    expect(image).toMatchObject({
      image: `${registry.host}/${name}:prod`,
      sha: newSha,
      kind: 'stable-head',
      ready: true,
      digest: pushed,
      platforms: ['linux/amd64', 'linux/arm64'],
      matchedBy: 'unique-tag',
      uniqueTag: `stable-${newSha.slice(0, 7)}-1764320000`,
    });
    expect(image.digest).not.toBe(old);
    expect(image.buildRuns).toEqual(['https://github.com/packit/packit-service/actions/runs/1001']);
    expect(run.json.result.digests).toEqual({ [`${registry.host}/${name}:prod`]: pushed });
    expect(run.json.result.waitedMs).toBeGreaterThanOrEqual(40 * 60_000);
    expect(run.stderr).toMatch(
      /0\/1 image\(s\) ready \| building: packit-service \(rebuild-and-push-images\.yml in_progress for \d+m\d+s\) \| slowest: packit-service, building for \d+m/,
    );
    // Default interval 15s growing to a minute: about one poll a minute over 40 minutes, not 160.
    expect(run.json.result.polls).toBeGreaterThan(35);
    expect(run.json.result.polls).toBeLessThan(50);
  });

  test('unchanged polls of the build runs are conditional requests (304)', async () => {
    await registry.pushIndex(name, ['prod'], ['linux/amd64'], { salt: 'x' });
    runs().push(runOf('in_progress'));
    const file = config(`      - { image: ${registry.host}/${name}:prod }\n`);
    clock.at(70_000, async () => {
      runs()[0] = runOf('completed', 'success');
      await registry.pushImage(name, ['prod', `stable-${newSha.slice(0, 7)}`], { salt: 'y' });
    });
    const run = await wait(['--config', file, '--interval', '10s']);
    expect(run.code).toBe(0);
    const polls = github.requests.filter((r) => r.path.endsWith('/runs'));
    expect(polls.length).toBeGreaterThanOrEqual(3);
    const conditional = polls.filter((r) => r.headers['if-none-match']);
    expect(conditional.length).toBe(polls.length - 1);
    expect(run.json.result.requests.githubNotModified).toBe(polls.length - 2);
    // Once the build finished, its runs are not asked for again.
    expect(run.json.result.requests.github).toBe(polls.length);
  });

  test('a single-platform image with a revision label, given the move-stable result', async () => {
    const before = await registry.pushImage(name, ['prod'], { revision: oldSha, salt: 'a' });
    const file = config(`      - { image: ${registry.host}/${name}:prod, platforms: [linux/amd64] }\n`, false);
    clock.at(30_000, () => registry.pushImage(name, ['prod'], { revision: newSha, salt: 'b' }));
    const run = await wait(['--config', file, '--moved', movedResult('moved', newSha, { [`${registry.host}/${name}:prod`]: before })], {});
    expect(run.code).toBe(0);
    expect(run.json.result.images[0]).toMatchObject({
      kind: 'moved',
      ready: true,
      matchedBy: 'revision-label',
      platforms: ['linux/amd64'],
    });
    expect(run.json.result.images[0].digest).not.toBe(before);
    expect(run.stderr).toContain(`still the image of ${oldSha.slice(0, 7)} (revision label)`);
  });

  test('without build runs to date it, a digest changed since the move counts but is reported as weak evidence', async () => {
    const before = await registry.pushImage(name, ['prod'], { salt: 'c' });
    const after = await registry.pushImage(name, ['prod'], { salt: 'd' });
    const file = config(`      - { image: ${registry.host}/${name}:prod }\n`, false);
    const run = await wait(
      [
        '--config',
        file,
        '--moved',
        JSON.stringify([
          { name: 'packit-service', status: 'moved', current: newSha, imagesBefore: { [`${registry.host}/${name}:prod`]: before } },
        ]),
      ],
      {},
    );
    expect(run.code).toBe(0);
    expect(run.json.result.images[0]).toMatchObject({ ready: true, matchedBy: 'new-digest', digest: after });
    expect(run.json.result.images[0].weakEvidence).toContain('late push');
    expect(run.stderr).toContain('weak evidence (new-digest)');
  });

  test(
    "a new digest that was there before the commit's build started " + 'is a late push of the previous build, not the new image',
    async () => {
      const before = await registry.pushImage(name, ['prod'], { salt: 'before' });
      const late = await registry.pushImage(name, ['prod'], { salt: 'late-push-of-the-old-build' });
      const file = config(`      - { image: ${registry.host}/${name}:prod }\n`);
      clock.at(60_000, () => runs().push(runOf('in_progress', null, clock.now())));
      // The build of the new commit finishes, but its push lands only later (e.g. a retried push step).
      clock.at(5 * 60_000, () => (runs()[0] = runOf('completed', 'success', clock.start + 60_000)));
      let fresh = '';
      clock.at(8 * 60_000, async () => (fresh = await registry.pushImage(name, ['prod'], { salt: 'new-build' })));
      const run = await wait(['--config', file, '--moved', movedResult('moved', newSha, { [`${registry.host}/${name}:prod`]: before })]);
      expect(run.code).toBe(0);
      expect(run.json.result.images[0]).toMatchObject({ ready: true, matchedBy: 'new-digest', digest: fresh });
      expect(run.json.result.images[0].digest).not.toBe(late);
      expect(run.json.result.images[0].weakEvidence).toBeUndefined();
      expect(run.stderr).toContain('before the build of');
    },
  );

  test('a re-run: a component an earlier attempt moved comes out unchanged, and its images are still waited for', async () => {
    await registry.pushImage(name, ['prod', `stable-${oldSha.slice(0, 7)}`], { salt: 'old-image' });
    const file = config(`      - { image: ${registry.host}/${name}:prod }\n`, false);
    let fresh = '';
    clock.at(
      10 * 60_000,
      async () => (fresh = await registry.pushImage(name, ['prod', `stable-${newSha.slice(0, 7)}`], { salt: 'new-image' })),
    );
    const run = await wait(['--config', file, '--moved', movedResult('unchanged', newSha)], {});
    expect(run.code).toBe(0);
    expect(run.stderr).not.toContain('nothing to wait for');
    expect(run.stderr).toContain(
      `packit-service: unchanged in move-stable; its images are checked against the head of stable, ${newSha.slice(0, 7)}`,
    );
    expect(run.json.result.images[0]).toMatchObject({
      kind: 'stable-head',
      sha: newSha,
      ready: true,
      matchedBy: 'unique-tag',
      digest: fresh,
    });
    expect(run.json.result.waitedMs).toBeGreaterThanOrEqual(10 * 60_000);
  });

  test(
    'a re-run whose unchanged component already has its images is ' + 'ready at the first poll; dry-run entries are not waited for',
    async () => {
      const digest = await registry.pushImage(name, ['prod', `stable-${newSha.slice(0, 7)}`], { salt: 'built' });
      const file = config(`      - { image: ${registry.host}/${name}:prod }\n`, false);
      const run = await wait(['--config', file, '--moved', movedResult('unchanged', newSha)], {});
      expect(run.code).toBe(0);
      expect(run.json.result).toMatchObject({ polls: 1, waitedMs: 0, digests: { [`${registry.host}/${name}:prod`]: digest } });
      const dry = await wait(
        ['--config', config(`      - { image: ${registry.host}/${name}:prod }\n`), '--moved', movedResult('would-move', newSha)],
        {},
      );
      expect(dry.code).toBe(0);
      expect(dry.json.result.images).toEqual([]);
      expect(dry.stderr).toContain('nothing to wait for');
    },
  );

  test('times out cleanly, saying per image what is still missing', async () => {
    await registry.pushIndex(name, ['prod', `stable-${newSha.slice(0, 7)}`], ['linux/amd64'], { salt: 'e' });
    const file = config(
      `      - { image: ${registry.host}/${name}:prod, platforms: [linux/amd64, linux/arm64] }\n` +
        `      - { image: ${registry.host}/${name}-worker:prod }\n`,
      false,
    );
    const run = await wait(['--config', file, '--timeout', '5m']);
    expect(run.code).toBe(1);
    expect(run.json.error!.message).toContain('timed out after 5m00s');
    expect(run.json.error!.message).toContain(`${name}:prod: linux/arm64 not in the manifest (has linux/amd64)`);
    expect(run.json.error!.message).toContain(`${name}-worker:prod: tag prod does not exist yet`);
    expect(run.json.result.images.map((i: { ready: boolean }) => i.ready)).toEqual([false, false]);
    expect(clock.now() - clock.start).toBe(5 * 60_000);
  });

  test('fails fast on a failed build, with a link to the run', async () => {
    runs().push(runOf('completed', 'failure'));
    const run = await wait(['--config', config(`      - { image: ${registry.host}/${name}:prod }\n`)]);
    expect(run.code).toBe(1);
    expect(clock.now()).toBe(clock.start);
    expect(run.json.error!.message).toContain('build "Rebuild & push images" of');
    expect(run.json.error!.message).toContain('failure: https://github.com/packit/packit-service/actions/runs/1001');
  });

  test('no build run yet is waiting, not failure', async () => {
    await registry.pushImage(name, ['prod', `stable-${newSha.slice(0, 7)}`], { salt: 'f' });
    clock.at(30_000, () => runs().push(runOf('completed', 'success')));
    const run = await wait(['--config', config(`      - { image: ${registry.host}/${name}:prod }\n`)]);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(`rebuild-and-push-images.yml: no run for ${newSha.slice(0, 7)} yet`);
  });

  test('intervals below a second, zero timeouts and zero failed polls are usage errors (exit 2)', async () => {
    const file = config(`      - { image: ${registry.host}/${name}:prod }\n`, false);
    for (const [args, text] of [
      [['--interval', '0s'], '--interval: 0s is out of range; expected at least 1s'],
      [['--interval', '100ms'], '--interval: 100ms is out of range'],
      [['--interval', '2h'], 'at most 1h'],
      [['--timeout', '0s'], '--timeout: 0s is out of range'],
      [['--max-failed-polls', '0'], '--max-failed-polls: expected a whole number from 1 to 1000'],
    ] as const) {
      const run = await wait(['--config', file, ...args], {});
      expect(run.code).toBe(2);
      expect(run.json.error!.message).toContain(text);
    }
    expect(clock.now()).toBe(clock.start);
  });

  test('--moved that is not the move-stable result is a usage error', async () => {
    const run = await wait(['--config', config(`      - { image: ${registry.host}/${name}:prod }\n`, false), '--moved', '{"nope": 1}'], {});
    expect(run.code).toBe(2);
    expect(run.json.error!.message).toContain('--moved: expected the move-stable result');
  });

  test('a registry that asks for a bearer token gets one, once', async () => {
    const proxy = new TokenProxy(registry.url);
    await proxy.start();
    try {
      const digest = await registry.pushIndex(name, ['prod', `stable-${newSha.slice(0, 7)}`], ['linux/amd64', 'linux/arm64'], {
        salt: 'g',
      });
      const file = writeConfig(
        tempDir('sg-wait-'),
        `deployment: prod\nregistries:\n  ${proxy.host}: { apiUrl: ${proxy.url} }\ncomponents:\n  - name: svc\n` +
          `    remote: /nonexistent\n    images: [{ image: ${proxy.host}/${name}:prod, platforms: [linux/arm64] }]\n`,
      );
      const run = await wait(['--config', file, '--moved', JSON.stringify([{ name: 'svc', status: 'moved', current: newSha }])], {});
      expect(run.code).toBe(0);
      expect(run.json.result.images[0]).toMatchObject({ ready: true, digest, matchedBy: 'unique-tag' });
      expect(proxy.tokenRequests).toEqual([`?service=test-registry&scope=repository%3A${encodeURIComponent(name)}%3Apull`]);
    } finally {
      await proxy.stop();
    }
  });

  test('move-stable records the digests before the move, and wait-images tells the new image by them', async () => {
    const dir = tempDir('sg-chain-');
    const remote = new BareRemote(dir, 'svc');
    remote.commit('first');
    remote.push('main');
    remote.checkout('stable', true);
    remote.push('stable');
    remote.checkout('main');
    const head = remote.commit('second');
    remote.push('main');
    const before = await registry.pushImage(name, ['prod'], { salt: 'h' });
    const file = writeConfig(
      dir,
      `deployment: prod\nregistries:\n  ${registry.host}: { apiUrl: ${registry.url} }\ncomponents:\n` +
        `  - name: svc\n    remote: ${remote.bare}\n    images: [{ image: ${registry.host}/${name}:prod }]\n`,
    );
    const move = await runCli(['move-stable', '--config', file, '--json'], {});
    expect(move.code).toBe(0);
    expect(move.json.result.components[0].imagesBefore).toEqual({ [`${registry.host}/${name}:prod`]: before });
    clock.at(30_000, () => registry.pushImage(name, ['prod'], { salt: 'i' }));
    const run = await wait(['--config', file, '--moved', move.stdout], {});
    expect(run.code).toBe(0);
    expect(run.json.result.images[0]).toMatchObject({ sha: head, ready: true, matchedBy: 'new-digest' });
    expect(run.json.result.images[0].digest).not.toBe(before);
  });
  test('quay.io through the Quay API: tag, manifest list and unique tag, with an OAuth token in QUAY_TOKEN', async () => {
    const digest = 'sha256:' + 'a'.repeat(64);
    quay.repos.set('packit/packit-service', [
      { name: 'prod', manifest_digest: digest, is_manifest_list: true, start_ts: 1764320000, platforms: ['linux/amd64', 'linux/arm64'] },
      {
        name: `stable-${newSha.slice(0, 7)}-1764320000`,
        manifest_digest: digest,
        is_manifest_list: true,
        start_ts: 1764320000,
        platforms: ['linux/amd64', 'linux/arm64'],
      },
      {
        name: `stable-${oldSha.slice(0, 7)}-1764300000`,
        manifest_digest: 'sha256:' + 'b'.repeat(64),
        is_manifest_list: true,
        start_ts: 1764300000,
      },
    ]);
    quay.privateRepos.add('packit/packit-service');
    runs().push(runOf('completed', 'success'));
    const file = config('      - { image: quay.io/packit/packit-service:prod, platforms: [linux/amd64, linux/arm64] }\n');
    const refused = await wait(['--config', file]);
    expect(refused.code).toBe(1);
    expect(refused.json.error!.message).toContain('Quay refused GET /api/v1/repository/packit/packit-service/tag/ (HTTP 403)');
    expect(refused.json.error!.hint).toContain('OAuth access token');
    // A robot account's token is a registry credential: Quay's API refuses it, and the hint says so.
    const robot = await wait(['--config', file], { ...env, QUAY_TOKEN: quay.robotToken });
    expect(robot.code).toBe(1);
    expect(robot.json.error!.message).toContain('(HTTP 401)');
    expect(robot.json.error!.hint).toContain('a robot account token only works for docker login');
    expect(robot.json.result.failedPolls).toBe(0);
    const run = await wait(['--config', file], { ...env, QUAY_TOKEN: quay.token });
    expect(run.code).toBe(0);
    expect(run.json.result.images[0]).toMatchObject({
      ready: true,
      digest,
      platforms: ['linux/amd64', 'linux/arm64'],
      matchedBy: 'unique-tag',
    });
    expect(run.stdout + run.stderr).not.toContain(quay.token);
    expect(quay.requests.find((r) => r.path.endsWith('/tag/') && r.headers.authorization)).toBeDefined();
  });

  test('on Quay, the revision label of a manifest list is read from its platform manifests (lists carry none)', async () => {
    const digest = 'sha256:' + '7'.repeat(64);
    quay.repos.set('packit/dashboard', [
      {
        name: 'prod',
        manifest_digest: digest,
        is_manifest_list: true,
        start_ts: 1764320000,
        platforms: ['linux/amd64', 'linux/arm64'],
        revision: newSha,
      },
    ]);
    const run = await wait(
      ['--config', config('      - { image: quay.io/packit/dashboard:prod }\n', false), '--moved', movedResult('moved', newSha)],
      {},
    );
    expect(run.code).toBe(0);
    expect(run.json.result.images[0]).toMatchObject({ ready: true, matchedBy: 'revision-label', digest });
    expect(quay.requests.some((r) => r.path === `/api/v1/repository/packit/dashboard/manifest/${digest}/labels`)).toBe(false);
  });

  test("on Quay, a tag pushed after the commit's successful build started counts (no label, no unique tag)", async () => {
    const started = Math.floor(clock.now() / 1000) - 600;
    quay.repos.set('packit/sandcastle', [
      { name: 'prod', manifest_digest: 'sha256:' + 'd'.repeat(64), is_manifest_list: false, start_ts: started - 86_400 },
    ]);
    runs().push(runOf('completed', 'success', started * 1000));
    clock.at(30_000, () =>
      quay.repos.set('packit/sandcastle', [
        { name: 'prod', manifest_digest: 'sha256:' + 'f'.repeat(64), is_manifest_list: false, start_ts: started + 300 },
      ]),
    );
    const run = await wait(['--config', config('      - { image: quay.io/packit/sandcastle:prod }\n'), '--timeout', '20m']);
    expect(run.code).toBe(0);
    expect(run.json.result.images[0]).toMatchObject({ ready: true, matchedBy: 'pushed-after-build', digest: 'sha256:' + 'f'.repeat(64) });
  });

  test('a registry outage inside the wait is a failed poll, not the end of the wait', async () => {
    const digest = 'sha256:' + '5'.repeat(64);
    quay.repos.set('packit/fedmsg', [
      { name: 'prod', manifest_digest: 'sha256:' + '4'.repeat(64), is_manifest_list: false, start_ts: 1764300000 },
    ]);
    // Quay's own overload answer: 503 with an HTML page, for longer than one request's retries.
    quay.fail(
      'GET',
      /\/tag\/$/,
      { status: 503, headers: { 'content-type': 'text/html' }, body: '<html><title>503 Service Unavailable</title></html>' },
      12,
    );
    clock.at(5 * 60_000, () =>
      quay.repos.set('packit/fedmsg', [
        { name: 'prod', manifest_digest: digest, is_manifest_list: false, start_ts: 1764320000 },
        { name: `stable-${newSha.slice(0, 7)}`, manifest_digest: digest, is_manifest_list: false, start_ts: 1764320000 },
      ]),
    );
    const run = await wait(
      ['--config', config('      - { image: quay.io/packit/fedmsg:prod }\n', false), '--moved', movedResult('moved', newSha)],
      {},
    );
    expect(run.code).toBe(0);
    expect(run.json.result.images[0]).toMatchObject({ ready: true, digest, matchedBy: 'unique-tag' });
    expect(run.json.result.failedPolls).toBe(2);
    expect(run.stderr).toContain('poll 1 failed, not ready this round (1 in a row; the wait gives up after 10)');
    expect(run.stderr).toContain('Quay did not answer GET');
  });

  test('too many failed polls in a row end the wait, keeping what was found (partial result)', async () => {
    const ready = await registry.pushImage(name, ['prod', `stable-${newSha.slice(0, 7)}`], { salt: 'ready' });
    quay.repos.set('packit/tokman', [{ name: 'prod', manifest_digest: 'sha256:' + '3'.repeat(64), is_manifest_list: false, start_ts: 1 }]);
    // A proxy in front of Quay answers with its own page: named, not "Unexpected token '<'".
    quay.fail(
      'GET',
      /\/tag\/$/,
      {
        status: 200,
        headers: { 'content-type': 'text/html; charset=utf-8' },
        body: '<!DOCTYPE html><html><head><title>Sign in</title></head></html>',
      },
      100,
    );
    const file = config(`      - { image: ${registry.host}/${name}:prod }\n      - { image: quay.io/packit/tokman:prod }\n`, false);
    const run = await wait(['--config', file, '--moved', movedResult('moved', newSha), '--max-failed-polls', '3'], {});
    expect(run.code).toBe(1);
    expect(run.json.error!.message).toContain(
      'gave up after 3 failed polls in a row: quay.io/packit/tokman:prod: Quay answered GET ' +
        '/api/v1/repository/packit/tokman/tag/ with an HTML page (HTTP 200, "Sign in") instead of JSON',
    );
    expect(run.json.result.digests).toEqual({ [`${registry.host}/${name}:prod`]: ready });
    expect(run.json.result).toMatchObject({ polls: 3, failedPolls: 3 });
    expect(run.json.result.images[1]).toMatchObject({ ready: false, missing: expect.stringContaining('not checked in poll 3') });
  });

  test('a TLS certificate the runner does not trust fails at once, saying so, with the partial result', async () => {
    const dir = tempDir('sg-tls-');
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-keyout',
        `${dir}/key.pem`,
        '-out',
        `${dir}/cert.pem`,
        '-days',
        '1',
        '-subj',
        '/CN=127.0.0.1',
        '-addext',
        'subjectAltName=IP:127.0.0.1',
      ],
      { stdio: 'ignore' },
    );
    const server = createHttpsServer({ key: readFileSync(`${dir}/key.pem`), cert: readFileSync(`${dir}/cert.pem`) }, (_req, res) =>
      res.end('{}'),
    );
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const host = `127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const file = writeConfig(
        dir,
        `deployment: prod\nregistries:\n  ${host}: { apiUrl: https://${host} }\ncomponents:\n` +
          `  - { name: svc, remote: /nonexistent, images: [{ image: ${host}/${name}:prod }] }\n`,
      );
      const run = await wait(['--config', file, '--moved', JSON.stringify([{ name: 'svc', status: 'moved', current: newSha }])], {});
      expect(run.code).toBe(1);
      expect(run.json.error!.message).toContain('TLS certificate not accepted');
      expect(run.json.result.images).toHaveLength(1);
      expect(run.json.result.failedPolls).toBe(0);
      expect(clock.now()).toBe(clock.start);
    } finally {
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
    }
  });
  test('GitHub answering an outage page for a few polls is ridden out; a secondary rate limit is waited out on the clock', async () => {
    await registry.pushImage(name, ['prod', `stable-${newSha.slice(0, 7)}`], { salt: 'gh-outage' });
    runs().push(runOf('in_progress'));
    github.fail(
      'GET',
      /\/runs$/,
      { status: 200, headers: { 'content-type': 'text/html' }, body: '<html><title>Unicorn!</title></html>' },
      2,
    );
    github.fail(
      'GET',
      /\/runs$/,
      { status: 403, body: { message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.' } },
      1,
    );
    clock.at(10 * 60_000, () => (runs()[0] = runOf('completed', 'success')));
    const run = await wait(['--config', config(`      - { image: ${registry.host}/${name}:prod }\n`)]);
    expect(run.code).toBe(0);
    expect(run.json.result.images[0]).toMatchObject({ ready: true, matchedBy: 'unique-tag' });
    expect(run.json.result.failedPolls).toBe(2);
    expect(run.stderr).toContain('GitHub answered GET /repos/packit/packit-service/actions/workflows/rebuild-and-push-images.yml/runs');
    expect(run.stderr).toContain('with an HTML page (HTTP 200, "Unicorn!") instead of JSON');
    expect(run.stderr).toMatch(/secondary rate limit hit on GET .*; retrying in 60s/);
  });
  test('standalone, an outage page while the stable heads are read is a failed poll, named, not the end of the wait', async () => {
    const digest = await registry.pushImage(name, ['prod', `stable-${newSha.slice(0, 7)}`], { salt: 'standalone' });
    github.fail(
      'GET',
      /git\/ref\/heads\/stable$/,
      { status: 200, headers: { 'content-type': 'text/html' }, body: '<html><title>Unicorn!</title></html>' },
      2,
    );
    const run = await wait(['--config', config(`      - { image: ${registry.host}/${name}:prod }\n`, false)]);
    expect(run.code).toBe(0);
    expect(run.json.result).toMatchObject({ failedPolls: 2, digests: { [`${registry.host}/${name}:prod`]: digest } });
    expect(run.stderr).toContain('reading the stable heads failed, not ready this round (1 in a row; the wait gives up after 10)');
    expect(run.stderr).toContain(
      'GitHub answered GET /repos/packit/packit-service/git/ref/heads/stable with an HTML page (HTTP 200, "Unicorn!") instead of JSON',
    );
    expect(run.stderr).not.toContain('Cannot read properties');
  });

  test('standalone, a stable branch GitHub does not know fails at once, naming the request', async () => {
    github.repos.get('packit/packit-service')!.branches.delete('stable');
    const run = await wait(['--config', config(`      - { image: ${registry.host}/${name}:prod }\n`, false)]);
    expect(run.code).toBe(1);
    expect(run.json.error!.message).toBe('packit-service: GitHub has no branch stable in packit/packit-service (HTTP 404)');
    expect(run.json.error!.hint).toContain('private repositories answer 404');
    expect(run.json.result).toMatchObject({ images: [], digests: {}, polls: 0 });
  });
});

describe('parseMoved (the one reader of --moved, shared by every stage after move-stable)', () => {
  const config = { components: [{ name: 'svc' }, { name: 'worker' }] } as unknown as Config;
  const sha = 'a'.repeat(40);
  const entry = { name: 'svc', status: 'moved', previous: null, current: sha, imagesBefore: { 'quay.io/x/svc:prod': 'sha256:1' } };

  test('takes the action output, the CLI --json document and the bare list alike', () => {
    for (const doc of [{ components: [entry] }, { result: { components: [entry] } }, [entry], { result: [entry] }]) {
      expect(parseMoved(JSON.stringify(doc), config)).toEqual([{ ...entry }]);
    }
    expect(parseMoved(JSON.stringify([{ name: 'worker' }]), config)).toEqual([
      { name: 'worker', status: undefined, previous: undefined, current: undefined, imagesBefore: {} },
    ]);
  });

  test('bad input names --moved, the component and the field, with the fix', () => {
    const error = (value: string): UsageError => {
      try {
        parseMoved(value, config);
      } catch (e) {
        return e as UsageError;
      }
      throw new Error(`accepted ${value}`);
    };
    expect(error('{').message).toBe('--moved: not JSON');
    expect(error('{"nope": 1}').message).toContain('--moved: expected the move-stable result');
    expect(error('[{"status": "moved"}]').message).toContain('an entry has no "name"');
    expect(error('[{"name": "other"}]').message).toBe('--moved: component "other" is not in the configuration');
    expect(error('[{"name": "svc", "current": 7}]').message).toBe('--moved: component "svc" has an unexpected "current": 7');
    expect(error('[{"name": "svc", "imagesBefore": {"a": 1}}]').message).toContain('"imagesBefore"');
    for (const value of ['{', '[{"name": "svc", "current": 7}]']) {
      expect(error(value)).toBeInstanceOf(UsageError);
      expect(error(value).hint).toContain('steps.move.outputs.result');
    }
    const [svc] = parseMoved('[{"name": "svc", "current": "abc1234"}]', config);
    expect(() => movedSha(svc!, 'current')).toThrow('--moved: component "svc" has no full commit SHA in "current"');
    expect(() => movedSha(svc!, 'previous')).toThrow('has no full commit SHA in "previous"');
    expect(movedSha(parseMoved(JSON.stringify([entry]), config)[0]!, 'current')).toBe(sha);
  });
});
