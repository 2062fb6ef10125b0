import { parseDuration } from '../../core/duration.ts';
import { UsageError } from '../../core/errors.ts';
import type { Config } from '../../config/types.ts';
import { pickCluster } from '../../kube/cluster.ts';
import { text } from '../options.ts';
import type { OptionSpec, RawOptions } from '../stage.ts';

export interface InfraSyncOptions {
  cluster: string;
  timeoutMs: number;
}

export const infraSyncOptionSpecs: OptionSpec[] = [
  {
    name: 'cluster',
    type: 'string',
    description: 'Cluster whose applied state is read and recorded (default: the cluster named like deployment, else the only one)',
  },
];

export function parseInfraSyncOptions(raw: RawOptions, config: Config): InfraSyncOptions {
  if (!config.infra)
    throw new UsageError(
      'infra is not configured',
      'add infra: { remote: …, ref: main, command: [make, deploy], env: { DEPLOYMENT: prod } } to the configuration',
    );
  const timeoutMs = parseDuration(config.infra.timeout ?? '30m', 'infra.timeout');
  if (timeoutMs > 48 * 3_600_000) throw new UsageError(`infra.timeout: ${config.infra.timeout} is longer than 48h`, 'write e.g. 30m');
  return { cluster: pickCluster(config, text(raw, 'cluster')), timeoutMs };
}
