import { formatDuration } from '../../../core/duration.ts';
import { StageError, errorMessage } from '../../../core/errors.ts';
import type { Logger } from '../../../core/logger.ts';
import type { Clock } from '../../../core/clock.ts';
import {
  KubeGone,
  KubeUnreachable,
  type ImportOutcome,
  type KubeClient,
  type NamedWorkloadKind,
  type PodView,
  type WorkloadView,
} from '../../../kube/index.ts';
import { remediate } from './remediate.ts';

/** A stream tag whose new image the workloads it drives must roll to. */
export interface StreamRolloutTarget {
  kind: 'stream';
  stream: string;
  tag: string;
  digest: string;
  /** Imports the stream again (ImagePullBackOff remediation): the same `from` as the first import. */
  reimport(): Promise<ImportOutcome>;
}

/** Containers of a named workload that were set to `repository@digest`. */
export interface WorkloadRolloutTarget {
  kind: 'workload';
  workload: { kind: NamedWorkloadKind; name: string };
  containers: string[];
  /** The image repository, e.g. ghcr.io/acme/orders-api: named in the rollout table. */
  repository: string;
  /** The exact image the containers must run: repository@digest (a rollback: whatever they ran before). */
  image: string;
}

export type RolloutTarget = StreamRolloutTarget | WorkloadRolloutTarget;

/** How a target is named in tables and counters: stream:tag, or the image repository. */
export const labelOf = (t: RolloutTarget): string => (t.kind === 'stream' ? key(t.stream, t.tag) : t.repository);

export interface WorkloadRollout {
  kind: string;
  name: string;
  streams: string[];
  desired: number;
  updated: number;
  ready: number;
  /** Pods still on another image, or Terminating. */
  old: number;
  done: boolean;
  waiting?: string;
}

export interface Remediation {
  action: 'force-delete' | 're-import' | 'recreate';
  workload: string;
  pod: string;
  stream?: string;
  reason: string;
  at: string;
}

export interface RolloutOutcome {
  workloads: WorkloadRollout[];
  remediations: Remediation[];
  /** restarts: watches resumed; polling: no watch allowed; outages: rounds in which the cluster did not answer. */
  watch: { restarts: number; polling: boolean; outages: number };
  waitedMs: number;
  error?: { message: string; hint?: string };
}

export interface RolloutOptions {
  timeoutMs: number;
  stuckTerminatingAfterMs: number;
  logger: Logger;
  clock: Clock;
}

const TICK_MS = 5_000;
const RELIST_MS = 60_000;
const HEARTBEAT_MS = 60_000;
/** Longest quiet on the pod watch before it is dropped and the pods listed again. */
const WATCH_IDLE_MS = 60_000;

export const key = (stream: string, tag: string) => `${stream}:${tag}`;
export const labelsMatch = (pod: PodView, selector: string) =>
  !!selector &&
  selector.split(',').every((term) => {
    const [k, v] = term.split('=');
    return pod.labels[k!] === v;
  });

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A pod belongs to a workload when the workload's selector matches it AND its controller is that
 * workload (a StatefulSet directly, a Deployment through a ReplicaSet `<name>-<hash>`, a
 * DeploymentConfig through a ReplicationController `<name>-<n>`): a database pod that happens to
 * share a label is never counted, let alone force-deleted.
 */
export function ownedBy(pod: PodView, w: WorkloadView): boolean {
  if (!labelsMatch(pod, w.selector)) return false;
  if (w.kind === 'StatefulSet') return pod.ownerKind === 'StatefulSet' && pod.ownerName === w.name;
  if (w.kind === 'DaemonSet') return pod.ownerKind === 'DaemonSet' && pod.ownerName === w.name;
  if (w.kind === 'Deployment')
    return pod.ownerKind === 'ReplicaSet' && new RegExp(`^${escape(w.name)}-[a-z0-9]+$`).test(pod.ownerName ?? '');
  return pod.ownerKind === 'ReplicationController' && new RegExp(`^${escape(w.name)}-\\d+$`).test(pod.ownerName ?? '');
}

