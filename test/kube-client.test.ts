import { afterAll, beforeAll, beforeEach, describe, expect, test } from '@jest/globals';
import { parseConfig } from '../src/config/load.ts';
import { MemorySink, TerminalLogger } from '../src/core/logger.ts';
import { Secrets } from '../src/core/secrets.ts';
import { KubeUnreachable, createKubeClient, pickCluster, tokenEnvFor } from '../src/kube/index.ts';
import { KubeDouble, REFS } from '../src/standins/kube/index.ts';
import { deployment, digestOf, imageStream, statefulSet } from '../src/standins/kube/fixtures.ts';
import { makePki } from '../src/standins/kube/tls.ts';
import { readFileSync } from 'node:fs';
import { request } from 'node:https';
import { createServer } from 'node:net';
import { TestClock } from './helpers/clock.ts';

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
const deps = {
  logger: new TerminalLogger(new Secrets(), sink),
  clock: new TestClock(),
  policy: { attempts: 3 },
  onSecret: () => undefined,
};
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
    const other = parseConfig(
      `deployment: weekly\ncomponents: [{ name: a, repo: o/a }]\nclusters:\n` +
        `  a: { server: https://a.example, namespace: x }\n  b: { server: https://b.example, namespace: y }\n`,
      '/tmp/x.yml',
    );
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
    imageStream(double, {
      namespace: ns,
      name: 'packit-worker',
      tag: 'prod',
      from: 'quay.io/packit/packit-worker:prod',
      history: [digestOf('cur'), digestOf('old')],
    });
    statefulSet(double, { namespace: ns, name: 'packit-worker', replicas: 2, stream: 'packit-worker:prod' });
    deployment(double, { namespace: ns, name: 'postgres', replicas: 1, image: 'quay.io/sclorg/postgresql-15-c9s:latest' });
    await double.settle();
    const kube = createKubeClient(config(), undefined, env(), deps);
    const pods = await kube.pods.list({ labelSelector: 'component=packit-worker' });
    expect(pods.items.map((p) => p.name).sort()).toEqual(['packit-worker-0', 'packit-worker-1']);
    expect(pods.items.every((p) => p.ready && p.containers[0]!.image === `quay.io/packit/packit-worker@${digestOf('cur')}`)).toBe(true);
    const workloads = await kube.workloads.list();
    expect(workloads.find((w) => w.name === 'packit-worker')).toMatchObject({
      kind: 'StatefulSet',
      replicas: 2,
      selector: 'component=packit-worker',
      triggers: [{ stream: 'packit-worker', tag: 'prod', containers: ['packit-worker'] }],
    });
    expect(workloads.find((w) => w.name === 'postgres')!.triggers).toEqual([]);
    const stream = await kube.imageStreams.get('packit-worker');
    expect(stream!.tags[0]).toMatchObject({
      name: 'prod',
      scheduled: true,
      from: 'quay.io/packit/packit-worker:prod',
      history: [{ digest: digestOf('cur') }, { digest: digestOf('old') }],
    });
    expect(await kube.imageStreams.get('nope')).toBeUndefined();
    const dry = await kube.imageStreams.importTag({
      stream: 'packit-worker',
      tag: 'prod',
      from: 'quay.io/packit/packit-worker:prod',
      persist: false,
      scheduled: true,
      referencePolicy: 'Source',
    });
    expect(dry).toEqual({ ok: true, digest: digestOf('new'), reference: `quay.io/packit/packit-worker@${digestOf('new')}` });
    expect((await kube.imageStreams.get('packit-worker'))!.tags[0]!.history[0]!.digest).toBe(digestOf('cur'));
    const missing = await kube.imageStreams.importTag({
      stream: 'packit-worker',
      tag: 'prod',
      from: 'quay.io/packit/nothing:prod',
      persist: false,
      scheduled: true,
      referencePolicy: 'Source',
    });
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
    await expect(wrong.pods.list()).rejects.toThrow(
      /refused the token in OPENSHIFT_TOKEN_PROD \(401 Unauthorized\): it has expired or is not valid/,
    );
    wrong.close();
    double.forbid('delete', 'pods');
    const kube = createKubeClient(config(), undefined, env(), deps);
    await expect(kube.pods.delete('packit-worker-0', { uid: 'any', gracePeriodSeconds: 0 })).rejects.toThrow(
      /may not delete pods in namespace packit--prod: pods "packit-worker-0" is forbidden/,
    );
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
    const watching = kube.pods.watch(
      { resourceVersion, labelSelector: 'component=packit-worker' },
      (type, pod) => seen.push(`${type} ${pod.name}`),
      controller.signal,
    );
    await new Promise((r) => setTimeout(r, 50));
    await kube.pods.delete('packit-worker-1', { uid: double.get(REFS.pods, ns, 'packit-worker-1')!.metadata.uid! });
    await double.settle();
    double.dropWatches();
    await watching;
    expect(seen[0]).toBe('MODIFIED packit-worker-1');
    expect(seen).toContain('DELETED packit-worker-1');
    expect(double.get(REFS.pods, ns, 'packit-worker-1')?.metadata.deletionTimestamp).toBeUndefined();
    kube.close();
  });
});

