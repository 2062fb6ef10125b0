import { afterAll, beforeAll, beforeEach, describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { KubeDouble, REFS } from '../src/standins/kube/index.ts';
import { rolesInMarkdown } from '../src/standins/kube/rbac.ts';
import { deployment, digestOf, statefulSet } from '../src/standins/kube/fixtures.ts';
import { TestClock } from './helpers/clock.ts';
import { pushImage, startLocalRegistry, type LocalRegistryServer } from '../src/standins/oci-registry.ts';
import { runCli, tempDir, writeConfig } from './helpers/cli.ts';

/** The Role docs/kubernetes.md tells users to paste: these tests run with it and nothing more. */
const ROLE = rolesInMarkdown(readFileSync('docs/kubernetes.md', 'utf8'));
const ANNOTATION = 'service-guru.dev/previous-images';
const D = { current: digestOf('current'), next: digestOf('next') };
const API = 'ghcr.io/acme/orders-api';
const SCHEDULER = 'ghcr.io/acme/orders-scheduler';

const double = new KubeDouble();
let registry: LocalRegistryServer;
beforeAll(async () => {
  await double.start();
  registry = await startLocalRegistry('in-process');
});
afterAll(async () => {
  await double.stop();
  await registry.stop();
});

let ns: string;
let n = 0;
let clock: TestClock;

function config(extra = '', images = ''): string {
  return writeConfig(
    tempDir('sg-workloads-'),
    `deployment: prod
components:
  - name: orders-api
    repo: acme/orders-api
    images:
${
  images ||
  `      - { image: ${API}:stable, workloads: [deployment/orders-api] }
      - { image: ${SCHEDULER}:stable, workloads: [statefulset/orders-scheduler/worker] }`
}
  - name: orders-lib
    repo: acme/orders-lib
clusters:
  prod: { server: ${double.url}, namespace: ${ns}, caFile: ${double.caFile} }
health: { pods: { stuckTerminatingAfter: 10m } }
${extra}`,
  );
}

const env = (): Record<string, string> => ({ KUBE_TOKEN_PROD: double.token });
const digests = JSON.stringify({ [`${API}:stable`]: D.next, [`${SCHEDULER}:stable`]: D.next });
const run = (stage: string, file: string, args: string[]) => runCli([stage, '--config', file, '--json', ...args], env(), { clock });
const podImages = (selector: string, container: string) =>
  double
    .list(REFS.pods, ns, selector)
    .filter((p) => !p.metadata.deletionTimestamp)
    .map((p) => (p.spec as { containers: Array<{ name: string; image: string }> }).containers.find((c) => c.name === container)!.image)
    .sort();
const patches = () => double.requests.filter((r) => r.method === 'PATCH' && r.path.includes(`/namespaces/${ns}/`));

beforeEach(async () => {
  ns = `orders-${++n}`;
  clock = new TestClock(Date.now(), { realMsPerSleep: 5, flowing: true });
  double.store.now = clock.now;
  double.timings = { podStartMs: 15, terminateMs: 15 };
  double.clearFaults();
  double.rbac = ROLE;
  // orders-api runs its image beside a proxy sidecar; the scheduler's container is "worker".
  double.create(REFS.deployments, ns, {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: 'orders-api', labels: { app: 'orders-api' } },
    spec: {
      replicas: 2,
      selector: { matchLabels: { app: 'orders-api' } },
      strategy: { type: 'RollingUpdate' },
      template: {
        metadata: { labels: { app: 'orders-api' } },
        spec: {
          terminationGracePeriodSeconds: 30,
          containers: [
            { name: 'proxy', image: 'docker.io/envoyproxy/envoy:v1.31.0', ports: [{ containerPort: 8080 }] },
            { name: 'orders-api', image: `${API}@${D.current}`, env: [{ name: 'PORT', value: '9000' }] },
          ],
        },
      },
    },
  });
  statefulSet(double, { namespace: ns, name: 'orders-scheduler', replicas: 2, image: `${SCHEDULER}:stable`, container: 'worker' });
  deployment(double, { namespace: ns, name: 'postgres', replicas: 1, image: 'docker.io/library/postgres:16' });
  await double.settle();
});

