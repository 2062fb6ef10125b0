import { HttpDouble, type Reply } from '../../src/standins/http-double.ts';

export interface StoredTag {
  name: string;
  digest: string;
  /** Seconds since the epoch, as Quay's start_ts. */
  startTs: number;
  size: number | null;
  /** Platform manifests when the tag is a manifest list (then Quay reports no size). */
  children?: string[];
}

const error = (status: number, title: string, detail: string): Reply => ({
  status,
  body: { detail, error_message: detail, error_type: title, status, title, type: `https://quay.io/api/v1/error/${title}` },
});

/**
 * The tag endpoints of Quay's API v1 that the monthly cleanup uses:
 * `GET /api/v1/repository/{ns}/{repo}/tag/?onlyActiveTags=true&limit=&page=` (newest first,
 * `{tags, page, has_additional}`, more than 100 a page → 413) and
 * `DELETE /api/v1/repository/{ns}/{repo}/tag/{tag}` (204), bearer token checked (401 without a
 * valid one). `rateLimit(n)` answers the next n requests with Quay's HTML 429.
 */
export class QuayApiDouble extends HttpDouble {
  readonly repos = new Map<string, StoredTag[]>();
  readonly deleted: string[] = [];
  token = 'quay-admin-token-0123456789abcdef';

  constructor() {
    super((request, url) => {
      if (request.headers.authorization !== `Bearer ${this.token}`) return error(401, 'invalid_token', 'Invalid bearer token format');
      const manifest = /^\/api\/v1\/repository\/([^/]+\/[^/]+)\/manifest\/([^/]+)$/.exec(request.path);
      if (manifest) {
        const tag = this.repos.get(manifest[1]!)?.find((t) => t.digest === manifest[2]);
        if (!tag) return error(404, 'not_found', 'Not Found');
        const data = tag.children
          ? {
              schemaVersion: 2,
              mediaType: 'application/vnd.oci.image.index.v1+json',
              manifests: tag.children.map((digest, i) => ({
                mediaType: 'application/vnd.oci.image.manifest.v1+json',
                digest,
                size: 1000,
                platform: { os: 'linux', architecture: i ? 'arm64' : 'amd64' },
              })),
            }
          : {
              schemaVersion: 2,
              mediaType: 'application/vnd.oci.image.manifest.v1+json',
              config: { digest: `sha256:${'c'.repeat(64)}` },
              layers: [],
            };
        return {
          body: {
            digest: tag.digest,
            is_manifest_list: !!tag.children,
            manifest_data: JSON.stringify(data),
            config_media_type: null,
            layers: null,
          },
        };
      }
      const m = /^\/api\/v1\/repository\/([^/]+\/[^/]+)\/tag\/([^/]*)$/.exec(request.path);
      if (!m) return error(404, 'not_found', 'Not Found');
      const tags = this.repos.get(m[1]!);
      if (!tags) return error(404, 'not_found', 'Not Found');
      if (request.method === 'DELETE' && m[2]) {
        const i = tags.findIndex((t) => t.name === m[2]);
        if (i < 0) return error(404, 'not_found', 'Not Found');
        tags.splice(i, 1);
        this.deleted.push(`${m[1]}:${m[2]}`);
        return { status: 204 };
      }
      if (request.method !== 'GET' || m[2]) return error(405, 'method_not_allowed', 'Method Not Allowed');
      const limit = Number(url.searchParams.get('limit') ?? 50);
      const page = Number(url.searchParams.get('page') ?? 1);
      if (limit > 100) return error(413, 'too_large', 'Limit must be at most 100');
      const sorted = [...tags].sort((a, b) => b.startTs - a.startTs);
      const slice = sorted.slice((page - 1) * limit, page * limit);
      return {
        body: {
          tags: slice.map((t) => ({
            name: t.name,
            reversion: false,
            start_ts: t.startTs,
            manifest_digest: t.digest,
            is_manifest_list: !!t.children,
            size: t.children ? null : t.size,
            last_modified: new Date(t.startTs * 1000).toUTCString().replace('GMT', '-0000'),
          })),
          page,
          has_additional: sorted.length > page * limit,
        },
      };
    });
  }

  /** The next `times` requests get Quay's rate-limit answer: HTML, not JSON. */
  rateLimit(times: number, retryAfterSeconds = 1): void {
    this.fail(
      'GET',
      /\/tag\/$/,
      {
        status: 429,
        headers: { 'content-type': 'text/html', 'retry-after': String(retryAfterSeconds) },
        body: '<html><body><h1>429 Too Many Requests</h1></body></html>',
      },
      times,
    );
  }
}
