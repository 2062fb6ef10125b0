import { StageError } from '../core/errors.ts';
import { fetchWithRetry, type HttpOptions } from '../core/http.ts';
import { systemClock } from '../core/clock.ts';
import { readRegistryJson } from './http.ts';
import { QUAY_API_LIMITS, sharedBucket, type TokenBucket } from './pacing.ts';
import { platformOf, RegistryRefusedError, REVISION_LABEL, type ImageInfo, type ImageRef, type RegistryClient } from './types.ts';

/** One entry of `GET /api/v1/repository/{repository}/tag/`. */
interface QuayTag {
  name: string;
  manifest_digest: string;
  is_manifest_list?: boolean;
  start_ts?: number;
}

interface ManifestList {
  manifests?: Array<{ digest?: string; platform?: { os?: string; architecture?: string; variant?: string } }>;
}

/**
 * What Quay's API takes (quay/quay auth/oauth.py: `/api/v1` reads only `Authorization: Bearer`
 * as an OAuth access token, an SSO JWT or, on recent Quay, a robot's scoped API token). A robot
 * account's password, the token of `docker login`, is a registry credential the API refuses.
 */
export const QUAY_TOKEN_HINT =
  'QUAY_TOKEN must be an OAuth access token of a Quay application (Organization → Applications → Generate Token, ' +
  'with "View all visible repositories"); a robot account token only works for docker login and the registry API, not for /api/v1';

/**
 * quay.io through the Quay API: tags with their manifest digests and push times, manifest lists
 * for platforms, labels for the revision. Answers are cached per digest; requests draw from a
 * token bucket with Quay's limits, shared by every client of the same API in this process.
 */
export class QuayRegistry implements RegistryClient {
  private readonly apiUrl: string;
  private readonly http: HttpOptions;
  private readonly hasToken: boolean;
  private readonly bucket: TokenBucket;
  private readonly byDigest = new Map<string, Omit<ImageInfo, 'pushedAt'>>();
  requests = 0;

  constructor(apiUrl: string, http: HttpOptions, token?: string) {
    this.apiUrl = apiUrl.replace(/\/+$/, '');
    this.hasToken = !!token;
    this.http = { ...http, headers: { ...http.headers, ...(token ? { authorization: `Bearer ${token}` } : {}) } };
    this.bucket = sharedBucket(http.clock ?? systemClock, this.apiUrl, QUAY_API_LIMITS);
  }

  private async get<T>(repository: string, path: string, query: Record<string, string> = {}): Promise<T | null> {
    const url = new URL(`${this.apiUrl}/api/v1/repository/${repository}/${path}`);
    for (const [k, v] of Object.entries(query)) url.searchParams.set(k, v);
    const what = `GET ${url.pathname}`;
    await this.bucket.take();
    this.requests++;
    const response = await fetchWithRetry(url.toString(), { headers: { accept: 'application/json' } }, this.http);
    if (response.status === 404) {
      await response.body?.cancel();
      return null;
    }
    if (response.status === 401 || response.status === 403) {
      await response.body?.cancel();
      throw new RegistryRefusedError(`Quay refused ${what} (HTTP ${response.status})`, this.refusalHint(response.status, repository));
    }
    return readRegistryJson<T>(response, what, 'Quay');
  }

  private refusalHint(status: number, repository: string): string {
    if (!this.hasToken) return `${repository} is private: set QUAY_TOKEN. ${QUAY_TOKEN_HINT}`;
    if (status === 401) return `Quay did not accept QUAY_TOKEN (expired, revoked, or not an API token). ${QUAY_TOKEN_HINT}`;
    return `the user or application behind QUAY_TOKEN cannot read ${repository}: grant it read access`;
  }

  async inspect(ref: ImageRef): Promise<ImageInfo | null> {
    const page = await this.get<{ tags?: QuayTag[] }>(ref.repository, 'tag/', { specificTag: ref.tag, onlyActiveTags: 'true' });
    const tag = page?.tags?.find((t) => t.name === ref.tag);
    if (!tag) return null;
    if (typeof tag.manifest_digest !== 'string')
      throw new StageError(`Quay's tag ${ref.text} has no manifest_digest; is ${this.apiUrl} the Quay API?`);
    const pushedAt = tag.start_ts ? tag.start_ts * 1000 : undefined;
    let info = this.byDigest.get(tag.manifest_digest);
    if (!info) {
      info = await this.describe(ref, tag);
      this.byDigest.set(tag.manifest_digest, info);
    }
    return { ...info, ...(pushedAt ? { pushedAt } : {}) };
  }

  /**
   * Quay keeps labels per image manifest, taken from the image's config; a manifest list has no
   * config and so no labels: the revision comes from its first platform's manifest.
   */
  private async describe(ref: ImageRef, tag: QuayTag): Promise<Omit<ImageInfo, 'pushedAt'>> {
    let platforms: string[] = [];
    let labelled = tag.manifest_digest;
    if (tag.is_manifest_list) {
      const manifest = await this.get<{ manifest_data?: string }>(ref.repository, `manifest/${tag.manifest_digest}`);
      let list: ManifestList;
      try {
        list = JSON.parse(manifest?.manifest_data ?? '{}') as ManifestList;
      } catch {
        throw new StageError(`Quay's manifest_data of ${ref.text} (${tag.manifest_digest}) is not JSON`);
      }
      const children = (list.manifests ?? []).filter((m) => platformOf(m.platform) && typeof m.digest === 'string');
      platforms = children.map((m) => platformOf(m.platform)!);
      if (!children[0]) return { digest: tag.manifest_digest, platforms };
      labelled = children[0].digest!;
    }
    const labels = await this.get<{ labels?: Array<{ key: string; value: string }> }>(ref.repository, `manifest/${labelled}/labels`, {
      filter: REVISION_LABEL,
    });
    const revision = labels?.labels?.find((l) => l.key === REVISION_LABEL)?.value;
    return { digest: tag.manifest_digest, platforms, ...(revision ? { revision } : {}) };
  }

  async tagsContaining(ref: ImageRef, text: string): Promise<Array<{ tag: string; digest: string }>> {
    const page = await this.get<{ tags?: QuayTag[] }>(ref.repository, 'tag/', {
      onlyActiveTags: 'true',
      filter_tag_name: `like:${text}`,
      limit: '100',
    });
    return (page?.tags ?? []).filter((t) => t.name.includes(text)).map((t) => ({ tag: t.name, digest: t.manifest_digest }));
  }
}
