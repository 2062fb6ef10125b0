import { UsageError } from '../../core/errors.ts';
import type { StageContext } from '../stage.ts';
import type { ChatRoom } from '../../chat/room.ts';

/** The configured rooms, each behind its platform's client; SDKs are loaded only when used. */
export async function openRooms(ctx: StageContext): Promise<ChatRoom[]> {
  const { config, env, logger, clock } = ctx;
  const { matrix, slack } = config.chat;
  if (!matrix?.rooms.length && !slack?.channels.length) {
    throw new UsageError('chat: no rooms configured', 'list Matrix rooms in chat.matrix.rooms or Slack channels in chat.slack.channels');
  }
  const rooms: ChatRoom[] = [];
  if (matrix?.rooms.length) {
    const token = env.MATRIX_ACCESS_TOKEN;
    if (!token) throw new UsageError('MATRIX_ACCESS_TOKEN is not set: chat.matrix.rooms need it', 'set MATRIX_ACCESS_TOKEN (action input matrix-access-token) to the bot account\'s access token');
    const { matrixClient, MatrixRoom } = await import('../../chat/matrix.ts');
    const client = matrixClient({ homeserver: matrix.homeserver, accessToken: token, logger });
    for (const id of matrix.rooms) rooms.push(new MatrixRoom(client, id, config.deployment, { homeserver: matrix.homeserver, accessToken: token, postNotice: matrix.postNotice ?? false, logger, clock }));
  }
  if (slack?.channels.length) {
    const token = env.SLACK_BOT_TOKEN;
    if (!token) throw new UsageError('SLACK_BOT_TOKEN is not set: chat.slack.channels need it', 'set SLACK_BOT_TOKEN (action input slack-bot-token) to the Slack app\'s bot token');
    const { slackClient, SlackChannel } = await import('../../chat/slack.ts');
    const client = slackClient({ apiUrl: slack.apiUrl ?? 'https://slack.com/api/', token, logger });
    for (const id of slack.channels) rooms.push(new SlackChannel(client, id, config.deployment));
  }
  return rooms;
}

export async function describeError(room: ChatRoom, error: unknown): Promise<string> {
  if (room.platform === 'matrix') return (await import('../../chat/matrix.ts')).describe(error);
  return (await import('../../chat/slack.ts')).describe(error);
}

export function postsFinished(ctx: StageContext, room: ChatRoom): boolean {
  return (room.platform === 'matrix' ? ctx.config.chat.matrix?.postFinished : ctx.config.chat.slack?.postFinished) ?? false;
}
