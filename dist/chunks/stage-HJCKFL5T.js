import { createRequire as __sgRequire } from 'node:module'; const require = __sgRequire(import.meta.url);
import {
  declareStage
} from "./chunk-MN3KIH56.js";
import "./chunk-EP666XB4.js";

// src/stages/deployment-status/stage.ts
var deploymentStatusStage = declareStage({
  name: "deployment-status",
  description: "Record the deployment in GitHub (Deployments API): in_progress, success or failure, linked to the run",
  options: [
    { name: "state", type: "string", description: "in_progress (creates the deployment unless deployment-id), success or failure" },
    { name: "deployment-id", type: "string", description: "The deployment an earlier step created" },
    { name: "environment", type: "string", description: "Environment of the deployment", default: "production" },
    { name: "ref", type: "string", description: "Commit recorded (default: GITHUB_SHA)" },
    { name: "description", type: "string", description: "Short description (at most 140 characters)" }
  ],
  outputs: { deploymentId: "The deployment id (for the later status updates)", state: "The state recorded" },
  secrets: ["GITHUB_TOKEN"],
  needs: (q) => q.dryRun ? [] : [{ env: "GITHUB_TOKEN", why: "the Deployments API of the run's repository" }],
  load: async () => (await import("./deployment-status-IK6WR3HZ.js")).deploymentStatus
});
export {
  deploymentStatusStage
};
