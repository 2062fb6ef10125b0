import { createRequire as __sgRequire } from 'node:module'; const require = __sgRequire(import.meta.url);
import {
  UsageError
} from "./chunk-HO53TWSA.js";

// src/kube/cluster.ts
import path from "node:path";
var suffixOf = (cluster) => cluster.toUpperCase().replace(/[-.]/g, "_");
function tokenEnvFor(cluster) {
  return `OPENSHIFT_TOKEN_${suffixOf(cluster)}`;
}
function kubeTokenEnvFor(cluster) {
  return `KUBE_TOKEN_${suffixOf(cluster)}`;
}
function kubeconfigFiles(env) {
  const listed = (env.KUBECONFIG ?? "").split(path.delimiter).filter(Boolean);
  if (listed.length) return listed;
  const home = env.HOME ?? env.USERPROFILE;
  return home ? [path.join(home, ".kube", "config")] : [];
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
  const base = {
    name,
    server: cluster.server.replace(/\/+$/, ""),
    namespace: cluster.namespace,
    ...cluster.caFile ? { caFile: cluster.caFile } : {}
  };
  for (const tokenEnv of [kubeTokenEnvFor(name), tokenEnvFor(name)]) {
    const token = env[tokenEnv]?.trim();
    if (token) return { ...base, tokenEnv, token };
  }
  if (cluster.context) {
    const files = kubeconfigFiles(env);
    if (!files.length)
      throw new UsageError(
        `clusters.${name}.context: no kubeconfig to read context "${cluster.context}" from`,
        "set KUBECONFIG to the kubeconfig file (or HOME, for ~/.kube/config)"
      );
    return { ...base, tokenEnv: `kubeconfig context ${cluster.context}`, token: "", context: { name: cluster.context, files } };
  }
  throw new UsageError(
    `${tokenEnvFor(name)} is not set (nor ${kubeTokenEnvFor(name)}, nor clusters.${name}.context): the credentials of cluster "${name}" (${cluster.server}) come from one of them`,
    `set ${kubeTokenEnvFor(name)} to a token of a service account allowed in namespace ${cluster.namespace} (kubectl create token <sa>, oc whoami -t), or name a kubeconfig context in clusters.${name}.context; see docs/kubernetes.md for the Role it needs`
  );
}

export {
  tokenEnvFor,
  kubeTokenEnvFor,
  pickCluster,
  resolveCluster
};
