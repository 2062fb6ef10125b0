/** Wall-clock parts of an instant in an IANA time zone (24-hour clock). */
export interface WallClock {
  y: number;
  mo: number;
  d: number;
  h: number;
  mi: number;
  s: number;
}

/** Whether the runtime knows the time zone (IANA names such as Europe/Prague, and UTC). */
export function isTimeZone(timezone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: timezone });
    return true;
  } catch {
    return false;
  }
}

export function wallClock(ms: number, timezone: string): WallClock {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: timezone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(ms));
  const get = (type: string): number => Number(parts.find((p) => p.type === type)?.value);
  return { y: get('year'), mo: get('month'), d: get('day'), h: get('hour'), mi: get('minute'), s: get('second') };
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** The calendar day an instant falls on in a time zone, `YYYY-MM-DD`. */
export function dayOf(ms: number, timezone: string): string {
  const w = wallClock(ms, timezone);
  return `${pad(w.y, 4)}-${pad(w.mo)}-${pad(w.d)}`;
}

/** Wall-clock time in a time zone as `YYYY-MM-DDTHH:MM:SS`, which compares as text. */
export function localTime(ms: number, timezone: string): string {
  const w = wallClock(ms, timezone);
  return `${pad(w.y, 4)}-${pad(w.mo)}-${pad(w.d)}T${pad(w.h)}:${pad(w.mi)}:${pad(w.s)}`;
}
