import { createRequire as __sgRequire } from 'node:module'; const require = __sgRequire(import.meta.url);
import {
  REVISION_LABEL,
  RegistryRefusedError,
  platformOf
} from "./chunk-25E5E3CG.js";
import {
  fetchWithRetry,
  readJson
} from "./chunk-4GMMOAY2.js";
import {
  systemClock
} from "./chunk-ZFVJRRAQ.js";
import {
  StageError,
  UsageError
} from "./chunk-HO53TWSA.js";

// src/registry/http.ts
function readRegistryJson(response, what, service) {
  return readJson(
    response,
    what,
    service,
    "check that the apiUrl of this registry in the configuration is its API, not a web page or a proxy"
  );
}

// src/registry/pacing.ts
var QUAY_API_LIMITS = { ratePerSecond: 5, burst: 25 };
var TokenBucket = class {
  tokens;
  last;
  queue = Promise.resolve();
  clock;
  limits;
  /** Milliseconds spent waiting for a token, over all callers (for the bench and tests). */
  waitedMs = 0;
  constructor(clock, limits) {
    this.clock = clock;
    this.limits = limits;
    this.tokens = limits.burst;
    this.last = clock.now();
  }
  refill() {
    const now = this.clock.now();
    this.tokens = Math.min(this.limits.burst, this.tokens + (now - this.last) / 1e3 * this.limits.ratePerSecond);
    this.last = now;
  }
  /** Resolves when the caller may send one request. */
  take() {
    const turn = this.queue.then(async () => {
      for (; ; ) {
        this.refill();
        if (this.tokens >= 1) {
          this.tokens -= 1;
          return;
        }
        const wait = Math.ceil((1 - this.tokens) / this.limits.ratePerSecond * 1e3);
        this.waitedMs += wait;
        await this.clock.sleep(wait);
      }
    });
    this.queue = turn;
    return turn;
  }
};
var buckets = /* @__PURE__ */ new WeakMap();
function sharedBucket(clock, key, limits) {
  let byKey = buckets.get(clock);
  if (!byKey) buckets.set(clock, byKey = /* @__PURE__ */ new Map());
  let bucket = byKey.get(key);
  if (!bucket) byKey.set(key, bucket = new TokenBucket(clock, limits));
  return bucket;
}

