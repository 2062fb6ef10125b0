import { afterAll, beforeAll, beforeEach, describe, expect, test } from '@jest/globals';
import { readFileSync, writeFileSync } from 'node:fs';
import { EndpointsDouble } from '../src/standins/endpoints.ts';
import { GitHubDouble } from '../src/standins/github.ts';
import { KubeDouble, REFS } from '../src/standins/kube/index.ts';
import { rolesInMarkdown } from '../src/standins/kube/rbac.ts';
import { SentryDouble } from '../src/standins/sentry.ts';
import { runCli, tempDir, writeConfig } from './helpers/cli.ts';
import { TestClock } from './helpers/clock.ts';
import { BareRemote } from './helpers/git-repos.ts';

const sentry = new SentryDouble();
const service = new EndpointsDouble();
const github = new GitHubDouble();
// No controllers: the tests write the pods' status themselves, as the kubelet would report it.
const kube = new KubeDouble({ controllers: [], now: () => clock.now() });
const NS = 'packit-prod';
beforeAll(async () => {
  await Promise.all([sentry.start(), service.start(), github.start(), kube.start()]);
});
afterAll(async () => {
  await Promise.all([sentry.stop(), service.stop(), github.stop(), kube.stop()]);
});

interface PodShape {
  component: string;
  phase?: 'Pending' | 'Running' | 'Succeeded' | 'Failed';
  ready?: boolean;
  restarts?: number;
  waiting?: { reason: string; message?: string };
  lastExit?: { reason: string; exitCode: number };
  unschedulable?: string;
}

/** A pod as the API server reports it for the model user's StatefulSets and Deployments. */
function addPod(name: string, o: PodShape): void {
  const now = new Date(clock.now()).toISOString();
  const phase = o.phase ?? 'Running';
  const ready = o.ready ?? (phase === 'Running' && !o.waiting);
  const image = `quay.io/packit/${o.component}:prod`;
  kube.create(REFS.pods, NS, {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      name,
      labels: { component: o.component, 'app.kubernetes.io/part-of': 'packit' },
      ownerReferences: [{ apiVersion: 'apps/v1', kind: 'StatefulSet', name: o.component, uid: 'f3c9a1d2', controller: true }],
    },
    spec: { containers: [{ name: o.component, image }], restartPolicy: 'Always', terminationGracePeriodSeconds: 30 },
    status: {
      phase,
      qosClass: 'Burstable',
      ...(phase === 'Pending' && o.unschedulable
        ? {
            conditions: [
              { type: 'PodScheduled', status: 'False', reason: 'Unschedulable', message: o.unschedulable, lastTransitionTime: now },
            ],
          }
        : {
            hostIP: '10.0.12.7',
            podIP: '10.128.4.21',
            startTime: now,
            conditions: [
              { type: 'Initialized', status: 'True', lastTransitionTime: now },
              {
                type: 'Ready',
                status: ready ? 'True' : 'False',
                lastTransitionTime: now,
                ...(ready ? {} : { reason: 'ContainersNotReady', message: `containers with unready status: [${o.component}]` }),
              },
              { type: 'ContainersReady', status: ready ? 'True' : 'False', lastTransitionTime: now },
              { type: 'PodScheduled', status: 'True', lastTransitionTime: now },
            ],
            containerStatuses: [
              {
                name: o.component,
                image,
                imageID: `quay.io/packit/${o.component}@sha256:${'ab'.repeat(32)}`,
                ready,
                started: ready,
                restartCount: o.restarts ?? 0,
                state: o.waiting
                  ? { waiting: o.waiting }
                  : phase === 'Running'
                    ? { running: { startedAt: now } }
                    : { terminated: { exitCode: 0, reason: 'Completed' } },
                ...(o.lastExit ? { lastState: { terminated: { ...o.lastExit, startedAt: now, finishedAt: now } } } : {}),
              },
            ],
          }),
    },
  });
}

/** What the kubelet does when a container exits and is started again. */
function restart(name: string): void {
  kube.store.mutate(REFS.pods, NS, name, (pod) => {
    const status = (pod.status as { containerStatuses: Array<{ restartCount: number; lastState?: unknown }> }).containerStatuses[0]!;
    status.restartCount++;
    status.lastState = {
      terminated: {
        reason: 'OOMKilled',
        exitCode: 137,
        startedAt: new Date(clock.now()).toISOString(),
        finishedAt: new Date(clock.now()).toISOString(),
      },
    };
  });
}

