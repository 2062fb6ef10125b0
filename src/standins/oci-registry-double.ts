import { createHash, randomUUID } from 'node:crypto';
import { currentFaultPlan, type FaultPlan } from './faults.ts';
import { withFaults } from './http-double.ts';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

// The OCI distribution specification (v1.1), the subset image pushes and pulls use; the error
// codes and headers are the spec's, as Debian's docker-registry (CNCF distribution) answers them.
const NAME = /^[a-z0-9]+(?:(?:\.|_|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:\.|_|__|-+)[a-z0-9]+)*)*$/;
const TAG = /^[a-zA-Z0-9_][a-zA-Z0-9._-]{0,127}$/;
const DIGEST = /^sha256:[a-f0-9]{64}$/;

const digestOf = (data: Buffer): string => `sha256:${createHash('sha256').update(data).digest('hex')}`;

interface Answer {
  status: number;
  headers?: Record<string, string>;
  body?: Buffer | string | object;
}

const error = (status: number, code: string, message: string, detail?: unknown): Answer => ({
  status,
  body: { errors: [{ code, message, ...(detail === undefined ? {} : { detail }) }] },
});

interface Repository {
  blobs: Map<string, Buffer>;
  /** digest → the manifest's bytes as pushed and the media type it was pushed with. */
  manifests: Map<string, { bytes: Buffer; type: string }>;
  tags: Map<string, string>;
}

/** What a manifest or index points at: blobs must be in the repository before it, child manifests too. */
function references(body: unknown): { blobs: string[]; manifests: string[] } | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const m = body as { config?: { digest?: unknown }; layers?: Array<{ digest?: unknown }>; manifests?: Array<{ digest?: unknown }> };
  const digests = (list: Array<{ digest?: unknown }> | undefined): string[] | undefined =>
    list === undefined
      ? []
      : Array.isArray(list) && list.every((d) => typeof d?.digest === 'string')
        ? list.map((d) => d.digest as string)
        : undefined;
  const layers = digests(m.layers);
  const manifests = digests(m.manifests);
  if (!layers || !manifests) return undefined;
  const config = m.config?.digest;
  if (m.config !== undefined && typeof config !== 'string') return undefined;
  return { blobs: [...(typeof config === 'string' ? [config] : []), ...layers], manifests };
}

/**
 * An OCI registry in this process, on 127.0.0.1 over plain HTTP (for machines without Debian's
 * docker-registry): blob uploads (monolithic POST, POST then PUT, chunked PATCH, cross-repository
 * mount), blobs and manifests by GET and HEAD, manifests and indexes pushed by tag or digest and
 * kept byte for byte with their media type, deletion of manifests and tags, and the tag list in
 * `n`/`last` pages with a Link header. Everything lives in memory until stop.
 */
export class OciRegistryDouble {
  readonly kind = 'in-process' as const;
  /** The seeded faults of the run this double was built for (see faults.ts); none outside one. */
  readonly plan: FaultPlan | undefined = currentFaultPlan();
  private server: Server | undefined;
  private readonly repositories = new Map<string, Repository>();
  private readonly uploads = new Map<string, { repository: string; chunks: Buffer[]; size: number }>();

  async start(): Promise<string> {
    this.server = createServer((req, res) => void this.serve(req, res));
    // Idle connections stay open, as docker-registry (Go's server) keeps them: Node's 5-second
    // idle close raced clients reusing a pooled socket on a busy event loop ("fetch failed").
    this.server.keepAliveTimeout = 0;
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return this.url;
  }

  get url(): string {
    return `http://${this.host}`;
  }

  get host(): string {
    const { port } = this.server!.address() as AddressInfo;
    return `127.0.0.1:${port}`;
  }

