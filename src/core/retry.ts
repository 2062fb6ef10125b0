import type { Clock } from './clock.ts';
import { formatDuration } from './duration.ts';
import { StageError } from './errors.ts';
import type { Logger } from './logger.ts';

/**
 * The one retry policy of every client that its SDK does not already govern (octokit has its
 * own retry and throttling plugins): exponential backoff with jitter, Retry-After honoured up to
 * a cap, a timeout on every attempt, and the injected clock for every pause.
 */
export interface RetryPolicy {
  /** Attempts in all, the first included. */
  attempts: number;
  /** Backoff before the second attempt; doubles after each further failure. */
  baseMs: number;
  /** Longest backoff between two attempts. */
  maxBackoffMs: number;
  /** The longest Retry-After we wait out; a longer one fails at once and says so. */
  maxRetryAfterMs: number;
  /** Each attempt is aborted after this long and counts as a transient failure. */
  attemptTimeoutMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  attempts: 5,
  baseMs: 1000,
  maxBackoffMs: 30_000,
  maxRetryAfterMs: 5 * 60_000,
  attemptTimeoutMs: 30_000,
};

/**
 * Thrown by an attempt to say "this failure is worth another try". `once`: worth one more try
 * only (a name that did not resolve, where the tool cannot tell a missing name from a resolver
 * that did not answer). `cause` keeps the original error, whose codes the policy reads.
 */
export class TransientError extends Error {
  readonly retryAfterMs: number | undefined;
  readonly once: boolean;
  constructor(message: string, retryAfterMs?: number, options: { cause?: unknown; once?: boolean } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'TransientError';
    this.retryAfterMs = retryAfterMs;
    this.once = options.once ?? false;
  }
}

export interface RetryOptions {
  /** Named in every log line and error, e.g. "Copr" or "Matrix". */
  service: string;
  /** The request, e.g. "GET /api_3/package/"; named in errors. */
  what: string;
  /** The host the request goes to, named when it cannot be reached (the request may not name it). */
  host?: string;
  logger: Logger;
  clock: Clock;
  policy?: Partial<RetryPolicy>;
  /** For tests of the jitter; defaults to Math.random. */
  random?: () => number;
}

const TLS_CODES = new Set([
  'CERT_HAS_EXPIRED',
  'CERT_NOT_YET_VALID',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'ERR_TLS_CERT_ALTNAME_INVALID',
  'CERT_SIGNATURE_FAILURE',
  'CERT_UNTRUSTED',
]);

const TRANSIENT_CODES = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'ECONNABORTED',
  'EPIPE',
  'ETIMEDOUT',
  'EAI_AGAIN',
  'ENETUNREACH',
  'EHOSTUNREACH',
  'UND_ERR_SOCKET',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
  'UND_ERR_CLOSED',
]);

/** HTTP statuses worth another try. */
export const TRANSIENT_STATUSES = new Set([408, 425, 429, 500, 502, 503, 504]);

/** Error codes along the cause chain (fetch wraps the socket's error in `cause`). */
export function errorCodes(error: unknown): string[] {
  const codes: string[] = [];
  for (let e: unknown = error, depth = 0; e && typeof e === 'object' && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string') codes.push(code);
  }
  return codes;
}

/** An aborted attempt (DOMException, whose realm may differ from ours: judged by its name). */
function isTimeout(error: unknown): boolean {
  const name = error && typeof error === 'object' ? (error as { name?: unknown }).name : undefined;
  return name === 'TimeoutError' || name === 'AbortError';
}

/** A certificate problem: retrying cannot help, and the message says what to fix. */
export function tlsProblem(error: unknown): string | undefined {
  return errorCodes(error).find((code) => TLS_CODES.has(code));
}

/**
 * DNS's final "no such name" (getaddrinfo ENOTFOUND): a typo in a URL, which no wait heals, so it
 * is never retried. EAI_AGAIN (the resolver did not answer) may heal: it is retried once, not for
 * the half minute of a whole backoff.
 */
export function noSuchHost(error: unknown): boolean {
  return errorCodes(error).includes('ENOTFOUND');
}

function retriedOnce(error: unknown): boolean {
  return (error instanceof TransientError && error.once) || errorCodes(error).includes('EAI_AGAIN');
}

/** Network failures and timeouts that another attempt may not meet. */
export function isTransient(error: unknown): boolean {
  if (noSuchHost(error)) return false;
  if (error instanceof TransientError) return true;
  if (tlsProblem(error)) return false;
  if (isTimeout(error)) return true;
  if (errorCodes(error).some((code) => TRANSIENT_CODES.has(code))) return true;
  // fetch's own failure is a TypeError, possibly of another realm (judged by name, not class).
  const { name, message } = (error ?? {}) as { name?: unknown; message?: unknown };
  return name === 'TypeError' && typeof message === 'string' && /fetch failed|terminated|other side closed/i.test(message);
}

