import { createRequire as __sgRequire } from 'node:module'; const require = __sgRequire(import.meta.url);
import {
  UsageError
} from "./chunk-HO53TWSA.js";

// src/core/secrets.ts
var Secrets = class {
  values = /* @__PURE__ */ new Set();
  listeners = [];
  add(value) {
    if (!value || value.length < 4 || this.values.has(value)) return;
    this.values.add(value);
    for (const variant of [encodeURIComponent(value), Buffer.from(value).toString("base64")]) {
      if (variant !== value) this.values.add(variant);
    }
    for (const listener of this.listeners) listener(value);
  }
  onAdd(listener) {
    this.listeners.push(listener);
    for (const value of this.values) listener(value);
  }
  redact(text) {
    let out = text;
    for (const value of [...this.values].sort((a, b) => b.length - a.length)) {
      out = out.split(value).join("***");
    }
    return out;
  }
  /** Redacts every string inside a JSON-able value. */
  redactDeep(value) {
    return JSON.parse(this.redact(JSON.stringify(value)));
  }
};

// src/core/tls.ts
var TLS_OFF_VARIABLE = "NODE_TLS_REJECT_UNAUTHORIZED";
function insecureTls(env) {
  const value = env[TLS_OFF_VARIABLE];
  if (value !== "0") return void 0;
  return new UsageError(
    `${TLS_OFF_VARIABLE}=0 is set: it turns certificate verification off for every connection, so this run refuses to start rather than send its tokens to a server it cannot verify`,
    `unset ${TLS_OFF_VARIABLE}; to trust a private CA, give its PEM file as caFile of the cluster in the configuration (clusters.<name>.caFile) or in NODE_EXTRA_CA_CERTS for every other service`
  );
}

export {
  Secrets,
  insecureTls
};
