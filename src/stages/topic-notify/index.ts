import { text } from '../options.ts';
import type { StageCode, StageContext, StageRun } from '../stage.ts';
import { runUrlFromEnv } from '../shared/run-url.ts';
import { notices } from '../shared/topics/notices.ts';
import { finishTopics, type RoomOutcome, type TopicsResult } from '../shared/topics/report.ts';
import { openRooms } from '../shared/topics/rooms.ts';
import { notifyRoom } from '../shared/topics/notify-room.ts';

export interface NotifyOptions {
  runUrl: string | undefined;
}

export const topicNotify: StageCode<NotifyOptions, TopicsResult> = {
  parseOptions: (raw, config) => {
    const options = { runUrl: text(raw, 'run-url') };
    notices(config, undefined); // placeholders are checked before anything changes
    return options;
  },
  run: async (ctx, options) => runNotify(ctx, options.runUrl ?? runUrlFromEnv(ctx.env)),
};

async function runNotify(ctx: StageContext, runUrl: string | undefined): Promise<StageRun<TopicsResult>> {
  const texts = notices(ctx.config, runUrl);
  const rooms = await openRooms(ctx);
  const outcomes: RoomOutcome[] = [];
  for (const room of rooms) {
    outcomes.push(await ctx.logger.group(`${room.platform} ${room.id}`, () => notifyRoom(ctx, room, texts, runUrl)));
  }
  return finishTopics(ctx, 'Room topics: deploying notice', outcomes);
}
