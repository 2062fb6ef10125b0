import { createRequire as __sgRequire } from 'node:module'; const require = __sgRequire(import.meta.url);
import {
  declareStage
} from "./chunk-MN3KIH56.js";
import "./chunk-EP666XB4.js";

// src/stages/approval-request/stage.ts
var approvalRequestStage = declareStage({
  name: "approval-request",
  description: "Ask the approval rooms (chat.approvals) to sign off what the plan would deploy, once per run; --update records the verdict, --remind the one reminder",
  options: [
    { name: "plan", type: "string", description: "The plan job's result (deploy --plan): what moves, commits, titles, freeze status" },
    { name: "run-url", type: "string", description: "Where reviewers approve (default: the GitHub Actions run)" },
    { name: "run-id", type: "string", description: "The run asked about (default: GITHUB_RUN_ID); with --remind: only that run" },
    {
      name: "update",
      type: "string",
      description: "After the sign-off job: approved, rejected or timed-out; edits the request to say so"
    },
    { name: "approved-by", type: "string", description: "Who approved (sign-off's approved-by output, a JSON list, or a comma list)" },
    { name: "approved-at", type: "string", description: "When (sign-off's approvedAt; default: now)" },
    {
      name: "remind",
      type: "boolean",
      description: "Post the one reminder under each request still waiting longer than chat.approvalReminder (for a schedule)"
    }
  ],
  outputs: {
    mode: "request, update or remind",
    marker: "owner/name#run_id: the run the messages are about",
    rooms: "JSON list: per room platform, room, outcome, ref (Matrix event id, Slack ts), error"
  },
  secrets: ["MATRIX_ACCESS_TOKEN", "SLACK_BOT_TOKEN"],
  needs: (q) => [
    ...q.config.chat.approvals?.matrix?.length ? [{ env: "MATRIX_ACCESS_TOKEN", why: "chat.approvals.matrix" }] : [],
    ...q.config.chat.approvals?.slack?.length ? [{ env: "SLACK_BOT_TOKEN", why: "chat.approvals.slack" }] : []
  ],
  load: async () => (await import("./approval-request-QWMGZHKX.js")).approvalRequest
});
export {
  approvalRequestStage
};
