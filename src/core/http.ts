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
  /**
   * Says what is wrong with a 2xx answer's body that stopped early (a JSON document cut short, a
   * proxy's page), or undefined when it is whole: such a read is retried like a dropped connection.
   */
  incomplete?: (body: string, response: Response) => string | undefined;
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
    {
      service: options.service,
      what: `${method} ${redactQuery(url)}`,
      host: new URL(url).host,
      logger: options.logger,
      clock,
      policy: options.policy,
    },
    async (signal) => {
      const response = await fetch(url, {
        method,
        headers: { ...options.headers, ...init.headers },
        ...(init.body !== undefined ? { body: init.body } : {}),
        signal,
      });
      if (options.incomplete && response.ok && response.status !== 204 && response.status !== 205) {
        const body = await response.text();
        const problem = options.incomplete(body, response);
        if (problem) throw new TransientError(problem);
        return new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
      }
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

const NOT_THE_API = 'check that the URL in the configuration points at the service API, not a web page or a proxy';

/**
 * The body of a 2xx answer as JSON; anything else fails naming the service and the request. An
 * HTML page (a proxy, a login portal, an outage or 429 page) is named as such: "Unexpected token
 * '<'" tells nobody which service or request it was. `hint` names the setting to check.
 */
export async function readJson<T>(response: Response, what: string, service: string, hint = NOT_THE_API): Promise<T> {
  const text = await response.text();
  const type = response.headers.get('content-type') ?? '';
  const page = htmlAnswer(service, what, response.status, type, text);
  if (page) throw new StageError(page, hint);
  if (!response.ok) {
    throw new StageError(`${service} answered HTTP ${response.status} to ${what}${text ? `: ${text.slice(0, 300).trim()}` : ''}`);
  }
  try {
    return JSON.parse(text) as T;
  } catch {
    throw new StageError(
      `${service} answered ${what} with something that is not JSON (${type || 'no content type'}): ${text.slice(0, 120).trim()}`,
      hint,
    );
  }
}

/**
 * The words for a web page where an API answers JSON, or undefined when the answer is not one:
 * the one test of it, for the JSON reader above and for clients that read JSON through an SDK.
 */
export function htmlAnswer(service: string, what: string, status: number, contentType: string, body: string): string | undefined {
  if (!/html/i.test(contentType) && !/^\s*<(!doctype|html|head|body)/i.test(body)) return undefined;
  const title = /<title[^>]*>([^<]*)</i.exec(body)?.[1]?.replace(/\s+/g, ' ').trim();
  return `${service} answered ${what} with an HTML page (HTTP ${status}${title ? `, "${title.slice(0, 80)}"` : ''}) instead of JSON`;
}

/** Whether a body is one whole JSON document (not cut short or garbled on the way): the one test of it. */
export function isWholeJson(body: string): boolean {
  try {
    JSON.parse(body);
    return true;
  } catch {
    return false;
  }
}

/** Query strings may carry tokens; errors and logs name the path only. */
function redactQuery(url: string): string {
  const q = url.indexOf('?');
  return q < 0 ? url : `${url.slice(0, q)}?…`;
}
