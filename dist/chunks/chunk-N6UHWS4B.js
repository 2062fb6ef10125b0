import { createRequire as __sgRequire } from 'node:module'; const require = __sgRequire(import.meta.url);
import {
  formatDuration,
  parseDuration
} from "./chunk-4PSKXZ4E.js";
import {
  UsageError
} from "./chunk-HO53TWSA.js";

// src/stages/options.ts
function flag(raw, name) {
  const value = raw[name];
  if (value === void 0 || value === "") return false;
  if (typeof value === "boolean") return value;
  if (typeof value === "string" && /^(true|false)$/i.test(value.trim())) return value.trim().toLowerCase() === "true";
  throw new UsageError(`--${name}: expected true or false, got "${String(value)}"`);
}
function list(raw, name) {
  const value = raw[name];
  if (value === void 0 || value === false) return [];
  const items = (Array.isArray(value) ? value : [String(value)]).flatMap((item) => String(item).split(/[\n,]/));
  return items.map((s) => s.trim()).filter(Boolean);
}
function text(raw, name) {
  const value = raw[name];
  if (value === void 0 || value === "" || value === false) return void 0;
  if (typeof value !== "string") throw new UsageError(`--${name}: expected one value`);
  return value.trim();
}
var SECOND = 1e3;
var HOUR = 36e5;
var INTERVAL_BOUNDS = { min: SECOND, max: HOUR };
var TIMEOUT_BOUNDS = { min: 1, max: 48 * HOUR };
function duration(raw, name, fallback, bounds = TIMEOUT_BOUNDS) {
  const given = text(raw, name) ?? fallback;
  const value = parseDuration(given, `--${name}`);
  if (value < bounds.min || value > bounds.max) {
    throw new UsageError(
      `--${name}: ${given} is out of range; expected ${bounds.min < SECOND ? "more than 0" : `at least ${formatDuration(bounds.min)}`} and at most ${formatDuration(bounds.max)}`,
      `write e.g. --${name} ${fallback}`
    );
  }
  return value;
}
function interval(raw, name, fallback) {
  return duration(raw, name, fallback, INTERVAL_BOUNDS);
}

export {
  flag,
  list,
  text,
  duration,
  interval
};
