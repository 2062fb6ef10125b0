import { createRequire as __sgRequire } from 'node:module'; const require = __sgRequire(import.meta.url);
import {
  escapeHtml
} from "./chunk-YFTYSO3R.js";
import {
  runUrlFromEnv
} from "./chunk-V7NVJ6NN.js";
import {
  describeFreeze
} from "./chunk-EJLJXTIG.js";
import "./chunk-KQWFMIMD.js";
import {
  flag,
  text
} from "./chunk-N6UHWS4B.js";
import {
  formatDuration,
  parseDuration
} from "./chunk-4PSKXZ4E.js";
import {
  UsageError
} from "./chunk-HO53TWSA.js";
import "./chunk-EP666XB4.js";

// src/chat/approval.ts
async function openApprovalRooms(options) {
  const { chat, env, logger, clock, policy } = options;
  const matrixRooms = chat.approvals?.matrix ?? [];
  const slackChannels = chat.approvals?.slack ?? [];
  const rooms = [];
  if (matrixRooms.length) {
    if (!chat.matrix?.homeserver)
      throw new UsageError("chat.approvals.matrix: no homeserver", "set chat.matrix.homeserver (the approval rooms are on it)");
    const token = env.MATRIX_ACCESS_TOKEN;
    if (!token) throw new UsageError("MATRIX_ACCESS_TOKEN is not set: chat.approvals.matrix needs it", "set MATRIX_ACCESS_TOKEN");
    const { matrixApi } = await import("./matrix-WY7JKLJJ.js");
    const { MatrixApprovalRoom } = await import("./matrix-approval-GUMGZALU.js");
    const api = matrixApi({ homeserver: chat.matrix.homeserver, accessToken: token, logger, clock, ...policy ? { policy } : {} });
    for (const id of matrixRooms) rooms.push(new MatrixApprovalRoom(api, id));
  }
  if (slackChannels.length) {
    const token = env.SLACK_BOT_TOKEN;
    if (!token) throw new UsageError("SLACK_BOT_TOKEN is not set: chat.approvals.slack needs it", "set SLACK_BOT_TOKEN");
    const { slackClient } = await import("./slack-NVSEGRK3.js");
    const { SlackApprovalChannel } = await import("./slack-approval-NOOFIKQE.js");
    const client = slackClient({
      apiUrl: chat.slack?.apiUrl ?? "https://slack.com/api/",
      token,
      logger,
      clock,
      ...policy ? { policy } : {}
    });
    for (const id of slackChannels) rooms.push(new SlackApprovalChannel(client, id));
  }
  return rooms;
}

// src/stages/approval-request/plan.ts
var HINT = "pass the plan job's result output as it is (deploy --plan --json, or its action's result)";
var record = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
function parsePlan(raw, config) {
  let value;
  try {
    value = JSON.parse(raw);
  } catch {
    throw new UsageError("--plan: not JSON", HINT);
  }
  if (record(value) && record(value.result)) value = value.result;
  if (!record(value) || !record(value.results)) throw new UsageError('--plan: no "results" (the result of deploy --plan)', HINT);
  const move = value.results["move-stable"];
  const list = record(move) && Array.isArray(move.components) ? move.components : [];
  const components = [];
  for (const c of list) {
    if (!record(c) || typeof c.name !== "string") throw new UsageError("--plan: a component without a name", HINT);
    if (c.status !== "would-move" && c.status !== "moved") continue;
    const promoted = Array.isArray(c.promoted) ? c.promoted.filter((p) => typeof p === "string") : [];
    components.push({
      name: c.name,
      commits: typeof c.commits === "number" ? c.commits : promoted.length,
      // "sha7 subject": the subject is what a reviewer reads.
      titles: promoted.map((p) => p.replace(/^[0-9a-f]{7,40}\s+/, ""))
    });
  }
  const moving = new Set(components.map((c) => c.name));
  const images = config.components.filter((c) => moving.has(c.name)).flatMap((c) => c.images.map((i) => i.image));
  const freeze = record(value.freeze) ? value.freeze : null;
  return { components, images, freeze: freeze ? describeFreeze(freeze, config.timezone) : null };
}

