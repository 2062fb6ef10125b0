import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseConfig } from '../src/config/load.ts';
import { MemorySink, TerminalLogger } from '../src/core/logger.ts';
import { Secrets } from '../src/core/secrets.ts';
import { createKubeClient, type PodView } from '../src/kube/index.ts';
import { isSecretEnv } from '../src/stages/stage.ts';
import { remediate } from '../src/stages/shared/cluster/remediate.ts';
import type { RolloutOutcome } from '../src/stages/shared/cluster/rollout.ts';
import { KubeDouble, REFS } from '../src/standins/kube/index.ts';
import { statefulSet } from '../src/standins/kube/fixtures.ts';
import { tempDir } from './helpers/cli.ts';

const double = new KubeDouble();
const ns = 'orders';
beforeAll(async () => {
  await double.start();
  statefulSet(double, {
    namespace: ns,
    name: 'orders-scheduler',
    replicas: 2,
    image: 'ghcr.io/acme/orders-scheduler:stable',
    container: 'worker',
  });
  await double.settle();
});
afterAll(async () => {
  await double.stop();
});

const secrets = new Secrets();
const sink = new MemorySink();
const deps = {
  logger: new TerminalLogger(secrets, sink),
  clock: { now: () => Date.now(), sleep: () => Promise.resolve() },
  policy: { attempts: 2 },
  onSecret: (v: string) => secrets.add(v),
};

function config(cluster = `{ server: ${double.url}, namespace: ${ns}, caFile: ${double.caFile} }`) {
  return parseConfig(
    `deployment: prod\ncomponents: [{ name: orders-api, repo: acme/orders-api }]\nclusters:\n  prod: ${cluster}\n`,
    '/tmp/sg.yml',
  );
}

function kubeconfig(options: { server?: string; skipTls?: boolean; token?: string } = {}): string {
  const dir = tempDir('sg-kubeconfig-');
  const file = path.join(dir, 'config');
  writeFileSync(
    file,
    `apiVersion: v1
kind: Config
clusters:
  - name: prod
    cluster:
      server: ${options.server ?? double.url}
      ${options.skipTls ? 'insecure-skip-tls-verify: true' : `certificate-authority: ${double.caFile}`}
users:
  - name: deployer
    user: { token: ${options.token ?? double.token} }
contexts:
  - name: prod-deployer
    context: { cluster: prod, user: deployer, namespace: ${ns} }
current-context: prod-deployer
`,
  );
  return file;
}

describe('cluster credentials', () => {
  test('KUBE_TOKEN_<NAME> is accepted beside OPENSHIFT_TOKEN_<NAME>, and is a secret', async () => {
    const kube = createKubeClient(config(), undefined, { KUBE_TOKEN_PROD: double.token }, deps);
    expect(kube.target.tokenEnv).toBe('KUBE_TOKEN_PROD');
    expect((await kube.pods.list()).items.length).toBe(2);
    kube.close();
    expect(isSecretEnv('KUBE_TOKEN_PROD')).toBe(true);
    expect(() => createKubeClient(config(), undefined, {}, deps)).toThrow(
      /OPENSHIFT_TOKEN_PROD is not set \(nor KUBE_TOKEN_PROD, nor clusters\.prod\.context\)/,
    );
  });

  test('a kubeconfig context from KUBECONFIG: its user and CA, read by the library loader; the token is masked', async () => {
    const file = kubeconfig();
    const kube = createKubeClient(
      config(`{ server: ${double.url}, namespace: ${ns}, context: prod-deployer }`),
      undefined,
      { KUBECONFIG: file },
      deps,
    );
    expect((await kube.pods.list()).items.map((p) => p.name).sort()).toEqual(['orders-scheduler-0', 'orders-scheduler-1']);
    kube.close();
    expect(secrets.redact(`token ${double.token}`)).toBe('token ***');
  });

  test('a context that skips TLS verification, points elsewhere or is missing is refused, naming the field', async () => {
    const cluster = `{ server: ${double.url}, namespace: ${ns}, context: prod-deployer }`;
    const refused = async (file: string, pattern: RegExp) => {
      const kube = createKubeClient(config(cluster), undefined, { KUBECONFIG: file }, deps);
      await expect(kube.pods.list()).rejects.toThrow(pattern);
      kube.close();
    };
    await refused(
      kubeconfig({ skipTls: true }),
      /clusters\.prod\.context: .*insecure-skip-tls-verify; TLS verification cannot be turned off/,
    );
    await refused(kubeconfig({ server: 'https://127.0.0.2:6443' }), /points at https:\/\/127\.0\.0\.2:6443, not at clusters\.prod\.server/);
    const other = createKubeClient(
      config(`{ server: ${double.url}, namespace: ${ns}, context: nope }`),
      undefined,
      { KUBECONFIG: kubeconfig() },
      deps,
    );
    await expect(other.pods.list()).rejects.toThrow(/no context "nope" in .*contexts there: prod-deployer/);
    other.close();
  });
});

