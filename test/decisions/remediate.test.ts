// Pins the decisions of rollout remediation (issue 18, mutation testing): which pod is stuck
// Terminating and when, which new pod gets its stream imported again, how often and how far
// apart, and what the result says. Judged by remediate()'s outputs (remediations, the reimport
// and forced books, errors), not by the shape of the delete request.
import { describe, expect, test } from '@jest/globals';
import type { Clock } from '../../src/core/clock.ts';
import { StageError } from '../../src/core/errors.ts';
import { MemorySink, TerminalLogger } from '../../src/core/logger.ts';
import { Secrets } from '../../src/core/secrets.ts';
import type { ImportOutcome, KubeClient, PodView, WorkloadView } from '../../src/kube/index.ts';
import { remediate } from '../../src/stages/shared/cluster/remediate.ts';
import type { Driven, RolloutOptions, RolloutOutcome, RolloutTarget } from '../../src/stages/shared/cluster/rollout.ts';

const NOW = Date.parse('2026-11-30T12:00:00Z');
const STUCK = 5 * 60_000;
const NEW = 'sha256:' + 'b'.repeat(64);
const OLD = 'sha256:' + 'a'.repeat(64);

const workload: WorkloadView = {
  kind: 'Deployment',
  name: 'packit-worker',
  replicas: 2,
  selector: 'component=packit-worker',
  triggers: [],
  containers: [{ name: 'worker', image: `quay.io/packit/packit-worker@${NEW}` }],
  generation: 2,
  observedGeneration: 2,
  status: { replicas: 2, updated: 1, ready: 1 },
};

function target(stream: string, digest: string, answers: ImportOutcome[] = []) {
  const calls = { n: 0 };
  const t: RolloutTarget = {
    // The stream kind, for the version of rollout.ts whose targets are streams or workloads.
    ...{ kind: 'stream' as const },
    stream,
    tag: 'prod',
    digest,
    reimport: () => {
      calls.n++;
      return Promise.resolve(answers.shift() ?? { ok: true, digest, reference: `quay.io/packit/${stream}@${digest}` });
    },
  };
  return { target: t, calls };
}

type Status = PodView['statuses'][number];

function pod(name: string, images: Record<string, string>, extra: Partial<PodView> = {}): PodView {
  const containers = Object.entries(images).map(([c, digest]) => ({ name: c, image: `quay.io/packit/${c}@${digest}` }));
  return {
    name,
    uid: `uid-${name}`,
    resourceVersion: '1',
    labels: { component: 'packit-worker' },
    phase: 'Pending',
    ready: false,
    createdAt: NOW - 60_000,
    ownerKind: 'ReplicaSet',
    ownerName: 'packit-worker-7d9f8c',
    containers,
    statuses: containers.map((c) => ({ name: c.name, image: c.image, imageID: '', ready: false, restartCount: 0 })),
    ...extra,
  };
}

function pulling(p: PodView, container: string, reason: string, message?: string): PodView {
  p.statuses = p.statuses.map((s): Status => (s.name === container ? { ...s, waiting: { reason, ...(message ? { message } : {}) } } : s));
  return p;
}

/** The cluster as remediate sees it: a fresh read finds the pod as listed; a delete succeeds. */
function cluster(pods: PodView[]) {
  const deleted: string[] = [];
  const failDelete = { error: undefined as Error | undefined };
  const pods_ = {
    get: (name: string) => Promise.resolve(pods.find((p) => p.name === name) ?? null),
    delete: (name: string) => {
      if (failDelete.error) return Promise.reject(failDelete.error);
      deleted.push(name);
      return Promise.resolve('deleted' as const);
    },
  };
  return { kube: { pods: pods_ } as unknown as KubeClient, deleted, failDelete };
}

class FixedClock implements Clock {
  now = () => NOW;
  sleep = () => Promise.resolve();
}

function books() {
  const sink = new MemorySink();
  const options: RolloutOptions = {
    timeoutMs: 20 * 60_000,
    stuckTerminatingAfterMs: STUCK,
    logger: new TerminalLogger(new Secrets(), sink),
    clock: new FixedClock(),
  };
  const outcome: RolloutOutcome = { workloads: [], remediations: [], watch: { restarts: 0, polling: false, outages: 0 }, waitedMs: 0 };
  return {
    sink,
    options,
    outcome,
    reimports: new Map<string, { count: number; lastAt: number; registry?: string }>(),
    forced: new Set<string>(),
  };
}

