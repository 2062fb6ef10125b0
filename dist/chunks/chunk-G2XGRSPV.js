import { createRequire as __sgRequire } from 'node:module'; const require = __sgRequire(import.meta.url);
import {
  clusterScopeSpecs
} from "./chunk-2WVUDK2O.js";
import {
  clusterTokenNeed
} from "./chunk-MS6WDQCW.js";
import {
  declareStage
} from "./chunk-MN3KIH56.js";

// src/stages/import-images/stage.ts
var importImagesStage = declareStage({
  name: "import-images",
  description: "Import the new images into their image streams (oc import-image), set the configured workloads to them by digest, and watch the rollout, fixing stuck pods",
  options: [
    ...clusterScopeSpecs,
    {
      name: "digests",
      type: "string",
      description: "JSON object image \u2192 digest (wait-images' digests output); other images: the digest their tag has now"
    },
    {
      name: "run",
      type: "string",
      description: "The deployment run this import belongs to (default: the GitHub Actions run): a stream or workload an earlier attempt of the same run set is reported imported (set), with the image before the run, so rollback undoes it"
    }
  ],
  outputs: {
    streams: "JSON list: per stream component, stream, tag, image, previous, digest, status, pinLifted, error",
    workloads: "JSON list: per configured workload component, workload, image, digest, digestFrom, containers (name, previous, image), status, replicas, error",
    nothingToRollOut: "JSON list: components in scope with images that name neither an imageStream nor workloads",
    rollouts: "JSON list: per workload kind, name, streams, desired, updated, ready, old, done, waiting",
    wouldRoll: "JSON list (--dry-run): per workload that would roll kind, name, replicas, streams",
    remediations: "JSON list: force-deleted pods and re-imports, with the reason"
  },
  secrets: [],
  clusterToken: true,
  freezeGuard: true,
  needs: (q) => clusterTokenNeed(q.config, q.options),
  load: async () => (await import("./import-images-H7MEOTUI.js")).importImages
});

export {
  importImagesStage
};