export interface Driven {
  workload: WorkloadView;
  /** container name (or '*') → target */
  containers: Array<{ container: string; target: RolloutTarget }>;
}

/**
 * Watches the rollout of every workload the targets' streams drive until each replica runs the
 * new image, is Ready and no old pod is left (or the deadline), fixing the two known hangs on the
 * way: a pod stuck Terminating (deleted with grace 0) and a new pod that cannot pull (the stream
 * imported again, at most three times). Pods are followed through a watch, resumed when it drops,
 * with polling as the fallback; workloads no target drives are never touched.
 */
export async function watchRollout(kube: KubeClient, targets: RolloutTarget[], options: RolloutOptions): Promise<RolloutOutcome> {
  const { logger, clock } = options;
  const started = clock.now();
  const outcome: RolloutOutcome = { workloads: [], remediations: [], watch: { restarts: 0, polling: false, outages: 0 }, waitedMs: 0 };
  const found = await drivenBy(kube, targets);
  if (typeof found === 'string') {
    outcome.error = { message: found, hint: 'check images[].workloads in the configuration (kubectl get deploy,sts,ds)' };
    return outcome;
  }
  const driven = found;
  if (!driven.length) {
    logger.info(
      `no Deployment, StatefulSet or DeploymentConfig takes its image from ` + `${targets.map(labelOf).join(', ')}: no rollout to watch`,
    );
    return outcome;
  }
  logger.info(
    `watching the rollout of ${driven.map((d) => `${d.workload.kind}/${d.workload.name}`).join(', ')}` +
      ` (deadline ${formatDuration(options.timeoutMs)})`,
  );

  const pods = new Map<string, PodView>();
  let resourceVersion = '';
  let listedAt = 0;
  const relist = async (resume = true) => {
    const listed = await kube.pods.list();
    pods.clear();
    for (const p of listed.items) pods.set(p.name, p);
    // A running watch keeps its own place; only a fresh start resumes from the list.
    if (resume) resourceVersion = listed.resourceVersion;
    listedAt = clock.now();
  };
  try {
    await relist();
  } catch (error) {
    // An outage right as the watch begins is waited out like one later on: the loop lists again.
    if (!(error instanceof KubeUnreachable)) throw error;
    outcome.watch.outages++;
    logger.warning(`${error.message}; still watching the rollout until the deadline`);
  }

  let wake: () => void = () => undefined;
  const stop = new AbortController();
  // A watch can stall without closing (a proxy keeps the socket, the server sends nothing): after
  // this long without an event it is dropped and the pods listed afresh, well before a pod could
  // be judged stuck on a stale view.
  const idleMs = Math.min(WATCH_IDLE_MS, Math.max(1000, Math.floor(options.stuckTerminatingAfterMs / 2)));
  let connection: AbortController | undefined;
  let lastEventAt = clock.now();
  let idled = false;
  const watching = (async () => {
    while (!stop.signal.aborted && !outcome.watch.polling) {
      connection = new AbortController();
      const ended = AbortSignal.any([stop.signal, connection.signal]);
      lastEventAt = clock.now();
      try {
        await kube.pods.watch(
          { resourceVersion },
          (type, pod) => {
            lastEventAt = clock.now();
            if (pod.resourceVersion) resourceVersion = pod.resourceVersion;
            if (type === 'BOOKMARK') return;
            if (type === 'DELETED') pods.delete(pod.name);
            else pods.set(pod.name, pod);
            wake();
          },
          ended,
        );
        if (stop.signal.aborted) return;
        if (idled) {
          idled = false;
          logger.info(`the pod watch sent nothing for ${formatDuration(idleMs)}; listing the pods again and watching anew`);
          await relist().catch(() => undefined);
          wake();
          continue;
        }
        outcome.watch.restarts++;
        logger.info(`the pod watch ended; resuming from resourceVersion ${resourceVersion}`);
      } catch (error) {
        if (stop.signal.aborted) return;
        if (error instanceof KubeGone) {
          logger.info(`the pod watch's resourceVersion ${resourceVersion} expired (410 Gone); listing the pods again`);
          await relist().catch(() => undefined);
          continue;
        }
        outcome.watch.polling = true;
        logger.warning(`watching pods failed (${errorMessage(error)}); polling every ${TICK_MS / 1000}s instead`);
        return;
      }
      await clock.sleep(1000, stop.signal).catch(() => undefined);
    }
  })();
  const dropIfIdle = () => {
    if (outcome.watch.polling || !connection || connection.signal.aborted || clock.now() - lastEventAt < idleMs) return;
    idled = true;
    connection.abort();
  };

  const reimports = new Map<string, { count: number; lastAt: number; registry?: string }>();
  const forced = new Set<string>();
  let lastOutage: string | undefined;
  const lastLine = new Map<string, { state: string; at: number }>();
  try {
    for (;;) {
      const now = clock.now();
      try {
        // Polling mode lists every round; with a watch, a list now and then is the safety net.
        dropIfIdle();
        if (outcome.watch.polling || clock.now() - listedAt >= RELIST_MS) await relist(outcome.watch.polling);
        outcome.workloads = driven.map((d) => evaluate(d, [...pods.values()], now));
        for (const d of driven) await remediate(d, kube, [...pods.values()], now, options, outcome, reimports, forced);
      } catch (error) {
        // An API server restart outlasts one request's retries, not a 20-minute rollout: keep
        // trying until the deadline (which then names the outage).
        if (!(error instanceof KubeUnreachable)) throw error;
        outcome.watch.outages++;
        lastOutage = error.message;
        logger.warning(`${error.message}; still watching the rollout until the deadline`);
      }
      const elapsed = clock.now() - started;
      const left = Math.max(0, options.timeoutMs - elapsed);
      for (const w of outcome.workloads) {
        const line =
          `${w.kind}/${w.name}: ${w.updated}/${w.desired} updated, ${w.ready}/${w.desired} ready` +
          `${w.old ? `, ${w.old} old left` : ''}${w.done ? ' ✓' : w.waiting ? ` — ${w.waiting}` : ''}`;
        // A line at each change (growing durations do not count), and one a minute while nothing changes.
        const state = line.replace(/ for [\dhms]+/g, '');
        const last = lastLine.get(w.name);
        if (last?.state !== state || (!w.done && now - last.at >= HEARTBEAT_MS)) {
          logger.info(`${line} (elapsed ${formatDuration(elapsed)}, ${formatDuration(left)} left)`);
          lastLine.set(w.name, { state, at: now });
        }
      }
      if (outcome.workloads.every((w) => w.done)) {
        logger.info(`rollout done after ${formatDuration(elapsed)}`);
        break;
      }
      if (elapsed >= options.timeoutMs) {
        const pending = outcome.workloads.filter((w) => !w.done);
        outcome.error = {
          message:
            `rollout not finished after ${formatDuration(elapsed)}: ` +
            `${pending.map((w) => `${w.kind}/${w.name} ${w.ready}/${w.desired} ready${w.waiting ? ` (${w.waiting})` : ''}`).join('; ')}` +
            `${lastOutage ? `; the cluster did not answer at times (last: ${lastOutage})` : ''}`,
          hint: 'look at the pods (oc get pods, oc describe pod); run the stage again to keep watching, or rollback',
        };
        break;
      }
      const changed = new Promise<void>((resolve) => (wake = resolve));
      const pause = new AbortController();
      await Promise.race([changed, clock.sleep(Math.min(TICK_MS, left), pause.signal).catch(() => undefined)]);
      pause.abort();
    }
  } catch (error) {
    if (!(error instanceof StageError)) throw error;
    outcome.error = { message: error.message, ...(error.hint ? { hint: error.hint } : {}) };
  } finally {
    stop.abort();
    await watching;
    outcome.waitedMs = clock.now() - started;
  }
  return outcome;
}

