import { afterAll, beforeAll, beforeEach, describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { NoOperationTraceWriter, convertWorkflowTemplate, parseWorkflow } from '@actions/workflow-parser';
import { decide } from '../src/stages/quay-cleanup/decide.ts';
import { KubeDouble } from '../src/standins/kube/index.ts';
import { rolesInMarkdown } from '../src/standins/kube/rbac.ts';
import { digestOf, imageStream } from '../src/standins/kube/fixtures.ts';
import { QuayApiDouble, type StoredTag } from './doubles/quay-api.ts';
import { runCli, tempDir, writeConfig } from './helpers/cli.ts';
import { TestClock } from './helpers/clock.ts';

const NOW = Date.parse('2026-12-07T07:00:00Z');
const DAY = 86_400_000;

/** The cluster double's controllers run on real timers: each sleep lets 1 ms of them pass. */
const newClock = (): TestClock => new TestClock(NOW, { realMsPerSleep: 1 });

const kube = new KubeDouble();
const quay = new QuayApiDouble();
beforeAll(async () => {
  await Promise.all([kube.start(), quay.start()]);
});
afterAll(async () => {
  await Promise.all([kube.stop(), quay.stop()]);
});

const REPO = 'packit/packit-service';
const d = (seed: string) => digestOf(seed);
const tag = (name: string, daysOld: number, digest: string, size: number | null = 100_000_000, children?: string[]): StoredTag => ({
  name,
  digest,
  startTs: Math.floor((NOW - daysOld * DAY) / 1000),
  size,
  ...(children ? { children } : {}),
});

let counter = 0;
let namespaces: { prod: string; stg: string };

beforeEach(() => {
  counter++;
  // Every test runs with only the Role docs/operations.md tells users to paste.
  kube.rbac = rolesInMarkdown(readFileSync('docs/operations.md', 'utf8'));
  namespaces = { prod: `packit--prod-${counter}`, stg: `packit--stg-${counter}` };
  quay.repos.clear();
  quay.deleted.length = 0;
  quay.requests.length = 0;
  const fillers = Array.from({ length: 120 }, (_, i) => tag(`ci-${String(i).padStart(3, '0')}`, 200 + i, d(`ci-${i}`), 1_000_000));
  quay.repos.set(REPO, [
    tag('stable-aaaaaaa-3', 1, d('n1')),
    tag('main-bbbbbbb', 2, d('n2')),
    tag('main-ccccccc', 3, d('n3')),
    tag('prod', 100, d('prod')),
    tag('stg', 100, d('stg')),
    tag('latest', 100, d('stg')),
    tag('release-1.0', 200, d('rel')),
    tag('young', 30, d('young')),
    tag('rollback', 120, d('rollback')),
    tag('same-as-young', 150, d('young')),
    tag('multi-arch', 160, d('list'), null, [d('list-amd64'), d('list-arm64')]),
    tag('old-1', 100, d('old1'), 500_000_000),
    tag('old-2', 300, d('old2'), 300_000_000),
    tag('old-2-again', 301, d('old2'), 300_000_000),
    ...fillers,
  ]);
  // prod keeps last week's image (the rollback target) in its history; stg imported one platform of a manifest list.
  imageStream(kube, {
    namespace: namespaces.prod,
    name: 'packit-service',
    tag: 'prod',
    from: `quay.io/${REPO}:prod`,
    history: [d('prod'), d('rollback')],
  });
  imageStream(kube, {
    namespace: namespaces.stg,
    name: 'packit-service',
    tag: 'stg',
    from: `quay.io/${REPO}:stg`,
    history: [d('stg'), d('list-amd64')],
  });
});

function config(): string {
  return writeConfig(
    tempDir('sg-quay-cleanup-'),
    `deployment: prod
components:
  - name: packit-service
    repo: packit/packit-service
    images:
      - { image: quay.io/${REPO}:prod }
      - { image: quay.io/${REPO}:stg }
registries:
  quay.io: { apiUrl: ${quay.url} }
clusters:
  prod: { server: ${kube.url}, namespace: ${namespaces.prod}, caFile: ${kube.caFile} }
  stg: { server: ${kube.url}, namespace: ${namespaces.stg}, caFile: ${kube.caFile} }
quayCleanup: { olderThan: 90d, keep: 3, protect: ["release-*"] }
`,
  );
}

const env = () => ({ QUAY_TOKEN: quay.token, OPENSHIFT_TOKEN_PROD: kube.token, OPENSHIFT_TOKEN_STG: kube.token });
const EXPECTED_DELETED = ['old-1', 'old-2', 'old-2-again', ...Array.from({ length: 120 }, (_, i) => `ci-${String(i).padStart(3, '0')}`)];

describe('quay-cleanup', () => {
  test('dry run: every tag with its reason, what would go and the space freed; nothing deleted', async () => {
    const clock = newClock();
    const run = await runCli(['quay-cleanup', '--config', config(), '--dry-run', '--json'], env(), { clock });
    expect(run.code).toBe(0);
    expect(quay.count('DELETE', /./)).toBe(0);
    // 134 tags: two pages of at most 100, active tags only.
    const listings = quay.requests.filter((r) => r.method === 'GET' && r.path.endsWith('/tag/'));
    expect(listings).toHaveLength(2);
    const repo = run.json.result.repositories[0];
    expect(repo.tags).toHaveLength(134);
    const reason = (name: string) => repo.tags.find((t: { name: string }) => t.name === name);
    expect(reason('stable-aaaaaaa-3')).toMatchObject({ action: 'keep', reason: 'among the 3 newest' });
    expect(reason('prod')).toMatchObject({ action: 'keep', reason: 'protected' });
    expect(reason('latest')).toMatchObject({ action: 'keep', reason: 'protected' });
    expect(reason('release-1.0')).toMatchObject({ action: 'keep', reason: 'protected (release-*)' });
    expect(reason('young')).toMatchObject({ action: 'keep', reason: 'modified 30d ago, not older than 90d' });
    expect(reason('rollback')).toMatchObject({ action: 'keep', reason: 'in use: prod: packit-service:prod' });
    expect(reason('same-as-young')).toMatchObject({ action: 'keep', reason: 'same digest as kept tag young' });
    expect(reason('multi-arch')).toMatchObject({ action: 'keep', reason: 'in use: stg: packit-service:stg' });
    expect(reason('old-1')).toMatchObject({ action: 'delete' });
    expect(reason('old-1').reason).toMatch(/modified 100d ago, beyond the 3 newest, not protected, not in use/);
    // Newest first, by last modified.
    expect(repo.tags.map((t: { name: string }) => t.name).slice(0, 3)).toEqual(['stable-aaaaaaa-3', 'main-bbbbbbb', 'main-ccccccc']);
    expect(run.json.result.deleted.map((t: string) => t.split(':')[1]).sort()).toEqual([...EXPECTED_DELETED].sort());
    // old-2 and old-2-again share a digest: counted once.
    expect(run.json.result.bytesFreed).toBe(500_000_000 + 300_000_000 + 120 * 1_000_000);
    expect(run.json.changed).toBe(false);
    expect(run.stderr).toMatch(/would delete 123 tag\(s\), 920\.0 MB/);
  });

  test('deletes what the dry run listed, and a second run has nothing left to delete', async () => {
    const clock = newClock();
    const run = await runCli(['quay-cleanup', '--config', config(), '--json'], env(), { clock });
    expect(run.code).toBe(0);
    expect(run.json.changed).toBe(true);
    // Quay's limit (5 requests a second after a burst of 25) is kept on the stage's clock.
    expect(quay.requests.length).toBeGreaterThan(125);
    expect(clock.now() - NOW).toBeGreaterThanOrEqual(((quay.requests.length - 25) / 5) * 1000 - 200);
    expect(quay.deleted.map((t) => t.split(':')[1]).sort()).toEqual([...EXPECTED_DELETED].sort());
    expect(
      quay.repos
        .get(REPO)!
        .map((t) => t.name)
        .sort(),
    ).toEqual([
      'latest',
      'main-bbbbbbb',
      'main-ccccccc',
      'multi-arch',
      'prod',
      'release-1.0',
      'rollback',
      'same-as-young',
      'stable-aaaaaaa-3',
      'stg',
      'young',
    ]);
    expect(run.stdout).toMatch(/"outcome": ?"deleted"/);
    const again = await runCli(['quay-cleanup', '--config', config(), '--json'], env(), { clock: newClock() });
    expect(again.code).toBe(0);
    expect(again.json.changed).toBe(false);
    expect(again.json.result.deleted).toEqual([]);
  });

  test('a cluster without its token stops the run before Quay is asked anything', async () => {
    const run = await runCli(
      ['quay-cleanup', '--config', config(), '--json'],
      { QUAY_TOKEN: quay.token, OPENSHIFT_TOKEN_PROD: kube.token },
      { clock: newClock() },
    );
    expect(run.code).toBe(2);
    expect(run.json.error!.message).toMatch(/OPENSHIFT_TOKEN_STG is not set/);
    expect(quay.requests).toHaveLength(0);
  });

  test('a refused Quay token (401) fails naming QUAY_TOKEN, nothing deleted', async () => {
    const run = await runCli(
      ['quay-cleanup', '--config', config(), '--json'],
      { ...env(), QUAY_TOKEN: 'expired-token-123' },
      { clock: newClock() },
    );
    expect(run.code).toBe(1);
    expect(run.json.error!.message).toMatch(/Quay refused GET \/api\/v1\/repository\/packit\/packit-service\/tag\/ page 1 \(HTTP 401\)/);
    expect(run.json.error!.hint).toMatch(/QUAY_TOKEN/);
    expect(run.stderr).not.toContain('expired-token-123');
    expect(quay.deleted).toEqual([]);
  });

  test("Quay's 429 (an HTML page) is waited out as Retry-After asks", async () => {
    quay.rateLimit(2, 3);
    const clock = newClock();
    const run = await runCli(['quay-cleanup', '--config', config(), '--dry-run', '--json'], env(), { clock });
    expect(run.code).toBe(0);
    expect(clock.slept.filter((ms) => ms >= 3000)).toHaveLength(2);
    expect(run.stderr).toMatch(/Quay: HTTP 429: <html>.*retrying in 3s \(attempt 2 of 5\)/);
    expect(run.json.result.deleted).toHaveLength(123);
  });

  test('--only names configured repositories; a repository Quay does not have fails naming it', async () => {
    const bad = await runCli(['quay-cleanup', '--config', config(), '--json', '--only', 'packit/other'], env(), { clock: newClock() });
    expect(bad.code).toBe(2);
    expect(bad.json.error!.message).toMatch(/--only: packit\/other is not the repository of a configured quay.io image/);
    quay.repos.delete(REPO);
    const missing = await runCli(['quay-cleanup', '--config', config(), '--json', '--dry-run'], env(), { clock: newClock() });
    expect(missing.code).toBe(1);
    expect(missing.json.error!.message).toBe('Quay has no repository packit/packit-service');
  });

  test('the cluster is read with the Role the docs give: list image streams', async () => {
    kube.forbid('list', 'imagestreams');
    try {
      const run = await runCli(['quay-cleanup', '--config', config(), '--json'], env(), { clock: newClock() });
      expect(run.code).toBe(1);
      expect(run.json.error!.message).toMatch(/may not list imagestreams/);
      expect(quay.deleted).toEqual([]);
    } finally {
      kube.allow('list', 'imagestreams');
    }
  });
});

describe('the deletion decision', () => {
  const policy = { now: NOW, olderThanMs: 90 * DAY, keep: 1, protect: [] };
  const facts = (name: string, days: number, digest: string) => ({ name, digest, lastModified: NOW - days * DAY, size: 10 });
  test('a tag named by an image stream spec is kept; a protected pattern with * matches any characters', () => {
    const verdicts = decide(
      [facts('new', 1, 'a'), facts('pinned', 200, 'b'), facts('v1.2.3', 201, 'c'), facts('gone', 202, 'd')],
      { digests: new Map(), tags: new Map([['pinned', ['prod: s:t']]]) },
      { ...policy, protect: ['v*.*'] },
    );
    expect(verdicts.map((v) => [v.name, v.action])).toEqual([
      ['new', 'keep'],
      ['pinned', 'keep'],
      ['v1.2.3', 'keep'],
      ['gone', 'delete'],
    ]);
  });
});

describe('workflows/quay-cleanup.yml', () => {
  test('is valid, dry-runs on the first Monday and deletes only on a confirmed dispatch', async () => {
    const content = readFileSync('workflows/quay-cleanup.yml', 'utf8');
    const result = parseWorkflow({ name: 'quay-cleanup.yml', content }, new NoOperationTraceWriter());
    await convertWorkflowTemplate(result.context, result.value!);
    expect(result.context.errors.getErrors().map((e) => e.message)).toEqual([]);
    const wf = parse(content);
    expect(wf.on.schedule).toEqual([{ cron: '0 7 * * 1' }]);
    expect(wf.on.workflow_dispatch.inputs.confirm).toMatchObject({ type: 'boolean', default: false });
    expect(wf.permissions).toEqual({});
    expect(wf.jobs.cleanup.permissions).toEqual({ contents: 'read' });
    const steps = wf.jobs.cleanup.steps;
    const checkout = steps.find((s: { uses?: string }) => s.uses?.startsWith('actions/checkout'));
    expect(checkout.with['persist-credentials']).toBe(false);
    expect(steps[0].run).toMatch(/date -u \+%-d\)" -gt 7/);
    expect(steps[0].run).not.toMatch(/\$\{\{/);
    const stage = steps.find((s: { uses?: string }) => s.uses?.includes('actions/quay-cleanup'));
    expect(stage.with['dry-run']).toBe("${{ !(github.event_name == 'workflow_dispatch' && inputs.confirm) }}");
    // The gate itself, run with a date that says day 3, then day 10, of the month.
    const gate = (event: string, day: number): string => {
      const dir = mkdtempSync(join(tmpdir(), 'first-monday-'));
      try {
        writeFileSync(join(dir, 'date'), `#!/bin/sh\necho ${day}\n`, { mode: 0o755 });
        writeFileSync(join(dir, 'out'), '');
        execFileSync('bash', ['-e', '-c', steps[0].run], {
          env: { PATH: `${dir}:${process.env.PATH}`, EVENT: event, GITHUB_OUTPUT: join(dir, 'out') },
          stdio: 'ignore',
        });
        return readFileSync(join(dir, 'out'), 'utf8').trim();
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    };
    expect([gate('schedule', 3), gate('schedule', 10), gate('workflow_dispatch', 10)]).toEqual(['run=true', 'run=false', 'run=true']);
  });
});
