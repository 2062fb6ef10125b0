import type { RequestOptions } from 'node:https';
import { UsageError, errorMessage } from '../core/errors.ts';
import type { ClusterTarget } from './cluster.ts';

/** What a kubeconfig context gives a request: its user's credentials, and its CA. */
export interface ContextCredentials {
  ca?: Buffer | string;
  cert?: Buffer | string;
  key?: Buffer | string;
  /** The Authorization header its user makes (token, token file, exec plugin, auth provider). */
  authorization?: string;
}

/**
 * Reads `target.context` with @kubernetes/client-node's own loader (the files merged the way
 * kubectl merges KUBECONFIG) and applies the context's user as the library does. Loaded only
 * when a cluster names a context: the library's config module pulls in its auth providers.
 * The context must point at the configured server; a cluster entry that skips TLS verification is
 * refused, not obeyed.
 */
export async function contextCredentials(target: ClusterTarget): Promise<ContextCredentials> {
  const context = target.context!;
  const field = `clusters.${target.name}.context`;
  const { KubeConfig } = await import('@kubernetes/client-node/dist/config.js');
  const kc = new KubeConfig();
  try {
    const [first, ...rest] = context.files;
    kc.loadFromFile(first!);
    for (const file of rest) {
      const more = new KubeConfig();
      more.loadFromFile(file);
      kc.mergeConfig(more, true);
    }
  } catch (error) {
    throw new UsageError(
      `${field}: cannot read the kubeconfig ${context.files.join(', ')}: ${errorMessage(error)}`,
      'set KUBECONFIG to a readable kubeconfig file',
    );
  }
  if (!kc.getContextObject(context.name)) {
    throw new UsageError(
      `${field}: no context "${context.name}" in ${context.files.join(', ')}; ` +
        `contexts there: ${
          kc
            .getContexts()
            .map((c) => c.name)
            .join(', ') || 'none'
        }`,
      'name one of them (kubectl config get-contexts lists them)',
    );
  }
  kc.setCurrentContext(context.name);
  const cluster = kc.getCurrentCluster();
  if (!cluster) throw new UsageError(`${field}: context "${context.name}" names no cluster`, 'fix the context in the kubeconfig');
  if (cluster.skipTLSVerify)
    throw new UsageError(
      `${field}: the kubeconfig cluster "${cluster.name}" has insecure-skip-tls-verify; TLS verification cannot be turned off`,
      `give its CA instead (certificate-authority in the kubeconfig, or clusters.${target.name}.caFile)`,
    );
  if (cluster.server.replace(/\/+$/, '') !== target.server)
    throw new UsageError(
      `${field}: context "${context.name}" points at ${cluster.server}, not at clusters.${target.name}.server ${target.server}`,
      'name the context of this cluster, or correct server',
    );
  const options: RequestOptions = {};
  try {
    await kc.applyToHTTPSOptions(options);
  } catch (error) {
    throw new UsageError(
      `${field}: the credentials of context "${context.name}" cannot be used: ${errorMessage(error)}`,
      'check the user of the context (kubectl --context <name> auth whoami)',
    );
  }
  const headers = (options.headers ?? {}) as Record<string, string | undefined>;
  const authorization = headers.Authorization ?? headers.authorization;
  if (!authorization && !options.cert)
    throw new UsageError(
      `${field}: the user of context "${context.name}" has neither a token nor a client certificate`,
      'give the context a user with a token (kubectl config set-credentials) or set KUBE_TOKEN_<NAME>',
    );
  return {
    ...(options.ca ? { ca: options.ca as Buffer | string } : {}),
    ...(options.cert ? { cert: options.cert as Buffer | string } : {}),
    ...(options.key ? { key: options.key as Buffer | string } : {}),
    ...(authorization ? { authorization } : {}),
  };
}
