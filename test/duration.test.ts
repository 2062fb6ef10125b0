import { describe, expect, test } from '@jest/globals';
import { formatDuration, parseDuration } from '../src/core/duration.ts';
import { parseRetryAfter as retryAfterMs } from '../src/core/retry.ts';
import { Secrets } from '../src/core/secrets.ts';

describe('small helpers', () => {
  test.each([
    ['90m', 5_400_000],
    ['5s', 5_000],
    ['2h', 7_200_000],
    ['250ms', 250],
    ['1.5h', 5_400_000],
  ])('parses %s', (text, ms) => {
    expect(parseDuration(text, '--timeout')).toBe(ms);
  });

  test('a duration without a unit names the option and the fix', () => {
    expect(() => parseDuration('90', '--timeout')).toThrow('--timeout: "90" is not a duration');
  });

  test('formats durations for progress lines', () => {
    expect([
      formatDuration(450),
      formatDuration(42_000),
      formatDuration(23 * 60_000 + 5_000),
      formatDuration(2 * 3_600_000 + 60_000),
    ]).toEqual(['450ms', '42s', '23m05s', '2h01m']);
  });

  test('Retry-After as seconds or as an HTTP date', () => {
    const now = Date.parse('2026-11-28T10:00:00Z');
    expect(retryAfterMs('3', now)).toBe(3000);
    expect(retryAfterMs('Sat, 28 Nov 2026 10:00:30 GMT', now)).toBe(30_000);
    expect(retryAfterMs(null, now)).toBeUndefined();
  });

  test('secrets are redacted raw, URL-encoded and base64-encoded', () => {
    const secrets = new Secrets();
    secrets.add('p@ss/word:1');
    const text = `a p@ss/word:1 b ${encodeURIComponent('p@ss/word:1')} c ${Buffer.from('p@ss/word:1').toString('base64')}`;
    expect(secrets.redact(text)).toBe('a *** b *** c ***');
  });
});

test('the tests run on Node 24, the runtime of the actions', () => {
  expect(Number(process.versions.node.split('.')[0])).toBeGreaterThanOrEqual(24);
});
