import { HttpDouble, type RecordedRequest, type Reply } from './http-double.ts';

interface Message {
  type: 'message';
  subtype?: string;
  ts: string;
  text: string;
  bot_id?: string;
  topic?: string;
  metadata?: { event_type: string; event_payload: Record<string, unknown> };
}

interface Channel {
  id: string;
  name: string;
  topic: string;
  messages: Message[];
  member: boolean;
  /** Timestamps of pinned messages, the latest pin first. */
  pins: string[];
}

const escape = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The Slack Web API methods the topic stages call, form- or JSON-encoded POSTs answering
 * `{ok: true, ...}` or `{ok: false, error}` as documented, with 429 + Retry-After when limited.
 * Scopes: `pins.*` answer `missing_scope` while `pinsScope` is false, as Slack does for an app
 * installed without pins:read/pins:write.
 */
export class SlackDouble extends HttpDouble {
  readonly channels = new Map<string, Channel>();
  token = 'xoxb-1111-2222-secretslacktoken';
  /** Stores topics in another form than given (as a platform may: emoji as :codes:, trimmed space). */
  normalizeTopic: ((topic: string) => string) | undefined;
  pinsScope = true;
  private clock = 1764320000;

  constructor() {
    super((request, url) => this.answer(request, url));
  }

  addChannel(id: string, topic: string): Channel {
    const channel: Channel = { id, name: id.toLowerCase(), topic, messages: [], member: true, pins: [] };
    this.channels.set(id, channel);
    return channel;
  }

  private ts(): string {
    // With a test clock, a message's ts is that clock's time (what a reminder measures a wait by).
    this.clock = this.now ? Math.max(this.clock + 1, Math.floor(this.now() / 1000)) : this.clock + 1;
    return `${this.clock}.000100`;
  }

  /** The workspace's clock: undefined, every message is a second after the last. */
  now: (() => number) | undefined;

  private params(request: RecordedRequest): Record<string, unknown> {
    if (String(request.headers['content-type']).includes('application/json')) return JSON.parse(request.body || '{}');
    const out: Record<string, unknown> = {};
    for (const [k, v] of new URLSearchParams(request.body)) out[k] = v;
    return out;
  }

  private answer(request: RecordedRequest, _url: URL): Reply {
    const method = request.path.replace(/^\/api\//, '');
    const token = String(request.headers.authorization ?? '').replace(/^Bearer /, '');
    if (token !== this.token) return { body: { ok: false, error: 'invalid_auth' } };
    const p = this.params(request);
    const channel = this.channels.get(String(p.channel));
    if (!channel) return { body: { ok: false, error: 'channel_not_found' } };
    const info = () => ({
      id: channel.id,
      name: channel.name,
      is_channel: true,
      is_member: channel.member,
      topic: { value: escape(channel.topic), creator: 'U0BOT', last_set: this.clock },
      purpose: { value: '', creator: '', last_set: 0 },
    });
    switch (method) {
      case 'conversations.info':
        return { body: { ok: true, channel: info() } };
      case 'conversations.setTopic': {
        if (!channel.member) return { body: { ok: false, error: 'not_in_channel' } };
        const topic = String(p.topic);
        if ([...topic].length > 250) return { body: { ok: false, error: 'too_long' } };
        channel.topic = this.normalizeTopic ? this.normalizeTopic(topic) : topic;
        channel.messages.unshift({
          type: 'message',
          subtype: 'channel_topic',
          ts: this.ts(),
          text: `set the channel topic: ${escape(topic)}`,
          topic: escape(topic),
        });
        return { body: { ok: true, channel: info() } };
      }
      case 'chat.postMessage': {
        if (!channel.member) return { body: { ok: false, error: 'not_in_channel' } };
        const message: Message = { type: 'message', ts: this.ts(), text: String(p.text), bot_id: 'B0BOT' };
        if (p.metadata) message.metadata = typeof p.metadata === 'string' ? JSON.parse(p.metadata) : (p.metadata as Message['metadata']);
        channel.messages.unshift(message);
        return { body: { ok: true, channel: channel.id, ts: message.ts, message } };
      }
      case 'chat.update': {
        const message = channel.messages.find((m) => m.ts === p.ts);
        if (!message) return { body: { ok: false, error: 'message_not_found' } };
        message.text = String(p.text);
        if (p.metadata) message.metadata = typeof p.metadata === 'string' ? JSON.parse(p.metadata) : (p.metadata as Message['metadata']);
        return { body: { ok: true, channel: channel.id, ts: message.ts, text: message.text, message } };
      }
      case 'pins.add':
      case 'pins.remove': {
        if (!this.pinsScope)
          return {
            body: { ok: false, error: 'missing_scope', needed: 'pins:write', provided: 'chat:write,channels:manage,channels:history' },
          };
        if (!channel.messages.some((m) => m.ts === p.timestamp)) return { body: { ok: false, error: 'message_not_found' } };
        const pinned = channel.pins.includes(String(p.timestamp));
        if (method === 'pins.add') {
          if (pinned) return { body: { ok: false, error: 'already_pinned' } };
          channel.pins.unshift(String(p.timestamp));
        } else {
          if (!pinned) return { body: { ok: false, error: 'no_pin' } };
          channel.pins = channel.pins.filter((ts) => ts !== p.timestamp);
        }
        return { body: { ok: true } };
      }
      case 'pins.list': {
        if (!this.pinsScope)
          return {
            body: { ok: false, error: 'missing_scope', needed: 'pins:read', provided: 'chat:write,channels:manage,channels:history' },
          };
        // Slack documents the pinned message object, not whether it carries metadata: the double leaves it out.
        const items = channel.pins.map((ts) => ({
          type: 'message',
          channel: channel.id,
          message: { ...channel.messages.find((m) => m.ts === ts)!, metadata: undefined },
          created: this.clock,
          created_by: 'U0BOT',
        }));
        return { body: { ok: true, items } };
      }
      case 'conversations.history': {
        const all = p.include_all_metadata === 'true' || p.include_all_metadata === true;
        const inclusive = p.inclusive === 'true' || p.inclusive === true;
        const inRange = (m: Message): boolean => {
          const ts = Number(m.ts);
          if (p.latest !== undefined && (inclusive ? ts > Number(p.latest) : ts >= Number(p.latest))) return false;
          return p.oldest === undefined || (inclusive ? ts >= Number(p.oldest) : ts > Number(p.oldest));
        };
        const messages = channel.messages.filter(inRange);
        // Cursor pagination, newest first: the cursor is the offset, base64 as Slack's are opaque.
        const offset = p.cursor ? Number(Buffer.from(p.cursor as string, 'base64').toString()) : 0;
        const limit = Math.min(Number(p.limit ?? 100), 999);
        const page = messages.slice(offset, offset + limit).map((m) => (all ? m : { ...m, metadata: undefined }));
        const more = offset + limit < messages.length;
        return {
          body: {
            ok: true,
            messages: page,
            has_more: more,
            pin_count: channel.pins.length,
            response_metadata: { next_cursor: more ? Buffer.from(String(offset + limit)).toString('base64') : '' },
          },
        };
      }
      default:
        return { body: { ok: false, error: 'unknown_method' } };
    }
  }
}
