import { createRequire as __sgRequire } from 'node:module'; const require = __sgRequire(import.meta.url);
import {
  UsageError
} from "./chunk-HO53TWSA.js";

// src/stages/shared/topics/notices.ts
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
    isNotice: noticeMatcher([n.deploying ?? DEFAULT_NOTICES.deploying, n.failed ?? DEFAULT_NOTICES.failed], [deploying, failed], {
      ...values,
      runUrl: RUN_URL_TOKEN
    }),
    deployingMessage: [deploying, ...extra(n.deploying)].join("\n"),
    failedMessage: [failed, ...runUrl && !n.failed?.includes("{runUrl}") ? [`Details: ${runUrl}`] : []].join("\n")
  };
}
var RUN_URL_TOKEN = "sgrunurltoken";
function loose(text) {
  return text.replace(/:[a-z0-9_+'-]+:/gi, " ").replace(/[^\p{L}\p{N}]+/gu, " ").trim().toLowerCase();
}
function noticeMatcher(templates, rendered, values) {
  const patterns = templates.map((t) => {
    const parts = loose(t.replace(/\{([^{}]*)\}/g, (_, name) => values[name] ?? "")).split(RUN_URL_TOKEN);
    return new RegExp(`^${parts.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join(".*")}$`);
  });
  const full = rendered.map(loose);
  return (topic) => {
    const text = loose(topic);
    if (!text) return false;
    if (patterns.some((p) => p.test(text))) return true;
    return topic.trimEnd().endsWith("\u2026") && text.length >= 20 && full.some((f) => f.startsWith(text));
  };
}
function fitTopic(text, limit) {
  const chars = [...text];
  if (limit === void 0 || chars.length <= limit) return { text, shortened: false };
  return {
    text: chars.slice(0, limit - 1).join("").trimEnd() + "\u2026",
    shortened: true
  };
}
function escapeHtml(text) {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
}
function finishedMessage(finished, facts) {
  const parts = [];
  if (facts.moved)
    parts.push(
      facts.moved.length ? `${facts.moved.length} component${facts.moved.length === 1 ? "" : "s"} (${facts.moved.join(", ")})` : "nothing moved"
    );
  if (facts.startedAt !== void 0) parts.push(`${Math.max(0, Math.round((facts.now - facts.startedAt) / 6e4))} min`);
  parts.push("healthy");
  const line = parts.join(", ");
  const url = facts.runUrl && /^https?:\/\//.test(facts.runUrl) ? facts.runUrl : void 0;
  return {
    text: `${finished}
${line}${url ? `: ${url}` : ""}`,
    html: `${escapeHtml(finished)}<br>${escapeHtml(line)}${url ? `: <a href="${escapeHtml(url)}">the run</a>` : ""}`
  };
}

export {
  notices,
  fitTopic,
  escapeHtml,
  finishedMessage
};
