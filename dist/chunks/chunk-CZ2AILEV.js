import { createRequire as __sgRequire } from 'node:module'; const require = __sgRequire(import.meta.url);
import {
  moveStableOptionSpecs
} from "./chunk-TYW5OMUR.js";
import {
  declareStage
} from "./chunk-MN3KIH56.js";
import {
  list
} from "./chunk-N6UHWS4B.js";

// src/stages/move-stable/stage.ts
var moveStableStage = declareStage({
  name: "move-stable",
  description: "Move the target branch (stable) to the source branch (main) in every component, in dependency order",
  options: moveStableOptionSpecs,
  outputs: {
    components: "JSON list: per component name, repository, previous, current, action, commits, status, reason, compareUrl, promoted, imagesBefore",
    moved: "JSON list of the names of the components whose target branch moved"
  },
  secrets: ["GITHUB_TOKEN"],
  freezeGuard: true,
  needs: (q) => {
    const only = list(q.options, "only");
    const viaApi = q.config.components.filter((c) => c.transport.kind === "github" && (!only.length || only.includes(c.name)));
    return viaApi.length && !q.dryRun ? [{ env: "GITHUB_TOKEN", why: `components moved through the GitHub API: ${viaApi.map((c) => c.name).join(", ")}` }] : [];
  },
  load: async () => (await import("./move-stable-ZQLPRN26.js")).moveStable
});

export {
  moveStableStage
};
