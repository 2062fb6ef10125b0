import { formatDuration } from '../../../core/duration.ts';
import { StageError } from '../../../core/errors.ts';
import type { KubeClient, PodView } from '../../../kube/index.ts';
import { isNew, labelOf, ownedBy, type Driven, type RolloutOptions, type RolloutOutcome } from './rollout.ts';

const MAX_REIMPORTS = 3;
/** Pause before the n-th re-import (1-based): 30 s, 60 s, 120 s; a pull needs time to be retried. */
const reimportSpacing = (n: number) => 30_000 * 2 ** (n - 1);
const PULL_FAILURE = /^(ImagePullBackOff|ErrImagePull)$/;

/**
 * The two known hangs of a rollout, fixed on the way: a pod of the workload Terminating longer
 * than stuckTerminatingAfter is deleted with grace 0 (by uid, after a fresh read); a new pod that
 * cannot pull its image gets its stream imported again, or, for a workload set by digest, is
 * replaced by a new pod (at most three times, spaced out), then the stage fails naming it.
 */
export async function remediate(
  d: Driven,
  kube: KubeClient,
  all: PodView[],
  now: number,
  options: RolloutOptions,
  outcome: RolloutOutcome,
  reimports: Map<string, { count: number; lastAt: number; registry?: string }>,
  forced: Set<string>,
): Promise<void> {
  const { logger } = options;
  const mine = all.filter((p) => ownedBy(p, d.workload));
  for (const pod of mine) {
    if (pod.terminatingSince !== undefined && now - pod.terminatingSince > options.stuckTerminatingAfterMs && !forced.has(pod.uid)) {
      // The view may be stale (a watch that stalled without closing): judge the pod as the API
      // server has it now. A StatefulSet recreates its pod under the same name, Ready and new.
      const fresh = await kube.pods.get(pod.name);
      if (!fresh || fresh.uid !== pod.uid) {
        forced.add(pod.uid); // that pod is gone for good: never judged again
        logger.info(`${pod.name} of ${d.workload.kind}/${d.workload.name} went away by itself (uid ${pod.uid}); nothing to delete`);
        continue;
      }
      if (fresh.terminatingSince === undefined || now - fresh.terminatingSince <= options.stuckTerminatingAfterMs) continue;
      forced.add(pod.uid);
      const stuckFor = formatDuration(now - fresh.terminatingSince);
      const reason = `Terminating for ${stuckFor} (more than ${formatDuration(options.stuckTerminatingAfterMs)})`;
      logger.warning(
        `${pod.name} of ${d.workload.kind}/${d.workload.name}: ${reason}; ` +
          `deleting it with grace period 0 (oc delete pod --force), uid ${pod.uid}`,
      );
      let deleted: 'deleted' | 'gone';
      try {
        deleted = await kube.pods.delete(pod.name, { uid: pod.uid, gracePeriodSeconds: 0 });
      } catch (error) {
        forced.delete(pod.uid); // not deleted: the next round tries again
        throw error;
      }
      // Gone between the read and the delete: the cluster finished it, we did not.
      if (deleted === 'gone') {
        logger.info(`${pod.name} (uid ${pod.uid}) was gone before the delete; nothing deleted`);
        continue;
      }
      outcome.remediations.push({
        action: 'force-delete',
        workload: d.workload.name,
        pod: pod.name,
        reason,
        at: new Date(now).toISOString(),
      });
    }
  }
  for (const pod of mine.filter((p) => p.terminatingSince === undefined && isNew(p, d))) {
    const failing = pod.statuses.find((s) => s.waiting && PULL_FAILURE.test(s.waiting.reason));
    if (!failing) continue;
    const entry = d.containers.find((c) => c.container === '*' || c.container === failing.name) ?? d.containers[0]!;
    const target = entry.target;
    const targetKey = labelOf(target);
    const state: { count: number; lastAt: number; registry?: string } = reimports.get(targetKey) ?? { count: 0, lastAt: -Infinity };
    if (state.count && now - state.lastAt < reimportSpacing(state.count)) continue;
    const podMessage = `${failing.waiting!.reason}${failing.waiting!.message ? `: ${failing.waiting!.message}` : ''}`;
    const what = target.kind === 'stream' ? `re-imports of ${targetKey}` : `new pods`;
    if (state.count >= MAX_REIMPORTS) {
      throw new StageError(
        `pod ${pod.name} of ${d.workload.kind}/${d.workload.name} still cannot pull its image after ${MAX_REIMPORTS} ${what}` +
          `: ${podMessage}${state.registry ? `; the registry answered the last import: ${state.registry}` : ''}`,
        target.kind === 'stream'
          ? 'check the image in the registry (oc describe pod, oc describe is); then run the stage again, or rollback'
          : `check that ${targetKey} exists and the cluster may pull it (kubectl describe pod, imagePullSecrets); ` +
              'then run the stage again, or rollback',
      );
    }
    state.count++;
    state.lastAt = now;
    reimports.set(targetKey, state);
    if (target.kind === 'stream') {
      logger.warning(
        `${pod.name} of ${d.workload.kind}/${d.workload.name}: ${podMessage}` +
          `; importing ${targetKey} again (${state.count} of ${MAX_REIMPORTS})`,
      );
      const result = await target.reimport();
      const reason = `${podMessage}${result.ok ? '' : `; the registry answered: ${result.message}`}`;
      outcome.remediations.push({
        action: 're-import',
        workload: d.workload.name,
        pod: pod.name,
        stream: targetKey,
        reason,
        at: new Date(now).toISOString(),
      });
      if (!result.ok) {
        state.registry = result.message;
        logger.warning(`re-import of ${targetKey} failed: ${result.message}`);
      }
      continue;
    }
    // No stream to import again: the pod is replaced (by uid), and its successor pulls afresh.
    logger.warning(
      `${pod.name} of ${d.workload.kind}/${d.workload.name}: ${podMessage}` +
        `; deleting it so ${d.workload.kind}/${d.workload.name} makes a new pod that pulls again (${state.count} of ${MAX_REIMPORTS})`,
    );
    if ((await kube.pods.delete(pod.name, { uid: pod.uid })) === 'gone') continue;
    outcome.remediations.push({
      action: 'recreate',
      workload: d.workload.name,
      pod: pod.name,
      stream: targetKey,
      reason: podMessage,
      at: new Date(now).toISOString(),
    });
  }
}
