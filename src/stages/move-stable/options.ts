import { UsageError } from '../../core/errors.ts';
import type { Config } from '../../config/types.ts';
import { didYouMean } from '../../config/issues.ts';
import { duration, flag, list } from '../options.ts';
import type { OptionSpec, RawOptions } from '../stage.ts';

export interface MoveStableOptions {
  allowUnverified: boolean;
  noForce: boolean;
  /** Component name → commit (full or abbreviated) of the source branch to promote. */
  to: Map<string, string>;
  /** Only these components (all when empty). */
  only: string[];
  coprTimeoutMs: number;
  coprIntervalMs: number;
}

export const moveStableOptionSpecs: OptionSpec[] = [
  { name: 'allow-unverified', type: 'boolean', description: 'Promote even when checks of the commit fail or are pending' },
  { name: 'no-force', type: 'boolean', description: 'Never replace a diverged target branch; refuse instead' },
  { name: 'to', type: 'list', description: 'component=sha: promote this commit of the source branch instead of its head (repeatable)' },
  { name: 'only', type: 'list', description: 'Move only these components (comma-separated or repeated)' },
  { name: 'copr-timeout', type: 'string', description: 'Longest wait for a Copr build', default: '60m' },
  { name: 'copr-interval', type: 'string', description: 'First pause between Copr polls (grows up to 4x)', default: '30s' },
];

export function parseMoveStableOptions(raw: RawOptions, config: Config): MoveStableOptions {
  const names = new Set(config.components.map((c) => c.name));
  const known = (name: string, option: string): string => {
    if (!names.has(name)) throw new UsageError(`--${option}: unknown component "${name}"${didYouMean(name, names)}`, `use one of: ${[...names].join(', ')}`);
    return name;
  };
  const to = new Map<string, string>();
  for (const item of list(raw, 'to')) {
    const match = /^([^=]+)=([0-9a-fA-F]{4,40})$/.exec(item);
    if (!match) throw new UsageError(`--to: "${item}" is not component=sha`, 'write e.g. --to packit=3b0fc3b');
    const name = known(match[1]!.trim(), 'to');
    if (to.has(name)) throw new UsageError(`--to: ${name} is given twice`);
    to.set(name, match[2]!.toLowerCase());
  }
  return {
    allowUnverified: flag(raw, 'allow-unverified'),
    noForce: flag(raw, 'no-force'),
    to,
    only: list(raw, 'only').map((n) => known(n, 'only')),
    coprTimeoutMs: duration(raw, 'copr-timeout', '60m'),
    coprIntervalMs: duration(raw, 'copr-interval', '30s'),
  };
}
