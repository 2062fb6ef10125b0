import { createHash } from 'node:crypto';
import type { ApprovalRoom, ApprovalState, ChatText, FoundRequest } from './approval.ts';
import { describe, type MatrixApi } from './matrix.ts';

/** Content field of our approval messages: which deployment and run, what kind, what state. */
export const APPROVAL_FIELD = 'dev.service-guru.approval';
/** How far back the request is looked for (the room's newest events). */
const LOOKBACK = 100;

interface Tag {
  deployment: string;
  marker: string;
  kind: 'request' | 'edit' | 'reminder';
  state?: ApprovalState;
}

interface RoomEvent {
  type?: string;
  event_id?: string;
  origin_server_ts?: number;
  content?: Record<string, unknown>;
}

const encode = (template: string, ...values: string[]): string => {
  let i = 0;
  return template.replace(/\$/g, () => encodeURIComponent(values[i++]!));
};

/**
 * A message's content: HTML as formatted_body, and `m.mentions: {}` so that no text in it
 * (an `@room` in a PR title) notifies anyone under intentional mentions (Matrix 1.7).
 */
function content(message: ChatText, tag: Tag): Record<string, unknown> {
  return {
    msgtype: 'm.text',
    body: message.plain,
    format: 'org.matrix.custom.html',
    formatted_body: message.html,
    'm.mentions': {},
    [APPROVAL_FIELD]: tag,
  };
}

export class MatrixApprovalRoom implements ApprovalRoom {
  readonly platform = 'matrix' as const;
  readonly id: string;
  private readonly api: MatrixApi;

  constructor(api: MatrixApi, id: string) {
    this.api = api;
    this.id = id;
  }

  /** The transaction id is the message's identity: a retried PUT returns the first event. */
  private async send(what: string, body: Record<string, unknown>, identity: string): Promise<string> {
    const txnId = `sg-${createHash('sha256').update(`${this.id}\0${identity}`).digest('hex').slice(0, 24)}`;
    const answer = await this.api.request<{ event_id?: string }>(
      `${what} in ${this.id}`,
      'PUT',
      encode('/rooms/$/send/m.room.message/$', this.id, txnId),
      body,
    );
    return answer.event_id ?? '';
  }

  async find(deployment: string, marker?: string): Promise<FoundRequest[]> {
    const page = await this.api.request<{ chunk?: RoomEvent[] }>(
      `reading recent messages in ${this.id}`,
      'GET',
      encode('/rooms/$/messages', this.id),
      undefined,
      { dir: 'b', limit: String(LOOKBACK) },
    );
    const events = (page.chunk ?? []).filter((e) => e.type === 'm.room.message');
    const tag = (e: RoomEvent): Tag | undefined => {
      const t = e.content?.[APPROVAL_FIELD] as Tag | undefined;
      return t && t.deployment === deployment && (!marker || t.marker === marker) ? t : undefined;
    };
    const found: FoundRequest[] = [];
    for (const event of events) {
      const t = tag(event);
      if (t?.kind !== 'request' || !event.event_id) continue;
      const related = (e: RoomEvent): boolean => tag(e)?.marker === t.marker;
      // Newest first: the first edit is the latest state.
      const edit = events.find((e) => related(e) && tag(e)!.kind === 'edit');
      found.push({
        ref: event.event_id,
        marker: t.marker,
        state: edit ? (tag(edit)!.state ?? 'waiting') : (t.state ?? 'waiting'),
        postedAt: event.origin_server_ts ?? 0,
        reminded: events.some((e) => related(e) && tag(e)!.kind === 'reminder'),
      });
    }
    return found;
  }

  post(message: ChatText, deployment: string, marker: string): Promise<string> {
    return this.send('posting the approval request', content(message, { deployment, marker, kind: 'request', state: 'waiting' }), marker);
  }

  async update(ref: string, message: ChatText, deployment: string, marker: string, state: ApprovalState): Promise<void> {
    const replacement = content(message, { deployment, marker, kind: 'request', state });
    // An edit (m.replace): clients show m.new_content in place of the request; `*` marks the fallback.
    await this.send(
      'editing the approval request',
      {
        ...content({ ...message, plain: `* ${message.plain}`, html: `* ${message.html}` }, { deployment, marker, kind: 'edit', state }),
        'm.new_content': replacement,
        'm.relates_to': { rel_type: 'm.replace', event_id: ref },
      },
      `${marker}\0edit\0${state}`,
    );
  }

  async remind(ref: string, message: ChatText, deployment: string, marker: string): Promise<void> {
    await this.send(
      'posting the reminder',
      { ...content(message, { deployment, marker, kind: 'reminder' }), 'm.relates_to': { 'm.in_reply_to': { event_id: ref } } },
      `${marker}\0reminder`,
    );
  }

  describe(error: unknown): string {
    return describe(error);
  }
}
