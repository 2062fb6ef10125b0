import { createRequire as __sgRequire } from 'node:module'; const require = __sgRequire(import.meta.url);
import {
  clusterTokenNeed
} from "./chunk-MS6WDQCW.js";
import {
  infraSyncOptionSpecs
} from "./chunk-73CFYLNG.js";
import {
  declareStage
} from "./chunk-MN3KIH56.js";

// src/stages/infra-sync/stage.ts
var infraSyncStage = declareStage({
  name: "infra-sync",
  description: "Apply the deployment repository and Vault secrets to the cluster when commits or secret versions are pending",
  options: infraSyncOptionSpecs,
  outputs: {
    status: "skipped (nothing pending), pending (dry run), applied or failed",
    pendingCommits: "JSON list of sha, author, date, subject not applied yet",
    pendingSecrets: "JSON list of path, applied, current, updatedTime of secrets whose version changed",
    applied: "JSON: commit, secrets, appliedAt, runUrl recorded after a successful apply"
  },
  secrets: ["GITHUB_TOKEN", "VAULT_TOKEN"],
  clusterToken: true,
  freezeGuard: true,
  needs: (q) => [...clusterTokenNeed(q.config, q.options), ...q.config.infra?.vault ? [{ env: "VAULT_TOKEN", why: "infra.vault" }] : []],
  load: async () => (await import("./infra-sync-WPQ62EOI.js")).infraSync
});

export {
  infraSyncStage
};
