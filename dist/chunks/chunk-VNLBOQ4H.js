import { createRequire as __sgRequire } from 'node:module'; const require = __sgRequire(import.meta.url);

// src/core/errors.ts
var UsageError = class extends Error {
  hint;
  constructor(message, hint) {
    super(message);
    this.name = "UsageError";
    this.hint = hint;
  }
};
var StageError = class extends Error {
  hint;
  constructor(message, hint, options) {
    super(message, options);
    this.name = "StageError";
    this.hint = hint;
  }
};
function errorMessage(error) {
  if (error instanceof Error) return error.message;
  return String(error);
}

// src/core/duration.ts
var UNITS = { ms: 1, s: 1e3, m: 6e4, h: 36e5, d: 864e5 };
var DURATION_PATTERN = /^(\d+(?:\.\d+)?)(ms|s|m|h|d)$/;
function parseDuration(text, field) {
  const match = DURATION_PATTERN.exec(text.trim());
  if (!match) {
    throw new UsageError(`${field}: "${text}" is not a duration`, "write a number and a unit, e.g. 30s, 10m, 2h");
  }
  return Math.round(Number(match[1]) * UNITS[match[2]]);
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
  UsageError,
  StageError,
  errorMessage,
  DURATION_PATTERN,
  parseDuration,
  formatDuration
};
