import { ErrorCode, LogLevel, WebClient, type Logger as SlackLogger } from '@slack/web-api';
import type { Clock } from '../core/clock.ts';
import type { Logger } from '../core/logger.ts';
import { DEFAULT_RETRY_POLICY, describeError, TransientError, withRetry, type RetryPolicy } from '../core/retry.ts';

export interface SlackOptions {
  apiUrl: string;
  token: string;
  logger: Logger;
  clock: Clock;
  policy?: Partial<RetryPolicy>;
}

/** One WebClient and the retry policy every call of it runs under. */
export interface Slack {
  web: WebClient;
  /** Runs one Web API call under the retry policy; `what` names it in logs and errors. */
  call<T>(what: string, fn: () => Promise<T>): Promise<T>;
  /** One attempt of a call, with its failure classified for withRetry (for callers with their own loop). */
  attempt<T>(fn: () => Promise<T>): Promise<T>;
  options: SlackOptions;
  /** The API's host, named when it cannot be reached. */
  host: string;
}

/**
 * WebClient's own retry is switched off (`retries: 0`, `rejectRateLimitedCalls: true`) and
 * every call runs under core/retry.ts instead, for three reasons: WebClient waits out any
 * Retry-After, however long, without a word (its rate_limited event could log but not cap the
 * wait); it sleeps on the real clock, so tests could not drive it; and a retried
 * chat.postMessage whose answer was lost posts twice, which only a look at the channel before
 * re-posting avoids (slack-channel.ts). `timeout` is the per-attempt timeout of the policy.
 */
export function slackClient(options: SlackOptions): Slack {
  const { logger } = options;
  const policy = { ...DEFAULT_RETRY_POLICY, ...options.policy };
  const adapter: SlackLogger = {
    debug: (...m: unknown[]) => logger.debug(`Slack: ${m.join(' ')}`),
    info: (...m: unknown[]) => logger.debug(`Slack: ${m.join(' ')}`),
    warn: (...m: unknown[]) => logger.debug(`Slack: ${m.join(' ')}`),
    error: (...m: unknown[]) => logger.debug(`Slack: ${m.join(' ')}`),
    setLevel: () => {},
    getLevel: () => LogLevel.DEBUG,
    setName: () => {},
  };
  const web = new WebClient(options.token, {
    slackApiUrl: options.apiUrl.replace(/\/*$/, '/'),
    logger: adapter,
    rejectRateLimitedCalls: true,
    retryConfig: { retries: 0 },
    timeout: policy.attemptTimeoutMs,
  });
  const attempt = async <T>(fn: () => Promise<T>): Promise<T> => {
    try {
      return await fn();
    } catch (error) {
      throw asTransient(error);
    }
  };
  return {
    web,
    options,
    attempt,
    host: new URL(options.apiUrl).host,
    call: (what, fn) =>
      withRetry({ service: 'Slack', what, host: new URL(options.apiUrl).host, logger, clock: options.clock, policy }, () => attempt(fn)),
  };
}

/** Platform errors that Slack documents as "try again". */
const TRANSIENT_PLATFORM = new Set(['ratelimited', 'internal_error', 'fatal_error', 'service_unavailable', 'request_timeout']);

function asTransient(error: unknown): unknown {
  const code = (error as { code?: unknown }).code;
  if (code === ErrorCode.RateLimitedError) return new TransientError('rate limited', (error as { retryAfter: number }).retryAfter * 1000);
  if (code === ErrorCode.HTTPError) {
    const status = (error as { statusCode: number }).statusCode;
    return status >= 500 || status === 408 ? new TransientError(`HTTP ${status}`) : error;
  }
  if (code === ErrorCode.RequestError) {
    const original = (error as { original?: Error }).original;
    // WebClient's timeout aborts fetch; the TimeoutError may arrive wrapped in a plain Error.
    const timedOut =
      original?.name === 'TimeoutError' ||
      original?.name === 'AbortError' ||
      /TimeoutError|aborted due to timeout/.test(original?.message ?? '');
    // fetch's "fetch failed" names neither host nor reason: its cause does (getaddrinfo ENOTFOUND host, connect ECONNREFUSED).
    if (timedOut) return new TransientError('no answer in time');
    return new TransientError(original ? describeError(original) : 'the request failed', undefined, { cause: original ?? error });
  }
  if (code === ErrorCode.PlatformError && TRANSIENT_PLATFORM.has(platformError(error) ?? ''))
    return new TransientError(platformError(error)!);
  // WebClient hands an answer that is not Slack's JSON over as the error's text: a page of a proxy
  // or an answer cut short, not an error code of Slack's. Worth another try, and named as such.
  if (code === ErrorCode.PlatformError && !/^[a-z_]+$/.test(platformError(error) ?? '')) {
    const text = platformError(error) ?? '';
    return new TransientError(
      /^\s*</.test(text) ? 'an HTML page instead of JSON' : 'an answer cut short or garbled (its JSON does not parse)',
    );
  }
  return error;
}

export function platformError(error: unknown): string | undefined {
  return (error as { data?: { error?: string } }).data?.error;
}

const HINTS: Record<string, string> = {
  channel_not_found: 'the channel does not exist or the bot cannot see it; check chat.slack.channels',
  not_in_channel: 'invite the bot to the channel (/invite @your-bot)',
  missing_scope:
    'give the Slack app the scopes channels:read, channels:manage, channels:history, chat:write, pins:read, pins:write ' +
    '(groups:* for private channels)',
  invalid_auth: 'SLACK_BOT_TOKEN is not valid',
  not_authed: 'set SLACK_BOT_TOKEN',
  too_long: 'the topic is longer than Slack takes (250 characters)',
  is_archived: 'the channel is archived',
};

export function describe(error: unknown): string {
  const data = (error as { data?: { error?: string; needed?: string } }).data;
  if (data?.error) {
    const needs = data.needed ? ` (needs ${data.needed})` : '';
    return `${data.error}${needs}: ${HINTS[data.error] ?? 'see the Slack API documentation of this error'}`;
  }
  return error instanceof Error ? error.message : String(error);
}
