import { createRequire as __sgRequire } from 'node:module'; const require = __sgRequire(import.meta.url);
import {
  thisRunSpecs
} from "./chunk-ZQLMO47E.js";
import {
  clusterScopeSpecs
} from "./chunk-2WVUDK2O.js";
import {
  clusterTokenNeed
} from "./chunk-MS6WDQCW.js";
import {
  declareStage
} from "./chunk-MN3KIH56.js";

// src/stages/rollback/stage.ts
var rollbackStage = declareStage({
  name: "rollback",
  description: "Return every image stream in scope to its previous image (pinned against the scheduled import) and every configured workload to the images it ran before import-images set them, and watch the rollout",
  options: [
    ...clusterScopeSpecs,
    {
      name: "to",
      type: "list",
      description: "Roll this stream back to this digest instead of the previous image: stream=sha256:\u2026 (repeatable)"
    },
    ...thisRunSpecs
  ],
  outputs: {
    workloads: "JSON list: per configured workload component, workload, containers (name, from, to), source, status, note, error",
    streams: "JSON list: per stream component, stream, tag, from, to, pinnedTo, status, liftedBy, error",
    rollouts: "JSON list: per workload kind, name, streams, desired, updated, ready, old, done, waiting",
    wouldRoll: "JSON list (--dry-run): per workload that would roll kind, name, replicas, streams",
    remediations: "JSON list: force-deleted pods and re-imports, with the reason"
  },
  secrets: [],
  clusterToken: true,
  needs: (q) => clusterTokenNeed(q.config, q.options),
  load: async () => (await import("./rollback-SCTN242F.js")).rollback
});

export {
  rollbackStage
};
