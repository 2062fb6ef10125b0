import { HttpDouble } from './http-double.ts';

export interface QuayTag {
  name: string;
  manifest_digest: string;
  is_manifest_list: boolean;
  start_ts: number;
  /** platforms of the manifest list behind it (for manifest_data). */
  platforms?: string[];
  revision?: string;
}

/**
 * Quay's API v1: `GET /api/v1/repository/{ns}/{repo}/tag/` (tags with manifest_digest,
 * is_manifest_list, start_ts, last_modified), `.../manifest/{digest}` (manifest_data) and
 * `.../manifest/{digest}/labels`, with bearer tokens for private repositories.
 */
export class QuayDouble extends HttpDouble {
  readonly repos = new Map<string, QuayTag[]>();
  token = 'quay-robot-token-abcdef123456';
  privateRepos = new Set<string>();

  constructor() {
    super((request, url) => {
      const m = /^\/api\/v1\/repository\/([^/]+\/[^/]+)\/(tag\/|manifest\/([^/]+)(\/labels)?)$/.exec(request.path);
      if (!m) return { status: 404, body: { detail: 'Not Found', error_message: 'Not Found', status: 404, title: 'not_found', type: 'https://quay.io/api/v1/error/not_found' } };
      const repo = m[1]!;
      if (this.privateRepos.has(repo) && request.headers.authorization !== `Bearer ${this.token}`) {
        return { status: 403, body: { detail: 'Unauthorized', error_message: 'Unauthorized', status: 403, title: 'unauthorized', type: 'https://quay.io/api/v1/error/unauthorized' } };
      }
      const tags = this.repos.get(repo);
      if (!tags) return { status: 404, body: { detail: 'Not Found', error_message: 'Not Found', status: 404, title: 'not_found', type: 'https://quay.io/api/v1/error/not_found' } };
      if (m[2] === 'tag/') {
        const q = url.searchParams;
        let list = [...tags].sort((a, b) => b.start_ts - a.start_ts);
        if (q.get('specificTag')) list = list.filter((t) => t.name === q.get('specificTag'));
        const filter = q.get('filter_tag_name');
        if (filter?.startsWith('like:')) list = list.filter((t) => t.name.includes(filter.slice(5)));
        const limit = Number(q.get('limit') ?? 50);
        if (limit > 100) return { status: 413, body: { detail: 'Limit too large' } };
        return {
          body: {
            tags: list.slice(0, limit).map((t) => ({ name: t.name, reversion: false, start_ts: t.start_ts, manifest_digest: t.manifest_digest, is_manifest_list: t.is_manifest_list, size: t.is_manifest_list ? null : 123456, last_modified: new Date(t.start_ts * 1000).toUTCString().replace('GMT', '-0000') })),
            page: 1,
            has_additional: list.length > limit,
          },
        };
      }
      const tag = tags.find((t) => t.manifest_digest === m[3]);
      if (!tag) return { status: 404, body: { detail: 'Not Found', status: 404 } };
      if (m[4]) {
        const labels = tag.revision ? [{ id: 'l1', key: 'org.opencontainers.image.revision', value: tag.revision, source_type: 'manifest', media_type: 'text/plain' }] : [];
        return { body: { labels } };
      }
      const manifestData = tag.is_manifest_list
        ? { schemaVersion: 2, mediaType: 'application/vnd.oci.image.index.v1+json', manifests: (tag.platforms ?? []).map((p, i) => { const [os, architecture] = p.split('/'); return { mediaType: 'application/vnd.oci.image.manifest.v1+json', digest: `sha256:${String(i).repeat(64)}`, size: 500, platform: { os, architecture } }; }) }
        : { schemaVersion: 2, mediaType: 'application/vnd.oci.image.manifest.v1+json', config: { digest: 'sha256:' + 'c'.repeat(64) }, layers: [] };
      return { body: { digest: tag.manifest_digest, is_manifest_list: tag.is_manifest_list, manifest_data: JSON.stringify(manifestData), config_media_type: null, layers: null } };
    });
  }
}
