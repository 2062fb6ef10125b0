import { createRequire as __sgRequire } from 'node:module'; const require = __sgRequire(import.meta.url);
import {
  timelineMarkdown
} from "./chunk-UUGXWYT6.js";
import {
  formatDuration
} from "./chunk-4PSKXZ4E.js";
import {
  tableToMarkdown
} from "./chunk-G4QZIEZW.js";

// src/stages/shared/run-summary.ts
var ICON = {
  ok: "\u2705 ok",
  failed: "\u274C failed",
  skipped: "\u23ED skipped",
  "not-run": "\u26D4 not run"
};
function summaryTables(deployment, records, notes) {
  const overview = {
    title: `Deployment of ${deployment}`,
    headers: ["Step", "Stage", "Status", "Changed", "Duration", "Note"],
    rows: records.map((r) => [
      r.id,
      r.stage,
      ICON[r.status] + (r.resumed ? " (earlier run)" : ""),
      r.changed ? "yes" : "no",
      r.status === "ok" || r.status === "failed" ? formatDuration(r.durationMs) : "",
      r.error?.message ?? r.reason ?? ""
    ]),
    ...notes.length ? { notes } : {}
  };
  const stageTables = records.flatMap((r) => r.tables.map((t) => ({ ...t, title: `${r.id}: ${t.title}` })));
  return [overview, ...stageTables, timeline(records)];
}
var TIMELINE_TITLE = "Timeline";
function timeline(records) {
  const ran = records.filter((r) => (r.status === "ok" || r.status === "failed") && !r.resumed);
  const start = Math.min(...ran.map((r) => r.startedAt));
  const total = Math.max(1, ...ran.map((r) => r.startedAt + r.durationMs - start));
  const width = 24;
  return {
    title: TIMELINE_TITLE,
    headers: ["Step", "Started", "Took", ""],
    rows: ran.map((r) => {
      const offset = Math.round((r.startedAt - start) / total * width);
      const length = Math.max(1, Math.round(r.durationMs / total * width));
      return [
        r.id,
        `+${formatDuration(r.startedAt - start)}`,
        formatDuration(r.durationMs),
        "\u2591".repeat(offset) + "\u2588".repeat(Math.min(length, width - offset + 1))
      ];
    }),
    notes: ran.length ? [`total ${formatDuration(total)}`] : ["no step ran in this run"]
  };
}
var STATE = { ok: "done", failed: "failed", skipped: "skipped", "not-run": "skipped" };
function stepTasks(steps, results) {
  const timed = steps.filter((s) => s.startedAt !== void 0 && !s.resumed && s.status !== "not-run");
  const tasks = [];
  for (const s of timed) {
    const start = s.startedAt;
    const end = start + s.durationMs;
    tasks.push({
      name: s.id,
      section: "Steps",
      start,
      end: s.status === "skipped" ? start : end,
      state: STATE[s.status]
    });
    const waited = waitedMs(results[s.id]);
    if (!waited || s.status === "skipped") continue;
    if (s.id === "wait-images") {
      const ready = lastReadyAt(results[s.id]);
      const waitEnd = ready !== void 0 && ready >= start && ready <= end ? ready : Math.min(end, start + waited);
      tasks.push({ name: "waiting for image builds", section: "Waits", start, end: waitEnd, state: "wait" });
    } else if (s.id.startsWith("import-images")) {
      tasks.push({ name: `waiting for the rollout (${s.id})`, section: "Waits", start: Math.max(start, end - waited), end, state: "wait" });
    }
  }
  return tasks;
}
function waitedMs(result) {
  const value = result?.waitedMs;
  return typeof value === "number" && value > 0 ? value : void 0;
}
function lastReadyAt(result) {
  const images = result?.images;
  const times = (Array.isArray(images) ? images : []).map((i) => typeof i.readyAt === "string" ? Date.parse(i.readyAt) : NaN).filter((t) => Number.isFinite(t));
  return times.length ? Math.max(...times) : void 0;
}
function summaryMarkdown(title, tables, steps, results) {
  const body = tables.filter((t) => t.title !== TIMELINE_TITLE).map(tableToMarkdown);
  return [...body, timelineMarkdown(title, stepTasks(steps, results))].join("\n");
}

export {
  summaryTables,
  summaryMarkdown
};