/**
 * The workloads to watch: those whose image triggers point at a target stream, and those named by
 * a workload target (merged when both). A named workload that is not there is the error returned.
 */
async function drivenBy(kube: KubeClient, targets: RolloutTarget[]): Promise<Driven[] | string> {
  const streams = targets.filter((t): t is StreamRolloutTarget => t.kind === 'stream');
  const byKey = new Map(streams.map((t) => [key(t.stream, t.tag), t]));
  const driven = new Map<string, Driven>();
  if (streams.length) {
    for (const w of await kube.workloads.list()) {
      const containers = w.triggers
        .filter((t) => byKey.has(key(t.stream, t.tag)))
        .flatMap((t) =>
          (t.containers.length ? t.containers : ['*']).map((c) => ({ container: c, target: byKey.get(key(t.stream, t.tag))! })),
        );
      if (containers.length) driven.set(`${w.kind}/${w.name}`, { workload: w, containers });
    }
  }
  for (const t of targets) {
    if (t.kind !== 'workload') continue;
    const id = `${t.workload.kind}/${t.workload.name}`;
    let d = driven.get(id);
    if (!d) {
      const w = await kube.workloads.get(t.workload.kind, t.workload.name);
      if (!w) return `${id} is not in namespace ${kube.target.namespace}: its rollout cannot be watched`;
      driven.set(id, (d = { workload: w, containers: [] }));
    }
    d.containers.push(...t.containers.map((container) => ({ container, target: t })));
  }
  return [...driven.values()];
}

