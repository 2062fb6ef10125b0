import { createHash } from 'node:crypto';
import { EventEmitter } from 'node:events';
// Deep imports of the SDK's HTTP layer only: the package root and its MatrixClient import sync,
// WebRTC and a dynamic import of rust-crypto, which esbuild ships as a 600 kB chunk and which
// made topic-notify's cold start twice as slow. The topic stages need authenticated requests.
import { ConnectionError, HTTPError, MatrixError } from 'matrix-js-sdk/lib/http-api/errors.js';
import { FetchHttpApi } from 'matrix-js-sdk/lib/http-api/fetch.js';
import type { IHttpOpts } from 'matrix-js-sdk/lib/http-api/interface.js';
import { Method } from 'matrix-js-sdk/lib/http-api/method.js';
import { ClientPrefix } from 'matrix-js-sdk/lib/http-api/prefix.js';
import type { Clock } from '../core/clock.ts';
import type { Logger } from '../core/logger.ts';
import { TransientError, withRetry, type RetryPolicy } from '../core/retry.ts';
import type { ChatRoom, SavedTopic, Topic } from './room.ts';

/** Custom state event in the room itself: survives the job, needs nothing but the room. */
export const SAVED_TOPIC_EVENT = 'dev.service-guru.saved_topic';
/** Content field of our messages naming what was posted, so a later run can find it again. */
export const POST_KEY_FIELD = 'dev.service-guru.post';
/** How far back a post is looked for before posting it (the room's newest events). */
const POST_LOOKBACK = 50;

export interface MatrixOptions {
  homeserver: string;
  accessToken: string;
  postNotice: boolean;
  logger: Logger;
  clock: Clock;
  policy?: Partial<RetryPolicy>;
}

type SdkLogger = NonNullable<IHttpOpts['logger']>;
type Api = FetchHttpApi<IHttpOpts & { onlyData: true }>;

export function matrixApi(options: Pick<MatrixOptions, 'homeserver' | 'accessToken' | 'logger'>): Api {
  // The emitter only hears "logged out" / "no consent", which surface as errors of the call anyway.
  return new FetchHttpApi(new EventEmitter() as never, {
    baseUrl: options.homeserver.replace(/\/+$/, ''),
    prefix: ClientPrefix.V3,
    accessToken: options.accessToken,
    onlyData: true,
    logger: sdkLogger(options.logger),
  });
}

/** The SDK's request lines are debug output here, not a second log on stdout. */
function sdkLogger(logger: Logger): SdkLogger {
  const line = (...args: unknown[]) => logger.debug(`matrix-js-sdk: ${args.map(String).join(' ')}`);
  const sdk: SdkLogger = { trace: line, debug: line, info: line, warn: line, error: line, getChild: () => sdk };
  return sdk;
}

/** Rate limits (429 M_LIMIT_EXCEEDED, retry_after_ms or Retry-After), 5xx and lost connections are worth another try. */
function asTransient(error: unknown): unknown {
  if (error instanceof HTTPError) {
    if (error.isRateLimitError()) {
      let after: number | undefined;
      try {
        after = error.getRetryAfterMs() ?? undefined;
      } catch {
        after = undefined; // an unreadable Retry-After: our backoff decides
      }
      return new TransientError(`rate limited (${error instanceof MatrixError ? error.errcode : 'HTTP 429'})`, after);
    }
    if ((error.httpStatus ?? 0) >= 500 || error.httpStatus === 408) return new TransientError(describe(error));
    return error;
  }
  if (error instanceof ConnectionError) return new TransientError(`connection failed (${error.cause instanceof Error ? error.cause.message : error.message})`);
  return error;
}

export function describe(error: unknown): string {
  if (error instanceof MatrixError) return `${error.errcode ?? 'error'} (HTTP ${error.httpStatus}): ${error.data.error ?? error.message}`;
  return error instanceof Error ? error.message : String(error);
}

const path = (template: string, ...values: string[]): string => {
  let i = 0;
  return template.replace(/\$/g, () => encodeURIComponent(values[i++]!));
};

export class MatrixRoom implements ChatRoom {
  readonly platform = 'matrix' as const;
  readonly id: string;
  readonly postsNotice: boolean;
  readonly topicLimit = undefined;
  readonly noticeRef = undefined;
  private readonly api: Api;
  private readonly deployment: string;
  private readonly options: MatrixOptions;

