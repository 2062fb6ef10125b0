import { openChatRooms, type ChatRoom } from '../../../chat/index.ts';
import type { StageContext } from '../../stage.ts';

/** The configured rooms, each behind its platform's client (chat/ loads only the SDKs in use). */
export function openRooms(ctx: StageContext): Promise<ChatRoom[]> {
  const { config, env, logger, clock } = ctx;
  return openChatRooms({ chat: config.chat, deployment: config.deployment, env, logger, clock });
}

export function postsFinished(ctx: StageContext, room: ChatRoom): boolean {
  return (room.platform === 'matrix' ? ctx.config.chat.matrix?.postFinished : ctx.config.chat.slack?.postFinished) ?? false;
}
