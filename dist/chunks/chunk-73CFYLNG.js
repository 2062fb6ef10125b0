import { createRequire as __sgRequire } from 'node:module'; const require = __sgRequire(import.meta.url);
import {
  text
} from "./chunk-N6UHWS4B.js";
import {
  pickCluster
} from "./chunk-OXNICSTU.js";
import {
  parseDuration
} from "./chunk-4PSKXZ4E.js";
import {
  UsageError
} from "./chunk-HO53TWSA.js";

// src/stages/infra-sync/options.ts
var infraSyncOptionSpecs = [
  {
    name: "cluster",
    type: "string",
    description: "Cluster whose applied state is read and recorded (default: the cluster named like deployment, else the only one)"
  }
];
function parseInfraSyncOptions(raw, config) {
  if (!config.infra)
    throw new UsageError(
      "infra is not configured",
      "add infra: { remote: \u2026, ref: main, command: [make, deploy], env: { DEPLOYMENT: prod } } to the configuration"
    );
  const timeoutMs = parseDuration(config.infra.timeout ?? "30m", "infra.timeout");
  if (timeoutMs > 48 * 36e5) throw new UsageError(`infra.timeout: ${config.infra.timeout} is longer than 48h`, "write e.g. 30m");
  return { cluster: pickCluster(config, text(raw, "cluster")), timeoutMs };
}

export {
  infraSyncOptionSpecs,
  parseInfraSyncOptions
};
