import { createRequire as __sgRequire } from 'node:module'; const require = __sgRequire(import.meta.url);
import {
  clusterScopeSpecs
} from "./chunk-D5W3Z4BH.js";
import {
  clusterTokenNeed
} from "./chunk-3XROGBFQ.js";
import {
  declareStage
} from "./chunk-SI3Y33DV.js";

// src/stages/rollback/stage.ts
var rollbackStage = declareStage({
  name: "rollback",
  description: "Return every image stream in scope to its previous image, pinned against the scheduled import, and watch the rollout",
  options: [
    ...clusterScopeSpecs,
    {
      name: "to",
      type: "list",
      description: "Roll this stream back to this digest instead of the previous image: stream=sha256:\u2026 (repeatable)"
    }
  ],
  outputs: {
    streams: "JSON list: per stream component, stream, tag, from, to, pinnedTo, status, liftedBy, error",
    rollouts: "JSON list: per workload kind, name, streams, desired, updated, ready, old, done, waiting",
    wouldRoll: "JSON list (--dry-run): per workload that would roll kind, name, replicas, streams",
    remediations: "JSON list: force-deleted pods and re-imports, with the reason"
  },
  secrets: [],
  clusterToken: true,
  needs: (q) => clusterTokenNeed(q.config, q.options),
  load: async () => (await import("./rollback-GJZ4FIMG.js")).rollback
});

export {
  rollbackStage
};
