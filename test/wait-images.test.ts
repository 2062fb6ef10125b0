import { afterAll, beforeAll, beforeEach, describe, expect, test } from '@jest/globals';
import { GitHubDouble } from '../src/standins/github.ts';
import { QuayDouble } from '../src/standins/quay.ts';
import { runCli, tempDir, writeConfig } from './helpers/cli.ts';
import { LocalRegistry } from './helpers/registry.ts';
import { TokenProxy } from '../src/standins/token-proxy.ts';
import { BareRemote } from './helpers/git-repos.ts';
import { SimClock } from './helpers/sim-clock.ts';

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
let clock: SimClock;

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
  clock = new SimClock();
});

const wait = (args: string[], environment: Record<string, string> = env) => runCli(['wait-images', '--json', ...args], environment, { clock });

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
const runOf = (status: 'queued' | 'in_progress' | 'completed', conclusion: null | 'success' | 'failure' = null, startedAt = clock.now() - 60_000) => ({
  id: 1001, workflow: 'rebuild-and-push-images.yml', name: 'Rebuild & push images', head_sha: newSha, head_branch: 'stable', status, conclusion, created_at: new Date(startedAt).toISOString(),
});
const movedResult = (status: string, current: string, imagesBefore?: Record<string, string>) =>
  JSON.stringify({ components: [{ name: 'packit-service', status, current, ...(imagesBefore ? { imagesBefore } : {}) }] });

