import { createRequire as __sgRequire } from 'node:module'; const require = __sgRequire(import.meta.url);
import {
  finishTopics,
  notifyRoom,
  openRooms,
  platformFailures,
  postsFinished
} from "./chunk-HXEYJNX5.js";
import {
  finishedMessage,
  notices
} from "./chunk-YFTYSO3R.js";
import {
  runUrlFromEnv
} from "./chunk-V7NVJ6NN.js";
import {
  text
} from "./chunk-N6UHWS4B.js";
import {
  formatDuration
} from "./chunk-4PSKXZ4E.js";
import {
  UsageError
} from "./chunk-HO53TWSA.js";
import "./chunk-EP666XB4.js";

// src/stages/topic-revert/index.ts
var topicRevert = {
  parseOptions: (raw, config) => {
    const status = text(raw, "status") ?? "success";
    if (status !== "success" && status !== "failed") throw new UsageError(`--status: "${status}" is neither success nor failed`);
    notices(config, void 0);
    return {
      status,
      runUrl: text(raw, "run-url"),
      notified: parseNotified(text(raw, "notified")),
      moved: parseMovedNames(text(raw, "moved"), config),
      startedAt: parseStartedAt(text(raw, "started-at"))
    };
  },
  run: async (ctx, options) => runRevert(ctx, options)
};
function parseMovedNames(raw, config) {
  if (raw === void 0 || raw.trim() === "") return void 0;
  let names;
  try {
    names = raw.trim().startsWith("[") ? JSON.parse(raw) : raw.split(",").map((n) => n.trim()).filter(Boolean);
  } catch {
    throw new UsageError("--moved: not a JSON list", "pass move-stable's moved output (a JSON list of names) or a comma-separated list");
  }
  if (!Array.isArray(names) || names.some((n) => typeof n !== "string"))
    throw new UsageError("--moved: expected a list of component names", "pass move-stable's moved output as it is");
  const known = new Set(config.components.map((c) => c.name));
  for (const name of names)
    if (!known.has(name))
      throw new UsageError(`--moved: unknown component "${name}"`, `use the names under components: (${[...known].join(", ")})`);
  return names;
}
function parseStartedAt(raw) {
  if (raw === void 0 || raw.trim() === "") return void 0;
  const at = /^\d{4}-\d{2}-\d{2}T/.test(raw.trim()) ? Date.parse(raw.trim()) : NaN;
  if (!Number.isFinite(at)) throw new UsageError(`--started-at: "${raw}" is not an ISO 8601 time`, "give e.g. 2026-12-07T08:00:00Z");
  return at;
}
function parseNotified(raw) {
  const out = /* @__PURE__ */ new Map();
  if (raw === void 0 || raw.trim() === "") return out;
  const bad = (why) => new UsageError(
    `--notified: ${why}`,
    "pass the topic-notify step's result output (or its saved output) as it is, e.g. notified: ${{ steps.notify.outputs.result }}"
  );
  let value;
  try {
    value = JSON.parse(raw);
  } catch {
    throw bad("not JSON");
  }
  const record = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
  if (record(value) && record(value.result)) value = value.result;
  const rooms = Array.isArray(value) ? value : record(value) && Array.isArray(value.rooms) ? value.rooms : void 0;
  if (rooms) {
    for (const r of rooms) {
      if (!record(r) || typeof r.platform !== "string" || typeof r.room !== "string") throw bad("a room without platform and room");
      out.set(`${r.platform}:${r.room}`, {
        ...typeof r.saved === "string" ? { topic: r.saved } : {},
        ...typeof r.notice === "string" ? { notice: r.notice } : {}
      });
    }
    return out;
  }
  const saved = record(value) && record(value.saved) ? value.saved : value;
  if (!record(saved)) throw bad("expected the topic-notify result or its saved output");
  for (const [key, topic] of Object.entries(saved)) {
    if (typeof topic !== "string" || !/^(matrix|slack):/.test(key)) throw bad(`"${key}" is not a "platform:room" with a topic`);
    out.set(key, { topic });
  }
  return out;
}
var ROOM_PASS_PAUSES_MS = [15e3, 45e3, 15e4];
async function runRevert(ctx, options) {
  const runUrl = options.runUrl ?? runUrlFromEnv(ctx.env);
  const texts = notices(ctx.config, runUrl);
  const rooms = await openRooms(ctx);
  const once = (room) => ctx.logger.group(
    `${room.platform} ${room.id}`,
    () => options.status === "failed" ? notifyRoom(ctx, room, texts, runUrl, "failed") : restoreRoom(ctx, room, texts, options.notified.get(`${room.platform}:${room.id}`), {
      moved: options.moved,
      startedAt: options.startedAt,
      runUrl
    })
  );
  const outcomes = [];
  for (const room of rooms) outcomes.push(await once(room));
  for (const [pass, pause] of ROOM_PASS_PAUSES_MS.entries()) {
    const again = ctx.dryRun ? [] : rooms.filter((_, i) => platformFailures.has(outcomes[i]));
    if (!again.length) break;
    ctx.logger.warning(
      `${again.length} room(s) failed on their platform; trying ${again.length === 1 ? "it" : "them"} again in ${formatDuration(pause)} (pass ${pass + 2} of ${ROOM_PASS_PAUSES_MS.length + 1})`
    );
    await ctx.clock.sleep(pause);
    for (const room of again) {
      const outcome = await once(room);
      outcome.passes = pass + 2;
      outcomes[rooms.indexOf(room)] = outcome;
    }
  }
  return finishTopics(ctx, options.status === "failed" ? "Room topics: failed notice" : "Room topics: restored", outcomes);
}
async function restoreRoom(ctx, room, texts, fallback, facts) {
  const { logger, dryRun } = ctx;
  const finished = finishedMessage(texts.finished, { ...facts, now: ctx.clock.now() });
  const outcome = { platform: room.platform, room: room.id, outcome: "", before: "", after: "", posted: [], changed: false };
  let restoring;
  try {
    const saved = await room.readSaved(fallback?.notice);
    const current = await room.getTopic();
    outcome.before = current.text;
    outcome.after = current.text;
    if (!saved) return await restoreWithoutSaved(ctx, room, texts, fallback, current.text, outcome);
    outcome.saved = saved.topic;
    const stillOurs = saved.notices.includes(current.text) || texts.isNotice(current.text);
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
      if (postFinished) logger.info(`would post ${JSON.stringify(finished.text)}`);
      return outcome;
    }
    if (stillOurs) {
      restoring = saved.topic;
      await room.setTopic(saved.topic, saved.content);
      restoring = void 0;
      outcome.changed = true;
      logger.info(`restored the topic ${JSON.stringify(saved.topic)}`);
    }
    if (postFinished && await room.post(finished.text, finishKey, finished.html)) outcome.posted.push("finished");
    await room.clearSaved(texts.finished);
    outcome.changed = true;
  } catch (error) {
    outcome.outcome = "failed";
    outcome.error = room.describe(error);
    platformFailures.add(outcome);
    if (restoring !== void 0) outcome.hint = `the topic is still our notice; set it back by hand to ${JSON.stringify(restoring)}`;
    logger.error(`${room.platform} ${room.id}: ${outcome.error}`);
  }
  if (room.noticeRef) outcome.notice = room.noticeRef;
  return outcome;
}
async function restoreWithoutSaved(ctx, room, texts, fallback, current, outcome) {
  const { logger, dryRun, config } = ctx;
  if (!texts.isNotice(current)) {
    outcome.outcome = "nothing saved";
    logger.info(`no saved topic for ${config.deployment}: nothing to restore (already restored, or never notified)`);
    return outcome;
  }
  if (fallback?.topic !== void 0) {
    outcome.saved = fallback.topic;
    outcome.after = fallback.topic;
    outcome.outcome = dryRun ? "would restore (from --notified)" : "restored (from --notified)";
    if (dryRun) {
      logger.info(`would restore the topic ${JSON.stringify(fallback.topic)} given by --notified`);
      return outcome;
    }
    await room.setTopic(fallback.topic);
    outcome.changed = true;
    logger.info(`restored the topic ${JSON.stringify(fallback.topic)} given by --notified (the room had no saved topic)`);
    return outcome;
  }
  outcome.outcome = "failed";
  outcome.error = `the topic is still our notice (${JSON.stringify(current)}), but the saved topic was not found in the room`;
  const where = room.platform === "slack" ? `the channel's "set the channel topic" lines show` : "the room's timeline shows";
  outcome.hint = `set the topic back by hand (${where} the one before the notice), or run topic-revert with --notified '<result>'`;
  logger.error(`${room.platform} ${room.id}: ${outcome.error}`);
  return outcome;
}
export {
  ROOM_PASS_PAUSES_MS,
  parseMovedNames,
  parseNotified,
  parseStartedAt,
  topicRevert
};
