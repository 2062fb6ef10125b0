import { createRequire as __sgRequire } from 'node:module'; const require = __sgRequire(import.meta.url);
import {
  firewallCheckOptionSpecs
} from "./chunk-DPHU75SL.js";
import {
  clusterTokenNeed
} from "./chunk-MS6WDQCW.js";
import {
  declareStage
} from "./chunk-MN3KIH56.js";
import "./chunk-N6UHWS4B.js";
import "./chunk-OXNICSTU.js";
import "./chunk-4PSKXZ4E.js";
import "./chunk-HO53TWSA.js";
import "./chunk-EP666XB4.js";

// src/stages/firewall-check/stage.ts
var firewallCheckStage = declareStage({
  name: "firewall-check",
  description: "Check from inside each cluster whether domains are reachable (curl -I in a short-lived pod) and write the firewall request",
  options: firewallCheckOptionSpecs,
  outputs: {
    results: "JSON list: per cluster, domain and port the verdict (reachable, refused, timed out, DNS failure, failed, not checked) and detail",
    unreachable: "JSON list of domain:port not reachable from some cluster",
    ticket: "The firewall request text for the unreachable ones (empty when all are reachable)",
    issue: "JSON: number, url and action (created/updated/unchanged) of the tracking issue"
  },
  secrets: ["GITHUB_TOKEN"],
  clusterToken: true,
  needs: (q) => [...clusterTokenNeed(q.config, q.options)],
  load: async () => (await import("./firewall-check-KZ4TLN4M.js")).firewallCheck
});
export {
  firewallCheckStage
};
