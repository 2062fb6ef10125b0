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

// src/stages/import-images/stage.ts
var importImagesStage = declareStage({
  name: "import-images",
  description: "Import the new images into their image streams (oc import-image) and watch the rollout, fixing stuck pods",
  options: clusterScopeSpecs,
  outputs: {
    streams: "JSON list: per stream component, stream, tag, image, previous, digest, status, pinLifted, error",
    rollouts: "JSON list: per workload kind, name, streams, desired, updated, ready, old, done, waiting",
    wouldRoll: "JSON list (--dry-run): per workload that would roll kind, name, replicas, streams",
    remediations: "JSON list: force-deleted pods and re-imports, with the reason"
  },
  secrets: [],
  clusterToken: true,
  needs: (q) => clusterTokenNeed(q.config, q.options),
  load: async () => (await import("./import-images-OIWL5OZZ.js")).importImages
});

export {
  importImagesStage
};
