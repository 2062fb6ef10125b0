import { createRequire as __sgRequire } from 'node:module'; const require = __sgRequire(import.meta.url);
import {
  declareStage
} from "./chunk-MN3KIH56.js";
import "./chunk-EP666XB4.js";

// src/stages/sign-off/stage.ts
var signOffStage = declareStage({
  name: "sign-off",
  description: "Prove that a reviewer approved this workflow run (its environment reviews); fail when nobody did",
  options: [
    { name: "repository", type: "string", description: "owner/name of the run (default: GITHUB_REPOSITORY)" },
    { name: "run-id", type: "string", description: "The workflow run (default: GITHUB_RUN_ID)" },
    { name: "environment", type: "string", description: "Only approvals of this environment count (default: any)" },
    { name: "ignore-freeze", type: "boolean", description: "Sign off even inside a freeze window of the configuration (an emergency)" }
  ],
  outputs: {
    approvedBy: "JSON list of the logins who approved",
    approvals: "JSON list: per review state, user, comment, environments",
    freeze: "The freeze window the approval came in (JSON), or null",
    approvedAt: "When this job found the approval (ISO time): pass it as approved-at to the jobs that change production"
  },
  secrets: ["GITHUB_TOKEN"],
  needs: () => [{ env: "GITHUB_TOKEN", why: "the approvals of the run (actions: read)" }],
  load: async () => (await import("./sign-off-R3JIRZZ5.js")).signOff
});
export {
  signOffStage
};
