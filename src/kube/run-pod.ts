import { randomBytes } from 'node:crypto';
import type { V1Pod } from '@kubernetes/client-node/dist/gen/models/all.js';
import { formatDuration } from '../core/duration.ts';
import { StageError } from '../core/errors.ts';
import type { KubeConnection } from './connection.ts';
import { KubeNotFound } from './errors.ts';
import { podView, type PodView } from './pods.ts';

export interface PodRequest {
  /** Prefix of the pod name; a random suffix is added (the name is ours, so a lost create answer can still be cleaned up). */
  namePrefix: string;
  labels: Record<string, string>;
  image: string;
  /** The program and its arguments, run without a shell. */
  command: string[];
  args: string[];
  timeoutMs: number;
}

export interface PodRun {
  name: string;
  phase: 'Succeeded' | 'Failed';
  exitCode: number | null;
  log: string;
}

/** Polls the pod this often (the clock's time): a short-lived pod needs no watch. */
const POLL_MS = 2000;
const PROGRESS_MS = 30_000;

/**
 * Runs one short-lived pod to its end: create, wait until it has Succeeded or Failed, read its
 * log, and delete it whatever happened (also after a timeout or an error). A pod that does not
 * finish by the deadline fails naming its last state, e.g. ImagePullBackOff.
 */
export async function runPod(kube: KubeConnection, request: PodRequest): Promise<PodRun> {
  const name = `${request.namePrefix}${randomBytes(3).toString('hex')}`.slice(0, 63);
  const { logger, clock } = kube;
  const where = `pod ${name} in ${kube.target.name}/${kube.namespace}`;
  try {
    await kube.call(
      { verb: 'create', resource: 'pods', name },
      (sdk) => sdk.core.createNamespacedPod(kube.namespace, podSpec(name, request) as V1Pod),
      (sdk, r) => sdk.coreResponses.createNamespacedPodWithHttpInfo(r),
    );
    logger.info(`${kube.target.name}: started ${where} (${request.image})`);
    const started = clock.now();
    let lastProgress = started;
    for (;;) {
      const pod = await readPod(kube, name);
      if (!pod) throw new StageError(`${where} disappeared before it finished (deleted by someone else, or evicted)`);
      if (pod.phase === 'Succeeded' || pod.phase === 'Failed') {
        const log = await readLog(kube, name);
        return { name, phase: pod.phase, exitCode: pod.statuses[0]?.terminated?.exitCode ?? null, log };
      }
      const elapsed = clock.now() - started;
      if (elapsed >= request.timeoutMs) {
        throw new StageError(
          `${where} did not finish within ${formatDuration(request.timeoutMs)}: ${stateOf(pod)}`,
          'check that the image can be pulled from the cluster (--image) and that the namespace has room for one more pod',
        );
      }
      if (clock.now() - lastProgress >= PROGRESS_MS) {
        lastProgress = clock.now();
        logger.info(
          `${kube.target.name}: ${where} is ${stateOf(pod)}; ${formatDuration(elapsed)}` +
            ` elapsed, ${formatDuration(request.timeoutMs - elapsed)} left`,
        );
      }
      await clock.sleep(Math.min(POLL_MS, request.timeoutMs - elapsed));
    }
  } finally {
    await deletePod(kube, name);
  }
}

/**
 * The dry run of runPod: the same pod sent with `dryRun=All`, so the API server checks it
 * (permission to create pods, admission such as pod security and quotas) and stores nothing —
 * no container runs, nothing is left to delete. Returns the name it would have had.
 */
export async function planPod(kube: KubeConnection, request: PodRequest): Promise<{ name: string }> {
  const name = `${request.namePrefix}${randomBytes(3).toString('hex')}`.slice(0, 63);
  await kube.call(
    { verb: 'create', resource: 'pods', name },
    (sdk) => sdk.core.createNamespacedPod(kube.namespace, podSpec(name, request) as V1Pod, undefined, 'All'),
    (sdk, r) => sdk.coreResponses.createNamespacedPodWithHttpInfo(r),
  );
  return { name };
}

function podSpec(name: string, request: PodRequest): Record<string, unknown> {
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name, labels: request.labels },
    spec: {
      restartPolicy: 'Never',
      // The cluster stops it even if this process dies before deleting it.
      activeDeadlineSeconds: Math.ceil(request.timeoutMs / 1000) + 60,
      automountServiceAccountToken: false,
      enableServiceLinks: false,
      terminationGracePeriodSeconds: 1,
      securityContext: { runAsNonRoot: true, seccompProfile: { type: 'RuntimeDefault' } },
      containers: [
        {
          name: 'main',
          image: request.image,
          command: request.command,
          args: request.args,
          resources: { requests: { cpu: '10m', memory: '16Mi' }, limits: { cpu: '100m', memory: '64Mi' } },
          securityContext: { allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'] }, runAsNonRoot: true },
        },
      ],
    },
  };
}

async function readPod(kube: KubeConnection, name: string): Promise<PodView | undefined> {
  const list = await kube.call(
    { verb: 'list', resource: 'pods' },
    (sdk) => sdk.core.listNamespacedPod(kube.namespace, undefined, undefined, undefined, `metadata.name=${name}`),
    (sdk, r) => sdk.coreResponses.listNamespacedPodWithHttpInfo(r),
  );
  const pod = list.items.find((p) => p.metadata?.name === name);
  return pod ? podView(pod) : undefined;
}

async function readLog(kube: KubeConnection, name: string): Promise<string> {
  const answer = await kube.raw(
    { verb: 'get', resource: 'pods/log', name },
    {
      method: 'GET',
      path:
        `/api/v1/namespaces/${encodeURIComponent(kube.namespace)}/pods/` +
        `${encodeURIComponent(name)}/log?container=main&limitBytes=1048576`,
    },
  );
  return answer.body.toString('utf8');
}

async function deletePod(kube: KubeConnection, name: string): Promise<void> {
  try {
    await kube.call(
      { verb: 'delete', resource: 'pods', name },
      (sdk) => sdk.core.deleteNamespacedPod(name, kube.namespace, undefined, undefined, 0),
      (sdk, r) => sdk.coreResponses.deleteNamespacedPodWithHttpInfo(r),
    );
    kube.logger.info(`${kube.target.name}: deleted pod ${name}`);
  } catch (error) {
    if (error instanceof KubeNotFound) return;
    kube.logger.warning(
      `${kube.target.name}: could not delete pod ${name}: ${error instanceof Error ? error.message : String(error)}` +
        `; delete it with: oc delete pod ${name} -n ${kube.namespace}`,
    );
  }
}

function stateOf(pod: PodView): string {
  const waiting = pod.statuses.find((s) => s.waiting)?.waiting;
  return waiting ? `${pod.phase} (${waiting.reason}${waiting.message ? `: ${waiting.message}` : ''})` : pod.phase;
}
