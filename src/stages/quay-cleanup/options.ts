import { parseDuration } from '../../core/duration.ts';
import { UsageError } from '../../core/errors.ts';
import type { Config } from '../../config/types.ts';
import { list } from '../options.ts';
import type { OptionSpec, RawOptions } from '../stage.ts';

export interface QuayCleanupOptions {
  olderThanMs: number;
  keep: number;
  protect: string[];
  /** Quay repositories (namespace/name) to clean, from the configured images. */
  repositories: string[];
}

export const quayCleanupOptionSpecs: OptionSpec[] = [
  { name: 'only', type: 'list', description: 'Clean only these Quay repositories (namespace/name), e.g. packit/packit-worker' },
];

/** The Quay repositories of every configured quay.io image, once each, in the order of the file. */
export function quayRepositories(config: Config): string[] {
  const repos = config.components.flatMap((c) =>
    c.images.map((i) => /^quay\.io\/([^:]+):/.exec(i.image)?.[1]).filter((r): r is string => !!r),
  );
  return [...new Set(repos)];
}

export function parseQuayCleanupOptions(raw: RawOptions, config: Config): QuayCleanupOptions {
  const all = quayRepositories(config);
  const only = list(raw, 'only');
  for (const repo of only) {
    if (!all.includes(repo))
      throw new UsageError(
        `--only: ${repo} is not the repository of a configured quay.io image`,
        `choose among: ${all.join(', ') || '(none configured)'}`,
      );
  }
  const repositories = only.length ? only : all;
  if (!repositories.length)
    throw new UsageError(
      'no component has a quay.io image: nothing to clean',
      'list the images under components[].images (e.g. quay.io/packit/packit-service:prod)',
    );
  const settings = config.quayCleanup;
  const olderThanMs = parseDuration(settings.olderThan ?? '90d', 'quayCleanup.olderThan');
  if (olderThanMs < 86_400_000)
    throw new UsageError(
      `quayCleanup.olderThan: ${settings.olderThan} is less than a day`,
      'a monthly cleanup keeps at least a day of images; write e.g. 90d',
    );
  return { olderThanMs, keep: settings.keep ?? 10, protect: settings.protect ?? [], repositories };
}
