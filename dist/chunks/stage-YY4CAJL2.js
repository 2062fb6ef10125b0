import { createRequire as __sgRequire } from 'node:module'; const require = __sgRequire(import.meta.url);
import {
  declareStage
} from "./chunk-MN3KIH56.js";
import "./chunk-EP666XB4.js";

// src/stages/run-timeline/stage.ts
var runTimelineStage = declareStage({
  name: "run-timeline",
  description: "Draw the whole workflow run as a Mermaid Gantt in the job summary, from the run's jobs (waits for approval included)",
  options: [
    { name: "run-id", type: "string", description: "The workflow run (default: GITHUB_RUN_ID, this run)" },
    { name: "repository", type: "string", description: "owner/name of the run (default: GITHUB_REPOSITORY)" },
    {
      name: "approval-job",
      type: "string",
      description: "Name of the job that waits for the environment's reviewers: its queue time is drawn as the wait for approval",
      default: "sign-off"
    },
    { name: "summary", type: "string", description: "Also write the timeline as Markdown to this file" }
  ],
  outputs: {
    jobs: "JSON list: per job name, status, conclusion, createdAt, startedAt, completedAt (epoch ms)",
    totalMs: "From the first job queued to the last one finished (or now, for jobs still running)",
    approvalWaitMs: "How long the run waited for approval (0 when no job waited)"
  },
  secrets: ["GITHUB_TOKEN"],
  needs: () => [{ env: "GITHUB_TOKEN", why: "the run's jobs (actions: read)" }],
  load: async () => (await import("./run-timeline-JPCOA6VK.js")).runTimeline
});
export {
  runTimelineStage
};
