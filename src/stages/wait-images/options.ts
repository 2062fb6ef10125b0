import { UsageError } from '../../core/errors.ts';
import type { Config } from '../../config/types.ts';
import { movedSha, movedSpec, parseMoved, type MovedEntry } from '../shared/moved.ts';
import { duration, interval, text } from '../options.ts';
import type { OptionSpec, RawOptions } from '../stage.ts';

export interface WaitImagesOptions {
  /** Components of the move-stable result, with the commit to wait for; null: standalone. */
  moved: MovedComponent[] | null;
  timeoutMs: number;
  intervalMs: number;
  /** Polls in a row that may fail (outage) before the wait gives up. */
  maxFailedPolls: number;
}

export interface MovedComponent {
  name: string;
  sha: string;
  /**
   * `moved`: moved by this run. `unchanged`: stable already pointed there, maybe moved by an
   * earlier attempt whose images were never confirmed, so they are checked against it all the same.
   */
  status: 'moved' | 'unchanged';
  /** The status move-stable reported (moved, unchanged, failed, skipped, refused). */
  moveStatus: string;
  /** image reference → digest its tag had before the move. */
  before: Record<string, string>;
}

/** Statuses whose `current` is not (or not yet) the head of stable: nothing to check. */
const NOT_ON_STABLE = new Set(['would-move']);

export const waitImagesOptionSpecs: OptionSpec[] = [
  movedSpec('check the images of its components against their stable heads'),
  { name: 'timeout', type: 'string', description: 'Give up after this long', default: '90m' },
  { name: 'interval', type: 'string', description: 'First pause between polls (at least 1s); grows to 60s', default: '15s' },
  {
    name: 'max-failed-polls',
    type: 'string',
    description: 'Polls in a row that may fail (registry or GitHub unreachable) before giving up',
    default: '10',
  },
];

export function parseWaitImagesOptions(raw: RawOptions, config: Config): WaitImagesOptions {
  const timeoutMs = duration(raw, 'timeout', '90m');
  const intervalMs = interval(raw, 'interval', '15s');
  const maxFailedPolls = count(raw, 'max-failed-polls', 10);
  const movedText = text(raw, 'moved');
  const moved = movedText ? movedComponents(parseMoved(movedText, config)) : null;
  return { moved, timeoutMs, intervalMs, maxFailedPolls };
}

/** The components whose images to check against their stable heads, from move-stable's entries. */
export function movedComponents(entries: MovedEntry[], inScope: (name: string) => boolean = () => true): MovedComponent[] {
  const moved: MovedComponent[] = [];
  for (const c of entries) {
    if (!inScope(c.name)) continue;
    if (c.status !== undefined && NOT_ON_STABLE.has(c.status)) continue;
    // A component without a stable branch (current null) that did not move has no images to check.
    if (c.current === null && c.status !== 'moved') continue;
    moved.push({
      name: c.name,
      sha: movedSha(c, 'current'),
      status: c.status === undefined || c.status === 'moved' ? 'moved' : 'unchanged',
      moveStatus: c.status ?? 'moved',
      before: c.imagesBefore,
    });
  }
  return moved;
}

function count(raw: RawOptions, name: string, fallback: number): number {
  const value = text(raw, name);
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > 1000) {
    throw new UsageError(`--${name}: expected a whole number from 1 to 1000, got "${value}"`, `write e.g. --${name} ${fallback}`);
  }
  return Number(value);
}
