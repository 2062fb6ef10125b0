import { UsageError } from '../../core/errors.ts';
import { dayOf, wallClock } from '../../core/wall-clock.ts';

// Re-exported: the stage's readers take them from here.
export { dayOf } from '../../core/wall-clock.ts';

/** A calendar date, `YYYY-MM-DD`. */
export type Day = string;

export interface Period {
  kind: 'dates' | 'last-month' | 'moved';
  /** First and last day, inclusive, in `timezone` (for `moved`: the day of the run, twice). */
  since: Day;
  until: Day;
  timezone: string;
  /** The instants the days span: [start, end) in ms since the epoch. */
  start: number;
  end: number;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAY_MS = 86_400_000;

export function parseDay(value: string, field: string): Day {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const ms = m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : NaN;
  // Date.UTC rolls 2026-02-30 over into March; a real date survives the round trip.
  if (!m || Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== value) {
    throw new UsageError(`${field}: "${value}" is not a date`, `write YYYY-MM-DD, e.g. ${field} 2026-11-01`);
  }
  return value;
}

function offsetAt(ms: number, timezone: string): number {
  const w = wallClock(ms, timezone);
  return Date.UTC(w.y, w.mo - 1, w.d, w.h, w.mi, w.s) - Math.floor(ms / 1000) * 1000;
}

/** The instant a day begins in a time zone (midnight, or the first moment after a DST gap). */
export function startOfDay(day: Day, timezone: string): number {
  const [y, mo, d] = day.split('-').map(Number) as [number, number, number];
  const guess = Date.UTC(y, mo - 1, d);
  // Twice: the offset at the first estimate may differ from the offset at midnight itself.
  const first = guess - offsetAt(guess, timezone);
  return guess - offsetAt(first, timezone);
}

export function addDays(day: Day, days: number): Day {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

export function periodOf(kind: Period['kind'], since: Day, until: Day, timezone: string): Period {
  return { kind, since, until, timezone, start: startOfDay(since, timezone), end: startOfDay(addDays(until, 1), timezone) };
}

/** The calendar month before the one `now` falls in, in the time zone. */
export function lastMonth(now: number, timezone: string): Period {
  const today = dayOf(now, timezone);
  const [y, mo] = today.split('-').map(Number) as [number, number];
  const firstOfThis = `${y}-${String(mo).padStart(2, '0')}-01`;
  const until = addDays(firstOfThis, -1);
  return periodOf('last-month', `${until.slice(0, 8)}01`, until, timezone);
}

/** The labels a title and a path are made of, taken from a day (the period's last). */
export function labels(day: Day): { month: string; year: string; week: string } {
  const [y, mo] = day.split('-').map(Number) as [number, number];
  return { month: MONTHS[mo - 1]!, year: String(y), week: String(isoWeek(day)) };
}

/** ISO 8601 week number: the week holding the year's first Thursday is week 1. */
export function isoWeek(day: Day): number {
  const ms = Date.parse(`${day}T00:00:00Z`);
  const weekday = (new Date(ms).getUTCDay() + 6) % 7;
  const thursday = ms + (3 - weekday) * DAY_MS;
  const firstOfYear = Date.UTC(new Date(thursday).getUTCFullYear(), 0, 1);
  return 1 + Math.floor((thursday - firstOfYear) / (7 * DAY_MS));
}

export function fillTemplate(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);
}

/**
 * An instant as GitHub's search takes it, in UTC (a DST change may fall within the period). The
 * `Z` form, not `+00:00`: Octokit sends a `+` in `q` as is, and in a query string it means a space.
 */
export function searchInstant(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}
