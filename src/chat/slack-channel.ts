import { withRetry } from '../core/retry.ts';
import type { ChatRoom, SavedTopic, Topic } from './room.ts';
import { describe, platformError, type Slack } from './slack.ts';

/** Metadata type of the notice message that carries the saved topic. */
export const SAVED_TOPIC_METADATA = 'service_guru_saved_topic';
/** Metadata type of our other posts (failed, finished), which carry their key. */
export const POST_METADATA = 'service_guru_post';
/** Without a pin, the newest 5 × 200 = 1,000 messages are searched, and no more. */
const HISTORY_PAGES = 5;
const HISTORY_PAGE = 200;
/** A post is looked for among the newest messages before it is posted (again). */
const POST_LOOKBACK = 100;
/** Pinned messages of bots looked at, the latest pin first. */
const PINNED_CANDIDATES = 3;

interface SlackMessage {
  ts?: string;
  text?: string;
  bot_id?: string;
  metadata?: { event_type?: string; event_payload?: Record<string, unknown> };
}

/** Message metadata as we write it: flat string and boolean values. */
interface Metadata {
  event_type: string;
  event_payload: Record<string, string | boolean>;
}

interface Marker {
  ts: string;
  text: string;
  /** Null once revert cleared it. */
  saved: SavedTopic | null;
  pinned: boolean;
}

