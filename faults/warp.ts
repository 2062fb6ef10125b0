import { systemClock, type Clock } from '../src/core/clock.ts';

/** The fault runs' timer warp (warpTimers) and the product's simulated clock speed (simulatedClock). */
export const WARP = 10;
export const SPEED = 500;

/** The real setTimeout, kept before any warp: the runner's own deadlines are wall-clock time. */
export const realSetTimeout = globalThis.setTimeout;

/**
 * Speeds up this process's timers: every setTimeout and AbortSignal.timeout lasts `factor` times
 * less real time. The libraries' own real-time waits (octokit's retry and write spacing, the
 * clients' 30-s attempt timeouts, the stand-ins' kubelet delays) then take milliseconds, so a
 * fault campaign of hundreds of runs fits in minutes; everything still happens in the same order.
 * Only the fault runner calls this, in its own process.
 */
export function warpTimers(factor: number): void {
  const warped = (handler: (...args: unknown[]) => void, ms?: number, ...args: unknown[]) =>
    realSetTimeout(handler, ms === undefined ? ms : ms / factor, ...args);
  globalThis.setTimeout = warped as typeof setTimeout;
  AbortSignal.timeout = (ms: number): AbortSignal => {
    const controller = new AbortController();
    realSetTimeout(
      () => controller.abort(new DOMException('The operation was aborted due to timeout', 'TimeoutError')),
      ms / factor,
    ).unref();
    return controller.signal;
  };
}

/**
 * The runs' simulated clock: time runs `speed` times faster than the wall clock, and a sleep of
 * the product lasts as long in simulated time (its timer is warped by `warp`, see warpTimers).
 */
export function simulatedClock(speed: number, warp: number): SimulatedClock {
  const start = Date.now();
  const clock: SimulatedClock = {
    offsetMs: 0,
    instant: false,
    now: () => start + (Date.now() - start) * speed + clock.offsetMs,
    sleep: (ms, signal) => systemClock.sleep(clock.instant ? 0 : (ms * warp) / speed, signal),
  };
  return clock;
}

export interface SimulatedClock extends Clock {
  /** Added to the time: a jump ahead. */
  offsetMs: number;
  /** Every sleep ends at once (a killed process's leftovers run out their deadlines quickly). */
  instant: boolean;
}
