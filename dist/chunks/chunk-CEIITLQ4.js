import { createRequire as __sgRequire } from 'node:module'; const require = __sgRequire(import.meta.url);
import {
  movedSha,
  movedSpec,
  parseMoved
} from "./chunk-KPTLWIXW.js";
import {
  duration,
  interval,
  text
} from "./chunk-N6UHWS4B.js";
import {
  UsageError
} from "./chunk-HO53TWSA.js";

// src/stages/wait-images/options.ts
var NOT_ON_STABLE = /* @__PURE__ */ new Set(["would-move"]);
var waitImagesOptionSpecs = [
  movedSpec("check the images of its components against their stable heads"),
  { name: "timeout", type: "string", description: "Give up after this long", default: "90m" },
  { name: "interval", type: "string", description: "First pause between polls (at least 1s); grows to 60s", default: "15s" },
  {
    name: "max-failed-polls",
    type: "string",
    description: "Polls in a row that may fail (registry or GitHub unreachable) before giving up",
    default: "10"
  }
];
function parseWaitImagesOptions(raw, config) {
  const timeoutMs = duration(raw, "timeout", "90m");
  const intervalMs = interval(raw, "interval", "15s");
  const maxFailedPolls = count(raw, "max-failed-polls", 10);
  const movedText = text(raw, "moved");
  const moved = movedText ? movedComponents(parseMoved(movedText, config)) : null;
  return { moved, timeoutMs, intervalMs, maxFailedPolls };
}
function movedComponents(entries, inScope = () => true) {
  const moved = [];
  for (const c of entries) {
    if (!inScope(c.name)) continue;
    if (c.status !== void 0 && NOT_ON_STABLE.has(c.status)) continue;
    if (c.current === null && c.status !== "moved") continue;
    moved.push({
      name: c.name,
      sha: movedSha(c, "current"),
      status: c.status === void 0 || c.status === "moved" ? "moved" : "unchanged",
      moveStatus: c.status ?? "moved",
      before: c.imagesBefore
    });
  }
  return moved;
}
function count(raw, name, fallback) {
  const value = text(raw, name);
  if (value === void 0) return fallback;
  if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > 1e3) {
    throw new UsageError(`--${name}: expected a whole number from 1 to 1000, got "${value}"`, `write e.g. --${name} ${fallback}`);
  }
  return Number(value);
}

export {
  waitImagesOptionSpecs,
  parseWaitImagesOptions,
  movedComponents
};
