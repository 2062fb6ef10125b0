import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { loopbackRegistry } from './loopback.ts';
import { HttpDouble, type RecordedRequest, type Reply } from './http-double.ts';

const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json';
const OCI_INDEX = 'application/vnd.oci.image.index.v1+json';
const DOCKER_REGISTRY = '/usr/bin/docker-registry';
const START_DEADLINE_MS = 60_000;

const digestOf = (data: string): string => `sha256:${createHash('sha256').update(data).digest('hex')}`;

/** A registry on 127.0.0.1 that images can be pushed to and read from over the OCI distribution API. */
export interface LocalRegistryServer {
  readonly url: string;
  /** host:port, as image references name it. */
  readonly host: string;
  readonly kind: 'docker-registry' | 'in-process' | 'existing';
  stop(): Promise<void>;
}

/** A registry someone else runs (the test run's shared one): used as is, never stopped here. */
class ExistingRegistry implements LocalRegistryServer {
  readonly kind = 'existing' as const;
  readonly host: string;
  constructor(host: string) {
    this.host = host;
  }
  get url(): string {
    return `http://${this.host}`;
  }
  async check(): Promise<void> {
    const answer = await fetch(`${this.url}/v2/`, { signal: AbortSignal.timeout(10_000) }).catch((error: unknown) => error as Error);
    if (answer instanceof Error || !answer.ok)
      throw new Error(
        `the registry at ${this.host} does not answer /v2/ (${answer instanceof Error ? answer.message : `HTTP ${answer.status}`})`,
      );
  }
  stop(): Promise<void> {
    return Promise.resolve();
  }
}

/**
 * The OCI distribution API in this process (for machines without Debian's docker-registry):
 * blob uploads (POST, then PUT with ?digest=), manifests and indexes by tag or digest with their
 * media type and Docker-Content-Digest, and the tag list with `n`/`last` pages and a Link header.
 */
export class OciRegistryDouble extends HttpDouble implements LocalRegistryServer {
  readonly kind = 'in-process' as const;
  private readonly blobs = new Map<string, string>();
  private readonly manifests = new Map<string, { body: string; type: string }>();
  /** repository → tag → digest. */
  private readonly tags = new Map<string, Map<string, string>>();
  private uploads = 0;

  constructor() {
    super((request, url) => this.answer(request, url));
  }

  get host(): string {
    return new URL(this.url).host;
  }

  /** The product only reads; the pushes are the stand-in builds' own and stay clean. */
  protected override faultable(method: string): boolean {
    return method === 'GET' || method === 'HEAD';
  }