/** Does a container image match the target: a stream's digest (the trigger writes repo@digest), or a workload's exact image? */
const runsTarget = (image: string, target: RolloutTarget): boolean =>
  target.kind === 'stream' ? image.endsWith(`@${target.digest}`) : image === target.image;

export function isNew(pod: PodView, d: Driven): boolean {
  return d.containers.every(({ container, target }) =>
    pod.containers.filter((c) => container === '*' || c.name === container).every((c) => runsTarget(c.image, target)),
  );
}

function waitingOf(pod: PodView, now: number): string | undefined {
  if (pod.terminatingSince !== undefined) return `${pod.name} Terminating for ${formatDuration(Math.max(0, now - pod.terminatingSince))}`;
  const waiting = pod.statuses.find((s) => s.waiting)?.waiting;
  if (waiting) return `${pod.name} ${waiting.reason}${waiting.message ? `: ${waiting.message}` : ''}`;
  if (!pod.ready) return `${pod.name} ${pod.phase === 'Running' ? 'not Ready yet' : pod.phase}`;
  return undefined;
}

function evaluate(d: Driven, all: PodView[], now: number): WorkloadRollout {
  const w = d.workload;
  const mine = all.filter((p) => ownedBy(p, w));
  const live = mine.filter((p) => p.terminatingSince === undefined);
  const updated = live.filter((p) => isNew(p, d));
  const ready = updated.filter((p) => p.ready);
  const old = mine.length - updated.length;
  const done = ready.length === w.replicas && updated.length === w.replicas && old === 0;
  const blocker = [...mine]
    .sort((a, b) => Number(b.terminatingSince !== undefined) - Number(a.terminatingSince !== undefined))
    .map((p) => waitingOf(p, now))
    .find(Boolean);
  return {
    kind: w.kind,
    name: w.name,
    streams: [...new Set(d.containers.map((c) => labelOf(c.target)))],
    desired: w.replicas,
    updated: updated.length,
    ready: ready.length,
    old,
    done,
    ...(!done ? { waiting: blocker ?? (updated.length < w.replicas ? 'waiting for new pods' : 'waiting for old pods to go') } : {}),
  };
}

export { previewRollout, type WouldRoll } from './preview.ts';
