// Pins the health gate's verdict on one round of pods (issue 18, mutation testing): which pods
// count as ready, pending, terminating or completed, and which are a problem, with the text the
// report shows. assessPods is pure: pods in, verdict out.
import { describe, expect, test } from '@jest/globals';
import type { ContainerStatusJson, PodJson } from '../../src/kube/pod-health.ts';
import { assessPods } from '../../src/stages/health-gate/pods.ts';

const NOW = Date.parse('2026-11-30T12:00:00Z');
const PENDING_AFTER = 5 * 60_000;
const none = new Map<string, { restarts: number }>();

const iso = (msAgo: number) => new Date(NOW - msAgo).toISOString();

function container(name: string, extra: Partial<ContainerStatusJson> = {}): ContainerStatusJson {
  return { name, ready: true, restartCount: 0, state: { running: { startedAt: iso(60_000) } }, ...extra };
}

function pod(name: string, status: PodJson['status'], metadata: Partial<NonNullable<PodJson['metadata']>> = {}): PodJson {
  return { metadata: { name, uid: `uid-${name}`, creationTimestamp: iso(60_000), ...metadata }, status };
}

function running(name: string, ready: boolean, containers: ContainerStatusJson[] = [container('app', { ready })]): PodJson {
  return pod(name, {
    phase: 'Running',
    startTime: iso(60_000),
    conditions: [{ type: 'Ready', status: ready ? 'True' : 'False' }],
    containerStatuses: containers,
  });
}

const waitingIn = (name: string, reason: string, message?: string) =>
  container(name, { ready: false, state: { waiting: { reason, ...(message ? { message } : {}) } } });

function verdict(pods: PodJson[], baseline = none) {
  const out = assessPods(pods, NOW, PENDING_AFTER, baseline);
  return {
    counts: { total: out.total, ready: out.ready, pending: out.pending, terminating: out.terminating, completed: out.completed },
    problems: out.problems.map((p) => `${p.pod}: ${p.problem}`),
    restarts: out.restarts,
  };
}

describe('a Running pod', () => {
  test('Ready: counted ready, no problem', () => {
    expect(verdict([running('web-1', true)])).toMatchObject({
      counts: { total: 1, ready: 1, pending: 0, terminating: 0, completed: 0 },
      problems: [],
    });
  });

  test('not Ready does not pass the gate, naming the containers that are not ready', () => {
    const p = running('web-1', false, [container('app', { ready: false }), container('proxy'), container('sidecar', { ready: false })]);
    expect(verdict([p])).toMatchObject({
      counts: { total: 1, ready: 0 },
      problems: ['web-1: Running, not Ready (container(s) not ready: app, sidecar)'],
    });
  });

  test('without a Ready condition is not Ready', () => {
    const p = pod('web-1', {
      phase: 'Running',
      conditions: [{ type: 'PodScheduled', status: 'True' }],
      containerStatuses: [container('a')],
    });
    expect(verdict([p]).problems).toEqual(['web-1: Running, not Ready']);
    expect(verdict([pod('web-2', { phase: 'Running' })]).problems).toEqual(['web-2: Running, not Ready']);
  });

  test('a pod without a phase is Unknown, not Ready', () => {
    expect(verdict([pod('web-1', undefined)]).problems).toEqual(['web-1: Unknown, not Ready']);
  });

  test('a Ready pod with a sidecar that exited 0 passes; one that exited 1 fails', () => {
    const done = container('init-db', { ready: false, state: { terminated: { reason: 'Completed', exitCode: 0 } } });
    expect(verdict([running('web-1', true, [container('app'), done])]).problems).toEqual([]);
    const failed = container('migrate', { ready: false, state: { terminated: { reason: 'Completed', exitCode: 1 } } });
    expect(verdict([running('web-1', false, [container('app'), failed])]).problems).toEqual([
      'web-1: container migrate: Completed (exit code 1)',
    ]);
  });

  test('a container terminated with reason Error fails even with exit code 0; without a reason it says "terminated"', () => {
    const error = container('app', { state: { terminated: { reason: 'Error', exitCode: 0 } } });
    const noReason = container('side', { state: { terminated: { exitCode: 137 } } });
    expect(verdict([running('web-1', true, [error, noReason])]).problems).toEqual([
      'web-1: container app: Error (exit code 0)',
      'web-1: container side: terminated (exit code 137)',
    ]);
  });

  test('a terminated container without an exit code and reason is not a problem, nor one without a state', () => {
    const quiet = container('app', { state: { terminated: {} } });
    expect(verdict([running('web-1', true, [quiet, container('side', { state: undefined })])]).problems).toEqual([]);
  });

  test.each([
    'CrashLoopBackOff',
    'ImagePullBackOff',
    'ErrImagePull',
    'CreateContainerConfigError',
    'CreateContainerError',
    'InvalidImageName',
  ])('%s fails the gate by itself (and replaces the "not Ready" line)', (reason) => {
    const p = running('web-1', false, [waitingIn('app', reason, 'details')]);
    expect(verdict([p]).problems).toEqual([`web-1: container app: ${reason} (details)`]);
  });

  test('a waiting reason that heals by itself is only "not Ready"', () => {
    const p = running('web-1', false, [waitingIn('app', 'ContainerCreating')]);
    expect(verdict([p]).problems).toEqual(['web-1: Running, not Ready (container(s) not ready: app)']);
    const q = running('web-2', false, [container('app', { ready: false, state: { waiting: {} } })]);
    expect(verdict([q]).problems).toEqual(['web-2: Running, not Ready (container(s) not ready: app)']);
  });

  test('a waiting message is cut at 200 characters; none: no parentheses', () => {
    const long = 'x'.repeat(250);
    expect(verdict([running('web-1', false, [waitingIn('app', 'ErrImagePull', long)])]).problems).toEqual([
      `web-1: container app: ErrImagePull (${'x'.repeat(200)})`,
    ]);
    expect(verdict([running('web-1', false, [waitingIn('app', 'ErrImagePull')])]).problems).toEqual(['web-1: container app: ErrImagePull']);
  });

  test('init containers are judged too', () => {
    const p = pod('web-1', {
      phase: 'Running',
      conditions: [{ type: 'Ready', status: 'True' }],
      initContainerStatuses: [waitingIn('init', 'CrashLoopBackOff')],
      containerStatuses: [container('app')],
    });
    expect(verdict([p])).toMatchObject({ counts: { ready: 1 }, problems: ['web-1: container init: CrashLoopBackOff'] });
  });
});

