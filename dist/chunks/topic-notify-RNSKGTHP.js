import { createRequire as __sgRequire } from 'node:module'; const require = __sgRequire(import.meta.url);
import {
  finishTopics,
  notifyRoom,
  openRooms
} from "./chunk-HXEYJNX5.js";
import {
  notices
} from "./chunk-YFTYSO3R.js";
import {
  runUrlFromEnv
} from "./chunk-V7NVJ6NN.js";
import {
  text
} from "./chunk-N6UHWS4B.js";
import "./chunk-4PSKXZ4E.js";
import "./chunk-HO53TWSA.js";
import "./chunk-EP666XB4.js";

// src/stages/topic-notify/index.ts
var topicNotify = {
  parseOptions: (raw, config) => {
    const options = { runUrl: text(raw, "run-url") };
    notices(config, void 0);
    return options;
  },
  run: async (ctx, options) => runNotify(ctx, options.runUrl ?? runUrlFromEnv(ctx.env))
};
async function runNotify(ctx, runUrl) {
  const texts = notices(ctx.config, runUrl);
  const rooms = await openRooms(ctx);
  const outcomes = [];
  for (const room of rooms) {
    outcomes.push(await ctx.logger.group(`${room.platform} ${room.id}`, () => notifyRoom(ctx, room, texts, runUrl)));
  }
  return finishTopics(ctx, "Room topics: deploying notice", outcomes);
}
export {
  topicNotify
};
