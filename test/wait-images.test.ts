import { afterAll, beforeAll, beforeEach, describe, expect, test } from '@jest/globals';
import { GitHubDouble } from '../src/standins/github.ts';
import { QuayDouble } from '../src/standins/quay.ts';
import { runCli, tempDir, writeConfig } from './helpers/cli.ts';
import { LocalRegistry } from './helpers/registry.ts';
import { TokenProxy } from '../src/standins/token-proxy.ts';
import { BareRemote } from './helpers/git-repos.ts';

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

beforeEach(() => {
  github.repos.clear();
  github.requests.length = 0;
  const repo = github.addRepo('packit/packit-service');
  oldSha = github.chain(null, 'old');
  newSha = github.chain(oldSha, 'new');
  repo.branches.set('main', newSha);
  repo.branches.set('stable', newSha);
  env = { GITHUB_TOKEN: github.token };
  // Unique per run too: the registry .ci/run started may have seen earlier runs.
  name = `packit/service-${process.pid}-${++repoCounter}`;
});

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

const runOf = (status: 'queued' | 'in_progress' | 'completed', conclusion: null | 'success' | 'failure' = null) => ({
  id: 1001, workflow: 'rebuild-and-push-images.yml', name: 'Rebuild & push images', head_sha: newSha, head_branch: 'stable', status, conclusion, created_at: new Date(Date.now() - 60_000).toISOString(),
});

