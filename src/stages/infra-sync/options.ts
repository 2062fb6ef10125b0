import { parseDuration } from '../../core/duration.ts';
import { UsageError } from '../../core/errors.ts';
import type { Config } from '../../config/types.ts';
import { text } from '../options.ts';
import type { OptionSpec, RawOptions } from '../stage.ts';

export interface InfraSyncOptions {
  cluster: string;
  timeoutMs: number;
}

export const infraSyncOptionSpecs: OptionSpec[] = [
  { name: 'cluster', type: 'string', description: 'Cluster whose applied state is read and recorded (default: the cluster named like deployment, else the only one)' },
];

/** The contract's rule for cluster stages: --cluster, else the cluster named like `deployment`, else the only one. */
export function chooseCluster(raw: RawOptions, config: Config): string {
  const names = Object.keys(config.clusters);
  const given = text(raw, 'cluster');
  if (given) {
    if (!names.includes(given)) throw new UsageError(`--cluster: no cluster "${given}" in the configuration`, `choose among: ${names.join(', ') || '(none configured)'}`);
    return given;
  }
  if (names.includes(config.deployment)) return config.deployment;
  if (names.length === 1) return names[0]!;
  throw new UsageError(names.length ? `--cluster is needed: ${names.length} clusters are configured and none is named "${config.deployment}"` : 'no clusters are configured: infra-sync records what it applied in the cluster', names.length ? `e.g. --cluster ${names[0]}` : 'add clusters: { prod: { server: …, namespace: … } }');
}

export function parseInfraSyncOptions(raw: RawOptions, config: Config): InfraSyncOptions {
  if (!config.infra) throw new UsageError('infra is not configured', 'add infra: { remote: …, ref: main, command: [make, deploy], env: { DEPLOYMENT: prod } } to the configuration');
  const timeoutMs = parseDuration(config.infra.timeout ?? '30m', 'infra.timeout');
  if (timeoutMs > 48 * 3_600_000) throw new UsageError(`infra.timeout: ${config.infra.timeout} is longer than 48h`, 'write e.g. 30m');
  return { cluster: chooseCluster(raw, config), timeoutMs };
}
