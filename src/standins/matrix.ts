import { HttpDouble, type RecordedRequest, type Reply } from './http-double.ts';

interface Room {
  state: Map<string, Record<string, unknown>>;
  messages: Array<{ txnId: string; type: string; content: Record<string, unknown> }>;
  /** Requests to this room are refused as Synapse does for a room the bot is not in. */
  forbidden?: boolean;
}

/**
 * The Matrix client-server API (v3) that the topic stages use, answering as Synapse does:
 * room state GET/PUT, PUT send with transaction ids, access tokens, M_LIMIT_EXCEEDED.
 */
export class MatrixDouble extends HttpDouble {
  readonly rooms = new Map<string, Room>();
  token = 'syt_Ym90_secretmatrixtoken_1a2b3c';
  userId = '@packit-bot:example.org';
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

  private answer(request: RecordedRequest, _url: URL): Reply {
    if (request.path === '/_matrix/client/versions') return { body: { versions: ['v1.1', 'v1.5', 'v1.11'], unstable_features: {} } };
    if (request.headers.authorization !== `Bearer ${this.token}`) {
      return { status: 401, body: { errcode: 'M_UNKNOWN_TOKEN', error: 'Invalid access token passed.', soft_logout: false } };
    }
    if (request.path === '/_matrix/client/v3/account/whoami') return { body: { user_id: this.userId, is_guest: false } };
    const m = /^\/_matrix\/client\/v3\/rooms\/([^/]+)\/(state|send)\/([^/]+)(?:\/(.*))?$/.exec(request.path);
    if (!m) return { status: 404, body: { errcode: 'M_UNRECOGNIZED', error: 'Unrecognized request' } };
    const [, roomId, kind, type, key = ''] = m as unknown as [string, string, string, string, string | undefined];
    const room = this.rooms.get(roomId);
    if (!room || room.forbidden) return { status: 403, body: { errcode: 'M_FORBIDDEN', error: `User ${this.userId} not in room ${roomId}` } };
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
      const existing = room.messages.find((msg) => msg.txnId === key);
      if (!existing) room.messages.push({ txnId: key, type, content: JSON.parse(request.body) });
      return { body: { event_id: `$msg-${key}` } };
    }
    return { status: 405, body: { errcode: 'M_UNRECOGNIZED', error: 'Unrecognized request' } };
  }
}
