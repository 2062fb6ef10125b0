import { createRequire as __sgRequire } from 'node:module'; const require = __sgRequire(import.meta.url);

// src/standins/oci-registry.ts
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer as createServer2 } from "node:net";
import os from "node:os";
import path from "node:path";

// src/standins/http-double.ts
import { createServer } from "node:http";
var HttpDouble = class {
  requests = [];
  server;
  faults = [];
  lost = [];
  handler;
  constructor(handler) {
    this.handler = handler;
  }
  async start() {
    this.server = createServer((req, res) => void this.serve(req, res));
    await new Promise((resolve) => this.server.listen(0, "127.0.0.1", resolve));
    return this.url;
  }
  get url() {
    const { port } = this.server.address();
    return `http://127.0.0.1:${port}`;
  }
  async stop() {
    if (!this.server) return;
    this.server.closeAllConnections();
    await new Promise((resolve) => this.server.close(() => resolve()));
    this.server = void 0;
  }
  fail(method, path2, reply, times = 1) {
    this.faults.push({ method, path: path2, times, reply });
  }
  /** Forgets faults not yet used up (between tests: one test's outage must not reach the next). */
  clearFaults() {
    this.faults.length = 0;
    this.lost.length = 0;
  }
  /** The next `times` matching requests are carried out, but the connection drops before the answer. */
  loseAnswer(method, path2, times = 1) {
    this.lost.push({ method, path: path2, times });
  }
  count(method, path2) {
    return this.requests.filter((r) => r.method === method && path2.test(r.path)).length;
  }
  async serve(req, res) {
    const chunks = [];
    for await (const chunk of req) chunks.push(chunk);
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const request = {
      method: req.method ?? "GET",
      path: decodeURIComponent(url.pathname),
      headers: req.headers,
      body: Buffer.concat(chunks).toString("utf8")
    };
    this.requests.push(request);
    let reply;
    const fault = this.faults.find((f) => f.times > 0 && f.method === request.method && f.path.test(request.path));
    try {
      if (fault) {
        fault.times--;
        reply = fault.reply;
      } else {
        reply = await this.handler(request, url);
      }
    } catch (error) {
      reply = { status: 500, body: { message: String(error) } };
    }
    const lost = this.lost.find((f) => f.times > 0 && f.method === request.method && f.path.test(request.path));
    if (lost) {
      lost.times--;
      res.destroy();
      return;
    }
    request.status = reply.status ?? 200;
    const body = reply.body === void 0 ? "" : typeof reply.body === "string" ? reply.body : JSON.stringify(reply.body);
    res.writeHead(reply.status ?? 200, {
      ...reply.status === 304 ? {} : { "content-type": "application/json; charset=utf-8" },
      ...reply.headers
    });
    res.end(body);
  }
};

