import { afterAll, beforeAll, beforeEach, describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseConfig } from '../src/config/load.ts';
import { StageError, UsageError } from '../src/core/errors.ts';
import { MemorySink, TerminalLogger } from '../src/core/logger.ts';
import { Secrets } from '../src/core/secrets.ts';
import {
  DEFAULT_LOCK_TIMING,
  acquireRunLock as acquire,
  leaseName,
  withRunLock as withLock,
  type RunLockTarget,
} from '../src/stages/shared/run-lock.ts';
import type { StageContext } from '../src/stages/stage.ts';
import { KubeDouble, REFS } from '../src/standins/kube/index.ts';
import { rolesInMarkdown } from '../src/standins/kube/rbac.ts';
import type { Clock } from '../src/core/clock.ts';
import { runCli, tempDir, writeConfig } from './helpers/cli.ts';
import { BareRemote } from './helpers/git-repos.ts';

const NS = 'packit--prod';
const LEASE = leaseName('prod');
const kube = new KubeDouble({ controllers: [] });
// Only what the Role in docs/cluster.md grants: the lock must work with the documented permissions.
kube.rbac = rolesInMarkdown(readFileSync('docs/cluster.md', 'utf8'));
beforeAll(() => kube.start());
afterAll(() => kube.stop());

let sink: MemorySink;
let clock: Clock;
beforeEach(() => {
  sink = new MemorySink();
  clock = { now: () => Date.parse('2026-11-30T09:00:00Z'), sleep: async () => {} };
  if (kube.get(REFS.leases, NS, LEASE)) kube.store.remove(REFS.leases, NS, LEASE);
  kube.requests.length = 0;
});

function context(clusters = true): StageContext {
  const yaml =
    'deployment: prod\ncomponents:\n  - { name: ogr, repo: packit/ogr }\n' +
    (clusters ? `clusters:\n  prod: { server: ${kube.url}, namespace: ${NS}, caFile: ${kube.caFile} }\n` : '');
  return {
    config: parseConfig(yaml, path.join(tempDir('sg-lock-'), 'service-guru.yml')),
    logger: new TerminalLogger(new Secrets(), sink),
    secrets: new Secrets(),
    dryRun: false,
    env: { OPENSHIFT_TOKEN_PROD: kube.token },
    clock,
  };
}

const target = (stateFile = path.join(tempDir('sg-lock-'), 'state.json'), runUrl?: string): RunLockTarget => ({
  stateFile,
  cluster: undefined,
  runUrl,
  readOnly: false,
});

async function refusal(promise: Promise<unknown>): Promise<StageError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(StageError);
  return error as StageError;
}

// The lock's own wall clock, held still: what it says of its holder is checked to the millisecond.
const AT = Date.parse('2026-11-30T09:00:00Z');
const TIMING = { ...DEFAULT_LOCK_TIMING, now: () => AT };
const acquireRunLock = (ctx: StageContext, t: RunLockTarget) => acquire(ctx, t, TIMING);
const withRunLock: typeof withLock = (ctx, t, run) => withLock(ctx, t, run, TIMING);

const lease = () =>
  kube.get(REFS.leases, NS, LEASE) as { metadata: { resourceVersion: string }; spec: Record<string, unknown> } | undefined;

