import { formatDuration, parseDuration } from '../core/duration.ts';
import { UsageError } from '../core/errors.ts';
import type { RawOptions } from './stage.ts';

/** Readers for raw option values that name the option in their errors. */
export function flag(raw: RawOptions, name: string): boolean {
  const value = raw[name];
  if (value === undefined || value === '') return false;
  if (typeof value === 'boolean') return value;
  if (typeof value === 'string' && /^(true|false)$/i.test(value.trim())) return value.trim().toLowerCase() === 'true';
  throw new UsageError(`--${name}: expected true or false, got "${String(value)}"`);
}

export function list(raw: RawOptions, name: string): string[] {
  const value = raw[name];
  if (value === undefined || value === false) return [];
  // A comma list, repeated options, or both (--only a,b --only c), as the action inputs take them.
  const items = (Array.isArray(value) ? value : [String(value)]).flatMap((item) => String(item).split(/[\n,]/));
  return items.map((s) => s.trim()).filter(Boolean);
}

export function text(raw: RawOptions, name: string): string | undefined {
  const value = raw[name];
  if (value === undefined || value === '' || value === false) return undefined;
  if (typeof value !== 'string') throw new UsageError(`--${name}: expected one value`);
  return value.trim();
}

export interface DurationBounds {
  /** Smallest accepted value in ms (inclusive). */
  min: number;
  /** Largest accepted value in ms (inclusive). */
  max: number;
}

const SECOND = 1000;
const HOUR = 3_600_000;

/** A pause between polls: at least 1 s (a remote service is on the other end), at most 1 h. */
export const INTERVAL_BOUNDS: DurationBounds = { min: SECOND, max: HOUR };
/** A deadline: more than nothing, at most two days. */
export const TIMEOUT_BOUNDS: DurationBounds = { min: 1, max: 48 * HOUR };

/** A duration option within bounds; the error names the option, the bounds and an example. */
export function duration(raw: RawOptions, name: string, fallback: string, bounds: DurationBounds = TIMEOUT_BOUNDS): number {
  const given = text(raw, name) ?? fallback;
  const value = parseDuration(given, `--${name}`);
  if (value < bounds.min || value > bounds.max) {
    // The text as given: formatted, 3600.5s would read "1h00m is out of range; at most 1h00m".
    throw new UsageError(
      `--${name}: ${given} is out of range; expected ` +
        `${bounds.min < SECOND ? 'more than 0' : `at least ${formatDuration(bounds.min)}`} and at most ${formatDuration(bounds.max)}`,
      `write e.g. --${name} ${fallback}`,
    );
  }
  return value;
}

export function interval(raw: RawOptions, name: string, fallback: string): number {
  return duration(raw, name, fallback, INTERVAL_BOUNDS);
}
