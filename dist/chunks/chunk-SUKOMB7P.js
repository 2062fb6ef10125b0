import { createRequire as __sgRequire } from 'node:module'; const require = __sgRequire(import.meta.url);
import {
  chatNeeds
} from "./chunk-MS6WDQCW.js";
import {
  declareStage
} from "./chunk-MN3KIH56.js";

// src/stages/topic-notify/stage.ts
var topicNotifyStage = declareStage({
  name: "topic-notify",
  description: `Save each chat room's topic and set the "deploying" notice (Matrix and Slack)`,
  options: [
    { name: "run-url", type: "string", description: "URL of this deployment run for the notice (default: the GitHub Actions run)" }
  ],
  outputs: {
    rooms: "JSON list: per room platform, room, outcome, before, after, saved, posted, error, notice (Slack: ts of the pinned notice message)",
    saved: 'JSON object: "platform:room" \u2192 the original topic, saved for topic-revert'
  },
  secrets: ["MATRIX_ACCESS_TOKEN", "SLACK_BOT_TOKEN"],
  needs: (q) => chatNeeds(q.config),
  load: async () => (await import("./topic-notify-RNSKGTHP.js")).topicNotify
});

export {
  topicNotifyStage
};
