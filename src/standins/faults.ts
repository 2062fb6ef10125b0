import { AsyncLocalStorage } from 'node:async_hooks';

/** What the fault layer can do to one request (or, for `down` and `kill`, to what follows it). */
export const FAULT_KINDS = [
  'http-500',
  'http-502',
  'http-503',
  'http-429',
  'reset-before',
  'reset-after',
  'slow',
  'truncated-json',
  'malformed-json',
  'html-page',
  'watch-closed',
  'watch-gone',
  'down',
  'kill',
  'stable-pushed',
] as const;
export type FaultKind = (typeof FAULT_KINDS)[number];

/** Faults decided per request (the rest happen once per run: an outage, the process killed). */
const REQUEST_KINDS: FaultKind[] = [
  'http-500',
  'http-502',
  'http-503',
  'http-429',
  'reset-before',
  'reset-after',
  'slow',
  'truncated-json',
  'malformed-json',
  'html-page',
];
const WATCH_KINDS: FaultKind[] = ['watch-closed', 'watch-gone', 'reset-before', 'http-503'];

/** mulberry32: a small seeded PRNG (32-bit state), so a seed replays the same draws. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a over text, mixed with a seed: one independent stream of draws per (seed, text). */
export function hashSeed(seed: number, text: string): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

/** The seed of run `run` of a fault campaign started with `seed` (each run replays alone from it). */
export function runSeed(seed: number, run: number): number {
  return hashSeed(seed, `run ${run}`);
}

export interface InjectedFault {
  kind: FaultKind;
  service: string;
  request: string;
  /** By the plan's clock. */
  at: number;
}

export interface FaultPlanOptions {
  seed: number;
  /** Chance that one request meets a fault. */
  rate: number;
  /** Services whose requests may fail (default: all). */
  services?: string[];
  /** The simulated clock (outages last simulated time). */
  now: () => number;
  /** Chance of one outage in the run: a service that refuses every connection for a while, then comes back. */
  outageChance?: number;
  /**
   * Kill the deploy at the request that is the n-th new request line (1-based; a poll repeats its
   * line, so the kill lands at the same step however many polls real time allowed); undefined: never.
   */
  killAt?: number;
  /** Only these kinds (a test of one kind); default: all of them. */
  kinds?: FaultKind[];
}

export interface RequestInfo {
  service: string;
  method: string;
  /** Path without the query. */
  path: string;
  watch: boolean;
}

/**
 * The faults of one run, drawn from its seed. Every request's fate is drawn from the seed, the
 * service, the request line and how many times that line was asked before: the same run meets
 * the same faults at the same requests however the clients' requests to different services
 * interleave. One outage (a service refusing connections for a stretch of simulated time) and a
 * process kill (at the n-th request) are drawn once.
 */
export class FaultPlan {
  readonly seed: number;
  readonly injected: InjectedFault[] = [];
  /** Off: every request is served as it is (the resume after the faults stop). */
  enabled = true;
  /** The deploy was killed: nothing it sends arrives any more. */
  dead = false;
  /** Called once when the kill happens (the runner keeps the state file as the kill left it). */
  onKill: (() => void) | undefined;
  /** Called with the count of new request lines at each new one (the runner acts on the world at a drawn one). */
  onRequest: ((count: number) => void) | undefined;
  readonly killAt: number | undefined;
  /** Answers held back the whole hold: their client never timed out (see SLOW_HOLD_MS). */
  heldToTheEnd = 0;
  readonly outage: { service: string; afterRequests: number; forMs: number } | undefined;
  private readonly options: FaultPlanOptions;
  private readonly seen = new Map<string, number>();
  private requests = 0;
  /** Request lines asked for the first time: what the kill, the hotfix and the outage's start count. */
  private fresh = 0;
  private outageFrom: number | undefined;

  constructor(options: FaultPlanOptions) {
    this.options = options;
    this.seed = options.seed;
    this.killAt = options.killAt;
    const random = mulberry32(hashSeed(options.seed, 'outage'));
    const services = options.services ?? ['github', 'copr', 'matrix', 'slack', 'sentry', 'kube', 'registry', 'endpoints'];
    if (random() < (options.outageChance ?? 0)) {
      this.outage = {
        service: services[Math.floor(random() * services.length)]!,
        // Its start: at the n-th new request line of the run (a service asks only a few lines of its own).
        afterRequests: 1 + Math.floor(random() * 45),
        // 10 s to 3 min: within what the clients' retries may ride out, and beyond it.
        forMs: 10_000 + Math.floor(random() * 170_000),
      };
    }
  }

  now(): number {
    return this.options.now();
  }

  /** What happens to this request: undefined to serve it as is. */
  decide(request: RequestInfo): FaultKind | undefined {
    if (this.dead) return 'kill';
    if (!this.enabled) return undefined;
    this.requests++;
    const line = `${request.service} ${request.method} ${request.path}`;
    const nth = (this.seen.get(line) ?? 0) + 1;
    this.seen.set(line, nth);
    if (nth === 1) {
      this.fresh++;
      this.onRequest?.(this.fresh);
    }
    if (this.killAt !== undefined && this.fresh >= this.killAt) {
      this.dead = true;
      this.record('kill', request);
      this.onKill?.();
      return 'kill';
    }
    const outage = this.outage;
    if (outage && request.service === outage.service) {
      if (this.outageFrom === undefined && this.fresh >= outage.afterRequests) this.outageFrom = this.now();
      if (this.outageFrom !== undefined && this.now() < this.outageFrom + outage.forMs) {
        // One record per outage; the requests it refused are part of it.
        if (!this.injected.some((f) => f.kind === 'down')) this.record('down', request);
        return 'reset-before';
      }
    }
    if (this.options.services && !this.options.services.includes(request.service)) return undefined;
    const random = mulberry32(hashSeed(this.seed, `${line} #${nth}`));
    // A rollout opens a watch or two: they meet their faults more often, or hardly ever would.
    const rate = request.watch ? Math.max(this.options.rate, Math.min(0.5, this.options.rate * 10)) : this.options.rate;
    if (random() >= rate) return undefined;
    const all = request.watch ? WATCH_KINDS : REQUEST_KINDS;
    const kinds = this.options.kinds ? all.filter((k) => this.options.kinds!.includes(k)) : all;
    if (!kinds.length) return undefined;
    const kind = kinds[Math.floor(random() * kinds.length)]!;
    this.record(kind, request);
    return kind;
  }

  /** A draw for the details of a fault (Retry-After, when a watch closes), from the same seed and asking. */
  detail(request: RequestInfo, what: string): number {
    const line = `${request.service} ${request.method} ${request.path}`;
    // Keyed on the line's own count, not the run's: polls elsewhere do not move it.
    return mulberry32(hashSeed(this.seed, `${line} ${what} #${this.seen.get(line) ?? 0}`))();
  }

  /** Records a fault the runner caused itself (a push to stable behind the deploy's back). */
  note(kind: FaultKind, service: string, what: string): void {
    this.injected.push({ kind, service, request: what, at: this.now() });
  }

  private record(kind: FaultKind, request: RequestInfo): void {
    this.injected.push({ kind, service: request.service, request: `${request.method} ${request.path}`, at: this.now() });
  }
}

/**
 * The plan of the stand-ins built inside `faultScope.run(plan, ...)`: each double takes it when it
 * is made, so runs side by side in one process each keep their own.
 */
export const faultScope = new AsyncLocalStorage<FaultPlan>();

export function currentFaultPlan(): FaultPlan | undefined {
  return faultScope.getStore();
}
