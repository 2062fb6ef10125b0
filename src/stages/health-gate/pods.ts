import type { ContainerStatusJson, PodJson } from '../../kube/pod-health.ts';
import { formatDuration } from '../../core/duration.ts';

/** Container states that do not heal by waiting: each fails the gate. */
const BAD_WAITING = new Set([
  'CrashLoopBackOff',
  'ImagePullBackOff',
  'ErrImagePull',
  'CreateContainerConfigError',
  'CreateContainerError',
  'InvalidImageName',
]);

export interface PodProblem {
  pod: string;
  problem: string;
}

export interface PodAssessment {
  /** Pods looked at (Succeeded and Terminating ones are counted but not judged). */
  total: number;
  ready: number;
  pending: number;
  terminating: number;
  /** Succeeded: a finished job's pod, not expected to be Ready. */
  completed: number;
  problems: PodProblem[];
  /** Pod uid → name and restarts of its containers now, for the next round's comparison. */
  restarts: Map<string, { name: string; restarts: number }>;
}

/**
 * Judges the pods of one round. `baseline` holds the restart counts when each pod was first
 * seen; a count above it means a container restarted while we watched. Pure: the time comes in.
 */
export function assessPods(
  pods: PodJson[],
  now: number,
  pendingAfterMs: number,
  baseline: ReadonlyMap<string, { restarts: number }>,
): PodAssessment {
  const out: PodAssessment = { total: pods.length, ready: 0, pending: 0, terminating: 0, completed: 0, problems: [], restarts: new Map() };
  for (const pod of pods) {
    const name = pod.metadata?.name ?? '(unnamed)';
    const uid = pod.metadata?.uid ?? name;
    const status = pod.status ?? {};
    const containers = [...(status.initContainerStatuses ?? []), ...(status.containerStatuses ?? [])];
    const restarts = containers.reduce((sum, c) => sum + (c.restartCount ?? 0), 0);
    out.restarts.set(uid, { name, restarts });
    const problem = (text: string) => out.problems.push({ pod: name, problem: text });
    if (pod.metadata?.deletionTimestamp) {
      // Being replaced: its successor is judged instead (import-images deals with stuck ones).
      out.terminating++;
      continue;
    }
    const phase = status.phase ?? 'Unknown';
    if (phase === 'Succeeded') {
      out.completed++;
      continue;
    }
    const before = baseline.get(uid);
    if (before && restarts > before.restarts)
      problem(`restarted ${restarts - before.restarts} time(s) while observed (${before.restarts} → ${restarts})${lastExit(containers)}`);
    const broken = containers.map(containerProblem).filter((p): p is string => !!p);
    for (const text of broken) problem(text);
    if (phase === 'Failed') {
      problem(`phase Failed${status.reason ? ` (${status.reason}${status.message ? `: ${status.message}` : ''})` : ''}`);
      continue;
    }
    if (phase === 'Pending') {
      out.pending++;
      const since = Date.parse(String(status.startTime ?? pod.metadata?.creationTimestamp ?? ''));
      const age = Number.isNaN(since) ? Infinity : now - since;
      if (age > pendingAfterMs && !broken.length)
        problem(`Pending for ${Number.isFinite(age) ? formatDuration(age) : 'an unknown time'}${pendingReason(pod)}`);
      continue;
    }
    const ready = status.conditions?.find((c) => c.type === 'Ready')?.status === 'True';
    if (ready) out.ready++;
    else if (!broken.length) {
      const waiting = (status.containerStatuses ?? []).filter((c) => !c.ready).map((c) => c.name);
      problem(`${phase}, not Ready${waiting.length ? ` (container(s) not ready: ${waiting.join(', ')})` : ''}`);
    }
  }
  return out;
}

function containerProblem(c: ContainerStatusJson): string | undefined {
  const waiting = c.state?.waiting;
  if (waiting?.reason && BAD_WAITING.has(waiting.reason)) {
    return `container ${c.name}: ${waiting.reason}${waiting.message ? ` (${waiting.message.slice(0, 200)})` : ''}`;
  }
  const terminated = c.state?.terminated;
  if (terminated && (terminated.reason === 'Error' || (terminated.exitCode ?? 0) !== 0)) {
    return `container ${c.name}: ${terminated.reason ?? 'terminated'} (exit code ${terminated.exitCode})`;
  }
  return undefined;
}

function lastExit(containers: ContainerStatusJson[]): string {
  const last = containers.find((c) => c.lastState?.terminated)?.lastState?.terminated;
  return last ? `; last exit: ${last.reason ?? 'terminated'} (exit code ${last.exitCode})` : '';
}

function pendingReason(pod: PodJson): string {
  const scheduled = pod.status?.conditions?.find((c) => c.type === 'PodScheduled' && c.status !== 'True');
  if (scheduled) return ` (${scheduled.reason ?? 'not scheduled'}${scheduled.message ? `: ${scheduled.message}` : ''})`;
  const waiting = pod.status?.containerStatuses?.find((c) => c.state?.waiting?.reason)?.state?.waiting;
  return waiting ? ` (${waiting.reason}${waiting.message ? `: ${waiting.message}` : ''})` : '';
}