/**
 * The message of an error and of its causes that add something, e.g. "fetch failed (getaddrinfo
 * ENOTFOUND chat.example)": fetch's own words name no host and no reason, its cause does.
 */
export function describeError(error: unknown): string {
  // Judged by shape: fetch's errors may come from another realm (test VMs), where instanceof Error fails.
  const said = (e: unknown): string | undefined => {
    const message = typeof e === 'object' && e !== null ? (e as { message?: unknown }).message : undefined;
    return typeof message === 'string' ? message : undefined;
  };
  let text = said(error);
  if (text === undefined) return String(error);
  for (let e = (error as { cause?: unknown }).cause, depth = 0; typeof e === 'object' && e !== null && depth < 5; depth++) {
    const message = said(e);
    if (message && !text.includes(message)) text += ` (${message})`;
    e = (e as { cause?: unknown }).cause;
  }
  return text;
}

/** Seconds or an HTTP date, as RFC 9110 allows; undefined when absent or unreadable. */
export function parseRetryAfter(header: string | null | undefined, now: number): number | undefined {
  if (!header) return undefined;
  if (/^\d+$/.test(header.trim())) return Number(header.trim()) * 1000;
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** The pause before attempt `attempt + 1`: exponential, capped, with jitter in [50%, 100%]. */
export function backoffMs(policy: RetryPolicy, attempt: number, random: () => number): number {
  const exponential = Math.min(policy.maxBackoffMs, policy.baseMs * 2 ** (attempt - 1));
  return Math.round(exponential * (0.5 + random() / 2));
}

/**
 * Runs `attempt` until it succeeds, fails for good, or the attempts are used up. The attempt gets
 * a signal that aborts after the policy's per-attempt timeout; it must pass it on to its request.
 */
export async function withRetry<T>(options: RetryOptions, attempt: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const policy = { ...DEFAULT_RETRY_POLICY, ...options.policy };
  const random = options.random ?? Math.random;
  let lastProblem = '';
  let limit = policy.attempts;
  let n = 1;
  for (; n <= limit; n++) {
    try {
      return await attempt(AbortSignal.timeout(policy.attemptTimeoutMs));
    } catch (error) {
      const tls = tlsProblem(error);
      if (tls) {
        throw new StageError(
          `${options.service}: TLS certificate not accepted (${tls}) for ${options.what}`,
          'the server presents a certificate we do not trust: give its CA in the configuration (e.g. caFile) or fix the URL',
          { cause: error },
        );
      }
      if (noSuchHost(error) && !(error instanceof StageError)) {
        throw new StageError(
          `${options.service}: ${options.host ?? 'the host'} does not resolve, for ${options.what}: ${describeError(error)}`,
          'check the host name in the configuration (a typo?) and the DNS of where this runs; a name that does not resolve is not retried',
          { cause: error },
        );
      }
      if (!isTransient(error)) throw error;
      // A connection that failed (not an answer that said "later"): the request may not name the host.
      const connection = !isTimeout(error) && !(error instanceof TransientError && error.cause === undefined);
      const reached = connection && options.host ? `could not reach ${options.host}: ` : '';
      lastProblem = isTimeout(error) ? `no answer within ${formatDuration(policy.attemptTimeoutMs)}` : reached + describeError(error);
      if (retriedOnce(error)) limit = Math.min(limit, n + 1);
      if (n >= limit) break;
      let wait = backoffMs(policy, n, random);
      const after = error instanceof TransientError ? error.retryAfterMs : undefined;
      if (after !== undefined) {
        if (after > policy.maxRetryAfterMs) {
          throw new StageError(
            `${options.service} asks us to wait ${Math.round(after / 1000)}s (Retry-After) for ` +
              `${options.what}, longer than the ${Math.round(policy.maxRetryAfterMs / 1000)}s we wait`,
            'the service is rate limiting this token; try again later',
          );
        }
        wait = Math.max(wait, after);
      }
      options.logger.warning(
        `${options.service}: ${lastProblem} (${options.what}); retrying in ` +
          `${Math.max(1, Math.round(wait / 1000))}s (attempt ${n + 1} of ${limit})`,
      );
      await options.clock.sleep(wait);
    }
  }
  const tried = Math.min(n, limit);
  throw new StageError(
    `${options.service} did not answer ${options.what} after ${tried} attempt${tried === 1 ? '' : 's'}: ${lastProblem}`,
    'check that the service is reachable and its URL in the configuration is right; then run the stage again',
  );
}
