import { HttpDouble } from '../../src/standins/http-double.ts';

interface StoredSecret {
  versions: Array<{ created_time: string; deletion_time: string; destroyed: boolean }>;
  created_time: string;
  updated_time: string;
}

/**
 * Vault's KV version 2 metadata endpoint, `GET /v1/<mount>/metadata/<path>`, answered as Vault
 * does: `{"data": {"current_version", "updated_time", "versions", …}}`, `X-Vault-Token` checked,
 * `{"errors": ["permission denied"]}` (403) for a bad token, `{"errors": []}` (404) for no secret.
 */
export class VaultDouble extends HttpDouble {
  readonly secrets = new Map<string, StoredSecret>();
  token = 'hvs.vault-double-token-0123456789';
  mount = 'secret';

  constructor() {
    super((request) => {
      if (request.headers['x-vault-token'] !== this.token) return { status: 403, body: { errors: ['permission denied'] } };
      const prefix = `/v1/${this.mount}/metadata/`;
      if (request.method !== 'GET' || !request.path.startsWith(prefix)) return { status: 404, body: { errors: [] } };
      const path = request.path.slice(prefix.length);
      const secret = this.secrets.get(path);
      if (!secret) return { status: 404, body: { errors: [] } };
      const versions = Object.fromEntries(secret.versions.map((v, i) => [String(i + 1), v]));
      return {
        body: {
          request_id: 'b3bbf6e4-2b0c-4d1b-9f62-1f0d9d3a7e11',
          lease_id: '',
          renewable: false,
          lease_duration: 0,
          data: {
            cas_required: false,
            created_time: secret.created_time,
            current_version: secret.versions.length,
            custom_metadata: null,
            delete_version_after: '0s',
            max_versions: 0,
            oldest_version: 0,
            updated_time: secret.updated_time,
            versions,
          },
          wrap_info: null,
          warnings: null,
          auth: null,
        },
      };
    });
  }

  /** Writes a new version of the secret (the double keeps no values: infra-sync never reads them). */
  write(path: string, at = new Date()): number {
    const time = at.toISOString();
    const secret = this.secrets.get(path) ?? { versions: [], created_time: time, updated_time: time };
    secret.versions.push({ created_time: time, deletion_time: '', destroyed: false });
    secret.updated_time = time;
    this.secrets.set(path, secret);
    return secret.versions.length;
  }
}
