import { UsageError } from '../../core/errors.ts';
import type { Config } from '../../config/types.ts';
import { didYouMean } from '../../config/issues.ts';
import { duration, flag, interval, list } from '../options.ts';
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
  { name: 'copr-timeout', type: 'string', description: 'Longest wait for a Copr build (more than 0, at most 48h)', default: '60m' },
  { name: 'copr-interval', type: 'string', description: 'First pause between Copr polls, 1s to 1h (grows up to 4x)', default: '30s' },
];

/** Given but naming nothing (`--only ""`, `--only ,`): an error, not "everything". */
function givenButEmpty(raw: RawOptions, name: string): boolean {
  const value = raw[name];
  if (value === undefined || value === false) return false;
  const given = Array.isArray(value) ? value.length > 0 : true;
  return given && list(raw, name).length === 0;
}

export function parseMoveStableOptions(raw: RawOptions, config: Config): MoveStableOptions {
  const names = new Set(config.components.map((c) => c.name));
  const known = (name: string, option: string): string => {
    if (!names.has(name))
      throw new UsageError(`--${option}: unknown component "${name}"${didYouMean(name, names)}`, `use one of: ${[...names].join(', ')}`);
    return name;
  };
  if (givenButEmpty(raw, 'only'))
    throw new UsageError(
      '--only: no component named',
      `name one or more components, e.g. --only ${[...names].slice(0, 2).join(',')}; leave --only out to move all`,
    );
  const only = [...new Set(list(raw, 'only').map((n) => known(n, 'only')))];
  const to = new Map<string, string>();
  for (const item of list(raw, 'to')) {
    const match = /^([^=]+)=([0-9a-fA-F]{4,40})$/.exec(item);
    if (!match) throw new UsageError(`--to: "${item}" is not component=sha`, 'write e.g. --to packit=3b0fc3b');
    const name = known(match[1]!.trim(), 'to');
    if (to.has(name)) throw new UsageError(`--to: ${name} is given twice`);
    if (only.length && !only.includes(name))
      throw new UsageError(
        `--to: ${name} is not among --only ${only.join(',')}, so it would not move`,
        `add ${name} to --only or drop --to ${name}=…`,
      );
    to.set(name, match[2]!.toLowerCase());
  }
  return {
    allowUnverified: flag(raw, 'allow-unverified'),
    noForce: flag(raw, 'no-force'),
    to,
    only,
    coprTimeoutMs: duration(raw, 'copr-timeout', '60m'),
    coprIntervalMs: interval(raw, 'copr-interval', '30s'),
  };
}
