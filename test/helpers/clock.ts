import type { Clock } from '../../src/core/clock.ts';

export interface TestClockOptions {
  /**
   * Real milliseconds each sleep lets pass, for doubles that work on real timers (the cluster
   * double's controllers); 0 (the default) only lets pending I/O run.
   */
  realMsPerSleep?: number;
  /**
   * Time also runs with the wall clock between sleeps (a sleep still jumps): for a double that
   * stamps objects on its own while the stage polls.
   */
  flowing?: boolean;
}

/**
 * The tests' one clock: time moves when the stage sleeps (a 20-minute wait passes at once), every
 * sleep is recorded, and a test can schedule what happens "meanwhile" at a moment of that time.
 * `now` and `sleep` are bound, so they can be handed to a double on their own.
 */
export class TestClock implements Clock {
  /** When the clock started (epoch ms). */
  readonly start: number;
  /** Every sleep asked of the clock, in order. */
  readonly slept: number[] = [];
  /** Called after each sleep with the number of sleeps so far. */
  onSleep: ((count: number) => void) | undefined;
  private offset = 0;
  private readonly realStart = Date.now();
  private readonly realMsPerSleep: number;
  private readonly flowing: boolean;
  private readonly events: Array<{ at: number; run: () => unknown }> = [];

  constructor(start: number | string = Date.now(), options: TestClockOptions = {}) {
    this.start = typeof start === 'string' ? Date.parse(start) : start;
    if (Number.isNaN(this.start)) throw new Error(`TestClock: "${String(start)}" is not a date`);
    this.realMsPerSleep = options.realMsPerSleep ?? 0;
    this.flowing = options.flowing ?? false;
  }

  now = (): number => this.start + this.offset + (this.flowing ? Date.now() - this.realStart : 0);

  /** Moves time forward without a sleep (what happens between two runs). */
  advance(ms: number): void {
    this.offset += ms;
  }

  /** Runs `fn` when the clock reaches `ms` after its start. */
  at(ms: number, fn: () => unknown): void {
    this.events.push({ at: this.start + ms, run: fn });
  }

  sleep = async (ms: number, signal?: AbortSignal): Promise<void> => {
    if (signal?.aborted) throw abortReason(signal);
    this.slept.push(ms);
    const real = Math.min(ms, this.realMsPerSleep);
    // A still clock jumps the whole pause at once; a flowing one after the real wait, less what it took.
    if (!this.flowing) this.offset += ms;
    for (const event of this.events.filter((e) => e.at <= this.now())) {
      this.events.splice(this.events.indexOf(event), 1);
      await event.run();
    }
    this.onSleep?.(this.slept.length);
    await new Promise<void>((resolve, reject) => {
      const done = (): void => {
        signal?.removeEventListener('abort', abort);
        resolve();
      };
      const timer = real > 0 ? setTimeout(done, real) : undefined;
      const immediate = real > 0 ? undefined : setImmediate(done);
      const abort = (): void => {
        clearTimeout(timer);
        if (immediate) clearImmediate(immediate);
        reject(abortReason(signal!));
      };
      signal?.addEventListener('abort', abort, { once: true });
    });
    if (this.flowing) this.offset += Math.max(0, ms - real);
  };
}

function abortReason(signal: AbortSignal): Error {
  const reason: unknown = signal.reason;
  return reason instanceof Error ? reason : new Error(`aborted: ${String(reason)}`);
}
