import { afterAll, beforeAll, beforeEach, describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { KubeDouble, REFS } from '../src/standins/kube/index.ts';
import { rolesInMarkdown } from '../src/standins/kube/rbac.ts';
import { deploymentConfig, digestOf, seedPackit } from '../src/standins/kube/fixtures.ts';
import { makePki } from '../src/standins/kube/tls.ts';
import { TestClock } from './helpers/clock.ts';
import { runCli, tempDir, writeConfig } from './helpers/cli.ts';

const double = new KubeDouble();
beforeAll(async () => {
  await double.start();
});
afterAll(async () => {
  await double.stop();
});

/** The Role docs/cluster.md tells users to paste: the rollout tests run with it and nothing more. */
const ROLE = rolesInMarkdown(readFileSync('docs/cluster.md', 'utf8'));
const D = { previous: digestOf('previous'), current: digestOf('current'), next: digestOf('next') };
let ns: string;
let n = 0;
let clock: TestClock;
let file: string;

function config(caFile = double.caFile, extra = ''): string {
  return writeConfig(
    tempDir('sg-import-'),
    `deployment: prod
components:
  - name: packit-service
    repo: packit/packit-service
    images:
      - { image: quay.io/packit/packit-service:prod, imageStream: packit-service:prod }
      - { image: quay.io/packit/packit-worker:prod, imageStream: packit-worker:prod }
  - name: ogr
    repo: packit/ogr
clusters:
  prod: { server: ${double.url}, namespace: ${ns}, caFile: ${caFile} }
health: { pods: { stuckTerminatingAfter: 10m } }
${extra}`,
  );
}

const env = () => ({ OPENSHIFT_TOKEN_PROD: double.token });
const podsOf = (selector: string) => double.list(REFS.pods, ns, selector);
const images = (selector: string) =>
  podsOf(selector)
    .map((p) => (p.spec as { containers: Array<{ image: string }> }).containers[0]!.image)
    .sort();
const run = (args: string[], environment: Record<string, string> = env()) =>
  runCli(['import-images', '--config', file, '--json', ...args], environment, { clock });

beforeEach(async () => {
  ns = `packit--prod-${++n}`;
  // The cluster double's controllers run on real timers: time flows, and each sleep lets 5 ms of it pass.
  clock = new TestClock(Date.now(), { realMsPerSleep: 5, flowing: true });
  double.store.now = clock.now;
  double.timings = { podStartMs: 15, terminateMs: 15 };
  double.clearFaults();
  seedPackit(double, ns, D);
  await double.settle();
  file = config();
});

describe('import-images', () => {
  test('a clean rollout: every stream imported, every driven workload rolled, the database untouched', async () => {
    const postgres = double.get(REFS.pods, ns, 'postgres-0')!;
    double.timings = { podStartMs: 50, terminateMs: 50 };
    const result = await run([]);
    expect(result.code).toBe(0);
    expect(result.json.changed).toBe(true);
    expect(result.json.result.streams).toEqual([
      expect.objectContaining({
        stream: 'packit-service',
        tag: 'prod',
        previous: D.current,
        digest: D.next,
        status: 'imported',
        pinLifted: false,
      }),
      expect.objectContaining({ stream: 'packit-worker', tag: 'prod', previous: D.current, digest: D.next, status: 'imported' }),
    ]);
    expect(result.json.result.rollouts).toEqual([
      expect.objectContaining({ kind: 'Deployment', name: 'packit-service', desired: 2, updated: 2, ready: 2, old: 0, done: true }),
      expect.objectContaining({ kind: 'StatefulSet', name: 'packit-worker-short-running', desired: 2, updated: 2, ready: 2, done: true }),
    ]);
    expect(result.json.result.remediations).toEqual([]);
    expect(images('component=packit-service')).toEqual([
      `quay.io/packit/packit-service@${D.next}`,
      `quay.io/packit/packit-service@${D.next}`,
    ]);
    expect(
      podsOf('component=packit-worker-short-running')
        .map((p) => p.metadata.name)
        .sort(),
    ).toEqual(['packit-worker-short-running-0', 'packit-worker-short-running-1']);
    expect(images('component=packit-worker-short-running')).toEqual([
      `quay.io/packit/packit-worker@${D.next}`,
      `quay.io/packit/packit-worker@${D.next}`,
    ]);
    expect(double.get(REFS.pods, ns, 'postgres-0')!.metadata.uid).toBe(postgres.metadata.uid);
    expect(result.stderr).toMatch(
      /StatefulSet\/packit-worker-short-running: [01]\/2 updated, [01]\/2 ready(, \d old left)? — packit-worker-short-running-\d (Terminating for|ContainerCreating)/,
    );
    expect(result.stderr).toMatch(/rollout done after/);
    // The import sent what oc import-image sends: import true from the configured image.
    const post = double.requests.find((r) => r.method === 'POST' && r.path.endsWith('/imagestreamimports') && r.path.includes(ns))!;
    expect(JSON.parse(post.body).spec).toEqual({
      import: true,
      images: [
        {
          from: { kind: 'DockerImage', name: 'quay.io/packit/packit-service:prod' },
          to: { name: 'prod' },
          importPolicy: { scheduled: true },
          referencePolicy: { type: 'Source' },
        },
      ],
    });
  });

  test(
    'a pod that shares the labels but no workload owns (oc debug, a ' +
      'stray copy) is neither counted nor touched, even stuck Terminating',
    async () => {
      const stray = (name: string) =>
        double.create(REFS.pods, ns, {
          apiVersion: 'v1',
          kind: 'Pod',
          metadata: { name, labels: { component: 'packit-worker-short-running' } },
          spec: { containers: [{ name: 'packit-worker', image: `quay.io/packit/packit-worker@${D.current}` }] },
          status: {
            phase: 'Running',
            conditions: [{ type: 'Ready', status: 'True' }],
            containerStatuses: [
              {
                name: 'packit-worker',
                image: `quay.io/packit/packit-worker@${D.current}`,
                imageID: '',
                ready: true,
                restartCount: 0,
                state: { running: {} },
              },
            ],
          },
        });
      stray('packit-worker-short-running-debug');
      stray('packit-worker-short-running-copy');
      double.stuckTerminating.add(`${ns}/packit-worker-short-running-copy`);
      double.store.mutate(REFS.pods, ns, 'packit-worker-short-running-copy', (p) => {
        p.metadata.deletionTimestamp = new Date(clock.now() - 3_600_000).toISOString();
        p.metadata.deletionGracePeriodSeconds = 30;
      });
      const result = await run(['--only', 'packit-service', '--timeout', '15m']);
      expect(result.code).toBe(0);
      expect(result.json.result.rollouts[1]).toMatchObject({
        name: 'packit-worker-short-running',
        updated: 2,
        ready: 2,
        old: 0,
        done: true,
      });
      expect(result.json.result.remediations).toEqual([]);
      expect(double.requests.filter((r) => r.method === 'DELETE' && (r.path.includes('-debug') || r.path.includes('-copy')))).toEqual([]);
      expect(double.get(REFS.pods, ns, 'packit-worker-short-running-debug')).toBeDefined();
      expect(double.get(REFS.pods, ns, 'packit-worker-short-running-copy')).toBeDefined();
    },
  );

  test('a DeploymentConfig with an ImageChange trigger is rolled too', async () => {
    deploymentConfig(double, { namespace: ns, name: 'packit-service-fedmsg', replicas: 1, stream: 'packit-service:prod' });
    await double.settle();
    expect(images('deploymentconfig=packit-service-fedmsg')).toEqual([`quay.io/packit/packit-service@${D.current}`]);
    const result = await run(['--only', 'packit-service']);
    expect(result.code).toBe(0);
    expect(result.json.result.rollouts).toContainEqual(
      expect.objectContaining({ kind: 'DeploymentConfig', name: 'packit-service-fedmsg', desired: 1, ready: 1, done: true }),
    );
    expect(images('component=packit-service-fedmsg')).toEqual([`quay.io/packit/packit-service@${D.next}`]);
  });

  test(
    'a StatefulSet pod stuck Terminating is deleted with grace period 0 ' +
      'after stuckTerminatingAfter (with only the Role of docs/cluster.md)',
    async () => {
      expect(ROLE.length).toBeGreaterThan(0);
      double.rbac = ROLE;
      double.stuckTerminating.add(`${ns}/packit-worker-short-running-1`);
      const result = await run(['--only', 'packit-service']);
      expect(result.code).toBe(0);
      expect(result.json.result.remediations).toEqual([
        expect.objectContaining({
          action: 'force-delete',
          workload: 'packit-worker-short-running',
          pod: 'packit-worker-short-running-1',
          reason: expect.stringMatching(/^Terminating for 10m\d\ds \(more than 10m00s\)$/),
        }),
      ]);
      expect(
        double.requests.some(
          (r) => r.method === 'DELETE' && r.path.endsWith(`${ns}/pods/packit-worker-short-running-1`) && r.query.gracePeriodSeconds === '0',
        ),
      ).toBe(true);
      expect(result.stderr).toMatch(/packit-worker-short-running-1 Terminating for \d+/);
      expect(images('component=packit-worker-short-running')).toEqual([
        `quay.io/packit/packit-worker@${D.next}`,
        `quay.io/packit/packit-worker@${D.next}`,
      ]);
    },
  );

  test('ImagePullBackOff of a new pod is healed by importing the stream again (with only the Role of docs/cluster.md)', async () => {
    double.rbac = ROLE;
    double.failPulls(`packit-service@${D.next}`, 1, 'reading manifest sha256:… in quay.io/packit/packit-service: unauthorized');
    const result = await run([]);
    expect(result.code).toBe(0);
    expect(result.json.result.remediations).toEqual([
      expect.objectContaining({
        action: 're-import',
        workload: 'packit-service',
        stream: 'packit-service:prod',
        reason: expect.stringMatching(/ImagePullBackOff: Back-off pulling image/),
      }),
    ]);
    expect(images('component=packit-service')).toEqual([
      `quay.io/packit/packit-service@${D.next}`,
      `quay.io/packit/packit-service@${D.next}`,
    ]);
  });

  test('a pull that keeps failing fails after three re-imports, naming the pod and the message', async () => {
    double.failPulls(`packit-worker@${D.next}`, 100, 'manifest unknown: manifest unknown');
    const result = await run(['--timeout', '30m']);
    expect(result.code).toBe(1);
    expect(result.json.error!.message).toMatch(
      /pod packit-worker-short-running-1 of StatefulSet\/packit-worker-short-running still cannot pull its image after 3 re-imports of packit-worker:prod: ImagePullBackOff: .*manifest unknown/,
    );
    expect(result.json.result.remediations.filter((r: { action: string }) => r.action === 're-import')).toHaveLength(3);
    expect(double.get(REFS.pods, ns, 'postgres-0')).toBeDefined();
  });

  test(
    'when the re-imports are refused too, the failure names the pod, its ' +
      'pull error and the registry answer; exactly 1 + 3 imports were sent',
    async () => {
      double.failPulls(`packit-worker@${D.next}`, 100, 'unauthorized: access to the requested resource is not authorized');
      // The first import succeeds; then the registry refuses the image (a revoked pull secret, say).
      let imports = 0;
      const lookup = double.lookup;
      double.lookup = (ref) =>
        ref.includes('packit-worker') && ++imports > 1
          ? { error: `Internal error occurred: ${ref}: unauthorized: authentication required` }
          : lookup(ref);
      try {
        const result = await run(['--only', 'packit-service', '--timeout', '30m']);
        expect(result.code).toBe(1);
        expect(result.json.error!.message).toMatch(
          /^pod packit-worker-short-running-1 of StatefulSet\/packit-worker-short-running still cannot pull its image after 3 re-imports of packit-worker:prod: ImagePullBackOff: .*access to the requested resource is not authorized; the registry answered the last import: .*unauthorized: authentication required$/,
        );
        const posts = double.requests.filter(
          (r) =>
            r.method === 'POST' &&
            r.path.includes(`/${ns}/imagestreamimports`) &&
            JSON.parse(r.body).spec.images[0].from.name.includes('packit-worker'),
        );
        expect(posts).toHaveLength(4);
        expect(
          result.json.result.remediations.map((r: { action: string; reason: string }) => [
            r.action,
            /the registry answered: .*authentication required/.test(r.reason),
          ]),
        ).toEqual([
          ['re-import', true],
          ['re-import', true],
          ['re-import', true],
        ]);
      } finally {
        double.lookup = lookup;
      }
    },
  );

  test('a dropped watch is resumed from its resourceVersion', async () => {
    double.timings = { podStartMs: 100, terminateMs: 100 };
    let drops = 0;
    // Drops the stage's watch (three times) while the rollout is still going on.
    const dropping = setInterval(() => {
      if (double.openWatches > 0 && drops < 3) {
        double.dropWatches();
        drops++;
      }
    }, 40);
    const result = await run([]).finally(() => clearInterval(dropping));
    expect(result.code).toBe(0);
    expect(result.json.result.watch.restarts).toBeGreaterThan(0);
    expect(result.stderr).toMatch(/the pod watch ended; resuming from resourceVersion \d+/);
    expect(result.stderr).not.toMatch(/polling/);
    expect(result.json.result.rollouts.every((w: { done: boolean }) => w.done)).toBe(true);
  });

  test('a watch that stalls without closing is dropped after an idle time (< stuckTerminatingAfter), pods listed again', async () => {
    double.stallWatches = true;
    double.timings = { podStartMs: 100, terminateMs: 100 };
    const result = await run([]);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/the pod watch sent nothing for 1m00s; listing the pods again and watching anew/);
    expect(double.requests.filter((r) => r.verb === 'watch' && r.path.includes(`/namespaces/${ns}/pods`)).length).toBeGreaterThan(1);
    expect(result.json.result.watch.restarts).toBe(0);
    expect(result.json.result.rollouts.every((w: { done: boolean }) => w.done)).toBe(true);
  });

  test('a watch whose resourceVersion expired (410 Gone) lists again and goes on', async () => {
    double.timings = { podStartMs: 100, terminateMs: 100 };
    let expired = false;
    const compacting = setInterval(() => {
      if (double.openWatches > 0 && !expired) {
        double.store.create(REFS.configmaps, ns, { metadata: { name: 'bump' } });
        double.store.compact();
        double.dropWatches();
        expired = true;
      }
    }, 40);
    const result = await run([]).finally(() => clearInterval(compacting));
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/the pod watch's resourceVersion \d+ expired \(410 Gone\); listing the pods again/);
    expect(result.json.result.rollouts.every((w: { done: boolean }) => w.done)).toBe(true);
  });

  test('the deadline: a rollout that does not finish fails naming what it waits for', async () => {
    double.stuckTerminating.add(`${ns}/packit-worker-short-running-1`);
    const result = await run(['--timeout', '5m']);
    expect(result.code).toBe(1);
    expect(result.json.error!.message).toMatch(
      /^rollout not finished after 5m\d\ds: StatefulSet\/packit-worker-short-running 0\/2 ready \(packit-worker-short-running-1 Terminating for 5m\d\ds\)$/,
    );
    expect(result.json.result.rollouts.find((w: { name: string }) => w.name === 'packit-service').done).toBe(true);
    expect(result.json.result.remediations).toEqual([]);
  });

  test('a forbidden force delete fails naming the verb and resource', async () => {
    double.stuckTerminating.add(`${ns}/packit-worker-short-running-1`);
    double.forbid('delete', 'pods');
    const result = await run([]);
    expect(result.code).toBe(1);
    expect(result.json.error!.message).toMatch(/may not delete pods in namespace packit--prod-\d+/);
    expect(result.json.error!.hint).toMatch(/grant "delete" on "pods"/);
  });

  test('without a watch (403 on watch pods) it polls, and still finishes', async () => {
    double.forbid('watch', 'pods');
    // Pods slow enough that the watch's 403 comes back before the rollout could finish without it.
    double.timings = { podStartMs: 150, terminateMs: 50 };
    const result = await run([]);
    expect(result.code).toBe(0);
    expect(result.json.result.watch).toEqual({ restarts: 0, polling: true, outages: 0 });
    expect(result.stderr).toMatch(/watching pods failed \(.*may not watch pods in namespace .*\); polling every 5s instead/);
    expect(result.json.result.rollouts.every((w: { done: boolean }) => w.done)).toBe(true);
  });

  test("an API outage longer than one request's retries (12 × 503 on the pod list) is waited out within the deadline", async () => {
    double.forbid('watch', 'pods'); // polling: every round lists the pods
    double.timings = { podStartMs: 150, terminateMs: 50 };
    // Once the rollout is under way, the API server answers the pod list 503 twelve times in a row.
    const outage = setTimeout(
      () => double.failNext({ method: 'GET', path: new RegExp(`/namespaces/${ns}/pods(\\?|$)`), status: 503, times: 12 }),
      100,
    );
    try {
      const result = await run([]);
      expect(result.code).toBe(0);
      expect(result.json.result.watch.outages).toBeGreaterThanOrEqual(2);
      expect(result.stderr).toMatch(
        /cluster prod did not answer list pods after 5 attempts: HTTP 503.*; still watching the rollout until the deadline/,
      );
      expect(result.json.result.rollouts.every((w: { done: boolean }) => w.done)).toBe(true);
    } finally {
      clearTimeout(outage);
    }
  });

  // Fault runs (G2): an attempt killed after its import left the tags on the new image; the resumed
  // import said "unchanged", so no result said imported, and a failed gate would not have rolled them back.
  test('an earlier attempt of the same run (--run) imported a tag: the resume reports it imported, from the image before', async () => {
    const RUN = 'https://github.com/packit/deployment/actions/runs/7';
    const killed = await run(['--run', RUN]);
    expect(killed.code).toBe(0);
    const record = JSON.parse(
      (double.get(REFS.imagestreams, ns, 'packit-worker')!.metadata.annotations as Record<string, string>)['service-guru.dev/imports']!,
    );
    expect(record).toEqual({ prod: { run: RUN, previous: D.current, at: expect.any(String) } });
    const resumed = await run(['--run', RUN]);
    expect(resumed.code).toBe(0);
    expect(
      resumed.json.result.streams.map((s: { status: string; previous: string; digest: string }) => [s.status, s.previous, s.digest]),
    ).toEqual([
      ['imported', D.current, D.next],
      ['imported', D.current, D.next],
    ]);
    expect(resumed.stderr).toContain(`an earlier attempt of this run (${RUN}) had set it already`);
    // A dry run of another run says what it would record, and records nothing.
    const dry = await run(['--run', `${RUN}0`, '--dry-run']);
    expect(dry.stderr).toContain(
      'would record on image stream packit-worker that this run imports :prod (annotation service-guru.dev/imports)',
    );
    expect(double.get(REFS.imagestreams, ns, 'packit-worker')!.metadata.annotations).toEqual({
      'service-guru.dev/imports': JSON.stringify(record),
    });
    // The rollback that follows a failed gate takes the resumed import's result: both go back.
    const back = await runCli(['rollback', '--config', file, '--json', '--imported', JSON.stringify(resumed.json.result)], env(), {
      clock,
    });
    expect(back.code).toBe(0);
    expect(back.json.result.streams.map((s: { status: string; to: string }) => [s.status, s.to])).toEqual([
      ['rolled-back', D.current],
      ['rolled-back', D.current],
    ]);
    // Another run never claims what this one did: for it the tags are as it found them, and its record replaces ours.
    await run(['--run', RUN]);
    const other = await run(['--run', 'https://github.com/packit/deployment/actions/runs/8']);
    expect(other.json.result.streams.map((s: { status: string }) => s.status)).toEqual(['unchanged', 'unchanged']);
    const replaced = JSON.parse(
      (double.get(REFS.imagestreams, ns, 'packit-worker')!.metadata.annotations as Record<string, string>)['service-guru.dev/imports']!,
    );
    expect(replaced.prod).toMatchObject({ run: 'https://github.com/packit/deployment/actions/runs/8', previous: D.next });
  });

  test('--dry-run asks the registry (import: false) and changes nothing', async () => {
    const before = JSON.stringify([double.list(REFS.imagestreams, ns), podsOf('')]);
    const result = await runCli(['import-images', '--config', file, '--json', '--dry-run'], env(), { clock });
    expect(result.code).toBe(0);
    expect(result.json.changed).toBe(false);
    expect(result.json.result.streams.map((s: { status: string; digest: string }) => [s.status, s.digest])).toEqual([
      ['would-import', D.next],
      ['would-import', D.next],
    ]);
    expect(JSON.stringify([double.list(REFS.imagestreams, ns), podsOf('')])).toBe(before);
    expect(result.json.result.wouldRoll).toEqual([
      { kind: 'Deployment', name: 'packit-service', replicas: 2, streams: ['packit-service:prod'] },
      { kind: 'StatefulSet', name: 'packit-worker-short-running', replicas: 2, streams: ['packit-worker:prod'] },
    ]);
    expect(result.stderr).toMatch(
      /would roll StatefulSet\/packit-worker-short-running \(2 replicas\) to the new image of packit-worker:prod/,
    );
    const posts = double.requests.filter((r) => r.method === 'POST' && r.path.includes(`/${ns}/`));
    expect(posts.map((p) => JSON.parse(p.body).spec.import)).toEqual([false, false]);
    expect(double.requests.some((r) => r.path.includes(`/${ns}/`) && ['DELETE', 'PUT', 'PATCH'].includes(r.method))).toBe(false);
  });

  test('a registry error is reported per stream and fails the stage', async () => {
    double.registryErrors.set(
      'quay.io/packit/packit-worker:prod',
      'Get "https://quay.io/v2/packit/packit-worker/manifests/prod": unauthorized',
    );
    try {
      const result = await run([]);
      expect(result.code).toBe(1);
      expect(result.json.result.streams[1]).toMatchObject({
        stream: 'packit-worker',
        status: 'failed',
        digest: null,
        error: expect.stringMatching(/unauthorized/),
      });
      expect(result.json.result.streams[0]).toMatchObject({ stream: 'packit-service', status: 'imported' });
      expect(result.json.error!.message).toMatch(/import failed for packit-worker:prod/);
    } finally {
      double.registryErrors.clear();
    }
  });

  test('--moved keeps only what moved; --only names must exist', async () => {
    const moved = JSON.stringify({
      components: [
        { name: 'ogr', status: 'moved' },
        { name: 'packit-service', status: 'unchanged' },
      ],
    });
    const result = await run(['--moved', moved]);
    expect(result.code).toBe(0);
    expect(result.json.result.streams).toEqual([]);
    const bad = await run(['--only', 'packit-servce']);
    expect(bad.code).toBe(2);
    expect(bad.json.error!.message).toMatch(/--only: unknown component "packit-servce"/);
    const before = double.requests.length;
    const unknown = await run(['--cluster', 'preprod']);
    expect(unknown.code).toBe(2);
    expect(unknown.json.error!.message).toMatch(/--cluster: unknown cluster "preprod"; configured: /);
    expect(double.requests.length).toBe(before);
  });

  test('a missing token exits 2 naming the variable, before any request', async () => {
    const before = double.requests.length;
    const result = await run([], {});
    expect(result.code).toBe(2);
    expect(result.json.error!.message).toMatch(/OPENSHIFT_TOKEN_PROD is not set/);
    expect(double.requests.length).toBe(before);
  });

  test('a refused token (401) fails naming the variable; nothing changes', async () => {
    const result = await run([], { OPENSHIFT_TOKEN_PROD: 'sha256~expired-token' });
    expect(result.code).toBe(1);
    expect(result.json.error!.message).toMatch(/refused the token in OPENSHIFT_TOKEN_PROD \(401 Unauthorized\)/);
    expect(result.stdout + result.stderr).not.toContain('sha256~expired-token');
  });

  test('a server certificate from an unknown CA fails with a message about caFile', async () => {
    const other = makePki();
    try {
      file = config(other.caFile);
      const result = await run([]);
      expect(result.code).toBe(1);
      expect(result.json.error!.message).toMatch(/TLS certificate not accepted/);
      expect(result.json.error!.hint).toMatch(/clusters\.prod\.caFile/);
    } finally {
      other.remove();
    }
  });
});
