import type { Config } from '../../config/types.ts';
import { localTime } from '../../core/wall-clock.ts';

export interface FreezeWindow {
  from: string;
  until: string;
  reason: string;
}

/** A window as instants: frozen for `from <= t < until`. */
interface FreezeSpan {
  from: number;
  until: number;
}

const DAY = 86_400_000;

function normalise(value: string, endOfDay: boolean): string {
  if (value.length === 10) return `${value}T${endOfDay ? '23:59:59' : '00:00:00'}`;
  return value.length === 16 ? `${value}:${endOfDay ? '59' : '00'}` : value;
}

/**
 * The instants at which the clocks of `timeZone` show `wall` (`YYYY-MM-DDTHH:MM:SS`): one, two in
 * the repeated hour of an autumn change, none in the hour a spring change skips.
 */
function instantsOf(wall: string, timeZone: string): number[] {
  const asUtc = Date.parse(`${wall}Z`);
  // The offsets a day either side cover every zone's change (none moves the clocks twice a day).
  const offsets = new Set([asUtc - DAY, asUtc + DAY, asUtc].map((t) => Date.parse(`${localTime(t, timeZone)}Z`) - t));
  const found = [...offsets].map((offset) => asUtc - offset).filter((t) => localTime(t, timeZone) === wall);
  return [...new Set(found)].sort((a, b) => a - b);
}

/** The first instant the clocks show `wall` or later: where a skipped time "would have been". */
function firstAtOrAfter(wall: string, timeZone: string): number {
  const asUtc = Date.parse(`${wall}Z`);
  let lo = asUtc - 2 * DAY;
  let hi = asUtc + 2 * DAY;
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (localTime(mid, timeZone) >= wall) hi = mid;
    else lo = mid;
  }
  return hi;
}

/**
 * Both ends as instants. In the repeated autumn hour the window starts at the first occurrence
 * and ends after the second, so it is one stretch and holds the longer way; a time the spring
 * change skips becomes the moment the clocks jump, with a warning (a window inside the gap would
 * otherwise never be active without anyone noticing).
 */
function spanOf(window: FreezeWindow, timeZone: string, warn: (message: string) => void): FreezeSpan {
  const resolve = (value: string, end: boolean): number => {
    const wall = normalise(value, end);
    const instants = instantsOf(wall, timeZone);
    if (instants.length) return end ? instants[instants.length - 1]! + 1000 : instants[0]!;
    const jump = firstAtOrAfter(wall, timeZone);
    warn(
      `freeze window "${window.reason}": ${value} does not exist in ${timeZone} (the clocks skip it that day); ` +
        `the window ${end ? 'ends' : 'starts'} when they jump, at ${localTime(jump, timeZone)}`,
    );
    return jump;
  };
  const span = { from: resolve(window.from, false), until: resolve(window.until, true) };
  if (span.until <= span.from) {
    warn(
      `freeze window "${window.reason}" (${window.from} until ${window.until} ${timeZone}) is never active: ` +
        'it lies in the hour a daylight-saving change skips; write times outside it',
    );
  }
  return span;
}

/**
 * The freeze window `now` falls into, if any. Both ends are wall-clock times in the configured
 * timezone, turned into instants; a date alone as `until` includes that whole day (a freeze
 * "until 2027-01-04" still holds on the evening of the 4th). `warn` hears of ends that do not
 * exist in the timezone.
 */
export function activeFreeze(config: Config, now: number, warn: (message: string) => void = () => {}): FreezeWindow | undefined {
  let active: FreezeWindow | undefined;
  for (const window of config.freeze) {
    const span = spanOf(window, config.timezone, warn);
    if (!active && span.from <= now && now < span.until) active = window;
  }
  return active;
}

/** Refusal text: which window, why, until when, and the way out. */
export function describeFreeze(window: FreezeWindow, timeZone: string): string {
  return (
    `deployments are frozen from ${window.from} until ${window.until}` +
    `${window.until.length === 10 ? ' (whole day)' : ''} ${timeZone}: ${window.reason}`
  );
}
