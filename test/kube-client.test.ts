import { afterAll, beforeAll, beforeEach, describe, expect, test } from '@jest/globals';
import { parseConfig } from '../src/config/load.ts';
import { MemorySink, TerminalLogger } from '../src/core/logger.ts';
import { Secrets } from '../src/core/secrets.ts';
import { createKubeClient, pickCluster, tokenEnvFor } from '../src/kube/index.ts';
import { KubeDouble, REFS } from '../src/standins/kube/index.ts';
import { deployment, digestOf, imageStream, statefulSet } from '../src/standins/kube/fixtures.ts';
import { makePki } from '../src/standins/kube/tls.ts';

const double = new KubeDouble();
const ns = 'packit--prod';
beforeAll(async () => {
  await double.start();
});
afterAll(async () => {
  await double.stop();
});

function config(extra = '', caFile = double.caFile): ReturnType<typeof parseConfig> {
  return parseConfig(
    `deployment: prod
components:
  - { name: packit-service, repo: packit/packit-service }
clusters:
  prod: { server: ${double.url}, namespace: ${ns}, caFile: ${caFile} }
${extra}`,
    '/tmp/service-guru.yml',
  );
}

const sink = new MemorySink();
const deps = { logger: new TerminalLogger(new Secrets(), sink), clock: { now: () => Date.now(), sleep: () => Promise.resolve() }, policy: { attempts: 3 } };
const env = () => ({ OPENSHIFT_TOKEN_PROD: double.token });

beforeEach(() => {
  sink.lines.length = 0;
});

describe('cluster selection', () => {
  test('token variable names', () => {
    expect(tokenEnvFor('prod')).toBe('OPENSHIFT_TOKEN_PROD');
    expect(tokenEnvFor('prod-sandbox')).toBe('OPENSHIFT_TOKEN_PROD_SANDBOX');
  });
  test('default: the cluster named like deployment, else the only one, else a usage error listing them', () => {
    const two = config(`  stg: { server: https://stg.example:6443, namespace: packit--stg }`);
    expect(pickCluster(two, undefined)).toBe('prod');
    expect(pickCluster(two, 'stg')).toBe('stg');
    expect(() => pickCluster(two, 'qa')).toThrow(/unknown cluster "qa"; configured: prod, stg/);
    const other = parseConfig(`deployment: weekly\ncomponents: [{ name: a, repo: o/a }]\nclusters:\n  a: { server: https://a.example, namespace: x }\n  b: { server: https://b.example, namespace: y }\n`, '/tmp/x.yml');
    expect(() => pickCluster(other, undefined)).toThrow(/--cluster is needed: 2 clusters are configured \(a, b\)/);
  });
  test('a missing token is a usage error naming the variable, before any request', () => {
    const before = double.requests.length;
    expect(() => createKubeClient(config(), undefined, {}, deps)).toThrow(/OPENSHIFT_TOKEN_PROD is not set/);
    expect(double.requests.length).toBe(before);
  });
});

