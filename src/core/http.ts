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

export interface FetchInit {
  method?: 'GET' | 'HEAD';
  headers?: Record<string, string>;
}

/**
 * One HTTP request, retrying transient failures (network errors, 408/425/429/5xx) with
 * exponential backoff, honouring Retry-After. Any other answer is returned to the caller.
 */
export async function fetchWithRetry(url: string, init: FetchInit, options: HttpOptions): Promise<Response> {
  const clock = options.clock ?? systemClock;
  const attempts = options.attempts ?? 5;
  let backoff = options.backoffMs ?? 1000;
  let lastProblem = '';
  for (let attempt = 1; attempt <= attempts; attempt++) {
    let wait = backoff;
    try {
      const response = await fetch(url, { method: init.method ?? 'GET', headers: { ...options.headers, ...init.headers } });
      if (!TRANSIENT.has(response.status)) return response;
      const body = (await response.text()).slice(0, 200);
      lastProblem = `HTTP ${response.status}${body ? `: ${body}` : ''}`;
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
      options.logger.warning(`${options.service}: ${lastProblem}; retrying in ${Math.max(1, Math.round(wait / 1000))}s (attempt ${attempt + 1} of ${attempts})`);
      await clock.sleep(wait);
      backoff *= 2;
    }
  }
  throw new StageError(`${options.service} did not answer ${url} after ${attempts} attempts: ${lastProblem}`, 'check that the service is reachable and its URL in the configuration is right');
}

/** GET a JSON document; answers other than 2xx fail with the service's own message. */
export async function getJson<T>(url: string, options: HttpOptions): Promise<T> {
  const response = await fetchWithRetry(url, { headers: { accept: 'application/json' } }, options);
  if (!response.ok) {
    const body = (await response.text()).slice(0, 300);
    throw new StageError(`${options.service} answered HTTP ${response.status}${body ? `: ${body}` : ''} for ${url}`);
  }
  return (await response.json()) as T;
}