// src/standins/oci-registry.ts
var OCI_MANIFEST = "application/vnd.oci.image.manifest.v1+json";
var OCI_INDEX = "application/vnd.oci.image.index.v1+json";
var DOCKER_REGISTRY = "/usr/bin/docker-registry";
var START_DEADLINE_MS = 6e4;
var digestOf = (data) => `sha256:${createHash("sha256").update(data).digest("hex")}`;
function loopbackRegistry(value) {
  const m = /^(?:http:\/\/)?((?:127\.\d{1,3}\.\d{1,3}\.\d{1,3}|localhost|\[::1\]):\d{1,5})\/?$/.exec(value);
  return m?.[1];
}
var ExistingRegistry = class {
  kind = "existing";
  host;
  constructor(host) {
    this.host = host;
  }
  get url() {
    return `http://${this.host}`;
  }
  async check() {
    const answer = await fetch(`${this.url}/v2/`, { signal: AbortSignal.timeout(1e4) }).catch((error) => error);
    if (answer instanceof Error || !answer.ok)
      throw new Error(
        `the registry at ${this.host} does not answer /v2/ (${answer instanceof Error ? answer.message : `HTTP ${answer.status}`})`
      );
  }
  stop() {
    return Promise.resolve();
  }
};
var OciRegistryDouble = class extends HttpDouble {
  kind = "in-process";
  blobs = /* @__PURE__ */ new Map();
  manifests = /* @__PURE__ */ new Map();
  /** repository → tag → digest. */
  tags = /* @__PURE__ */ new Map();
  uploads = 0;
  constructor() {
    super((request, url) => this.answer(request, url));
  }
  get host() {
    return new URL(this.url).host;
  }
  answer(request, url) {
    if (request.path === "/v2/" || request.path === "/v2") return { body: {} };
    const notFound = (code) => ({
      status: 404,
      body: { errors: [{ code, message: `${code.toLowerCase().replace(/_/g, " ")}` }] }
    });
    let m;
    if (m = /^\/v2\/(.+)\/blobs\/uploads\/(\d+)?$/.exec(request.path)) {
      if (request.method === "POST") return { status: 202, headers: { location: `/v2/${m[1]}/blobs/uploads/${++this.uploads}` } };
      const digest = url.searchParams.get("digest");
      if (request.method !== "PUT" || !digest)
        return { status: 400, body: { errors: [{ code: "DIGEST_INVALID", message: "digest missing" }] } };
      if (digestOf(request.body) !== digest)
        return { status: 400, body: { errors: [{ code: "DIGEST_INVALID", message: "provided digest did not match uploaded content" }] } };
      this.blobs.set(digest, request.body);
      return { status: 201, headers: { location: `/v2/${m[1]}/blobs/${digest}`, "docker-content-digest": digest } };
    }
    if (m = /^\/v2\/(.+)\/blobs\/(sha256:[0-9a-f]{64})$/.exec(request.path)) {
      const blob = this.blobs.get(m[2]);
      if (blob === void 0) return notFound("BLOB_UNKNOWN");
      return { body: blob, headers: { "content-type": "application/octet-stream", "docker-content-digest": m[2] } };
    }
    if (m = /^\/v2\/(.+)\/manifests\/([^/]+)$/.exec(request.path)) {
      const [, repository, reference] = m;
      if (request.method === "PUT") {
        const digest2 = digestOf(request.body);
        this.manifests.set(digest2, { body: request.body, type: String(request.headers["content-type"] ?? OCI_MANIFEST) });
        if (!reference.startsWith("sha256:")) {
          if (!this.tags.has(repository)) this.tags.set(repository, /* @__PURE__ */ new Map());
          this.tags.get(repository).set(reference, digest2);
        }
        return { status: 201, headers: { location: `/v2/${repository}/manifests/${digest2}`, "docker-content-digest": digest2 } };
      }
      const digest = reference.startsWith("sha256:") ? reference : this.tags.get(repository)?.get(reference);
      const manifest = digest ? this.manifests.get(digest) : void 0;
      if (!digest || !manifest) return notFound("MANIFEST_UNKNOWN");
      return { body: manifest.body, headers: { "content-type": manifest.type, "docker-content-digest": digest } };
    }
    if (m = /^\/v2\/(.+)\/tags\/list$/.exec(request.path)) {
      const all = [...this.tags.get(m[1])?.keys() ?? []].sort();
      if (!this.tags.has(m[1])) return notFound("NAME_UNKNOWN");
      const n = Number(url.searchParams.get("n") ?? 100);
      const last = url.searchParams.get("last");
      const rest = last ? all.filter((t) => t > last) : all;
      const page = rest.slice(0, n);
      const headers = rest.length > n ? { link: `</v2/${m[1]}/tags/list?n=${n}&last=${page.at(-1)}>; rel="next"` } : {};
      return { body: { name: m[1], tags: page }, headers };
    }
    return notFound("UNSUPPORTED");
  }
};
async function freePort() {
  return new Promise((resolve) => {
    const server = createServer2();
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}
var DockerRegistryProcess = class {
  kind = "docker-registry";
  child;
  dir = "";
  port = 0;
  get host() {
    return `127.0.0.1:${this.port}`;
  }
  get url() {
    return `http://${this.host}`;
  }
  async start() {
    this.port = await freePort();
    this.dir = mkdtempSync(path.join(os.tmpdir(), "sg-registry-"));
    const config = path.join(this.dir, "config.yml");
    writeFileSync(
      config,
      `version: 0.1
log: { level: error }
storage:
  filesystem: { rootdirectory: ${this.dir}/data }
  delete: { enabled: true }
http:
  addr: ${this.host}
`
    );
    this.child = spawn(DOCKER_REGISTRY, ["serve", config], { stdio: "ignore" });
    const deadline = Date.now() + START_DEADLINE_MS;
    while (Date.now() < deadline) {
      if (this.child.exitCode !== null) break;
      try {
        if ((await fetch(`${this.url}/v2/`, { signal: AbortSignal.timeout(2e3) })).ok) return;
      } catch {
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    await this.stop();
    throw new Error(`${DOCKER_REGISTRY} did not answer on ${this.host} within ${START_DEADLINE_MS / 1e3} s`);
  }
  async stop() {
    if (this.child && this.child.exitCode === null) {
      const exited = new Promise((r) => this.child.once("exit", r));
      this.child.kill();
      await exited;
    }
    if (this.dir) rmSync(this.dir, { recursive: true, force: true });
  }
};
async function startLocalRegistry(prefer = "auto") {
  const existing = loopbackRegistry(prefer);
  if (existing) {
    const server = new ExistingRegistry(existing);
    await server.check();
    return server;
  }
  if (prefer !== "auto" && prefer !== "in-process")
    throw new Error(`registry "${prefer}" is neither auto, in-process nor a loopback host:port`);
  if (prefer === "auto" && existsSync(DOCKER_REGISTRY)) {
    const server = new DockerRegistryProcess();
    try {
      await server.start();
      return server;
    } catch {
    }
  }
  const double = new OciRegistryDouble();
  await double.start();
  return double;
}
async function pushImage(registryUrl, repository, tags, platforms, salt) {
  const base = `${registryUrl}/v2/${repository}`;
  const blob = async (data) => {
    const digest = digestOf(data);
    const start = await fetch(`${base}/blobs/uploads/`, { method: "POST" });
    if (start.status !== 202) throw new Error(`blob upload of ${repository}: HTTP ${start.status}`);
    const location = new URL(start.headers.get("location"), registryUrl);
    location.searchParams.set("digest", digest);
    const put = await fetch(location, { method: "PUT", body: data, headers: { "content-type": "application/octet-stream" } });
    if (put.status !== 201) throw new Error(`blob upload of ${repository}: HTTP ${put.status}`);
    return { digest, size: Buffer.byteLength(data) };
  };
  const manifest = async (reference, body, type) => {
    const put = await fetch(`${base}/manifests/${reference}`, { method: "PUT", body, headers: { "content-type": type } });
    if (put.status !== 201) throw new Error(`manifest ${repository}:${reference}: HTTP ${put.status} ${await put.text()}`);
  };
  const entries = [];
  for (const platform of platforms) {
    const [os_, architecture, variant] = platform.split("/");
    const config = await blob(
      JSON.stringify({
        architecture,
        os: os_,
        ...variant ? { variant } : {},
        config: { Labels: {} },
        rootfs: { type: "layers", diff_ids: [] },
        salt
      })
    );
    const layer = await blob(`layer of ${repository} ${platform} ${salt}`);
    const body = JSON.stringify({
      schemaVersion: 2,
      mediaType: OCI_MANIFEST,
      config: { mediaType: "application/vnd.oci.image.config.v1+json", ...config },
      layers: [{ mediaType: "application/vnd.oci.image.layer.v1.tar+gzip", ...layer }]
    });
    await manifest(digestOf(body), body, OCI_MANIFEST);
    entries.push({
      mediaType: OCI_MANIFEST,
      digest: digestOf(body),
      size: Buffer.byteLength(body),
      platform: { os: os_, architecture, ...variant ? { variant } : {} }
    });
  }
  const index = JSON.stringify({ schemaVersion: 2, mediaType: OCI_INDEX, manifests: entries });
  for (const tag of tags) await manifest(tag, index, OCI_INDEX);
  return digestOf(index);
}

export {
  HttpDouble,
  loopbackRegistry,
  startLocalRegistry,
  pushImage
};