describe('pods not judged', () => {
  test('a Terminating pod is counted, not judged, even when broken', () => {
    const p = running('web-1', false, [waitingIn('app', 'CrashLoopBackOff')]);
    p.metadata!.deletionTimestamp = iso(1000);
    expect(verdict([p, running('web-2', true)])).toMatchObject({
      counts: { total: 2, ready: 1, terminating: 1, pending: 0, completed: 0 },
      problems: [],
    });
  });

  test('a Succeeded pod (a finished job) is completed, not a problem', () => {
    const p = pod('job-1', {
      phase: 'Succeeded',
      containerStatuses: [container('run', { ready: false, state: { terminated: { exitCode: 0 } } })],
    });
    expect(verdict([p])).toMatchObject({ counts: { total: 1, completed: 1, ready: 0 }, problems: [] });
  });

  test('its restarts are still recorded for the next round', () => {
    const p = running('web-1', true, [container('a', { restartCount: 2 }), container('b', { restartCount: 3 })]);
    p.metadata!.deletionTimestamp = iso(1000);
    expect([...verdict([p]).restarts]).toEqual([['uid-web-1', { name: 'web-1', restarts: 5 }]]);
  });
});

describe('a Failed pod', () => {
  test('names the reason and message', () => {
    const p = pod('web-1', { phase: 'Failed', reason: 'Evicted', message: 'The node was low on resource: memory.' });
    expect(verdict([p])).toMatchObject({
      counts: { ready: 0, pending: 0 },
      problems: ['web-1: phase Failed (Evicted: The node was low on resource: memory.)'],
    });
    expect(verdict([pod('web-2', { phase: 'Failed', reason: 'Evicted' })]).problems).toEqual(['web-2: phase Failed (Evicted)']);
    expect(verdict([pod('web-3', { phase: 'Failed', message: 'only a message' })]).problems).toEqual(['web-3: phase Failed']);
  });

  test('with its broken containers first, and never "not Ready"', () => {
    const p = pod('web-1', {
      phase: 'Failed',
      containerStatuses: [container('app', { state: { terminated: { reason: 'OOMKilled', exitCode: 137 } } })],
    });
    expect(verdict([p]).problems).toEqual(['web-1: container app: OOMKilled (exit code 137)', 'web-1: phase Failed']);
  });
});