function run(d: Driven, pods: PodView[], now: number, b: ReturnType<typeof books>, c = cluster(pods)) {
  return remediate(d, c.kube, pods, now, b.options, b.outcome, b.reimports, b.forced);
}

const worker = target('packit-worker', NEW);
const single = (t = worker.target): Driven => ({ workload, containers: [{ container: '*', target: t }] });

describe('a pod stuck Terminating', () => {
  test('exactly stuckTerminatingAfter is left alone; one millisecond more is force-deleted, once', async () => {
    const b = books();
    const p = pod('packit-worker-7d9f8c-a', { worker: OLD }, { terminatingSince: NOW - STUCK });
    const c = cluster([p]);
    await run(single(), [p], NOW, b, c);
    expect(b.outcome.remediations).toEqual([]);
    expect(c.deleted).toEqual([]);
    expect(b.forced.size).toBe(0);

    await run(single(), [p], NOW + 1, b, c);
    expect(b.outcome.remediations).toEqual([
      {
        action: 'force-delete',
        workload: 'packit-worker',
        pod: 'packit-worker-7d9f8c-a',
        reason: 'Terminating for 5m00s (more than 5m00s)',
        at: new Date(NOW + 1).toISOString(),
      },
    ]);
    expect([...b.forced]).toEqual(['uid-packit-worker-7d9f8c-a']);
    expect(b.sink.lines[0]).toMatch(
      /^warning: packit-worker-7d9f8c-a of Deployment\/packit-worker: Terminating for 5m00s \(more than 5m00s\); deleting it with grace period 0 \(oc delete pod --force\)/,
    );
    // The next round does not delete it again while it finishes.
    await run(single(), [p], NOW + 60_000, b, c);
    expect(b.outcome.remediations).toHaveLength(1);
    expect(c.deleted).toEqual(['packit-worker-7d9f8c-a']);
  });

  test('old-revision pods are force-deleted too; pods of other workloads never', async () => {
    const b = books();
    const oldPod = pod(
      'packit-worker-5c4b3a-x',
      { worker: OLD },
      { ownerName: 'packit-worker-5c4b3a', terminatingSince: NOW - 10 * 60_000 },
    );
    const stranger = pod(
      'postgres-0',
      { postgres: OLD },
      { ownerKind: 'StatefulSet', ownerName: 'postgres', terminatingSince: NOW - 60 * 60_000 },
    );
    const lookalike = pod(
      'packit-worker-db-0',
      { worker: OLD },
      { ownerKind: 'StatefulSet', ownerName: 'packit-worker-db', terminatingSince: NOW - 60 * 60_000 },
    );
    await run(single(), [oldPod, stranger, lookalike], NOW, b);
    expect(b.outcome.remediations.map((r) => [r.action, r.pod, r.reason])).toEqual([
      ['force-delete', 'packit-worker-5c4b3a-x', 'Terminating for 10m00s (more than 5m00s)'],
    ]);
  });

  test('a delete that fails is tried again next round', async () => {
    const b = books();
    const p = pod('packit-worker-7d9f8c-a', { worker: OLD }, { terminatingSince: NOW - 2 * STUCK });
    const c = cluster([p]);
    c.failDelete.error = new Error('HTTP 500');
    await expect(run(single(), [p], NOW, b, c)).rejects.toThrow('HTTP 500');
    expect(b.forced.size).toBe(0);
    expect(b.outcome.remediations).toEqual([]);
    c.failDelete.error = undefined;
    await run(single(), [p], NOW, b, c);
    expect(b.outcome.remediations.map((r) => r.action)).toEqual(['force-delete']);
  });

  test('a Terminating pod that cannot pull is not re-imported', async () => {
    const b = books();
    const p = pulling(pod('packit-worker-7d9f8c-a', { worker: NEW }, { terminatingSince: NOW - 1000 }), 'worker', 'ImagePullBackOff');
    const t = target('packit-worker', NEW);
    await run(single(t.target), [p], NOW, b);
    expect(t.calls.n).toBe(0);
    expect(b.outcome.remediations).toEqual([]);
  });
});

