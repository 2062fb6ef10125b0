import { createRequire as __sgRequire } from 'node:module'; const require = __sgRequire(import.meta.url);
import {
  fitTopic
} from "./chunk-YFTYSO3R.js";
import {
  UsageError
} from "./chunk-HO53TWSA.js";

// src/stages/shared/topics/report.ts
var platformFailures = /* @__PURE__ */ new WeakSet();
function finishTopics(ctx, title, rooms) {
  const failed = rooms.filter((r) => r.error);
  const saved = {};
  for (const r of rooms) if (r.saved !== void 0) saved[`${r.platform}:${r.room}`] = r.saved;
  const failures = failed.map((r) => `${r.platform} ${r.room}: ${r.error}`).join("; ");
  const table = {
    title: `${ctx.dryRun ? "Dry run: " : ""}${title} (${ctx.config.deployment})`,
    headers: ["Platform", "Room", "Outcome", "Topic before", "Topic after", "Posted"],
    rows: rooms.map((r) => [
      r.platform,
      r.room,
      r.error ? `\u274C ${r.outcome}: ${r.error}` : r.outcome,
      r.before,
      r.after,
      r.posted.join(", ")
    ])
  };
  return {
    ok: failed.length === 0,
    changed: rooms.some((r) => r.changed),
    result: { rooms, saved },
    tables: [table],
    ...failed.length ? {
      error: {
        message: `${failed.length} of ${rooms.length} room(s) failed: ${failures}`,
        hint: [
          ...failed.flatMap((r) => r.hint ? [`${r.platform} ${r.room}: ${r.hint}`] : []),
          "the other rooms were handled; fix the cause and run the stage again (it is safe to repeat)"
        ].join("\n")
      }
    } : {}
  };
}

// src/chat/index.ts
async function openChatRooms(options) {
  const { chat, env, logger, clock, deployment, policy } = options;
  const matrix = chat.matrix?.rooms.length ? chat.matrix : void 0;
  const slack = chat.slack?.channels.length ? chat.slack : void 0;
  if (!matrix && !slack) {
    throw new UsageError("chat: no rooms configured", "list Matrix rooms in chat.matrix.rooms or Slack channels in chat.slack.channels");
  }
  const matrixToken = env.MATRIX_ACCESS_TOKEN;
  const slackToken = env.SLACK_BOT_TOKEN;
  if (matrix && !matrixToken) {
    throw new UsageError(
      "MATRIX_ACCESS_TOKEN is not set: chat.matrix.rooms need it",
      "set MATRIX_ACCESS_TOKEN (action input matrix-access-token) to the bot account's access token"
    );
  }
  if (slack && !slackToken) {
    throw new UsageError(
      "SLACK_BOT_TOKEN is not set: chat.slack.channels need it",
      "set SLACK_BOT_TOKEN (action input slack-bot-token) to the Slack app's bot token"
    );
  }
  const [matrixModule, slackModules] = await Promise.all([
    matrix ? import("./matrix-WY7JKLJJ.js") : void 0,
    slack ? Promise.all([import("./slack-NVSEGRK3.js"), import("./slack-channel-LAGKHYQ2.js")]) : void 0
  ]);
  const rooms = [];
  if (matrix && matrixModule) {
    const { matrixApi, MatrixRoom } = matrixModule;
    const roomOptions = {
      homeserver: matrix.homeserver,
      accessToken: matrixToken,
      postNotice: matrix.postNotice ?? false,
      logger,
      clock,
      ...policy ? { policy } : {}
    };
    const api = matrixApi(roomOptions);
    for (const id of matrix.rooms) rooms.push(new MatrixRoom(api, id, deployment, roomOptions));
  }
  if (slack && slackModules) {
    const [{ slackClient }, { SlackChannel }] = slackModules;
    const client = slackClient({
      apiUrl: slack.apiUrl ?? "https://slack.com/api/",
      token: slackToken,
      logger,
      clock,
      ...policy ? { policy } : {}
    });
    for (const id of slack.channels) rooms.push(new SlackChannel(client, id, deployment));
  }
  return rooms;
}

// src/stages/shared/topics/rooms.ts
function openRooms(ctx) {
  const { config, env, logger, clock } = ctx;
  return openChatRooms({ chat: config.chat, deployment: config.deployment, env, logger, clock });
}
function postsFinished(ctx, room) {
  return (room.platform === "matrix" ? ctx.config.chat.matrix?.postFinished : ctx.config.chat.slack?.postFinished) ?? false;
}

