import { createRequire as __sgRequire } from 'node:module'; const require = __sgRequire(import.meta.url);
import {
  chatNeeds
} from "./chunk-MS6WDQCW.js";
import {
  declareStage
} from "./chunk-MN3KIH56.js";

// src/stages/topic-revert/stage.ts
var topicRevertStage = declareStage({
  name: "topic-revert",
  description: `Restore each room's saved topic where it still shows our notice; --status failed sets the "failed" notice`,
  options: [
    {
      name: "status",
      type: "string",
      description: "success restores the topics; failed sets the failed notice and posts it",
      default: "success"
    },
    { name: "run-url", type: "string", description: "URL of the deployment run (default: the GitHub Actions run)" },
    {
      name: "notified",
      type: "string",
      description: "What topic-notify gave (its result, rooms or saved output): used where the room no longer shows the saved topic"
    },
    {
      name: "moved",
      type: "string",
      description: "Components whose stable moved (move-stable's moved output, or a comma list): named in the finished notice"
    },
    {
      name: "started-at",
      type: "string",
      description: "When the deployment started (ISO 8601, e.g. the sign-off time): the finished notice says how long it took"
    }
  ],
  outputs: {
    rooms: "JSON list: per room platform, room, outcome, before, after, saved, posted, error, hint, notice",
    saved: 'JSON object: "platform:room" \u2192 the original topic still saved (after --status failed)'
  },
  secrets: ["MATRIX_ACCESS_TOKEN", "SLACK_BOT_TOKEN"],
  needs: (q) => chatNeeds(q.config),
  load: async () => (await import("./topic-revert-WN3VR6ET.js")).topicRevert
});

export {
  topicRevertStage
};
