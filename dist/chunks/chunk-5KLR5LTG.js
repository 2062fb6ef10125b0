import { createRequire as __sgRequire } from 'node:module'; const require = __sgRequire(import.meta.url);
import {
  UsageError,
  parseDuration
} from "./chunk-VNLBOQ4H.js";

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
  const items = Array.isArray(value) ? value : String(value).split(/[\n,]/);
  return items.map((s) => s.trim()).filter(Boolean);
}
function text(raw, name) {
  const value = raw[name];
  if (value === void 0 || value === "" || value === false) return void 0;
  if (typeof value !== "string") throw new UsageError(`--${name}: expected one value`);
  return value.trim();
}
function duration(raw, name, fallback) {
  return parseDuration(text(raw, name) ?? fallback, `--${name}`);
}

export {
  flag,
  list,
  text,
  duration
};
