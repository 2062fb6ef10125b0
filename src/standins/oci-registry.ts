import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { loopbackRegistry } from './loopback.ts';
import { OciRegistryDouble } from './oci-registry-double.ts';

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
