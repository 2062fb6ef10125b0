import type { Clock } from '../core/clock.ts';
import { UsageError } from '../core/errors.ts';
import type { Logger } from '../core/logger.ts';
import type { RetryPolicy } from '../core/retry.ts';
import type { Config } from '../config/types.ts';

/** Where an approval request stands: waiting for the reviewers, or what they (or the clock) decided. */
export type ApprovalState = 'waiting' | 'approved' | 'rejected' | 'timed-out';

/** One message in the chat's own markup; the caller escapes what came from outside. */
export interface ChatText {
  /** Plain text: Matrix `body`, and the notification preview everywhere. */
  plain: string;
  /** Matrix `formatted_body` (org.matrix.custom.html). */
  html: string;
  /** Slack mrkdwn. */
  slack: string;
}

/** A request found in a room: where it is, what state it carries, when it was posted, whether it was reminded. */
export interface FoundRequest {
  /** Matrix event id, Slack ts. */
  ref: string;
  marker: string;
  state: ApprovalState;
  postedAt: number;
  reminded: boolean;
}

/** A Matrix room or Slack channel that approval-request writes to. */
export interface ApprovalRoom {
  readonly platform: 'matrix' | 'slack';
  readonly id: string;
  /** The requests of this deployment among the room's newest messages, newest first (`marker`: only that one). */
  find(deployment: string, marker?: string): Promise<FoundRequest[]>;
  /** Posts the request; idempotent by `marker` within the platform's own retry. */
  post(message: ChatText, deployment: string, marker: string): Promise<string>;
  /** Replaces the request's text (Slack chat.update, Matrix an m.replace edit) and records its state. */
  update(ref: string, message: ChatText, deployment: string, marker: string, state: ApprovalState): Promise<void>;
  /** Posts the one reminder, referring to the request. */
  remind(ref: string, message: ChatText, deployment: string, marker: string): Promise<void>;
  describe(error: unknown): string;
}

export interface ApprovalRoomOptions {
  chat: Config['chat'];
  env: Record<string, string | undefined>;
  logger: Logger;
  clock: Clock;
  policy?: Partial<RetryPolicy>;
}

/**
 * The rooms of chat.approvals behind one interface. Matrix rooms use chat.matrix's homeserver,
 * Slack channels chat.slack's API URL; tokens are checked before anything loads.
 */
export async function openApprovalRooms(options: ApprovalRoomOptions): Promise<ApprovalRoom[]> {
  const { chat, env, logger, clock, policy } = options;
  const matrixRooms = chat.approvals?.matrix ?? [];
  const slackChannels = chat.approvals?.slack ?? [];
  const rooms: ApprovalRoom[] = [];
  if (matrixRooms.length) {
    if (!chat.matrix?.homeserver)
      throw new UsageError('chat.approvals.matrix: no homeserver', 'set chat.matrix.homeserver (the approval rooms are on it)');
    const token = env.MATRIX_ACCESS_TOKEN;
    if (!token) throw new UsageError('MATRIX_ACCESS_TOKEN is not set: chat.approvals.matrix needs it', 'set MATRIX_ACCESS_TOKEN');
    const { matrixApi } = await import('./matrix.ts');
    const { MatrixApprovalRoom } = await import('./matrix-approval.ts');
    const api = matrixApi({ homeserver: chat.matrix.homeserver, accessToken: token, logger, clock, ...(policy ? { policy } : {}) });
    for (const id of matrixRooms) rooms.push(new MatrixApprovalRoom(api, id));
  }
  if (slackChannels.length) {
    const token = env.SLACK_BOT_TOKEN;
    if (!token) throw new UsageError('SLACK_BOT_TOKEN is not set: chat.approvals.slack needs it', 'set SLACK_BOT_TOKEN');
    const { slackClient } = await import('./slack.ts');
    const { SlackApprovalChannel } = await import('./slack-approval.ts');
    const client = slackClient({
      apiUrl: chat.slack?.apiUrl ?? 'https://slack.com/api/',
      token,
      logger,
      clock,
      ...(policy ? { policy } : {}),
    });
    for (const id of slackChannels) rooms.push(new SlackApprovalChannel(client, id));
  }
  return rooms;
}
