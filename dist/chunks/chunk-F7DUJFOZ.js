import { createRequire as __sgRequire } from 'node:module'; const require = __sgRequire(import.meta.url);
import {
  QuayClient,
  readRegistryJson
} from "./chunk-DPTBCVPP.js";
import {
  REVISION_LABEL,
  RegistryRefusedError,
  platformOf
} from "./chunk-25E5E3CG.js";
import {
  fetchWithRetry
} from "./chunk-4GMMOAY2.js";
import {
  StageError,
  UsageError
} from "./chunk-HO53TWSA.js";

// src/registry/index.ts
import { createHash as createHash2 } from "node:crypto";

// src/registry/oci.ts
import { createHash } from "node:crypto";
var MANIFEST_TYPES = [
  "application/vnd.oci.image.index.v1+json",
  "application/vnd.docker.distribution.manifest.list.v2+json",
  "application/vnd.oci.image.manifest.v1+json",
  "application/vnd.docker.distribution.manifest.v2+json"
].join(", ");
var OciRegistry = class {
  apiUrl;
  http;
  basic;
  tokens = /* @__PURE__ */ new Map();
  byDigest = /* @__PURE__ */ new Map();
  requests = 0;
  constructor(apiUrl, http, credentials) {
    this.apiUrl = apiUrl.replace(/\/+$/, "");
    this.http = http;
    this.basic = credentials ? Buffer.from(`${credentials.username}:${credentials.password}`).toString("base64") : void 0;
  }
  async request(repository, path2, method, accept) {
    const url = `${this.apiUrl}/v2/${repository}/${path2}`;
    const send = () => {
      const token = this.tokens.get(repository);
      const headers = { ...accept ? { accept } : {} };
      if (token) headers.authorization = `Bearer ${token}`;
      else if (this.basic) headers.authorization = `Basic ${this.basic}`;
      this.requests++;
      return fetchWithRetry(url, { method, headers }, this.http);
    };
    let response = await send();
    const challenge = response.headers.get("www-authenticate");
    if (response.status === 401 && challenge?.toLowerCase().startsWith("bearer ")) {
      await response.body?.cancel();
      this.tokens.set(repository, await this.token(challenge, repository));
      response = await send();
    }
    if (response.status === 401 || response.status === 403) {
      await response.body?.cancel();
      throw new RegistryRefusedError(
        `${this.http.service} refused ${method} /v2/${repository}/${path2.replace(/\?.*/, "")} (HTTP ${response.status})`,
        "check that the repository exists and that the registry lets this runner read it"
      );
    }
    return response;
  }
  /** RFC 6750 challenge → token endpoint (Docker token authentication). */
  async token(challenge, repository) {
    const params = Object.fromEntries([...challenge.slice(7).matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
    if (!params.realm) throw new StageError(`${this.http.service}: the bearer challenge names no realm`);
    const url = new URL(params.realm);
    if (params.service) url.searchParams.set("service", params.service);
    url.searchParams.set("scope", params.scope ?? `repository:${repository}:pull`);
    this.requests++;
    const response = await fetchWithRetry(
      url.toString(),
      { headers: this.basic ? { authorization: `Basic ${this.basic}` } : {} },
      this.http
    );
    if (response.status === 401 || response.status === 403) {
      await response.body?.cancel();
      throw new RegistryRefusedError(
        `${this.http.service}: the token endpoint ${url.origin}${url.pathname} refused a token for ${repository} (HTTP ${response.status})`,
        "check the registry credentials"
      );
    }
    const body = await readRegistryJson(
      response,
      `GET ${url.origin}${url.pathname} (token endpoint)`,
      this.http.service
    );
    const token = body.token ?? body.access_token;
    if (!token) throw new StageError(`${this.http.service}: the token endpoint answered without a token`);
    return token;
  }
  async json(repository, path2, accept) {
    const response = await this.request(repository, path2, "GET", accept);
    if (response.status === 404) {
      await response.body?.cancel();
      return null;
    }
    const what = `GET /v2/${repository}/${path2}`;
    const header = response.headers.get("docker-content-digest");
    const clone = header ? void 0 : response.clone();
    const body = await readRegistryJson(response, what, this.http.service);
    const digest = header ?? `sha256:${createHash("sha256").update(await clone.text()).digest("hex")}`;
    return { body, digest };
  }
  async inspect(ref) {
    const head = await this.request(ref.repository, `manifests/${ref.tag}`, "HEAD", MANIFEST_TYPES);
    if (head.status === 404) return null;
    const known = head.headers.get("docker-content-digest");
    if (known && this.byDigest.has(known)) return this.byDigest.get(known);
    const manifest = await this.json(ref.repository, `manifests/${ref.tag}`, MANIFEST_TYPES);
    if (!manifest) return null;
    const info = await this.describe(ref.repository, manifest.body, manifest.digest);
    this.byDigest.set(manifest.digest, info);
    return info;
  }
  async describe(repository, manifest, digest) {
    if (manifest.manifests) {
      const platforms = manifest.manifests.map((m) => platformOf(m.platform)).filter((p) => !!p);
      let revision2 = manifest.annotations?.[REVISION_LABEL];
      const first = manifest.manifests.find((m) => platformOf(m.platform));
      if (!revision2 && first) {
        const child = await this.json(repository, `manifests/${first.digest}`, MANIFEST_TYPES);
        if (child?.body.config) revision2 = (await this.config(repository, child.body.config.digest))?.config?.Labels?.[REVISION_LABEL];
      }
      return { digest, platforms, ...revision2 ? { revision: revision2 } : {} };
    }
    const config = manifest.config ? await this.config(repository, manifest.config.digest) : void 0;
    const platform = platformOf(config ?? void 0);
    const revision = manifest.annotations?.[REVISION_LABEL] ?? config?.config?.Labels?.[REVISION_LABEL];
    return { digest, platforms: platform ? [platform] : [], ...revision ? { revision } : {} };
  }
  async config(repository, digest) {
    return (await this.json(repository, `blobs/${digest}`, "*/*"))?.body;
  }
  async tagsContaining(ref, text) {
    const names = [];
    let path2 = "tags/list?n=1000";
    while (path2) {
      const response = await this.request(ref.repository, path2, "GET", "application/json");
      if (response.status === 404) {
        await response.body?.cancel();
        return [];
      }
      const body = await readRegistryJson(
        response,
        `GET /v2/${ref.repository}/${path2.replace(/\?.*/, "")}`,
        this.http.service
      );
      names.push(...body.tags ?? []);
      const next = /<[^>]*\/v2\/[^>]*?\/(tags\/list\?[^>]*)>;\s*rel="next"/.exec(response.headers.get("link") ?? "");
      path2 = next?.[1];
    }
    const out = [];
    for (const tag of names.filter((n) => n.includes(text))) {
      const head = await this.request(ref.repository, `manifests/${tag}`, "HEAD", MANIFEST_TYPES);
      const digest = head.headers.get("docker-content-digest");
      if (head.ok && digest) out.push({ tag, digest });
    }
    return out;
  }
};

// src/registry/credentials.ts
import { readFileSync } from "node:fs";
import path from "node:path";
function dockerConfigFile(env) {
  if (env.DOCKER_CONFIG) return path.join(env.DOCKER_CONFIG, "config.json");
  const home = env.HOME ?? env.USERPROFILE;
  return home ? path.join(home, ".docker", "config.json") : void 0;
}
var hostOf = (key) => key.replace(/^[a-z]+:\/\//i, "").replace(/\/.*$/, "");
function fromDockerConfig(host, file) {
  let text;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    if (error.code === "ENOENT") return void 0;
    throw new UsageError(
      `cannot read ${file}: ${error.code ?? String(error)}`,
      "fix its permissions, or set DOCKER_CONFIG"
    );
  }
  let parsed;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new UsageError(`${file} is not JSON`, "docker login writes it; run it again, or set DOCKER_CONFIG to another folder");
  }
  const entry = Object.entries(parsed.auths ?? {}).find(([key]) => hostOf(key) === host)?.[1];
  if (!entry) return void 0;
  if (typeof entry.auth === "string" && entry.auth) {
    const decoded = Buffer.from(entry.auth, "base64").toString("utf8");
    const colon = decoded.indexOf(":");
    if (colon < 0) throw new UsageError(`${file}: auths.${host}.auth is not base64 of user:password`, `run docker login ${host} again`);
    return { username: decoded.slice(0, colon), password: decoded.slice(colon + 1), source: `${file} (auths.${host})` };
  }
  if (typeof entry.username === "string" && typeof entry.password === "string")
    return { username: entry.username, password: entry.password, source: `${file} (auths.${host})` };
  return void 0;
}
function registryCredentials(host, env) {
  const file = dockerConfigFile(env);
  const found = file ? fromDockerConfig(host, file) : void 0;
  if (found) return found;
  if (host === "ghcr.io" && env.GITHUB_TOKEN)
    return { username: env.GITHUB_ACTOR || "service-guru", password: env.GITHUB_TOKEN, source: "GITHUB_TOKEN" };
  return void 0;
}

// src/registry/index.ts
var clients = /* @__PURE__ */ new WeakMap();
function registryFor(host, config, http, env, onSecret) {
  const apiUrl = config.registries[host]?.apiUrl ?? `https://${host}`;
  const token = host === "quay.io" ? env.QUAY_TOKEN : void 0;
  const login = host === "quay.io" ? void 0 : registryCredentials(host, env);
  if (login) onSecret(login.password);
  const key = [
    host,
    apiUrl,
    token ? createHash2("sha256").update(token).digest("hex") : "",
    login ? createHash2("sha256").update(`${login.username}:${login.password}`).digest("hex") : "",
    JSON.stringify(http.policy ?? {}),
    JSON.stringify(http.headers ?? {})
  ].join("\0");
  let byKey = clients.get(http.logger);
  if (!byKey) clients.set(http.logger, byKey = /* @__PURE__ */ new Map());
  const known = byKey.get(key);
  if (known) return known;
  if (!config.registries[host]) http.logger.info(`registry ${host} is not under registries: in the configuration; using ${apiUrl}`);
  const client = host === "quay.io" ? new QuayClient(apiUrl, { ...http, service: "Quay" }, token) : new OciRegistry(apiUrl, { ...http, service: `registry ${host}` }, login);
  byKey.set(key, client);
  return client;
}

export {
  registryFor
};
