import { createRequire as __sgRequire } from 'node:module'; const require = __sgRequire(import.meta.url);
import {
  UsageError
} from "./chunk-HO53TWSA.js";

// src/stages/shared/moved.ts
var HINT = "pass the move-stable result unchanged, e.g. ${{ steps.move.outputs.result }}";
var SHAPE = '--moved: expected the move-stable result ({"components": [{"name", "status", "previous", "current"}, ...]})';
var FULL_SHA = /^[0-9a-f]{40}$/;
function movedSpec(description) {
  return { name: "moved", type: "string", description: `The move-stable result (JSON): ${description}` };
}
function parseMoved(value, config) {
  let parsed;
  try {
    parsed = JSON.parse(value);
  } catch {
    throw new UsageError("--moved: not JSON", HINT);
  }
  const names = new Set(config.components.map((c) => c.name));
  return componentList(parsed).map((item) => {
    if (!isObject(item) || typeof item.name !== "string") throw new UsageError(`${SHAPE}; an entry has no "name"`, HINT);
    const { name } = item;
    if (!names.has(name))
      throw new UsageError(`--moved: component "${name}" is not in the configuration`, "pass the result of a run with this configuration");
    return {
      name,
      status: optional(item, "status", (v) => typeof v === "string"),
      previous: optional(item, "previous", isShaField),
      current: optional(item, "current", isShaField),
      imagesBefore: optional(item, "imagesBefore", isDigestMap) ?? {}
    };
  });
}
function movedEntries(result) {
  return result.components.map((c) => ({
    name: c.name,
    status: c.status,
    previous: c.previous,
    current: c.current,
    imagesBefore: c.imagesBefore ?? {}
  }));
}
function movedSha(entry, field) {
  const sha = entry[field];
  if (!sha || !FULL_SHA.test(sha)) throw new UsageError(`--moved: component "${entry.name}" has no full commit SHA in "${field}"`, HINT);
  return sha;
}
function componentList(parsed) {
  if (Array.isArray(parsed)) return parsed;
  if (isObject(parsed)) {
    if (Array.isArray(parsed.components)) return parsed.components;
    if ("result" in parsed) return componentList(parsed.result);
  }
  throw new UsageError(SHAPE, HINT);
}
function optional(item, field, valid) {
  const v = item[field];
  if (v === void 0 || valid(v)) return v;
  throw new UsageError(`--moved: component "${String(item.name)}" has an unexpected "${field}": ${JSON.stringify(v)}`, HINT);
}
function isObject(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
function isShaField(v) {
  return v === null || typeof v === "string";
}
function isDigestMap(v) {
  return isObject(v) && Object.values(v).every((d) => typeof d === "string");
}

export {
  movedSpec,
  parseMoved,
  movedEntries,
  movedSha
};
