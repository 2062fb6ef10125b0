import type { Config } from '../../config/types.ts';
import { localTime } from '../../core/wall-clock.ts';

export interface FreezeWindow {
  from: string;
  until: string;
  reason: string;
}

function normalise(value: string, endOfDay: boolean): string {
  if (value.length === 10) return `${value}T${endOfDay ? '23:59:59' : '00:00:00'}`;
  return value.length === 16 ? `${value}:${endOfDay ? '59' : '00'}` : value;
}

/**
 * The freeze window `now` falls into, if any. Both ends are wall-clock times in the configured
 * timezone; a date alone as `until` includes that whole day (a freeze "until 2027-01-04" still
 * holds on the evening of the 4th).
 */
export function activeFreeze(config: Config, now: number): FreezeWindow | undefined {
  const local = localTime(now, config.timezone);
  return config.freeze.find((w) => normalise(w.from, false) <= local && local <= normalise(w.until, true));
}

/** Refusal text: which window, why, until when, and the way out. */
export function describeFreeze(window: FreezeWindow, timeZone: string): string {
  return (
    `deployments are frozen from ${window.from} until ${window.until}` +
    `${window.until.length === 10 ? ' (whole day)' : ''} ${timeZone}: ${window.reason}`
  );
}
