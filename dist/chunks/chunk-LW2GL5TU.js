import { createRequire as __sgRequire } from 'node:module'; const require = __sgRequire(import.meta.url);
import {
  UsageError
} from "./chunk-HO53TWSA.js";

// src/kube/cluster.ts
function tokenEnvFor(cluster) {
  return `OPENSHIFT_TOKEN_${cluster.toUpperCase().replace(/[-.]/g, "_")}`;
}
function pickCluster(config, requested) {
  const names = Object.keys(config.clusters);
  if (!names.length) {
    throw new UsageError(
      "no cluster configured: the configuration has no clusters section",
      "add clusters: { prod: { server: https://api.example.com:6443, namespace: my-ns, caFile: ca.pem } }"
    );
  }
  if (requested) {
    if (!names.includes(requested)) throw new UsageError(`--cluster: unknown cluster "${requested}"; configured: ${names.join(", ")}`);
    return requested;
  }
  if (names.includes(config.deployment)) return config.deployment;
  if (names.length === 1) return names[0];
  throw new UsageError(
    `--cluster is needed: ${names.length} clusters are configured (${names.join(", ")}) and none is named like deployment "${config.deployment}"`,
    `pass --cluster ${names[0]}`
  );
}
function resolveCluster(config, requested, env) {
  const name = pickCluster(config, requested);
  const cluster = config.clusters[name];
  const tokenEnv = tokenEnvFor(name);
  const token = env[tokenEnv]?.trim();
  if (!token) {
    throw new UsageError(
      `${tokenEnv} is not set: the token of cluster "${name}" (${cluster.server}) comes from it`,
      `set ${tokenEnv} to a token of a service account allowed in namespace ${cluster.namespace} (oc create token <sa>, or oc whoami -t); see docs/cluster.md for the Role it needs`
    );
  }
  return {
    name,
    server: cluster.server.replace(/\/+$/, ""),
    namespace: cluster.namespace,
    ...cluster.caFile ? { caFile: cluster.caFile } : {},
    tokenEnv,
    token
  };
}

export {
  tokenEnvFor,
  pickCluster,
  resolveCluster
};
