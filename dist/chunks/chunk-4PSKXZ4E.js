import { createRequire as __sgRequire } from 'node:module'; const require = __sgRequire(import.meta.url);
import {
  UsageError
} from "./chunk-HO53TWSA.js";

// src/core/duration.ts
var UNITS = { ms: 1, s: 1e3, m: 6e4, h: 36e5, d: 864e5 };
var DURATION_PATTERN = /^(\d+(?:\.\d+)?)(ms|s|m|h|d)$/;
function parseDuration(text, field) {
  const match = DURATION_PATTERN.exec(text.trim());
  if (!match) {
    throw new UsageError(`${field}: "${text}" is not a duration`, "write a number and a unit, e.g. 30s, 10m, 2h");
  }
  const ms = Math.round(Number(match[1]) * UNITS[match[2]]);
  if (!Number.isSafeInteger(ms) || ms > 366 * UNITS.d) {
    throw new UsageError(`${field}: "${text}" is longer than a year`, "write a number and a unit, e.g. 30s, 10m, 2h, 90d");
  }
  return ms;
}
function formatDuration(ms) {
  if (ms < 1e3) return `${Math.round(ms)}ms`;
  const totalSeconds = Math.round(ms / 1e3);
  const h = Math.floor(totalSeconds / 3600);
  const m = Math.floor(totalSeconds % 3600 / 60);
  const s = totalSeconds % 60;
  if (h) return `${h}h${String(m).padStart(2, "0")}m`;
  if (m) return `${m}m${String(s).padStart(2, "0")}s`;
  return `${s}s`;
}

export {
  DURATION_PATTERN,
  parseDuration,
  formatDuration
};
