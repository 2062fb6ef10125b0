import type { PodJson } from '../../kube/pod-health.ts';
import type { StageContext } from '../stage.ts';

export interface PodSource {
  cluster: string;
  namespace: string;
  selector: string | undefined;
  list(): Promise<PodJson[]>;
  close(): void;
}

/**
 * The pods the gate judges: the cluster's namespace, narrowed by health.pods.selector. The
 * cluster and its token are resolved here, before anything is read (a missing token: exit 2).
 * The cluster client is loaded only when a cluster is checked.
 */
export async function openPods(ctx: StageContext, cluster: string): Promise<PodSource> {
  const [{ createKubeClient }, { podHealthApi }] = await Promise.all([import('../../kube/index.ts'), import('../../kube/pod-health.ts')]);
  const client = createKubeClient(ctx.config, cluster, ctx.env, {
    logger: ctx.logger,
    clock: ctx.clock,
    onSecret: (v) => ctx.secrets.add(v),
  });
  const pods = podHealthApi(client.connection);
  const selector = ctx.config.health.pods?.selector;
  return {
    cluster: client.target.name,
    namespace: client.target.namespace,
    selector,
    list: () => pods.list(selector),
    close: () => client.close(),
  };
}
