import { UsageError } from '../../core/errors.ts';
import type { Config } from '../../config/types.ts';
import { pickCluster } from '../../kube/cluster.ts';
import { movedSha, movedSpec, parseMoved } from '../shared/moved.ts';
import { duration, flag, interval, text } from '../options.ts';
import type { OptionSpec, RawOptions } from '../stage.ts';

export interface HealthGateOptions {
  /** The cluster name picked by --cluster (or the default), undefined when no cluster is configured. */
  cluster: string | undefined;
  /** Component → the stable commit it must run, from the move-stable result; null: read the repositories. */
  moved: Map<string, string> | null;
  /** 0: one round. */
  observeMs: number;
  intervalMs: number;
  endpointTimeoutMs: number;
  /** Staging before a deployment (--preflight, or a cluster with staging: true): its pods only, nothing has moved. */
  preflight: boolean;
}

export const healthGateOptionSpecs: OptionSpec[] = [
  {
    name: 'cluster',
    type: 'string',
    description: 'Cluster of the configuration whose pods are checked (default: the one named like deployment, else the only one)',
  },
  movedSpec('the commits the versions endpoint must name, instead of reading stable'),
  { name: 'observe', type: 'string', description: 'Keep checking for this long; pass only if every round passed (e.g. 10m)' },
  { name: 'interval', type: 'string', description: 'Pause between rounds while observing (at least 1s)', default: '30s' },
  { name: 'endpoint-timeout', type: 'string', description: 'Longest wait for each endpoint to answer', default: '10s' },
  {
    name: 'preflight',
    type: 'boolean',
    description:
      "Pre-flight on staging before a deployment: only the pods of --cluster (Sentry and endpoints are production's); " +
      'implied for a cluster with staging: true',
  },
];

export function parseHealthGateOptions(raw: RawOptions, config: Config): HealthGateOptions {
  const observeText = text(raw, 'observe');
  const asked = text(raw, 'cluster');
  // The pre-flight without --cluster checks the cluster marked staging: true; the default cluster is production.
  const cluster = flag(raw, 'preflight') && !asked ? stagingCluster(config) : clusterOption(asked, config);
  const preflight = flag(raw, 'preflight') || Boolean(cluster && config.clusters[cluster]?.staging);
  return {
    preflight,
    cluster,
    moved: stableCommits(text(raw, 'moved'), config),
    observeMs: observeText ? duration(raw, 'observe', '10m') : 0,
    intervalMs: interval(raw, 'interval', '30s'),
    endpointTimeoutMs: duration(raw, 'endpoint-timeout', '10s', { min: 1, max: 5 * 60_000 }),
  };
}

/** The one cluster with staging: true, or undefined (the pre-flight then has nothing to check and says so). */
export function stagingCluster(config: Config): string | undefined {
  const staging = Object.keys(config.clusters).filter((name) => config.clusters[name]!.staging);
  if (staging.length > 1)
    throw new UsageError(
      `--preflight: ${staging.length} clusters have staging: true (${staging.join(', ')})`,
      `pass --cluster ${staging[0]!} (the action input cluster)`,
    );
  return staging[0];
}

/** Pods are checked on the picked cluster; a configuration without clusters checks no pods. */
function clusterOption(name: string | undefined, config: Config): string | undefined {
  if (!name && !Object.keys(config.clusters).length) return undefined;
  return pickCluster(config, name);
}

/** Every status carries `current`: where stable is after the run (moved or not). */
function stableCommits(value: string | undefined, config: Config): Map<string, string> | null {
  if (!value) return null;
  return new Map(parseMoved(value, config).map((c) => [c.name, movedSha(c, 'current')]));
}
