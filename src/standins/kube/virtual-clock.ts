import type { Clock } from '../../core/clock.ts';

/**
 * A clock for tests and rehearsals against the double: `sleep` moves time forward at once and
 * yields a few real milliseconds, so the double's controllers (real timers) keep pace while a
 * 20-minute deadline passes in about a second. Give the same `now` to the double.
 */
export class VirtualClock implements Clock {
  private offset = 0;
  readonly realMsPerSleep: number;

  constructor(realMsPerSleep = 5) {
    this.realMsPerSleep = realMsPerSleep;
  }

  now = (): number => Date.now() + this.offset;

  advance(ms: number): void {
    this.offset += ms;
  }

  sleep = (ms: number, signal?: AbortSignal): Promise<void> =>
    new Promise((resolve, reject) => {
      const aborted = () => (signal?.reason instanceof Error ? signal.reason : new Error('aborted'));
      if (signal?.aborted) return reject(aborted());
      const timer = setTimeout(
        () => {
          this.offset += Math.max(0, ms - this.realMsPerSleep);
          resolve();
        },
        Math.min(ms, this.realMsPerSleep),
      );
      signal?.addEventListener(
        'abort',
        () => {
          clearTimeout(timer);
          reject(aborted());
        },
        { once: true },
      );
    });
}
