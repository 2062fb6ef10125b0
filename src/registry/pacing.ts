import type { Clock } from '../core/clock.ts';

export interface BucketLimits {
  /** Tokens added per second (the sustained request rate). */
  ratePerSecond: number;
  /** Tokens the bucket holds (the burst a server lets through at once). */
  burst: number;
}

/**
 * Quay's nginx in front of `/api/`: 5 requests a second per client address, burst 25
 * (quay/quay conf/nginx: `limit_req zone=api_resources_heavy_http1 burst=25 nodelay`).
 */
export const QUAY_API_LIMITS: BucketLimits = { ratePerSecond: 5, burst: 25 };

/**
 * A token bucket on the injected clock: a burst goes out at once, then requests are spaced at the
 * sustained rate. Waiters are served in the order they asked, so one slow caller cannot starve.
 */
export class TokenBucket {
  private tokens: number;
  private last: number;
  private queue: Promise<void> = Promise.resolve();
  private readonly clock: Clock;
  private readonly limits: BucketLimits;
  /** Milliseconds spent waiting for a token, over all callers (for the bench and tests). */
  waitedMs = 0;

  constructor(clock: Clock, limits: BucketLimits) {
    this.clock = clock;
    this.limits = limits;
    this.tokens = limits.burst;
    this.last = clock.now();
  }

  private refill(): void {
    const now = this.clock.now();
    this.tokens = Math.min(this.limits.burst, this.tokens + ((now - this.last) / 1000) * this.limits.ratePerSecond);
    this.last = now;
  }

  /** Resolves when the caller may send one request. */
  take(): Promise<void> {
    const turn = this.queue.then(async () => {
      for (;;) {
        this.refill();
        if (this.tokens >= 1) {
          this.tokens -= 1;
          return;
        }
        const wait = Math.ceil(((1 - this.tokens) / this.limits.ratePerSecond) * 1000);
        this.waitedMs += wait;
        await this.clock.sleep(wait);
      }
    });
    this.queue = turn;
    return turn;
  }
}

/**
 * One bucket per clock and server: Quay counts per client address, so every client of the same
 * host in this process draws from the same bucket (tests and the rehearsal have clocks of their own).
 */
const buckets = new WeakMap<Clock, Map<string, TokenBucket>>();

export function sharedBucket(clock: Clock, key: string, limits: BucketLimits): TokenBucket {
  let byKey = buckets.get(clock);
  if (!byKey) buckets.set(clock, (byKey = new Map<string, TokenBucket>()));
  let bucket = byKey.get(key);
  if (!bucket) byKey.set(key, (bucket = new TokenBucket(clock, limits)));
  return bucket;
}
