import { HttpDouble, type RecordedRequest, type Reply } from './http-double.ts';

interface Room {
  state: Map<string, Record<string, unknown>>;
  messages: Array<{ txnId: string; type: string; content: Record<string, unknown>; eventId: string; ts: number }>;
  /** Requests to this room are refused as Synapse does for a room the bot is not in. */
  forbidden?: boolean;
}

/** How long Synapse remembers a transaction id (its `HttpTransactionCache` keeps them ~30 minutes). */
export const TXN_ID_MEMORY_MS = 30 * 60_000;

/**
 * The Matrix client-server API (v3) that the topic stages use, answering as Synapse does:
 * room state GET/PUT, PUT send with transaction ids (deduplicated for 30 minutes, not forever),
 * GET messages (newest first with dir=b), access tokens, M_LIMIT_EXCEEDED.
 */
export class MatrixDouble extends HttpDouble {
  readonly rooms = new Map<string, Room>();
  token = 'syt_Ym90_secretmatrixtoken_1a2b3c';
  userId = '@packit-bot:example.org';
  /** The homeserver's clock; tests pass their injected clock's `now` to move time on. */
  now: () => number = () => Date.now();
  private events = 0;

  constructor() {
    super((request, url) => this.answer(request, url));
  }

  addRoom(id: string, topic?: string): Room {
    const room: Room = { state: new Map(), messages: [] };
    if (topic !== undefined) room.state.set('m.room.topic\0', { topic });
    this.rooms.set(id, room);
    return room;
  }

  topic(id: string): string | undefined {
    return this.rooms.get(id)!.state.get('m.room.topic\0')?.topic as string | undefined;
  }

  setTopicByHand(id: string, topic: string): void {
    this.rooms.get(id)!.state.set('m.room.topic\0', { topic });
  }

  /** GET /rooms/{id}/messages: the timeline's message events, newest first for dir=b (our only use). */
  private messages(roomId: string, url: URL): Reply {
    const room = this.rooms.get(roomId);
    if (!room || room.forbidden)
      return { status: 403, body: { errcode: 'M_FORBIDDEN', error: `User ${this.userId} not in room ${roomId}` } };
    if (url.searchParams.get('dir') !== 'b')
      return { status: 400, body: { errcode: 'M_INVALID_PARAM', error: 'this double serves dir=b only' } };
    const limit = Math.min(Number(url.searchParams.get('limit') ?? 10), 1000);
    const chunk = [...room.messages]
      .reverse()
      .slice(0, limit)
      .map((msg) => ({
        type: msg.type,
        content: msg.content,
        event_id: msg.eventId,
        sender: this.userId,
        origin_server_ts: msg.ts,
        room_id: roomId,
      }));
    return { body: { chunk, start: 't0', ...(room.messages.length > limit ? { end: `t${limit}` } : {}) } };
  }

  private answer(request: RecordedRequest, url: URL): Reply {
    if (request.path === '/_matrix/client/versions') return { body: { versions: ['v1.1', 'v1.5', 'v1.11'], unstable_features: {} } };
    if (request.headers.authorization !== `Bearer ${this.token}`) {
      return { status: 401, body: { errcode: 'M_UNKNOWN_TOKEN', error: 'Invalid access token passed.', soft_logout: false } };
    }
    if (request.path === '/_matrix/client/v3/account/whoami') return { body: { user_id: this.userId, is_guest: false } };
    const list = /^\/_matrix\/client\/v3\/rooms\/([^/]+)\/messages$/.exec(request.path);
    if (list && request.method === 'GET') return this.messages(list[1]!, url);
    const m = /^\/_matrix\/client\/v3\/rooms\/([^/]+)\/(state|send)\/([^/]+)(?:\/(.*))?$/.exec(request.path);
    if (!m) return { status: 404, body: { errcode: 'M_UNRECOGNIZED', error: 'Unrecognized request' } };
    const [, roomId, kind, type, key = ''] = m as unknown as [string, string, string, string, string | undefined];
    const room = this.rooms.get(roomId);
    if (!room || room.forbidden)
      return { status: 403, body: { errcode: 'M_FORBIDDEN', error: `User ${this.userId} not in room ${roomId}` } };
    if (kind === 'state') {
      const stateKey = `${type}\0${key}`;
      if (request.method === 'GET') {
        const content = room.state.get(stateKey);
        // Cleared state (empty content) reads as empty content, as in Synapse.
        return content ? { body: content } : { status: 404, body: { errcode: 'M_NOT_FOUND', error: 'Event not found.' } };
      }
      if (request.method === 'PUT') {
        room.state.set(stateKey, JSON.parse(request.body || '{}'));
        return { body: { event_id: `$state${++this.events}` } };
      }
    }
    if (kind === 'send' && request.method === 'PUT') {
      const now = this.now();
      // A retried PUT with the same transaction id returns the first event, within Synapse's memory only.
      const existing = room.messages.find((msg) => msg.txnId === key && now - msg.ts < TXN_ID_MEMORY_MS);
      if (existing) return { body: { event_id: existing.eventId } };
      const message = {
        txnId: key,
        type,
        content: JSON.parse(request.body) as Record<string, unknown>,
        eventId: `$msg${++this.events}`,
        ts: now,
      };
      room.messages.push(message);
      return { body: { event_id: message.eventId } };
    }
    return { status: 405, body: { errcode: 'M_UNRECOGNIZED', error: 'Unrecognized request' } };
  }
}
