import { createRequire as __sgRequire } from 'node:module'; const require = __sgRequire(import.meta.url);
import {
  waitImagesOptionSpecs
} from "./chunk-CEIITLQ4.js";
import {
  declareStage
} from "./chunk-MN3KIH56.js";
import {
  text
} from "./chunk-N6UHWS4B.js";

// src/stages/wait-images/stage.ts
var waitImagesStage = declareStage({
  name: "wait-images",
  description: "Wait until the images of the moved components are built from the new stable and in their registry",
  options: waitImagesOptionSpecs,
  outputs: {
    images: "JSON list: per image component, image, sha, kind, ready, digest, platforms, matchedBy, weakEvidence, buildRuns, readyAt, missing",
    digests: "JSON object: image \u2192 digest of each ready image (also of a failed wait)"
  },
  secrets: ["GITHUB_TOKEN", "QUAY_TOKEN"],
  needs: (q) => {
    const moved = text(q.options, "moved") !== void 0;
    const api = q.config.components.filter((c) => c.images.length && (c.build || !moved && c.transport.kind === "github"));
    return api.length ? [{ env: "GITHUB_TOKEN", why: `build runs and stable heads of ${api.map((c) => c.name).join(", ")}` }] : [];
  },
  load: async () => (await import("./wait-images-3ABQ3WKU.js")).waitImages
});

export {
  waitImagesStage
};
