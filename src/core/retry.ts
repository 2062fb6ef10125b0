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

/** Thrown by an attempt to say "this failure is worth another try". */
export class TransientError extends Error {
  readonly retryAfterMs: number | undefined;
  constructor(message: string, retryAfterMs?: number) {
    super(message);
    this.name = 'TransientError';
    this.retryAfterMs = retryAfterMs;
  }
}

export interface RetryOptions {
  /** Named in every log line and error, e.g. "Copr" or "Matrix". */
  service: string;
  /** The request, e.g. "GET /api_3/package/"; named in errors. */
  what: string;
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

/** Network failures and timeouts that another attempt may not meet. */
export function isTransient(error: unknown): boolean {
  if (error instanceof TransientError) return true;
  if (tlsProblem(error)) return false;
  if (isTimeout(error)) return true;
  if (errorCodes(error).some((code) => TRANSIENT_CODES.has(code))) return true;
  // fetch's own failure is a TypeError, possibly of another realm (judged by name, not class).
  const { name, message } = (error ?? {}) as { name?: unknown; message?: unknown };
  return name === 'TypeError' && typeof message === 'string' && /fetch failed|terminated|other side closed/i.test(message);
}

/** The message of an error and its causes, e.g. "fetch failed (connect ECONNREFUSED 127.0.0.1:9)". */
export function describeError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause instanceof Error && error.cause.message !== error.message ? ` (${error.cause.message})` : '';
  return `${error.message}${cause}`;
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
  for (let n = 1; n <= policy.attempts; n++) {
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
      if (!isTransient(error)) throw error;
      lastProblem = isTimeout(error) ? `no answer within ${formatDuration(policy.attemptTimeoutMs)}` : describeError(error);
      if (n === policy.attempts) break;
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
          `${Math.max(1, Math.round(wait / 1000))}s (attempt ${n + 1} of ${policy.attempts})`,
      );
      await options.clock.sleep(wait);
    }
  }
  throw new StageError(
    `${options.service} did not answer ${options.what} after ${policy.attempts} attempts: ${lastProblem}`,
    'check that the service is reachable and its URL in the configuration is right; then run the stage again',
  );
}
