import { UsageError } from '../../core/errors.ts';
import type { Config } from '../../config/types.ts';
import { pickCluster } from '../../kube/cluster.ts';
import { parseImage } from '../../registry/types.ts';
import { parseMoved, movedSpec } from '../shared/moved.ts';
import { duration, list, text } from '../options.ts';
import type { OptionSpec, RawOptions } from '../stage.ts';

/** The options every cluster stage shares (contract: --cluster, --timeout, --only, --moved). */
export interface ClusterScopeOptions {
  cluster: string;
  timeoutMs: number;
  /** Component names in scope; null: every component. */
  components: string[] | null;
  /** How the scope was chosen, for the log. */
  scope: string;
}

/** One image stream tag the stage works on, from a component's images[].imageStream. */
export interface StreamTarget {
  component: string;
  /** The configured image, e.g. quay.io/packit/packit-worker:prod: what import-images imports. */
  image: string;
  stream: string;
  tag: string;
}

export const clusterScopeSpecs: OptionSpec[] = [
  {
    name: 'cluster',
    type: 'string',
    description: 'Cluster from the configuration (default: the one named like deployment, else the only one)',
  },
  { name: 'timeout', type: 'string', description: 'Give up waiting for the rollout after this long', default: '20m' },
  { name: 'only', type: 'list', description: 'Only these components' },
  movedSpec('only the components that moved'),
];

export function parseClusterScope(raw: RawOptions, config: Config): ClusterScopeOptions {
  // Picked now, by the rule every cluster stage follows: a wrong or ambiguous --cluster fails before anything changes.
  const cluster = pickCluster(config, text(raw, 'cluster'));
  const timeoutMs = duration(raw, 'timeout', '20m');
  const only = list(raw, 'only');
  const movedText = text(raw, 'moved');
  if (only.length && movedText) throw new UsageError('--only and --moved both choose the components; give one of them');
  const names = new Set(config.components.map((c) => c.name));
  if (only.length) {
    for (const name of only)
      if (!names.has(name)) throw new UsageError(`--only: unknown component "${name}"; configured: ${[...names].join(', ')}`);
    return { cluster, timeoutMs, components: only, scope: `--only ${only.join(',')}` };
  }
  if (movedText) {
    const entries = parseMoved(movedText, config);
    const moved = entries.filter((e) => e.status === undefined || e.status === 'moved').map((e) => e.name);
    return { cluster, timeoutMs, components: moved, scope: `--moved (${moved.join(', ') || 'nothing moved'})` };
  }
  return { cluster, timeoutMs, components: null, scope: 'every component' };
}

export function streamTargets(config: Config, components: string[] | null): StreamTarget[] {
  return config.components
    .filter((c) => !components || components.includes(c.name))
    .flatMap((c) =>
      c.images
        .filter((i) => i.imageStream)
        .map((i) => {
          const [stream, tag] = i.imageStream!.split(':') as [string, string];
          return { component: c.name, image: i.image, stream, tag };
        }),
    );
}

/** quay.io/packit/packit-worker:prod → quay.io/packit/packit-worker (the configured images always have a tag). */
export function repositoryOf(image: string): string {
  const ref = parseImage(image);
  return `${ref.host}/${ref.repository}`;
}