/** A raw request to the double, trusting its CA. */
function raw(
  method: string,
  path: string,
  body?: unknown,
  contentType = 'application/json',
): Promise<{ status: number; body: any; text: string }> {
  return new Promise((resolve, reject) => {
    const payload = body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body);
    const headers = {
      authorization: `Bearer ${double.token}`,
      'content-type': contentType,
      ...(payload !== undefined ? { 'content-length': String(Buffer.byteLength(payload)) } : {}),
    };
    const r = request(double.url + path, { method, ca: readFileSync(double.caFile), headers }, (res) => {
      let text = '';
      res.on('data', (c) => (text += c));
      res.on('end', () => {
        let parsed: unknown;
        try {
          parsed = JSON.parse(text);
        } catch {
          parsed = undefined;
        }
        resolve({ status: res.statusCode ?? 0, body: parsed, text });
      });
    });
    r.on('error', reject);
    if (payload !== undefined) r.write(payload);
    r.end();
  });
}

describe('the cluster double', () => {
  const base = `/api/v1/namespaces/double-test/configmaps`;
  test('create, get, list with selectors, replace with a stale resourceVersion, merge and json patches, delete', async () => {
    expect((await raw('POST', base, { metadata: { name: 'a', labels: { app: 'x', tier: 'web' } }, data: { k: '1' } })).status).toBe(201);
    expect((await raw('POST', base, { metadata: { name: 'b', labels: { app: 'y' } }, data: {} })).status).toBe(201);
    expect((await raw('POST', base, { metadata: { name: 'a' } })).body).toMatchObject({
      kind: 'Status',
      code: 409,
      reason: 'AlreadyExists',
    });
    const a = (await raw('GET', `${base}/a`)).body;
    expect(a).toMatchObject({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'a', namespace: 'double-test', generation: 1 } });
    const names = async (q: string) =>
      (await raw('GET', `${base}?${q}`)).body.items.map((i: { metadata: { name: string } }) => i.metadata.name);
    expect(await names('labelSelector=app%3Dx')).toEqual(['a']);
    expect(await names('labelSelector=app%20in%20(x%2Cy)')).toEqual(['a', 'b']);
    expect(await names('labelSelector=!tier')).toEqual(['b']);
    expect(await names('fieldSelector=metadata.name%3Db')).toEqual(['b']);
    expect((await raw('PUT', `${base}/a`, { ...a, metadata: { ...a.metadata, resourceVersion: '1' } })).status).toBe(409);
    const merged = await raw('PATCH', `${base}/a`, { data: { k: null, m: '2' } }, 'application/merge-patch+json');
    expect(merged.body.data).toEqual({ m: '2' });
    const strategic = await raw('PATCH', `${base}/a`, { metadata: { labels: { tier: null } } }, 'application/strategic-merge-patch+json');
    expect(strategic.body.metadata.labels).toEqual({ app: 'x' });
    const jsonPatched = await raw(
      'PATCH',
      `${base}/a`,
      [
        { op: 'add', path: '/data/n', value: '3' },
        { op: 'remove', path: '/data/m' },
      ],
      'application/json-patch+json',
    );
    expect(jsonPatched.body.data).toEqual({ n: '3' });
    expect((await raw('DELETE', `${base}/b`)).status).toBe(200);
    expect((await raw('GET', `${base}/b`)).body).toMatchObject({ code: 404, reason: 'NotFound' });
  });

  test('pods: a graceful delete leaves the pod Terminating; grace 0 removes it; logs; 403 by verb', async () => {
    const pods = `/api/v1/namespaces/double-test/pods`;
    await raw('POST', pods, { metadata: { name: 'p' }, spec: { containers: [{ name: 'c', image: 'quay.io/x/y:1' }] } });
    double.stuckTerminating.add('double-test/p');
    const deleted = await raw('DELETE', `${pods}/p`);
    expect(deleted.body.metadata.deletionTimestamp).toBeDefined();
    expect(deleted.body.metadata.deletionGracePeriodSeconds).toBe(30);
    await double.settle();
    expect((await raw('GET', `${pods}/p`)).status).toBe(200);
    double.logs.set('double-test/p', 'hello\n');
    expect((await raw('GET', `${pods}/p/log`)).text).toBe('hello\n');
    double.forbid('delete', 'pods');
    expect((await raw('DELETE', `${pods}/p?gracePeriodSeconds=0`)).body).toMatchObject({
      code: 403,
      message: expect.stringMatching(/cannot delete resource "pods" in API group "" in the namespace "double-test"/),
    });
    double.allow('delete', 'pods');
    expect((await raw('DELETE', `${pods}/p`, { gracePeriodSeconds: 0 })).status).toBe(200);
    expect((await raw('GET', `${pods}/p`)).status).toBe(404);
    double.stuckTerminating.clear();
  });

  test('a watch replays from a resourceVersion', async () => {
    const rv = (await raw('GET', base)).body.metadata.resourceVersion;
    await raw('POST', base, { metadata: { name: 'c' } });
    await raw('DELETE', `${base}/c`);
    const text = await new Promise<string>((resolve) => {
      let got = '';
      const r = request(
        `${double.url}${base}?watch=true&resourceVersion=${rv}&timeoutSeconds=1`,
        { ca: readFileSync(double.caFile), headers: { authorization: `Bearer ${double.token}` } },
        (res) => {
          res.on('data', (c) => (got += c));
          res.on('end', () => resolve(got));
        },
      );
      r.end();
    });
    expect(
      text
        .trim()
        .split('\n')
        .map((l) => {
          const e = JSON.parse(l);
          return `${e.type} ${e.object.metadata.name}`;
        }),
    ).toEqual(['ADDED c', 'DELETED c']);
  });
});

