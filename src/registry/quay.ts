import type { Clock } from '../core/clock.ts';
import { systemClock } from '../core/clock.ts';
import { StageError, UsageError } from '../core/errors.ts';
import { fetchWithRetry, type HttpOptions } from '../core/http.ts';
import type { Logger } from '../core/logger.ts';
import { readRegistryJson } from './http.ts';
import { QUAY_API_LIMITS, sharedBucket, type BucketLimits, type TokenBucket } from './pacing.ts';
import { platformOf, RegistryRefusedError, REVISION_LABEL, type ImageInfo, type ImageRef, type RegistryClient } from './types.ts';

/**
 * What Quay's API takes (quay/quay auth/oauth.py: `/api/v1` reads only `Authorization: Bearer`
 * as an OAuth access token, an SSO JWT or, on recent Quay, a robot's scoped API token). A robot
 * account's password, the token of `docker login`, is a registry credential the API refuses.
 */
export const QUAY_TOKEN_HINT =
  'QUAY_TOKEN must be an OAuth access token of a Quay application (Organization → Applications → Generate Token, ' +
  'with "View all visible repositories"); a robot account token only works for docker login and the registry API, not for /api/v1';

/** Quay's tag listing: 5 a second, burst 2 (../shared/service-limits.md). */
const QUAY_TAG_LISTING_LIMITS: BucketLimits = { ratePerSecond: 5, burst: 2 };

/** One active tag of a Quay repository, as the cleanup weighs it. */
export interface QuayTagInfo {
  name: string;
  digest: string;
  /** Milliseconds since the epoch (Quay's `last_modified`, else `start_ts`). */
  lastModified: number;
  /** Bytes; null for a manifest list, which Quay does not size. */
  size: number | null;
  manifestList: boolean;
}

/** What quay-cleanup asks of Quay. */
export interface QuayTagClient {
  /** Every active tag, newest first. */
  listTags(repository: string): Promise<QuayTagInfo[]>;
  /** Digests of the platform manifests of a manifest list (an image stream may record one of those). */
  manifestChildren(repository: string, digest: string): Promise<string[]>;
  /** Deletes a tag; a tag already gone counts as deleted (a re-run after a partial one). */
  deleteTag(repository: string, tag: string): Promise<'deleted' | 'already gone'>;
  /** Requests sent, for the summary. */
  readonly requests: number;
}

export interface QuayTagClientOptions {
  apiUrl: string;
  token: string | undefined;
  logger: Logger;
  clock?: Clock;
}

/** One entry of `GET /api/v1/repository/{repository}/tag/`. */
interface QuayTag {
  name?: unknown;
  manifest_digest?: unknown;
  size?: unknown;
  last_modified?: unknown;
  start_ts?: unknown;
  is_manifest_list?: unknown;
}

interface TagPage {
  tags?: QuayTag[];
  page?: number;
  has_additional?: boolean;
}

interface ManifestList {
  manifests?: Array<{ digest?: unknown; platform?: { os?: string; architecture?: string; variant?: string } }>;
}

const PAGE_SIZE = 100;
/** A runaway paginator (a proxy that ignores `page`) stops here: 50,000 tags. */
const MAX_PAGES = 500;

export function createQuayTagClient(options: QuayTagClientOptions): QuayTagClient {
  if (!options.token)
    throw new UsageError(
      'QUAY_TOKEN is not set: listing and deleting tags needs a token',
      'set QUAY_TOKEN (action input quay-token) to an OAuth access token of a Quay application with "Read/Write to any accessible ' +
        'repositories" (repo:write), whose user may write to the repositories; a robot account token is not accepted by /api/v1',
    );
  return new QuayClient(
    options.apiUrl,
    { service: 'Quay', logger: options.logger, ...(options.clock ? { clock: options.clock } : {}) },
    options.token,
  );
}

/**
 * The one client of Quay's API (`/api/v1`), for the waits (tags, manifest lists, revision labels)
 * and for the cleanup (every tag, deleting). Requests draw from token buckets with Quay's limits,
 * shared by every client of the same API in this process (Quay counts per client address);
 * answers about a digest are cached.
 */
export class QuayClient implements RegistryClient, QuayTagClient {
  private readonly apiUrl: string;
  private readonly http: HttpOptions;
  private readonly hasToken: boolean;
  private readonly api: TokenBucket;
  private readonly listings: TokenBucket;
  private readonly byDigest = new Map<string, Omit<ImageInfo, 'pushedAt'>>();
  requests = 0;

