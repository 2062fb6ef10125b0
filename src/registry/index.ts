import { createHash } from 'node:crypto';
import type { Config } from '../config/types.ts';
import type { HttpOptions } from '../core/http.ts';
import type { Logger } from '../core/logger.ts';
import { OciRegistry } from './oci.ts';
import { registryCredentials } from './credentials.ts';
import { QuayClient } from './quay.ts';
import type { RegistryClient } from './types.ts';

export { QUAY_TOKEN_HINT } from './quay.ts';
export { registryCredentials, type RegistryCredentials } from './credentials.ts';
export { RegistryRefusedError, parseImage, type ImageInfo, type ImageRef, type RegistryClient } from './types.ts';

/**
 * Clients of this run, by host, API URL, credentials and retry policy. A run has its own logger,
 * so keying on it gives "one client per registry per run" without the callers keeping them:
 * caches (digests, bearer tokens) and pacing are shared by every image of the host.
 */
const clients = new WeakMap<Logger, Map<string, RegistryClient>>();

/** The client of a registry host: quay.io through the Quay API, any other host as OCI. */
export function registryFor(
  host: string,
  config: Config,
  http: Omit<HttpOptions, 'service'>,
  env: Record<string, string | undefined>,
  /** Told the password of the credentials found, so the run masks it (ctx.secrets.add); required: no caller may forget. */
  onSecret: (value: string) => void,
): RegistryClient {
  const apiUrl = config.registries[host]?.apiUrl ?? `https://${host}`;
  const token = host === 'quay.io' ? env.QUAY_TOKEN : undefined;
  // Docker's credentials file, or the GitHub token for ghcr.io (src/registry/credentials.ts).
  const login = host === 'quay.io' ? undefined : registryCredentials(host, env);
  if (login) onSecret(login.password);
  const key = [
    host,
    apiUrl,
    token ? createHash('sha256').update(token).digest('hex') : '',
    login ? createHash('sha256').update(`${login.username}:${login.password}`).digest('hex') : '',
    JSON.stringify(http.policy ?? {}),
    JSON.stringify(http.headers ?? {}),
  ].join('\0');
  let byKey = clients.get(http.logger);
  if (!byKey) clients.set(http.logger, (byKey = new Map<string, RegistryClient>()));
  const known = byKey.get(key);
  if (known) return known;
  if (!config.registries[host]) http.logger.info(`registry ${host} is not under registries: in the configuration; using ${apiUrl}`);
  const client =
    host === 'quay.io'
      ? new QuayClient(apiUrl, { ...http, service: 'Quay' }, token)
      : new OciRegistry(apiUrl, { ...http, service: `registry ${host}` }, login);
  byKey.set(key, client);
  return client;
}
