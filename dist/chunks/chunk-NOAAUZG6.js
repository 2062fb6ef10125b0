import { createRequire as __sgRequire } from 'node:module'; const require = __sgRequire(import.meta.url);

// src/registry/pacing.ts
var QUAY_API_LIMITS = { ratePerSecond: 5, burst: 25 };
var TokenBucket = class {
  tokens;
  last;
  queue = Promise.resolve();
  clock;
  limits;
  /** Milliseconds spent waiting for a token, over all callers (for the bench and tests). */
  waitedMs = 0;
  constructor(clock, limits) {
    this.clock = clock;
    this.limits = limits;
    this.tokens = limits.burst;
    this.last = clock.now();
  }
  refill() {
    const now = this.clock.now();
    this.tokens = Math.min(this.limits.burst, this.tokens + (now - this.last) / 1e3 * this.limits.ratePerSecond);
    this.last = now;
  }
  /** Resolves when the caller may send one request. */
  take() {
    const turn = this.queue.then(async () => {
      for (; ; ) {
        this.refill();
        if (this.tokens >= 1) {
          this.tokens -= 1;
          return;
        }
        const wait = Math.ceil((1 - this.tokens) / this.limits.ratePerSecond * 1e3);
        this.waitedMs += wait;
        await this.clock.sleep(wait);
      }
    });
    this.queue = turn;
    return turn;
  }
};
var buckets = /* @__PURE__ */ new WeakMap();
function sharedBucket(clock, key, limits) {
  let byKey = buckets.get(clock);
  if (!byKey) buckets.set(clock, byKey = /* @__PURE__ */ new Map());
  let bucket = byKey.get(key);
  if (!bucket) byKey.set(key, bucket = new TokenBucket(clock, limits));
  return bucket;
}

export {
  QUAY_API_LIMITS,
  sharedBucket
};
