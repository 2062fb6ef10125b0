import { createRequire as __sgRequire } from 'node:module'; const require = __sgRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __require = /* @__PURE__ */ ((x) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x, {
  get: (a, b) => (typeof require !== "undefined" ? require : a)[b]
}) : x)(function(x) {
  if (typeof require !== "undefined") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x + '" is not supported');
});
var __commonJS = (cb, mod) => function __require2() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

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

// src/config/issues.ts
function formatPath(path) {
  let out = "";
  for (const part of path) {
    if (typeof part === "number") out += `[${part}]`;
    else out += out ? `.${part}` : part;
  }
  return out || "(top level)";
}
function distance(a, b) {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length];
}
function didYouMean(value, candidates) {
  let best;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const d = distance(value.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best !== void 0 && bestDistance <= Math.max(2, Math.floor(value.length / 3)) ? ` (did you mean "${best}"?)` : "";
}

// src/config/graph.ts
function checkAfter(components) {
  const issues = [];
  const names = new Set(components.map((c) => c.name));
  components.forEach((c, i) => {
    c.after.forEach((dep, j) => {
      if (dep === c.name) issues.push({ path: ["components", i, "after", j], message: `"${dep}" cannot come after itself` });
      else if (!names.has(dep)) {
        issues.push({
          path: ["components", i, "after"],
          message: `unknown component "${dep}"${didYouMean(dep, names)}; after lists names of other components`
        });
      }
    });
  });
  if (issues.length) return issues;
  const cycle = findCycle(components);
  if (cycle) {
    const index = components.findIndex((c) => c.name === cycle[0]);
    issues.push({
      path: ["components", index, "after"],
      message: `cycle in after: ${cycle.join(" \u2192 ")}; remove one of these dependencies`
    });
  }
  return issues;
}
function findCycle(components) {
  const byName = new Map(components.map((c) => [c.name, c]));
  const state = /* @__PURE__ */ new Map();
  const stack = [];
  const visit = (name) => {
    if (state.get(name) === "done") return void 0;
    if (state.get(name) === "visiting") return [...stack.slice(stack.indexOf(name)), name];
    state.set(name, "visiting");
    stack.push(name);
    for (const dep of byName.get(name)?.after ?? []) {
      const found = visit(dep);
      if (found) return found;
    }
    stack.pop();
    state.set(name, "done");
    return void 0;
  };
  for (const c of components) {
    const found = visit(c.name);
    if (found) return found;
  }
  return void 0;
}
function moveOrder(components) {
  const done = /* @__PURE__ */ new Set();
  const order = [];
  const remaining = [...components];
  while (remaining.length) {
    const index = remaining.findIndex((c) => c.after.every((dep) => done.has(dep)));
    if (index < 0) throw new Error("cycle in after (the configuration loader should have rejected it)");
    const [next] = remaining.splice(index, 1);
    order.push(next);
    done.add(next.name);
  }
  return order;
}
function dependents(components, name) {
  const out = /* @__PURE__ */ new Set();
  let grew = true;
  while (grew) {
    grew = false;
    for (const c of components) {
      if (!out.has(c.name) && c.after.some((dep) => dep === name || out.has(dep))) {
        out.add(c.name);
        grew = true;
      }
    }
  }
  return out;
}

// src/core/duration.ts
var UNITS = { ms: 1, s: 1e3, m: 6e4, h: 36e5 };
var DURATION_PATTERN = /^(\d+(?:\.\d+)?)(ms|s|m|h)$/;
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

// src/core/clock.ts
var systemClock = {
  now: () => Date.now(),
  sleep: (ms, signal) => new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener("abort", () => {
      clearTimeout(timer);
      reject(signal.reason);
    }, { once: true });
  })
};

export {
  __require,
  __commonJS,
  __export,
  __toESM,
  UsageError,
  StageError,
  errorMessage,
  DURATION_PATTERN,
  parseDuration,
  formatDuration,
  formatPath,
  didYouMean,
  checkAfter,
  moveOrder,
  dependents,
  systemClock
};
