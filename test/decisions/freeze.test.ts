// Pins the freeze check (issue 18, mutation testing): both ends are wall-clock times in the
// configured timezone, inclusive to the second; a date alone covers its whole day; the first
// window that holds is the one named.
import { describe, expect, test } from '@jest/globals';
import type { Config } from '../../src/config/types.ts';
import { activeFreeze, describeFreeze, type FreezeWindow } from '../../src/stages/shared/freeze.ts';

const config = (timezone: string, freeze: FreezeWindow[]) => ({ timezone, freeze }) as unknown as Config;
const at = (iso: string) => Date.parse(iso);

describe('activeFreeze', () => {
  test('minutes: from its first second to the last second of the until minute, no further', () => {
    const c = config('UTC', [{ from: '2026-11-30T13:00', until: '2026-11-30T15:00', reason: 'talk' }]);
    expect(activeFreeze(c, at('2026-11-30T12:59:59Z'))).toBeUndefined();
    expect(activeFreeze(c, at('2026-11-30T13:00:00Z'))?.reason).toBe('talk');
    expect(activeFreeze(c, at('2026-11-30T14:00:00Z'))?.reason).toBe('talk');
    expect(activeFreeze(c, at('2026-11-30T15:00:59Z'))?.reason).toBe('talk');
    expect(activeFreeze(c, at('2026-11-30T15:01:00Z'))).toBeUndefined();
  });

  test('dates: from midnight to the end of the until day', () => {
    const c = config('UTC', [{ from: '2026-12-21', until: '2027-01-04', reason: 'holidays' }]);
    expect(activeFreeze(c, at('2026-12-20T23:59:59Z'))).toBeUndefined();
    expect(activeFreeze(c, at('2026-12-21T00:00:00Z'))?.reason).toBe('holidays');
    expect(activeFreeze(c, at('2027-01-04T23:59:59Z'))?.reason).toBe('holidays');
    expect(activeFreeze(c, at('2027-01-05T00:00:00Z'))).toBeUndefined();
  });

  test('seconds are taken as written', () => {
    const c = config('UTC', [{ from: '2026-11-30T13:00:30', until: '2026-11-30T13:01:10', reason: 'blip' }]);
    expect(activeFreeze(c, at('2026-11-30T13:00:29Z'))).toBeUndefined();
    expect(activeFreeze(c, at('2026-11-30T13:00:30Z'))?.reason).toBe('blip');
    expect(activeFreeze(c, at('2026-11-30T13:01:10Z'))?.reason).toBe('blip');
    expect(activeFreeze(c, at('2026-11-30T13:01:11Z'))).toBeUndefined();
  });

  test('in the configured timezone, not UTC', () => {
    const c = config('Europe/Prague', [{ from: '2026-11-30T09:00', until: '2026-11-30T10:00', reason: 'standup' }]);
    // Prague is UTC+1 in winter.
    expect(activeFreeze(c, at('2026-11-30T07:59:59Z'))).toBeUndefined();
    expect(activeFreeze(c, at('2026-11-30T08:00:00Z'))?.reason).toBe('standup');
    expect(activeFreeze(c, at('2026-11-30T09:00:59Z'))?.reason).toBe('standup');
    expect(activeFreeze(c, at('2026-11-30T09:01:00Z'))).toBeUndefined();
  });

  test('the first window that holds is named; none configured: never frozen', () => {
    const c = config('UTC', [
      { from: '2026-01-01', until: '2026-01-02', reason: 'new year' },
      { from: '2026-11-30T10:00', until: '2026-11-30T12:00', reason: 'first' },
      { from: '2026-11-30', until: '2026-11-30', reason: 'second' },
    ]);
    expect(activeFreeze(c, at('2026-11-30T11:00:00Z'))).toEqual({ from: '2026-11-30T10:00', until: '2026-11-30T12:00', reason: 'first' });
    expect(activeFreeze(c, at('2026-11-30T13:00:00Z'))?.reason).toBe('second');
    expect(activeFreeze(config('UTC', []), at('2026-11-30T11:00:00Z'))).toBeUndefined();
  });
});

describe('describeFreeze', () => {
  test('names the window, the zone and the reason; a date-only until says whole day', () => {
    expect(describeFreeze({ from: '2026-12-21', until: '2027-01-04', reason: 'holidays' }, 'Europe/Prague')).toBe(
      'deployments are frozen from 2026-12-21 until 2027-01-04 (whole day) Europe/Prague: holidays',
    );
    expect(describeFreeze({ from: '2026-11-30T13:00', until: '2026-11-30T15:00', reason: 'talk' }, 'UTC')).toBe(
      'deployments are frozen from 2026-11-30T13:00 until 2026-11-30T15:00 UTC: talk',
    );
  });
});
