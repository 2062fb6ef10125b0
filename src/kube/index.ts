import type { Clock } from '../core/clock.ts';
import type { Logger } from '../core/logger.ts';
import type { RetryPolicy } from '../core/retry.ts';
import type { Config } from '../config/types.ts';
import { resolveCluster, type ClusterTarget } from './cluster.ts';
import { KubeConnection } from './connection.ts';
import { imageStreamsApi, type ImageStreamsApi } from './image-streams.ts';
import { podsApi, type PodsApi } from './pods.ts';
import { workloadsApi, type WorkloadsApi } from './workloads.ts';

/**
 * The one cluster client. `createKubeClient` picks the cluster (--cluster, else the one named like
 * `deployment`, else the only one) and its credentials (KUBE_TOKEN_<NAME> or OPENSHIFT_TOKEN_<NAME>,
 * else the kubeconfig context of clusters.<name>.context, see kubeconfig.ts) before any request, and
 * gives a small interface per concern. A new concern is a new file here exporting
 * `xyzApi(connection: KubeConnection)`, built on `connection.call` (an SDK request factory and
 * response processor, see sdk.ts), `connection.raw` or `connection.watchOnce`; the stage calls it
 * with `client.connection`.
 */
export interface KubeClient {
  target: ClusterTarget;
  connection: KubeConnection;
  pods: PodsApi;
  workloads: WorkloadsApi;
  imageStreams: ImageStreamsApi;
  close(): void;
}

export interface KubeClientDeps {
  logger: Logger;
  clock: Clock;
  policy?: Partial<RetryPolicy>;
  /** Told every credential read from a kubeconfig, so the run masks it (ctx.secrets.add); required: no caller may forget. */
  onSecret: (value: string) => void;
}

export function createKubeClient(
  config: Config,
  clusterName: string | undefined,
  env: Record<string, string | undefined>,
  deps: KubeClientDeps,
): KubeClient {
  const target = resolveCluster(config, clusterName, env);
  const connection = new KubeConnection(target, deps);
  return {
    target,
    connection,
    pods: podsApi(connection),
    workloads: workloadsApi(connection),
    imageStreams: imageStreamsApi(connection),
    close: () => connection.close(),
  };
}

export { resolveCluster, pickCluster, tokenEnvFor, kubeTokenEnvFor, type ClusterTarget } from './cluster.ts';
export { KubeConnection, type WatchEventType } from './connection.ts';
export { KubeConflict, KubeGone, KubeNotFound, KubeUnreachable, describeCall, type KubeCall } from './errors.ts';
export type { PodView, PodsApi } from './pods.ts';
export { PREVIOUS_IMAGES_ANNOTATION } from './workloads.ts';
export type {
  ImageChange,
  ImageTrigger,
  NamedWorkloadKind,
  NamedWorkloadView,
  WorkloadKind,
  WorkloadView,
  WorkloadsApi,
} from './workloads.ts';
export type { ImageStreamView, ImportOutcome, StreamTag, TagImage, ImageStreamsApi } from './image-streams.ts';
