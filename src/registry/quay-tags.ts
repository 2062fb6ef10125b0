import type { Clock } from '../core/clock.ts';
import { systemClock } from '../core/clock.ts';
import { StageError, UsageError } from '../core/errors.ts';
import { fetchWithRetry, type HttpOptions } from '../core/http.ts';
import type { Logger } from '../core/logger.ts';
import { readRegistryJson } from './http.ts';
import { QUAY_API_LIMITS, sharedBucket, type BucketLimits, type TokenBucket } from './pacing.ts';

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

interface TagPage {
  tags?: Array<{
    name?: unknown;
    manifest_digest?: unknown;
    size?: unknown;
    last_modified?: unknown;
    start_ts?: unknown;
    is_manifest_list?: unknown;
  }>;
  page?: number;
  has_additional?: boolean;
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
  return new Client(options, options.token);
}

class Client implements QuayTagClient {
  requests = 0;
  private readonly apiUrl: string;
  private readonly http: HttpOptions;
  private readonly api: TokenBucket;
  private readonly listings: TokenBucket;

  constructor(options: QuayTagClientOptions, token: string) {
    this.apiUrl = options.apiUrl.replace(/\/+$/, '');
    const clock = options.clock ?? systemClock;
    this.http = {
      service: 'Quay',
      logger: options.logger,
      clock,
      headers: { authorization: `Bearer ${token}`, accept: 'application/json' },
    };
    // The same buckets as every other Quay client of this process: Quay counts per client address.
    this.api = sharedBucket(clock, this.apiUrl, QUAY_API_LIMITS);
    this.listings = sharedBucket(clock, `${this.apiUrl} tag listings`, QUAY_TAG_LISTING_LIMITS);
  }

  /** Every request waits for a token of Quay's /api/ limit; tag listings also for the stricter listing limit. */
  private async paced(method: 'GET' | 'DELETE', url: string, listing = false): Promise<Response> {
    if (listing) await this.listings.take();
    await this.api.take();
    this.requests++;
    return fetchWithRetry(url, { method }, this.http);
  }

  private refused(status: number, what: string): never {
    throw new StageError(
      `Quay refused ${what} (HTTP ${status})`,
      status === 401
        ? 'Quay did not accept QUAY_TOKEN (expired, revoked, or not an API token): /api/v1 takes an ' +
            'OAuth access token of a Quay application; a robot account token only works for docker login'
        : 'the user or application behind QUAY_TOKEN needs write access to the repository ' +
            '(deleting tags: the repo:write scope and write permission; listing: read)',
    );
  }

  async listTags(repository: string): Promise<QuayTagInfo[]> {
    const tags: QuayTagInfo[] = [];
    for (let page = 1; ; page++) {
      if (page > MAX_PAGES) throw new StageError(`Quay kept answering has_additional for ${repository} past ${MAX_PAGES} pages`);
      const url = `${this.apiUrl}/api/v1/repository/${repository}/tag/?onlyActiveTags=true&limit=${PAGE_SIZE}&page=${page}`;
      const what = `GET /api/v1/repository/${repository}/tag/ page ${page}`;
      const response = await this.paced('GET', url, true);
      if (response.status === 401 || response.status === 403) this.refused(response.status, what);
      if (response.status === 404)
        throw new StageError(
          `Quay has no repository ${repository}`,
          'check the image names of the components (quay.io/<namespace>/<repository>:tag)',
        );
      const body = await readRegistryJson<TagPage>(response, what, 'Quay');
      if (!Array.isArray(body.tags))
        throw new StageError(`Quay's answer to ${what} has no tags list; is the apiUrl of quay.io the Quay API?`);
      for (const t of body.tags) tags.push(parseTag(t, repository));
      if (!body.has_additional) break;
    }
    return tags.sort((a, b) => b.lastModified - a.lastModified || a.name.localeCompare(b.name));
  }

  async manifestChildren(repository: string, digest: string): Promise<string[]> {
    const what = `GET /api/v1/repository/${repository}/manifest/${digest}`;
    const response = await this.paced('GET', `${this.apiUrl}/api/v1/repository/${repository}/manifest/${digest}`);
    if (response.status === 401 || response.status === 403) this.refused(response.status, what);
    const body = await readRegistryJson<{ manifest_data?: unknown }>(response, what, 'Quay');
    if (typeof body.manifest_data !== 'string') throw new StageError(`Quay's answer to ${what} has no manifest_data`);
    try {
      const data = JSON.parse(body.manifest_data) as { manifests?: Array<{ digest?: unknown }> };
      return (data.manifests ?? []).map((m) => m.digest).filter((d): d is string => typeof d === 'string');
    } catch {
      throw new StageError(`Quay's manifest_data of ${repository}@${digest} is not JSON`);
    }
  }

  async deleteTag(repository: string, tag: string): Promise<'deleted' | 'already gone'> {
    const what = `DELETE /api/v1/repository/${repository}/tag/${tag}`;
    const response = await this.paced('DELETE', `${this.apiUrl}/api/v1/repository/${repository}/tag/${encodeURIComponent(tag)}`);
    await response.text();
    if (response.status === 404) return 'already gone';
    if (response.status === 401 || response.status === 403) this.refused(response.status, what);
    if (!response.ok) throw new StageError(`Quay answered HTTP ${response.status} to ${what}`);
    return 'deleted';
  }
}

function parseTag(t: NonNullable<TagPage['tags']>[number], repository: string): QuayTagInfo {
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
