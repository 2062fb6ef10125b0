import { createRequire as __sgRequire } from 'node:module'; const require = __sgRequire(import.meta.url);
import {
  movedSha,
  movedSpec,
  parseMoved
} from "./chunk-KPTLWIXW.js";
import {
  duration,
  flag,
  interval,
  text
} from "./chunk-N6UHWS4B.js";
import {
  pickCluster
} from "./chunk-OXNICSTU.js";
import {
  UsageError
} from "./chunk-HO53TWSA.js";

// src/stages/health-gate/options.ts
var healthGateOptionSpecs = [
  {
    name: "cluster",
    type: "string",
    description: "Cluster of the configuration whose pods are checked (default: the one named like deployment, else the only one)"
  },
  movedSpec("the commits the versions endpoint must name, instead of reading stable"),
  { name: "observe", type: "string", description: "Keep checking for this long; pass only if every round passed (e.g. 10m)" },
  { name: "interval", type: "string", description: "Pause between rounds while observing (at least 1s)", default: "30s" },
  { name: "endpoint-timeout", type: "string", description: "Longest wait for each endpoint to answer", default: "10s" },
  {
    name: "preflight",
    type: "boolean",
    description: "Pre-flight on staging before a deployment: only the pods of --cluster (Sentry and endpoints are production's); implied for a cluster with staging: true"
  }
];
function parseHealthGateOptions(raw, config) {
  const observeText = text(raw, "observe");
  const asked = text(raw, "cluster");
  const cluster = flag(raw, "preflight") && !asked ? stagingCluster(config) : clusterOption(asked, config);
  const preflight = flag(raw, "preflight") || Boolean(cluster && config.clusters[cluster]?.staging);
  return {
    preflight,
    cluster,
    moved: stableCommits(text(raw, "moved"), config),
    observeMs: observeText ? duration(raw, "observe", "10m") : 0,
    intervalMs: interval(raw, "interval", "30s"),
    endpointTimeoutMs: duration(raw, "endpoint-timeout", "10s", { min: 1, max: 5 * 6e4 })
  };
}
function stagingCluster(config) {
  const staging = Object.keys(config.clusters).filter((name) => config.clusters[name].staging);
  if (staging.length > 1)
    throw new UsageError(
      `--preflight: ${staging.length} clusters have staging: true (${staging.join(", ")})`,
      `pass --cluster ${staging[0]} (the action input cluster)`
    );
  return staging[0];
}
function clusterOption(name, config) {
  if (!name && !Object.keys(config.clusters).length) return void 0;
  return pickCluster(config, name);
}
function stableCommits(value, config) {
  if (!value) return null;
  return new Map(parseMoved(value, config).map((c) => [c.name, movedSha(c, "current")]));
}

export {
  healthGateOptionSpecs,
  parseHealthGateOptions,
  stagingCluster
};