  constructor(api: Api, roomId: string, deployment: string, options: MatrixOptions) {
    this.api = api;
    this.id = roomId;
    this.deployment = deployment;
    this.options = options;
    this.postsNotice = options.postNotice;
  }

  /**
   * Every request goes through the one retry policy; its per-attempt signal is the request's
   * timeout (rather than the SDK's localTimeoutMs, whose timer is never cleared and would keep
   * the process alive after the stage ended).
   */
  private request<T>(what: string, method: Method, url: string, body?: Record<string, unknown>, query?: Record<string, string>): Promise<T> {
    const { logger, clock, policy } = this.options;
    return withRetry({ service: 'Matrix', what: `${what} in ${this.id}`, logger, clock, ...(policy ? { policy } : {}) }, async (signal) => {
      try {
        return (await this.api.authedRequest<T>(method, url, query, body, { abortSignal: signal } as Parameters<Api['authedRequest']>[4])) as T;
      } catch (error) {
        throw asTransient(error);
      }
    });
  }

  private async state(type: string, key: string): Promise<Record<string, unknown> | null> {
    try {
      return await this.request<Record<string, unknown>>(`reading ${type}`, Method.Get, path('/rooms/$/state/$/$', this.id, type, key));
    } catch (error) {
      if (error instanceof MatrixError && error.errcode === 'M_NOT_FOUND') return null;
      throw error;
    }
  }

  private async putState(what: string, type: string, key: string, content: Record<string, unknown>): Promise<void> {
    await this.request(what, Method.Put, path('/rooms/$/state/$/$', this.id, type, key), content);
  }

  async getTopic(): Promise<Topic> {
    const content = await this.state('m.room.topic', '');
    return { text: typeof content?.topic === 'string' ? content.topic : '', ...(content ? { content } : {}) };
  }

  async setTopic(text: string, content?: Record<string, unknown>): Promise<void> {
    // A topic content saved earlier is put back as it was (HTML and m.topic included).
    await this.putState('setting the topic', 'm.room.topic', '', content ?? { topic: text, 'm.topic': [{ mimetype: 'text/plain', body: text }] });
  }

  /**
   * Idempotent twice over: the transaction id makes a retried PUT return the first event, but
   * Synapse remembers transaction ids for about 30 minutes only, so a re-run first looks for
   * a message of ours carrying the same key among the room's newest events.
   */
  async post(text: string, key: string): Promise<boolean> {
    const keyed = `${this.deployment}:${key}`;
    if (await this.findPost(keyed)) {
      this.options.logger.info(`${this.id}: already posted (${key}); not posting again`);
      return false;
    }
    const txnId = `sg-${createHash('sha256').update(`${this.id}\0${keyed}`).digest('hex').slice(0, 24)}`;
    const content = { msgtype: 'm.notice', body: text, [POST_KEY_FIELD]: keyed };
    await this.request('posting', Method.Put, path('/rooms/$/send/m.room.message/$', this.id, txnId), content);
    return true;
  }

  private async findPost(keyed: string): Promise<boolean> {
    const page = await this.request<{ chunk?: Array<{ type?: string; content?: Record<string, unknown> }> }>(
      'reading recent messages', Method.Get, path('/rooms/$/messages', this.id), undefined, { dir: 'b', limit: String(POST_LOOKBACK) },
    );
    return (page.chunk ?? []).some((event) => event.type === 'm.room.message' && event.content?.[POST_KEY_FIELD] === keyed);
  }

  async readSaved(): Promise<SavedTopic | null> {
    const content = await this.state(SAVED_TOPIC_EVENT, this.deployment);
    if (!content || typeof content.topic !== 'string' || !Array.isArray(content.notices)) return null;
    return content as unknown as SavedTopic;
  }

  async writeSaved(saved: SavedTopic): Promise<void> {
    await this.putState('saving the topic', SAVED_TOPIC_EVENT, this.deployment, saved as unknown as Record<string, unknown>);
  }

  async clearSaved(): Promise<void> {
    // State cannot be deleted; empty content is how Matrix clears it.
    await this.putState('clearing the saved topic', SAVED_TOPIC_EVENT, this.deployment, {});
  }

  describe(error: unknown): string {
    return describe(error);
  }
}