  async stop(): Promise<void> {
    if (!this.server) return;
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server!.close(() => resolve()));
    this.server = undefined;
  }

  /** Routes the product's reads through the run's fault layer; the stand-in builds' pushes stay clean. */
  private async serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const method = req.method ?? 'GET';
    const info = { service: 'registry', method, path: new URL(req.url ?? '/', 'http://x').pathname, watch: false };
    if (this.plan && (method === 'GET' || method === 'HEAD')) await withFaults(this.plan, info, req, res, () => this.respond(req, res));
    else await this.respond(req, res);
  }

  private async respond(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    let answer: Answer;
    try {
      answer = this.answer(req, new URL(req.url ?? '/', 'http://127.0.0.1'), Buffer.concat(chunks));
    } catch (e) {
      answer = error(500, 'UNKNOWN', String(e));
    }
    const body =
      answer.body === undefined
        ? Buffer.alloc(0)
        : Buffer.isBuffer(answer.body)
          ? answer.body
          : Buffer.from(typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body));
    res.writeHead(answer.status, {
      'docker-distribution-api-version': 'registry/2.0',
      ...(answer.body === undefined || Buffer.isBuffer(answer.body) ? {} : { 'content-type': 'application/json; charset=utf-8' }),
      'content-length': String(body.length),
      ...answer.headers,
    });
    // HEAD answers carry the headers a GET would, without the body.
    res.end(req.method === 'HEAD' ? undefined : body);
  }

  private repository(name: string, create = false): Repository | undefined {
    let repo = this.repositories.get(name);
    if (!repo && create) this.repositories.set(name, (repo = { blobs: new Map(), manifests: new Map(), tags: new Map() }));
    return repo;
  }

  private answer(req: IncomingMessage, url: URL, body: Buffer): Answer {
    const method = req.method ?? 'GET';
    const path = decodeURIComponent(url.pathname);
    if (path === '/v2/' || path === '/v2') return { status: 200, body: {} };
    const m = /^\/v2\/(.+?)\/(blobs\/uploads\/?([^/]*)|blobs\/([^/]+)|manifests\/([^/]+)|tags\/list)$/.exec(path);
    if (!m) return error(404, 'NOT_FOUND', 'no such endpoint');
    const [, name, what, upload, blob, reference] = m as unknown as [string, string, string, string?, string?, string?];
    if (!NAME.test(name)) return error(400, 'NAME_INVALID', 'invalid repository name', { name });
    if (what.startsWith('blobs/uploads')) return this.upload(method, name, upload ?? '', url, body, req);
    if (blob !== undefined) return this.blob(method, name, blob);
    if (reference !== undefined) return this.manifest(method, name, reference, body, req);
    if (method !== 'GET') return error(405, 'UNSUPPORTED', `${method} on the tag list`);
    return this.tagList(name, url);
  }

  private upload(method: string, name: string, id: string, url: URL, body: Buffer, req: IncomingMessage): Answer {
    const digest = url.searchParams.get('digest');
    const created = (d: string): Answer => ({
      status: 201,
      headers: { location: `/v2/${name}/blobs/${d}`, 'docker-content-digest': d },
    });
    const store = (data: Buffer): Answer => {
      if (!digest || !DIGEST.test(digest)) return error(400, 'DIGEST_INVALID', 'the digest parameter is missing or not sha256:<hex>');
      if (digestOf(data) !== digest) return error(400, 'DIGEST_INVALID', 'provided digest did not match uploaded content');
      this.repository(name, true)!.blobs.set(digest, data);
      return created(digest);
    };
    if (method === 'POST' && id === '') {
      const mount = url.searchParams.get('mount');
      if (mount) {
        const from = url.searchParams.get('from');
        const source = from ? this.repositories.get(from)?.blobs.get(mount) : undefined;
        if (source) {
          this.repository(name, true)!.blobs.set(mount, source);
          return created(mount);
        }
      } else if (digest) return store(body);
      const uuid = randomUUID();
      this.uploads.set(uuid, { repository: name, chunks: [], size: 0 });
      return { status: 202, headers: { location: `/v2/${name}/blobs/uploads/${uuid}`, range: '0-0', 'docker-upload-uuid': uuid } };
    }
    const session = this.uploads.get(id);
    if (!session || session.repository !== name) return error(404, 'BLOB_UPLOAD_UNKNOWN', 'blob upload unknown to registry');
    const range = (): Record<string, string> => ({
      location: `/v2/${name}/blobs/uploads/${id}`,
      range: `0-${Math.max(session.size - 1, 0)}`,
      'docker-upload-uuid': id,
    });
    switch (method) {
      case 'GET':
        return { status: 204, headers: range() };
      case 'DELETE':
        this.uploads.delete(id);
        return { status: 204 };
      case 'PATCH': {
        const contentRange = req.headers['content-range'];
        if (contentRange !== undefined && !new RegExp(`^${session.size}-\\d+$`).test(contentRange))
          return { status: 416, headers: range() };
        session.chunks.push(body);
        session.size += body.length;
        return { status: 202, headers: range() };
      }
      case 'PUT': {
        const answer = store(Buffer.concat([...session.chunks, body]));
        if (answer.status === 201) this.uploads.delete(id);
        return answer;
      }
      default:
        return error(405, 'UNSUPPORTED', `${method} on a blob upload`);
    }
  }

  private blob(method: string, name: string, digest: string): Answer {
    if (!DIGEST.test(digest)) return error(400, 'DIGEST_INVALID', 'not a sha256 digest');
    const repo = this.repositories.get(name);
    const data = repo?.blobs.get(digest);
    if (!repo || !data) return error(404, 'BLOB_UNKNOWN', 'blob unknown to registry', { digest });
    if (method === 'DELETE') {
      repo.blobs.delete(digest);
      return { status: 202 };
    }
    if (method !== 'GET' && method !== 'HEAD') return error(405, 'UNSUPPORTED', `${method} on a blob`);
    return { status: 200, body: data, headers: { 'content-type': 'application/octet-stream', 'docker-content-digest': digest } };
  }

  private manifest(method: string, name: string, reference: string, body: Buffer, req: IncomingMessage): Answer {
    const byDigest = DIGEST.test(reference);
    if (!byDigest && !TAG.test(reference)) return error(400, 'TAG_INVALID', 'manifest tag did not match URI', { tag: reference });
    if (method === 'PUT') return this.putManifest(name, reference, byDigest, body, req);
    const repo = this.repositories.get(name);
    const digest = byDigest ? reference : repo?.tags.get(reference);
    const manifest = digest ? repo?.manifests.get(digest) : undefined;
    if (!repo || !digest || !manifest) return error(404, 'MANIFEST_UNKNOWN', 'manifest unknown', { name, reference });
    if (method === 'DELETE') {
      // By digest the manifest goes and every tag on it; by tag (spec 1.1) only that tag.
      if (byDigest) {
        repo.manifests.delete(digest);
        for (const [tag, d] of repo.tags) if (d === digest) repo.tags.delete(tag);
      } else repo.tags.delete(reference);
      return { status: 202 };
    }
    if (method !== 'GET' && method !== 'HEAD') return error(405, 'UNSUPPORTED', `${method} on a manifest`);
    return { status: 200, body: manifest.bytes, headers: { 'content-type': manifest.type, 'docker-content-digest': digest } };
  }

  private putManifest(name: string, reference: string, byDigest: boolean, body: Buffer, req: IncomingMessage): Answer {
    const type = (req.headers['content-type'] ?? '').split(';')[0]!.trim();
    let parsed: unknown;
    try {
      parsed = JSON.parse(body.toString('utf8'));
    } catch {
      return error(400, 'MANIFEST_INVALID', 'manifest invalid: not JSON');
    }
    const refs = references(parsed);
    const mediaType = (parsed as { mediaType?: unknown }).mediaType;
    if (!refs || (parsed as { schemaVersion?: unknown }).schemaVersion !== 2)
      return error(400, 'MANIFEST_INVALID', 'manifest invalid: schemaVersion 2 with config, layers or manifests descriptors expected');
    if (!type) return error(400, 'MANIFEST_INVALID', 'manifest invalid: no Content-Type');
    if (mediaType !== undefined && mediaType !== type)
      return error(400, 'MANIFEST_INVALID', `manifest invalid: mediaType ${JSON.stringify(mediaType)} does not match Content-Type ${type}`);
    const digest = digestOf(body);
    if (byDigest && digest !== reference) return error(400, 'DIGEST_INVALID', 'provided digest did not match uploaded content');
    const repo = this.repository(name, true)!;
    const missingBlob = refs.blobs.find((d) => !repo.blobs.has(d));
    if (missingBlob) return error(400, 'MANIFEST_BLOB_UNKNOWN', 'blob unknown to registry', { digest: missingBlob });
    const missingManifest = refs.manifests.find((d) => !repo.manifests.has(d));
    if (missingManifest) return error(400, 'MANIFEST_UNKNOWN', 'manifest unknown', { digest: missingManifest });
    repo.manifests.set(digest, { bytes: body, type });
    if (!byDigest) repo.tags.set(reference, digest);
    return { status: 201, headers: { location: `/v2/${name}/manifests/${digest}`, 'docker-content-digest': digest } };
  }

  private tagList(name: string, url: URL): Answer {
    const repo = this.repositories.get(name);
    if (!repo) return error(404, 'NAME_UNKNOWN', 'repository name not known to registry', { name });
    // Go's sort.Strings order (byte order), as the spec asks.
    const all = [...repo.tags.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    const last = url.searchParams.get('last');
    const rest = last === null ? all : all.filter((t) => t > last);
    const nParam = url.searchParams.get('n');
    const n = nParam === null ? rest.length : Number(nParam);
    if (!Number.isInteger(n) || n < 0) return error(400, 'PAGINATION_NUMBER_INVALID', 'invalid number of results requested', { n: nParam });
    const page = rest.slice(0, n);
    const headers: Record<string, string> =
      n > 0 && rest.length > n ? { link: `</v2/${name}/tags/list?last=${encodeURIComponent(page.at(-1)!)}&n=${n}>; rel="next"` } : {};
    return { status: 200, body: { name, tags: page }, headers };
  }
}
