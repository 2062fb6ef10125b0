import { createRequire as __sgRequire } from 'node:module'; const require = __sgRequire(import.meta.url);
import {
  localTime
} from "./chunk-KQWFMIMD.js";

// src/stages/shared/freeze.ts
var DAY = 864e5;
function normalise(value, endOfDay) {
  if (value.length === 10) return `${value}T${endOfDay ? "23:59:59" : "00:00:00"}`;
  return value.length === 16 ? `${value}:${endOfDay ? "59" : "00"}` : value;
}
function instantsOf(wall, timeZone) {
  const asUtc = Date.parse(`${wall}Z`);
  const offsets = new Set([asUtc - DAY, asUtc + DAY, asUtc].map((t) => Date.parse(`${localTime(t, timeZone)}Z`) - t));
  const found = [...offsets].map((offset) => asUtc - offset).filter((t) => localTime(t, timeZone) === wall);
  return [...new Set(found)].sort((a, b) => a - b);
}
function firstAtOrAfter(wall, timeZone) {
  const asUtc = Date.parse(`${wall}Z`);
  let lo = asUtc - 2 * DAY;
  let hi = asUtc + 2 * DAY;
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (localTime(mid, timeZone) >= wall) hi = mid;
    else lo = mid;
  }
  return hi;
}
function spanOf(window, timeZone, warn) {
  const resolve = (value, end) => {
    const wall = normalise(value, end);
    const instants = instantsOf(wall, timeZone);
    if (instants.length) return end ? instants[instants.length - 1] + 1e3 : instants[0];
    const jump = firstAtOrAfter(wall, timeZone);
    warn(
      `freeze window "${window.reason}": ${value} does not exist in ${timeZone} (the clocks skip it that day); the window ${end ? "ends" : "starts"} when they jump, at ${localTime(jump, timeZone)}`
    );
    return jump;
  };
  const span = { from: resolve(window.from, false), until: resolve(window.until, true) };
  if (span.until <= span.from) {
    warn(
      `freeze window "${window.reason}" (${window.from} until ${window.until} ${timeZone}) is never active: it lies in the hour a daylight-saving change skips; write times outside it`
    );
  }
  return span;
}
function activeFreeze(config, now, warn = () => {
}) {
  let active;
  for (const window of config.freeze) {
    const span = spanOf(window, config.timezone, warn);
    if (!active && span.from <= now && now < span.until) active = window;
  }
  return active;
}
function describeFreeze(window, timeZone) {
  return `deployments are frozen from ${window.from} until ${window.until}${window.until.length === 10 ? " (whole day)" : ""} ${timeZone}: ${window.reason}`;
}

export {
  activeFreeze,
  describeFreeze
};
