import { createRequire as __sgRequire } from 'node:module'; const require = __sgRequire(import.meta.url);
import {
  describe,
  platformError
} from "./chunk-YYHOW7AP.js";
import {
  withRetry
} from "./chunk-LONG6DJQ.js";
import "./chunk-4PSKXZ4E.js";
import "./chunk-HO53TWSA.js";
import "./chunk-EP666XB4.js";

// src/chat/slack-channel.ts
var SAVED_TOPIC_METADATA = "service_guru_saved_topic";
var POST_METADATA = "service_guru_post";
var HISTORY_PAGES = 5;
var HISTORY_PAGE = 200;
var POST_LOOKBACK = 100;
var PINNED_CANDIDATES = 3;
function unescape(text) {
  return text.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
}
var SlackChannel = class {
  platform = "slack";
  id;
  // The state-carrying notice message is posted through writeSaved; nothing else is needed.
  postsNotice = false;
  topicLimit = 250;
  noticeRef;
  slack;
  deployment;
  marker;
  pinsReadable = true;
  pinRefused = false;
  constructor(slack, channel, deployment) {
    this.slack = slack;
    this.id = channel;
    this.deployment = deployment;
  }
  describe(error) {
    return describe(error);
  }
  async getTopic() {
    const info = await this.slack.call(`conversations.info ${this.id}`, () => this.slack.web.conversations.info({ channel: this.id }));
    return { text: unescape(info.channel?.topic?.value ?? "") };
  }
  async setTopic(text) {
    await this.slack.call(
      `conversations.setTopic ${this.id}`,
      () => this.slack.web.conversations.setTopic({ channel: this.id, topic: text })
    );
  }
  async post(text, key) {
    const keyed = `${this.deployment}:${key}`;
    const { posted } = await this.postOnce(
      text,
      { event_type: POST_METADATA, event_payload: { deployment: this.deployment, key: keyed } },
      keyed,
      true
    );
    if (!posted) this.slack.options.logger.info(`${this.id}: already posted (${key}); not posting again`);
    return posted;
  }
  /**
   * chat.postMessage has no idempotency key, so a retry (after a lost answer or a timeout) first
   * looks for our message with the same key in the channel's newest messages.
   */
  async postOnce(text, metadata, keyed, checkFirst) {
    if (checkFirst) {
      const earlier = await this.slack.call(`conversations.history ${this.id}`, () => this.findPost(keyed));
      if (earlier) return { ts: earlier, posted: false };
    }
    const { logger, clock, policy } = this.slack.options;
    let attempts = 0;
    const what = `chat.postMessage ${this.id}`;
    return withRetry({ service: "Slack", what, host: this.slack.host, logger, clock, ...policy ? { policy } : {} }, async () => {
      if (attempts++ > 0) {
        const landed = await this.slack.attempt(() => this.findPost(keyed));
        if (landed) return { ts: landed, posted: true };
      }
      const answer = await this.slack.attempt(() => this.slack.web.chat.postMessage({ channel: this.id, text, metadata }));
      return { ts: answer.ts, posted: true };
    });
  }
  async findPost(keyed) {
    const page = await this.slack.web.conversations.history({ channel: this.id, limit: POST_LOOKBACK, include_all_metadata: true });
    return page.messages?.find((m) => m.metadata?.event_payload?.key === keyed)?.ts;
  }
  parse(message, pinned) {
    const metadata = message?.metadata;
    const payload = metadata?.event_payload;
    if (metadata?.event_type !== SAVED_TOPIC_METADATA || payload?.deployment !== this.deployment || !message?.ts) return void 0;
    const saved = typeof payload.saved === "string" && !payload.cleared ? parseSaved(payload.saved) : null;
    return { ts: message.ts, text: message.text ?? "", saved, pinned };
  }
  /** One message by its ts, as Slack documents it: latest = oldest = ts, inclusive, limit 1. */
  async fetchMessage(ts) {
    const page = await this.slack.call(
      `conversations.history ${this.id} (message ${ts})`,
      () => this.slack.web.conversations.history({
        channel: this.id,
        latest: ts,
        oldest: ts,
        inclusive: true,
        limit: 1,
        include_all_metadata: true
      })
    );
    return page.messages?.find((m) => m.ts === ts);
  }
  /** Pinned bot messages, the latest pin first; without pins:read, none (and one warning). */
  async pinned() {
    if (!this.pinsReadable) return [];
    try {
      const list = await this.slack.call(`pins.list ${this.id}`, () => this.slack.web.pins.list({ channel: this.id }));
      const items = list.items ?? [];
      return items.filter((i) => i.type === "message" && i.message?.ts && i.message.bot_id).map((i) => ({ ts: i.message.ts, message: i.message }));
    } catch (error) {
      if (platformError(error) !== "missing_scope") throw error;
      this.pinsReadable = false;
      this.slack.options.logger.warning(
        `${this.id}: cannot read pins (${describe(error)}); looking among the newest ${HISTORY_PAGES * HISTORY_PAGE} messages only`
      );
      return [];
    }
  }
  /** The notice message: where an earlier run said it is, else pinned, else among the newest 1,000 messages. */
  async findMarker(noticeRef) {
    if (this.marker !== void 0) return this.marker;
    const pins = await this.pinned();
    const refs = [...noticeRef ? [noticeRef] : [], ...pins.slice(0, PINNED_CANDIDATES).map((p) => p.ts)];
    for (const ts of [...new Set(refs)]) {
      const pin = pins.find((p) => p.ts === ts);
      const message = pin?.message.metadata ? pin.message : await this.fetchMessage(ts);
      const marker = this.parse(message, pin !== void 0);
      if (marker) return this.remember(marker);
    }
    let cursor;
    for (let page = 0; page < HISTORY_PAGES; page++) {
      const history = await this.slack.call(
        `conversations.history ${this.id}`,
        () => this.slack.web.conversations.history({
          channel: this.id,
          limit: HISTORY_PAGE,
          include_all_metadata: true,
          ...cursor ? { cursor } : {}
        })
      );
      for (const message of history.messages ?? []) {
        const marker = this.parse(
          message,
          pins.some((p) => p.ts === message.ts)
        );
        if (marker) return this.remember(marker);
      }
      cursor = history.response_metadata?.next_cursor || void 0;
      if (!history.has_more || !cursor) break;
    }
    return this.remember(null);
  }
  remember(marker) {
    this.marker = marker?.saved ? marker : null;
    if (marker) this.noticeRef = marker.ts;
    return this.marker;
  }
  async readSaved(noticeRef) {
    return (await this.findMarker(noticeRef))?.saved ?? null;
  }
  async writeSaved(saved, message) {
    const keyed = `${this.deployment}:notice:${saved.savedAt}`;
    const metadata = {
      event_type: SAVED_TOPIC_METADATA,
      event_payload: { deployment: this.deployment, key: keyed, saved: JSON.stringify(saved) }
    };
    const marker = await this.findMarker();
    if (marker) {
      await this.slack.call(
        `chat.update ${this.id}`,
        () => this.slack.web.chat.update({ channel: this.id, ts: marker.ts, text: marker.text, metadata })
      );
      this.marker = { ...marker, saved };
    } else {
      const { ts } = await this.postOnce(message, metadata, keyed, false);
      this.marker = { ts, text: message, saved, pinned: false };
    }
    this.noticeRef = this.marker.ts;
    await this.pin(this.marker);
  }
  async pin(marker) {
    if (marker.pinned || this.pinRefused) return;
    try {
      await this.slack.call(`pins.add ${this.id}`, () => this.slack.web.pins.add({ channel: this.id, timestamp: marker.ts }));
    } catch (error) {
      if (platformError(error) !== "already_pinned") {
        this.pinRefused = true;
        this.slack.options.logger.warning(
          `${this.id}: could not pin the notice message (${describe(error)}); topic-revert finds it only among the channel's newest ${HISTORY_PAGES * HISTORY_PAGE} messages or through --notified`
        );
        return;
      }
    }
    marker.pinned = true;
  }
  async clearSaved(message) {
    const marker = await this.findMarker();
    if (!marker) return;
    const metadata = { event_type: SAVED_TOPIC_METADATA, event_payload: { deployment: this.deployment, cleared: true } };
    await this.slack.call(
      `chat.update ${this.id}`,
      () => this.slack.web.chat.update({ channel: this.id, ts: marker.ts, text: message, metadata })
    );
    this.marker = null;
    try {
      await this.slack.call(`pins.remove ${this.id}`, () => this.slack.web.pins.remove({ channel: this.id, timestamp: marker.ts }));
    } catch (error) {
      if (platformError(error) !== "no_pin")
        this.slack.options.logger.warning(`${this.id}: could not unpin the finished notice message (${describe(error)})`);
    }
  }
};
function parseSaved(text) {
  const saved = JSON.parse(text);
  if (typeof saved.topic !== "string" || !Array.isArray(saved.notices)) throw new Error("the saved-topic message metadata is not ours");
  return saved;
}
export {
  POST_METADATA,
  SAVED_TOPIC_METADATA,
  SlackChannel
};