describe('a cluster that cannot be reached', () => {
  function at(server: string): ReturnType<typeof parseConfig> {
    return parseConfig(
      `deployment: prod
components:
  - { name: packit-service, repo: packit/packit-service }
clusters:
  prod: { server: ${server}, namespace: ${ns}, caFile: ${double.caFile} }
`,
      '/tmp/service-guru.yml',
    );
  }

  test('a server name that does not resolve: the error names the cluster and its server, the hint the field and the network', async () => {
    const kube = createKubeClient(at('https://api.example.invalid:6443'), undefined, env(), deps);
    const error = (await kube.pods.list().catch((e: unknown) => e)) as Error & { hint?: string };
    kube.close();
    // ENOTFOUND fails at once; a resolver that answers EAI_AGAIN makes it an outage, retried: both name the cluster.
    expect(error.message).toMatch(/cluster "?prod"?/);
    expect(error.message).toContain('https://api.example.invalid:6443');
    expect(error.message).toMatch(/ENOTFOUND|EAI_AGAIN/);
    expect(error.hint).toContain('check clusters.prod.server in the configuration (now https://api.example.invalid:6443)');
    expect(error.hint).toContain('network');
  });

  test('a refused connection, after the attempts: the server and the field to check', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as { port: number }).port;
    await new Promise((resolve) => closed.close(resolve));
    const kube = createKubeClient(at(`https://127.0.0.1:${port}`), undefined, env(), deps);
    const error = (await kube.pods.list().catch((e: unknown) => e)) as Error & { hint?: string };
    kube.close();
    expect(error).toBeInstanceOf(KubeUnreachable);
    expect(error.message).toMatch(
      new RegExp(`did not answer list pods after 3 attempts: .*ECONNREFUSED.*\\(server https://127\\.0\\.0\\.1:${port}\\)`),
    );
    expect(error.hint).toContain(`check clusters.prod.server in the configuration (now https://127.0.0.1:${port})`);
  });
});
