import { createRequire as __sgRequire } from 'node:module'; const require = __sgRequire(import.meta.url);
import {
  text
} from "./chunk-N6UHWS4B.js";
import {
  pickCluster,
  tokenEnvFor
} from "./chunk-OXNICSTU.js";

// src/stages/shared/secret-needs.ts
function clusterTokenNeed(config, options, option = "cluster") {
  if (!Object.keys(config.clusters).length) return [];
  const name = pickCluster(config, text(options, option));
  const env = tokenEnvFor(name);
  return [{ env, or: [env.replace(/^OPENSHIFT_TOKEN_/, "KUBE_TOKEN_")], why: `cluster ${name}` }];
}
function chatNeeds(config) {
  const needs = [];
  if (config.chat.matrix?.rooms.length) needs.push({ env: "MATRIX_ACCESS_TOKEN", why: "chat.matrix.rooms" });
  if (config.chat.slack?.channels.length) needs.push({ env: "SLACK_BOT_TOKEN", why: "chat.slack.channels" });
  return needs;
}

export {
  clusterTokenNeed,
  chatNeeds
};
