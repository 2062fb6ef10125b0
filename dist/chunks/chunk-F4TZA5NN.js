import { createRequire as __sgRequire } from 'node:module'; const require = __sgRequire(import.meta.url);

// src/standins/kube/refs.ts
var REFS = {
  pods: { group: "", version: "v1", resource: "pods" },
  configmaps: { group: "", version: "v1", resource: "configmaps" },
  deployments: { group: "apps", version: "v1", resource: "deployments" },
  statefulsets: { group: "apps", version: "v1", resource: "statefulsets" },
  daemonsets: { group: "apps", version: "v1", resource: "daemonsets" },
  deploymentconfigs: { group: "apps.openshift.io", version: "v1", resource: "deploymentconfigs" },
  imagestreams: { group: "image.openshift.io", version: "v1", resource: "imagestreams" },
  imagestreamimports: { group: "image.openshift.io", version: "v1", resource: "imagestreamimports" },
  imagestreamtags: { group: "image.openshift.io", version: "v1", resource: "imagestreamtags" },
  // The run lock; served by the plain storage verbs (create: AlreadyExists, replace: resourceVersion checked).
  leases: { group: "coordination.k8s.io", version: "v1", resource: "leases" }
};
var GROUPS = {
  Pod: REFS.pods,
  ConfigMap: REFS.configmaps,
  Deployment: REFS.deployments,
  StatefulSet: REFS.statefulsets,
  DaemonSet: REFS.daemonsets,
  DeploymentConfig: REFS.deploymentconfigs,
  ImageStream: REFS.imagestreams,
  Lease: REFS.leases
};
function refFor(object) {
  const known = object.kind ? GROUPS[object.kind] : void 0;
  if (known) return known;
  const [group, version] = (object.apiVersion ?? "v1").includes("/") ? object.apiVersion.split("/") : ["", object.apiVersion ?? "v1"];
  return { group, version, resource: `${(object.kind ?? "").toLowerCase()}s` };
}

// src/standins/http-double.ts
import { createServer } from "node:http";

// src/standins/faults.ts
import { AsyncLocalStorage } from "node:async_hooks";
var faultScope = new AsyncLocalStorage();
function currentFaultPlan() {
  return faultScope.getStore();
}

