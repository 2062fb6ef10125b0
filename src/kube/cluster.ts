import { UsageError } from '../core/errors.ts';
import type { Config } from '../config/types.ts';

export interface ClusterTarget {
  name: string;
  server: string;
  namespace: string;
  /** Absolute path (the config loader resolved it against the configuration file). */
  caFile?: string;
  /** The environment variable the token came from, named in errors. */
  tokenEnv: string;
  token: string;
}

/** OPENSHIFT_TOKEN_<NAME>: upper-cased, "-" and "." as "_". */
export function tokenEnvFor(cluster: string): string {
  return `OPENSHIFT_TOKEN_${cluster.toUpperCase().replace(/[-.]/g, '_')}`;
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
  const tokenEnv = tokenEnvFor(name);
  const token = env[tokenEnv]?.trim();
  if (!token) {
    throw new UsageError(
      `${tokenEnv} is not set: the token of cluster "${name}" (${cluster.server}) comes from it`,
      `set ${tokenEnv} to a token of a service account allowed in namespace ${cluster.namespace}` +
        ` (oc create token <sa>, or oc whoami -t); see docs/cluster.md for the Role it needs`,
    );
  }
  return {
    name,
    server: cluster.server.replace(/\/+$/, ''),
    namespace: cluster.namespace,
    ...(cluster.caFile ? { caFile: cluster.caFile } : {}),
    tokenEnv,
    token,
  };
}
