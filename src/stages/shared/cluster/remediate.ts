import { formatDuration } from '../../../core/duration.ts';
import { StageError } from '../../../core/errors.ts';
import type { KubeClient, PodView } from '../../../kube/index.ts';
import { isNew, key, ownedBy, type Driven, type RolloutOptions, type RolloutOutcome } from './rollout.ts';

const MAX_REIMPORTS = 3;
/** Pause before the n-th re-import (1-based): 30 s, 60 s, 120 s; a pull needs time to be retried. */
const reimportSpacing = (n: number) => 30_000 * 2 ** (n - 1);
const PULL_FAILURE = /^(ImagePullBackOff|ErrImagePull)$/;

/**
 * The two known hangs of a rollout, fixed on the way: a pod of the workload Terminating longer
 * than stuckTerminatingAfter is deleted with grace 0; a new pod that cannot pull its image gets its
 * stream imported again (at most three times, spaced out), then the stage fails naming it.
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
      forced.add(pod.uid);
      const stuckFor = formatDuration(now - pod.terminatingSince);
      const reason = `Terminating for ${stuckFor} (more than ${formatDuration(options.stuckTerminatingAfterMs)})`;
      logger.warning(
        `${pod.name} of ${d.workload.kind}/${d.workload.name}: ${reason}; deleting it with grace period 0 (oc delete pod --force)`,
      );
      try {
        await kube.pods.delete(pod.name, { gracePeriodSeconds: 0 });
      } catch (error) {
        forced.delete(pod.uid); // not deleted: the next round tries again
        throw error;
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
    const streamKey = key(target.stream, target.tag);
    const state: { count: number; lastAt: number; registry?: string } = reimports.get(streamKey) ?? { count: 0, lastAt: -Infinity };
    if (state.count && now - state.lastAt < reimportSpacing(state.count)) continue;
    const podMessage = `${failing.waiting!.reason}${failing.waiting!.message ? `: ${failing.waiting!.message}` : ''}`;
    if (state.count >= MAX_REIMPORTS) {
      throw new StageError(
        `pod ${pod.name} of ${d.workload.kind}/${d.workload.name} still cannot pull its image after ${MAX_REIMPORTS} re-imports ` +
          `of ${streamKey}: ${podMessage}${state.registry ? `; the registry answered the last import: ${state.registry}` : ''}`,
        'check the image in the registry (oc describe pod, oc describe is); then run the stage again, or rollback',
      );
    }
    state.count++;
    state.lastAt = now;
    reimports.set(streamKey, state);
    logger.warning(
      `${pod.name} of ${d.workload.kind}/${d.workload.name}: ${podMessage}` +
        `; importing ${streamKey} again (${state.count} of ${MAX_REIMPORTS})`,
    );
    const result = await target.reimport();
    const reason = `${podMessage}${result.ok ? '' : `; the registry answered: ${result.message}`}`;
    outcome.remediations.push({
      action: 're-import',
      workload: d.workload.name,
      pod: pod.name,
      stream: streamKey,
      reason,
      at: new Date(now).toISOString(),
    });
    if (!result.ok) {
      state.registry = result.message;
      logger.warning(`re-import of ${streamKey} failed: ${result.message}`);
    }
  }
}
