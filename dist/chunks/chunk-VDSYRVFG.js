import { createRequire as __sgRequire } from 'node:module'; const require = __sgRequire(import.meta.url);
import {
  localTime
} from "./chunk-KQWFMIMD.js";

// src/stages/deploy/freeze.ts
function normalise(value, endOfDay) {
  if (value.length === 10) return `${value}T${endOfDay ? "23:59:59" : "00:00:00"}`;
  return value.length === 16 ? `${value}:${endOfDay ? "59" : "00"}` : value;
}
function activeFreeze(config, now) {
  const local = localTime(now, config.timezone);
  return config.freeze.find((w) => normalise(w.from, false) <= local && local <= normalise(w.until, true));
}
function describeFreeze(window, timeZone) {
  return `deployments are frozen from ${window.from} until ${window.until}${window.until.length === 10 ? " (whole day)" : ""} ${timeZone}: ${window.reason}`;
}

export {
  activeFreeze,
  describeFreeze
};
