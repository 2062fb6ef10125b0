import { createRequire as __sgRequire } from 'node:module'; const require = __sgRequire(import.meta.url);
import {
  clusterTokenNeed
} from "./chunk-MS6WDQCW.js";
import {
  healthGateOptionSpecs,
  stagingCluster
} from "./chunk-WWZXES5K.js";
import {
  declareStage
} from "./chunk-MN3KIH56.js";
import {
  flag,
  text
} from "./chunk-N6UHWS4B.js";
import {
  pickCluster
} from "./chunk-OXNICSTU.js";

// src/stages/health-gate/stage.ts
var healthGateStage = declareStage({
  name: "health-gate",
  description: "One verdict on the running service: pods, new Sentry issues, endpoints and the versions they report",
  options: healthGateOptionSpecs,
  outputs: {
    checks: "JSON list: per check name, ok, line (of the last round)",
    failed: "JSON list: names of the failed checks",
    pods: "JSON object: total, ready, problems [{pod, problem}]",
    sentry: "JSON object: window, maxNewIssues, newIssues [{shortId, title, count, link, firstSeen}]",
    endpoints: "JSON list: per endpoint url, ok, status, ms, problem, versions"
  },
  secrets: ["SENTRY_AUTH_TOKEN", "GITHUB_TOKEN"],
  // The pre-flight's token is staging's: its --cluster, else the cluster marked staging: true.
  clusterToken: (config, options) => flag(options, "preflight") && !text(options, "cluster") ? stagingCluster(config) : pickCluster(config, text(options, "cluster")),
  needs: (q) => [
    ...clusterTokenNeed(q.config, q.options),
    // The pre-flight reads staging's pods only: Sentry is production's.
    ...q.config.health.sentry && !flag(q.options, "preflight") ? [{ env: "SENTRY_AUTH_TOKEN", why: "health.sentry" }] : []
  ],
  load: async () => (await import("./health-gate-BBQMGHBO.js")).healthGate
});

export {
  healthGateStage
};