describe('the run lock beside the state file', () => {
  test('a second run on the same state file refuses, naming the holder and since when, and how to break it', async () => {
    const state = target(undefined, 'https://github.com/packit/deployment/actions/runs/42');
    const first = await acquireRunLock(context(false), state);
    const holder = JSON.parse(readFileSync(`${path.resolve(state.stateFile)}.lock`, 'utf8'));
    expect(holder).toMatchObject({
      identity: state.runUrl,
      host: os.hostname(),
      pid: process.pid,
      since: new Date(AT).toISOString(),
    });
    const other = { ...state, runUrl: 'https://github.com/packit/deployment/actions/runs/43' };
    const error = await refusal(acquireRunLock(context(false), other));
    expect(error.message).toBe(
      `another deploy holds the lock ${state.stateFile}.lock: ` +
        `${state.runUrl}, host ${os.hostname()}, pid ${process.pid}, since ${holder.since}`,
    );
    expect(error.hint).toContain(`delete ${state.stateFile}.lock`);
    await first.release();
    expect(existsSync(`${state.stateFile}.lock`)).toBe(false);
    await (await acquireRunLock(context(false), state)).release();
  });

  test('an earlier attempt of the same run (its runner died, the lock stayed) is taken over by the re-run', async () => {
    const state = target(undefined, 'https://github.com/packit/deployment/actions/runs/44');
    await acquireRunLock(context(false), state);
    const again = await acquireRunLock(context(false), state);
    await again.release();
    expect(existsSync(`${state.stateFile}.lock`)).toBe(false);
  });

  test('a lock left by a process of this machine that is gone is taken over, with a warning', async () => {
    const state = target();
    const dead = spawnSync(process.execPath, ['-e', '0']).pid;
    const stale = { identity: `${os.hostname()}/${dead}`, host: os.hostname(), pid: dead, since: '2026-11-30T08:00:00.000Z', token: 'old' };
    writeFileSync(`${state.stateFile}.lock`, JSON.stringify(stale));
    const lock = await acquireRunLock(context(false), state);
    expect(sink.text()).toContain(
      `took over the lock ${state.stateFile}.lock: its holder (host ${os.hostname()}, pid ${dead}) is no longer running`,
    );
    expect(JSON.parse(readFileSync(`${state.stateFile}.lock`, 'utf8')).pid).toBe(process.pid);
    await lock.release();
  });

  test('a lock of another machine is never guessed stale', async () => {
    const state = target();
    writeFileSync(
      `${state.stateFile}.lock`,
      JSON.stringify({ identity: 'ci/1', host: 'runner-7', pid: 1, since: '2026-11-30T08:00:00.000Z', token: 't' }),
    );
    expect((await refusal(acquireRunLock(context(false), state))).message).toContain(
      'ci/1, host runner-7, pid 1, since 2026-11-30T08:00:00.000Z',
    );
  });

  test('a symlinked state file or lock, or a relative path leaving the working directory, is exit 2 before anything', async () => {
    const dir = tempDir('sg-lock-');
    symlinkSync('/etc/passwd', path.join(dir, 'state.json'));
    await expect(acquireRunLock(context(false), target(path.join(dir, 'state.json')))).rejects.toThrow(UsageError);
    symlinkSync(path.join(dir, 'elsewhere'), path.join(dir, 'other.json.lock'));
    await expect(acquireRunLock(context(false), target(path.join(dir, 'other.json')))).rejects.toThrow(
      /other\.json\.lock is a symbolic link/,
    );
    expect(existsSync(path.join(dir, 'elsewhere'))).toBe(false);
    await expect(acquireRunLock(context(false), target('../../outside/state.json'))).rejects.toThrow(/leaves the working directory/);
  });
});