describe('wait-images', () => {
  test('waits for a delayed multi-platform push and reports exactly its digest and platforms', async () => {
    const old = await registry.pushIndex(name, ['prod', `stable-${oldSha.slice(0, 7)}-1764300000`], ['linux/amd64', 'linux/arm64'], { salt: 'old' });
    github.repos.get('packit/packit-service')!.runs.push(runOf('in_progress'));
    const file = config(`      - { image: ${registry.host}/${name}:prod, platforms: [linux/amd64, linux/arm64] }\n`);
    let pushed = '';
    // The build finishes while the stage waits: first amd64 alone, then the full index.
    const later = (async () => {
      await new Promise((r) => setTimeout(r, 400));
      await registry.pushIndex(name, ['prod', `stable-${newSha.slice(0, 7)}-1764320000`], ['linux/amd64'], { salt: 'partial' });
      await new Promise((r) => setTimeout(r, 400));
      pushed = await registry.pushIndex(name, ['prod', `stable-${newSha.slice(0, 7)}-1764320000`], ['linux/amd64', 'linux/arm64'], { salt: 'new' });
      github.repos.get('packit/packit-service')!.runs[0] = runOf('completed', 'success');
    })();
    const run = await runCli(['wait-images', '--config', file, '--json', '--interval', '100ms', '--timeout', '30s'], env);
    await later;
    expect(run.code).toBe(0);
    const image = run.json.result.images[0];
    expect(image).toMatchObject({ image: `${registry.host}/${name}:prod`, sha: newSha, ready: true, digest: pushed, platforms: ['linux/amd64', 'linux/arm64'], matchedBy: 'unique-tag', uniqueTag: `stable-${newSha.slice(0, 7)}-1764320000` });
    expect(image.digest).not.toBe(old);
    expect(image.buildRuns).toEqual(['https://github.com/packit/packit-service/actions/runs/1001']);
    expect(run.json.result.digests).toEqual({ [`${registry.host}/${name}:prod`]: pushed });
    expect(run.stderr).toMatch(/0\/1 image\(s\) ready \| building: packit-service \(rebuild-and-push-images\.yml in_progress for \d+m\d+s\) \| slowest: packit-service, building for \d+m/);
  });

  test('unchanged polls of the build runs are conditional requests (304)', async () => {
    await registry.pushIndex(name, ['prod'], ['linux/amd64'], { salt: 'x' });
    github.repos.get('packit/packit-service')!.runs.push(runOf('in_progress'));
    const file = config(`      - { image: ${registry.host}/${name}:prod }\n`);
    setTimeout(() => (github.repos.get('packit/packit-service')!.runs[0] = runOf('completed', 'success')), 700);
    setTimeout(() => void registry.pushImage(name, ['prod', `stable-${newSha.slice(0, 7)}`], { salt: 'y' }), 700);
    const run = await runCli(['wait-images', '--config', file, '--json', '--interval', '100ms', '--timeout', '30s'], env);
    expect(run.code).toBe(0);
    const polls = github.requests.filter((r) => r.path.endsWith('/runs'));
    expect(polls.length).toBeGreaterThanOrEqual(3);
    const conditional = polls.filter((r) => r.headers['if-none-match']);
    expect(conditional.length).toBe(polls.length - 1);
    expect(run.json.result.requests.githubNotModified).toBeGreaterThanOrEqual(1);
    // Once the build finished, its runs are not asked for again.
    expect(run.json.result.requests.github).toBe(polls.length);
  });

  test('a single-platform image with a revision label, given the move-stable result', async () => {
    const before = await registry.pushImage(name, ['prod'], { revision: oldSha, salt: 'a' });
    const file = config(`      - { image: ${registry.host}/${name}:prod, platforms: [linux/amd64] }\n`, false);
    setTimeout(() => void registry.pushImage(name, ['prod'], { revision: newSha, salt: 'b' }), 300);
    const moved = JSON.stringify({ components: [{ name: 'packit-service', status: 'moved', current: newSha, imagesBefore: { [`${registry.host}/${name}:prod`]: before } }] });
    const run = await runCli(['wait-images', '--config', file, '--json', '--interval', '100ms', '--moved', moved], {});
    expect(run.code).toBe(0);
    expect(run.json.result.images[0]).toMatchObject({ ready: true, matchedBy: 'revision-label', platforms: ['linux/amd64'] });
    expect(run.json.result.images[0].digest).not.toBe(before);
    expect(run.stderr).toContain(`still the image of ${oldSha.slice(0, 7)} (revision label)`);
  });

  test('a digest that changed since the move counts when there is no label or unique tag', async () => {
    const before = await registry.pushImage(name, ['prod'], { salt: 'c' });
    const after = await registry.pushImage(name, ['prod'], { salt: 'd' });
    const file = config(`      - { image: ${registry.host}/${name}:prod }\n`, false);
    const moved = JSON.stringify([{ name: 'packit-service', status: 'moved', current: newSha, imagesBefore: { [`${registry.host}/${name}:prod`]: before } }]);
    const run = await runCli(['wait-images', '--config', file, '--json', '--moved', moved], {});
    expect(run.code).toBe(0);
    expect(run.json.result.images[0]).toMatchObject({ ready: true, matchedBy: 'new-digest', digest: after });
  });

  test('components that did not move are not waited for', async () => {
    const file = config(`      - { image: ${registry.host}/${name}:prod }\n`, false);
    const moved = JSON.stringify({ result: { components: [{ name: 'packit-service', status: 'unchanged', current: oldSha }] } });
    const run = await runCli(['wait-images', '--config', file, '--json', '--moved', moved], {});
    expect(run.code).toBe(0);
    expect(run.json.result.images).toEqual([]);
    expect(run.stderr).toContain('nothing to wait for');
    // Nothing watched, so no GitHub token is needed even though the component has builds.
    const withBuilds = await runCli(['wait-images', '--config', config(`      - { image: ${registry.host}/${name}:prod }\n`), '--json', '--moved', moved], {});
    expect(withBuilds.code).toBe(0);
  });

  test('times out cleanly, saying per image what is still missing', async () => {
    await registry.pushIndex(name, ['prod', `stable-${newSha.slice(0, 7)}`], ['linux/amd64'], { salt: 'e' });
    const file = config(`      - { image: ${registry.host}/${name}:prod, platforms: [linux/amd64, linux/arm64] }\n      - { image: ${registry.host}/${name}-worker:prod }\n`, false);
    const run = await runCli(['wait-images', '--config', file, '--json', '--interval', '100ms', '--timeout', '500ms'], env);
    expect(run.code).toBe(1);
    expect(run.json.error!.message).toContain('timed out after');
    expect(run.json.error!.message).toContain(`${name}:prod: linux/arm64 not in the manifest (has linux/amd64)`);
    expect(run.json.error!.message).toContain(`${name}-worker:prod: tag prod does not exist yet`);
    expect(run.json.result.images.map((i: { ready: boolean }) => i.ready)).toEqual([false, false]);
  });

  test('fails fast on a failed build, with a link to the run', async () => {
    github.repos.get('packit/packit-service')!.runs.push(runOf('completed', 'failure'));
    const file = config(`      - { image: ${registry.host}/${name}:prod }\n`);
    const started = Date.now();
    const run = await runCli(['wait-images', '--config', file, '--json', '--interval', '100ms', '--timeout', '30s'], env);
    expect(run.code).toBe(1);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(run.json.error!.message).toContain('build "Rebuild & push images" of');
    expect(run.json.error!.message).toContain('failure: https://github.com/packit/packit-service/actions/runs/1001');
  });

  test('no build run yet is waiting, not failure', async () => {
    await registry.pushImage(name, ['prod', `stable-${newSha.slice(0, 7)}`], { salt: 'f' });
    const file = config(`      - { image: ${registry.host}/${name}:prod }\n`);
    setTimeout(() => github.repos.get('packit/packit-service')!.runs.push(runOf('completed', 'success')), 300);
    const run = await runCli(['wait-images', '--config', file, '--json', '--interval', '100ms', '--timeout', '30s'], env);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(`rebuild-and-push-images.yml: no run for ${newSha.slice(0, 7)} yet`);
  });

  test('quay.io through the Quay API: tag, manifest list and unique tag, with QUAY_TOKEN', async () => {
    const digest = 'sha256:' + 'a'.repeat(64);
    quay.repos.set('packit/packit-service', [
      { name: 'prod', manifest_digest: digest, is_manifest_list: true, start_ts: 1764320000, platforms: ['linux/amd64', 'linux/arm64'] },
      { name: `stable-${newSha.slice(0, 7)}-1764320000`, manifest_digest: digest, is_manifest_list: true, start_ts: 1764320000, platforms: ['linux/amd64', 'linux/arm64'] },
      { name: `stable-${oldSha.slice(0, 7)}-1764300000`, manifest_digest: 'sha256:' + 'b'.repeat(64), is_manifest_list: true, start_ts: 1764300000 },
    ]);
    quay.privateRepos.add('packit/packit-service');
    github.repos.get('packit/packit-service')!.runs.push(runOf('completed', 'success'));
    const file = config('      - { image: quay.io/packit/packit-service:prod, platforms: [linux/amd64, linux/arm64] }\n');
    const refused = await runCli(['wait-images', '--config', file, '--json'], env);
    expect(refused.code).toBe(1);
    expect(refused.json.error!.message).toContain('Quay refused');
    const run = await runCli(['wait-images', '--config', file, '--json'], { ...env, QUAY_TOKEN: quay.token });
    expect(run.code).toBe(0);
    expect(run.json.result.images[0]).toMatchObject({ ready: true, digest, platforms: ['linux/amd64', 'linux/arm64'], matchedBy: 'unique-tag' });
    expect(run.stdout + run.stderr).not.toContain(quay.token);
    const tagQuery = quay.requests.find((r) => r.path.endsWith('/tag/') && r.headers.authorization)!;
    expect(tagQuery).toBeDefined();
  });

  test('--moved that is not the move-stable result is a usage error', async () => {
    const file = config(`      - { image: ${registry.host}/${name}:prod }\n`, false);
    const run = await runCli(['wait-images', '--config', file, '--json', '--moved', '{"nope": 1}'], {});
    expect(run.code).toBe(2);
    expect(run.json.error!.message).toContain('--moved: expected the move-stable result');
  });

  test('a registry that asks for a bearer token gets one, once', async () => {
    const proxy = new TokenProxy(registry.url);
    await proxy.start();
    try {
      const digest = await registry.pushIndex(name, ['prod', `stable-${newSha.slice(0, 7)}`], ['linux/amd64', 'linux/arm64'], { salt: 'g' });
      const file = writeConfig(tempDir('sg-wait-'), `deployment: prod\nregistries:\n  ${proxy.host}: { apiUrl: ${proxy.url} }\ncomponents:\n  - name: svc\n    remote: /nonexistent\n    images: [{ image: ${proxy.host}/${name}:prod, platforms: [linux/arm64] }]\n`);
      const moved = JSON.stringify([{ name: 'svc', status: 'moved', current: newSha }]);
      const run = await runCli(['wait-images', '--config', file, '--json', '--moved', moved], {});
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
    const move = await runCli(['move-stable', '--config', file, '--json'], {});
    expect(move.code).toBe(0);
    expect(move.json.result.components[0].imagesBefore).toEqual({ [`${registry.host}/${name}:prod`]: before });
    setTimeout(() => void registry.pushImage(name, ['prod'], { salt: 'i' }), 300);
    const wait = await runCli(['wait-images', '--config', file, '--json', '--interval', '100ms', '--moved', move.stdout], {});
    expect(wait.code).toBe(0);
    expect(wait.json.result.images[0]).toMatchObject({ sha: head, ready: true, matchedBy: 'new-digest' });
    expect(wait.json.result.images[0].digest).not.toBe(before);
  });

  test('on Quay, a tag pushed after the commit\'s successful build started counts (no label, no unique tag)', async () => {
    const started = Math.floor(Date.now() / 1000) - 600;
    quay.repos.set('packit/sandcastle', [{ name: 'prod', manifest_digest: 'sha256:' + 'd'.repeat(64), is_manifest_list: false, start_ts: started - 86_400 }]);
    github.repos.get('packit/packit-service')!.runs.push({ ...runOf('completed', 'success'), created_at: new Date(started * 1000).toISOString() });
    const file = config('      - { image: quay.io/packit/sandcastle:prod }\n');
    setTimeout(() => quay.repos.set('packit/sandcastle', [{ name: 'prod', manifest_digest: 'sha256:' + 'f'.repeat(64), is_manifest_list: false, start_ts: started + 300 }]), 300);
    const run = await runCli(['wait-images', '--config', file, '--json', '--interval', '100ms', '--timeout', '20s'], env);
    expect(run.code).toBe(0);
    expect(run.json.result.images[0]).toMatchObject({ ready: true, matchedBy: 'pushed-after-build', digest: 'sha256:' + 'f'.repeat(64) });
  });
});
