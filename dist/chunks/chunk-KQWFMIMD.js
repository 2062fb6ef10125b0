import { createRequire as __sgRequire } from 'node:module'; const require = __sgRequire(import.meta.url);

// src/core/wall-clock.ts
function isTimeZone(timezone) {
  try {
    new Intl.DateTimeFormat("en", { timeZone: timezone });
    return true;
  } catch {
    return false;
  }
}
function wallClock(ms, timezone) {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone: timezone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit"
  }).formatToParts(new Date(ms));
  const get = (type) => Number(parts.find((p) => p.type === type)?.value);
  return { y: get("year"), mo: get("month"), d: get("day"), h: get("hour"), mi: get("minute"), s: get("second") };
}
var pad = (n, width = 2) => String(n).padStart(width, "0");
function dayOf(ms, timezone) {
  const w = wallClock(ms, timezone);
  return `${pad(w.y, 4)}-${pad(w.mo)}-${pad(w.d)}`;
}
function localTime(ms, timezone) {
  const w = wallClock(ms, timezone);
  return `${pad(w.y, 4)}-${pad(w.mo)}-${pad(w.d)}T${pad(w.h)}:${pad(w.mi)}:${pad(w.s)}`;
}

export {
  isTimeZone,
  wallClock,
  dayOf,
  localTime
};
