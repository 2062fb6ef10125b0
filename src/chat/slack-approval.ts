import { withRetry } from '../core/retry.ts';
import type { ApprovalRoom, ApprovalState, ChatText, FoundRequest } from './approval.ts';
import { describe, type Slack } from './slack.ts';

/** Slack message metadata event type of our approval messages (payload: deployment, marker, kind, state). */
export const APPROVAL_METADATA = 'service_guru_approval';
const LOOKBACK = 100;

interface Payload {
  deployment?: unknown;
  marker?: unknown;
  kind?: unknown;
  state?: unknown;
  reminded?: unknown;
}

interface SlackMessage {
  ts?: string;
  metadata?: { event_type?: string; event_payload?: Payload };
}

export class SlackApprovalChannel implements ApprovalRoom {
  readonly platform = 'slack' as const;
  readonly id: string;
  private readonly slack: Slack;

  constructor(slack: Slack, id: string) {
    this.slack = slack;
    this.id = id;
  }

  private async history(): Promise<SlackMessage[]> {
    const page = await this.slack.web.conversations.history({ channel: this.id, limit: LOOKBACK, include_all_metadata: true });
    return page.messages ?? [];
  }

  async find(deployment: string, marker?: string): Promise<FoundRequest[]> {
    const messages = await this.slack.call(`conversations.history ${this.id}`, () => this.history());
    const ours = (m: SlackMessage): Payload | undefined => {
      const p = m.metadata?.event_type === APPROVAL_METADATA ? m.metadata.event_payload : undefined;
      return p && p.deployment === deployment && (!marker || p.marker === marker) ? p : undefined;
    };
    return messages.flatMap((m) => {
      const p = ours(m);
      if (!p || p.kind !== 'request' || !m.ts || typeof p.marker !== 'string') return [];
      const state = typeof p.state === 'string' ? (p.state as ApprovalState) : 'waiting';
      const reminded = messages.some((r) => ours(r)?.kind === 'reminder' && ours(r)?.marker === p.marker);
      return [{ ref: m.ts, marker: p.marker, state, postedAt: Math.round(Number(m.ts) * 1000), reminded }];
    });
  }

  /**
   * chat.postMessage has no idempotency key: a retry (after a lost answer) first looks for the
   * message by its marker and kind, so it lands once.
   */
  private async postOnce(text: string, payload: Payload): Promise<string> {
    const { logger, clock, policy } = this.slack.options;
    const what = `chat.postMessage ${this.id}`;
    let attempts = 0;
    const landed = async (): Promise<string | undefined> =>
      (await this.history()).find(
        (m) =>
          m.metadata?.event_type === APPROVAL_METADATA &&
          m.metadata.event_payload?.marker === payload.marker &&
          m.metadata.event_payload?.kind === payload.kind,
      )?.ts;
    return withRetry({ service: 'Slack', what, host: this.slack.host, logger, clock, ...(policy ? { policy } : {}) }, async () => {
      if (attempts++ > 0) {
        const ts = await this.slack.attempt(landed);
        if (ts) return ts;
      }
      const answer = await this.slack.attempt(() =>
        this.slack.web.chat.postMessage({
          channel: this.id,
          text,
          // Links to the run stay links; no preview card of GitHub under every request.
          unfurl_links: false,
          unfurl_media: false,
          metadata: { event_type: APPROVAL_METADATA, event_payload: payload as Record<string, string> },
        }),
      );
      return answer.ts!;
    });
  }

  post(message: ChatText, deployment: string, marker: string): Promise<string> {
    return this.postOnce(message.slack, { deployment, marker, kind: 'request', state: 'waiting' });
  }

  async update(ref: string, message: ChatText, deployment: string, marker: string, state: ApprovalState): Promise<void> {
    await this.slack.call(`chat.update ${this.id}`, () =>
      this.slack.web.chat.update({
        channel: this.id,
        ts: ref,
        text: message.slack,
        metadata: { event_type: APPROVAL_METADATA, event_payload: { deployment, marker, kind: 'request', state } },
      }),
    );
  }

  async remind(_ref: string, message: ChatText, deployment: string, marker: string): Promise<void> {
    await this.postOnce(message.slack, { deployment, marker, kind: 'reminder' });
  }

  describe(error: unknown): string {
    return describe(error);
  }
}
