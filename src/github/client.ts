import { Octokit } from '@octokit/rest';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import type { Logger } from '../core/logger.ts';

const GuruOctokit = Octokit.plugin(retry, throttling);
export type GitHubClient = InstanceType<typeof GuruOctokit>;

export interface GitHubClientOptions {
  apiUrl: string;
  token: string | undefined;
  logger: Logger;
  /** Retries of a rate-limited request before giving up. */
  rateLimitRetries?: number;
  /** A reset further away than this fails instead of waiting (the job would idle for an hour). */
  maxRateLimitWaitSeconds?: number;
  /** Milliseconds per second of Retry-After (tests shorten it); GitHub's answer stays in seconds. */
  retryAfterBaseValue?: number;
}

/**
 * Octokit with GitHub's recommended request throttling (one write at a time, secondary limits
 * honoured through Retry-After) and retries of 5xx answers and network errors.
 */
export function createGitHubClient(options: GitHubClientOptions): GitHubClient {
  const retries = options.rateLimitRetries ?? 3;
  const maxWait = options.maxRateLimitWaitSeconds ?? 15 * 60;
  const { logger } = options;
  const decide = (kind: string) => (retryAfter: number, request: { method: string; url: string }, _o: unknown, retryCount: number): boolean => {
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
    return true;
  };
  return new GuruOctokit({
    ...(options.token ? { auth: options.token } : {}),
    baseUrl: options.apiUrl,
    userAgent: 'service-guru',
    log: {
      debug: (m: string) => logger.debug(m),
      info: (m: string) => logger.debug(m),
      warn: (m: string) => logger.debug(m),
      error: (m: string) => logger.debug(m),
    },
    // 403 and 429 are rate limits, which the throttling plugin retries after the time GitHub names.
    retry: { retryAfterBaseValue: options.retryAfterBaseValue ?? 1000, doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451] },
    throttle: {
      onRateLimit: decide('rate'),
      onSecondaryRateLimit: decide('secondary rate'),
      retryAfterBaseValue: options.retryAfterBaseValue ?? 1000,
    },
  });
}

export interface RequestErrorLike {
  status: number;
  message: string;
}

export function isRequestError(error: unknown): error is RequestErrorLike {
  return typeof error === 'object' && error !== null && typeof (error as { status?: unknown }).status === 'number';
}
