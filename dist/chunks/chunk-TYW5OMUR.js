import { createRequire as __sgRequire } from 'node:module'; const require = __sgRequire(import.meta.url);
import {
  duration,
  flag,
  interval,
  list
} from "./chunk-N6UHWS4B.js";
import {
  didYouMean
} from "./chunk-6QRULY5K.js";
import {
  UsageError
} from "./chunk-HO53TWSA.js";

// src/stages/move-stable/options.ts
var moveStableOptionSpecs = [
  { name: "allow-unverified", type: "boolean", description: "Promote even when checks of the commit fail or are pending" },
  { name: "no-force", type: "boolean", description: "Never replace a diverged target branch; refuse instead" },
  { name: "to", type: "list", description: "component=sha: promote this commit of the source branch instead of its head (repeatable)" },
  { name: "only", type: "list", description: "Move only these components (comma-separated or repeated)" },
  { name: "copr-timeout", type: "string", description: "Longest wait for a Copr build (more than 0, at most 48h)", default: "60m" },
  { name: "copr-interval", type: "string", description: "First pause between Copr polls, 1s to 1h (grows up to 4x)", default: "30s" }
];
function givenButEmpty(raw, name) {
  const value = raw[name];
  if (value === void 0 || value === false) return false;
  const given = Array.isArray(value) ? value.length > 0 : true;
  return given && list(raw, name).length === 0;
}
function parseMoveStableOptions(raw, config) {
  const names = new Set(config.components.map((c) => c.name));
  const known = (name, option) => {
    if (!names.has(name))
      throw new UsageError(`--${option}: unknown component "${name}"${didYouMean(name, names)}`, `use one of: ${[...names].join(", ")}`);
    return name;
  };
  if (givenButEmpty(raw, "only"))
    throw new UsageError(
      "--only: no component named",
      `name one or more components, e.g. --only ${[...names].slice(0, 2).join(",")}; leave --only out to move all`
    );
  const only = [...new Set(list(raw, "only").map((n) => known(n, "only")))];
  const to = /* @__PURE__ */ new Map();
  for (const item of list(raw, "to")) {
    const match = /^([^=]+)=([0-9a-fA-F]{4,40})$/.exec(item);
    if (!match) throw new UsageError(`--to: "${item}" is not component=sha`, "write e.g. --to packit=3b0fc3b");
    const name = known(match[1].trim(), "to");
    if (to.has(name)) throw new UsageError(`--to: ${name} is given twice`);
    if (only.length && !only.includes(name))
      throw new UsageError(
        `--to: ${name} is not among --only ${only.join(",")}, so it would not move`,
        `add ${name} to --only or drop --to ${name}=\u2026`
      );
    to.set(name, match[2].toLowerCase());
  }
  return {
    allowUnverified: flag(raw, "allow-unverified"),
    noForce: flag(raw, "no-force"),
    to,
    only,
    coprTimeoutMs: duration(raw, "copr-timeout", "60m"),
    coprIntervalMs: interval(raw, "copr-interval", "30s")
  };
}

export {
  moveStableOptionSpecs,
  parseMoveStableOptions
};