describe('wait-images', () => {
  test('waits for a delayed multi-platform push and reports exactly its digest and platforms', async () => {
    const old = await registry.pushIndex(name, ['prod', `stable-${oldSha.slice(0, 7)}-1764300000`], ['linux/amd64', 'linux/arm64'], { salt: 'old' });
    runs().push(runOf('in_progress'));
    const file = config(`      - { image: ${registry.host}/${name}:prod, platforms: [linux/amd64, linux/arm64] }\n`);
    let pushed = '';
    // The build finishes while the stage waits: first amd64 alone, then the full index.
    clock.at(20 * 60_000, () => registry.pushIndex(name, ['prod', `stable-${newSha.slice(0, 7)}-1764320000`], ['linux/amd64'], { salt: 'partial' }));
    clock.at(40 * 60_000, async () => {
      pushed = await registry.pushIndex(name, ['prod', `stable-${newSha.slice(0, 7)}-1764320000`], ['linux/amd64', 'linux/arm64'], { salt: 'new' });
      runs()[0] = runOf('completed', 'success');
    });
    const run = await wait(['--config', file]);
    expect(run.code).toBe(0);
    const image = run.json.result.images[0];
    expect(image).toMatchObject({ image: `${registry.host}/${name}:prod`, sha: newSha, kind: 'stable-head', ready: true, digest: pushed, platforms: ['linux/amd64', 'linux/arm64'], matchedBy: 'unique-tag', uniqueTag: `stable-${newSha.slice(0, 7)}-1764320000` });
    expect(image.digest).not.toBe(old);
    expect(image.buildRuns).toEqual(['https://github.com/packit/packit-service/actions/runs/1001']);
    expect(run.json.result.digests).toEqual({ [`${registry.host}/${name}:prod`]: pushed });
    expect(run.json.result.waitedMs).toBeGreaterThanOrEqual(40 * 60_000);
    expect(run.stderr).toMatch(/0\/1 image\(s\) ready \| building: packit-service \(rebuild-and-push-images\.yml in_progress for \d+m\d+s\) \| slowest: packit-service, building for \d+m/);
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
    expect(run.json.result.images[0]).toMatchObject({ kind: 'moved', ready: true, matchedBy: 'revision-label', platforms: ['linux/amd64'] });
    expect(run.json.result.images[0].digest).not.toBe(before);
    expect(run.stderr).toContain(`still the image of ${oldSha.slice(0, 7)} (revision label)`);
  });

  test('without build runs to date it, a digest changed since the move counts but is reported as weak evidence', async () => {
    const before = await registry.pushImage(name, ['prod'], { salt: 'c' });
    const after = await registry.pushImage(name, ['prod'], { salt: 'd' });
    const file = config(`      - { image: ${registry.host}/${name}:prod }\n`, false);
    const run = await wait(['--config', file, '--moved', JSON.stringify([{ name: 'packit-service', status: 'moved', current: newSha, imagesBefore: { [`${registry.host}/${name}:prod`]: before } }])], {});
    expect(run.code).toBe(0);
    expect(run.json.result.images[0]).toMatchObject({ ready: true, matchedBy: 'new-digest', digest: after });
    expect(run.json.result.images[0].weakEvidence).toContain('late push');
    expect(run.stderr).toContain('weak evidence (new-digest)');
  });

  test('a new digest that was there before the commit\'s build started is a late push of the previous build, not the new image', async () => {
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
  });

  test('a re-run: a component an earlier attempt moved comes out unchanged, and its images are still waited for', async () => {
    await registry.pushImage(name, ['prod', `stable-${oldSha.slice(0, 7)}`], { salt: 'old-image' });
    const file = config(`      - { image: ${registry.host}/${name}:prod }\n`, false);
    let fresh = '';
    clock.at(10 * 60_000, async () => (fresh = await registry.pushImage(name, ['prod', `stable-${newSha.slice(0, 7)}`], { salt: 'new-image' })));
    const run = await wait(['--config', file, '--moved', movedResult('unchanged', newSha)], {});
    expect(run.code).toBe(0);
    expect(run.stderr).not.toContain('nothing to wait for');
    expect(run.stderr).toContain(`packit-service: unchanged in move-stable; its images are checked against the head of stable, ${newSha.slice(0, 7)}`);
    expect(run.json.result.images[0]).toMatchObject({ kind: 'stable-head', sha: newSha, ready: true, matchedBy: 'unique-tag', digest: fresh });
    expect(run.json.result.waitedMs).toBeGreaterThanOrEqual(10 * 60_000);
  });

  test('a re-run whose unchanged component already has its images is ready at the first poll; dry-run entries are not waited for', async () => {
    const digest = await registry.pushImage(name, ['prod', `stable-${newSha.slice(0, 7)}`], { salt: 'built' });
    const file = config(`      - { image: ${registry.host}/${name}:prod }\n`, false);
    const run = await wait(['--config', file, '--moved', movedResult('unchanged', newSha)], {});
    expect(run.code).toBe(0);
    expect(run.json.result).toMatchObject({ polls: 1, waitedMs: 0, digests: { [`${registry.host}/${name}:prod`]: digest } });
    const dry = await wait(['--config', config(`      - { image: ${registry.host}/${name}:prod }\n`), '--moved', movedResult('would-move', newSha)], {});
    expect(dry.code).toBe(0);
    expect(dry.json.result.images).toEqual([]);
    expect(dry.stderr).toContain('nothing to wait for');
  });

  test('times out cleanly, saying per image what is still missing', async () => {
    await registry.pushIndex(name, ['prod', `stable-${newSha.slice(0, 7)}`], ['linux/amd64'], { salt: 'e' });
    const file = config(`      - { image: ${registry.host}/${name}:prod, platforms: [linux/amd64, linux/arm64] }\n      - { image: ${registry.host}/${name}-worker:prod }\n`, false);
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
      [['--interval', '0s'], '--interval: 0ms is out of range; expected at least 1s'],
      [['--interval', '100ms'], '--interval: 100ms is out of range'],
      [['--interval', '2h'], 'at most 1h'],
      [['--timeout', '0s'], '--timeout: 0ms is out of range'],
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
      const digest = await registry.pushIndex(name, ['prod', `stable-${newSha.slice(0, 7)}`], ['linux/amd64', 'linux/arm64'], { salt: 'g' });
      const file = writeConfig(tempDir('sg-wait-'), `deployment: prod\nregistries:\n  ${proxy.host}: { apiUrl: ${proxy.url} }\ncomponents:\n  - name: svc\n    remote: /nonexistent\n    images: [{ image: ${proxy.host}/${name}:prod, platforms: [linux/arm64] }]\n`);
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
    const file = writeConfig(dir, `deployment: prod\nregistries:\n  ${registry.host}: { apiUrl: ${registry.url} }\ncomponents:\n  - name: svc\n    remote: ${remote.bare}\n    images: [{ image: ${registry.host}/${name}:prod }]\n`);
    const move = await runCli(["move-stable", "--config", file, "--json"], {});
    expect(move.code).toBe(0);
    expect(move.json.result.components[0].imagesBefore).toEqual({ [`${registry.host}/${name}:prod`]: before });
    clock.at(30_000, () => registry.pushImage(name, ['prod'], { salt: 'i' }));
    const run = await wait(['--config', file, '--moved', move.stdout], {});
    expect(run.code).toBe(0);
    expect(run.json.result.images[0]).toMatchObject({ sha: head, ready: true, matchedBy: 'new-digest' });
    expect(run.json.result.images[0].digest).not.toBe(before);
  });
});
