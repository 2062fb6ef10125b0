import path from 'node:path';
import { UsageError } from '../core/errors.ts';
import type { Config } from '../config/types.ts';

export interface ClusterTarget {
  name: string;
  server: string;
  namespace: string;
  /** Absolute path (the config loader resolved it against the configuration file). */
  caFile?: string;
  /** Where the credentials came from, named in errors: a variable, or `kubeconfig context <name>`. */
  tokenEnv: string;
  /** The bearer token; empty when a kubeconfig context supplies the credentials. */
  token: string;
  /** clusters.<name>.context: the kubeconfig context whose user (and CA, without caFile) is used. */
  context?: { name: string; files: string[] };
}

const suffixOf = (cluster: string) => cluster.toUpperCase().replace(/[-.]/g, '_');

/** OPENSHIFT_TOKEN_<NAME>: upper-cased, "-" and "." as "_". */
export function tokenEnvFor(cluster: string): string {
  return `OPENSHIFT_TOKEN_${suffixOf(cluster)}`;
}

/** KUBE_TOKEN_<NAME>: the same token under the name plain Kubernetes users expect. */
export function kubeTokenEnvFor(cluster: string): string {
  return `KUBE_TOKEN_${suffixOf(cluster)}`;
}

/** KUBECONFIG's files (path-list), else ~/.kube/config: where @kubernetes/client-node's loader looks. */
export function kubeconfigFiles(env: Record<string, string | undefined>): string[] {
  const listed = (env.KUBECONFIG ?? '').split(path.delimiter).filter(Boolean);
  if (listed.length) return listed;
  const home = env.HOME ?? env.USERPROFILE;
  return home ? [path.join(home, '.kube', 'config')] : [];
}

/** The cluster a stage talks to: --cluster NAME, else the one named like `deployment`, else the only one. */
export function pickCluster(config: Config, requested: string | undefined): string {
  const names = Object.keys(config.clusters);
  if (!names.length) {
    throw new UsageError(
      'no cluster configured: the configuration has no clusters section',
      'add clusters: { prod: { server: https://api.example.com:6443, namespace: my-ns, caFile: ca.pem } }',
    );
  }
  if (requested) {
    if (!names.includes(requested)) throw new UsageError(`--cluster: unknown cluster "${requested}"; configured: ${names.join(', ')}`);
    return requested;
  }
  if (names.includes(config.deployment)) return config.deployment;
  if (names.length === 1) return names[0]!;
  throw new UsageError(
    `--cluster is needed: ${names.length} clusters are configured (` +
      `${names.join(', ')}) and none is named like deployment "${config.deployment}"`,
    `pass --cluster ${names[0]}`,
  );
}

/** Resolves the cluster and its token before anything is read; a missing token is a usage error. */
export function resolveCluster(config: Config, requested: string | undefined, env: Record<string, string | undefined>): ClusterTarget {
  const name = pickCluster(config, requested);
  const cluster = config.clusters[name]!;
  const base = {
    name,
    server: cluster.server.replace(/\/+$/, ''),
    namespace: cluster.namespace,
    ...(cluster.caFile ? { caFile: cluster.caFile } : {}),
  };
  // A token variable wins over the context: a workflow's secret overrides a developer's kubeconfig.
  for (const tokenEnv of [kubeTokenEnvFor(name), tokenEnvFor(name)]) {
    const token = env[tokenEnv]?.trim();
    if (token) return { ...base, tokenEnv, token };
  }
  if (cluster.context) {
    const files = kubeconfigFiles(env);
    if (!files.length)
      throw new UsageError(
        `clusters.${name}.context: no kubeconfig to read context "${cluster.context}" from`,
        'set KUBECONFIG to the kubeconfig file (or HOME, for ~/.kube/config)',
      );
    return { ...base, tokenEnv: `kubeconfig context ${cluster.context}`, token: '', context: { name: cluster.context, files } };
  }
  throw new UsageError(
    `${tokenEnvFor(name)} is not set (nor ${kubeTokenEnvFor(name)}, nor clusters.${name}.context): ` +
      `the credentials of cluster "${name}" (${cluster.server}) come from one of them`,
    `set ${kubeTokenEnvFor(name)} to a token of a service account allowed in namespace ${cluster.namespace}` +
      ` (kubectl create token <sa>, oc whoami -t), or name a kubeconfig context in clusters.${name}.context;` +
      ` see docs/kubernetes.md for the Role it needs`,
  );
}
