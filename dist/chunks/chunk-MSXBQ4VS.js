import { createRequire as __sgRequire } from 'node:module'; const require = __sgRequire(import.meta.url);
import {
  StageError
} from "./chunk-HO53TWSA.js";

// src/registry/http.ts
async function readRegistryJson(response, what, service) {
  const text = await response.text();
  const type = response.headers.get("content-type") ?? "";
  if (/html/i.test(type) || /^\s*<(!doctype|html|head|body)/i.test(text)) {
    const title = /<title[^>]*>([^<]*)</i.exec(text)?.[1]?.trim();
    throw new StageError(
      `${service} answered ${what} with HTML (HTTP ${response.status}${title ? `, "${title.slice(0, 80)}"` : ""}) instead of JSON`,
      "check that the apiUrl of this registry in the configuration is its API, not a web page or a proxy"
    );
  }
  if (!response.ok)
    throw new StageError(`${service} answered HTTP ${response.status} to ${what}${text ? `: ${text.slice(0, 300).trim()}` : ""}`);
  try {
    return JSON.parse(text);
  } catch {
    throw new StageError(
      `${service} answered ${what} with something that is not JSON (${type || "no content type"}): ${text.slice(0, 120).trim()}`
    );
  }
}

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
  readRegistryJson,
  QUAY_API_LIMITS,
  sharedBucket
};
