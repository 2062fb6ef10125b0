import { createRequire as __sgRequire } from 'node:module'; const require = __sgRequire(import.meta.url);
import {
  text
} from "./chunk-5KLR5LTG.js";
import {
  UsageError
} from "./chunk-VNLBOQ4H.js";

// src/stages/topics/notices.ts
var PLACEHOLDERS = ["deployment", "runUrl", "retrigger"];
var DEFAULT_NOTICES = {
  deploying: "\u26A0\uFE0F {deployment} redeployment in progress. \u26A0\uFE0F",
  failed: "\u26A0\uFE0F {deployment} redeployment ran into problems; we are on it. \u26A0\uFE0F",
  finished: "\u2705 {deployment} redeployment finished."
};
function render(template, field, values) {
  return template.replace(/\{([^{}]*)\}/g, (_, name) => {
    if (!PLACEHOLDERS.includes(name)) {
      throw new UsageError(`${field}: unknown placeholder {${name}}`, `use ${PLACEHOLDERS.map((p) => `{${p}}`).join(", ")}`);
    }
    return values[name] ?? "";
  });
}
function runUrlFromEnv(env) {
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repo, GITHUB_RUN_ID: run } = env;
  return server && repo && run ? `${server}/${repo}/actions/runs/${run}` : void 0;
}
function notices(config, runUrl) {
  const n = config.chat.notices ?? {};
  const retrigger = (n.retrigger ?? []).join(", ");
  const values = { deployment: config.deployment, runUrl: runUrl ?? "", retrigger };
  const deploying = render(n.deploying ?? DEFAULT_NOTICES.deploying, "chat.notices.deploying", values);
  const failed = render(n.failed ?? DEFAULT_NOTICES.failed, "chat.notices.failed", values);
  const finished = render(n.finished ?? DEFAULT_NOTICES.finished, "chat.notices.finished", values);
  const extra = (template) => [
    ...runUrl && !template?.includes("{runUrl}") ? [`Follow the deployment: ${runUrl}`] : [],
    ...retrigger && !template?.includes("{retrigger}") ? [`If nothing reacts to your actions for 30 minutes, retrigger with ${retrigger}.`] : []
  ];
  return {
    deploying,
    failed,
    finished,
    deployingMessage: [deploying, ...extra(n.deploying)].join("\n"),
    failedMessage: [failed, ...runUrl && !n.failed?.includes("{runUrl}") ? [`Details: ${runUrl}`] : []].join("\n")
  };
}
function fitTopic(text2, limit) {
  const chars = [...text2];
  if (limit === void 0 || chars.length <= limit) return { text: text2, shortened: false };
  return { text: chars.slice(0, limit - 1).join("").trimEnd() + "\u2026", shortened: true };
}

// src/stages/topics/report.ts
function finishTopics(ctx, title, rooms) {
  const failed = rooms.filter((r) => r.error);
  const saved = {};
  for (const r of rooms) if (r.saved !== void 0) saved[`${r.platform}:${r.room}`] = r.saved;
  const table = {
    title: `${ctx.dryRun ? "Dry run: " : ""}${title} (${ctx.config.deployment})`,
    headers: ["Platform", "Room", "Outcome", "Topic before", "Topic after", "Posted"],
    rows: rooms.map((r) => [r.platform, r.room, r.error ? `\u274C ${r.outcome}: ${r.error}` : r.outcome, r.before, r.after, r.posted.join(", ")])
  };
  return {
    ok: failed.length === 0,
    changed: rooms.some((r) => r.changed),
    result: { rooms, saved },
    tables: [table],
    ...failed.length ? { error: { message: `${failed.length} of ${rooms.length} room(s) failed: ${failed.map((r) => `${r.platform} ${r.room}: ${r.error}`).join("; ")}`, hint: "the other rooms were handled; fix the cause and run the stage again (it is safe to repeat)" } } : {}
  };
}

