import { StageError } from '../core/errors.ts';
import { fetchWithRetry, type HttpOptions } from '../core/http.ts';
import { platformOf, REVISION_LABEL, type ImageInfo, type ImageRef, type RegistryClient } from './types.ts';

/** One entry of `GET /api/v1/repository/{repository}/tag/`. */
interface QuayTag {
  name: string;
  manifest_digest: string;
  is_manifest_list?: boolean;
  start_ts?: number;
  last_modified?: string;
}

/**
 * quay.io through the Quay API: tags with their manifest digests and push times, manifest
 * lists for platforms, labels for the revision. Answers are cached per digest.
 */
export class QuayRegistry implements RegistryClient {
  private readonly apiUrl: string;
  private readonly http: HttpOptions;
  private readonly byDigest = new Map<string, Omit<ImageInfo, 'pushedAt'>>();
  /** Quay allows 5 tag listings a second with a burst of 2: requests go one at a time, spaced. */
  private queue: Promise<unknown> = Promise.resolve();
  private lastSent = 0;
  private readonly spacingMs: number;

  constructor(apiUrl: string, http: HttpOptions, token?: string, spacingMs = 200) {
    this.apiUrl = apiUrl.replace(/\/+$/, '');
    this.spacingMs = spacingMs;
    this.http = { ...http, headers: { ...http.headers, ...(token ? { authorization: `Bearer ${token}` } : {}) } };
  }

  private async get<T>(path: string, query: Record<string, string> = {}): Promise<T | null> {
    const url = new URL(`${this.apiUrl}/api/v1/repository/${path}`);
    for (const [k, v] of Object.entries(query)) url.searchParams.set(k, v);
    const response = await this.paced(() => fetchWithRetry(url.toString(), { headers: { accept: 'application/json' } }, this.http));
    if (response.status === 404) return null;
    if (response.status === 401 || response.status === 403) {
      throw new StageError(`Quay refused ${url.pathname} (HTTP ${response.status})`, 'set QUAY_TOKEN to a robot or OAuth token that can read the repository');
    }
    if (!response.ok) throw new StageError(`Quay answered HTTP ${response.status} for ${url.pathname}`);
    return (await response.json()) as T;
  }

  private paced<T>(send: () => Promise<T>): Promise<T> {
    const next = this.queue.then(async () => {
      const wait = this.lastSent + this.spacingMs - Date.now();
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      this.lastSent = Date.now();
      return send();
    });
    this.queue = next.catch(() => undefined);
    return next;
  }

  async inspect(ref: ImageRef): Promise<ImageInfo | null> {
    const page = await this.get<{ tags?: QuayTag[] }>(`${ref.repository}/tag/`, { specificTag: ref.tag, onlyActiveTags: 'true' });
    const tag = page?.tags?.find((t) => t.name === ref.tag);
    if (!tag) return null;
    if (typeof tag.manifest_digest !== 'string') throw new StageError(`Quay's tag ${ref.text} has no manifest_digest; is ${this.apiUrl} the Quay API?`);
    const pushedAt = tag.start_ts ? tag.start_ts * 1000 : undefined;
    let info = this.byDigest.get(tag.manifest_digest);
    if (!info) {
      info = await this.describe(ref, tag);
      this.byDigest.set(tag.manifest_digest, info);
    }
    return { ...info, ...(pushedAt ? { pushedAt } : {}) };
  }

  private async describe(ref: ImageRef, tag: QuayTag): Promise<Omit<ImageInfo, 'pushedAt'>> {
    let platforms: string[] = [];
    if (tag.is_manifest_list) {
      const manifest = await this.get<{ manifest_data?: string }>(`${ref.repository}/manifest/${tag.manifest_digest}`);
      const data = JSON.parse(manifest?.manifest_data ?? '{}') as { manifests?: Array<{ platform?: { os?: string; architecture?: string; variant?: string } }> };
      platforms = (data.manifests ?? []).map((m) => platformOf(m.platform)).filter((p): p is string => !!p);
    }
    const labels = await this.get<{ labels?: Array<{ key: string; value: string }> }>(`${ref.repository}/manifest/${tag.manifest_digest}/labels`, { filter: REVISION_LABEL });
    const revision = labels?.labels?.find((l) => l.key === REVISION_LABEL)?.value;
    return { digest: tag.manifest_digest, platforms, ...(revision ? { revision } : {}) };
  }

  async tagsContaining(ref: ImageRef, text: string): Promise<Array<{ tag: string; digest: string }>> {
    const page = await this.get<{ tags?: QuayTag[] }>(`${ref.repository}/tag/`, { onlyActiveTags: 'true', filter_tag_name: `like:${text}`, limit: '100' });
    return (page?.tags ?? []).filter((t) => t.name.includes(text)).map((t) => ({ tag: t.name, digest: t.manifest_digest }));
  }
}
