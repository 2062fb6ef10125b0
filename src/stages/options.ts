import { parseDuration } from '../core/duration.ts';
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
  const items = Array.isArray(value) ? value : String(value).split(/[\n,]/);
  return items.map((s) => s.trim()).filter(Boolean);
}

export function text(raw: RawOptions, name: string): string | undefined {
  const value = raw[name];
  if (value === undefined || value === '' || value === false) return undefined;
  if (typeof value !== 'string') throw new UsageError(`--${name}: expected one value`);
  return value.trim();
}

export function duration(raw: RawOptions, name: string, fallback: string): number {
  return parseDuration(text(raw, name) ?? fallback, `--${name}`);
}
