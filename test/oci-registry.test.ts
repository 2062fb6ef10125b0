import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { OciRegistryDouble } from '../src/standins/oci-registry-double.ts';
import { startLocalRegistry, type LocalRegistryServer } from '../src/standins/oci-registry.ts';

// The same protocol checks against the in-process registry and against the run's registry: where
// that is Debian's docker-registry (.ci/run, or a machine with it installed), the double is held
// to what the real server answers.
const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json';
const OCI_INDEX = 'application/vnd.oci.image.index.v1+json';
const digestOf = (data: Buffer | string): string => `sha256:${createHash('sha256').update(data).digest('hex')}`;

let counter = 0;
const codeOf = async (answer: Response): Promise<string | undefined> =>
  ((await answer.json()) as { errors?: Array<{ code: string }> }).errors?.[0]?.code;

const targets: Array<[string, () => Promise<LocalRegistryServer>]> = [
  [
    'the in-process registry',
    async () => {
      const double = new OciRegistryDouble();
      await double.start();
      return double;
    },
  ],
  ["the run's registry", () => startLocalRegistry(process.env.SERVICE_GURU_TEST_REGISTRY ?? 'in-process')],
];

describe.each(targets)('OCI distribution API of %s', (_name, start) => {
  let registry: LocalRegistryServer;
  beforeAll(async () => {
    registry = await start();
  });
  afterAll(async () => {
    await registry.stop();
  });
  // A registry shared with other suites and earlier runs: a repository of this test's own.
  const repository = (): string => `conformance/r${process.pid}-${++counter}`;
  const v2 = (repo: string, rest: string): string => `${registry.url}/v2/${repo}/${rest}`;

  async function upload(repo: string, data: Buffer | string): Promise<{ digest: string; size: number }> {
    const digest = digestOf(data);
    const post = await fetch(v2(repo, 'blobs/uploads/'), { method: 'POST' });
    expect(post.status).toBe(202);
    const location = new URL(post.headers.get('location')!, registry.url);
    location.searchParams.set('digest', digest);
    const put = await fetch(location, { method: 'PUT', body: data, headers: { 'content-type': 'application/octet-stream' } });
    expect(put.status).toBe(201);
    expect(put.headers.get('docker-content-digest')).toBe(digest);
    return { digest, size: Buffer.byteLength(data) };
  }

  async function image(repo: string, salt: string): Promise<string> {
    const config = await upload(repo, JSON.stringify({ architecture: 'amd64', os: 'linux', salt }));
    const layer = await upload(repo, `layer ${salt}`);
    return JSON.stringify({
      schemaVersion: 2,
      mediaType: OCI_MANIFEST,
      config: { mediaType: 'application/vnd.oci.image.config.v1+json', ...config },
      layers: [{ mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip', ...layer }],
    });
  }

  const putManifest = (repo: string, reference: string, body: string, type: string): Promise<Response> =>
    fetch(v2(repo, `manifests/${reference}`), { method: 'PUT', body, headers: { 'content-type': type } });

  test('/v2/ answers 200 with the API version header', async () => {
    const answer = await fetch(`${registry.url}/v2/`);
    expect(answer.status).toBe(200);
    expect(answer.headers.get('docker-distribution-api-version')).toBe('registry/2.0');
  });

  test('a blob goes up by POST then PUT ?digest= and comes back byte for byte by GET; HEAD gives its size and digest', async () => {
    const repo = repository();
    const bytes = Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0xff, 0xfe, 0x80, 0x00]);
    const { digest } = await upload(repo, bytes);
    const head = await fetch(v2(repo, `blobs/${digest}`), { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.headers.get('content-length')).toBe(String(bytes.length));
    expect(head.headers.get('docker-content-digest')).toBe(digest);
    const get = await fetch(v2(repo, `blobs/${digest}`));
    expect(Buffer.from(await get.arrayBuffer())).toEqual(bytes);
    // Blobs belong to their repository.
    const elsewhere = await fetch(v2(repository(), `blobs/${digest}`), { method: 'GET' });
    expect(elsewhere.status).toBe(404);
    expect(await codeOf(elsewhere)).toBe('BLOB_UNKNOWN');
  });

  test('an upload whose bytes do not match ?digest= is refused with DIGEST_INVALID', async () => {
    const repo = repository();
    const post = await fetch(v2(repo, 'blobs/uploads/'), { method: 'POST' });
    const location = new URL(post.headers.get('location')!, registry.url);
    location.searchParams.set('digest', digestOf('something else'));
    const put = await fetch(location, { method: 'PUT', body: 'these bytes', headers: { 'content-type': 'application/octet-stream' } });
    expect(put.status).toBe(400);
    expect(await codeOf(put)).toBe('DIGEST_INVALID');
  });

  test('a chunked upload (PATCH, then PUT ?digest=) stores the whole blob', async () => {
    const repo = repository();
    const post = await fetch(v2(repo, 'blobs/uploads/'), { method: 'POST' });
    const first = await fetch(new URL(post.headers.get('location')!, registry.url), {
      method: 'PATCH',
      body: 'first half, ',
      headers: { 'content-type': 'application/octet-stream', 'content-range': '0-11' },
    });
    expect(first.status).toBe(202);
    expect(first.headers.get('range')).toBe('0-11');
    const location = new URL(first.headers.get('location')!, registry.url);
    location.searchParams.set('digest', digestOf('first half, second half'));
    const put = await fetch(location, { method: 'PUT', body: 'second half', headers: { 'content-type': 'application/octet-stream' } });
    expect(put.status).toBe(201);
    expect(await (await fetch(v2(repo, `blobs/${digestOf('first half, second half')}`))).text()).toBe('first half, second half');
  });

  test('a manifest naming a blob the repository lacks is refused with MANIFEST_BLOB_UNKNOWN', async () => {
    const repo = repository();
    await upload(repo, 'something');
    const body = JSON.stringify({
      schemaVersion: 2,
      mediaType: OCI_MANIFEST,
      config: { mediaType: 'application/vnd.oci.image.config.v1+json', digest: digestOf('no such config'), size: 14 },
      layers: [],
    });
    const put = await putManifest(repo, 'prod', body, OCI_MANIFEST);
    expect(put.status).toBe(400);
    expect(await codeOf(put)).toBe('MANIFEST_BLOB_UNKNOWN');
  });

  test('manifests and indexes by tag and digest, byte for byte with media type and digest; HEAD as GET without a body', async () => {
    const repo = repository();
    const manifest = await image(repo, 'one');
    const put = await putManifest(repo, digestOf(manifest), manifest, OCI_MANIFEST);
    expect(put.status).toBe(201);
    expect(put.headers.get('docker-content-digest')).toBe(digestOf(manifest));
    const index = JSON.stringify({
      schemaVersion: 2,
      mediaType: OCI_INDEX,
      manifests: [
        { mediaType: OCI_MANIFEST, digest: digestOf(manifest), size: manifest.length, platform: { os: 'linux', architecture: 'amd64' } },
      ],
    });
    expect((await putManifest(repo, 'prod', index, OCI_INDEX)).headers.get('docker-content-digest')).toBe(digestOf(index));
    const accept = { accept: `${OCI_INDEX}, ${OCI_MANIFEST}` };
    for (const reference of ['prod', digestOf(index)]) {
      const get = await fetch(v2(repo, `manifests/${reference}`), { headers: accept });
      expect(get.status).toBe(200);
      expect(get.headers.get('content-type')).toBe(OCI_INDEX);
      expect(get.headers.get('docker-content-digest')).toBe(digestOf(index));
      expect(await get.text()).toBe(index);
      const head = await fetch(v2(repo, `manifests/${reference}`), { method: 'HEAD', headers: accept });
      expect(head.status).toBe(200);
      expect(head.headers.get('docker-content-digest')).toBe(digestOf(index));
      expect(head.headers.get('content-length')).toBe(String(Buffer.byteLength(index)));
    }
    const child = await fetch(v2(repo, `manifests/${digestOf(manifest)}`), { headers: accept });
    expect(child.headers.get('content-type')).toBe(OCI_MANIFEST);
    const missing = await fetch(v2(repo, 'manifests/nope'), { headers: accept });
    expect(missing.status).toBe(404);
    expect(await codeOf(missing)).toBe('MANIFEST_UNKNOWN');
  });

  test('the tag list is sorted and paged by n and last, with a Link to the next page; an unknown repository is NAME_UNKNOWN', async () => {
    const repo = repository();
    const manifest = await image(repo, 'tags');
    for (const tag of ['stable', 'prod', 'abc123']) expect((await putManifest(repo, tag, manifest, OCI_MANIFEST)).status).toBe(201);
    expect(await (await fetch(v2(repo, 'tags/list'))).json()).toEqual({ name: repo, tags: ['abc123', 'prod', 'stable'] });
    // Walking the Link pages gives every tag once, in order (docker-registry 2.8 answers n=2 with
    // the whole list and no Link; the spec's paging, which the double follows, with two pages).
    const walked: string[] = [];
    let pages = 0;
    for (let next: string | undefined = v2(repo, 'tags/list?n=2'); next; pages++) {
      const page = await fetch(new URL(next, registry.url));
      const { tags } = (await page.json()) as { tags: string[] };
      next = /^<([^>]+)>; rel="next"$/.exec(page.headers.get('link') ?? '')?.[1];
      if (next) expect(tags).toHaveLength(2);
      walked.push(...tags);
    }
    expect(walked).toEqual(['abc123', 'prod', 'stable']);
    if (registry instanceof OciRegistryDouble) expect(pages).toBe(2);
    const unknown = await fetch(v2(repository(), 'tags/list'));
    expect(unknown.status).toBe(404);
    expect(await codeOf(unknown)).toBe('NAME_UNKNOWN');
  });

  test('deleting a manifest by digest answers 202 and takes its tags with it', async () => {
    const repo = repository();
    const manifest = await image(repo, 'delete');
    await putManifest(repo, 'old', manifest, OCI_MANIFEST);
    const deleted = await fetch(v2(repo, `manifests/${digestOf(manifest)}`), { method: 'DELETE' });
    expect(deleted.status).toBe(202);
    expect((await fetch(v2(repo, 'manifests/old'), { headers: { accept: OCI_MANIFEST } })).status).toBe(404);
    expect((await fetch(v2(repo, `manifests/${digestOf(manifest)}`), { method: 'DELETE' })).status).toBe(404);
  });
});