// src/standins/http-double.ts
var HttpDouble = class {
  requests = [];
  server;
  faults = [];
  lost = [];
  handler;
  /** The seeded faults of the run this double was built for (see faults.ts); none outside one. */
  plan = currentFaultPlan();
  constructor(handler) {
    this.handler = handler;
  }
  /** The service named in fault reports: the class name without "Double" (GitHubDouble → github). */
  get service() {
    const name = this.constructor.name.replace(/Double$/, "").toLowerCase();
    return name === "ociregistry" ? "registry" : name;
  }
  /** Requests the fault layer may touch: the product's, not a stand-in's own set-up traffic. */
  faultable(method) {
    void method;
    return true;
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
    const info = { service: this.service, method: req.method ?? "GET", path: new URL(req.url ?? "/", "http://x").pathname, watch: false };
    if (this.plan && this.faultable(info.method)) await withFaults(this.plan, info, req, res, () => this.respond(req, res));
    else await this.respond(req, res);
  }
  async respond(req, res) {
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
async function withFaults(plan, info, req, res, serve) {
  const kind = plan.decide(info);
  if (!kind) return serve();
  const drain = async () => {
    const chunks = [];
    for await (const chunk of req) chunks.push(chunk);
    return Buffer.concat(chunks).toString("utf8");
  };
  const echo = async () => ({
    method: info.method,
    url: req.url,
    headers: req.headers,
    body: await drain()
  });
  const send2 = (status2, type, body, headers = {}) => {
    res.writeHead(status2, { "content-type": type, "content-length": String(Buffer.byteLength(body)), ...headers });
    res.end(body);
  };
  switch (kind) {
    case "kill":
    case "down":
    case "reset-before":
      req.socket.destroy();
      return;
    case "http-500":
    case "http-502":
    case "http-503": {
      const status2 = Number(kind.slice(5));
      return send2(status2, "application/json", JSON.stringify({ message: STATUS_TEXT[status2], request: await echo() }));
    }
    case "http-429": {
      const seconds = 1 + Math.floor(plan.detail(info, "retry-after") * 30);
      return send2(429, "application/json", JSON.stringify({ message: "Too Many Requests", request: await echo() }), {
        "retry-after": String(seconds)
      });
    }
    case "html-page": {
      const request = await echo();
      const page = `<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body><h1>Bad Gateway</h1><p>The proxy received an invalid response from an upstream server.</p><pre>${escapeHtml(JSON.stringify(request, null, 2))}</pre></body></html>`;
      return send2(plan.detail(info, "html-status") < 0.5 ? 502 : 200, "text/html; charset=utf-8", page);
    }
    case "malformed-json":
      await drain();
      return send2(200, "application/json", '{"message": "ok", "items": [{"id": 1,, }');
    case "watch-gone": {
      await drain();
      const gone = {
        type: "ERROR",
        object: {
          kind: "Status",
          apiVersion: "v1",
          metadata: {},
          status: "Failure",
          message: "too old resource version",
          reason: "Expired",
          code: 410
        }
      };
      return send2(200, "application/json", JSON.stringify(gone) + "\n");
    }
    case "watch-closed": {
      const after = 5 + Math.floor(plan.detail(info, "watch-close") * 200);
      setTimeout(() => res.destroy(), after).unref();
      return serve();
    }
    case "reset-after":
    case "truncated-json":
    case "slow":
      spoilAnswer(kind, plan, res);
      return serve();
  }
}
var STATUS_TEXT = { 500: "Internal Server Error", 502: "Bad Gateway", 503: "Service Unavailable" };
var escapeHtml = (text) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
var SLOW_HOLD_MS = 12e4;
function spoilAnswer(kind, plan, res) {
  let status2 = 200;
  let headers = {};
  const writeHead = res.writeHead.bind(res);
  const end = res.end.bind(res);
  res.writeHead = (code, ...rest) => {
    status2 = code;
    const given = rest.find((r) => r && typeof r === "object" && !Array.isArray(r));
    headers = { ...given };
    return res;
  };
  res.end = ((chunk) => {
    const body = typeof chunk === "string" ? chunk : Buffer.isBuffer(chunk) ? chunk.toString("utf8") : "";
    const reallySend = (text) => {
      if (res.destroyed) return;
      const rest = Object.fromEntries(Object.entries(headers).filter(([k]) => k.toLowerCase() !== "content-length"));
      writeHead(status2, { ...rest, "content-length": Buffer.byteLength(text) });
      end(text);
    };
    if (kind === "reset-after") res.destroy();
    else if (kind === "truncated-json") reallySend(body.slice(0, Math.max(1, Math.floor(body.length / 2))));
    else {
      const timer = setTimeout(() => {
        plan.heldToTheEnd++;
        reallySend(body);
      }, SLOW_HOLD_MS);
      res.on("close", () => clearTimeout(timer));
    }
    return res;
  });
}

// src/standins/kube/index.ts
import { createServer as createServer2 } from "node:https";

// src/standins/kube/tls.ts
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
function makePki() {
  if (reused) {
    const dir2 = mkdtempSync(path.join(os.tmpdir(), "sg-kube-pki-"));
    writeFileSync(path.join(dir2, "ca.pem"), reused.ca);
    return { ...reused, dir: dir2, caFile: path.join(dir2, "ca.pem"), remove: () => rmSync(dir2, { recursive: true, force: true }) };
  }
  const dir = mkdtempSync(path.join(os.tmpdir(), "sg-kube-pki-"));
  const at = (name) => path.join(dir, name);
  const run = (args) => execFileSync("openssl", args, { cwd: dir, stdio: ["ignore", "ignore", "pipe"] });
  run([
    "req",
    "-x509",
    "-newkey",
    "rsa:2048",
    "-nodes",
    "-keyout",
    "ca.key",
    "-out",
    "ca.pem",
    "-days",
    "2",
    "-subj",
    "/CN=service-guru throwaway cluster CA"
  ]);
  run(["req", "-newkey", "rsa:2048", "-nodes", "-keyout", "server.key", "-out", "server.csr", "-subj", "/CN=127.0.0.1"]);
  writeFileSync(at("san.ext"), "subjectAltName=IP:127.0.0.1\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n");
  run([
    "x509",
    "-req",
    "-in",
    "server.csr",
    "-CA",
    "ca.pem",
    "-CAkey",
    "ca.key",
    "-CAcreateserial",
    "-out",
    "server.pem",
    "-days",
    "2",
    "-extfile",
    "san.ext"
  ]);
  const pki = {
    dir,
    caFile: at("ca.pem"),
    key: readFileSync(at("server.key"), "utf8"),
    cert: readFileSync(at("server.pem"), "utf8"),
    remove: () => rmSync(dir, { recursive: true, force: true })
  };
  if (reusing) reused = { key: pki.key, cert: pki.cert, ca: readFileSync(pki.caFile, "utf8") };
  return pki;
}
var reusing = false;
var reused;

// src/standins/kube/store.ts
import { randomUUID } from "node:crypto";
var KINDS = {
  pods: "Pod",
  deployments: "Deployment",
  statefulsets: "StatefulSet",
  replicasets: "ReplicaSet",
  deploymentconfigs: "DeploymentConfig",
  imagestreams: "ImageStream",
  imagestreamimports: "ImageStreamImport",
  imagestreamtags: "ImageStreamTag",
  configmaps: "ConfigMap",
  secrets: "Secret",
  services: "Service",
  routes: "Route",
  events: "Event",
  jobs: "Job",
  serviceaccounts: "ServiceAccount"
};
function kindOf(resource) {
  return KINDS[resource] ?? resource.replace(/s$/, "").replace(/^./, (c) => c.toUpperCase());
}
function apiVersionOf(ref) {
  return ref.group ? `${ref.group}/${ref.version}` : ref.version;
}
var clone = (value) => structuredClone(value);
var keyOf = (ref, namespace) => `${ref.group}/${ref.version}/${ref.resource}/${namespace}`;
var ObjectStore = class {
  collections = /* @__PURE__ */ new Map();
  history = [];
  /** Watches from an older resourceVersion get 410 Gone, as after an etcd compaction. */
  compactedBefore = 0;
  rv = 1e3;
  listeners = /* @__PURE__ */ new Set();
  /** Milliseconds since the epoch, as the double's clock sees it. */
  now = () => Date.now();
  get resourceVersion() {
    return String(this.rv);
  }
  /** Forgets the history so far: a watch resuming from before now must list again. */
  compact() {
    this.compactedBefore = this.rv;
  }
  subscribe(listener) {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
  collection(ref, namespace) {
    const key = keyOf(ref, namespace);
    let c = this.collections.get(key);
    if (!c) this.collections.set(key, c = /* @__PURE__ */ new Map());
    return c;
  }
  list(ref, namespace, filter = {}) {
    const objects = [...this.collection(ref, namespace).values()];
    return objects.filter((o) => matchesLabels(o, filter.labelSelector) && matchesFields(o, filter.fieldSelector)).map(clone);
  }
  /** Every object of a resource, in every namespace. */
  listAll(ref) {
    const prefix = `${ref.group}/${ref.version}/${ref.resource}/`;
    return [...this.collections.entries()].filter(([k]) => k.startsWith(prefix)).flatMap(([, c]) => [...c.values()].map(clone));
  }
  get(ref, namespace, name) {
    const o = this.collection(ref, namespace).get(name);
    return o ? clone(o) : void 0;
  }
  create(ref, namespace, input) {
    const c = this.collection(ref, namespace);
    if (c.has(input.metadata.name)) throw new Conflict(`${ref.resource} "${input.metadata.name}" already exists`, "AlreadyExists");
    const object = clone(input);
    object.apiVersion ??= apiVersionOf(ref);
    object.kind ??= kindOf(ref.resource);
    object.metadata = {
      ...object.metadata,
      namespace,
      uid: randomUUID(),
      generation: 1,
      creationTimestamp: new Date(this.now()).toISOString(),
      resourceVersion: String(++this.rv)
    };
    c.set(object.metadata.name, object);
    this.emit({ rv: this.rv, type: "ADDED", ref, namespace, object: clone(object) });
    return clone(object);
  }
  /** Replaces the object; a changed spec bumps metadata.generation, as the API server does. */
  update(ref, namespace, input, expectedRv) {
    const c = this.collection(ref, namespace);
    const old = c.get(input.metadata.name);
    if (!old) throw new NotFound(ref.resource, input.metadata.name);
    if (expectedRv && expectedRv !== old.metadata.resourceVersion) {
      throw new Conflict(
        `Operation cannot be fulfilled on ${ref.resource} "${input.metadata.name}": the object has been modified; please apply your changes to the latest version and try again`,
        "Conflict"
      );
    }
    const object = clone(input);
    object.apiVersion = old.apiVersion;
    object.kind = old.kind;
    const specChanged = JSON.stringify(old.spec) !== JSON.stringify(object.spec);
    object.metadata = {
      ...object.metadata,
      namespace,
      uid: old.metadata.uid,
      creationTimestamp: old.metadata.creationTimestamp,
      generation: (old.metadata.generation ?? 1) + (specChanged ? 1 : 0),
      resourceVersion: String(++this.rv)
    };
    c.set(object.metadata.name, object);
    this.emit({ rv: this.rv, type: "MODIFIED", ref, namespace, object: clone(object), old: clone(old) });
    return clone(object);
  }
  /** Reads, changes and writes back in one step (controllers use it). */
  mutate(ref, namespace, name, change) {
    const current = this.get(ref, namespace, name);
    if (!current) return void 0;
    const before = JSON.stringify(current);
    change(current);
    if (JSON.stringify(current) === before) return current;
    return this.update(ref, namespace, current);
  }
  remove(ref, namespace, name) {
    const c = this.collection(ref, namespace);
    const old = c.get(name);
    if (!old) return void 0;
    c.delete(name);
    const object = clone(old);
    object.metadata.resourceVersion = String(++this.rv);
    this.emit({ rv: this.rv, type: "DELETED", ref, namespace, object, old: clone(old) });
    return object;
  }
  emit(event) {
    this.history.push(event);
    for (const listener of [...this.listeners]) listener(event);
  }
};
var NotFound = class extends Error {
  constructor(resource, name) {
    super(`${resource} "${name}" not found`);
  }
};
var Conflict = class extends Error {
  reason;
  constructor(message, reason) {
    super(message);
    this.reason = reason;
  }
};
function matchesLabels(o, selector) {
  if (!selector) return true;
  const labels = o.metadata.labels ?? {};
  for (const term of selector.split(/,(?![^(]*\))/).map((t) => t.trim()).filter(Boolean)) {
    let m;
    if (m = /^([\w./-]+)\s+(in|notin)\s+\(([^)]*)\)$/.exec(term)) {
      const values = m[3].split(",").map((v) => v.trim());
      const has = m[1] in labels && values.includes(labels[m[1]]);
      if (m[2] === "in" ? !has : has) return false;
    } else if (m = /^([\w./-]+)\s*(!=|==|=)\s*(.*)$/.exec(term)) {
      const equal = labels[m[1]] === m[3].trim();
      if (m[2] === "!=" ? equal : !equal) return false;
    } else if (term.startsWith("!")) {
      if (term.slice(1) in labels) return false;
    } else if (!(term in labels)) return false;
  }
  return true;
}
function matchesFields(o, selector) {
  if (!selector) return true;
  for (const term of selector.split(",").map((t) => t.trim()).filter(Boolean)) {
    const m = /^([\w.]+)\s*(!=|==|=)\s*(.*)$/.exec(term);
    if (!m) return false;
    const value = m[1].split(".").reduce((v, k) => v && typeof v === "object" ? v[k] : void 0, o);
    const equal = (typeof value === "string" || typeof value === "number" || typeof value === "boolean" ? String(value) : "") === m[3];
    if (m[2] === "!=" ? equal : !equal) return false;
  }
  return true;
}

// src/standins/kube/rbac.ts
function allows(rules, verb, group, resource) {
  return rules.some(
    (r) => (r.apiGroups.includes(group) || r.apiGroups.includes("*")) && (r.resources.includes(resource) || r.resources.includes("*")) && (r.verbs.includes(verb) || r.verbs.includes("*"))
  );
}

// src/standins/kube/patch.ts
function mergePatch(target, patch) {
  if (!isObject(patch)) return structuredClone(patch);
  const result = isObject(target) ? { ...target } : {};
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete result[key];
    else result[key] = mergePatch(result[key], value);
  }
  return result;
}
function jsonPatch(target, ops) {
  let doc = structuredClone(target);
  for (const op of ops) {
    switch (op.op) {
      case "add":
        doc = put(doc, op.path, structuredClone(op.value), "add");
        break;
      case "replace":
        get(doc, op.path);
        doc = put(doc, op.path, structuredClone(op.value), "replace");
        break;
      case "remove":
        doc = del(doc, op.path);
        break;
      case "copy":
        doc = put(doc, op.path, structuredClone(get(doc, op.from)), "add");
        break;
      case "move": {
        const value = get(doc, op.from);
        doc = put(del(doc, op.from), op.path, value, "add");
        break;
      }
      case "test":
        if (JSON.stringify(get(doc, op.path)) !== JSON.stringify(op.value)) throw new Error(`test failed at ${op.path}`);
        break;
      default:
        throw new Error(`unknown json-patch op ${String(op.op)}`);
    }
  }
  return doc;
}
function tokens(pointer) {
  if (pointer === "") return [];
  if (!pointer.startsWith("/")) throw new Error(`invalid JSON pointer "${pointer}"`);
  return pointer.slice(1).split("/").map((t) => t.replace(/~1/g, "/").replace(/~0/g, "~"));
}
function get(doc, pointer) {
  let node = doc;
  for (const t of tokens(pointer)) {
    if (Array.isArray(node) && /^\d+$/.test(t) && Number(t) < node.length) node = node[Number(t)];
    else if (isObject(node) && t in node) node = node[t];
    else throw new Error(`path ${pointer} does not exist`);
  }
  return node;
}
function put(doc, pointer, value, mode) {
  const path2 = tokens(pointer);
  if (!path2.length) return value;
  const parent = get(
    doc,
    "/" + path2.slice(0, -1).map((t) => t.replace(/~/g, "~0").replace(/\//g, "~1")).join("/").replace(/^\/$/, "")
  );
  const last = path2[path2.length - 1];
  if (Array.isArray(parent)) {
    const index = last === "-" ? parent.length : Number(last);
    if (mode === "add") parent.splice(index, 0, value);
    else parent[index] = value;
  } else if (isObject(parent)) parent[last] = value;
  else throw new Error(`cannot set ${pointer}`);
  return doc;
}
function del(doc, pointer) {
  const path2 = tokens(pointer);
  const parent = get(
    doc,
    "/" + path2.slice(0, -1).map((t) => t.replace(/~/g, "~0").replace(/\//g, "~1")).join("/").replace(/^\/$/, "")
  );
  const last = path2[path2.length - 1];
  get(doc, pointer);
  if (Array.isArray(parent)) parent.splice(Number(last), 1);
  else if (isObject(parent)) delete parent[last];
  return doc;
}
function isObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

// src/standins/kube/server.ts
var PATH = /^\/(?:api\/(v1)|apis\/([^/]+)\/([^/]+))\/namespaces\/([^/]+)\/([^/]+)(?:\/([^/]+)(?:\/([^/]+))?)?$/;
function route(pathname) {
  const m = PATH.exec(pathname);
  if (!m) return void 0;
  const ref = m[1] ? { group: "", version: "v1", resource: m[5] } : { group: m[2], version: m[3], resource: m[5] };
  return { ref, namespace: m[4], ...m[6] ? { name: decodeURIComponent(m[6]) } : {}, ...m[7] ? { subresource: m[7] } : {} };
}
function verbOf(method, r, url) {
  if (method === "GET") return r.name ? "get" : url.searchParams.get("watch") === "true" ? "watch" : "list";
  return { POST: "create", PUT: "update", PATCH: "patch", DELETE: "delete" }[method] ?? method.toLowerCase();
}
function status(code, reason, message, details) {
  return {
    code,
    body: { kind: "Status", apiVersion: "v1", metadata: {}, status: "Failure", message, reason, ...details ? { details } : {}, code }
  };
}
function send(res, code, body, contentType = "application/json") {
  const text = typeof body === "string" ? body : JSON.stringify(body);
  res.writeHead(code, { "content-type": contentType, "content-length": Buffer.byteLength(text) });
  res.end(text);
}
async function readBody(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  return Buffer.concat(chunks).toString("utf8");
}
function applyPatch(current, body, contentType) {
  const parsed = JSON.parse(body);
  if ((contentType ?? "").includes("json-patch")) return jsonPatch(current, parsed);
  return mergePatch(current, parsed);
}
function storageVerb(store, method, r, url, body, contentType) {
  const { ref, namespace } = r;
  try {
    if (method === "GET" && !r.name) {
      const items = store.list(ref, namespace, {
        labelSelector: url.searchParams.get("labelSelector"),
        fieldSelector: url.searchParams.get("fieldSelector")
      });
      return {
        code: 200,
        body: {
          kind: `${kindOf(ref.resource)}List`,
          apiVersion: apiVersionOf(ref),
          metadata: { resourceVersion: store.resourceVersion },
          items
        }
      };
    }
    if (method === "GET") {
      const o = store.get(ref, namespace, r.name);
      return o ? { code: 200, body: o } : notFound(ref, r.name);
    }
    if (method === "POST") {
      const input = JSON.parse(body);
      if (!input.metadata?.name)
        return status(422, "Invalid", `${kindOf(ref.resource)} is invalid: metadata.name: Required value: name is required`);
      return { code: 201, body: store.create(ref, namespace, input) };
    }
    if (method === "PUT") {
      const input = JSON.parse(body);
      if (input.metadata?.name !== r.name) return status(400, "BadRequest", "the name of the object does not match the name on the URL");
      return { code: 200, body: store.update(ref, namespace, input, input.metadata.resourceVersion) };
    }
    if (method === "PATCH") {
      const current = store.get(ref, namespace, r.name);
      if (!current) return notFound(ref, r.name);
      const patched = applyPatch(current, body, contentType);
      patched.metadata = { ...patched.metadata, name: r.name };
      return { code: 200, body: store.update(ref, namespace, patched) };
    }
  } catch (error) {
    if (error instanceof NotFound) return notFound(ref, r.name ?? "");
    if (error instanceof Conflict) return status(409, error.reason, error.message);
    if (error instanceof SyntaxError) return status(400, "BadRequest", `invalid JSON: ${error.message}`);
    return status(422, "Invalid", error instanceof Error ? error.message : String(error));
  }
  return status(405, "MethodNotAllowed", `the server does not allow this method on the requested resource`);
}
function notFound(ref, name) {
  return status(404, "NotFound", `${ref.resource}${ref.group ? `.${ref.group}` : ""} "${name}" not found`, {
    name,
    kind: ref.resource,
    ...ref.group ? { group: ref.group } : {}
  });
}
function watchMatches(filter, ref, namespace, object) {
  return ref.group === filter.ref.group && ref.version === filter.ref.version && ref.resource === filter.ref.resource && namespace === filter.namespace && matchesLabels(object, filter.labelSelector) && matchesFields(object, filter.fieldSelector);
}

// src/standins/kube/verbs.ts
function deleteObject(store, r, url, body) {
  const current = store.get(r.ref, r.namespace, r.name);
  if (!current) return notFound(r.ref, r.name);
  let grace = url.searchParams.has("gracePeriodSeconds") ? Number(url.searchParams.get("gracePeriodSeconds")) : void 0;
  let preconditions;
  if (body.trim()) {
    try {
      const options = JSON.parse(body);
      if (grace === void 0 && typeof options.gracePeriodSeconds === "number") grace = options.gracePeriodSeconds;
      preconditions = options.preconditions;
    } catch {
      return status(400, "BadRequest", "invalid DeleteOptions");
    }
  }
  if (preconditions?.uid && preconditions.uid !== current.metadata.uid) {
    return status(
      409,
      "Conflict",
      `Operation cannot be fulfilled on ${r.ref.resource} "${r.name}": Precondition failed: UID in precondition: ${preconditions.uid}, UID in object meta: ${current.metadata.uid}`
    );
  }
  if (preconditions?.resourceVersion && preconditions.resourceVersion !== current.metadata.resourceVersion) {
    return status(
      409,
      "Conflict",
      `Operation cannot be fulfilled on ${r.ref.resource} "${r.name}": Precondition failed: ResourceVersion in precondition: ${preconditions.resourceVersion}, ResourceVersion in object meta: ${current.metadata.resourceVersion}`
    );
  }
  if (r.ref.resource !== "pods" || grace === 0) return { code: 200, body: store.remove(r.ref, r.namespace, r.name) };
  const seconds = grace ?? current.spec?.terminationGracePeriodSeconds ?? 30;
  const updated = current.metadata.deletionTimestamp ? current : store.mutate(r.ref, r.namespace, r.name, (o) => {
    o.metadata.deletionTimestamp = new Date(store.now() + seconds * 1e3).toISOString();
    o.metadata.deletionGracePeriodSeconds = seconds;
  });
  return { code: 200, body: updated };
}
function openWatch(store, r, url, res, open) {
  const filter = {
    ref: r.ref,
    namespace: r.namespace,
    labelSelector: url.searchParams.get("labelSelector"),
    fieldSelector: url.searchParams.get("fieldSelector")
  };
  res.writeHead(200, { "content-type": "application/json", "transfer-encoding": "chunked" });
  const write = (type, object) => res.write(JSON.stringify({ type, object }) + "\n");
  const since = url.searchParams.get("resourceVersion");
  if (since && since !== "0" && Number(since) < store.compactedBefore) {
    write("ERROR", {
      ...status(410, "Expired", `too old resource version: ${since} (${store.compactedBefore})`).body,
      metadata: { name: "" }
    });
    res.end();
    return;
  }
  if (since && since !== "0") {
    for (const e of store.history) if (e.rv > Number(since) && watchMatches(filter, e.ref, e.namespace, e.object)) write(e.type, e.object);
  } else {
    for (const o of store.list(r.ref, r.namespace, filter)) write("ADDED", o);
  }
  const unsubscribe = store.subscribe((e) => {
    if (watchMatches(filter, e.ref, e.namespace, e.object) || e.old && watchMatches(filter, e.ref, e.namespace, e.old))
      write(e.type, e.object);
  });
  open.add(res);
  const timeout = Number(url.searchParams.get("timeoutSeconds") ?? 0);
  const timer = timeout > 0 ? setTimeout(() => res.end(), timeout * 1e3) : void 0;
  timer?.unref();
  res.on("close", () => {
    unsubscribe();
    if (timer) clearTimeout(timer);
    open.delete(res);
  });
}

// src/standins/kube/controllers/image-import.ts
var repositoryOf = (ref) => ref.replace(/@sha256:[0-9a-f]+$/, "").replace(/:[\w][\w.-]*$/, "");
function importOne(cluster, namespace, stream, image, persist) {
  const tag = image.to?.name ?? "latest";
  const found = cluster.lookup(image.from.name);
  const result = "digest" in found ? {
    tag,
    status: { metadata: {}, status: "Success" },
    image: { metadata: { name: found.digest }, dockerImageReference: `${repositoryOf(image.from.name)}@${found.digest}` }
  } : { tag, status: { metadata: {}, status: "Failure", message: found.error, reason: "InternalError", code: 500 } };
  if (!persist) return result;
  const existing = cluster.get(REFS.imagestreams, namespace, stream);
  const object = existing ?? {
    apiVersion: "image.openshift.io/v1",
    kind: "ImageStream",
    metadata: { name: stream },
    spec: { lookupPolicy: { local: false }, tags: [] },
    status: { dockerImageRepository: "", tags: [] }
  };
  const spec = object.spec;
  const tags = spec.tags ??= [];
  const previous = tags.find((t) => t.name === tag);
  const generation = (object.metadata.generation ?? 0) + 1;
  const specTag = {
    name: tag,
    from: { kind: "DockerImage", name: image.from.name },
    importPolicy: image.importPolicy ?? previous?.importPolicy ?? {},
    referencePolicy: image.referencePolicy ?? previous?.referencePolicy ?? { type: "Source" },
    generation
  };
  if (previous) Object.assign(previous, specTag);
  else tags.push(specTag);
  recordImport(object, cluster, tag, found, generation);
  if (existing) cluster.store.update(REFS.imagestreams, namespace, object);
  else cluster.store.create(REFS.imagestreams, namespace, object);
  return result;
}
function recordImport(object, cluster, tag, found, generation) {
  const status2 = object.status ??= { tags: [] };
  const statusTags = status2.tags ??= [];
  let entry = statusTags.find((t) => t.tag === tag);
  if (!entry) statusTags.push(entry = { tag, items: [] });
  const specTag = (object.spec.tags ?? []).find((t) => t.name === tag);
  const now = new Date(cluster.now()).toISOString();
  if ("error" in found) {
    entry.conditions = [
      { type: "ImportSuccess", status: "False", lastTransitionTime: now, reason: "InternalError", message: found.error, generation }
    ];
    return;
  }
  delete entry.conditions;
  const items = entry.items ??= [];
  if (items[0]?.image === found.digest) {
    items[0].generation = generation;
    return;
  }
  items.unshift({
    created: now,
    dockerImageReference: `${repositoryOf(specTag?.from?.name ?? "")}@${found.digest}`,
    image: found.digest,
    generation
  });
}
var imageImportController = {
  name: "image-import",
  create(r, object, cluster) {
    if (r.ref.group !== "image.openshift.io" || r.ref.resource !== "imagestreamimports") return void 0;
    const spec = object.spec;
    if (!spec || typeof spec.import !== "boolean")
      return status(422, "Invalid", "ImageStreamImport.image.openshift.io is invalid: spec.import: Required value");
    if (!spec.images?.length)
      return status(
        422,
        "Invalid",
        `ImageStreamImport.image.openshift.io "${object.metadata.name}" is invalid: spec.images: Required value: you must specify at least one image or repository import`
      );
    const bad = spec.images.find((i) => i.from?.kind !== "DockerImage" || !i.from.name);
    if (bad)
      return status(
        422,
        "Invalid",
        "ImageStreamImport.image.openshift.io is invalid: spec.images[0].from.kind: Invalid value: only DockerImage is supported"
      );
    const images = spec.images.map((image) => importOne(cluster, r.namespace, object.metadata.name, image, spec.import === true));
    const stream = spec.import ? cluster.get(REFS.imagestreams, r.namespace, object.metadata.name) : void 0;
    return {
      code: 201,
      body: {
        ...object,
        apiVersion: "image.openshift.io/v1",
        kind: "ImageStreamImport",
        metadata: { ...object.metadata, namespace: r.namespace, creationTimestamp: new Date(cluster.now()).toISOString() },
        status: { ...stream ? { import: stream } : {}, images }
      }
    };
  },
  get(r, cluster) {
    if (r.ref.group !== "image.openshift.io" || r.ref.resource !== "imagestreamtags") return void 0;
    const [name, tag] = r.name.split(":");
    const stream = cluster.get(REFS.imagestreams, r.namespace, name);
    const entry = (stream?.status?.tags ?? []).find((t) => t.tag === tag);
    const head = entry?.items?.[0];
    if (!stream || !head) return status(404, "NotFound", `imagestreamtags.image.openshift.io "${r.name}" not found`);
    return {
      code: 200,
      body: {
        apiVersion: "image.openshift.io/v1",
        kind: "ImageStreamTag",
        metadata: { name: r.name, namespace: r.namespace, creationTimestamp: head.created },
        tag: (stream.spec.tags ?? []).find((t) => t.name === tag) ?? null,
        generation: head.generation,
        lookupPolicy: stream.spec.lookupPolicy ?? { local: false },
        image: { metadata: { name: head.image }, dockerImageReference: head.dockerImageReference }
      }
    };
  },
  react(event, cluster) {
    if (event.ref.resource !== "ticks" || event.object.metadata.name !== "scheduled-import") return;
    for (const stream of cluster.store.listAll(REFS.imagestreams)) {
      const tags = (stream.spec.tags ?? []).filter(
        (t) => t.importPolicy?.scheduled && t.from?.kind === "DockerImage"
      );
      if (!tags.length) continue;
      const before = JSON.stringify(stream.status);
      for (const tag of tags) recordImport(stream, cluster, tag.name, cluster.lookup(tag.from.name), tag.generation ?? 1);
      if (JSON.stringify(stream.status) !== before) cluster.store.update(REFS.imagestreams, stream.metadata.namespace, stream);
    }
  }
};

// src/standins/kube/controllers/kubelet.ts
function start(cluster, namespace, name) {
  cluster.store.mutate(REFS.pods, namespace, name, (pod) => {
    if (pod.metadata.deletionTimestamp) return;
    const status2 = pod.status;
    const now = new Date(cluster.now()).toISOString();
    let failed = false;
    for (const c of status2.containerStatuses) {
      if (c.ready) continue;
      const failure = cluster.pullFailure(c.image);
      if (failure) {
        failed = true;
        c.state = { waiting: { reason: "ImagePullBackOff", message: `Back-off pulling image "${c.image}": ErrImagePull: ${failure}` } };
        continue;
      }
      c.state = { running: { startedAt: now } };
      c.ready = true;
      c.started = true;
      c.imageID = c.image.includes("@") ? c.image : `${repositoryOf(c.image)}@sha256:${"0".repeat(64)}`;
    }
    status2.phase = failed ? "Pending" : "Running";
    status2.startTime ??= now;
    status2.conditions = [{ type: "Ready", status: failed ? "False" : "True", lastTransitionTime: now }];
  });
}
var inBackOff = (pod) => (pod.status?.containerStatuses ?? []).some(
  (c) => /ImagePullBackOff|ErrImagePull/.test(String(c.state.waiting?.reason))
);
var kubeletController = {
  name: "kubelet",
  react(event, cluster) {
    const { ref, namespace } = event;
    if (ref.group === "" && ref.resource === "pods") {
      const pod = event.object;
      if (event.type === "ADDED" && !pod.metadata.deletionTimestamp) {
        cluster.later(cluster.timings.podStartMs, () => start(cluster, namespace, pod.metadata.name));
      } else if (event.type === "MODIFIED" && pod.metadata.deletionTimestamp && !event.old?.metadata.deletionTimestamp) {
        if (cluster.stuckTerminating.has(`${namespace}/${pod.metadata.name}`)) return;
        const uid = pod.metadata.uid;
        cluster.later(cluster.timings.terminateMs, () => {
          if (cluster.get(REFS.pods, namespace, pod.metadata.name)?.metadata.uid === uid)
            cluster.store.remove(REFS.pods, namespace, pod.metadata.name);
        });
      }
      return;
    }
    if (ref.group === REFS.imagestreams.group && ref.resource === "imagestreams" && event.type === "MODIFIED") {
      const repos = new Set(
        (event.object.status?.tags ?? []).flatMap(
          (t) => (t.items ?? []).map((i) => repositoryOf(i.dockerImageReference))
        )
      );
      for (const pod of cluster.list(REFS.pods, namespace)) {
        const images = (pod.status?.containerStatuses ?? []).map(
          (c) => repositoryOf(c.image)
        );
        if (inBackOff(pod) && images.some((i) => repos.has(i)))
          cluster.later(cluster.timings.podStartMs, () => start(cluster, namespace, pod.metadata.name));
      }
    }
  }
};

// src/standins/kube/controllers/rollout.ts
import { createHash } from "node:crypto";
var KIND_OF = {
  deployments: "Deployment",
  statefulsets: "StatefulSet",
  daemonsets: "DaemonSet",
  deploymentconfigs: "DeploymentConfig"
};
var REF_OF = {
  Deployment: REFS.deployments,
  StatefulSet: REFS.statefulsets,
  DaemonSet: REFS.daemonsets,
  DeploymentConfig: REFS.deploymentconfigs
};
var NODES = 1;
function selectorOf(kind, spec) {
  const labels = kind === "DeploymentConfig" ? spec.selector : spec.selector?.matchLabels;
  return Object.entries(labels ?? {}).map(([k, v]) => `${k}=${v}`).join(",");
}
var hashOf = (template) => createHash("sha256").update(JSON.stringify(template)).digest("hex").slice(0, 10);
var suffix = () => Math.random().toString(36).slice(2, 7);
var isReady = (p) => (p.status?.conditions ?? []).some(
  (c) => c.type === "Ready" && c.status === "True"
);
var terminating = (p) => !!p.metadata.deletionTimestamp;
var revisionLabel = (kind) => kind === "Deployment" ? "pod-template-hash" : kind === "StatefulSet" || kind === "DaemonSet" ? "controller-revision-hash" : "deployment";
function ownedPods(cluster, kind, w) {
  const selector = selectorOf(kind, w.spec);
  return cluster.list(REFS.pods, w.metadata.namespace).filter((p) => matchesLabels(p, selector) && (p.metadata.ownerReferences ?? []).some((o) => o.name.startsWith(w.metadata.name)));
}
function newPod(kind, w, name, revision) {
  const spec = w.spec;
  const containers = spec.template?.spec?.containers ?? [];
  const owner = kind === "Deployment" ? { kind: "ReplicaSet", name: `${w.metadata.name}-${revision}` } : kind === "DeploymentConfig" ? { kind: "ReplicationController", name: revision } : { kind, name: w.metadata.name };
  return {
    apiVersion: "v1",
    kind: "Pod",
    metadata: {
      name,
      labels: {
        ...spec.template?.metadata?.labels,
        [revisionLabel(kind)]: revision,
        ...kind === "StatefulSet" ? { "statefulset.kubernetes.io/pod-name": name } : {},
        ...kind === "DeploymentConfig" ? { deploymentconfig: w.metadata.name } : {}
      },
      ...spec.template?.metadata?.annotations ? { annotations: spec.template.metadata.annotations } : {},
      ownerReferences: [{ apiVersion: kind === "DeploymentConfig" ? "v1" : "apps/v1", ...owner, controller: true }]
    },
    spec: structuredClone(spec.template?.spec ?? {}),
    status: {
      phase: "Pending",
      conditions: [{ type: "Ready", status: "False" }],
      containerStatuses: containers.map((c) => ({
        name: c.name,
        image: c.image,
        imageID: "",
        ready: false,
        restartCount: 0,
        started: false,
        state: { waiting: { reason: "ContainerCreating" } }
      }))
    }
  };
}
function deleteGracefully(cluster, pod) {
  cluster.store.mutate(REFS.pods, pod.metadata.namespace, pod.metadata.name, (p) => {
    if (p.metadata.deletionTimestamp) return;
    const grace = p.spec.terminationGracePeriodSeconds ?? 30;
    p.metadata.deletionTimestamp = new Date(cluster.now() + grace * 1e3).toISOString();
    p.metadata.deletionGracePeriodSeconds = grace;
  });
}
function revisionOf(kind, w) {
  const hash = hashOf(w.spec.template);
  if (kind === "StatefulSet" || kind === "DaemonSet") return `${w.metadata.name}-${hash}`;
  if (kind === "DeploymentConfig") return `${w.metadata.name}-${w.status?.latestVersion ?? 1}`;
  return hash;
}
function reconcile(cluster, kind, w) {
  const ns = w.metadata.namespace;
  const replicas = kind === "DaemonSet" ? NODES : w.spec.replicas ?? 1;
  if (kind === "DeploymentConfig") {
    const hash = hashOf(w.spec.template);
    const st = w.status ?? {};
    if (st.templateHash !== hash) {
      cluster.store.mutate(REF_OF[kind], ns, w.metadata.name, (o) => {
        const s = o.status ??= {};
        s.latestVersion = (s.latestVersion ?? 0) + 1;
        s.templateHash = hash;
      });
      return;
    }
  }
  const revision = revisionOf(kind, w);
  const label = revisionLabel(kind);
  const pods = ownedPods(cluster, kind, w);
  const live = pods.filter((p) => !terminating(p));
  const current = live.filter((p) => p.metadata.labels?.[label] === revision);
  const old = live.filter((p) => p.metadata.labels?.[label] !== revision);
  if (kind === "StatefulSet") {
    stepStatefulSet(cluster, w, pods, replicas, revision);
  } else if (kind === "DaemonSet") {
    if (old.length) deleteGracefully(cluster, old[0]);
    else if (!pods.length) cluster.store.create(REFS.pods, ns, newPod(kind, w, `${w.metadata.name}-${suffix()}`, revision));
  } else {
    const readyCount = live.filter(isReady).length;
    if (current.length < replicas && live.length < replicas + 1) {
      const name = kind === "Deployment" ? `${w.metadata.name}-${revision}-${suffix()}` : `${revision}-${suffix()}`;
      cluster.store.create(REFS.pods, ns, newPod(kind, w, name, revision));
    } else if (current.length > replicas) {
      deleteGracefully(cluster, current[current.length - 1]);
    }
    const victim = old.find((p) => !isReady(p)) ?? (readyCount - 1 >= replicas ? old[0] : void 0);
    if (victim) deleteGracefully(cluster, victim);
  }
  const after = ownedPods(cluster, kind, w).filter((p) => !terminating(p));
  const updated = after.filter((p) => p.metadata.labels?.[label] === revision);
  cluster.store.mutate(REF_OF[kind], ns, w.metadata.name, (o) => {
    const s = o.status ??= {};
    Object.assign(s, {
      observedGeneration: o.metadata.generation,
      replicas: after.length,
      updatedReplicas: updated.length,
      readyReplicas: after.filter(isReady).length,
      availableReplicas: after.filter(isReady).length
    });
    if (kind === "DaemonSet")
      Object.assign(s, {
        desiredNumberScheduled: NODES,
        currentNumberScheduled: after.length,
        updatedNumberScheduled: updated.length,
        numberReady: after.filter(isReady).length,
        numberAvailable: after.filter(isReady).length
      });
    if (kind === "StatefulSet") {
      s.updateRevision = revision;
      s.currentReplicas = updated.length;
      if (updated.length === replicas && after.length === replicas) s.currentRevision = revision;
    }
  });
}
function stepStatefulSet(cluster, w, pods, replicas, revision) {
  const byName = new Map(pods.map((p) => [p.metadata.name, p]));
  for (let i = 0; i < replicas; i++) {
    const name = `${w.metadata.name}-${i}`;
    const pod = byName.get(name);
    if (!pod) {
      cluster.store.create(REFS.pods, w.metadata.namespace, newPod("StatefulSet", w, name, revision));
      return;
    }
    if (terminating(pod) || !isReady(pod)) return;
  }
  for (let i = replicas - 1; i >= 0; i--) {
    const pod = byName.get(`${w.metadata.name}-${i}`);
    if (pod.metadata.labels?.["controller-revision-hash"] !== revision) {
      deleteGracefully(cluster, pod);
      return;
    }
  }
}
var rolloutController = {
  name: "rollout",
  react(event, cluster) {
    const { ref, namespace } = event;
    const kind = ref.group === "apps" || ref.group === "apps.openshift.io" ? KIND_OF[ref.resource] : void 0;
    if (kind && event.type !== "DELETED") {
      const w = cluster.get(REF_OF[kind], namespace, event.object.metadata.name);
      if (w) reconcile(cluster, kind, w);
      return;
    }
    if (ref.resource !== "pods" || ref.group !== "") return;
    for (const k of Object.keys(REF_OF)) {
      for (const w of cluster.list(REF_OF[k], namespace)) {
        const selector = selectorOf(k, w.spec);
        if (selector && matchesLabels(event.object, selector)) reconcile(cluster, k, w);
      }
    }
  }
};

// src/standins/kube/controllers/triggers.ts
var WORKLOADS = [REFS.deployments, REFS.statefulsets, REFS.deploymentconfigs];
function triggersOf(workload) {
  const out = [];
  const annotation = workload.metadata.annotations?.["image.openshift.io/triggers"];
  if (annotation) {
    try {
      for (const t of JSON.parse(annotation)) {
        if (t.from?.kind !== "ImageStreamTag" || !t.from.name || String(t.paused) === "true") continue;
        const [stream, tag = "latest"] = t.from.name.split(":");
        const container = /name\s*==\s*["']([^"']+)["']/.exec(t.fieldPath ?? "")?.[1];
        out.push({ stream, tag, containers: container ? [container] : [] });
      }
    } catch {
    }
  }
  const triggers = workload.spec?.triggers ?? [];
  for (const t of triggers) {
    const p = t.imageChangeParams;
    if (t.type !== "ImageChange" || !p?.automatic || p.from?.kind !== "ImageStreamTag" || !p.from.name) continue;
    const [stream, tag = "latest"] = p.from.name.split(":");
    out.push({ stream, tag, containers: p.containerNames ?? [] });
  }
  return out;
}
function headOf(stream, tag) {
  return (stream?.status?.tags ?? []).find((t) => t.tag === tag)?.items?.[0]?.dockerImageReference;
}
function setImages(cluster, ref, namespace, name, streamOf) {
  cluster.store.mutate(ref, namespace, name, (w) => {
    const containers = w.spec.template?.spec?.containers ?? [];
    for (const trigger of triggersOf(w)) {
      const image = streamOf(trigger);
      if (!image) continue;
      for (const c of containers) if (!trigger.containers.length || trigger.containers.includes(c.name)) c.image = image;
      const dc = w.spec.triggers ?? [];
      for (const t of dc)
        if (t.imageChangeParams?.from?.name === `${trigger.stream}:${trigger.tag}`) t.imageChangeParams.lastTriggeredImage = image;
    }
  });
}
var triggersController = {
  name: "image-triggers",
  react(event, cluster) {
    const { ref, namespace } = event;
    if (ref.resource === "imagestreams" && ref.group === REFS.imagestreams.group && event.type !== "DELETED") {
      const stream = event.object.metadata.name;
      const tags = (event.object.status?.tags ?? []).filter(
        (t) => headOf(event.object, t.tag) !== headOf(event.old, t.tag)
      );
      if (!tags.length) return;
      for (const wref of WORKLOADS) {
        for (const w of cluster.list(wref, namespace)) {
          const hits = triggersOf(w).filter((t) => t.stream === stream && tags.some((tag) => tag.tag === t.tag));
          if (hits.length)
            setImages(
              cluster,
              wref,
              namespace,
              w.metadata.name,
              (t) => hits.includes(t) || hits.some((h) => h.stream === t.stream && h.tag === t.tag) ? headOf(event.object, t.tag) : void 0
            );
        }
      }
      return;
    }
    if (event.type === "ADDED" && WORKLOADS.some((w) => w.group === ref.group && w.resource === ref.resource)) {
      setImages(
        cluster,
        ref,
        namespace,
        event.object.metadata.name,
        (t) => headOf(cluster.get(REFS.imagestreams, namespace, t.stream), t.tag)
      );
    }
  }
};

// src/standins/kube/controllers/index.ts
function defaultControllers() {
  return [imageImportController, triggersController, rolloutController, kubeletController];
}

// src/standins/kube/index.ts
var KubeDouble = class {
  store = new ObjectStore();
  requests = [];
  token = "sha256~kube-double-token-0123456789";
  /** image reference (repo:tag or repo@digest) → digest the registry serves. */
  registry = /* @__PURE__ */ new Map();
  registryErrors = /* @__PURE__ */ new Map();
  /** 'namespace/pod' names that stay Terminating until deleted with grace 0. */
  stuckTerminating = /* @__PURE__ */ new Set();
  /** Watches are answered and then stay silent and open (a stalled watch); cleared by clearFaults(). */
  stallWatches = false;
  /** Sees each request before it is answered (and before the faults): a test arms a fault at a moment of the run. */
  onRequest;
  /** Real milliseconds the kubelet takes to start a pod and to stop one. */
  timings = { podStartMs: 15, terminateMs: 15 };
  forbidden = /* @__PURE__ */ new Set();
  /** When set, the token may do only what these rules allow (403 otherwise), like a Role bound to it. */
  rbac;
  faults = [];
  pullFaults = [];
  controllers = [];
  watches = /* @__PURE__ */ new Set();
  queue = Promise.resolve();
  pending = 0;
  server;
  pki;
  /** The seeded faults of the run this double was built for (the layer of http-double.ts). */
  plan = currentFaultPlan();
  constructor(options = {}) {
    if (options.now) this.store.now = options.now;
    for (const c of options.controllers ?? defaultControllers()) this.use(c);
    this.store.subscribe((event) => this.dispatch(event));
  }
  use(controller) {
    this.controllers.push(controller);
  }
  get caFile() {
    return this.pki.caFile;
  }
  get url() {
    return `https://127.0.0.1:${this.server.address().port}`;
  }
  now() {
    return this.store.now();
  }
  async start() {
    this.pki = makePki();
    this.server = createServer2({ key: this.pki.key, cert: this.pki.cert }, (req, res) => void this.serve(req, res));
    await new Promise((resolve) => this.server.listen(0, "127.0.0.1", resolve));
    return this.url;
  }
  async stop() {
    this.dropWatches();
    if (this.server) {
      this.server.closeAllConnections();
      await new Promise((resolve) => this.server.close(() => resolve()));
      this.server = void 0;
    }
    this.pki?.remove();
  }
  // --- seeding and reading ---------------------------------------------------------------
  create(ref, namespace, object) {
    return this.store.create(ref, namespace, object);
  }
  apply(object, namespace = object.metadata.namespace ?? "default") {
    const ref = refFor(object);
    return this.store.get(ref, namespace, object.metadata.name) ? this.store.update(ref, namespace, object) : this.store.create(ref, namespace, object);
  }
  get(ref, namespace, name) {
    return this.store.get(ref, namespace, name);
  }
  list(ref, namespace, labelSelector) {
    return this.store.list(ref, namespace, { labelSelector: labelSelector ?? null });
  }
  /** Resolves an image reference the way the registry behind the imports would. */
  lookup = (ref) => {
    const error = this.registryErrors.get(ref);
    if (error) return { error };
    const digest = this.registry.get(ref) ?? /@(sha256:[0-9a-f]{64})$/.exec(ref)?.[1];
    return digest ? { digest } : { error: `Internal error occurred: ${ref}: manifest unknown: manifest unknown` };
  };
  /** Waits (real time) until no controller work is queued or scheduled. */
  async settle(timeoutMs = 5e3) {
    const until = Date.now() + timeoutMs;
    for (let quiet = 0; quiet < 3 && Date.now() < until; ) {
      await new Promise((r) => setTimeout(r, 5));
      await this.queue;
      quiet = this.pending === 0 ? quiet + 1 : 0;
    }
  }
  /** Runs fn after `ms` real milliseconds; settle() waits for it. */
  later(ms, fn) {
    this.pending++;
    setTimeout(() => {
      this.pending--;
      try {
        fn();
      } catch {
      }
    }, ms).unref();
  }
  // --- faults -----------------------------------------------------------------------------
  /** Forgets every planned fault (between tests sharing one double). */
  clearFaults() {
    this.forbidden.clear();
    this.rbac = void 0;
    this.faults.length = 0;
    this.pullFaults.length = 0;
    this.stuckTerminating.clear();
    this.registryErrors.clear();
    this.stallWatches = false;
  }
  forbid(verb, resource) {
    this.forbidden.add(`${verb} ${resource}`);
  }
  allow(verb, resource) {
    this.forbidden.delete(`${verb} ${resource}`);
  }
  failNext(fault) {
    this.faults.push({ ...fault, times: fault.times ?? 1 });
  }
  dropWatches() {
    for (const res of this.watches) res.destroy();
    this.watches.clear();
  }
  get openWatches() {
    return this.watches.size;
  }
  failPulls(match, count, message = `rpc error: code = Unknown desc = reading manifest: manifest unknown`) {
    this.pullFaults.push({ match, count, message });
  }
  /** The kubelet asks: does pulling this image fail now? Consumes one planned failure. */
  pullFailure(image) {
    const fault = this.pullFaults.find((f) => f.count > 0 && image.includes(f.match));
    if (!fault) return void 0;
    fault.count--;
    return fault.message;
  }
  /** Re-imports every scheduled tag (what OpenShift does about every 15 minutes). */
  scheduledImport() {
    this.signal("scheduled-import");
  }
  /** Tells every controller about something that is not a stored change (resource "ticks"). */
  signal(what) {
    this.dispatch({
      rv: 0,
      type: "MODIFIED",
      ref: { group: "service-guru.dev", version: "v1", resource: "ticks" },
      namespace: "",
      object: { metadata: { name: what } }
    });
  }
  dispatch(event) {
    for (const controller of this.controllers) {
      if (!controller.react) continue;
      this.queue = this.queue.then(() => controller.react(clone(event), this)).catch(() => void 0);
    }
  }
  // --- HTTP -------------------------------------------------------------------------------
  async serve(req, res) {
    if (!this.plan) return this.answer(req, res);
    const url = new URL(req.url ?? "/", "https://127.0.0.1");
    const watch = /^(true|1)$/.test(url.searchParams.get("watch") ?? "") || url.pathname.includes("/watch/");
    const info = { service: "kube", method: req.method ?? "GET", path: url.pathname, watch };
    await withFaults(this.plan, info, req, res, () => this.answer(req, res));
  }
  async answer(req, res) {
    const url = new URL(req.url ?? "/", "https://127.0.0.1");
    const body = await readBody(req);
    const r = route(url.pathname);
    const verb = r ? verbOf(req.method ?? "GET", r, url) : "unknown";
    this.requests.push({ method: req.method ?? "GET", path: url.pathname, query: Object.fromEntries(url.searchParams), verb, body });
    this.onRequest?.(this.requests.at(-1));
    const fault = this.faults.find((f) => f.times > 0 && (!f.method || f.method === req.method) && f.path.test(url.pathname + url.search));
    if (fault) {
      fault.times--;
      if (fault.drop) return void req.socket.destroy();
      const s = status(fault.status ?? 503, "ServiceUnavailable", "the server is currently unable to handle the request");
      return send(res, s.code, s.body);
    }
    if (req.headers.authorization !== `Bearer ${this.token}`) {
      const s = status(401, "Unauthorized", "Unauthorized");
      return send(res, s.code, s.body);
    }
    if (!r) return send(res, 404, status(404, "NotFound", `the server could not find the requested resource (${url.pathname})`).body);
    const resource = r.subresource ? `${r.ref.resource}/${r.subresource}` : r.ref.resource;
    if (this.forbidden.has(`${verb} ${resource}`) || this.forbidden.has(`${verb} ${r.ref.resource}`) || this.rbac && !allows(this.rbac, verb, r.ref.group, resource)) {
      const what = r.name ? `${resource} "${r.name}"` : resource;
      const s = status(
        403,
        "Forbidden",
        `${what} is forbidden: User "system:serviceaccount:${r.namespace}:deployer" cannot ${verb} resource "${resource}" in API group "${r.ref.group}" in the namespace "${r.namespace}"`,
        { kind: r.ref.resource }
      );
      return send(res, s.code, s.body);
    }
    if (verb === "watch" && this.stallWatches) {
      res.writeHead(200, { "content-type": "application/json", "transfer-encoding": "chunked" });
      res.flushHeaders();
      this.watches.add(res);
      res.on("close", () => this.watches.delete(res));
      return;
    }
    if (verb === "watch") return openWatch(this.store, r, url, res, this.watches);
    if (r.subresource === "log" && r.ref.resource === "pods") {
      const pod = this.store.get(r.ref, r.namespace, r.name);
      if (!pod) return send(res, 404, notFound(r.ref, r.name).body);
      return send(res, 200, this.logs.get(`${r.namespace}/${r.name}`) ?? "", "text/plain");
    }
    if (req.method === "DELETE" && r.name) {
      const answer2 = deleteObject(this.store, r, url, body);
      return send(res, answer2.code, answer2.body);
    }
    if (req.method === "GET" && r.name) {
      for (const c of this.controllers) {
        const answer2 = c.get?.(r, this);
        if (answer2) return send(res, answer2.code, answer2.body);
      }
    }
    if (req.method === "POST") {
      let object;
      try {
        object = JSON.parse(body);
      } catch {
        return send(res, 400, status(400, "BadRequest", "invalid JSON body").body);
      }
      for (const c of this.controllers) {
        const answer2 = c.create?.(r, object, this);
        if (answer2) return send(res, answer2.code, answer2.body);
      }
      if (url.searchParams.get("dryRun") === "All") {
        const name = object.metadata?.name;
        if (!name) return send(res, 422, status(422, "Invalid", `${r.ref.resource} is invalid: metadata.name: Required value`).body);
        if (this.store.get(r.ref, r.namespace, name)) {
          return send(res, 409, status(409, "AlreadyExists", `${r.ref.resource} "${name}" already exists`).body);
        }
        const echo = {
          ...object,
          metadata: { ...object.metadata, namespace: r.namespace, creationTimestamp: new Date(this.now()).toISOString() }
        };
        return send(res, 201, echo);
      }
    }
    const answer = storageVerb(
      this.store,
      req.method ?? "GET",
      r.subresource === "status" ? { ...r, subresource: void 0 } : r,
      url,
      body,
      req.headers["content-type"]
    );
    send(res, answer.code, answer.body);
  }
  /** Pod logs, by 'namespace/pod'; a controller (or a test) writes them. */
  logs = /* @__PURE__ */ new Map();
};

export {
  REFS,
  repositoryOf,
  currentFaultPlan,
  HttpDouble,
  withFaults,
  KubeDouble
};
