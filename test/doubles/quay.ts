import { createHash } from 'node:crypto';
import { HttpDouble, type Reply } from '../../src/standins/http-double.ts';

export interface QuayTag {
  name: string;
  manifest_digest: string;
  is_manifest_list: boolean;
  start_ts: number;
  /** platforms of the manifest list behind it (for manifest_data). */
  platforms?: string[];
  /** The image's revision label: on the image (or, for a list, on each platform's image). */
  revision?: string;
}

const error = (status: number, title: string, detail: string): Reply => ({
  status,
  body: { detail, error_message: detail, error_type: title, status, title, type: `https://quay.io/api/v1/error/${title}` },
});

/** The digest of one platform's manifest inside a manifest list (stable per list and platform). */
export function childDigest(listDigest: string, platform: string): string {
  return `sha256:${createHash('sha256').update(`${listDigest} ${platform}`).digest('hex')}`;
}

/**
 * Quay's API v1: `GET /api/v1/repository/{ns}/{repo}/tag/` (tags with manifest_digest,
 * is_manifest_list, start_ts, last_modified), `.../manifest/{digest}` (manifest_data) and
 * `.../manifest/{digest}/labels`. As on Quay, labels come from an image's config, so a manifest
 * list has none: its platforms' manifests carry them. `/api/v1` takes an OAuth access token as
 * `Bearer` (`token`); a robot account's registry token (`robotToken`) is refused with 401, as
 * is any other bearer; a private repository without a token answers 403.
 */
export class QuayDouble extends HttpDouble {
  readonly repos = new Map<string, QuayTag[]>();
  token = 'quay-oauth-app-token-abcdef123456';
  robotToken = 'quay-robot-PACKIT+DEPLOYER-0123456789';
  privateRepos = new Set<string>();

  constructor() {
    super((request, url) => {
      const m = /^\/api\/v1\/repository\/([^/]+\/[^/]+)\/(tag\/|manifest\/([^/]+)(\/labels)?)$/.exec(request.path);
      if (!m) return error(404, 'not_found', 'Not Found');
      const auth = request.headers.authorization;
      if (auth !== undefined && auth !== `Bearer ${this.token}`)
        return error(401, 'invalid_token', 'OAuth access token could not be validated');
      const repo = m[1]!;
      if (this.privateRepos.has(repo) && auth === undefined) return error(403, 'unauthorized', 'Unauthorized');
      const tags = this.repos.get(repo);
      if (!tags) return error(404, 'not_found', 'Not Found');
      if (m[2] === 'tag/') return this.tagPage(tags, url.searchParams);
      const digest = m[3]!;
      const tag = tags.find((t) => t.manifest_digest === digest);
      const parent = tag
        ? undefined
        : tags.find((t) => t.is_manifest_list && (t.platforms ?? []).some((p) => childDigest(t.manifest_digest, p) === digest));
      if (!tag && !parent) return error(404, 'not_found', 'Not Found');
      if (m[4]) {
        const revision = tag ? (tag.is_manifest_list ? undefined : tag.revision) : parent!.revision;
        return {
          body: {
            labels: revision
              ? [
                  {
                    id: `l-${digest.slice(7, 15)}`,
                    key: 'org.opencontainers.image.revision',
                    value: revision,
                    source_type: 'manifest',
                    media_type: 'text/plain',
                  },
                ]
              : [],
          },
        };
      }
      if (parent)
        return {
          body: {
            digest,
            is_manifest_list: false,
            manifest_data: JSON.stringify(this.imageManifest()),
            config_media_type: 'application/vnd.oci.image.config.v1+json',
            layers: [],
          },
        };
      const manifestData = tag!.is_manifest_list
        ? {
            schemaVersion: 2,
            mediaType: 'application/vnd.oci.image.index.v1+json',
            manifests: (tag!.platforms ?? []).map((p) => {
              const [os, architecture, variant] = p.split('/');
              return {
                mediaType: 'application/vnd.oci.image.manifest.v1+json',
                digest: childDigest(tag!.manifest_digest, p),
                size: 500,
                platform: { os, architecture, ...(variant ? { variant } : {}) },
              };
            }),
          }
        : this.imageManifest();
      return {
        body: {
          digest,
          is_manifest_list: tag!.is_manifest_list,
          manifest_data: JSON.stringify(manifestData),
          config_media_type: tag!.is_manifest_list ? null : 'application/vnd.oci.image.config.v1+json',
          layers: null,
        },
      };
    });
  }

  private imageManifest(): object {
    return {
      schemaVersion: 2,
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      config: { mediaType: 'application/vnd.oci.image.config.v1+json', digest: 'sha256:' + 'c'.repeat(64), size: 100 },
      layers: [],
    };
  }

  private tagPage(tags: QuayTag[], q: URLSearchParams): Reply {
    let list = [...tags].sort((a, b) => b.start_ts - a.start_ts);
    if (q.get('specificTag')) list = list.filter((t) => t.name === q.get('specificTag'));
    const filter = q.get('filter_tag_name');
    if (filter?.startsWith('like:')) list = list.filter((t) => t.name.includes(filter.slice(5)));
    const limit = Number(q.get('limit') ?? 50);
    if (limit > 100) return error(413, 'invalid_request', 'Limit too large');
    return {
      body: {
        tags: list.slice(0, limit).map((t) => ({
          name: t.name,
          reversion: false,
          start_ts: t.start_ts,
          manifest_digest: t.manifest_digest,
          is_manifest_list: t.is_manifest_list,
          size: t.is_manifest_list ? null : 123456,
          last_modified: new Date(t.start_ts * 1000).toUTCString().replace('GMT', '-0000'),
        })),
        page: 1,
        has_additional: list.length > limit,
      },
    };
  }
}