describe('client over HTTPS', () => {
  test('lists pods, workloads and streams, and imports', async () => {
    double.registry.set('quay.io/packit/packit-worker:prod', digestOf('new'));
    imageStream(double, { namespace: ns, name: 'packit-worker', tag: 'prod', from: 'quay.io/packit/packit-worker:prod', history: [digestOf('cur'), digestOf('old')] });
    statefulSet(double, { namespace: ns, name: 'packit-worker', replicas: 2, stream: 'packit-worker:prod' });
    deployment(double, { namespace: ns, name: 'postgres', replicas: 1, image: 'quay.io/sclorg/postgresql-15-c9s:latest' });
    await double.settle();
    const kube = createKubeClient(config(), undefined, env(), deps);
    const pods = await kube.pods.list({ labelSelector: 'component=packit-worker' });
    expect(pods.items.map((p) => p.name).sort()).toEqual(['packit-worker-0', 'packit-worker-1']);
    expect(pods.items.every((p) => p.ready && p.containers[0]!.image === `quay.io/packit/packit-worker@${digestOf('cur')}`)).toBe(true);
    const workloads = await kube.workloads.list();
    expect(workloads.find((w) => w.name === 'packit-worker')).toMatchObject({ kind: 'StatefulSet', replicas: 2, selector: 'component=packit-worker', triggers: [{ stream: 'packit-worker', tag: 'prod', containers: ['packit-worker'] }] });
    expect(workloads.find((w) => w.name === 'postgres')!.triggers).toEqual([]);
    const stream = await kube.imageStreams.get('packit-worker');
    expect(stream!.tags[0]).toMatchObject({ name: 'prod', scheduled: true, from: 'quay.io/packit/packit-worker:prod', history: [{ digest: digestOf('cur') }, { digest: digestOf('old') }] });
    expect(await kube.imageStreams.get('nope')).toBeUndefined();
    const dry = await kube.imageStreams.importTag({ stream: 'packit-worker', tag: 'prod', from: 'quay.io/packit/packit-worker:prod', persist: false, scheduled: true, referencePolicy: 'Source' });
    expect(dry).toEqual({ ok: true, digest: digestOf('new'), reference: `quay.io/packit/packit-worker@${digestOf('new')}` });
    expect((await kube.imageStreams.get('packit-worker'))!.tags[0]!.history[0]!.digest).toBe(digestOf('cur'));
    const missing = await kube.imageStreams.importTag({ stream: 'packit-worker', tag: 'prod', from: 'quay.io/packit/nothing:prod', persist: false, scheduled: true, referencePolicy: 'Source' });
    expect(missing).toMatchObject({ ok: false, message: expect.stringMatching(/manifest unknown/) });
    kube.close();
  });

  test('5xx and a dropped connection are retried', async () => {
    double.failNext({ path: /\/pods/, status: 503, times: 1 });
    double.failNext({ path: /\/pods/, drop: true, times: 1 });
    const kube = createKubeClient(config(), undefined, env(), deps);
    await expect(kube.pods.list()).resolves.toBeDefined();
    expect(sink.text()).toMatch(/cluster prod: HTTP 503/);
    kube.close();
  });

  test('401 names the token variable; 403 names the verb and resource', async () => {
    const wrong = createKubeClient(config(), undefined, { OPENSHIFT_TOKEN_PROD: 'sha256~expired' }, deps);
    await expect(wrong.pods.list()).rejects.toThrow(/refused the token in OPENSHIFT_TOKEN_PROD \(401 Unauthorized\): it has expired or is not valid/);
    wrong.close();
    double.forbid('delete', 'pods');
    const kube = createKubeClient(config(), undefined, env(), deps);
    await expect(kube.pods.delete('packit-worker-0', { gracePeriodSeconds: 0 })).rejects.toThrow(/may not delete pods in namespace packit--prod: pods "packit-worker-0" is forbidden/);
    double.allow('delete', 'pods');
    kube.close();
  });

  test('a server signed by another CA fails with a message about caFile', async () => {
    const other = makePki();
    try {
      const kube = createKubeClient(config('', other.caFile), undefined, env(), deps);
      const error = (await kube.pods.list().catch((e: unknown) => e)) as Error & { hint?: string };
      expect(error.message).toMatch(/TLS certificate not accepted/);
      expect(error.hint).toMatch(/clusters\.prod\.caFile/);
      kube.close();
    } finally {
      other.remove();
    }
  });

  test('watch streams changes and ends when the connection drops', async () => {
    const kube = createKubeClient(config(), undefined, env(), deps);
    const { resourceVersion } = await kube.pods.list();
    const seen: string[] = [];
    const controller = new AbortController();
    const watching = kube.pods.watch({ resourceVersion, labelSelector: 'component=packit-worker' }, (type, pod) => seen.push(`${type} ${pod.name}`), controller.signal);
    await new Promise((r) => setTimeout(r, 50));
    await kube.pods.delete('packit-worker-1');
    await double.settle();
    double.dropWatches();
    await watching;
    expect(seen[0]).toBe('MODIFIED packit-worker-1');
    expect(seen).toContain('DELETED packit-worker-1');
    expect(double.get(REFS.pods, ns, 'packit-worker-1')?.metadata.deletionTimestamp).toBeUndefined();
    kube.close();
  });
});
