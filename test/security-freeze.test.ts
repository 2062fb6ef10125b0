import { describe, expect, test } from '@jest/globals';
import type { Config } from '../src/config/types.ts';
import { activeFreeze, type FreezeWindow } from '../src/stages/shared/freeze.ts';

function check(freeze: FreezeWindow[], at: string, timezone = 'Europe/Prague'): { reason: string | undefined; warnings: string[] } {
  const warnings: string[] = [];
  const config = { timezone, freeze } as unknown as Config;
  return { reason: activeFreeze(config, Date.parse(at), (m) => warnings.push(m))?.reason, warnings };
}

// Europe/Prague: CEST → CET on 2026-10-25 at 03:00 (02:00–02:59 happens twice: 00:00–00:59Z and
// 01:00–01:59Z); CET → CEST on 2027-03-28 at 02:00 (02:00–02:59 does not happen; 01:00Z is 03:00).
describe('freeze windows across daylight-saving changes', () => {
  test('a window starting in the repeated autumn hour holds from its first occurrence without a gap', () => {
    const window = [{ from: '2026-10-25T02:30', until: '2026-10-25T04:00', reason: 'autumn' }];
    expect(check(window, '2026-10-25T00:29:59Z').reason).toBeUndefined();
    for (const at of [
      '2026-10-25T00:30:00Z',
      '2026-10-25T00:59:59Z',
      '2026-10-25T01:00:00Z',
      '2026-10-25T01:29:00Z',
      '2026-10-25T02:59:59Z',
    ])
      expect([at, check(window, at).reason]).toEqual([at, 'autumn']);
    expect(check(window, '2026-10-25T03:01:00Z').reason).toBeUndefined();
  });

  test('a window ending in the repeated autumn hour does not end at the first occurrence and reopen', () => {
    const window = [{ from: '2026-10-24', until: '2026-10-25T02:30', reason: 'autumn' }];
    for (const at of ['2026-10-25T00:31:00Z', '2026-10-25T01:00:00Z', '2026-10-25T01:30:59Z'])
      expect([at, check(window, at).reason]).toEqual([at, 'autumn']);
    expect(check(window, '2026-10-25T01:31:00Z').reason).toBeUndefined();
  });

  test('a start the spring change skips becomes the jump, with a warning naming the window and the time', () => {
    const { reason, warnings } = check([{ from: '2027-03-28T02:30', until: '2027-03-28T05:00', reason: 'spring' }], '2027-03-28T01:00:00Z');
    expect(reason).toBe('spring');
    expect(warnings).toEqual([
      'freeze window "spring": 2027-03-28T02:30 does not exist in Europe/Prague (the clocks skip it that day); ' +
        'the window starts when they jump, at 2027-03-28T03:00:00',
    ]);
    expect(
      check([{ from: '2027-03-28T02:30', until: '2027-03-28T05:00', reason: 'spring' }], '2027-03-28T00:59:59Z').reason,
    ).toBeUndefined();
  });

  test('a window wholly inside the skipped hour is never active, and says so instead of staying silent', () => {
    const { reason, warnings } = check([{ from: '2027-03-28T02:00', until: '2027-03-28T02:45', reason: 'gap' }], '2027-03-28T01:00:00Z');
    expect(reason).toBeUndefined();
    expect(warnings).toHaveLength(3);
    expect(warnings[2]).toBe(
      'freeze window "gap" (2027-03-28T02:00 until 2027-03-28T02:45 Europe/Prague) is never active: ' +
        'it lies in the hour a daylight-saving change skips; write times outside it',
    );
  });

  test('ordinary windows give no warning; whole days and other zones still work', () => {
    const days = [{ from: '2026-12-21', until: '2027-01-04', reason: 'holidays' }];
    expect(check(days, '2026-12-20T22:59:59Z')).toEqual({ reason: undefined, warnings: [] });
    expect(check(days, '2026-12-20T23:00:00Z')).toEqual({ reason: 'holidays', warnings: [] });
    expect(check(days, '2027-01-04T22:59:59Z').reason).toBe('holidays');
    expect(check(days, '2027-01-04T23:00:00Z').reason).toBeUndefined();
    // New York: 2026-11-01 01:00–01:59 happens twice (05:00–05:59Z EDT, 06:00–06:59Z EST).
    const ny = [{ from: '2026-11-01T01:15', until: '2026-11-01T01:45', reason: 'ny' }];
    expect(check(ny, '2026-11-01T05:15:00Z', 'America/New_York').reason).toBe('ny');
    expect(check(ny, '2026-11-01T06:00:00Z', 'America/New_York').reason).toBe('ny');
    expect(check(ny, '2026-11-01T06:46:00Z', 'America/New_York').reason).toBeUndefined();
  });
});