describe('the cluster Lease', () => {
  test('taken with holder, duration and renewTime, refused to a run elsewhere, released at the end', async () => {
    const first = await acquireRunLock(context(), target(undefined, 'https://github.com/packit/deployment/actions/runs/42'));
    expect(first.lease).toBe(`${NS}/${LEASE}`);
    expect(lease()!.spec).toMatchObject({
      holderIdentity: 'https://github.com/packit/deployment/actions/runs/42',
      leaseDurationSeconds: 300,
      leaseTransitions: 0,
    });
    // MicroTime: six fractional digits, as the API server parses it.
    expect(lease()!.spec.renewTime).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$/);
    // Another machine: its own state file, the same namespace.
    const error = await refusal(acquireRunLock(context(), target()));
    expect(error.message).toBe(
      `another deploy holds Lease ${NS}/${LEASE}: https://github.com/packit/deployment/actions/runs/42 ` +
        `(host ${os.hostname()}, pid ${process.pid}), since ${first.holder.since}`,
    );
    expect(error.hint).toContain(`oc delete lease ${LEASE} -n ${NS}`);
    expect(error.hint).toContain('frees itself at');
    await first.release();
    expect(lease()!.spec.holderIdentity).toBeUndefined();
    const next = await acquireRunLock(context(), target());
    expect(lease()!.spec).toMatchObject({ holderIdentity: `${os.hostname()}/${process.pid}`, leaseTransitions: 1 });
    await next.release();
  });

  test('two runs racing for it: exactly one wins, by resourceVersion / AlreadyExists', async () => {
    for (const seeded of [false, true]) {
      if (seeded) {
        // An expired Lease: both may take it, the resourceVersion precondition lets only one.
        kube.store.remove(REFS.leases, NS, LEASE);
        kube.create(REFS.leases, NS, {
          apiVersion: 'coordination.k8s.io/v1',
          kind: 'Lease',
          metadata: { name: LEASE },
          spec: { holderIdentity: 'old-run', leaseDurationSeconds: 60, renewTime: '2020-01-01T00:00:00.000000Z' },
        });
      }
      const results = await Promise.allSettled([acquireRunLock(context(), target()), acquireRunLock(context(), target())]);
      const won = results.filter((r) => r.status === 'fulfilled');
      expect(won).toHaveLength(1);
      const lost = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
      expect(lost.reason).toBeInstanceOf(StageError);
      expect(String(lost.reason.message)).toMatch(/another deploy (holds|took) Lease/);
      await (won[0] as PromiseFulfilledResult<Awaited<ReturnType<typeof acquireRunLock>>>).value.release();
    }
    expect(sink.text()).toContain('took over Lease');
  });

  test('a create whose answer was lost (it landed; the retry meets AlreadyExists) is our own Lease, not another deploy', async () => {
    // The first create lands, and its answer is lost: the client's retry finds the Lease there.
    kube.onRequest = (request) => {
      if (request.method !== 'POST' || !request.path.endsWith('/leases')) return;
      kube.onRequest = undefined;
      kube.create(REFS.leases, NS, (typeof request.body === 'string' ? JSON.parse(request.body) : request.body) as never);
    };
    try {
      const lock = await acquireRunLock(context(), target());
      expect(lock.lease).toBe(`${NS}/${LEASE}`);
      expect(lease()!.spec.holderIdentity).toBe(lock.holder.identity);
      await lock.release();
      expect(lease()!.spec.holderIdentity).toBeUndefined();
    } finally {
      kube.onRequest = undefined;
    }
  });

  test('released also when the run fails', async () => {
    const state = target();
    await expect(
      withRunLock(context(), state, async () => {
        expect(lease()!.spec.holderIdentity).toBeTruthy();
        throw new Error('the import failed');
      }),
    ).rejects.toThrow('the import failed');
    expect(lease()!.spec.holderIdentity).toBeUndefined();
    expect(existsSync(`${state.stateFile}.lock`)).toBe(false);
  });

  test('renewed while the run goes on; a Lease someone else took meanwhile is neither renewed nor released by us', async () => {
    let t = AT;
    const timing = { ...DEFAULT_LOCK_TIMING, renewEveryMs: 5, now: () => (t += 1000) };
    const lock = await acquire(context(), target(), timing);
    const first = lease()!.spec.renewTime;
    for (let i = 0; i < 400 && lease()!.spec.renewTime === first; i++) await new Promise((r) => setTimeout(r, 5));
    expect(lease()!.spec.renewTime).not.toBe(first);
    // Someone broke the lock (oc delete lease) and another deploy took it.
    kube.store.remove(REFS.leases, NS, LEASE);
    kube.create(REFS.leases, NS, {
      apiVersion: 'coordination.k8s.io/v1',
      kind: 'Lease',
      metadata: { name: LEASE },
      spec: { holderIdentity: 'the-other-run', leaseDurationSeconds: 300, renewTime: '2030-01-01T00:00:00.000000Z' },
    });
    for (let i = 0; i < 400 && !sink.text().includes('lost Lease'); i++) await new Promise((r) => setTimeout(r, 5));
    expect(sink.text()).toContain(`lost Lease ${NS}/${LEASE}: someone took it over`);
    await lock.release();
    expect(lease()!.spec.holderIdentity).toBe('the-other-run');
  });

  // Seen in a fault run (seed 777, run 111): the create acted, its answer was lost, the retry got
  // AlreadyExists and the run refused itself: "another deploy holds Lease …" naming its own pid.
  test('our own write whose answer was lost is ours when the retry runs into it: create, take-over and renewal', async () => {
    kube.failNext({ method: 'POST', path: /\/leases$/, lostAnswer: true });
    const created = await acquireRunLock(context(), target());
    expect(created.lease).toBe(`${NS}/${LEASE}`);
    expect(kube.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/leases'))).toHaveLength(2);
    await created.release();

    kube.failNext({ method: 'PUT', path: /\/leases\//, lostAnswer: true });
    let t = AT;
    const timing = { ...DEFAULT_LOCK_TIMING, renewEveryMs: 5, now: () => (t += 1000) };
    const taken = await acquire(context(), target(), timing);
    expect(lease()!.spec.holderIdentity).toBe(taken.holder.identity);
    // A renewal whose answer is lost: still ours, renewed again afterwards, never "lost".
    kube.failNext({ method: 'PUT', path: /\/leases\//, lostAnswer: true });
    const renewals = () => kube.requests.filter((r) => r.method === 'PUT').length;
    const before = renewals();
    for (let i = 0; i < 400 && renewals() < before + 4; i++) await new Promise((r) => setTimeout(r, 5));
    expect(sink.text()).not.toContain('lost Lease');
    await taken.release();
    expect(lease()!.spec.holderIdentity).toBeUndefined();
  });

  test('an unreachable cluster does not stop the run: the lock beside the state file holds, with a warning', async () => {
    const ctx = context();
    ctx.config.clusters.prod!.server = 'https://127.0.0.1:1';
    const lock = await acquireRunLock(ctx, target());
    expect(lock.lease).toBeUndefined();
    expect(existsSync(lock.lockFile)).toBe(true);
    expect(sink.text()).toContain(`warning: Lease ${NS}/${LEASE} not taken: `);
    await lock.release();
  });

  test('a refused token is not waved through: exit 1 naming the variable, and the state file lock is let go', async () => {
    const ctx = { ...context(), env: { OPENSHIFT_TOKEN_PROD: 'sha256~expired' } };
    const state = target();
    expect((await refusal(acquireRunLock(ctx, state))).message).toContain('refused the token in OPENSHIFT_TOKEN_PROD');
    expect(existsSync(`${state.stateFile}.lock`)).toBe(false);
  });

  test('a dry run takes no lock', async () => {
    const ctx = { ...context(), dryRun: true };
    await withRunLock(ctx, target(), async () => ({ ok: true, changed: false, result: null, tables: [] }));
    expect(kube.requests).toHaveLength(0);
  });
});

describe('deploy holds the lock', () => {
  test('a deploy while another holds the state file refuses (exit 1) and moves nothing', async () => {
    const dir = tempDir('sg-lock-deploy-');
    const repo = new BareRemote(dir, 'ogr');
    repo.commit('last week');
    repo.push('main');
    repo.checkout('stable', true);
    repo.push('stable');
    repo.checkout('main');
    repo.commit('this week');
    repo.push('main');
    const before = repo.head('stable');
    const config = writeConfig(dir, `deployment: prod\ncomponents:\n  - { name: ogr, remote: ${repo.bare} }\n`);
    const state = path.join(dir, 'state.json');
    const other = await acquireRunLock(context(false), target(state, 'https://github.com/packit/deployment/actions/runs/41'));
    try {
      const run = await runCli(['deploy', '--config', config, '--state', state, '--json', '--yes'], {}, { clock });
      expect(run.code).toBe(1);
      expect(run.json.error!.message).toContain(
        `another deploy holds the lock ${state}.lock: https://github.com/packit/deployment/actions/runs/41`,
      );
      expect(repo.head('stable')).toBe(before);
    } finally {
      await other.release();
    }
  }, 30_000);
});