// src/registry/quay.ts
var QUAY_TOKEN_HINT = 'QUAY_TOKEN must be an OAuth access token of a Quay application (Organization \u2192 Applications \u2192 Generate Token, with "View all visible repositories"); a robot account token only works for docker login and the registry API, not for /api/v1';
var QUAY_TAG_LISTING_LIMITS = { ratePerSecond: 5, burst: 2 };
var PAGE_SIZE = 100;
var MAX_PAGES = 500;
function createQuayTagClient(options) {
  if (!options.token)
    throw new UsageError(
      "QUAY_TOKEN is not set: listing and deleting tags needs a token",
      'set QUAY_TOKEN (action input quay-token) to an OAuth access token of a Quay application with "Read/Write to any accessible repositories" (repo:write), whose user may write to the repositories; a robot account token is not accepted by /api/v1'
    );
  return new QuayClient(
    options.apiUrl,
    { service: "Quay", logger: options.logger, ...options.clock ? { clock: options.clock } : {} },
    options.token
  );
}
var QuayClient = class {
  apiUrl;
  http;
  hasToken;
  api;
  listings;
  byDigest = /* @__PURE__ */ new Map();
  requests = 0;
  constructor(apiUrl, http, token) {
    this.apiUrl = apiUrl.replace(/\/+$/, "");
    this.hasToken = !!token;
    this.http = {
      ...http,
      headers: { ...http.headers, accept: "application/json", ...token ? { authorization: `Bearer ${token}` } : {} }
    };
    const clock = http.clock ?? systemClock;
    this.api = sharedBucket(clock, this.apiUrl, QUAY_API_LIMITS);
    this.listings = sharedBucket(clock, `${this.apiUrl} tag listings`, QUAY_TAG_LISTING_LIMITS);
  }
  /**
   * One paced request to `/api/v1/repository/{repository}/{path}`; refused credentials fail with
   * the hint for this token and method. The caller reads the answer (a 404 is its to judge).
   */
  async send(method, repository, path, what, listing = false) {
    if (listing) await this.listings.take();
    await this.api.take();
    this.requests++;
    const response = await fetchWithRetry(`${this.apiUrl}/api/v1/repository/${repository}/${path}`, { method }, this.http);
    if (response.status === 401 || response.status === 403) {
      await response.body?.cancel();
      throw new RegistryRefusedError(
        `Quay refused ${what} (HTTP ${response.status})`,
        this.refusalHint(response.status, repository, method)
      );
    }
    return response;
  }
  /** A JSON answer, or null for a 404 (no such tag, manifest or repository). */
  async get(repository, path, what = `GET /api/v1/repository/${repository}/${path.split("?")[0]}`, listing = false) {
    const response = await this.send("GET", repository, path, what, listing);
    if (response.status === 404) {
      await response.body?.cancel();
      return null;
    }
    return readRegistryJson(response, what, "Quay");
  }
  refusalHint(status, repository, method) {
    if (!this.hasToken) return `${repository} is private: set QUAY_TOKEN. ${QUAY_TOKEN_HINT}`;
    if (status === 401) return `Quay did not accept QUAY_TOKEN (expired, revoked, or not an API token). ${QUAY_TOKEN_HINT}`;
    if (method === "DELETE")
      return `the user or application behind QUAY_TOKEN needs write access to ${repository} (the repo:write scope and write permission)`;
    return `the user or application behind QUAY_TOKEN cannot read ${repository}: grant it read access`;
  }
  async inspect(ref) {
    const page = await this.get(ref.repository, `tag/?${query({ specificTag: ref.tag, onlyActiveTags: "true" })}`);
    const tag = page?.tags?.find((t) => t.name === ref.tag);
    if (!tag) return null;
    if (typeof tag.manifest_digest !== "string")
      throw new StageError(`Quay's tag ${ref.text} has no manifest_digest; is ${this.apiUrl} the Quay API?`);
    const pushedAt = typeof tag.start_ts === "number" && tag.start_ts ? tag.start_ts * 1e3 : void 0;
    let info = this.byDigest.get(tag.manifest_digest);
    if (!info) {
      info = await this.describe(ref, tag.manifest_digest, tag.is_manifest_list === true);
      this.byDigest.set(tag.manifest_digest, info);
    }
    return { ...info, ...pushedAt ? { pushedAt } : {} };
  }
  /** The manifest list of a digest, as Quay keeps it (manifest_data, a JSON string). */
  async manifestList(repository, digest) {
    const what = `GET /api/v1/repository/${repository}/manifest/${digest}`;
    const body = await this.get(repository, `manifest/${digest}`, what);
    if (typeof body?.manifest_data !== "string") throw new StageError(`Quay's answer to ${what} has no manifest_data`);
    try {
      return JSON.parse(body.manifest_data);
    } catch {
      throw new StageError(`Quay's manifest_data of ${repository}@${digest} is not JSON`);
    }
  }
  /**
   * Quay keeps labels per image manifest, taken from the image's config; a manifest list has no
   * config and so no labels: the revision comes from its first platform's manifest.
   */
  async describe(ref, digest, isList) {
    let platforms = [];
    let labelled = digest;
    if (isList) {
      const list = await this.manifestList(ref.repository, digest);
      const children = (list.manifests ?? []).filter((m) => platformOf(m.platform) && typeof m.digest === "string");
      platforms = children.map((m) => platformOf(m.platform));
      if (!children[0]) return { digest, platforms };
      labelled = children[0].digest;
    }
    const labels = await this.get(
      ref.repository,
      `manifest/${labelled}/labels?${query({ filter: REVISION_LABEL })}`
    );
    const revision = labels?.labels?.find((l) => l.key === REVISION_LABEL)?.value;
    return { digest, platforms, ...revision ? { revision } : {} };
  }
  async tagsContaining(ref, text) {
    const page = await this.get(
      ref.repository,
      `tag/?${query({ onlyActiveTags: "true", filter_tag_name: `like:${text}`, limit: "100" })}`
    );
    return (page?.tags ?? []).filter((t) => typeof t.name === "string" && t.name.includes(text)).map((t) => ({ tag: t.name, digest: t.manifest_digest }));
  }
  async listTags(repository) {
    const tags = [];
    for (let page = 1; ; page++) {
      if (page > MAX_PAGES) throw new StageError(`Quay kept answering has_additional for ${repository} past ${MAX_PAGES} pages`);
      const what = `GET /api/v1/repository/${repository}/tag/ page ${page}`;
      const path = `tag/?${query({ onlyActiveTags: "true", limit: String(PAGE_SIZE), page: String(page) })}`;
      const body = await this.get(repository, path, what, true);
      if (!body)
        throw new StageError(
          `Quay has no repository ${repository}`,
          "check the image names of the components (quay.io/<namespace>/<repository>:tag)"
        );
      if (!Array.isArray(body.tags))
        throw new StageError(`Quay's answer to ${what} has no tags list; is the apiUrl of quay.io the Quay API?`);
      for (const t of body.tags) tags.push(parseTag(t, repository));
      if (!body.has_additional) break;
    }
    return tags.sort((a, b) => b.lastModified - a.lastModified || a.name.localeCompare(b.name));
  }
  async manifestChildren(repository, digest) {
    const list = await this.manifestList(repository, digest);
    return (list.manifests ?? []).map((m) => m.digest).filter((d) => typeof d === "string");
  }
  async deleteTag(repository, tag) {
    const what = `DELETE /api/v1/repository/${repository}/tag/${tag}`;
    const response = await this.send("DELETE", repository, `tag/${encodeURIComponent(tag)}`, what);
    await response.text();
    if (response.status === 404) return "already gone";
    if (!response.ok) throw new StageError(`Quay answered HTTP ${response.status} to ${what}`);
    return "deleted";
  }
};
function query(params) {
  return new URLSearchParams(params).toString();
}
function parseTag(t, repository) {
  if (typeof t.name !== "string" || typeof t.manifest_digest !== "string") {
    throw new StageError(`Quay listed a tag of ${repository} without name or manifest_digest: ${JSON.stringify(t).slice(0, 200)}`);
  }
  const modified = typeof t.last_modified === "string" ? Date.parse(t.last_modified) : NaN;
  const lastModified = Number.isFinite(modified) ? modified : typeof t.start_ts === "number" ? t.start_ts * 1e3 : NaN;
  if (!Number.isFinite(lastModified)) throw new StageError(`Quay's tag ${repository}:${t.name} has no readable last_modified`);
  return {
    name: t.name,
    digest: t.manifest_digest,
    lastModified,
    size: typeof t.size === "number" ? t.size : null,
    manifestList: t.is_manifest_list === true
  };
}

export {
  readRegistryJson,
  createQuayTagClient,
  QuayClient
};
