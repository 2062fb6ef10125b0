import { createRequire as __sgRequire } from 'node:module'; const require = __sgRequire(import.meta.url);
import {
  checkTimezone,
  dayOf,
  wallClock
} from "./chunk-OGGJK24P.js";
import {
  movedSha,
  movedSpec,
  parseMoved
} from "./chunk-KPTLWIXW.js";
import {
  text
} from "./chunk-N6UHWS4B.js";
import {
  UsageError
} from "./chunk-HO53TWSA.js";

// src/stages/release-notes/period.ts
var MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
var DAY_MS = 864e5;
function parseDay(value, field) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const ms = m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : NaN;
  if (!m || Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== value) {
    throw new UsageError(`${field}: "${value}" is not a date`, `write YYYY-MM-DD, e.g. ${field} 2026-11-01`);
  }
  return value;
}
function offsetAt(ms, timezone) {
  const w = wallClock(ms, timezone);
  return Date.UTC(w.y, w.mo - 1, w.d, w.h, w.mi, w.s) - Math.floor(ms / 1e3) * 1e3;
}
function startOfDay(day, timezone) {
  const [y, mo, d] = day.split("-").map(Number);
  const guess = Date.UTC(y, mo - 1, d);
  const first = guess - offsetAt(guess, timezone);
  return guess - offsetAt(first, timezone);
}
function addDays(day, days) {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}
function periodOf(kind, since, until, timezone) {
  return { kind, since, until, timezone, start: startOfDay(since, timezone), end: startOfDay(addDays(until, 1), timezone) };
}
function lastMonth(now, timezone) {
  const today = dayOf(now, timezone);
  const [y, mo] = today.split("-").map(Number);
  const firstOfThis = `${y}-${String(mo).padStart(2, "0")}-01`;
  const until = addDays(firstOfThis, -1);
  return periodOf("last-month", `${until.slice(0, 8)}01`, until, timezone);
}
function labels(day) {
  const [y, mo] = day.split("-").map(Number);
  return { month: MONTHS[mo - 1], year: String(y), week: String(isoWeek(day)) };
}
function isoWeek(day) {
  const ms = Date.parse(`${day}T00:00:00Z`);
  const weekday = (new Date(ms).getUTCDay() + 6) % 7;
  const thursday = ms + (3 - weekday) * DAY_MS;
  const firstOfYear = Date.UTC(new Date(thursday).getUTCFullYear(), 0, 1);
  return 1 + Math.floor((thursday - firstOfYear) / (7 * DAY_MS));
}
function fillTemplate(template, values) {
  return template.replace(/\{(\w+)\}/g, (whole, key) => values[key] ?? whole);
}
function searchInstant(ms) {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, "Z");
}

// src/stages/release-notes/options.ts
import path from "node:path";
var releaseNotesOptionSpecs = [
  {
    name: "since",
    type: "string",
    description: "First day of the period, YYYY-MM-DD in the configured timezone (default: the last calendar month)"
  },
  { name: "until", type: "string", description: "Last day of the period, inclusive (default: today when --since is given)" },
  movedSpec("the PRs between each moved component's previous and new stable"),
  { name: "out", type: "string", description: "Folder for post.md and mastodon-N.txt", default: "release-notes" }
];
function selectComponents(config) {
  const named = config.releaseNotes.components;
  const chosen = named ? config.components.filter((c) => named.includes(c.name)) : config.components.filter((c) => c.transport.kind === "github");
  return chosen.map((c) => {
    if (c.transport.kind !== "github") {
      throw new UsageError(
        `releaseNotes.components: "${c.name}" has no repo; pull requests are read through the GitHub API`,
        `give components[${config.components.indexOf(c)}] a repo: owner/name, or leave it out of releaseNotes.components`
      );
    }
    return { name: c.name, repo: c.transport.repo };
  });
}
function parseReleaseNotesOptions(raw, config) {
  checkTimezone(config.timezone);
  const components = selectComponents(config);
  if (!components.length)
    throw new UsageError(
      "no component has a repo: there is nowhere to collect pull requests from",
      "give the components a repo: owner/name"
    );
  const since = text(raw, "since");
  const until = text(raw, "until");
  const movedText = text(raw, "moved");
  const out = path.resolve(text(raw, "out") ?? "release-notes");
  if (movedText && (since || until))
    throw new UsageError("--moved and --since/--until exclude each other", "give either the period or the move-stable result");
  if (movedText) return { components, out, choice: { kind: "moved", moved: movedRanges(movedText, config, components) } };
  if (until && !since) throw new UsageError("--until needs --since", "write e.g. --since 2026-11-01 --until 2026-11-30");
  if (!since) return { components, out, choice: { kind: "last-month" } };
  const first = parseDay(since, "--since");
  if (!until) return { components, out, choice: { kind: "dates", since: first } };
  const last = parseDay(until, "--until");
  if (last < first)
    throw new UsageError(`--until ${last} is before --since ${first}`, "the period runs from --since to --until, both included");
  return { components, out, choice: { kind: "dates", since: first, until: last } };
}
function movedRanges(value, config, components) {
  const ranges = [];
  for (const c of parseMoved(value, config)) {
    if (c.status !== void 0 && c.status !== "moved") continue;
    const component = components.find((n) => n.name === c.name);
    if (!component) continue;
    const previous = movedSha(c, "previous");
    const current = movedSha(c, "current");
    if (previous !== current) ranges.push({ component, previous, current });
  }
  return ranges;
}

export {
  periodOf,
  lastMonth,
  labels,
  fillTemplate,
  searchInstant,
  releaseNotesOptionSpecs,
  parseReleaseNotesOptions
};