describe('import-images with images[].workloads', () => {
  test('sets each container by digest with a patch that changes nothing else, records the images before, watches the rollout', async () => {
    const file = config();
    const before = double.get(REFS.deployments, ns, 'orders-api')!;
    const postgres = double.get(REFS.deployments, ns, 'postgres')!;
    const result = await run('import-images', file, ['--digests', digests]);
    expect({ code: result.code, error: result.json.error }).toEqual({ code: 0, error: undefined });
    expect(result.json.changed).toBe(true);
    expect(result.json.result.workloads).toEqual([
      expect.objectContaining({
        workload: 'deployment/orders-api',
        digest: D.next,
        digestFrom: 'wait-images',
        status: 'set',
        containers: [{ name: 'orders-api', previous: `${API}@${D.current}`, image: `${API}@${D.next}` }],
      }),
      expect.objectContaining({
        workload: 'statefulset/orders-scheduler/worker',
        status: 'set',
        containers: [{ name: 'worker', previous: `${SCHEDULER}:stable`, image: `${SCHEDULER}@${D.next}` }],
      }),
    ]);
    expect(result.json.result.rollouts).toEqual([
      expect.objectContaining({ kind: 'Deployment', name: 'orders-api', streams: [API], desired: 2, updated: 2, ready: 2, done: true }),
      expect.objectContaining({ kind: 'StatefulSet', name: 'orders-scheduler', streams: [SCHEDULER], updated: 2, done: true }),
    ]);
    expect(podImages('app=orders-api', 'orders-api')).toEqual([`${API}@${D.next}`, `${API}@${D.next}`]);
    expect(podImages('app=orders-api', 'proxy')).toEqual(['docker.io/envoyproxy/envoy:v1.31.0', 'docker.io/envoyproxy/envoy:v1.31.0']);
    expect(podImages('component=orders-scheduler', 'worker')).toEqual([`${SCHEDULER}@${D.next}`, `${SCHEDULER}@${D.next}`]);
    // Nothing but the image and the annotation changed.
    const after = double.get(REFS.deployments, ns, 'orders-api')!;
    const strip = (o: typeof after) => {
      const c = structuredClone(o) as unknown as {
        metadata: Record<string, unknown>;
        spec: { template: { spec: { containers: Array<{ image?: string }> } } };
      };
      for (const k of ['resourceVersion', 'generation', 'annotations', 'managedFields']) delete c.metadata[k];
      c.spec.template.spec.containers[1]!.image = '';
      delete (c as { status?: unknown }).status;
      return c;
    };
    expect(strip(after)).toEqual(strip(before));
    expect(JSON.parse(after.metadata.annotations![ANNOTATION]!).containers).toEqual({
      'orders-api': { from: `${API}@${D.current}`, to: `${API}@${D.next}` },
    });
    expect(JSON.parse(patches()[0]!.body)).toEqual([
      { op: 'test', path: '/metadata/uid', value: before.metadata.uid },
      { op: 'test', path: '/spec/template/spec/containers/1/name', value: 'orders-api' },
      { op: 'replace', path: '/spec/template/spec/containers/1/image', value: `${API}@${D.next}` },
      { op: 'add', path: '/metadata/annotations', value: { [ANNOTATION]: expect.any(String) } },
    ]);
    expect(double.get(REFS.deployments, ns, 'postgres')!.metadata.resourceVersion).toBe(postgres.metadata.resourceVersion);

    // Idempotent: already on the digest, nothing is patched again.
    const count = patches().length;
    const again = await run('import-images', file, ['--digests', digests]);
    expect(again.code).toBe(0);
    expect(again.json.changed).toBe(false);
    expect(again.json.result.workloads.map((w: { status: string }) => w.status)).toEqual(['unchanged', 'unchanged']);
    expect(patches().length).toBe(count);
  });

  // Fault runs (G2): what a killed attempt had set, the resumed import reported "unchanged"; the
  // rollback after a failed gate (which takes the import's result) would have left it on the new image.
  test('an earlier attempt of the same run (--run) set the workload: the resume reports it set, with the image before', async () => {
    const file = config();
    const RUN = 'https://github.com/acme/deploy/actions/runs/42';
    expect((await run('import-images', file, ['--digests', digests, '--run', RUN])).code).toBe(0);
    const record = JSON.parse(double.get(REFS.deployments, ns, 'orders-api')!.metadata.annotations![ANNOTATION]!);
    expect(record.run).toBe(RUN);
    const count = patches().length;
    const resumed = await run('import-images', file, ['--digests', digests, '--run', RUN]);
    expect(resumed.code).toBe(0);
    expect(patches().length).toBe(count);
    expect(resumed.json.result.workloads).toEqual([
      expect.objectContaining({
        workload: 'deployment/orders-api',
        status: 'set',
        containers: [{ name: 'orders-api', previous: `${API}@${D.current}`, image: `${API}@${D.next}` }],
      }),
      expect.objectContaining({
        workload: 'statefulset/orders-scheduler/worker',
        status: 'set',
        containers: [{ name: 'worker', previous: `${SCHEDULER}:stable`, image: `${SCHEDULER}@${D.next}` }],
      }),
    ]);
    // Another run's attempt claims nothing.
    const other = await run('import-images', file, ['--digests', digests, '--run', 'https://github.com/acme/deploy/actions/runs/43']);
    expect(other.json.result.workloads.map((w: { status: string }) => w.status)).toEqual(['unchanged', 'unchanged']);
    // The rollback with the resumed result puts back the images before the run.
    const back = await run('rollback', file, ['--imported', JSON.stringify(resumed.json.result)]);
    expect(back.code).toBe(0);
    expect(podImages('app=orders-api', 'orders-api')).toEqual([`${API}@${D.current}`, `${API}@${D.current}`]);
    expect(podImages('component=orders-scheduler', 'worker')).toEqual([`${SCHEDULER}:stable`, `${SCHEDULER}:stable`]);
    // Rolled back: a later attempt of the same run does not take the record for its own again.
    const after = await run('import-images', file, ['--digests', digests, '--run', RUN, '--dry-run']);
    expect(after.json.result.workloads.map((w: { status: string }) => w.status)).toEqual(['would-set', 'would-set']);
  });

  test('--dry-run says exactly what it would patch and patches nothing', async () => {
    const result = await run('import-images', config(), ['--digests', digests, '--dry-run']);
    expect(result.code).toBe(0);
    expect(result.json.changed).toBe(false);
    expect(patches()).toEqual([]);
    expect(result.stderr).toContain(
      `would patch Deployment/orders-api: container orders-api ${API}@${D.current} → ${API}@${D.next}; and annotation ${ANNOTATION}`,
    );
    expect(result.json.result.wouldRoll).toEqual([
      { kind: 'Deployment', name: 'orders-api', replicas: 2, streams: [API] },
      { kind: 'StatefulSet', name: 'orders-scheduler', replicas: 2, streams: [SCHEDULER] },
    ]);
  });

  test('run alone, the digest is the one the tag has now in the registry', async () => {
    const pushed = await pushImage(registry.url, `acme-${n}/orders-api`, ['stable'], ['linux/amd64'], `orders-api ${n}`);
    const image = `${registry.host}/acme-${n}/orders-api`;
    double.store.mutate(REFS.deployments, ns, 'orders-api', (o) => {
      (o.spec as { template: { spec: { containers: Array<{ image: string }> } } }).template.spec.containers[1]!.image = `${image}:stable`;
    });
    const file = config(
      `registries: { '${registry.host}': { apiUrl: '${registry.url}' } }`,
      `      - { image: ${image}:stable, workloads: [deployment/orders-api] }`,
    );
    const result = await run('import-images', file, []);
    expect({ code: result.code, error: result.json.error }).toEqual({ code: 0, error: undefined });
    expect(result.json.result.workloads[0]).toMatchObject({ digest: pushed, digestFrom: 'registry', status: 'set' });
    expect(podImages('app=orders-api', 'orders-api')).toEqual([`${image}@${pushed}`, `${image}@${pushed}`]);
  });

  test('a workload that is not there, or a container that does not run the image, fails naming it', async () => {
    const file = config(
      '',
      `      - { image: ${API}:stable, workloads: [deployment/orders-web] }
      - { image: ${SCHEDULER}:stable, workloads: [deployment/postgres] }`,
    );
    const result = await run('import-images', file, ['--digests', digests]);
    expect(result.code).toBe(1);
    expect(result.json.error!.message).toMatch(/deployment\/orders-web \(Deployment orders-web not found in namespace orders-\d+\)/);
    expect(result.json.error!.message).toMatch(/deployment\/postgres: no container runs ghcr\.io\/acme\/orders-scheduler/);
    expect(patches()).toEqual([]);
  });

  test('nothing to roll out: exit 2 before any request, naming imageStream and workloads', async () => {
    const before = double.requests.length;
    const file = config('', `      - { image: ${API}:stable }`);
    for (const stage of ['import-images', 'rollback']) {
      const result = await run(stage, file, []);
      expect(result.code).toBe(2);
      expect(result.json.error!.message).toMatch(
        /nothing to roll out: .*names an imageStream or workloads.*orders-api: ghcr\.io\/acme\/orders-api:stable/,
      );
      expect(result.json.error!.hint).toMatch(/workloads: \[deployment\/<name>.*imageStream: <name>:<tag>/);
    }
    expect(double.requests.length).toBe(before);
  });

  test('a component in scope whose images run nowhere is named in the summary', async () => {
    const file = config(
      '',
      `      - { image: ${API}:stable, workloads: [deployment/orders-api] }
  - name: orders-batch
    repo: acme/orders-batch
    images:
      - { image: ghcr.io/acme/orders-batch:stable }`,
    );
    const result = await run('import-images', file, ['--digests', digests]);
    expect(result.code).toBe(0);
    expect(result.json.result.nothingToRollOut).toEqual(['orders-batch']);
    expect(result.stderr).toMatch(/orders-batch moved but has nothing to roll out/);
  });
});

describe('rollback of workloads', () => {
  test('standalone: the annotation says what to put back, only what import-images changed; a second rollback changes nothing', async () => {
    const file = config();
    expect((await run('import-images', file, ['--digests', digests])).code).toBe(0);
    // Someone changed the scheduler by hand since: it is left alone.
    double.store.mutate(REFS.statefulsets, ns, 'orders-scheduler', (o) => {
      (o.spec as { template: { spec: { containers: Array<{ image: string }> } } }).template.spec.containers[0]!.image =
        `${SCHEDULER}:hotfix`;
    });
    await double.settle();
    const result = await run('rollback', file, []);
    expect({ code: result.code, error: result.json.error }).toEqual({ code: 0, error: undefined });
    expect(result.json.result.workloads).toEqual([
      expect.objectContaining({
        workload: 'deployment/orders-api',
        source: 'annotation',
        status: 'rolled-back',
        containers: [{ name: 'orders-api', from: `${API}@${D.next}`, to: `${API}@${D.current}` }],
      }),
      expect.objectContaining({ workload: 'statefulset/orders-scheduler/worker', status: 'unchanged' }),
    ]);
    expect(result.stderr).toMatch(
      /container worker runs ghcr\.io\/acme\/orders-scheduler:hotfix, not .* that import-images set: left alone/,
    );
    expect(podImages('app=orders-api', 'orders-api')).toEqual([`${API}@${D.current}`, `${API}@${D.current}`]);
    expect(podImages('component=orders-scheduler', 'worker')).toEqual([`${SCHEDULER}:hotfix`, `${SCHEDULER}:hotfix`]);
    const again = await run('rollback', file, []);
    expect(again.code).toBe(0);
    expect(again.json.changed).toBe(false);
    expect(again.json.result.workloads[0]).toMatchObject({ status: 'unchanged', note: expect.stringMatching(/^rolled back already/) });
  });

  test('--imported: only what that run set goes back', async () => {
    const file = config();
    const imported = await run('import-images', file, [
      '--digests',
      JSON.stringify({ [`${API}:stable`]: D.next, [`${SCHEDULER}:stable`]: D.next }),
    ]);
    const only = imported.json.result.workloads.filter((w: { workload: string }) => w.workload === 'statefulset/orders-scheduler/worker');
    const result = await run('rollback', file, ['--imported', JSON.stringify(only)]);
    expect(result.code).toBe(0);
    expect(result.json.result.workloads.map((w: { status: string; source: string }) => `${w.status}/${w.source}`)).toEqual([
      'unchanged/result',
      'rolled-back/result',
    ]);
    expect(podImages('app=orders-api', 'orders-api')).toEqual([`${API}@${D.next}`, `${API}@${D.next}`]);
    expect(podImages('component=orders-scheduler', 'worker')).toEqual([`${SCHEDULER}:stable`, `${SCHEDULER}:stable`]);
    const bad = await run('rollback', file, ['--imported', '{"a":1}']);
    expect(bad.code).toBe(2);
    expect(bad.json.error!.message).toMatch(/--imported: expected the import-images result/);
  });
});

describe('the configuration of workloads', () => {
  test('a workload reference that is not kind/name[/container] names the field, the kinds and an example', async () => {
    const { parseConfig } = await import('../src/config/load.ts');
    const parse = (workloads: string) => () =>
      parseConfig(
        'deployment: prod\ncomponents:\n  - name: a\n    repo: acme/a\n' +
          `    images: [{ image: ghcr.io/acme/a:stable, workloads: ${workloads} }]\n`,
        '/tmp/sg.yml',
      );
    expect(parse('[deploy/orders-api]')).toThrow(
      /components\[0\]\.images\[0\]\.workloads\[0\].*expected "kind\/name" or "kind\/name\/container" with kind deployment, statefulset or daemonset, e\.g\. deployment\/orders-api/s,
    );
    expect(parse('[]')).toThrow(/workloads.*expected at least one workload, e\.g\. \[deployment\/orders-api\]; or leave workloads out/s);
    expect(parse('[deployment/orders-api, statefulset/orders-scheduler/worker, daemonset/log-shipper]')).not.toThrow();
  });
});

describe('DaemonSets', () => {
  test('a DaemonSet is set by digest and its rollout watched like the others', async () => {
    double.create(REFS.daemonsets, ns, {
      apiVersion: 'apps/v1',
      kind: 'DaemonSet',
      metadata: { name: 'orders-agent', labels: { app: 'orders-agent' } },
      spec: {
        selector: { matchLabels: { app: 'orders-agent' } },
        template: {
          metadata: { labels: { app: 'orders-agent' } },
          spec: { containers: [{ name: 'agent', image: `${API}@${D.current}` }] },
        },
      },
    });
    await double.settle();
    const file = config('', `      - { image: ${API}:stable, workloads: [daemonset/orders-agent] }`);
    const result = await run('import-images', file, ['--digests', digests]);
    expect({ code: result.code, error: result.json.error }).toEqual({ code: 0, error: undefined });
    expect(result.json.result.rollouts).toEqual([
      expect.objectContaining({ kind: 'DaemonSet', name: 'orders-agent', desired: 1, updated: 1, ready: 1, done: true }),
    ]);
    expect(podImages('app=orders-agent', 'agent')).toEqual([`${API}@${D.next}`]);
  });
});
