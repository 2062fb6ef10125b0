import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';

const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json';
const OCI_INDEX = 'application/vnd.oci.image.index.v1+json';

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

const digestOf = (data: Buffer | string): string => `sha256:${createHash('sha256').update(data).digest('hex')}`;

/** Debian's docker-registry (the CNCF distribution server) on 127.0.0.1, storing in a temp dir. */
export class LocalRegistry {
  private child: ChildProcess | undefined;
  port = 0;

  get host(): string {
    return `127.0.0.1:${this.port}`;
  }
  get url(): string {
    return `http://${this.host}`;
  }

  /**
   * Uses the registry of the run (SERVICE_GURU_TEST_REGISTRY=127.0.0.1:PORT, set by .ci/run or
   * jest's global setup, test/registry-setup.mjs); only a suite run outside jest's setup starts
   * one of its own.
   */
  async start(): Promise<void> {
    const shared = process.env.SERVICE_GURU_TEST_REGISTRY;
    if (shared) {
      this.port = Number(shared.split(':')[1]);
      const answer = await fetch(`${this.url}/v2/`).catch((error: unknown) => error as Error);
      if (answer instanceof Error || !answer.ok)
        throw new Error(
          `the registry at SERVICE_GURU_TEST_REGISTRY=${shared} does not answer /v2/ ` +
            `(${answer instanceof Error ? answer.message : `HTTP ${answer.status}`})`,
        );
      return;
    }
    this.port = await freePort();
    const dir = mkdtempSync(path.join(os.tmpdir(), 'sg-registry-'));
    const config = path.join(dir, 'config.yml');
    writeFileSync(
      config,
      `version: 0.1\nlog: { level: error }\nstorage:\n  filesystem: { rootdirectory: ${dir}/data }\n` +
        `  delete: { enabled: true }\nhttp:\n  addr: 127.0.0.1:${this.port}\n`,
    );
    this.child = spawn('docker-registry', ['serve', config], { stdio: 'ignore' });
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline) {
      try {
        if ((await fetch(`${this.url}/v2/`)).ok) return;
      } catch {
        // not listening yet
      }
      await new Promise((r) => setTimeout(r, 50));
    }
    this.child.kill();
    throw new Error('docker-registry did not answer within 60s (is it installed? .ci/run installs it)');
  }

  stop(): Promise<void> {
    this.child?.kill();
    return Promise.resolve();
  }

  private async blob(repo: string, data: Buffer | string): Promise<{ digest: string; size: number }> {
    const digest = digestOf(data);
    const start = await fetch(`${this.url}/v2/${repo}/blobs/uploads/`, { method: 'POST' });
    if (start.status !== 202) throw new Error(`blob upload start: ${start.status}`);
    const location = new URL(start.headers.get('location')!, this.url);
    location.searchParams.set('digest', digest);
    const put = await fetch(location, { method: 'PUT', body: data, headers: { 'content-type': 'application/octet-stream' } });
    if (put.status !== 201) throw new Error(`blob upload: ${put.status} ${await put.text()}`);
    return { digest, size: Buffer.byteLength(data) };
  }

  private async manifest(repo: string, reference: string, body: string, mediaType: string): Promise<string> {
    const put = await fetch(`${this.url}/v2/${repo}/manifests/${reference}`, {
      method: 'PUT',
      body,
      headers: { 'content-type': mediaType },
    });
    if (put.status !== 201) throw new Error(`manifest put: ${put.status} ${await put.text()}`);
    return put.headers.get('docker-content-digest')!;
  }

  /** Pushes a single-platform image under the given tags; returns its digest. */
  async pushImage(repo: string, tags: string[], options: { platform?: string; revision?: string; salt?: string } = {}): Promise<string> {
    const { manifest } = await this.buildImage(repo, options);
    let digest = '';
    for (const tag of tags) digest = await this.manifest(repo, tag, manifest, OCI_MANIFEST);
    return digest;
  }

  private async buildImage(
    repo: string,
    options: { platform?: string; revision?: string; salt?: string },
  ): Promise<{ manifest: string; digest: string; size: number }> {
    const [os_, architecture, variant] = (options.platform ?? 'linux/amd64').split('/');
    const config = JSON.stringify({
      architecture,
      os: os_,
      ...(variant ? { variant } : {}),
      config: { Labels: options.revision ? { 'org.opencontainers.image.revision': options.revision } : {} },
      rootfs: { type: 'layers', diff_ids: [] },
      salt: options.salt ?? String(Math.random()),
    });
    const configBlob = await this.blob(repo, config);
    const layer = await this.blob(repo, `layer ${options.salt ?? Math.random()} ${options.platform}`);
    const manifest = JSON.stringify({
      schemaVersion: 2,
      mediaType: OCI_MANIFEST,
      config: { mediaType: 'application/vnd.oci.image.config.v1+json', digest: configBlob.digest, size: configBlob.size },
      layers: [{ mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip', digest: layer.digest, size: layer.size }],
    });
    return { manifest, digest: digestOf(manifest), size: Buffer.byteLength(manifest) };
  }

  /** Pushes one image per platform and an OCI index over them under the tags; returns the index digest. */
  async pushIndex(repo: string, tags: string[], platforms: string[], options: { revision?: string; salt?: string } = {}): Promise<string> {
    const manifests = [];
    for (const platform of platforms) {
      const image = await this.buildImage(repo, { ...options, platform });
      await this.manifest(repo, image.digest, image.manifest, OCI_MANIFEST);
      const [os_, architecture, variant] = platform.split('/');
      manifests.push({
        mediaType: OCI_MANIFEST,
        digest: image.digest,
        size: image.size,
        platform: { os: os_, architecture, ...(variant ? { variant } : {}) },
      });
    }
    const index = JSON.stringify({ schemaVersion: 2, mediaType: OCI_INDEX, manifests });
    let digest = '';
    for (const tag of tags) digest = await this.manifest(repo, tag, index, OCI_INDEX);
    return digest;
  }
}
