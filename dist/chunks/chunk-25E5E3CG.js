import { createRequire as __sgRequire } from 'node:module'; const require = __sgRequire(import.meta.url);
import {
  StageError
} from "./chunk-HO53TWSA.js";

// src/registry/types.ts
var RegistryRefusedError = class extends StageError {
};
var REVISION_LABEL = "org.opencontainers.image.revision";
function parseImage(text) {
  const slash = text.indexOf("/");
  const colon = text.lastIndexOf(":");
  if (slash < 0 || colon < slash) throw new Error(`"${text}" is not registry/repository:tag`);
  return { host: text.slice(0, slash), repository: text.slice(slash + 1, colon), tag: text.slice(colon + 1), text };
}
function platformOf(p) {
  if (!p?.os || !p.architecture || p.os === "unknown") return void 0;
  return [p.os, p.architecture, p.variant].filter(Boolean).join("/");
}

export {
  RegistryRefusedError,
  REVISION_LABEL,
  parseImage,
  platformOf
};
