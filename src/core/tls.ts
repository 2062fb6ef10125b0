import { UsageError } from './errors.ts';

/**
 * Node turns certificate verification off for every connection of the process (fetch, the
 * Kubernetes client, the chat SDKs) when this variable is "0"; tokens would then go to whoever
 * answers. A run refuses to start instead of talking to production unverified.
 */
export const TLS_OFF_VARIABLE = 'NODE_TLS_REJECT_UNAUTHORIZED';

/** The refusal when the environment turns TLS verification off, else undefined. */
export function insecureTls(env: Record<string, string | undefined>): UsageError | undefined {
  const value = env[TLS_OFF_VARIABLE];
  // Node (and undici) read exactly "0" as off; any other value leaves verification on.
  if (value !== '0') return undefined;
  return new UsageError(
    `${TLS_OFF_VARIABLE}=0 is set: it turns certificate verification off for every connection, ` +
      'so this run refuses to start rather than send its tokens to a server it cannot verify',
    `unset ${TLS_OFF_VARIABLE}; to trust a private CA, give its PEM file as caFile of the cluster in the configuration ` +
      '(clusters.<name>.caFile) or in NODE_EXTRA_CA_CERTS for every other service',
  );
}