const MINUTE = 60_000;
let clock: TestClock;
let serviceSha: string;
let packitSha: string;
let env: Record<string, string>;

beforeEach(() => {
  clock = new TestClock();
  sentry.now = () => clock.now();
  sentry.issues.length = 0;
  sentry.requests.length = 0;
  sentry.pageSize = 100;
  sentry.rateLimit = { limit: 40, windowMs: 1000 };
  service.reset();
  github.repos.clear();
  github.requests.length = 0;
  serviceSha = github.chain(null, 'service: old', 'service: new');
  packitSha = github.chain(null, 'packit: new');
  github.addRepo('packit/packit-service').branches.set('stable', serviceSha);
  github.addRepo('packit/packit').branches.set('stable', packitSha);
  service.setVersion('packit', `0.45.1.dev2+g${packitSha.slice(0, 7)}`);
  service.setVersion('packit_service', `0.1.dev1+g${serviceSha.slice(0, 7)}.d20261123`);
  // A noisy issue from last week: thousands of events, but not new.
  sentry.addIssue({
    title: 'OperationalError: could not connect to server',
    count: 48213,
    firstSeen: new Date(clock.now() - 7 * 24 * 60 * MINUTE),
    lastSeen: new Date(clock.now() - MINUTE),
  });
  for (const pod of kube.list(REFS.pods, NS)) kube.store.remove(REFS.pods, NS, pod.metadata.name);
  kube.requests.length = 0;
  kube.clearFaults();
  // Every test runs with only the Role docs/health-gate.md tells users to paste.
  kube.rbac = rolesInMarkdown(readFileSync('docs/health-gate.md', 'utf8'));
  // The model user's namespace: two worker StatefulSets, the service, fedmsg, a finished job.
  for (const name of [
    'packit-worker-short-running-0',
    'packit-worker-short-running-1',
    'packit-worker-long-running-0',
    'packit-worker-long-running-1',
  ])
    addPod(name, { component: name.replace(/-\d$/, ''), restarts: 2 });
  addPod('packit-service-0', { component: 'packit-service' });
  addPod('packit-service-fedmsg-6c9f7b9d8-x2x7k', { component: 'packit-service-fedmsg' });
  addPod('packit-service-beat-7f79c9f5b5-hw4qz', { component: 'packit-service-beat' });
  addPod('postgres-migration-29384-6vz9n', { component: 'postgres-migration', phase: 'Succeeded' });
  env = { SENTRY_AUTH_TOKEN: sentry.token, OPENSHIFT_TOKEN_PROD: kube.token };
});

function config(extra = '', maxNewIssues = 0): string {
  return writeConfig(
    tempDir('sg-health-'),
    `deployment: prod
github: { apiUrl: ${github.url} }
components:
  - name: packit
    repo: packit/packit
    systemKey: packit
  - name: packit-service
    repo: packit/packit-service
    systemKey: packit_service
  - name: dashboard
    repo: packit/dashboard
clusters:
  prod: { server: ${kube.url}, namespace: ${NS}, caFile: ${kube.caFile} }
health:
  sentry: { apiUrl: ${sentry.url}, org: packit, project: packit-service, maxNewIssues: ${maxNewIssues}, window: 30m }
  endpoints:
    - { url: ${service.url}/api/system, versions: true }
    - { url: ${service.url}/api/healthz, expect: We are healthy }
    - { url: ${service.url}/, expect: Packit Dashboard }
${extra}`,
  );
}

const gate = (args: string[], environment = env) => runCli(['health-gate', '--json', ...args], environment, { clock });

