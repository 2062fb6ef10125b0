import { systemClock, type Clock } from '../../core/clock.ts';

/**
 * The rehearsal's clock: time runs `factor` times faster than the wall clock, so the stages'
 * real intervals (a 15 s poll, a 10 m observation) pass in a fraction of a second while every
 * wait still happens in order, with the stand-ins answering in real time.
 */
export function fastClock(factor: number): Clock {
  const start = Date.now();
  return {
    now: () => start + (Date.now() - start) * factor,
    sleep: (ms, signal) => systemClock.sleep(ms / factor, signal),
  };
}
