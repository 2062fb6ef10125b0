import { createRequire as __sgRequire } from 'node:module'; const require = __sgRequire(import.meta.url);
import {
  quayCleanupOptionSpecs
} from "./chunk-Z2YIS2LL.js";
import {
  declareStage
} from "./chunk-MN3KIH56.js";
import "./chunk-N6UHWS4B.js";
import "./chunk-4PSKXZ4E.js";
import "./chunk-HO53TWSA.js";
import "./chunk-EP666XB4.js";

// src/stages/quay-cleanup/stage.ts
var quayCleanupStage = declareStage({
  name: "quay-cleanup",
  description: "Delete old Quay tags nobody runs (older than quayCleanup.olderThan, beyond the newest, not protected, not in an image stream)",
  options: quayCleanupOptionSpecs,
  outputs: {
    repositories: "JSON list: per repository, every tag with action (delete/keep), reason and outcome",
    deleted: "JSON list of namespace/name:tag deleted (to be deleted in a dry run)",
    bytesFreed: "Bytes freed (sized tags only; manifest lists are counted in unsizedDeleted)"
  },
  secrets: ["QUAY_TOKEN"],
  needs: (q) => q.dryRun ? [] : [{ env: "QUAY_TOKEN", why: "deleting tags through the Quay API" }],
  load: async () => (await import("./quay-cleanup-25HE4KSX.js")).quayCleanup
});
export {
  quayCleanupStage
};
