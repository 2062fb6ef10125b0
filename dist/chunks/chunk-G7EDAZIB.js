import { createRequire as __sgRequire } from 'node:module'; const require = __sgRequire(import.meta.url);

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

export {
  Secrets
};
