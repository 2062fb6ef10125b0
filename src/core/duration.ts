import { UsageError } from './errors.ts';

const UNITS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };
export const DURATION_PATTERN = /^(\d+(?:\.\d+)?)(ms|s|m|h|d)$/;

/** Parses "90m", "5s", "2h", "250ms". */
export function parseDuration(text: string, field: string): number {
  const match = DURATION_PATTERN.exec(text.trim());
  if (!match) {
    throw new UsageError(`${field}: "${text}" is not a duration`, 'write a number and a unit, e.g. 30s, 10m, 2h');
  }
  const ms = Math.round(Number(match[1]) * UNITS[match[2]!]!);
  // Beyond a year is a typo (and past 2^53 it is not even a number we can wait for).
  if (!Number.isSafeInteger(ms) || ms > 366 * UNITS.d!) {
    throw new UsageError(`${field}: "${text}" is longer than a year`, 'write a number and a unit, e.g. 30s, 10m, 2h, 90d');
  }
  return ms;
}

export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)}ms`;
  const totalSeconds = Math.round(ms / 1000);
  const h = Math.floor(totalSeconds / 3600);
  const m = Math.floor((totalSeconds % 3600) / 60);
  const s = totalSeconds % 60;
  if (h) return `${h}h${String(m).padStart(2, '0')}m`;
  if (m) return `${m}m${String(s).padStart(2, '0')}s`;
  return `${s}s`;
}