  constructor(apiUrl: string, http: HttpOptions, token?: string) {
    this.apiUrl = apiUrl.replace(/\/+$/, '');
    this.hasToken = !!token;
    this.http = {
      ...http,
      headers: { ...http.headers, accept: 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    };
    const clock = http.clock ?? systemClock;
    this.api = sharedBucket(clock, this.apiUrl, QUAY_API_LIMITS);
    this.listings = sharedBucket(clock, `${this.apiUrl} tag listings`, QUAY_TAG_LISTING_LIMITS);
  }

  /**
   * One paced request to `/api/v1/repository/{repository}/{path}`; refused credentials fail with
   * the hint for this token and method. The caller reads the answer (a 404 is its to judge).
   */
  private async send(method: 'GET' | 'DELETE', repository: string, path: string, what: string, listing = false): Promise<Response> {
    if (listing) await this.listings.take();
    await this.api.take();
    this.requests++;
    const response = await fetchWithRetry(`${this.apiUrl}/api/v1/repository/${repository}/${path}`, { method }, this.http);
    if (response.status === 401 || response.status === 403) {
      await response.body?.cancel();
      throw new RegistryRefusedError(
        `Quay refused ${what} (HTTP ${response.status})`,
        this.refusalHint(response.status, repository, method),
      );
    }
    return response;
  }

  /** A JSON answer, or null for a 404 (no such tag, manifest or repository). */
  private async get<T>(
    repository: string,
    path: string,
    what = `GET /api/v1/repository/${repository}/${path.split('?')[0]}`,
    listing = false,
  ): Promise<T | null> {
    const response = await this.send('GET', repository, path, what, listing);
    if (response.status === 404) {
      await response.body?.cancel();
      return null;
    }
    return readRegistryJson<T>(response, what, 'Quay');
  }

  private refusalHint(status: number, repository: string, method: 'GET' | 'DELETE'): string {
    if (!this.hasToken) return `${repository} is private: set QUAY_TOKEN. ${QUAY_TOKEN_HINT}`;
    if (status === 401) return `Quay did not accept QUAY_TOKEN (expired, revoked, or not an API token). ${QUAY_TOKEN_HINT}`;
    if (method === 'DELETE')
      return `the user or application behind QUAY_TOKEN needs write access to ${repository} (the repo:write scope and write permission)`;
    return `the user or application behind QUAY_TOKEN cannot read ${repository}: grant it read access`;
  }

  async inspect(ref: ImageRef): Promise<ImageInfo | null> {
    const page = await this.get<TagPage>(ref.repository, `tag/?${query({ specificTag: ref.tag, onlyActiveTags: 'true' })}`);
    const tag = page?.tags?.find((t) => t.name === ref.tag);
    if (!tag) return null;
    if (typeof tag.manifest_digest !== 'string')
      throw new StageError(`Quay's tag ${ref.text} has no manifest_digest; is ${this.apiUrl} the Quay API?`);
    const pushedAt = typeof tag.start_ts === 'number' && tag.start_ts ? tag.start_ts * 1000 : undefined;
    let info = this.byDigest.get(tag.manifest_digest);
    if (!info) {
      info = await this.describe(ref, tag.manifest_digest, tag.is_manifest_list === true);
      this.byDigest.set(tag.manifest_digest, info);
    }
    return { ...info, ...(pushedAt ? { pushedAt } : {}) };
  }

  /** The manifest list of a digest, as Quay keeps it (manifest_data, a JSON string). */
  private async manifestList(repository: string, digest: string): Promise<ManifestList> {
    const what = `GET /api/v1/repository/${repository}/manifest/${digest}`;
    const body = await this.get<{ manifest_data?: unknown }>(repository, `manifest/${digest}`, what);
    if (typeof body?.manifest_data !== 'string') throw new StageError(`Quay's answer to ${what} has no manifest_data`);
    try {
      return JSON.parse(body.manifest_data) as ManifestList;
    } catch {
      throw new StageError(`Quay's manifest_data of ${repository}@${digest} is not JSON`);
    }
  }

  /**
   * Quay keeps labels per image manifest, taken from the image's config; a manifest list has no
   * config and so no labels: the revision comes from its first platform's manifest.
   */
  private async describe(ref: ImageRef, digest: string, isList: boolean): Promise<Omit<ImageInfo, 'pushedAt'>> {
    let platforms: string[] = [];
    let labelled = digest;
    if (isList) {
      const list = await this.manifestList(ref.repository, digest);
      const children = (list.manifests ?? []).filter((m) => platformOf(m.platform) && typeof m.digest === 'string');
      platforms = children.map((m) => platformOf(m.platform)!);
      if (!children[0]) return { digest, platforms };
      labelled = children[0].digest as string;
    }
    const labels = await this.get<{ labels?: Array<{ key: string; value: string }> }>(
      ref.repository,
      `manifest/${labelled}/labels?${query({ filter: REVISION_LABEL })}`,
    );
    const revision = labels?.labels?.find((l) => l.key === REVISION_LABEL)?.value;
    return { digest, platforms, ...(revision ? { revision } : {}) };
  }

  async tagsContaining(ref: ImageRef, text: string): Promise<Array<{ tag: string; digest: string }>> {
    const page = await this.get<TagPage>(
      ref.repository,
      `tag/?${query({ onlyActiveTags: 'true', filter_tag_name: `like:${text}`, limit: '100' })}`,
    );
    return (page?.tags ?? [])
      .filter((t): t is QuayTag & { name: string; manifest_digest: string } => typeof t.name === 'string' && t.name.includes(text))
      .map((t) => ({ tag: t.name, digest: t.manifest_digest }));
  }

  async listTags(repository: string): Promise<QuayTagInfo[]> {
    const tags: QuayTagInfo[] = [];
    for (let page = 1; ; page++) {
      if (page > MAX_PAGES) throw new StageError(`Quay kept answering has_additional for ${repository} past ${MAX_PAGES} pages`);
      const what = `GET /api/v1/repository/${repository}/tag/ page ${page}`;
      const path = `tag/?${query({ onlyActiveTags: 'true', limit: String(PAGE_SIZE), page: String(page) })}`;
      const body = await this.get<TagPage>(repository, path, what, true);
      if (!body)
        throw new StageError(
          `Quay has no repository ${repository}`,
          'check the image names of the components (quay.io/<namespace>/<repository>:tag)',
        );
      if (!Array.isArray(body.tags))
        throw new StageError(`Quay's answer to ${what} has no tags list; is the apiUrl of quay.io the Quay API?`);
      for (const t of body.tags) tags.push(parseTag(t, repository));
      if (!body.has_additional) break;
    }
    return tags.sort((a, b) => b.lastModified - a.lastModified || a.name.localeCompare(b.name));
  }

  async manifestChildren(repository: string, digest: string): Promise<string[]> {
    const list = await this.manifestList(repository, digest);
    return (list.manifests ?? []).map((m) => m.digest).filter((d): d is string => typeof d === 'string');
  }

  async deleteTag(repository: string, tag: string): Promise<'deleted' | 'already gone'> {
    const what = `DELETE /api/v1/repository/${repository}/tag/${tag}`;
    const response = await this.send('DELETE', repository, `tag/${encodeURIComponent(tag)}`, what);
    await response.text();
    if (response.status === 404) return 'already gone';
    if (!response.ok) throw new StageError(`Quay answered HTTP ${response.status} to ${what}`);
    return 'deleted';
  }
}

function query(params: Record<string, string>): string {
  return new URLSearchParams(params).toString();
}

function parseTag(t: QuayTag, repository: string): QuayTagInfo {
  if (typeof t.name !== 'string' || typeof t.manifest_digest !== 'string') {
    throw new StageError(`Quay listed a tag of ${repository} without name or manifest_digest: ${JSON.stringify(t).slice(0, 200)}`);
  }
  const modified = typeof t.last_modified === 'string' ? Date.parse(t.last_modified) : NaN;
  const lastModified = Number.isFinite(modified) ? modified : typeof t.start_ts === 'number' ? t.start_ts * 1000 : NaN;
  if (!Number.isFinite(lastModified)) throw new StageError(`Quay's tag ${repository}:${t.name} has no readable last_modified`);
  return {
    name: t.name,
    digest: t.manifest_digest,
    lastModified,
    size: typeof t.size === 'number' ? t.size : null,
    manifestList: t.is_manifest_list === true,
  };
}
