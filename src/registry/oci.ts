import { createHash } from 'node:crypto';
import { StageError } from '../core/errors.ts';
import { fetchWithRetry, type HttpOptions } from '../core/http.ts';
import { readRegistryJson } from './http.ts';
import { platformOf, RegistryRefusedError, REVISION_LABEL, type ImageInfo, type ImageRef, type RegistryClient } from './types.ts';

const MANIFEST_TYPES = [
  'application/vnd.oci.image.index.v1+json',
  'application/vnd.docker.distribution.manifest.list.v2+json',
  'application/vnd.oci.image.manifest.v1+json',
  'application/vnd.docker.distribution.manifest.v2+json',
].join(', ');

interface Manifest {
  mediaType?: string;
  manifests?: Array<{ digest: string; platform?: { os?: string; architecture?: string; variant?: string } }>;
  config?: { digest: string };
  annotations?: Record<string, string>;
}

interface ImageConfig {
  os?: string;
  architecture?: string;
  variant?: string;
  config?: { Labels?: Record<string, string> | null };
}

/**
 * Any registry through the OCI distribution API: a HEAD per poll for the digest, the manifest
 * and config only when the digest is new, and the bearer-token dance where the registry asks.
 */
export class OciRegistry implements RegistryClient {
  private readonly apiUrl: string;
  private readonly http: HttpOptions;
  private readonly basic: string | undefined;
  private readonly tokens = new Map<string, string>();
  private readonly byDigest = new Map<string, ImageInfo>();
  requests = 0;

  constructor(apiUrl: string, http: HttpOptions, credentials?: { username: string; password: string }) {
    this.apiUrl = apiUrl.replace(/\/+$/, '');
    this.http = http;
    this.basic = credentials ? Buffer.from(`${credentials.username}:${credentials.password}`).toString('base64') : undefined;
  }

  private async request(repository: string, path: string, method: 'GET' | 'HEAD', accept?: string): Promise<Response> {
    const url = `${this.apiUrl}/v2/${repository}/${path}`;
    const send = (): Promise<Response> => {
      const token = this.tokens.get(repository);
      const headers: Record<string, string> = { ...(accept ? { accept } : {}) };
      if (token) headers.authorization = `Bearer ${token}`;
      else if (this.basic) headers.authorization = `Basic ${this.basic}`;
      this.requests++;
      return fetchWithRetry(url, { method, headers }, this.http);
    };
    let response = await send();
    const challenge = response.headers.get('www-authenticate');
    if (response.status === 401 && challenge?.toLowerCase().startsWith('bearer ')) {
      await response.body?.cancel();
      this.tokens.set(repository, await this.token(challenge, repository));
      response = await send();
    }
    if (response.status === 401 || response.status === 403) {
      await response.body?.cancel();
      throw new RegistryRefusedError(
        `${this.http.service} refused ${method} /v2/${repository}/${path.replace(/\?.*/, '')} (HTTP ${response.status})`,
        'check that the repository exists and that the registry lets this runner read it',
      );
    }
    return response;
  }

