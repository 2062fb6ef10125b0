import { Octokit } from '@octokit/rest';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import type { Clock } from '../core/clock.ts';
import { systemClock } from '../core/clock.ts';
import { htmlAnswer, isWholeJson } from '../core/http.ts';
import type { Logger } from '../core/logger.ts';
import { GitHubError, gitHubError, NOT_THE_API_HINT, requestLine as named } from './errors.ts';

const GuruOctokit = Octokit.plugin(retry, throttling);
export type GitHubClient = InstanceType<typeof GuruOctokit>;

export interface GitHubClientOptions {
  apiUrl: string;
  token: string | undefined;
  logger: Logger;
  /** Rate-limit waits run on this clock (tests and the rehearsal pass a simulated one). */
  clock?: Clock;
  /** Retries of a rate-limited request before giving up. */
  rateLimitRetries?: number;
  /** A reset further away than this fails instead of waiting (the job would idle for an hour). */
  maxRateLimitWaitSeconds?: number;
  /** Time limit of one attempt (default 30 s). */
  requestTimeoutMs?: number;
  /** Milliseconds per second of the retry plugin's backoff after a 5xx (tests shorten it). */
  retryAfterBaseValue?: number;
}

/**
 * The one factory of GitHub clients: octokit with its documented mechanisms, the throttling plugin
 * (one write at a time; primary and secondary limits recognised, including a 403 "secondary rate
 * limit" without Retry-After, which it waits 60 s for) and the retry plugin (5xx and network
 * errors). The plugins decide when to wait and for how long; the wait itself runs on our clock.
 */
export function createGitHubClient(options: GitHubClientOptions): GitHubClient {
  const retries = options.rateLimitRetries ?? 3;
  const maxWait = options.maxRateLimitWaitSeconds ?? 15 * 60;
  const clock = options.clock ?? systemClock;
  const { logger } = options;
  const decide =
    (kind: string) =>
    async (retryAfter: number, request: { method: string; url: string }, _o: unknown, retryCount: number): Promise<boolean> => {
      const what = `${request.method} ${request.url}`;
      if (retryCount >= retries) {
        logger.warning(`GitHub ${kind} limit: giving up on ${what} after ${retries} retries`);
        return false;
      }
      if (retryAfter > maxWait) {
        logger.warning(`GitHub ${kind} limit: ${what} would have to wait ${retryAfter}s; giving up`);
        return false;
      }
      logger.warning(`GitHub ${kind} limit hit on ${what}; retrying in ${retryAfter}s`);
      await clock.sleep(retryAfter * 1000);
      return true;
    };
  // The log below needs the client it belongs to (to expand a request's URL).
  const self: { client?: GitHubClient } = {};
  const client = new GuruOctokit({
    ...(options.token ? { auth: options.token } : {}),
    baseUrl: options.apiUrl,
    userAgent: 'service-guru',
    // Octokit's lines go to --verbose only. Its request log calls debug("request", options): the
    // word alone says nothing, and the options carry the token, so the line names the method and URL.
    log: {
      debug: (m: string, extra?: unknown) => logger.debug(m === 'request' ? requestLine(self.client, extra) : m),
      info: (m: string) => logger.debug(m),
      warn: (m: string) => logger.debug(m),
      error: (m: string) => logger.debug(m),
    },
    // Every attempt under a time limit; an aborted one counts as a 500, which the retry plugin retries.
    request: {
      fetch: async (url: string | URL, init: RequestInit = {}) => {
        const limit = AbortSignal.timeout(options.requestTimeoutMs ?? 30_000);
        return wholeJson(await fetch(url, { ...init, signal: init.signal ? AbortSignal.any([init.signal, limit]) : limit }));
      },
    },
    // 403 and 429 are rate limits, which the throttling plugin retries after the time GitHub names.
    retry: { retryAfterBaseValue: options.retryAfterBaseValue ?? 1000, doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451] },
    throttle: {
      // The plugin awaits its handlers (Bottleneck's emitter.trigger), so they can wait on our clock.
      // eslint-disable-next-line @typescript-eslint/no-misused-promises
      onRateLimit: decide('rate'),
      // eslint-disable-next-line @typescript-eslint/no-misused-promises
      onSecondaryRateLimit: decide('secondary rate'),
      // The handlers above already waited, on the clock.
      retryAfterBaseValue: 0,
    },
  });
  self.client = client;
  // A proxy, a login or an outage page answers 200 with HTML, which octokit hands over as a string:
  // every caller gets one clear error instead of "Cannot read properties of undefined".
  client.hook.after('request', (response, request) => {
    if (typeof response.data !== 'string') return;
    const page = htmlAnswer(
      'GitHub',
      named({ method: request.method, url: response.url }),
      response.status,
      String(response.headers['content-type'] ?? ''),
      response.data,
    );
    if (page) throw new GitHubError(page, { status: response.status, hint: NOT_THE_API_HINT });
  });
  // Outermost, so after the retry plugin gave up: every failure leaves the client as the one
  // GitHubError, and a request that never got an answer names the host and the setting to check,
  // not octokit's placeholder "HTTP 500".
  client.hook.error('request', (error) => {
    throw gitHubError(error, undefined, { apiUrl: options.apiUrl, timeoutMs: options.requestTimeoutMs ?? 30_000 });
  });
  return client;
}

/**
 * A 2xx answer whose JSON does not parse was cut short or garbled on the way: octokit would hand
 * its text over as the data ("answered without statuses"). It is a failed attempt instead, a 502
 * that the retry plugin retries like any bad gateway, and names as such when the retries run out.
 */
async function wholeJson(response: Response): Promise<Response> {
  if (!response.ok || !/json/i.test(response.headers.get('content-type') ?? '')) return response;
  const text = await response.text();
  const whole = !text || isWholeJson(text);
  const copy = whole
    ? new Response(response.status === 204 ? null : text, {
        status: response.status,
        statusText: response.statusText,
        headers: response.headers,
      })
    : new Response(JSON.stringify({ message: 'the answer was cut short or garbled: its JSON does not parse' }), {
        status: 502,
        statusText: 'Bad Gateway',
        headers: { 'content-type': 'application/json' },
      });
  Object.defineProperty(copy, 'url', { value: response.url });
  return copy;
}

/** "request GET /repos/o/r/git/ref/heads/stable": the request about to be sent, without its headers. */
function requestLine(client: GitHubClient | undefined, options: unknown): string {
  if (!client || typeof options !== 'object' || options === null) return 'request';
  try {
    const { method, url } = client.request.endpoint.parse(options as Parameters<GitHubClient['request']['endpoint']['parse']>[0]);
    const base = (options as { baseUrl?: unknown }).baseUrl;
    return `request ${method} ${decodeURIComponent(typeof base === 'string' && url.startsWith(base) ? url.slice(base.length) : url)}`;
  } catch {
    return 'request';
  }
}
