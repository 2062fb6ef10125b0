import { UsageError } from '../../core/errors.ts';
import type { Config } from '../../config/types.ts';
import type { OptionSpec } from '../stage.ts';

/** One component of the move-stable result, as the stages after it read it (--moved). */
export interface MovedEntry {
  name: string;
  /** undefined: a bare list entry ([{"name", "current"}]), which the stages take as moved. */
  status: string | undefined;
  previous: string | null | undefined;
  current: string | null | undefined;
  /** image reference → digest its tag had before the move (empty when not given). */
  imagesBefore: Record<string, string>;
}

const HINT = 'pass the move-stable result unchanged, e.g. ${{ steps.move.outputs.result }}';
const SHAPE = '--moved: expected the move-stable result ({"components": [{"name", "status", "previous", "current"}, ...]})';
const FULL_SHA = /^[0-9a-f]{40}$/;

/** The --moved option as every stage declares it; only the description differs. */
export function movedSpec(description: string): OptionSpec {
  return { name: 'moved', type: 'string', description: `The move-stable result (JSON): ${description}` };
}

/**
 * Reads --moved: the move-stable result as the action outputs it ({"components": [...]}), the CLI's
 * --json document ({"result": {...}}) or the bare list. Every name must be configured, before anything changes.
 */
export function parseMoved(value: string, config: Config): MovedEntry[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    throw new UsageError('--moved: not JSON', HINT);
  }
  const names = new Set(config.components.map((c) => c.name));
  return componentList(parsed).map((item) => {
    if (!isObject(item) || typeof item.name !== 'string') throw new UsageError(`${SHAPE}; an entry has no "name"`, HINT);
    const { name } = item;
    if (!names.has(name))
      throw new UsageError(`--moved: component "${name}" is not in the configuration`, 'pass the result of a run with this configuration');
    return {
      name,
      status: optional(item, 'status', (v) => typeof v === 'string') as string | undefined,
      previous: optional(item, 'previous', isShaField) as string | null | undefined,
      current: optional(item, 'current', isShaField) as string | null | undefined,
      imagesBefore: (optional(item, 'imagesBefore', isDigestMap) as Record<string, string> | undefined) ?? {},
    };
  });
}

/** The move-stable result as another step of the same process holds it. */
export interface MoveResultLike {
  components: Array<{
    name: string;
    status: string;
    previous: string | null;
    current: string | null;
    imagesBefore?: Record<string, string>;
  }>;
}

/** The typed move-stable result as entries, without a trip through JSON. */
export function movedEntries(result: MoveResultLike): MovedEntry[] {
  return result.components.map((c) => ({
    name: c.name,
    status: c.status,
    previous: c.previous,
    current: c.current,
    imagesBefore: c.imagesBefore ?? {},
  }));
}

/** The full commit SHA in `field`, or a usage error naming the component and the field. */
export function movedSha(entry: MovedEntry, field: 'previous' | 'current'): string {
  const sha = entry[field];
  if (!sha || !FULL_SHA.test(sha)) throw new UsageError(`--moved: component "${entry.name}" has no full commit SHA in "${field}"`, HINT);
  return sha;
}

function componentList(parsed: unknown): unknown[] {
  if (Array.isArray(parsed)) return parsed;
  if (isObject(parsed)) {
    if (Array.isArray(parsed.components)) return parsed.components;
    if ('result' in parsed) return componentList(parsed.result);
  }
  throw new UsageError(SHAPE, HINT);
}

function optional(item: Record<string, unknown>, field: string, valid: (v: unknown) => boolean): unknown {
  const v = item[field];
  if (v === undefined || valid(v)) return v;
  throw new UsageError(`--moved: component "${String(item.name)}" has an unexpected "${field}": ${JSON.stringify(v)}`, HINT);
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isShaField(v: unknown): boolean {
  return v === null || typeof v === 'string';
}

function isDigestMap(v: unknown): boolean {
  return isObject(v) && Object.values(v).every((d) => typeof d === 'string');
}
