// Only the SDK's error classes (20 kB): its MatrixClient imports sync, WebRTC and, dynamically,
// rust-crypto (a 600 kB chunk esbuild shipped), and even its FetchHttpApi brings OAuth and a
// homoglyph table (240 kB, 22 ms of CPU at every start) for four plain requests. The requests
// are made here, under the one retry policy; the SDK's MatrixError reads the errors as it does.
import { HTTPError, MatrixError } from 'matrix-js-sdk/lib/http-api/errors.js';
import type { Clock } from '../core/clock.ts';
import type { Logger } from '../core/logger.ts';
import { TransientError, withRetry, type RetryPolicy } from '../core/retry.ts';
import { htmlAnswer } from '../core/http.ts';
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

type Query = Record<string, string>;

/** The client-server API (v3) as the topic stages use it: one authenticated JSON request per call. */
export interface MatrixApi {
  request<T>(what: string, method: 'GET' | 'PUT', path: string, body?: Record<string, unknown>, query?: Query): Promise<T>;
}

/**
 * Every request runs under the one retry policy (core/retry.ts): its per-attempt signal is the
 * request's timeout, rate limits (429 M_LIMIT_EXCEEDED with retry_after_ms or Retry-After) are
 * waited out up to the policy's cap with one log line, 5xx and lost connections are retried.
 */
export function matrixApi(options: Omit<MatrixOptions, 'postNotice'>): MatrixApi {
  const base = `${options.homeserver.replace(/\/+$/, '')}/_matrix/client/v3`;
  const { logger, clock, policy } = options;
  return {
    request: <T>(what: string, method: 'GET' | 'PUT', path: string, body?: Record<string, unknown>, query?: Query) =>
      withRetry({ service: 'Matrix', what, host: new URL(base).host, logger, clock, ...(policy ? { policy } : {}) }, async (signal) => {
        const url = `${base}${path}${query ? `?${new URLSearchParams(query).toString()}` : ''}`;
        logger.debug(`Matrix: ${method} ${path}`);
        const response = await fetch(url, {
          method,
          headers: {
            authorization: `Bearer ${options.accessToken}`,
            accept: 'application/json',
            ...(body ? { 'content-type': 'application/json' } : {}),
          },
          ...(body ? { body: JSON.stringify(body) } : {}),
          signal,
        });
        const text = await response.text();
        let json: unknown;
        try {
          json = JSON.parse(text || '{}');
        } catch {
          json = undefined;
        }
        if (response.ok && json !== undefined) return json as T;
        const data = typeof json === 'object' && json !== null ? (json as Record<string, unknown>) : undefined;
        if (typeof data?.errcode === 'string')
          throw asTransient(new MatrixError(data, response.status, `${base}${path}`, undefined, response.headers));
        // A page of a proxy, or an answer cut short on the way: retried, then named (not quoted).
        if (response.ok) {
          const type = response.headers.get('content-type') ?? '';
          throw new TransientError(
            htmlAnswer('Matrix', what, response.status, type, text) ??
              `Matrix answered ${what} with something that is not JSON (${type || 'no content type'}; cut short or garbled)`,
          );
        }
        throw asTransient(
          new HTTPError(`HTTP ${response.status} for ${what}: ${text.slice(0, 200).trim()}`, response.status, response.headers),
        );
      }),
  };
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
  return error;
}

export function describe(error: unknown): string {
  if (error instanceof MatrixError) return `${error.errcode ?? 'error'} (HTTP ${error.httpStatus}): ${error.data.error ?? error.message}`;
  return error instanceof Error ? error.message : String(error);
}

const encodePath = (template: string, ...values: string[]): string => {
  let i = 0;
  return template.replace(/\$/g, () => encodeURIComponent(values[i++]!));
};

export class MatrixRoom implements ChatRoom {
  readonly platform = 'matrix' as const;
  readonly id: string;
  readonly postsNotice: boolean;
  readonly topicLimit = undefined;
  readonly noticeRef = undefined;
  private readonly api: MatrixApi;
  private readonly deployment: string;
  private readonly options: MatrixOptions;

  constructor(api: MatrixApi, roomId: string, deployment: string, options: MatrixOptions) {
    this.api = api;
    this.id = roomId;
    this.deployment = deployment;
    this.options = options;
    this.postsNotice = options.postNotice;
  }

  private request<T>(what: string, method: 'GET' | 'PUT', path: string, body?: Record<string, unknown>, query?: Query): Promise<T> {
    return this.api.request<T>(`${what} in ${this.id}`, method, path, body, query);
  }

  private async state(type: string, key: string): Promise<Record<string, unknown> | null> {
    try {
      return await this.request<Record<string, unknown>>(`reading ${type}`, 'GET', encodePath('/rooms/$/state/$/$', this.id, type, key));
    } catch (error) {
      if (error instanceof MatrixError && error.errcode === 'M_NOT_FOUND') return null;
      throw error;
    }
  }

  private async putState(what: string, type: string, key: string, content: Record<string, unknown>): Promise<void> {
    await this.request(what, 'PUT', encodePath('/rooms/$/state/$/$', this.id, type, key), content);
  }

  async getTopic(): Promise<Topic> {
    const content = await this.state('m.room.topic', '');
    return { text: typeof content?.topic === 'string' ? content.topic : '', ...(content ? { content } : {}) };
  }

  async setTopic(text: string, content?: Record<string, unknown>): Promise<void> {
    // A topic content saved earlier is put back as it was (HTML and m.topic included).
    await this.putState(
      'setting the topic',
      'm.room.topic',
      '',
      content ?? { topic: text, 'm.topic': [{ mimetype: 'text/plain', body: text }] },
    );
  }

  /**
   * Idempotent twice over: the transaction id makes a retried PUT return the first event, but
   * Synapse remembers transaction ids for about 30 minutes only, so a re-run first looks for
   * a message of ours carrying the same key among the room's newest events.
   */
  async post(text: string, key: string, html?: string): Promise<boolean> {
    const keyed = `${this.deployment}:${key}`;
    if (await this.findPost(keyed)) {
      this.options.logger.info(`${this.id}: already posted (${key}); not posting again`);
      return false;
    }
    // node:crypto only here: most runs post nothing on Matrix (the topic change is the notice).
    const { createHash } = await import('node:crypto');
    const txnId = `sg-${createHash('sha256').update(`${this.id}\0${keyed}`).digest('hex').slice(0, 24)}`;
    const content = {
      msgtype: 'm.notice',
      body: text,
      ...(html ? { format: 'org.matrix.custom.html', formatted_body: html } : {}),
      [POST_KEY_FIELD]: keyed,
    };
    await this.request('posting', 'PUT', encodePath('/rooms/$/send/m.room.message/$', this.id, txnId), content);
    return true;
  }

  private async findPost(keyed: string): Promise<boolean> {
    const page = await this.request<{ chunk?: Array<{ type?: string; content?: Record<string, unknown> }> }>(
      'reading recent messages',
      'GET',
      encodePath('/rooms/$/messages', this.id),
      undefined,
      { dir: 'b', limit: String(POST_LOOKBACK) },
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
