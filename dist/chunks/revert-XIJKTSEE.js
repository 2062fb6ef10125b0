import { createRequire as __sgRequire } from 'node:module'; const require = __sgRequire(import.meta.url);
import {
  describeError,
  finishTopics,
  notices,
  notifyRoom,
  openRooms,
  postsFinished,
  runUrlFromEnv
} from "./chunk-X2O5C44J.js";
import {
  text
} from "./chunk-5KLR5LTG.js";
import {
  UsageError
} from "./chunk-VNLBOQ4H.js";
import "./chunk-EP666XB4.js";

// src/stages/topics/revert.ts
var topicRevert = {
  name: "topic-revert",
  description: `Restore each room's saved topic where it still shows our notice; --status failed sets the "failed" notice`,
  options: [
    { name: "status", type: "string", description: "success restores the topics; failed sets the failed notice and posts it", default: "success" },
    { name: "run-url", type: "string", description: "URL of the deployment run (default: the GitHub Actions run)" }
  ],
  outputs: {
    rooms: "JSON list: per room platform, room, outcome, before, after, saved, posted, error",
    saved: 'JSON object: "platform:room" \u2192 the original topic still saved (after --status failed)'
  },
  parseOptions: (raw, config) => {
    const status = text(raw, "status") ?? "success";
    if (status !== "success" && status !== "failed") throw new UsageError(`--status: "${status}" is neither success nor failed`);
    notices(config, void 0);
    return { status, runUrl: text(raw, "run-url") };
  },
  run: async (ctx, options) => runRevert(ctx, options)
};
async function runRevert(ctx, options) {
  const runUrl = options.runUrl ?? runUrlFromEnv(ctx.env);
  const texts = notices(ctx.config, runUrl);
  const rooms = await openRooms(ctx);
  const outcomes = [];
  for (const room of rooms) {
    outcomes.push(
      await ctx.logger.group(
        `${room.platform} ${room.id}`,
        () => options.status === "failed" ? notifyRoom(ctx, room, texts, runUrl, "failed") : restoreRoom(ctx, room, texts)
      )
    );
  }
  return finishTopics(ctx, options.status === "failed" ? "Room topics: failed notice" : "Room topics: restored", outcomes);
}
async function restoreRoom(ctx, room, texts) {
  const { logger, dryRun } = ctx;
  const outcome = { platform: room.platform, room: room.id, outcome: "", before: "", after: "", posted: [], changed: false };
  try {
    const saved = await room.readSaved();
    const current = await room.getTopic();
    outcome.before = current.text;
    outcome.after = current.text;
    if (!saved) {
      outcome.outcome = "nothing saved";
      logger.info(`no saved topic for ${ctx.config.deployment}: nothing to restore (already restored, or never notified)`);
      return outcome;
    }
    const stillOurs = saved.notices.includes(current.text);
    const finishKey = `finished:${saved.savedAt}`;
    const postFinished = postsFinished(ctx, room);
    if (stillOurs) {
      outcome.after = saved.topic;
      outcome.outcome = dryRun ? "would restore" : "restored";
    } else {
      outcome.outcome = "kept (changed by someone)";
      logger.warning(`${room.id}: the topic was changed by someone since the notice (${JSON.stringify(current.text)}); it stays as it is`);
    }
    if (dryRun) {
      if (stillOurs) logger.info(`would restore the topic ${JSON.stringify(saved.topic)}`);
      if (postFinished) logger.info(`would post ${JSON.stringify(texts.finished)}`);
      return outcome;
    }
    if (stillOurs) {
      await room.setTopic(saved.topic, saved.content);
      outcome.changed = true;
      logger.info(`restored the topic ${JSON.stringify(saved.topic)}`);
    }
    if (postFinished) {
      await room.post(texts.finished, finishKey);
      outcome.posted.push("finished");
    }
    await room.clearSaved(texts.finished);
    outcome.changed = true;
  } catch (error) {
    outcome.outcome = "failed";
    outcome.error = await describeError(room, error);
    logger.error(`${room.platform} ${room.id}: ${outcome.error}`);
  }
  return outcome;
}
export {
  topicRevert
};
