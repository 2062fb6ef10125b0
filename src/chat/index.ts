import type { Clock } from '../core/clock.ts';
import { UsageError } from '../core/errors.ts';
import type { Logger } from '../core/logger.ts';
import type { RetryPolicy } from '../core/retry.ts';
import type { Config } from '../config/types.ts';
import type { ChatRoom } from './room.ts';

export type { ChatRoom, SavedTopic, Topic } from './room.ts';

export interface ChatOptions {
  chat: Config['chat'];
  deployment: string;
  env: Record<string, string | undefined>;
  logger: Logger;
  clock: Clock;
  policy?: Partial<RetryPolicy>;
}

/**
 * The one factory of chat rooms: every configured Matrix room and Slack channel behind the
 * ChatRoom interface. Tokens are checked before anything loads; each platform's SDK is loaded
 * only when it has rooms, and both at once when both do (they are the heaviest part of the
 * topic actions' start-up).
 */
export async function openChatRooms(options: ChatOptions): Promise<ChatRoom[]> {
  const { chat, env, logger, clock, deployment, policy } = options;
  const matrix = chat.matrix?.rooms.length ? chat.matrix : undefined;
  const slack = chat.slack?.channels.length ? chat.slack : undefined;
  if (!matrix && !slack) {
    throw new UsageError('chat: no rooms configured', 'list Matrix rooms in chat.matrix.rooms or Slack channels in chat.slack.channels');
  }
  const matrixToken = env.MATRIX_ACCESS_TOKEN;
  const slackToken = env.SLACK_BOT_TOKEN;
  if (matrix && !matrixToken) {
    throw new UsageError(
      'MATRIX_ACCESS_TOKEN is not set: chat.matrix.rooms need it',
      "set MATRIX_ACCESS_TOKEN (action input matrix-access-token) to the bot account's access token",
    );
  }
  if (slack && !slackToken) {
    throw new UsageError(
      'SLACK_BOT_TOKEN is not set: chat.slack.channels need it',
      "set SLACK_BOT_TOKEN (action input slack-bot-token) to the Slack app's bot token",
    );
  }
  const [matrixModule, slackModules] = await Promise.all([
    matrix ? import('./matrix.ts') : undefined,
    slack ? Promise.all([import('./slack.ts'), import('./slack-channel.ts')]) : undefined,
  ]);
  const rooms: ChatRoom[] = [];
  if (matrix && matrixModule) {
    const { matrixApi, MatrixRoom } = matrixModule;
    const roomOptions = {
      homeserver: matrix.homeserver,
      accessToken: matrixToken!,
      postNotice: matrix.postNotice ?? false,
      logger,
      clock,
      ...(policy ? { policy } : {}),
    };
    const api = matrixApi(roomOptions);
    for (const id of matrix.rooms) rooms.push(new MatrixRoom(api, id, deployment, roomOptions));
  }
  if (slack && slackModules) {
    const [{ slackClient }, { SlackChannel }] = slackModules;
    const client = slackClient({
      apiUrl: slack.apiUrl ?? 'https://slack.com/api/',
      token: slackToken!,
      logger,
      clock,
      ...(policy ? { policy } : {}),
    });
    for (const id of slack.channels) rooms.push(new SlackChannel(client, id, deployment));
  }
  return rooms;
}