describe('a Pending pod', () => {
  const pending = (name: string, msAgo: number, extra: NonNullable<PodJson['status']> = {}) =>
    pod(name, { phase: 'Pending', startTime: iso(msAgo), ...extra });

  test('younger than pendingAfter, or exactly that old, is only counted', () => {
    expect(verdict([pending('web-1', PENDING_AFTER - 1), pending('web-2', PENDING_AFTER)])).toMatchObject({
      counts: { total: 2, pending: 2, ready: 0 },
      problems: [],
    });
  });

  test('older than pendingAfter is a problem, with why it is not scheduled', () => {
    const p = pending('web-1', PENDING_AFTER + 1000, {
      conditions: [{ type: 'PodScheduled', status: 'False', reason: 'Unschedulable', message: '0/3 nodes are available' }],
    });
    expect(verdict([p])).toMatchObject({
      counts: { pending: 1 },
      problems: ['web-1: Pending for 5m01s (Unschedulable: 0/3 nodes are available)'],
    });
    const bare = pending('web-2', PENDING_AFTER + 1000, { conditions: [{ type: 'PodScheduled', status: 'False' }] });
    expect(verdict([bare]).problems).toEqual(['web-2: Pending for 5m01s (not scheduled)']);
  });

  test('only the PodScheduled condition explains a pod not scheduled; a pod without metadata has an unknown age', () => {
    const p = pending('web-1', 10 * 60_000, {
      conditions: [{ type: 'Initialized', status: 'False', reason: 'ContainersNotInitialized' }],
      containerStatuses: [container('app', { state: undefined }), waitingIn('side', 'ContainerCreating')],
    });
    expect(verdict([p]).problems).toEqual(['web-1: Pending for 10m00s (ContainerCreating)']);
    expect(verdict([{ status: { phase: 'Pending' } }]).problems).toEqual(['(unnamed): Pending for an unknown time']);
  });

  test('a scheduled pod names its waiting container', () => {
    const p = pending('web-1', 10 * 60_000, {
      conditions: [{ type: 'PodScheduled', status: 'True' }],
      containerStatuses: [container('a', { state: { running: {} } }), waitingIn('app', 'ContainerCreating', 'pulling')],
    });
    expect(verdict([p]).problems).toEqual(['web-1: Pending for 10m00s (ContainerCreating: pulling)']);
    const q = pending('web-2', 10 * 60_000, { containerStatuses: [waitingIn('app', 'PodInitializing')] });
    expect(verdict([q]).problems).toEqual(['web-2: Pending for 10m00s (PodInitializing)']);
    expect(verdict([pending('web-3', 10 * 60_000)]).problems).toEqual(['web-3: Pending for 10m00s']);
  });

  test('its age comes from startTime, else from creation; unknown age counts as too old', () => {
    const created = pod('web-1', { phase: 'Pending' }, { creationTimestamp: iso(6 * 60_000) });
    expect(verdict([created]).problems).toEqual(['web-1: Pending for 6m00s']);
    const young = pod('web-2', { phase: 'Pending', startTime: iso(1000) }, { creationTimestamp: iso(60 * 60_000) });
    expect(verdict([young]).problems).toEqual([]);
    const unknown = pod('web-3', { phase: 'Pending' }, { creationTimestamp: undefined });
    expect(verdict([unknown]).problems).toEqual(['web-3: Pending for an unknown time']);
  });

  test('a broken container is the problem, not the waiting', () => {
    const p = pending('web-1', 10 * 60_000, { containerStatuses: [waitingIn('app', 'ImagePullBackOff', 'not found')] });
    expect(verdict([p])).toMatchObject({ counts: { pending: 1 }, problems: ['web-1: container app: ImagePullBackOff (not found)'] });
  });
});

describe('restarts while observed', () => {
  test('a count above the baseline is a problem, naming the last exit', () => {
    const p = running('web-1', true, [
      container('side', { restartCount: 1 }),
      container('app', { restartCount: 3, lastState: { terminated: { reason: 'OOMKilled', exitCode: 137 } } }),
    ]);
    const out = verdict([p], new Map([['uid-web-1', { restarts: 2 }]]));
    expect(out.problems).toEqual(['web-1: restarted 2 time(s) while observed (2 → 4); last exit: OOMKilled (exit code 137)']);
    expect(out.counts.ready).toBe(1);
    expect(out.restarts.get('uid-web-1')).toEqual({ name: 'web-1', restarts: 4 });
  });

  test('the same count as the baseline, or a pod first seen now, is not', () => {
    const p = running('web-1', true, [container('app', { restartCount: 4 })]);
    expect(verdict([p], new Map([['uid-web-1', { restarts: 4 }]])).problems).toEqual([]);
    expect(verdict([p]).problems).toEqual([]);
    expect(verdict([p], new Map([['uid-other', { restarts: 0 }]])).problems).toEqual([]);
  });

  test('a last exit without a reason says "terminated"; none at all: nothing', () => {
    const p = running('web-1', true, [container('app', { restartCount: 1, lastState: { terminated: { exitCode: 2 } } })]);
    expect(verdict([p], new Map([['uid-web-1', { restarts: 0 }]])).problems).toEqual([
      'web-1: restarted 1 time(s) while observed (0 → 1); last exit: terminated (exit code 2)',
    ]);
    const q = running('web-2', true, [container('app', { restartCount: 1 })]);
    expect(verdict([q], new Map([['uid-web-2', { restarts: 0 }]])).problems).toEqual(['web-2: restarted 1 time(s) while observed (0 → 1)']);
  });

  test('init containers count, a missing count is zero, and pods are keyed by uid (name when there is none)', () => {
    const p = pod(
      'web-1',
      {
        phase: 'Running',
        conditions: [{ type: 'Ready', status: 'True' }],
        initContainerStatuses: [container('init', { restartCount: 2 })],
        containerStatuses: [container('app', { restartCount: undefined })],
      },
      { uid: undefined },
    );
    const out = verdict([p, { status: { phase: 'Running', conditions: [{ type: 'Ready', status: 'True' }] } }]);
    expect([...out.restarts]).toEqual([
      ['web-1', { name: 'web-1', restarts: 2 }],
      ['(unnamed)', { name: '(unnamed)', restarts: 0 }],
    ]);
    expect(out.counts).toEqual({ total: 2, ready: 2, pending: 0, terminating: 0, completed: 0 });
  });
});