/** Slack escapes &, < and > in text it returns; topics are set as plain text. */
function unescape(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/**
 * A Slack channel. Slack has no room state for apps, so the saved topic travels in the metadata
 * of the one notice message the stage posts, which is pinned so that a later run finds it in a
 * channel of any traffic (pins.list, then that one message); revert edits it instead of posting.
 */
export class SlackChannel implements ChatRoom {
  readonly platform = 'slack' as const;
  readonly id: string;
  // The state-carrying notice message is posted through writeSaved; nothing else is needed.
  readonly postsNotice = false;
  readonly topicLimit = 250;
  noticeRef: string | undefined;
  private readonly slack: Slack;
  private readonly deployment: string;
  private marker: Marker | null | undefined;
  private pinsReadable = true;
  private pinRefused = false;

  constructor(slack: Slack, channel: string, deployment: string) {
    this.slack = slack;
    this.id = channel;
    this.deployment = deployment;
  }

  describe(error: unknown): string {
    return describe(error);
  }

  async getTopic(): Promise<Topic> {
    const info = await this.slack.call(`conversations.info ${this.id}`, () => this.slack.web.conversations.info({ channel: this.id }));
    return { text: unescape(info.channel?.topic?.value ?? '') };
  }

  async setTopic(text: string): Promise<void> {
    await this.slack.call(`conversations.setTopic ${this.id}`, () =>
      this.slack.web.conversations.setTopic({ channel: this.id, topic: text }),
    );
  }

  async post(text: string, key: string): Promise<boolean> {
    const keyed = `${this.deployment}:${key}`;
    const { posted } = await this.postOnce(
      text,
      { event_type: POST_METADATA, event_payload: { deployment: this.deployment, key: keyed } },
      keyed,
      true,
    );
    if (!posted) this.slack.options.logger.info(`${this.id}: already posted (${key}); not posting again`);
    return posted;
  }

  /**
   * chat.postMessage has no idempotency key, so a retry (after a lost answer or a timeout) first
   * looks for our message with the same key in the channel's newest messages.
   */
  private async postOnce(text: string, metadata: Metadata, keyed: string, checkFirst: boolean): Promise<{ ts: string; posted: boolean }> {
    if (checkFirst) {
      const earlier = await this.slack.call(`conversations.history ${this.id}`, () => this.findPost(keyed));
      if (earlier) return { ts: earlier, posted: false };
    }
    const { logger, clock, policy } = this.slack.options;
    let attempts = 0;
    const what = `chat.postMessage ${this.id}`;
    return withRetry({ service: 'Slack', what, host: this.slack.host, logger, clock, ...(policy ? { policy } : {}) }, async () => {
      if (attempts++ > 0) {
        const landed = await this.slack.attempt(() => this.findPost(keyed));
        if (landed) return { ts: landed, posted: true };
      }
      const answer = await this.slack.attempt(() => this.slack.web.chat.postMessage({ channel: this.id, text, metadata }));
      return { ts: answer.ts!, posted: true };
    });
  }

  private async findPost(keyed: string): Promise<string | undefined> {
    const page = await this.slack.web.conversations.history({ channel: this.id, limit: POST_LOOKBACK, include_all_metadata: true });
    return page.messages?.find((m: SlackMessage) => m.metadata?.event_payload?.key === keyed)?.ts;
  }

  private parse(message: SlackMessage | undefined, pinned: boolean): Marker | undefined {
    const metadata = message?.metadata;
    const payload = metadata?.event_payload;
    if (metadata?.event_type !== SAVED_TOPIC_METADATA || payload?.deployment !== this.deployment || !message?.ts) return undefined;
    const saved = typeof payload.saved === 'string' && !payload.cleared ? parseSaved(payload.saved) : null;
    return { ts: message.ts, text: message.text ?? '', saved, pinned };
  }

  /** One message by its ts, as Slack documents it: latest = oldest = ts, inclusive, limit 1. */
  private async fetchMessage(ts: string): Promise<SlackMessage | undefined> {
    const page = await this.slack.call(`conversations.history ${this.id} (message ${ts})`, () =>
      this.slack.web.conversations.history({
        channel: this.id,
        latest: ts,
        oldest: ts,
        inclusive: true,
        limit: 1,
        include_all_metadata: true,
      }),
    );
    return page.messages?.find((m) => m.ts === ts);
  }

  /** Pinned bot messages, the latest pin first; without pins:read, none (and one warning). */
  private async pinned(): Promise<Array<{ ts: string; message: SlackMessage }>> {
    if (!this.pinsReadable) return [];
    try {
      const list = await this.slack.call(`pins.list ${this.id}`, () => this.slack.web.pins.list({ channel: this.id }));
      const items = (list.items ?? []) as Array<{ type?: string; message?: SlackMessage }>;
      return items
        .filter((i) => i.type === 'message' && i.message?.ts && i.message.bot_id)
        .map((i) => ({ ts: i.message!.ts!, message: i.message! }));
    } catch (error) {
      if (platformError(error) !== 'missing_scope') throw error;
      this.pinsReadable = false;
      this.slack.options.logger.warning(
        `${this.id}: cannot read pins (${describe(error)}); looking among the newest ${HISTORY_PAGES * HISTORY_PAGE} messages only`,
      );
      return [];
    }
  }

  /** The notice message: where an earlier run said it is, else pinned, else among the newest 1,000 messages. */
  private async findMarker(noticeRef?: string): Promise<Marker | null> {
    if (this.marker !== undefined) return this.marker;
    const pins = await this.pinned();
    const refs = [...(noticeRef ? [noticeRef] : []), ...pins.slice(0, PINNED_CANDIDATES).map((p) => p.ts)];
    for (const ts of [...new Set(refs)]) {
      const pin = pins.find((p) => p.ts === ts);
      // pins.list may leave the metadata out of the message: then the message is read on its own.
      const message = pin?.message.metadata ? pin.message : await this.fetchMessage(ts);
      const marker = this.parse(message, pin !== undefined);
      if (marker) return this.remember(marker);
    }
    let cursor: string | undefined;
    for (let page = 0; page < HISTORY_PAGES; page++) {
      const history = await this.slack.call(`conversations.history ${this.id}`, () =>
        this.slack.web.conversations.history({
          channel: this.id,
          limit: HISTORY_PAGE,
          include_all_metadata: true,
          ...(cursor ? { cursor } : {}),
        }),
      );
      for (const message of (history.messages ?? []) as SlackMessage[]) {
        // The newest marker decides; a cleared one means nothing is saved.
        const marker = this.parse(
          message,
          pins.some((p) => p.ts === message.ts),
        );
        if (marker) return this.remember(marker);
      }
      cursor = history.response_metadata?.next_cursor || undefined;
      if (!history.has_more || !cursor) break;
    }
    return this.remember(null);
  }

  private remember(marker: Marker | null): Marker | null {
    this.marker = marker?.saved ? marker : null;
    if (marker) this.noticeRef = marker.ts;
    return this.marker;
  }

  async readSaved(noticeRef?: string): Promise<SavedTopic | null> {
    return (await this.findMarker(noticeRef))?.saved ?? null;
  }

  async writeSaved(saved: SavedTopic, message: string): Promise<void> {
    const keyed = `${this.deployment}:notice:${saved.savedAt}`;
    // Payload values are flat; the saved topic travels as one JSON string, emoji and all.
    const metadata = {
      event_type: SAVED_TOPIC_METADATA,
      event_payload: { deployment: this.deployment, key: keyed, saved: JSON.stringify(saved) },
    };
    const marker = await this.findMarker();
    if (marker) {
      // The notice message keeps its text: later notices (failed) are posted as messages of their own.
      await this.slack.call(`chat.update ${this.id}`, () =>
        this.slack.web.chat.update({ channel: this.id, ts: marker.ts, text: marker.text, metadata }),
      );
      this.marker = { ...marker, saved };
    } else {
      // findMarker just searched the channel: the look before the first post is not repeated.
      const { ts } = await this.postOnce(message, metadata, keyed, false);
      this.marker = { ts, text: message, saved, pinned: false };
    }
    this.noticeRef = this.marker.ts;
    await this.pin(this.marker);
  }

  private async pin(marker: Marker): Promise<void> {
    if (marker.pinned || this.pinRefused) return;
    try {
      await this.slack.call(`pins.add ${this.id}`, () => this.slack.web.pins.add({ channel: this.id, timestamp: marker.ts }));
    } catch (error) {
      if (platformError(error) !== 'already_pinned') {
        this.pinRefused = true;
        this.slack.options.logger.warning(
          `${this.id}: could not pin the notice message (${describe(error)}); topic-revert finds it only among the channel's ` +
            `newest ${HISTORY_PAGES * HISTORY_PAGE} messages or through --notified`,
        );
        return;
      }
    }
    marker.pinned = true;
  }

  async clearSaved(message: string): Promise<void> {
    const marker = await this.findMarker();
    if (!marker) return;
    const metadata = { event_type: SAVED_TOPIC_METADATA, event_payload: { deployment: this.deployment, cleared: true } };
    await this.slack.call(`chat.update ${this.id}`, () =>
      this.slack.web.chat.update({ channel: this.id, ts: marker.ts, text: message, metadata }),
    );
    this.marker = null;
    try {
      await this.slack.call(`pins.remove ${this.id}`, () => this.slack.web.pins.remove({ channel: this.id, timestamp: marker.ts }));
    } catch (error) {
      // Cleared already: a pin left behind only costs the next run one look at a cleared message.
      if (platformError(error) !== 'no_pin')
        this.slack.options.logger.warning(`${this.id}: could not unpin the finished notice message (${describe(error)})`);
    }
  }
}

function parseSaved(text: string): SavedTopic {
  const saved = JSON.parse(text) as SavedTopic;
  if (typeof saved.topic !== 'string' || !Array.isArray(saved.notices)) throw new Error('the saved-topic message metadata is not ours');
  return saved;
}