describe('health-gate: Sentry and endpoints', () => {
  test('a healthy service passes; an old noisy Sentry issue does not count; stable heads are read from GitHub', async () => {
    const run = await gate(['--config', config()]);
    expect(run.stderr).toContain('✓ sentry: 0 new unresolved issue(s) first seen in the last 30m (at most 0 allowed)');
    expect(run.code).toBe(0);
    expect(run.json.result).toMatchObject({ ok: true, rounds: 1, failed: [], sentry: { newIssues: [] } });
    expect(run.stderr).toContain(`✓ pods: 7/7 Ready, 1 completed in ${NS}`);
    expect(run.json.result).toMatchObject({ cluster: 'prod', namespace: NS, pods: { total: 8, ready: 7, problems: [] } });
    expect(run.json.result.checks.map((c: { name: string; ok: boolean }) => [c.name, c.ok])).toEqual([
      ['pods', true],
      ['sentry', true],
      [`${service.url}/api/system`, true],
      [`${service.url}/api/healthz`, true],
      [`${service.url}/`, true],
    ]);
    expect(run.json.result.expected).toEqual([
      { component: 'packit', systemKey: 'packit', sha: packitSha, from: 'repository' },
      { component: 'packit-service', systemKey: 'packit_service', sha: serviceSha, from: 'repository' },
    ]);
    const search = sentry.requests[0]!;
    expect(search.headers.authorization).toBe(`Bearer ${sentry.token}`);
    expect(search.path).toBe('/api/0/projects/packit/packit-service/issues/');
    expect(run.stdout + run.stderr).not.toContain(sentry.token);
  });

  test('a new Sentry issue fails the gate, listing its title, count and link; the old noisy one is not listed', async () => {
    const fresh = sentry.addIssue({ title: "KeyError: 'commit_sha'", count: 17, firstSeen: new Date(clock.now() - 4 * MINUTE) });
    const run = await gate(['--config', config()]);
    expect(run.code).toBe(1);
    expect(run.json.result.failed).toEqual(['sentry']);
    const issues = run.json.result.sentry.newIssues;
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({
      title: "KeyError: 'commit_sha'",
      count: 17,
      link: `${sentry.url}/organizations/packit/issues/${fresh.id}/`,
    });
    expect(run.json.error!.message).toContain('sentry (1 new unresolved issue(s) first seen in the last 30m (at most 0 allowed))');
    expect(run.stderr).toContain(`"KeyError: 'commit_sha'" ×17 ${sentry.url}/organizations/packit/issues/${fresh.id}/`);
    expect(run.stderr).not.toContain('OperationalError');
  });

  test('Sentry pages are followed through the Link header; a 429 is waited out (Retry-After)', async () => {
    sentry.pageSize = 2;
    for (let i = 0; i < 5; i++)
      sentry.addIssue({ title: `RuntimeError: number ${i}`, count: i + 1, firstSeen: new Date(clock.now() - (i + 1) * MINUTE) });
    sentry.fail('GET', /\/issues\/$/, {
      status: 429,
      headers: { 'retry-after': '7' },
      body: { detail: 'Request was throttled. Expected available in 7 seconds.' },
    });
    const run = await gate(['--config', config('', 5)]);
    expect(run.code).toBe(0);
    expect(run.json.result.sentry.newIssues.map((i: { title: string }) => i.title).sort()).toEqual(
      [0, 1, 2, 3, 4].map((i) => `RuntimeError: number ${i}`),
    );
    // One throttled request, then three pages (2 + 2 + 1).
    expect(sentry.requests).toHaveLength(4);
    expect(sentry.requests.slice(1).map((r) => r.headers.authorization)).toEqual(Array(3).fill(`Bearer ${sentry.token}`));
    expect(clock.slept).toContain(7000);
    expect(run.stderr).toMatch(/Sentry: HTTP 429.*retrying in 7s/);
  });

  test('when a page says the rate limit is used up, the next page waits for the window to reset', async () => {
    sentry.pageSize = 2;
    sentry.rateLimit = { limit: 2, windowMs: 60_000 };
    for (let i = 0; i < 5; i++)
      sentry.addIssue({ title: `RuntimeError: number ${i}`, count: 1, firstSeen: new Date(clock.now() - MINUTE) });
    const run = await gate(['--config', config('', 5)]);
    expect(run.code).toBe(0);
    expect(run.json.result.sentry.newIssues).toHaveLength(5);
    expect(sentry.requests).toHaveLength(3);
    expect(run.stderr).toMatch(/Sentry: rate limit of this token used up; waiting \d+s for its next window/);
    const pause = clock.slept.find((ms) => ms > 0 && ms <= 60_000);
    expect(pause).toBeDefined();
    expect(run.stderr).not.toContain('HTTP 429');
  });

  test('a 401 from Sentry names SENTRY_AUTH_TOKEN and the scopes it needs', async () => {
    const run = await gate(['--config', config()], { ...env, SENTRY_AUTH_TOKEN: 'sntrys_expired_token_value' });
    expect(run.code).toBe(1);
    expect(run.json.result.failed).toEqual(['sentry']);
    expect(run.json.error!.message).toContain('Sentry refused SENTRY_AUTH_TOKEN (HTTP 401: Invalid token)');
    expect(run.stderr).toContain('project:read and event:read');
    expect(run.stdout + run.stderr).not.toContain('sntrys_expired_token_value');
  });

  test('without SENTRY_AUTH_TOKEN: exit 2 naming it, before anything is read', async () => {
    const run = await gate(['--config', config()], {});
    expect(run.code).toBe(2);
    expect(run.json.error!.message).toContain('SENTRY_AUTH_TOKEN is not set');
    expect(sentry.requests).toHaveLength(0);
    expect(service.requests).toHaveLength(0);
  });

  test('a stale versions endpoint names the component, the running and the expected commit (from --moved)', async () => {
    const newer = github.chain(serviceSha, 'service: newer');
    const moved = JSON.stringify({
      components: [
        { name: 'packit-service', status: 'moved', previous: serviceSha, current: newer },
        { name: 'packit', status: 'unchanged', previous: packitSha, current: packitSha },
      ],
    });
    const run = await gate(['--config', config(), '--moved', moved]);
    expect(run.code).toBe(1);
    expect(run.json.result.failed).toEqual([`${service.url}/api/system`]);
    expect(run.json.error!.message).toContain(`packit-service runs ${serviceSha.slice(0, 7)}, expected ${newer.slice(0, 7)}`);
    const versions = run.json.result.endpoints.find((e: { url: string }) => e.url.endsWith('/api/system')).versions;
    expect(versions).toEqual([
      { component: 'packit', systemKey: 'packit', expected: packitSha, running: packitSha.slice(0, 7), ok: true },
      expect.objectContaining({ component: 'packit-service', expected: newer, running: serviceSha.slice(0, 7), ok: false }),
    ]);
    // --moved named every keyed component: GitHub was asked only whether stable moved on since (it went back: no).
    expect(github.requests.map((r) => r.path)).toEqual([
      '/repos/packit/packit-service/git/ref/heads/stable',
      `/repos/packit/packit-service/compare/${newer}...${serviceSha}`,
    ]);
  });

  // Fault runs (G1): a colleague's hotfix landed on stable after the move, CI built it into :prod,
  // and the gate (expecting the moved commit) failed, rolled back, and failed again on every resume.
  test("the service may run stable's head when a colleague pushed it on top of the moved commit; a head behind fails", async () => {
    const moved = github.chain(serviceSha, 'service: this week');
    const hotfix = github.chain(moved, 'service: urgent hotfix');
    github.repos.get('packit/packit-service')!.branches.set('stable', hotfix);
    service.setVersion('packit_service', `0.1.dev2+g${hotfix.slice(0, 7)}`);
    const movedJson = (sha: string) =>
      JSON.stringify({
        components: [
          { name: 'packit-service', status: 'moved', previous: serviceSha, current: sha },
          { name: 'packit', status: 'unchanged', previous: packitSha, current: packitSha },
        ],
      });
    const run = await gate(['--config', config(), '--moved', movedJson(moved)]);
    expect(run.code).toBe(0);
    const versions = run.json.result.endpoints.find((e: { url: string }) => e.url.endsWith('/api/system')).versions;
    expect(versions[1]).toMatchObject({ component: 'packit-service', expected: moved, running: hotfix.slice(0, 7), ok: true });
    expect(versions[1].laterOnStable).toBe(
      `packit-service runs ${hotfix.slice(0, 7)}, stable's head now: 1 commit(s) pushed on top of ${moved.slice(0, 7)} after the move`,
    );
    expect(run.stderr).toContain(versions[1].laterOnStable);
    // A commit that is not stable's head is not accepted, even on top of the moved one.
    const next = github.chain(hotfix, 'service: another one');
    github.repos.get('packit/packit-service')!.branches.set('stable', next);
    const notHead = await gate(['--config', config(), '--moved', movedJson(moved)]);
    expect(notHead.code).toBe(1);
    expect(notHead.json.error!.message).toContain(`packit-service runs ${hotfix.slice(0, 7)}, expected ${moved.slice(0, 7)}`);
    // stable's head, but not a descendant of the moved commit (moved back, or rewritten): fails.
    const other = github.chain(serviceSha, 'service: rewritten');
    github.repos.get('packit/packit-service')!.branches.set('stable', other);
    service.setVersion('packit_service', `0.1.dev2+g${other.slice(0, 7)}`);
    const rewritten = await gate(['--config', config(), '--moved', movedJson(moved)]);
    expect(rewritten.code).toBe(1);
    expect(rewritten.json.error!.message).toContain(`packit-service runs ${other.slice(0, 7)}, expected ${moved.slice(0, 7)}`);
  });

  // Fault runs (F6, the trigger of G1): one cut-short answer failed the gate at once and rolled production back.
  test('a versions answer cut short, and a Sentry page cut short, are read again: the gate passes', async () => {
    service.fail('GET', /^\/api\/system$/, { body: `{"packit": {"commit": "${packitSha.slice(0, 3)}` });
    sentry.fail('GET', /\/issues\/$/, { body: '[{"id": "41000' });
    const run = await gate(['--config', config()]);
    expect(run.code).toBe(0);
    expect(service.count('GET', /^\/api\/system$/)).toBe(2);
    expect(run.stderr).toMatch(/versions: the answer is not JSON \(application\/json; charset=utf-8\).*retrying/);
    expect(run.stderr).toMatch(/Sentry answered GET \S+ with JSON that does not parse \(cut short\?\).*retrying/);
  });

  test('a versions answer that is never JSON fails the check after its attempts, saying so', async () => {
    service.fail('GET', /^\/api\/system$/, { body: '<!doctype html><title>Sign in</title>' }, 3);
    const run = await gate(['--config', config()]);
    expect(run.code).toBe(1);
    expect(run.json.result.failed).toEqual([`${service.url}/api/system`]);
    expect(run.json.error!.message).toMatch(/after 3 attempts: versions: the answer is not JSON/);
  });

  test('a component moved with git: its stable head is read with ls-remote', async () => {
    const dir = tempDir('sg-health-git-');
    const remote = new BareRemote(dir, 'ogr');
    remote.commit('ogr: first');
    const stable = remote.commit('ogr: second');
    remote.checkout('stable', true);
    remote.push('stable');
    service.reset();
    service.setVersion('ogr', `0.76.0.post18+g${stable.slice(0, 7)}`);
    const file = writeConfig(
      dir,
      `deployment: prod
components:
  - { name: ogr, remote: ${remote.bare}, systemKey: ogr }
health:
  endpoints: [{ url: ${service.url}/api/system, versions: true }]
`,
    );
    const ok = await gate(['--config', file], {});
    expect(ok.code).toBe(0);
    expect(ok.json.result.expected).toEqual([{ component: 'ogr', systemKey: 'ogr', sha: stable, from: 'repository' }]);
    expect(ok.stderr).toContain('pods: not checked (no cluster in the configuration)');
    remote.checkout('main');
    const newer = remote.commit('ogr: third');
    remote.checkout('stable', true);
    remote.push('stable');
    const stale = await gate(['--config', file], {});
    expect(stale.code).toBe(1);
    expect(stale.json.error!.message).toContain(`ogr runs ${stable.slice(0, 7)}, expected ${newer.slice(0, 7)}`);
    // Moved to `stable`, then a colleague pushed `newer` on top, which the service runs: git says it descends.
    service.setVersion('ogr', `0.76.0.post19+g${newer.slice(0, 7)}`);
    const moved = JSON.stringify({ components: [{ name: 'ogr', status: 'moved', previous: stable, current: stable }] });
    const later = await gate(['--config', file, '--moved', moved], {});
    expect(later.code).toBe(0);
    expect(later.stderr).toContain(`ogr runs ${newer.slice(0, 7)}, stable's head now: commit(s) pushed on top of ${stable.slice(0, 7)}`);
  });

  test('a stable head that cannot be read fails the versions check only; the other checks still run', async () => {
    github.repos.delete('packit/packit');
    const run = await gate(['--config', config()]);
    expect(run.code).toBe(1);
    expect(run.json.result.failed).toEqual([`${service.url}/api/system`]);
    expect(run.json.error!.message).toContain(
      `${service.url}/api/system (packit: cannot read stable of packit/packit through the GitHub API (HTTP 404)`,
    );
    expect(run.json.result.checks.filter((c: { ok: boolean }) => c.ok)).toHaveLength(4);
  });

  test('a versions answer without a component, or with a null commit, fails naming it', async () => {
    service.versions.delete('packit');
    service.versions.set('packit_service', { commit: null, version: '0.1.dev1' });
    const run = await gate(['--config', config()]);
    expect(run.code).toBe(1);
    expect(run.json.error!.message).toContain(`packit: "packit" is missing from the answer, expected ${packitSha.slice(0, 7)}`);
    expect(run.json.error!.message).toContain(
      `packit-service runs an unknown commit (version "0.1.dev1"), expected ${serviceSha.slice(0, 7)}`,
    );
  });

  test('an endpoint that does not answer in time, and one without the expected text, fail; every failed check is named', async () => {
    service.delays.set('/api/healthz', 700);
    service.dashboard = '<html><body>502 Bad Gateway (from the router)</body></html>';
    const run = await gate(['--config', config(), '--endpoint-timeout', '200ms']);
    expect(run.code).toBe(1);
    expect(run.json.result.failed).toEqual([`${service.url}/api/healthz`, `${service.url}/`]);
    expect(run.json.error!.message).toContain(`${service.url}/api/healthz (no answer within 200ms)`);
    expect(run.json.error!.message).toContain(`${service.url}/ (answer does not contain "Packit Dashboard")`);
  });

  test('an unhealthy status (HTTP 503) fails the endpoint check', async () => {
    service.healthz = { status: 503, body: { status: 'database unreachable' } };
    const run = await gate(['--config', config()]);
    expect(run.code).toBe(1);
    expect(run.json.error!.message).toMatch(/api\/healthz \(.*HTTP 503.*database unreachable/);
  });

  test('--observe keeps checking at the interval and fails in the round a new issue appears', async () => {
    let polls = 0;
    const original = sentry.now;
    sentry.onSearch = () => {
      if (++polls === 3)
        sentry.addIssue({ title: 'TimeoutError: Copr did not answer', count: 3, firstSeen: new Date(original() - 10_000) });
    };
    try {
      const run = await gate(['--config', config(), '--observe', '10m', '--interval', '1m']);
      expect(run.code).toBe(1);
      expect(run.json.result.rounds).toBe(3);
      expect(run.stderr).toMatch(/round 1: all 5 check\(s\) passed \| elapsed \d+ms, 10m00s left/);
      expect(run.stderr).toContain('round 2: all 5 check(s) passed | elapsed 1m00s, 9m00s left');
      expect(run.json.error!.message).toContain('health gate failed in round 3, after 2m00s of 10m00s: sentry (1 new');
      expect(clock.slept.filter((ms) => ms === MINUTE)).toHaveLength(2);
    } finally {
      sentry.onSearch = undefined;
    }
  });

  test('--observe passes only after every round passed, and the interval has a floor of 1s', async () => {
    const run = await gate(['--config', config(), '--observe', '3m', '--interval', '1m']);
    expect(run.code).toBe(0);
    expect(run.json.result).toMatchObject({ ok: true, rounds: 4, observedMs: 3 * MINUTE });
    expect(run.stderr).toContain('healthy: 5 check(s) passed in each of 4 round(s) over 3m00s');
    const tooFast = await gate(['--config', config(), '--observe', '3m', '--interval', '100ms']);
    expect(tooFast.code).toBe(2);
    expect(tooFast.json.error!.message).toContain('--interval: 100ms is out of range; expected at least 1s');
  });
});

describe('health-gate: pods', () => {
  test('a CrashLoopBackOff fails the gate, naming the pod, the reason and the last exit', async () => {
    kube.store.remove(REFS.pods, NS, 'packit-worker-long-running-1');
    addPod('packit-worker-long-running-1', {
      component: 'packit-worker-long-running',
      restarts: 6,
      waiting: { reason: 'CrashLoopBackOff', message: 'back-off 5m0s restarting failed container=packit-worker-long-running' },
      lastExit: { reason: 'Error', exitCode: 1 },
    });
    const run = await gate(['--config', config()]);
    expect(run.code).toBe(1);
    expect(run.json.result.failed).toEqual(['pods']);
    expect(run.json.result.pods.problems).toEqual([
      {
        pod: 'packit-worker-long-running-1',
        problem:
          'container packit-worker-long-running: CrashLoopBackOff (back-off 5m0s restarting failed container=packit-worker-long-running)',
      },
    ]);
    expect(run.json.error!.message).toContain(
      `pods (1 problem(s) in ${NS} (6/7 Ready, 1 completed), first ` +
        `packit-worker-long-running-1: container packit-worker-long-running: CrashLoopBackOff`,
    );
    // The cluster was read with the token of the picked cluster, over verified TLS.
    expect(kube.requests.some((r) => r.verb === 'list' && r.path === `/api/v1/namespaces/${NS}/pods`)).toBe(true);
  });

  test('ImagePullBackOff, a container that ended in Error and an evicted pod each fail; every problem is listed', async () => {
    addPod('packit-dashboard-5d8c7b6f4-qk2lm', {
      component: 'packit-dashboard',
      phase: 'Pending',
      waiting: { reason: 'ImagePullBackOff', message: 'Back-off pulling image "quay.io/packit/dashboard:prod"' },
    });
    addPod('packit-service-1', { component: 'packit-service', phase: 'Failed', ready: false });
    kube.store.mutate(REFS.pods, NS, 'packit-service-1', (pod) => {
      Object.assign(pod.status as object, { reason: 'Evicted', message: 'The node was low on resource: memory.' });
      (pod.status as { containerStatuses: Array<{ state: unknown }> }).containerStatuses[0]!.state = {
        terminated: { reason: 'Error', exitCode: 137 },
      };
    });
    const run = await gate(['--config', config()]);
    expect(run.code).toBe(1);
    const problems = run.json.result.pods.problems.map((p: { pod: string; problem: string }) => `${p.pod}: ${p.problem}`);
    expect(problems).toEqual([
      'packit-dashboard-5d8c7b6f4-qk2lm: container packit-dashboard: ' +
        'ImagePullBackOff (Back-off pulling image "quay.io/packit/dashboard:prod")',
      'packit-service-1: container packit-service: Error (exit code 137)',
      'packit-service-1: phase Failed (Evicted: The node was low on resource: memory.)',
    ]);
    expect(run.stderr).toContain('packit-service-1: phase Failed (Evicted');
  });

  test('restarts that grow during --observe fail the gate; restarts from before do not', async () => {
    clock.onSleep = (n) => {
      if (n === 2) restart('packit-worker-short-running-1');
    };
    const run = await gate(['--config', config(), '--observe', '10m', '--interval', '2m']);
    expect(run.code).toBe(1);
    expect(run.json.result.rounds).toBe(3);
    expect(run.json.result.pods.problems).toEqual([
      { pod: 'packit-worker-short-running-1', problem: 'restarted 1 time(s) while observed (2 → 3); last exit: OOMKilled (exit code 137)' },
    ]);
    expect(run.stderr).toContain('round 2: all 5 check(s) passed | elapsed 2m00s, 8m00s left');
    expect(run.json.error!.message).toContain('health gate failed in round 3, after 4m00s of 10m00s: pods (1 problem(s)');
  });

  test("a pod Pending past health.pods.pendingAfter fails, with the scheduler's reason; before that it is tolerated", async () => {
    addPod('packit-worker-long-running-2', {
      component: 'packit-worker-long-running',
      phase: 'Pending',
      unschedulable: '0/6 nodes are available: 6 Insufficient memory.',
    });
    const run = await gate(['--config', config('  pods: { pendingAfter: 3m }\n'), '--observe', '10m', '--interval', '50s']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('round 1: ✓ pods: 7/8 Ready, 1 Pending, 1 completed in packit-prod');
    // Rounds at 0s, 50s, 1m40s, 2m30s: within the deadline; 3m20s: past it.
    expect(run.json.result.rounds).toBe(5);
    // Kubernetes timestamps have whole seconds: the age may read a second longer.
    expect(run.json.result.pods.problems).toEqual([
      {
        pod: 'packit-worker-long-running-2',
        problem: expect.stringMatching(/^Pending for 3m2[01]s \(Unschedulable: 0\/6 nodes are available: 6 Insufficient memory\.\)$/),
      },
    ]);
  });

  test('health.pods.selector narrows the pods; a namespace without matching pods fails', async () => {
    addPod('debug-shell', { component: 'debug', waiting: { reason: 'CrashLoopBackOff' }, restarts: 40 });
    kube.store.mutate(REFS.pods, NS, 'debug-shell', (pod) => {
      pod.metadata.labels = { component: 'debug' };
    });
    const narrowed = await gate(['--config', config('  pods: { selector: app.kubernetes.io/part-of=packit }\n')]);
    expect(narrowed.code).toBe(0);
    expect(narrowed.stderr).toContain(`✓ pods: 7/7 Ready, 1 completed in ${NS} (app.kubernetes.io/part-of=packit)`);
    const none = await gate(['--config', config('  pods: { selector: component=tokman }\n')]);
    expect(none.code).toBe(1);
    expect(none.json.error!.message).toContain(`pods (no pods in ${NS} (component=tokman))`);
  });

  test('a pod list answered 503, then dropped, is retried within the stage', async () => {
    kube.failNext({ path: /\/pods\?/, status: 503 });
    kube.failNext({ path: /\/pods\?/, drop: true });
    const run = await gate(['--config', config()]);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/cluster prod: HTTP 503.*retrying/);
    expect(kube.requests.filter((r) => r.verb === 'list').length).toBe(3);
  });

  test('--cluster stg: the pre-flight reads the staging namespace with its own token; an unknown cluster is exit 2', async () => {
    kube.create(REFS.pods, 'packit-stg', {
      ...kube.get(REFS.pods, NS, 'packit-service-0')!,
      metadata: { name: 'packit-service-0', labels: { component: 'packit-service' } },
    });
    const file = config();
    const yaml = readFileSync(file, 'utf8').replace(
      'clusters:\n',
      `clusters:\n  stg: { server: ${kube.url}, namespace: packit-stg, caFile: ${kube.caFile} }\n`,
    );
    writeFileSync(file, yaml);
    const run = await gate(['--config', file, '--cluster', 'stg'], { SENTRY_AUTH_TOKEN: sentry.token, OPENSHIFT_TOKEN_STG: kube.token });
    expect(run.code).toBe(0);
    expect(run.json.result).toMatchObject({ cluster: 'stg', namespace: 'packit-stg', pods: { total: 1, ready: 1 } });
    expect(kube.requests.every((r) => r.path.startsWith('/api/v1/namespaces/packit-stg/'))).toBe(true);
    const unknown = await gate(['--config', file, '--cluster', 'preprod']);
    expect(unknown.code).toBe(2);
    expect(unknown.json.error!.message).toContain('--cluster: unknown cluster "preprod"; configured: stg, prod');
    kube.store.remove(REFS.pods, 'packit-stg', 'packit-service-0');
  });

  test('the pre-flight (--preflight, or a staging: true cluster) checks the staging pods only, with a hint without rollback', async () => {
    const file = config();
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace(
        'clusters:\n',
        `clusters:\n  stg: { server: ${kube.url}, namespace: packit-stg, caFile: ${kube.caFile} }\n`,
      ),
    );
    // No SENTRY_AUTH_TOKEN: production's Sentry is not the pre-flight's to read.
    const failed = await gate(['--config', file, '--cluster', 'stg', '--preflight'], { OPENSHIFT_TOKEN_STG: kube.token });
    expect(failed.code).toBe(1);
    expect(failed.json.result.checks.map((c: { name: string }) => c.name)).toEqual(['pods']);
    expect(failed.json.result.scope).toBe("staging: pods only; Sentry and endpoints are production's");
    expect(failed.json.error!.hint).toMatch(/^nothing has moved: fix stg first/);
    expect(failed.json.error!.hint).not.toContain('roll back');
    expect(failed.stderr).toContain("pre-flight on stg: staging: pods only; Sentry and endpoints are production's");
    expect(sentry.requests).toHaveLength(0);
    kube.create(REFS.pods, 'packit-stg', {
      ...kube.get(REFS.pods, NS, 'packit-service-0')!,
      metadata: { name: 'packit-service-0', labels: { component: 'packit-service' } },
    });
    writeFileSync(file, readFileSync(file, 'utf8').replace('namespace: packit-stg,', 'namespace: packit-stg, staging: true,'));
    const passed = await gate(['--config', file, '--cluster', 'stg'], { OPENSHIFT_TOKEN_STG: kube.token });
    expect(passed.code).toBe(0);
    expect(passed.json.result).toMatchObject({ cluster: 'stg', scope: expect.stringContaining('pods only'), sentry: null, endpoints: [] });
    expect(sentry.requests).toHaveLength(0);
    kube.store.remove(REFS.pods, 'packit-stg', 'packit-service-0');
  });

  test('a missing cluster token: exit 2 naming the variable, nothing read', async () => {
    const run = await gate(['--config', config()], { SENTRY_AUTH_TOKEN: sentry.token });
    expect(run.code).toBe(2);
    expect(run.json.error!.message).toContain('OPENSHIFT_TOKEN_PROD is not set');
    expect(kube.requests).toHaveLength(0);
    expect(sentry.requests).toHaveLength(0);
  });

  test('a token that may not list pods fails the pods check naming the verb; --dry-run reads the same', async () => {
    kube.forbid('list', 'pods');
    try {
      const run = await gate(['--config', config(), '--dry-run']);
      expect(run.code).toBe(1);
      expect(run.json.dryRun).toBe(true);
      expect(run.json.result.failed).toEqual(['pods']);
      expect(run.json.error!.message).toMatch(/pods \(cluster "prod" .*may not list pods in namespace packit-prod/);
    } finally {
      kube.allow('list', 'pods');
    }
  });
});
