import type { Config } from '../config/types.ts';
import type { HttpOptions } from '../core/http.ts';
import { OciRegistry } from './oci.ts';
import { QuayRegistry } from './quay.ts';
import type { RegistryClient } from './types.ts';

/** One client per registry host: quay.io through the Quay API, any other host as OCI. */
export function registryFor(host: string, config: Config, http: Omit<HttpOptions, 'service'>, env: Record<string, string | undefined>): RegistryClient {
  const apiUrl = config.registries[host]?.apiUrl ?? `https://${host}`;
  if (!config.registries[host]) http.logger.info(`registry ${host} is not under registries: in the configuration; using ${apiUrl}`);
  if (host === 'quay.io') return new QuayRegistry(apiUrl, { ...http, service: 'Quay' }, env.QUAY_TOKEN);
  return new OciRegistry(apiUrl, { ...http, service: `registry ${host}` });
}
