import { createRequire as __sgRequire } from 'node:module'; const require = __sgRequire(import.meta.url);
import {
  STEPS,
  deployOptionSpecs
} from "./chunk-VF35NURU.js";
import {
  declareStage
} from "./chunk-MN3KIH56.js";

// src/stages/deploy/stage.ts
var deployStage = declareStage({
  name: "deploy",
  description: "The whole deployment: pre-flight, notice, move stable, images, infra, import, verify, restore topics (rollback on failure)",
  options: deployOptionSpecs,
  outputs: {
    steps: "JSON list: per step id, stage, status (ok, failed, skipped, unavailable, not-run), changed, durationMs, reason, error",
    moved: "JSON list of the components whose stable moved",
    to: "component=sha pairs (comma-separated) of what moved or would move: pass to move-stable as to",
    only: "The components of to, comma-separated: pass to move-stable as only",
    digests: "JSON object: image \u2192 digest of the new images",
    freeze: "The freeze window in force (JSON), or null",
    stateFile: "Path of the state file (resume with --from)",
    results: "JSON object: step id \u2192 that stage's full result"
  },
  // Every secret any step's stage can read.
  secrets: [...new Set(STEPS.flatMap((s) => s.stage.secrets))],
  clusterToken: true,
  // deploy checks its steps' needs itself, once the state file and --from are known (secrets.ts).
  needs: () => [],
  load: async () => (await import("./deploy-O5MKERQL.js")).deploy
});

export {
  deployStage
};
