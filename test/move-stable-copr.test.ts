import { describe, expect, test } from '@jest/globals';
import { TestClock } from './helpers/clock.ts';
import { MemorySink, TerminalLogger } from '../src/core/logger.ts';
import { withRetry } from '../src/core/retry.ts';
import { Secrets } from '../src/core/secrets.ts';
import type { CoprClient } from '../src/copr/client.ts';
import { waitForCoprBuild } from '../src/stages/move-stable/copr.ts';

describe('the wait for a Copr build', () => {
  test('a certificate Copr presents and we do not trust ends the wait at the first look', async () => {
    const clock = new TestClock('2026-11-30T12:00:00Z');
    const logger = new TerminalLogger(new Secrets(), new MemorySink());
    let looks = 0;
    // What createCoprClient throws then: withRetry's StageError, the TLS code deep in its causes.
    const copr: CoprClient = {
      latestSucceeded: () => {
        looks++;
        return withRetry({ service: 'Copr', what: 'GET /api_3/package/', logger, clock }, () => {
          throw Object.assign(new TypeError('fetch failed'), {
            cause: Object.assign(new Error('unable to verify the first certificate'), { code: 'UNABLE_TO_VERIFY_LEAF_SIGNATURE' }),
          });
        });
      },
    };
    const wait = {
      project: 'packit/packit-dev',
      package: 'packit',
      sha: '116edc5'.padEnd(40, '0'),
      timeoutMs: 3_600_000,
      intervalMs: 60_000,
    };
    await expect(waitForCoprBuild(copr, wait, logger, clock)).rejects.toThrow(
      'Copr: TLS certificate not accepted (UNABLE_TO_VERIFY_LEAF_SIGNATURE)',
    );
    expect(looks).toBe(1);
    expect(clock.slept).toHaveLength(0);
  });
});
