import { createRequire as __sgRequire } from 'node:module'; const require = __sgRequire(import.meta.url);
import {
  describe
} from "./chunk-YYHOW7AP.js";
import {
  withRetry
} from "./chunk-LONG6DJQ.js";
import "./chunk-4PSKXZ4E.js";
import "./chunk-HO53TWSA.js";
import "./chunk-EP666XB4.js";

// src/chat/slack-approval.ts
var APPROVAL_METADATA = "service_guru_approval";
var LOOKBACK = 100;
var SlackApprovalChannel = class {
  platform = "slack";
  id;
  slack;
  constructor(slack, id) {
    this.slack = slack;
    this.id = id;
  }
  async history() {
    const page = await this.slack.web.conversations.history({ channel: this.id, limit: LOOKBACK, include_all_metadata: true });
    return page.messages ?? [];
  }
  async find(deployment, marker) {
    const messages = await this.slack.call(`conversations.history ${this.id}`, () => this.history());
    const ours = (m) => {
      const p = m.metadata?.event_type === APPROVAL_METADATA ? m.metadata.event_payload : void 0;
      return p && p.deployment === deployment && (!marker || p.marker === marker) ? p : void 0;
    };
    return messages.flatMap((m) => {
      const p = ours(m);
      if (!p || p.kind !== "request" || !m.ts || typeof p.marker !== "string") return [];
      const state = typeof p.state === "string" ? p.state : "waiting";
      const reminded = messages.some((r) => ours(r)?.kind === "reminder" && ours(r)?.marker === p.marker);
      return [{ ref: m.ts, marker: p.marker, state, postedAt: Math.round(Number(m.ts) * 1e3), reminded }];
    });
  }
  /**
   * chat.postMessage has no idempotency key: a retry (after a lost answer) first looks for the
   * message by its marker and kind, so it lands once.
   */
  async postOnce(text, payload) {
    const { logger, clock, policy } = this.slack.options;
    const what = `chat.postMessage ${this.id}`;
    let attempts = 0;
    const landed = async () => (await this.history()).find(
      (m) => m.metadata?.event_type === APPROVAL_METADATA && m.metadata.event_payload?.marker === payload.marker && m.metadata.event_payload?.kind === payload.kind
    )?.ts;
    return withRetry({ service: "Slack", what, host: this.slack.host, logger, clock, ...policy ? { policy } : {} }, async () => {
      if (attempts++ > 0) {
        const ts = await this.slack.attempt(landed);
        if (ts) return ts;
      }
      const answer = await this.slack.attempt(
        () => this.slack.web.chat.postMessage({
          channel: this.id,
          text,
          // Links to the run stay links; no preview card of GitHub under every request.
          unfurl_links: false,
          unfurl_media: false,
          metadata: { event_type: APPROVAL_METADATA, event_payload: payload }
        })
      );
      return answer.ts;
    });
  }
  post(message, deployment, marker) {
    return this.postOnce(message.slack, { deployment, marker, kind: "request", state: "waiting" });
  }
  async update(ref, message, deployment, marker, state) {
    await this.slack.call(
      `chat.update ${this.id}`,
      () => this.slack.web.chat.update({
        channel: this.id,
        ts: ref,
        text: message.slack,
        metadata: { event_type: APPROVAL_METADATA, event_payload: { deployment, marker, kind: "request", state } }
      })
    );
  }
  async remind(_ref, message, deployment, marker) {
    await this.postOnce(message.slack, { deployment, marker, kind: "reminder" });
  }
  describe(error) {
    return describe(error);
  }
};
export {
  APPROVAL_METADATA,
  SlackApprovalChannel
};
