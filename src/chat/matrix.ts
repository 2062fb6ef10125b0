import { createHash } from 'node:crypto';
import { type ICreateClientOpts, MatrixClient, MatrixError, MemoryStore, MsgType } from 'matrix-js-sdk';

type SdkLogger = NonNullable<ICreateClientOpts['logger']>;
import type { Clock } from '../core/clock.ts';
import type { Logger } from '../core/logger.ts';
import type { ChatRoom, SavedTopic, Topic } from './room.ts';

/** Custom state event in the room itself: survives the job, needs nothing but the room. */
export const SAVED_TOPIC_EVENT = 'dev.service-guru.saved_topic';

export interface MatrixOptions {
  homeserver: string;
  accessToken: string;
  postNotice: boolean;
  logger: Logger;
  clock: Clock;
}

export function matrixClient(options: Pick<MatrixOptions, 'homeserver' | 'accessToken' | 'logger'>): MatrixClient {
  // No sync and no send queue (createClient's scheduler): each call is one request, retried here.
  return new MatrixClient({ baseUrl: options.homeserver.replace(/\/+$/, ''), accessToken: options.accessToken, logger: sdkLogger(options.logger), store: new MemoryStore() });
}

/** The SDK's request lines are debug output here, not a second log on stdout. */
function sdkLogger(logger: Logger): SdkLogger {
  const line = (...args: unknown[]) => logger.debug(`matrix-js-sdk: ${args.map(String).join(' ')}`);
  const sdk: SdkLogger = { trace: line, debug: line, info: line, warn: line, error: line, getChild: () => sdk };
  return sdk;
}

/**
 * Retries what Synapse rate-limits (429 M_LIMIT_EXCEEDED, waiting retry_after_ms) and
 * transient server errors, a few times.
 */
async function withRetry<T>(what: string, fn: () => Promise<T>, logger: Logger, clock: Clock): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn();
    } catch (error) {
      const limited = error instanceof MatrixError && error.isRateLimitError();
      const transient = error instanceof MatrixError ? (error.httpStatus ?? 0) >= 500 : !(error instanceof Error && 'httpStatus' in error);
      if (attempt >= 5 || !(limited || transient)) throw error;
      const wait = (limited && error instanceof MatrixError ? error.getRetryAfterMs() : null) ?? 1000 * 2 ** (attempt - 1);
      logger.warning(`Matrix: ${what}: ${limited ? 'rate limited' : describe(error)}; retrying in ${Math.ceil(wait / 1000)}s`);
      await clock.sleep(wait);
    }
  }
}

export function describe(error: unknown): string {
  if (error instanceof MatrixError) return `${error.errcode ?? 'error'} (HTTP ${error.httpStatus}): ${error.data.error ?? error.message}`;
  return error instanceof Error ? error.message : String(error);
}

export class MatrixRoom implements ChatRoom {
  readonly platform = 'matrix' as const;
  readonly id: string;
  readonly postsNotice: boolean;
  readonly topicLimit = undefined;
  private readonly client: MatrixClient;
  private readonly deployment: string;
  private readonly options: MatrixOptions;

  constructor(client: MatrixClient, roomId: string, deployment: string, options: MatrixOptions) {
    this.client = client;
    this.id = roomId;
    this.deployment = deployment;
    this.options = options;
    this.postsNotice = options.postNotice;
  }

  private retry<T>(what: string, fn: () => Promise<T>): Promise<T> {
    return withRetry(`${this.id}: ${what}`, fn, this.options.logger, this.options.clock);
  }

  private async state(type: string, key: string): Promise<Record<string, unknown> | null> {
    try {
      return await this.retry(`reading ${type}`, () => this.client.getStateEvent(this.id, type, key));
    } catch (error) {
      if (error instanceof MatrixError && error.errcode === 'M_NOT_FOUND') return null;
      throw error;
    }
  }

  async getTopic(): Promise<Topic> {
    const content = await this.state('m.room.topic', '');
    return { text: typeof content?.topic === 'string' ? content.topic : '', ...(content ? { content } : {}) };
  }

  async setTopic(text: string, content?: Record<string, unknown>): Promise<void> {
    const body = content ?? { topic: text, 'm.topic': [{ mimetype: 'text/plain', body: text }] };
    // The SDK types state events it knows; a topic content saved earlier is passed as it was.
    await this.retry('setting the topic', () => this.client.sendStateEvent(this.id, 'm.room.topic' as never, body as never, ''));
  }

  async post(text: string, key: string): Promise<void> {
    // The same transaction id makes a retried PUT /send idempotent on the homeserver.
    const txnId = `sg-${createHash('sha256').update(`${this.id}\0${key}`).digest('hex').slice(0, 24)}`;
    await this.retry('posting', () => this.client.sendMessage(this.id, { msgtype: MsgType.Notice, body: text }, txnId));
  }

  async readSaved(): Promise<SavedTopic | null> {
    const content = await this.state(SAVED_TOPIC_EVENT, this.deployment);
    if (!content || typeof content.topic !== 'string' || !Array.isArray(content.notices)) return null;
    return content as unknown as SavedTopic;
  }

  async writeSaved(saved: SavedTopic): Promise<void> {
    await this.retry('saving the topic', () => this.client.sendStateEvent(this.id, SAVED_TOPIC_EVENT as never, saved as never, this.deployment));
  }

  async clearSaved(): Promise<void> {
    // State cannot be deleted; empty content is how Matrix clears it.
    await this.retry('clearing the saved topic', () => this.client.sendStateEvent(this.id, SAVED_TOPIC_EVENT as never, {} as never, this.deployment));
  }
}
