import type { Clock } from './clock.ts';
import { systemClock } from './clock.ts';
import { StageError } from './errors.ts';
import type { Logger } from './logger.ts';

export interface HttpOptions {
  logger: Logger;
  clock?: Clock;
  /** Attempts in all, the first included. */
  attempts?: number;
  /** First backoff; doubles each attempt. */
  backoffMs?: number;
  /** The longest Retry-After we wait for before giving up. */
  maxRetryAfterMs?: number;
  headers?: Record<string, string>;
  /** Named in errors, e.g. "Copr". */
  service: string;
}

const TRANSIENT = new Set([408, 425, 429, 500, 502, 503, 504]);

/** Seconds or an HTTP date, as RFC 9110 allows; undefined when absent or unreadable. */
export function retryAfterMs(header: string | null, now: number): number | undefined {
  if (!header) return undefined;
  if (/^\d+$/.test(header.trim())) return Number(header.trim()) * 1000;
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/**
 * GET a JSON document, retrying transient failures (network errors, 408/425/429/5xx) with
 * exponential backoff, honouring Retry-After. Other answers fail at once with the service's
 * own message.
 */
export async function getJson<T>(url: string, options: HttpOptions): Promise<T> {
  const clock = options.clock ?? systemClock;
  const attempts = options.attempts ?? 5;
  let backoff = options.backoffMs ?? 1000;
  let lastProblem = '';
  for (let attempt = 1; attempt <= attempts; attempt++) {
    let wait = backoff;
    try {
      const response = await fetch(url, { headers: { accept: 'application/json', ...options.headers } });
      if (response.ok) return (await response.json()) as T;
      const body = (await response.text()).slice(0, 300);
      lastProblem = `HTTP ${response.status}${body ? `: ${body}` : ''}`;
      if (!TRANSIENT.has(response.status)) {
        throw new StageError(`${options.service} answered ${lastProblem} for ${url}`);
      }
      const after = retryAfterMs(response.headers.get('retry-after'), clock.now());
      if (after !== undefined) {
        if (after > (options.maxRetryAfterMs ?? 15 * 60_000)) {
          throw new StageError(`${options.service} asks us to wait ${Math.round(after / 1000)}s (Retry-After) for ${url}`, 'try again later');
        }
        wait = after;
      }
    } catch (error) {
      if (error instanceof StageError) throw error;
      lastProblem = error instanceof Error ? `${error.message}${error.cause instanceof Error ? ` (${error.cause.message})` : ''}` : String(error);
    }
    if (attempt < attempts) {
      options.logger.warning(`${options.service}: ${lastProblem}; retrying in ${Math.round(wait / 1000)}s (attempt ${attempt + 1} of ${attempts})`);
      await clock.sleep(wait);
      backoff *= 2;
    }
  }
  throw new StageError(`${options.service} did not answer ${url} after ${attempts} attempts: ${lastProblem}`, 'check that the service is reachable and its URL in the configuration is right');
}
