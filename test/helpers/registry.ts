import { createHash } from 'node:crypto';
import { startLocalRegistry, type LocalRegistryServer } from '../../src/standins/oci-registry.ts';

const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json';
const OCI_INDEX = 'application/vnd.oci.image.index.v1+json';

const digestOf = (data: Buffer | string): string => `sha256:${createHash('sha256').update(data).digest('hex')}`;

/** The run's registry, with pushes the way a build pushes (revision labels, per-platform indexes). */
export class LocalRegistry {
  private server: LocalRegistryServer | undefined;
  port = 0;

  get host(): string {
    return `127.0.0.1:${this.port}`;
  }
  get url(): string {
    return `http://${this.host}`;
  }

  /**
   * Uses the registry of the run (SERVICE_GURU_TEST_REGISTRY=127.0.0.1:PORT, set by .ci/run or
   * jest's global setup, test/registry-setup.mjs, to docker-registry or the in-process one);
   * only a suite run outside jest's setup gets an in-process registry of its own.
   */
  async start(): Promise<void> {
    this.server = await startLocalRegistry(process.env.SERVICE_GURU_TEST_REGISTRY ?? 'in-process');
    this.port = Number(this.server.host.split(':')[1]);
  }

  stop(): Promise<void> {
    return this.server?.stop() ?? Promise.resolve();
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
