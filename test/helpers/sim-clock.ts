import type { Clock } from '../../src/core/clock.ts';

/** Simulated time: sleeping advances it and fires what a test scheduled for that moment. */
export class SimClock implements Clock {
  private t = Date.now();
  readonly start = this.t;
  private readonly events: Array<{ at: number; run: () => unknown }> = [];
  now(): number {
    return this.t;
  }
  /** Runs `fn` when the simulated clock reaches `ms` after the start. */
  at(ms: number, fn: () => unknown): void {
    this.events.push({ at: this.start + ms, run: fn });
  }
  async sleep(ms: number): Promise<void> {
    this.t += ms;
    for (const event of this.events.filter((e) => e.at <= this.t)) {
      this.events.splice(this.events.indexOf(event), 1);
      await event.run();
    }
    await new Promise((r) => setImmediate(r));
  }
}