// src/stages/topics/rooms.ts
async function openRooms(ctx) {
  const { config, env, logger, clock } = ctx;
  const { matrix, slack } = config.chat;
  if (!matrix?.rooms.length && !slack?.channels.length) {
    throw new UsageError("chat: no rooms configured", "list Matrix rooms in chat.matrix.rooms or Slack channels in chat.slack.channels");
  }
  const rooms = [];
  if (matrix?.rooms.length) {
    const token = env.MATRIX_ACCESS_TOKEN;
    if (!token) throw new UsageError("MATRIX_ACCESS_TOKEN is not set: chat.matrix.rooms need it", "set MATRIX_ACCESS_TOKEN (action input matrix-access-token) to the bot account's access token");
    const { matrixClient, MatrixRoom } = await import("./matrix-4IIRN6ZG.js");
    const client = matrixClient({ homeserver: matrix.homeserver, accessToken: token, logger });
    for (const id of matrix.rooms) rooms.push(new MatrixRoom(client, id, config.deployment, { homeserver: matrix.homeserver, accessToken: token, postNotice: matrix.postNotice ?? false, logger, clock }));
  }
  if (slack?.channels.length) {
    const token = env.SLACK_BOT_TOKEN;
    if (!token) throw new UsageError("SLACK_BOT_TOKEN is not set: chat.slack.channels need it", "set SLACK_BOT_TOKEN (action input slack-bot-token) to the Slack app's bot token");
    const { slackClient, SlackChannel } = await import("./slack-YNIKVIFG.js");
    const client = slackClient({ apiUrl: slack.apiUrl ?? "https://slack.com/api/", token, logger });
    for (const id of slack.channels) rooms.push(new SlackChannel(client, id, config.deployment));
  }
  return rooms;
}
async function describeError(room, error) {
  if (room.platform === "matrix") return (await import("./matrix-4IIRN6ZG.js")).describe(error);
  return (await import("./slack-YNIKVIFG.js")).describe(error);
}
function postsFinished(ctx, room) {
  return (room.platform === "matrix" ? ctx.config.chat.matrix?.postFinished : ctx.config.chat.slack?.postFinished) ?? false;
}

// src/stages/topics/notify.ts
var topicNotify = {
  name: "topic-notify",
  description: `Save each chat room's topic and set the "deploying" notice (Matrix and Slack)`,
  options: [{ name: "run-url", type: "string", description: "URL of this deployment run for the notice (default: the GitHub Actions run)" }],
  outputs: {
    rooms: "JSON list: per room platform, room, outcome, before, after, saved, posted, error",
    saved: 'JSON object: "platform:room" \u2192 the original topic, saved for topic-revert'
  },
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
async function notifyRoom(ctx, room, texts, runUrl, kind = "deploying") {
  const { logger } = ctx;
  const topic = fitTopic(kind === "deploying" ? texts.deploying : texts.failed, room.topicLimit);
  const message = kind === "deploying" ? texts.deployingMessage : texts.failedMessage;
  const outcome = { platform: room.platform, room: room.id, outcome: "", before: "", after: "", posted: [], changed: false };
  try {
    if (topic.shortened) logger.warning(`${room.id}: the notice is longer than ${room.topicLimit} characters; the topic is shortened, the message keeps it whole`);
    const current = await room.getTopic();
    outcome.before = current.text;
    let saved = await room.readSaved();
    const ours = current.text === topic.text || (saved?.notices.includes(current.text) ?? false);
    let dirty = false;
    if (!ours) {
      saved = { deployment: ctx.config.deployment, topic: current.text, ...current.content ? { content: current.content } : {}, notices: [topic.text], savedAt: new Date(ctx.clock.now()).toISOString(), ...runUrl ? { runUrl } : {}, posted: [] };
      dirty = true;
    } else if (saved && !saved.notices.includes(topic.text)) {
      saved = { ...saved, notices: [...saved.notices, topic.text] };
      dirty = true;
    }
    if (!saved) logger.warning(`${room.id}: the topic is already the notice but no original topic is saved; topic-revert will leave it`);
    outcome.saved = saved?.topic;
    outcome.after = topic.text;
    const needsTopic = current.text !== topic.text && saved?.appliedAs?.[topic.text] !== current.text;
    const needsPost = room.postsNotice || kind === "failed";
    const postKey = `${kind}:${saved?.savedAt ?? "unsaved"}`;
    const willPost = needsPost && !(saved?.posted.includes(postKey) ?? false);
    if (ctx.dryRun) {
      outcome.outcome = needsTopic ? "would set" : "already set";
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
    if (willPost && saved) {
      await room.post(message, postKey);
      saved.posted = [...saved.posted, postKey];
      await room.writeSaved(saved, message);
      outcome.posted.push(kind);
      outcome.changed = true;
    }
    outcome.outcome = needsTopic ? "set" : "already set";
  } catch (error) {
    outcome.outcome = "failed";
    outcome.error = await describeError(room, error);
    logger.error(`${room.platform} ${room.id}: ${outcome.error}`);
  }
  return outcome;
}

export {
  runUrlFromEnv,
  notices,
  finishTopics,
  openRooms,
  describeError,
  postsFinished,
  topicNotify,
  notifyRoom
};
