import type { Clock } from '../core/clock.ts';
import { StageError, UsageError } from '../core/errors.ts';
import { fetchWithRetry, readJson, type HttpOptions } from '../core/http.ts';
import type { Logger } from '../core/logger.ts';

/** What infra-sync needs of a KV v2 secret: which version is current, and since when. */
export interface SecretVersion {
  path: string;
  version: number;
  updatedTime: string;
}

export interface VaultClient {
  /** `GET /v1/<mount>/metadata/<path>`; reads metadata only, never the secret's values. */
  secretVersion(path: string): Promise<SecretVersion>;
}

export interface VaultClientOptions {
  url: string;
  /** KV v2 mount, default `secret`. */
  mount?: string;
  token: string | undefined;
  logger: Logger;
  clock?: Clock;
}

interface MetadataAnswer {
  data?: { current_version?: unknown; updated_time?: unknown };
}

export function createVaultClient(options: VaultClientOptions): VaultClient {
  if (!options.token)
    throw new UsageError(
      'VAULT_TOKEN is not set: the secret versions are read from Vault',
      'set VAULT_TOKEN (action input vault-token) to a token whose policy may read the metadata of the configured paths',
    );
  const base = options.url.replace(/\/+$/, '');
  const mount = (options.mount ?? 'secret').replace(/^\/+|\/+$/g, '');
  const http: HttpOptions = {
    service: 'Vault',
    logger: options.logger,
    ...(options.clock ? { clock: options.clock } : {}),
    headers: { 'x-vault-token': options.token, accept: 'application/json' },
  };
  return {
    async secretVersion(path) {
      const clean = path.replace(/^\/+|\/+$/g, '');
      const url = `${base}/v1/${mount}/metadata/${clean.split('/').map(encodeURIComponent).join('/')}`;
      const response = await fetchWithRetry(url, {}, http);
      if (response.status === 404) {
        throw new StageError(
          `Vault has no secret ${mount}/${clean} (HTTP 404 on its metadata)`,
          `check infra.vault.paths and infra.vault.mount (KV v2 mount "${mount}")`,
        );
      }
      if (response.status === 401 || response.status === 403) {
        throw new StageError(
          `Vault refused to read the metadata of ${mount}/${clean} (HTTP ${response.status})`,
          `give the token of VAULT_TOKEN a policy with read on "${mount}/metadata/${clean}"`,
        );
      }
      const body = await readJson<MetadataAnswer>(response, `GET /v1/${mount}/metadata/${clean}`, 'Vault');
      const version = body.data?.current_version;
      const updated = body.data?.updated_time;
      if (typeof version !== 'number' || !Number.isInteger(version) || typeof updated !== 'string') {
        throw new StageError(
          `Vault's metadata of ${mount}/${clean} has no current_version/updated_time; is ${mount} a KV version 2 mount?`,
          'infra.vault.mount must name a KV v2 secrets engine',
        );
      }
      return { path: clean, version, updatedTime: updated };
    },
  };
}
