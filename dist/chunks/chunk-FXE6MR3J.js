import { createRequire as __sgRequire } from 'node:module'; const require = __sgRequire(import.meta.url);
import {
  UsageError
} from "./chunk-HO53TWSA.js";

// src/stages/index.ts
var catalog = {
  deploy: async () => (await import("./stage-3E6DEIID.js")).deployStage,
  rehearse: async () => (await import("./stage-7P3OSKH6.js")).rehearseStage,
  "move-stable": async () => (await import("./stage-6IYZSQN2.js")).moveStableStage,
  "topic-notify": async () => (await import("./stage-2KAYBIGZ.js")).topicNotifyStage,
  "topic-revert": async () => (await import("./stage-IUWZCBFN.js")).topicRevertStage,
  "wait-images": async () => (await import("./stage-HS7DBRG5.js")).waitImagesStage,
  "infra-sync": async () => (await import("./stage-ATZZKGUI.js")).infraSyncStage,
  "import-images": async () => (await import("./stage-ARSYB7KL.js")).importImagesStage,
  "health-gate": async () => (await import("./stage-HOCWVVDB.js")).healthGateStage,
  rollback: async () => (await import("./stage-P4OHCWAN.js")).rollbackStage,
  "release-notes": async () => (await import("./stage-7U4TLSNC.js")).releaseNotesStage,
  "quay-cleanup": async () => (await import("./stage-IDYLT765.js")).quayCleanupStage,
  "firewall-check": async () => (await import("./stage-NH64HZU2.js")).firewallCheckStage,
  "approval-request": async () => (await import("./stage-EJSS4U2E.js")).approvalRequestStage,
  "sign-off": async () => (await import("./stage-CKSISHKT.js")).signOffStage,
  "deployment-status": async () => (await import("./stage-HJCKFL5T.js")).deploymentStatusStage,
  "run-timeline": async () => (await import("./stage-YY4CAJL2.js")).runTimelineStage
};
var stageNames = Object.keys(catalog);
function isStageName(name) {
  return Object.hasOwn(catalog, name);
}
async function loadStage(name) {
  return isStageName(name) ? catalog[name]() : void 0;
}
async function loadStages() {
  return Promise.all(stageNames.map((name) => catalog[name]()));
}

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
  insecureTls,
  stageNames,
  loadStage,
  loadStages
};