// src/stages/approval-request/message.ts
var TITLES_PER_COMPONENT = 5;
var TITLE_LENGTH = 100;
var BROADCAST = /@(room|here|channel|everyone)\b/gi;
var JOINER = "\u2060";
function plainText(text2) {
  return text2.replace(BROADCAST, (m) => `@${JOINER}${m.slice(1)}`);
}
function htmlText(text2) {
  return escapeHtml(plainText(text2));
}
function slackText(text2) {
  return plainText(text2).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/[*_~`]/g, (c) => `\u200B${c}`);
}
function firstLine(title) {
  const line = title.split(/\r?\n/, 1)[0].trim();
  return [...line].length > TITLE_LENGTH ? [...line].slice(0, TITLE_LENGTH - 1).join("") + "\u2026" : line;
}
var http = (url) => url && /^https:\/\/[^\s<>"]+$/.test(url) ? url : void 0;
var outside = (text2) => ({ plain: plainText(text2), html: htmlText(text2), slack: slackText(text2) });
var ours = (plain, html = escapeHtml(plain), slack = plain) => ({ plain, html, slack });
function join(lines) {
  return {
    plain: lines.map((l) => l.plain).join("\n"),
    html: lines.map((l) => l.html).join("<br>\n"),
    slack: lines.map((l) => l.slack).join("\n")
  };
}
function runLink(label, runUrl) {
  const url = http(runUrl);
  if (!url) return void 0;
  return ours(`${label}: ${url}`, `${escapeHtml(label)}: <a href="${escapeHtml(url)}">${escapeHtml(url)}</a>`, `${label}: <${url}|${url}>`);
}
function component(c) {
  const head = outside(`\u2022 ${c.name}: ${c.commits} commit${c.commits === 1 ? "" : "s"}`);
  const titles = c.titles.slice(0, TITLES_PER_COMPONENT).map((t) => {
    const l = outside(firstLine(t));
    return { plain: `    \u2013 ${l.plain}`, html: `&nbsp;&nbsp;\u2013 ${l.html}`, slack: `    \u2013 ${l.slack}` };
  });
  const more = c.titles.length > TITLES_PER_COMPONENT ? [ours(`    \u2026 and ${c.titles.length - TITLES_PER_COMPONENT} more`)] : [];
  return [head, ...titles, ...more];
}
function requestMessage(facts) {
  const lines = [
    outside(`\u{1F6A6} Sign-off needed: ${facts.deployment} deployment`),
    ...facts.components.length ? facts.components.flatMap(component) : [ours("Nothing moves (a redeploy of what stable has).")],
    ...facts.images.length ? [outside(`Images that will roll: ${facts.images.join(", ")}`)] : [],
    outside(facts.freeze ? `\u{1F9CA} ${facts.freeze}` : "No freeze window in force.")
  ];
  const link = runLink("Review and approve", facts.runUrl);
  return join(link ? [...lines, link] : lines);
}
var VERDICT = {
  approved: "\u2705 Approved",
  rejected: "\u26D4 Rejected",
  "timed-out": "\u231B Not approved in time"
};
function updatedMessage(facts, state, by, at) {
  const request2 = requestMessage(facts);
  const who = by.length ? ` by ${by.join(", ")}` : "";
  const when = at ? ` at ${at}` : "";
  const verdict = outside(`${VERDICT[state]}${who}${when}`);
  return {
    plain: `${verdict.plain}
${request2.plain}`,
    html: `<b>${verdict.html}</b><br>
${request2.html}`,
    slack: `*${verdict.slack}*
${request2.slack}`
  };
}
function reminderMessage(deployment, waitedFor, runUrl) {
  const link = runLink("Review and approve", runUrl);
  return join([outside(`\u23F0 The ${deployment} deployment has been waiting for sign-off for ${waitedFor}.`), ...link ? [link] : []]);
}

// src/stages/approval-request/index.ts
var VERDICTS = ["approved", "rejected", "timed-out"];
function names(raw) {
  if (!raw?.trim()) return [];
  if (raw.trim().startsWith("[")) {
    let parsed;
    try {
      parsed = JSON.parse(raw);
    } catch {
      throw new UsageError("--approved-by: not a JSON list", "pass sign-off's approved-by output as it is, or a comma list");
    }
    if (!Array.isArray(parsed) || parsed.some((n) => typeof n !== "string"))
      throw new UsageError("--approved-by: expected a list of logins", "pass sign-off's approved-by output as it is");
    return parsed;
  }
  return raw.split(",").map((n) => n.trim()).filter(Boolean);
}
function markerOf(ctx, given) {
  const runId = given ?? ctx.env.GITHUB_RUN_ID;
  const repository = ctx.env.GITHUB_REPOSITORY;
  if (!runId) return void 0;
  if (!/^\d+$/.test(runId)) throw new UsageError(`--run-id: "${runId}" is not a run id`, "give the number in the run URL");
  if (!repository) throw new UsageError("GITHUB_REPOSITORY: not set", "run inside GitHub Actions, or set it to owner/name of the run");
  return `${repository}#${runId}`;
}
function runUrlOf(ctx, marker) {
  const m = /^([^/\s]+\/[^#\s]+)#(\d+)$/.exec(marker);
  const server = ctx.env.GITHUB_SERVER_URL ?? ctx.config.github.serverUrl;
  return m ? `${server.replace(/\/+$/, "")}/${m[1]}/actions/runs/${m[2]}` : void 0;
}
var approvalRequest = {
  parseOptions: (raw, config) => {
    const update2 = text(raw, "update");
    const remind2 = flag(raw, "remind");
    if (update2 !== void 0 && !VERDICTS.includes(update2))
      throw new UsageError(`--update: "${update2}" is none of ${VERDICTS.join(", ")}`, "give the outcome of the sign-off job");
    if (update2 && remind2) throw new UsageError("--update and --remind: give one of them", "the reminder runs on its own (a schedule)");
    const plan = text(raw, "plan");
    if (plan !== void 0) parsePlan(plan, config);
    return {
      mode: update2 ? "update" : remind2 ? "remind" : "request",
      verdict: update2,
      plan,
      runUrl: text(raw, "run-url"),
      marker: text(raw, "run-id"),
      approvedBy: names(text(raw, "approved-by")),
      approvedAt: text(raw, "approved-at")
    };
  },
  run: (ctx, options) => runApproval(ctx, options)
};
async function runApproval(ctx, options) {
  const { config, logger } = ctx;
  const none = !config.chat.approvals?.matrix?.length && !config.chat.approvals?.slack?.length;
  const marker = options.mode === "remind" && !options.marker ? void 0 : markerOf(ctx, options.marker);
  if (none) {
    logger.info("chat.approvals names no room: nothing to post");
    return { ok: true, changed: false, result: { mode: options.mode, marker: marker ?? null, rooms: [] }, tables: [] };
  }
  if (options.mode !== "remind" && !marker)
    throw new UsageError("--run-id: no run to ask about (GITHUB_RUN_ID is not set)", "give --run-id, or run inside GitHub Actions");
  const runUrl = options.runUrl ?? (marker ? runUrlOf(ctx, marker) : void 0) ?? runUrlFromEnv(ctx.env);
  const plan = options.plan !== void 0 ? parsePlan(options.plan, config) : void 0;
  const facts = { deployment: config.deployment, components: [], images: [], freeze: null, ...plan, runUrl };
  const rooms = await openApprovalRooms({ chat: config.chat, env: ctx.env, logger, clock: ctx.clock });
  const results = [];
  for (const room of rooms) {
    const result = { platform: room.platform, room: room.id, outcome: "" };
    try {
      await logger.group(`${room.platform} ${room.id}`, async () => {
        if (options.mode === "request") await request(ctx, room, facts, marker, result);
        else if (options.mode === "update") await update(ctx, room, facts, marker, options, result);
        else await remind(ctx, room, marker, result);
      });
    } catch (error) {
      result.outcome = "failed";
      result.error = ctx.secrets.redact(room.describe(error));
      logger.error(`${room.platform} ${room.id}: ${result.error}`);
    }
    results.push(result);
  }
  const failed = results.filter((r) => r.outcome === "failed");
  const table = {
    title: `Approval request (${options.mode}${marker ? `, ${marker}` : ""})`,
    headers: ["Platform", "Room", "Outcome", "Message"],
    literal: true,
    rows: results.map((r) => [r.platform, r.room, r.outcome + (r.error ? `: ${r.error}` : ""), r.ref ?? ""])
  };
  return {
    ok: failed.length === 0,
    changed: results.some((r) => /^(posted|updated|reminded)/.test(r.outcome)),
    result: { mode: options.mode, marker: marker ?? null, rooms: results },
    tables: [table],
    ...failed.length ? {
      error: {
        message: `could not write to ${failed.map((r) => `${r.platform} ${r.room}`).join(", ")}`,
        hint: "the request is a courtesy: the sign-off in GitHub still decides; see the error under each room"
      }
    } : {}
  };
}
async function request(ctx, room, facts, marker, result) {
  const [earlier] = await room.find(ctx.config.deployment, marker);
  if (earlier) {
    result.outcome = "already posted";
    result.ref = earlier.ref;
    ctx.logger.info(`the request for ${marker} is there already (${earlier.ref}); not posting again`);
    return;
  }
  if (ctx.dryRun) {
    result.outcome = "would post";
    ctx.logger.info(`would post:
${requestMessage(facts).plain}`);
    return;
  }
  result.ref = await room.post(requestMessage(facts), ctx.config.deployment, marker);
  result.outcome = "posted";
}
async function update(ctx, room, facts, marker, options, result) {
  const verdict = options.verdict;
  const [earlier] = await room.find(ctx.config.deployment, marker);
  if (!earlier) {
    result.outcome = "no request found";
    ctx.logger.warning(`no request for ${marker} among the newest messages: nothing to update`);
    return;
  }
  result.ref = earlier.ref;
  if (earlier.state === verdict) {
    result.outcome = `already ${verdict}`;
    return;
  }
  if (ctx.dryRun) {
    result.outcome = `would update: ${verdict}`;
    return;
  }
  const at = options.approvedAt ?? new Date(ctx.clock.now()).toISOString();
  const by = verdict === "approved" ? options.approvedBy : [];
  await room.update(earlier.ref, updatedMessage(facts, verdict, by, at), ctx.config.deployment, marker, verdict);
  result.outcome = `updated: ${verdict}`;
}
async function remind(ctx, room, marker, result) {
  const after = parseDuration(ctx.config.chat.approvalReminder ?? "2h", "chat.approvalReminder");
  const now = ctx.clock.now();
  const due = (r) => r.state === "waiting" && !r.reminded && now - r.postedAt >= after;
  const found = await room.find(ctx.config.deployment, marker);
  const open = found.filter(due);
  const seen = /* @__PURE__ */ new Set();
  const reminded = [];
  for (const r of open) {
    if (seen.has(r.marker)) continue;
    seen.add(r.marker);
    if (!ctx.dryRun)
      await room.remind(
        r.ref,
        reminderMessage(ctx.config.deployment, formatDuration(now - r.postedAt), runUrlOf(ctx, r.marker)),
        ctx.config.deployment,
        r.marker
      );
    reminded.push(r.marker);
  }
  result.outcome = reminded.length ? `${ctx.dryRun ? "would remind" : "reminded"}: ${reminded.join(", ")}` : "nothing due";
}
export {
  approvalRequest
};