describe('a new pod that cannot pull its image', () => {
  test.each(['ImagePullBackOff', 'ErrImagePull'])('%s: its stream is imported again, and the result says why', async (reason) => {
    const b = books();
    const t = target('packit-worker', NEW);
    const p = pulling(pod('packit-worker-7d9f8c-a', { worker: NEW }), 'worker', reason, 'manifest unknown');
    await run(single(t.target), [p], NOW, b);
    expect(t.calls.n).toBe(1);
    expect(b.outcome.remediations).toEqual([
      {
        action: 're-import',
        workload: 'packit-worker',
        pod: 'packit-worker-7d9f8c-a',
        stream: 'packit-worker:prod',
        reason: `${reason}: manifest unknown`,
        at: new Date(NOW).toISOString(),
      },
    ]);
    expect(b.reimports.get('packit-worker:prod')).toEqual({ count: 1, lastAt: NOW });
    expect(b.sink.lines).toEqual([
      `warning: packit-worker-7d9f8c-a of Deployment/packit-worker: ${reason}: manifest unknown; ` +
        'importing packit-worker:prod again (1 of 3)',
    ]);
  });

  test.each(['CrashLoopBackOff', 'ContainerCreating', 'ImagePullBackOffX', 'XErrImagePull', 'CreateContainerError'])(
    '%s is not a pull failure: nothing imported',
    async (reason) => {
      const b = books();
      const t = target('packit-worker', NEW);
      await run(single(t.target), [pulling(pod('packit-worker-7d9f8c-a', { worker: NEW }), 'worker', reason)], NOW, b);
      expect(t.calls.n).toBe(0);
      expect(b.outcome.remediations).toEqual([]);
    },
  );

  test('an old-revision pod that cannot pull is not the new image failing: nothing imported', async () => {
    const b = books();
    const t = target('packit-worker', NEW);
    const p = pulling(pod('packit-worker-5c4b3a-x', { worker: OLD }, { ownerName: 'packit-worker-5c4b3a' }), 'worker', 'ImagePullBackOff');
    await run(single(t.target), [p], NOW, b);
    expect(t.calls.n).toBe(0);
    expect(b.reimports.size).toBe(0);
  });

  test('re-imports are spaced 30 s, 60 s, 120 s apart, then the stage fails naming the pod, the stream and the registry', async () => {
    const b = books();
    const t = target('packit-worker', NEW, [
      { ok: true, digest: NEW, reference: 'r' },
      { ok: true, digest: NEW, reference: 'r' },
      { ok: false, message: 'unauthorized: access to the requested resource is not authorized' },
    ]);
    const p = pulling(pod('packit-worker-7d9f8c-a', { worker: NEW }), 'worker', 'ImagePullBackOff', 'Back-off pulling image');
    const at = async (ms: number) => {
      await run(single(t.target), [p], NOW + ms, b);
      return t.calls.n;
    };
    expect(await at(0)).toBe(1);
    expect(await at(29_999)).toBe(1);
    expect(await at(30_000)).toBe(2);
    expect(await at(30_000 + 59_999)).toBe(2);
    expect(await at(90_000)).toBe(3);
    expect(b.outcome.remediations.map((r) => r.reason)).toEqual([
      'ImagePullBackOff: Back-off pulling image',
      'ImagePullBackOff: Back-off pulling image',
      'ImagePullBackOff: Back-off pulling image; the registry answered: unauthorized: access to the requested resource is not authorized',
    ]);
    expect(b.reimports.get('packit-worker:prod')).toEqual({
      count: 3,
      lastAt: NOW + 90_000,
      registry: 'unauthorized: access to the requested resource is not authorized',
    });
    expect(b.sink.lines.at(-1)).toBe(
      'warning: re-import of packit-worker:prod failed: unauthorized: access to the requested resource is not authorized',
    );
    expect(await at(90_000 + 119_999)).toBe(3);
    const error = await run(single(t.target), [p], NOW + 210_000, b).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StageError);
    expect((error as StageError).message).toMatch(
      /^pod packit-worker-7d9f8c-a of Deployment\/packit-worker still cannot pull its image after 3 re-imports of packit-worker:prod: ImagePullBackOff: Back-off pulling image; the registry answered the last import: unauthorized: access to the requested resource is not authorized$/,
    );
    expect((error as StageError).hint).toMatch(/^check the image in the registry/);
    expect(t.calls.n).toBe(3);
  });

  test('after three successful imports the failure names no registry answer', async () => {
    const b = books();
    b.reimports.set('packit-worker:prod', { count: 3, lastAt: NOW - 120_000 });
    const p = pulling(pod('packit-worker-7d9f8c-a', { worker: NEW }), 'worker', 'ErrImagePull');
    await expect(run(single(), [p], NOW, b)).rejects.toThrow(
      /^pod packit-worker-7d9f8c-a of Deployment\/packit-worker still cannot pull its image after 3 (re-imports of packit-worker:prod|new pods): ErrImagePull$/,
    );
  });

  test('one import per stream and round, however many pods fail', async () => {
    const b = books();
    const t = target('packit-worker', NEW);
    const pods = ['a', 'b', 'c'].map((s) => pulling(pod(`packit-worker-7d9f8c-${s}`, { worker: NEW }), 'worker', 'ErrImagePull'));
    await run(single(t.target), pods, NOW, b);
    expect(t.calls.n).toBe(1);
    expect(b.outcome.remediations.map((r) => r.pod)).toEqual(['packit-worker-7d9f8c-a']);
  });
});