  private answer(request: RecordedRequest, url: URL): Reply {
    if (request.path === '/v2/' || request.path === '/v2') return { body: {} };
    const notFound = (code: string): Reply => ({
      status: 404,
      body: { errors: [{ code, message: `${code.toLowerCase().replace(/_/g, ' ')}` }] },
    });
    let m: RegExpExecArray | null;
    if ((m = /^\/v2\/(.+)\/blobs\/uploads\/(\d+)?$/.exec(request.path))) {
      if (request.method === 'POST') return { status: 202, headers: { location: `/v2/${m[1]}/blobs/uploads/${++this.uploads}` } };
      const digest = url.searchParams.get('digest');
      if (request.method !== 'PUT' || !digest)
        return { status: 400, body: { errors: [{ code: 'DIGEST_INVALID', message: 'digest missing' }] } };
      if (digestOf(request.body) !== digest)
        return { status: 400, body: { errors: [{ code: 'DIGEST_INVALID', message: 'provided digest did not match uploaded content' }] } };
      this.blobs.set(digest, request.body);
      return { status: 201, headers: { location: `/v2/${m[1]}/blobs/${digest}`, 'docker-content-digest': digest } };
    }
    if ((m = /^\/v2\/(.+)\/blobs\/(sha256:[0-9a-f]{64})$/.exec(request.path))) {
      const blob = this.blobs.get(m[2]!);
      if (blob === undefined) return notFound('BLOB_UNKNOWN');
      return { body: blob, headers: { 'content-type': 'application/octet-stream', 'docker-content-digest': m[2]! } };
    }
    if ((m = /^\/v2\/(.+)\/manifests\/([^/]+)$/.exec(request.path))) {
      const [, repository, reference] = m as unknown as [string, string, string];
      if (request.method === 'PUT') {
        const digest = digestOf(request.body);
        this.manifests.set(digest, { body: request.body, type: String(request.headers['content-type'] ?? OCI_MANIFEST) });
        if (!reference.startsWith('sha256:')) {
          if (!this.tags.has(repository)) this.tags.set(repository, new Map());
          this.tags.get(repository)!.set(reference, digest);
        }
        return { status: 201, headers: { location: `/v2/${repository}/manifests/${digest}`, 'docker-content-digest': digest } };
      }
      const digest = reference.startsWith('sha256:') ? reference : this.tags.get(repository)?.get(reference);
      const manifest = digest ? this.manifests.get(digest) : undefined;
      if (!digest || !manifest) return notFound('MANIFEST_UNKNOWN');
      return { body: manifest.body, headers: { 'content-type': manifest.type, 'docker-content-digest': digest } };
    }
    if ((m = /^\/v2\/(.+)\/tags\/list$/.exec(request.path))) {
      const all = [...(this.tags.get(m[1]!)?.keys() ?? [])].sort();
      if (!this.tags.has(m[1]!)) return notFound('NAME_UNKNOWN');
      const n = Number(url.searchParams.get('n') ?? 100);
      const last = url.searchParams.get('last');
      const rest = last ? all.filter((t) => t > last) : all;
      const page = rest.slice(0, n);
      const headers: Record<string, string> =
        rest.length > n ? { link: `</v2/${m[1]}/tags/list?n=${n}&last=${page.at(-1)}>; rel="next"` } : {};
      return { body: { name: m[1], tags: page }, headers };
    }
    return notFound('UNSUPPORTED');
  }
}

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Debian's docker-registry (the CNCF distribution server), storing in a temporary folder it removes at stop. */
class DockerRegistryProcess implements LocalRegistryServer {
  readonly kind = 'docker-registry' as const;
  private child: ChildProcess | undefined;
  private dir = '';
  private port = 0;
  get host(): string {
    return `127.0.0.1:${this.port}`;
  }
  get url(): string {
    return `http://${this.host}`;
  }
  async start(): Promise<void> {
    this.port = await freePort();
    this.dir = mkdtempSync(path.join(os.tmpdir(), 'sg-registry-'));
    const config = path.join(this.dir, 'config.yml');
    writeFileSync(
      config,
      `version: 0.1\nlog: { level: error }\nstorage:\n  filesystem: { rootdirectory: ${this.dir}/data }\n` +
        `  delete: { enabled: true }\nhttp:\n  addr: ${this.host}\n`,
    );
    this.child = spawn(DOCKER_REGISTRY, ['serve', config], { stdio: 'ignore' });
    // A loaded 2-core machine took more than 10 s to bring it up (as in test/registry-setup.mjs).
    const deadline = Date.now() + START_DEADLINE_MS;
    while (Date.now() < deadline) {
      if (this.child.exitCode !== null) break;
      try {
        if ((await fetch(`${this.url}/v2/`, { signal: AbortSignal.timeout(2000) })).ok) return;
      } catch {
        // not listening yet
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    await this.stop();
    throw new Error(`${DOCKER_REGISTRY} did not answer on ${this.host} within ${START_DEADLINE_MS / 1000} s`);
  }
  async stop(): Promise<void> {
    if (this.child && this.child.exitCode === null) {
      const exited = new Promise((r) => this.child!.once('exit', r));
      this.child.kill();
      await exited;
    }
    if (this.dir) rmSync(this.dir, { recursive: true, force: true });
  }
}

/**
 * docker-registry when installed (the real server), else the in-process double; or, given a
 * loopback `host:port`, that running registry (callers namespace their repositories in it).
 */
export async function startLocalRegistry(prefer: string = 'auto'): Promise<LocalRegistryServer> {
  const existing = loopbackRegistry(prefer);
  if (existing) {
    const server = new ExistingRegistry(existing);
    await server.check();
    return server;
  }
  if (prefer !== 'auto' && prefer !== 'in-process')
    throw new Error(`registry "${prefer}" is neither auto, in-process nor a loopback host:port`);
  if (prefer === 'auto' && existsSync(DOCKER_REGISTRY)) {
    const server = new DockerRegistryProcess();
    try {
      await server.start();
      return server;
    } catch {
      // Fall through to the in-process registry: a rehearsal must not depend on the package.
    }
  }
  const double = new OciRegistryDouble();
  await double.start();
  return double;
}

/** Pushes like a build does: one image per platform, an OCI index over them, under every tag. */
export async function pushImage(
  registryUrl: string,
  repository: string,
  tags: string[],
  platforms: string[],
  salt: string,
): Promise<string> {
  const base = `${registryUrl}/v2/${repository}`;
  const blob = async (data: string): Promise<{ digest: string; size: number }> => {
    const digest = digestOf(data);
    const start = await fetch(`${base}/blobs/uploads/`, { method: 'POST' });
    if (start.status !== 202) throw new Error(`blob upload of ${repository}: HTTP ${start.status}`);
    const location = new URL(start.headers.get('location')!, registryUrl);
    location.searchParams.set('digest', digest);
    const put = await fetch(location, { method: 'PUT', body: data, headers: { 'content-type': 'application/octet-stream' } });
    if (put.status !== 201) throw new Error(`blob upload of ${repository}: HTTP ${put.status}`);
    return { digest, size: Buffer.byteLength(data) };
  };
  const manifest = async (reference: string, body: string, type: string): Promise<void> => {
    const put = await fetch(`${base}/manifests/${reference}`, { method: 'PUT', body, headers: { 'content-type': type } });
    if (put.status !== 201) throw new Error(`manifest ${repository}:${reference}: HTTP ${put.status} ${await put.text()}`);
  };
  const entries = [];
  for (const platform of platforms) {
    const [os_, architecture, variant] = platform.split('/');
    const config = await blob(
      JSON.stringify({
        architecture,
        os: os_,
        ...(variant ? { variant } : {}),
        config: { Labels: {} },
        rootfs: { type: 'layers', diff_ids: [] },
        salt,
      }),
    );
    const layer = await blob(`layer of ${repository} ${platform} ${salt}`);
    const body = JSON.stringify({
      schemaVersion: 2,
      mediaType: OCI_MANIFEST,
      config: { mediaType: 'application/vnd.oci.image.config.v1+json', ...config },
      layers: [{ mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip', ...layer }],
    });
    await manifest(digestOf(body), body, OCI_MANIFEST);
    entries.push({
      mediaType: OCI_MANIFEST,
      digest: digestOf(body),
      size: Buffer.byteLength(body),
      platform: { os: os_, architecture, ...(variant ? { variant } : {}) },
    });
  }
  const index = JSON.stringify({ schemaVersion: 2, mediaType: OCI_INDEX, manifests: entries });
  for (const tag of tags) await manifest(tag, index, OCI_INDEX);
  return digestOf(index);
}
