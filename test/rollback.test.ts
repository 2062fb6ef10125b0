import { afterAll, beforeAll, beforeEach, describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { rolesInMarkdown } from '../src/standins/kube/rbac.ts';
import { KubeDouble, REFS } from '../src/standins/kube/index.ts';
import { digestOf, seedPackit } from '../src/standins/kube/fixtures.ts';
import { TestClock } from './helpers/clock.ts';
import { runCli, tempDir, writeConfig } from './helpers/cli.ts';

const double = new KubeDouble();
beforeAll(async () => {
  await double.start();
});
afterAll(async () => {
  await double.stop();
});

// The bad image is the current one; :prod in the registry still serves it (the scheduled import's source).
const D = { previous: digestOf('good'), current: digestOf('bad'), next: digestOf('bad') };
let ns: string;
let n = 0;
let clock: TestClock;
let file: string;

const podImages = (selector: string) =>
  double
    .list(REFS.pods, ns, selector)
    .map((p) => (p.spec as { containers: Array<{ image: string }> }).containers[0]!.image)
    .sort();
const specFrom = (stream: string) =>
  (double.get(REFS.imagestreams, ns, stream)!.spec as { tags: Array<{ from: { name: string } }> }).tags[0]!.from.name;
const stage = (name: string, args: string[] = []) =>
  runCli([name, '--config', file, '--json', ...args], { OPENSHIFT_TOKEN_PROD: double.token }, { clock });

beforeEach(async () => {
  ns = `packit--rollback-${++n}`;
  // The cluster double's controllers run on real timers: time flows, and each sleep lets 5 ms of it pass.
  clock = new TestClock(Date.now(), { realMsPerSleep: 5, flowing: true });
  double.store.now = clock.now;
  double.clearFaults();
  seedPackit(double, ns, D);
  await double.settle();
  file = writeConfig(
    tempDir('sg-rollback-'),
    `deployment: prod
components:
  - name: packit-service
    repo: packit/packit-service
    images:
      - { image: quay.io/packit/packit-service:prod, imageStream: packit-service:prod }
      - { image: quay.io/packit/packit-worker:prod, imageStream: packit-worker:prod }
clusters:
  prod: { server: ${double.url}, namespace: ${ns}, caFile: ${double.caFile} }
`,
  );
});

describe('rollback', () => {
  test(
    'returns a Deployment and a StatefulSet to the previous image, pinned: a scheduled import does ' +
      'not bring the bad one back; import-images lifts the pin (with only the Role of docs/cluster.md)',
    async () => {
      double.rbac = rolesInMarkdown(readFileSync('docs/cluster.md', 'utf8'));
      const result = await stage('rollback');
      expect(result.code).toBe(0);
      expect(result.json.changed).toBe(true);
      expect(result.json.result.streams).toEqual([
        expect.objectContaining({
          stream: 'packit-service',
          tag: 'prod',
          from: D.current,
          to: D.previous,
          pinnedTo: `quay.io/packit/packit-service@${D.previous}`,
          status: 'rolled-back',
          liftedBy: expect.stringMatching(/^the next import-images/),
        }),
        expect.objectContaining({
          stream: 'packit-worker',
          from: D.current,
          to: D.previous,
          pinnedTo: `quay.io/packit/packit-worker@${D.previous}`,
          status: 'rolled-back',
        }),
      ]);
      expect(result.json.result.rollouts.map((w: { name: string; done: boolean }) => [w.name, w.done])).toEqual([
        ['packit-service', true],
        ['packit-worker-short-running', true],
      ]);
      expect(podImages('component=packit-service')).toEqual(Array(2).fill(`quay.io/packit/packit-service@${D.previous}`));
      expect(podImages('component=packit-worker-short-running')).toEqual(Array(2).fill(`quay.io/packit/packit-worker@${D.previous}`));
      expect(specFrom('packit-worker')).toBe(`quay.io/packit/packit-worker@${D.previous}`);

      // An hour later the scheduled import runs: the pin keeps the good image.
      double.scheduledImport();
      await double.settle();
      expect(podImages('component=packit-worker-short-running')).toEqual(Array(2).fill(`quay.io/packit/packit-worker@${D.previous}`));
      expect(podImages('component=packit-service')).toEqual(Array(2).fill(`quay.io/packit/packit-service@${D.previous}`));

      // Running it again changes nothing (it does not "roll back" to the bad image).
      const again = await stage('rollback');
      expect(again.code).toBe(0);
      expect(again.json.changed).toBe(false);
      expect(again.json.result.streams.map((s: { status: string }) => s.status)).toEqual(['unchanged', 'unchanged']);

      // A fixed image is pushed; import-images follows :prod again and lifts the pin.
      const fixed = digestOf('fixed');
      double.registry.set('quay.io/packit/packit-worker:prod', fixed);
      double.registry.set('quay.io/packit/packit-service:prod', fixed);
      const imported = await stage('import-images');
      expect(imported.code).toBe(0);
      expect(
        imported.json.result.streams.map((s: { pinLifted: boolean; previous: string; digest: string }) => [
          s.pinLifted,
          s.previous,
          s.digest,
        ]),
      ).toEqual([
        [true, D.previous, fixed],
        [true, D.previous, fixed],
      ]);
      expect(specFrom('packit-worker')).toBe('quay.io/packit/packit-worker:prod');
      expect(podImages('component=packit-worker-short-running')).toEqual(Array(2).fill(`quay.io/packit/packit-worker@${fixed}`));
    },
  );

  test('--imported rolls back only what this run imported; --digests only what runs a new digest; bad JSON changes nothing', async () => {
    const imported = JSON.stringify([
      { component: 'packit-service', stream: 'packit-service', tag: 'prod', status: 'imported' },
      { component: 'packit-service', stream: 'packit-worker', tag: 'prod', status: 'unchanged' },
    ]);
    const byImport = await stage('rollback', ['--imported', imported]);
    expect(byImport.code).toBe(0);
    expect(byImport.json.result.streams.map((s: { stream: string; status: string }) => [s.stream, s.status])).toEqual([
      ['packit-service', 'rolled-back'],
    ]);
    expect(specFrom('packit-worker')).toBe('quay.io/packit/packit-worker:prod');

    // An import cancelled after packit-worker: only the stream now on this run's digest goes back.
    const digests = JSON.stringify({
      'quay.io/packit/packit-worker:prod': D.current,
      'quay.io/packit/packit-service:prod': digestOf('new'),
    });
    const byDigest = await stage('rollback', ['--digests', digests]);
    expect(byDigest.code).toBe(0);
    expect(byDigest.json.result.streams.map((s: { stream: string; status: string }) => [s.stream, s.status])).toEqual([
      ['packit-worker', 'rolled-back'],
    ]);

    const bad = await stage('rollback', ['--imported', '{"streams": [{"stream": 1}]}']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--imported/);
  });

  // A hotfix built into :prod after this run's import reached the tag through its scheduled import:
  // the tag's "previous" image is then this run's own, and the rollback must go back past it.
  test("--imported with the import's previous image: the tag goes back to the image before the run, not the one before now", async () => {
    double.registry.set('quay.io/packit/packit-worker:prod', digestOf('hotfix'));
    double.scheduledImport();
    await double.settle();
    const history = () =>
      (
        double.get(REFS.imagestreams, ns, 'packit-worker')!.status as { tags: Array<{ items: Array<{ image: string }> }> }
      ).tags[0]!.items.map((i) => i.image);
    expect(history().slice(0, 3)).toEqual([digestOf('hotfix'), D.current, D.previous]);
    const imported = JSON.stringify([
      { component: 'packit-service', stream: 'packit-worker', tag: 'prod', status: 'imported', previous: D.previous, digest: D.current },
    ]);
    const back = await stage('rollback', ['--imported', imported]);
    expect(back.code).toBe(0);
    expect(back.json.result.streams).toEqual([
      expect.objectContaining({ stream: 'packit-worker', status: 'rolled-back', from: digestOf('hotfix'), to: D.previous }),
    ]);
    expect(specFrom('packit-worker')).toBe(`quay.io/packit/packit-worker@${D.previous}`);
  });

  test('--to picks a digest; --dry-run changes nothing', async () => {
    const older = digestOf('older');
    const dry = await stage('rollback', ['--to', `packit-worker=${older}`, '--only', 'packit-service', '--dry-run']);
    expect(dry.code).toBe(0);
    expect(dry.json.changed).toBe(false);
    expect(dry.json.result.streams[1]).toMatchObject({ stream: 'packit-worker', from: D.current, to: older, status: 'would-roll-back' });
    expect(dry.json.result.wouldRoll.map((w: { name: string }) => w.name)).toEqual(['packit-service', 'packit-worker-short-running']);
    expect(specFrom('packit-worker')).toBe('quay.io/packit/packit-worker:prod');
    expect(podImages('component=packit-worker-short-running')).toEqual(Array(2).fill(`quay.io/packit/packit-worker@${D.current}`));
    const posts = double.requests.filter((r) => r.method === 'POST' && r.path.includes(`/${ns}/`));
    expect(posts.map((p) => JSON.parse(p.body).spec.import)).toEqual([false, false]);

    const real = await stage('rollback', ['--to', `packit-worker=${older}`]);
    expect(real.code).toBe(0);
    expect(podImages('component=packit-worker-short-running')).toEqual(Array(2).fill(`quay.io/packit/packit-worker@${older}`));
    expect(podImages('component=packit-service')).toEqual(Array(2).fill(`quay.io/packit/packit-service@${D.previous}`));
  });

  test('bad --to is a usage error; a tag without history fails naming it', async () => {
    const bad = await stage('rollback', ['--to', 'packit-worker=sha256:abc']);
    expect(bad.code).toBe(2);
    expect(bad.json.error!.message).toMatch(/--to: expected stream=sha256:<64 hex digits>/);
    const unknown = await stage('rollback', ['--to', `nope=${digestOf('x')}`]);
    expect(unknown.code).toBe(2);
    double.store.mutate(REFS.imagestreams, ns, 'packit-service', (o) => {
      (o.status as { tags: Array<{ items: unknown[] }> }).tags[0]!.items.splice(1);
    });
    const result = await stage('rollback', ['--only', 'packit-service']);
    expect(result.code).toBe(1);
    expect(result.json.error!.message).toMatch(/packit-service:prod \(packit-service:prod has no earlier image in its history\)/);
  });
});