describe('a multi-container workload', () => {
  const worker2 = () => target('packit-worker', NEW);
  const fedmsg = () => target('packit-fedmsg', NEW);
  const multi = (w: RolloutTarget, f: RolloutTarget): Driven => ({
    workload,
    containers: [
      { container: 'worker', target: w },
      { container: 'fedmsg', target: f },
    ],
  });

  test('the stream of the container that cannot pull is the one imported', async () => {
    const b = books();
    const [w, f] = [worker2(), fedmsg()];
    const p = pulling(pod('packit-worker-7d9f8c-a', { worker: NEW, fedmsg: NEW }), 'fedmsg', 'ImagePullBackOff');
    await run(multi(w.target, f.target), [p], NOW, b);
    expect([w.calls.n, f.calls.n]).toEqual([0, 1]);
    expect(b.outcome.remediations.map((r) => r.stream)).toEqual(['packit-fedmsg:prod']);
  });

  test('a pod is new only when every driven container runs its new image', async () => {
    const b = books();
    const [w, f] = [worker2(), fedmsg()];
    const half = pulling(pod('packit-worker-7d9f8c-a', { worker: NEW, fedmsg: OLD }), 'worker', 'ImagePullBackOff');
    await run(multi(w.target, f.target), [half], NOW, b);
    expect([w.calls.n, f.calls.n]).toEqual([0, 0]);
  });

  test('a container no entry names falls back to the first entry', async () => {
    const b = books();
    const [w, f] = [worker2(), fedmsg()];
    const p = pulling(pod('packit-worker-7d9f8c-a', { worker: NEW, fedmsg: NEW, istio: NEW }), 'istio', 'ErrImagePull');
    await run(multi(w.target, f.target), [p], NOW, b);
    expect([w.calls.n, f.calls.n]).toEqual([1, 0]);
  });

  test('a "*" entry takes every container no other entry named before it', async () => {
    const b = books();
    const [w, f] = [worker2(), fedmsg()];
    const d: Driven = {
      workload,
      containers: [
        { container: 'fedmsg', target: f.target },
        { container: '*', target: w.target },
      ],
    };
    const p = pulling(pod('packit-worker-7d9f8c-a', { fedmsg: NEW }), 'fedmsg', 'ErrImagePull');
    const q = pulling(pod('packit-worker-7d9f8c-b', { sidecar: NEW }), 'sidecar', 'ErrImagePull');
    await run(d, [q], NOW, b);
    expect([w.calls.n, f.calls.n]).toEqual([1, 0]);
    await run(d, [p], NOW, b);
    expect([w.calls.n, f.calls.n]).toEqual([1, 1]);
  });

  test('the first failing container decides; spacing is per stream', async () => {
    const b = books();
    const [w, f] = [worker2(), fedmsg()];
    const p = pulling(
      pulling(pod('packit-worker-7d9f8c-a', { worker: NEW, fedmsg: NEW }), 'worker', 'ErrImagePull'),
      'fedmsg',
      'ErrImagePull',
    );
    const q = pulling(pod('packit-worker-7d9f8c-b', { worker: NEW, fedmsg: NEW }), 'fedmsg', 'ErrImagePull');
    await run(multi(w.target, f.target), [p, q], NOW, b);
    expect([w.calls.n, f.calls.n]).toEqual([1, 1]);
    expect(b.outcome.remediations.map((r) => [r.pod, r.stream])).toEqual([
      ['packit-worker-7d9f8c-a', 'packit-worker:prod'],
      ['packit-worker-7d9f8c-b', 'packit-fedmsg:prod'],
    ]);
  });
});
