import type { Logger } from '../../../core/logger.ts';
import type { KubeClient } from '../../../kube/index.ts';
import { key } from './rollout.ts';

/** A workload the dry run says would roll, and to what. */
export interface WouldRoll {
  kind: string;
  name: string;
  replicas: number;
  streams: string[];
}

/** For --dry-run: the workloads whose image would change, read only. */
export async function previewRollout(
  kube: KubeClient,
  targets: Array<{ stream: string; tag: string; digest: string }>,
  logger: Logger,
): Promise<WouldRoll[]> {
  const byKey = new Map(targets.map((t) => [key(t.stream, t.tag), t]));
  const out: WouldRoll[] = [];
  for (const w of await kube.workloads.list()) {
    const changing = w.triggers.filter((t) => {
      const target = byKey.get(key(t.stream, t.tag));
      return (
        target &&
        w.containers.some((c) => (!t.containers.length || t.containers.includes(c.name)) && !c.image.endsWith(`@${target.digest}`))
      );
    });
    if (!changing.length) continue;
    const streams = [...new Set(changing.map((t) => key(t.stream, t.tag)))];
    out.push({ kind: w.kind, name: w.name, replicas: w.replicas, streams });
    logger.info(
      `would roll ${w.kind}/${w.name} (${w.replicas} replica${w.replicas === 1 ? '' : 's'}) to the new image of ${streams.join(', ')}`,
    );
  }
  if (!out.length) logger.info('no workload would roll: each already runs the image it would get');
  return out;
}
