import type { Clock } from './clock.ts';
import { systemClock } from './clock.ts';
import { StageError } from './errors.ts';
import type { Logger } from './logger.ts';
import { TRANSIENT_STATUSES, TransientError, parseRetryAfter, withRetry, type RetryPolicy } from './retry.ts';

export interface HttpOptions {
  logger: Logger;
  clock?: Clock;
  policy?: Partial<RetryPolicy>;
  headers?: Record<string, string>;
  /** Named in errors, e.g. "Copr". */
  service: string;
}

export interface FetchInit {
  method?: 'GET' | 'HEAD' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  headers?: Record<string, string>;
  body?: string;
}

/**
 * One HTTP request under the retry policy: network errors, timeouts and 408/425/429/5xx are
 * tried again (Retry-After honoured); any other answer is returned to the caller.
 */
export async function fetchWithRetry(url: string, init: FetchInit, options: HttpOptions): Promise<Response> {
  const clock = options.clock ?? systemClock;
  const method = init.method ?? 'GET';
  return withRetry(
    { service: options.service, what: `${method} ${redactQuery(url)}`, logger: options.logger, clock, policy: options.policy },
    async (signal) => {
      const response = await fetch(url, {
        method,
        headers: { ...options.headers, ...init.headers },
        ...(init.body !== undefined ? { body: init.body } : {}),
        signal,
      });
      if (!TRANSIENT_STATUSES.has(response.status)) return response;
      const body = (await response.text()).slice(0, 200).trim();
      throw new TransientError(
        `HTTP ${response.status}${body ? `: ${body}` : ''}`,
        parseRetryAfter(response.headers.get('retry-after'), clock.now()),
      );
    },
  );
}

/** GET a JSON document; other answers than 2xx JSON fail naming the service and the request. */
export async function getJson<T>(url: string, options: HttpOptions): Promise<T> {
  const response = await fetchWithRetry(url, { headers: { accept: 'application/json' } }, options);
  return readJson<T>(response, `GET ${redactQuery(url)}`, options.service);
}

/** The body of a 2xx answer as JSON; anything else fails naming the service and the request. */
export async function readJson<T>(response: Response, what: string, service: string): Promise<T> {
  const text = await response.text();
  if (!response.ok) {
    throw new StageError(`${service} answered HTTP ${response.status} to ${what}${text ? `: ${text.slice(0, 300).trim()}` : ''}`);
  }
  try {
    return JSON.parse(text) as T;
  } catch {
    throw new StageError(
      `${service} answered ${what} with something that is not JSON (` +
        `${response.headers.get('content-type') ?? 'no content type'}): ${text.slice(0, 120).trim()}`,
      'check that the URL in the configuration points at the service API, not a web page or a proxy',
    );
  }
}

/** Query strings may carry tokens; errors and logs name the path only. */
function redactQuery(url: string): string {
  const q = url.indexOf('?');
  return q < 0 ? url : `${url.slice(0, q)}?…`;
}
