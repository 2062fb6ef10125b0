import { WebClient, LogLevel, type Logger as SlackLogger } from '@slack/web-api';
import type { Logger } from '../core/logger.ts';
import type { ChatRoom, SavedTopic, Topic } from './room.ts';

/** Metadata type of the notice message that carries the saved topic. */
export const SAVED_TOPIC_METADATA = 'service_guru_saved_topic';

export interface SlackOptions {
  apiUrl: string;
  token: string;
  logger: Logger;
  /** First retry delay of 5xx/network failures; 429 answers wait for Retry-After. */
  minRetryMs?: number;
}

export function slackClient(options: SlackOptions): WebClient {
  const { logger } = options;
  const adapter: SlackLogger = {
    debug: (...m: unknown[]) => logger.debug(`Slack: ${m.join(' ')}`),
    info: (...m: unknown[]) => logger.debug(`Slack: ${m.join(' ')}`),
    warn: (...m: unknown[]) => logger.warning(`Slack: ${m.join(' ')}`),
    error: (...m: unknown[]) => logger.warning(`Slack: ${m.join(' ')}`),
    setLevel: () => {},
    getLevel: () => LogLevel.INFO,
    setName: () => {},
  };
  return new WebClient(options.token, {
    slackApiUrl: options.apiUrl.replace(/\/*$/, '/'),
    logger: adapter,
    // Rate-limited calls wait for Retry-After inside the client; this covers 5xx and the network.
    rejectRateLimitedCalls: false,
    retryConfig: { retries: 4, factor: 2, minTimeout: options.minRetryMs ?? 1000, maxTimeout: 30_000 },
  });
}

const HINTS: Record<string, string> = {
  channel_not_found: 'the channel does not exist or the bot cannot see it; check chat.slack.channels',
  not_in_channel: 'invite the bot to the channel (/invite @your-bot)',
  missing_scope: 'give the Slack app the scopes channels:read, channels:manage (or groups:*), chat:write, channels:history',
  invalid_auth: 'SLACK_BOT_TOKEN is not valid',
  not_authed: 'set SLACK_BOT_TOKEN',
  too_long: 'the topic is longer than Slack takes (250 characters)',
  is_archived: 'the channel is archived',
};

export function describe(error: unknown): string {
  const data = (error as { data?: { error?: string; needed?: string } }).data;
  if (data?.error) return `${data.error}${data.needed ? ` (needs ${data.needed})` : ''}: ${HINTS[data.error] ?? 'see the Slack API documentation of this error'}`;
  return error instanceof Error ? error.message : String(error);
}

/** Slack escapes &, < and > in text it returns; topics are set as plain text. */
function unescape(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/**
 * A Slack channel. Slack has no room state for apps, so the saved topic travels in the metadata
 * of the one notice message the stage posts; revert edits that message instead of posting.
 */
export class SlackChannel implements ChatRoom {
  readonly platform = 'slack' as const;
  readonly id: string;
  // The state-carrying notice message is posted through writeSaved; nothing else is needed.
  readonly postsNotice = false;
  readonly topicLimit = 250;
  private readonly client: WebClient;
  private readonly deployment: string;
  private marker: { ts: string; saved: SavedTopic } | null | undefined;

  constructor(client: WebClient, channel: string, deployment: string) {
    this.client = client;
    this.id = channel;
    this.deployment = deployment;
  }

  async getTopic(): Promise<Topic> {
    const info = await this.client.conversations.info({ channel: this.id });
    return { text: unescape(info.channel?.topic?.value ?? '') };
  }

  async setTopic(text: string): Promise<void> {
    await this.client.conversations.setTopic({ channel: this.id, topic: text });
  }

  async post(text: string): Promise<void> {
    await this.client.chat.postMessage({ channel: this.id, text });
  }

  private async findMarker(): Promise<{ ts: string; saved: SavedTopic } | null> {
    if (this.marker !== undefined) return this.marker;
    this.marker = null;
    // Newest first; a busy channel may have moved the marker a few pages down during a deployment.
    let cursor: string | undefined;
    for (let page = 0; page < 5; page++) {
      const history = await this.client.conversations.history({ channel: this.id, limit: 200, include_all_metadata: true, ...(cursor ? { cursor } : {}) });
      for (const message of history.messages ?? []) {
        const metadata = message.metadata as { event_type?: string; event_payload?: Record<string, unknown> } | undefined;
        const payload = metadata?.event_payload;
        if (metadata?.event_type !== SAVED_TOPIC_METADATA || payload?.deployment !== this.deployment || !message.ts) continue;
        // The newest marker decides; a cleared one means nothing is saved.
        this.marker = typeof payload.saved === 'string' && !payload.cleared ? { ts: message.ts, saved: parseSaved(payload.saved) } : null;
        return this.marker;
      }
      cursor = history.response_metadata?.next_cursor || undefined;
      if (!history.has_more || !cursor) break;
    }
    return null;
  }

  async readSaved(): Promise<SavedTopic | null> {
    return (await this.findMarker())?.saved ?? null;
  }

  async writeSaved(saved: SavedTopic, message: string): Promise<void> {
    // Payload values are flat; the saved topic travels as one JSON string, emoji and all.
    const metadata = { event_type: SAVED_TOPIC_METADATA, event_payload: { deployment: this.deployment, saved: JSON.stringify(saved) } };
    const marker = await this.findMarker();
    if (marker) {
      await this.client.chat.update({ channel: this.id, ts: marker.ts, text: message, metadata });
      this.marker = { ts: marker.ts, saved };
    } else {
      const posted = await this.client.chat.postMessage({ channel: this.id, text: message, metadata });
      this.marker = { ts: posted.ts!, saved };
    }
  }

  async clearSaved(message: string): Promise<void> {
    const marker = await this.findMarker();
    if (!marker) return;
    const metadata = { event_type: SAVED_TOPIC_METADATA, event_payload: { deployment: this.deployment, cleared: true } };
    await this.client.chat.update({ channel: this.id, ts: marker.ts, text: message, metadata });
    this.marker = null;
  }
}

function parseSaved(text: string): SavedTopic {
  const saved = JSON.parse(text) as SavedTopic;
  if (typeof saved.topic !== 'string' || !Array.isArray(saved.notices)) throw new Error('the saved-topic message metadata is not ours');
  return saved;
}