describe('force-delete acts on the pod the API server has, by uid', () => {
  const outcome = (): RolloutOutcome => ({
    workloads: [],
    remediations: [],
    watch: { restarts: 0, polling: false, outages: 0 },
    waitedMs: 0,
  });
  const options = { timeoutMs: 600_000, stuckTerminatingAfterMs: 600_000, logger: deps.logger, clock: deps.clock };

  test('a stale view of a Terminating pod whose name a Ready pod reuses now: nothing deleted, no remediation', async () => {
    const kube = createKubeClient(config(), undefined, { KUBE_TOKEN_PROD: double.token }, deps);
    const live = double.get(REFS.pods, ns, 'orders-scheduler-1')!;
    const workload = (await kube.workloads.get('StatefulSet', 'orders-scheduler'))!;
    const fresh = (await kube.pods.get('orders-scheduler-1'))!;
    // What a stalled watch still shows: the pod's predecessor, Terminating for 20 minutes.
    const stale: PodView = { ...fresh, uid: 'uid-of-the-terminated-pod', ready: false, terminatingSince: Date.now() - 20 * 60_000 };
    const result = outcome();
    await remediate(
      {
        workload,
        containers: [
          {
            container: 'worker',
            target: {
              kind: 'workload',
              workload: { kind: 'StatefulSet', name: 'orders-scheduler' },
              containers: ['worker'],
              repository: 'ghcr.io/acme/orders-scheduler',
              image: 'ghcr.io/acme/orders-scheduler:stable',
            },
          },
        ],
      },
      kube,
      [stale],
      Date.now(),
      options,
      result,
      new Map(),
      new Set(),
    );
    expect(double.get(REFS.pods, ns, 'orders-scheduler-1')?.metadata.uid).toBe(live.metadata.uid);
    expect(double.get(REFS.pods, ns, 'orders-scheduler-1')?.metadata.deletionTimestamp).toBeUndefined();
    expect(result.remediations).toEqual([]);
    kube.close();
  });

  test('a delete whose uid precondition fails, or that finds no pod, is not a remediation', async () => {
    const kube = createKubeClient(config(), undefined, { KUBE_TOKEN_PROD: double.token }, deps);
    expect(await kube.pods.delete('orders-scheduler-0', { uid: 'another-uid', gracePeriodSeconds: 0 })).toBe('gone');
    expect(double.get(REFS.pods, ns, 'orders-scheduler-0')).toBeDefined();
    expect(await kube.pods.delete('no-such-pod', { uid: 'x', gracePeriodSeconds: 0 })).toBe('gone');
    const uid = double.get(REFS.pods, ns, 'orders-scheduler-0')!.metadata.uid!;
    expect(await kube.pods.delete('orders-scheduler-0', { uid, gracePeriodSeconds: 0 })).toBe('deleted');
    const body = JSON.parse(double.requests.filter((r) => r.method === 'DELETE').at(-1)!.body);
    expect(body).toEqual({ gracePeriodSeconds: 0, preconditions: { uid } });
    kube.close();
  });
});