// src/stages/shared/topics/notify-room.ts
async function notifyRoom(ctx, room, texts, runUrl, kind = "deploying") {
  const { logger } = ctx;
  const topic = fitTopic(kind === "deploying" ? texts.deploying : texts.failed, room.topicLimit);
  const message = kind === "deploying" ? texts.deployingMessage : texts.failedMessage;
  const outcome = { platform: room.platform, room: room.id, outcome: "", before: "", after: "", posted: [], changed: false };
  try {
    if (topic.shortened)
      logger.warning(
        `${room.id}: the notice is longer than ${room.topicLimit} characters; the topic is shortened, the message keeps it whole`
      );
    const current = await room.getTopic();
    outcome.before = current.text;
    let saved = await room.readSaved();
    const ours = current.text === topic.text || (saved?.notices.includes(current.text) ?? false) || texts.isNotice(current.text);
    const keep = kind === "failed" && saved !== null && !ours;
    let dirty = false;
    if (keep) {
      logger.warning(`${room.id}: the topic was changed by someone since the notice (${JSON.stringify(current.text)}); it stays as it is`);
    } else if (!ours) {
      saved = {
        deployment: ctx.config.deployment,
        topic: current.text,
        ...current.content ? { content: current.content } : {},
        notices: [topic.text],
        savedAt: new Date(ctx.clock.now()).toISOString(),
        ...runUrl ? { runUrl } : {},
        posted: []
      };
      dirty = true;
    } else if (saved && !saved.notices.includes(topic.text)) {
      saved = { ...saved, notices: [...saved.notices, topic.text] };
      dirty = true;
    }
    if (!saved)
      logger.warning(
        `${room.id}: the topic is already one of our notices but no original topic is saved; topic-revert cannot restore it without --notified`
      );
    outcome.saved = saved?.topic;
    outcome.after = keep ? current.text : topic.text;
    const needsTopic = !keep && current.text !== topic.text && saved?.appliedAs?.[topic.text] !== current.text;
    const needsPost = room.postsNotice || kind === "failed";
    const postKey = `${kind}:${saved?.savedAt ?? "unsaved"}`;
    const willPost = needsPost && !(saved?.posted.includes(postKey) ?? false);
    if (ctx.dryRun) {
      outcome.outcome = keep ? "kept (changed by someone)" : needsTopic ? "would set" : "already set";
      if (dirty) logger.info(`would save the topic ${JSON.stringify(saved.topic)}`);
      if (needsTopic) logger.info(`would set the topic to ${JSON.stringify(topic.text)}`);
      if (willPost) logger.info(`would post ${JSON.stringify(message)}`);
      return outcome;
    }
    if (saved && dirty) {
      await room.writeSaved(saved, message);
      outcome.changed = true;
      logger.info(`saved the topic ${JSON.stringify(saved.topic)}`);
    }
    if (needsTopic) {
      await room.setTopic(topic.text);
      outcome.changed = true;
      logger.info(`set the topic to ${JSON.stringify(topic.text)}`);
      const applied = (await room.getTopic()).text;
      if (saved && applied !== topic.text) {
        saved = { ...saved, notices: [.../* @__PURE__ */ new Set([...saved.notices, applied])], appliedAs: { ...saved.appliedAs, [topic.text]: applied } };
        await room.writeSaved(saved, message);
        logger.info(`the platform stored the topic as ${JSON.stringify(applied)}`);
      }
    }
    if (willPost) {
      if (await room.post(message, postKey)) {
        outcome.posted.push(kind);
        outcome.changed = true;
        logger.info(`posted ${JSON.stringify(message)}`);
      }
      if (saved) await room.writeSaved({ ...saved, posted: [...saved.posted, postKey] }, message);
    }
    outcome.outcome = keep ? "kept (changed by someone)" : needsTopic ? "set" : "already set";
  } catch (error) {
    outcome.outcome = "failed";
    outcome.error = room.describe(error);
    platformFailures.add(outcome);
    logger.error(`${room.platform} ${room.id}: ${outcome.error}`);
  }
  if (room.noticeRef) outcome.notice = room.noticeRef;
  return outcome;
}

export {
  platformFailures,
  finishTopics,
  openRooms,
  postsFinished,
  notifyRoom
};