  /** RFC 6750 challenge → token endpoint (Docker token authentication). */
  private async token(challenge: string, repository: string): Promise<string> {
    const params = Object.fromEntries([...challenge.slice(7).matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1]!, m[2]!]));
    if (!params.realm) throw new StageError(`${this.http.service}: the bearer challenge names no realm`);
    const url = new URL(params.realm);
    if (params.service) url.searchParams.set('service', params.service);
    url.searchParams.set('scope', params.scope ?? `repository:${repository}:pull`);
    this.requests++;
    const response = await fetchWithRetry(
      url.toString(),
      { headers: this.basic ? { authorization: `Basic ${this.basic}` } : {} },
      this.http,
    );
    if (response.status === 401 || response.status === 403) {
      await response.body?.cancel();
      throw new RegistryRefusedError(
        `${this.http.service}: the token endpoint ${url.origin}${url.pathname} refused a token for ${repository} (HTTP ${response.status})`,
        'check the registry credentials',
      );
    }
    const body = await readRegistryJson<{ token?: string; access_token?: string }>(
      response,
      `GET ${url.origin}${url.pathname} (token endpoint)`,
      this.http.service,
    );
    const token = body.token ?? body.access_token;
    if (!token) throw new StageError(`${this.http.service}: the token endpoint answered without a token`);
    return token;
  }

  private async json<T>(repository: string, path: string, accept: string): Promise<{ body: T; digest: string } | null> {
    const response = await this.request(repository, path, 'GET', accept);
    if (response.status === 404) {
      await response.body?.cancel();
      return null;
    }
    const what = `GET /v2/${repository}/${path}`;
    const header = response.headers.get('docker-content-digest');
    const clone = header ? undefined : response.clone();
    const body = await readRegistryJson<T>(response, what, this.http.service);
    // The digest is of the exact bytes served, so hash the raw text when the header is missing.
    const digest =
      header ??
      `sha256:${createHash('sha256')
        .update(await clone!.text())
        .digest('hex')}`;
    return { body, digest };
  }

  async inspect(ref: ImageRef): Promise<ImageInfo | null> {
    const head = await this.request(ref.repository, `manifests/${ref.tag}`, 'HEAD', MANIFEST_TYPES);
    if (head.status === 404) return null;
    const known = head.headers.get('docker-content-digest');
    if (known && this.byDigest.has(known)) return this.byDigest.get(known)!;
    const manifest = await this.json<Manifest>(ref.repository, `manifests/${ref.tag}`, MANIFEST_TYPES);
    if (!manifest) return null;
    const info = await this.describe(ref.repository, manifest.body, manifest.digest);
    this.byDigest.set(manifest.digest, info);
    return info;
  }

  private async describe(repository: string, manifest: Manifest, digest: string): Promise<ImageInfo> {
    if (manifest.manifests) {
      const platforms = manifest.manifests.map((m) => platformOf(m.platform)).filter((p): p is string => !!p);
      let revision = manifest.annotations?.[REVISION_LABEL];
      const first = manifest.manifests.find((m) => platformOf(m.platform));
      if (!revision && first) {
        const child = await this.json<Manifest>(repository, `manifests/${first.digest}`, MANIFEST_TYPES);
        if (child?.body.config) revision = (await this.config(repository, child.body.config.digest))?.config?.Labels?.[REVISION_LABEL];
      }
      return { digest, platforms, ...(revision ? { revision } : {}) };
    }
    const config = manifest.config ? await this.config(repository, manifest.config.digest) : undefined;
    const platform = platformOf(config ?? undefined);
    const revision = manifest.annotations?.[REVISION_LABEL] ?? config?.config?.Labels?.[REVISION_LABEL];
    return { digest, platforms: platform ? [platform] : [], ...(revision ? { revision } : {}) };
  }

  private async config(repository: string, digest: string): Promise<ImageConfig | undefined> {
    return (await this.json<ImageConfig>(repository, `blobs/${digest}`, '*/*'))?.body;
  }

  async tagsContaining(ref: ImageRef, text: string): Promise<Array<{ tag: string; digest: string }>> {
    const names: string[] = [];
    let path: string | undefined = 'tags/list?n=1000';
    while (path) {
      const response = await this.request(ref.repository, path, 'GET', 'application/json');
      if (response.status === 404) {
        await response.body?.cancel();
        return [];
      }
      const body = await readRegistryJson<{ tags?: string[] | null }>(
        response,
        `GET /v2/${ref.repository}/${path.replace(/\?.*/, '')}`,
        this.http.service,
      );
      names.push(...(body.tags ?? []));
      // Pagination: Link: </v2/<name>/tags/list?n=1000&last=x>; rel="next"
      const next = /<[^>]*\/v2\/[^>]*?\/(tags\/list\?[^>]*)>;\s*rel="next"/.exec(response.headers.get('link') ?? '');
      path = next?.[1];
    }
    const out: Array<{ tag: string; digest: string }> = [];
    for (const tag of names.filter((n) => n.includes(text))) {
      const head = await this.request(ref.repository, `manifests/${tag}`, 'HEAD', MANIFEST_TYPES);
      const digest = head.headers.get('docker-content-digest');
      if (head.ok && digest) out.push({ tag, digest });
    }
    return out;
  }
}
