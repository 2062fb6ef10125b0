import { createRequire as __sgRequire } from 'node:module'; const require = __sgRequire(import.meta.url);
import {
  array,
  boolean,
  number,
  record,
  strictObject,
  string
} from "./chunk-JBDFTSBJ.js";
import {
  LineCounter,
  isMap,
  isNode,
  parseDocument
} from "./chunk-SEHOKOTX.js";
import {
  checkAfter
} from "./chunk-AHKVNA5J.js";
import {
  didYouMean,
  formatPath
} from "./chunk-6QRULY5K.js";
import {
  DURATION_PATTERN
} from "./chunk-4PSKXZ4E.js";
import {
  UsageError
} from "./chunk-HO53TWSA.js";

// src/config/load.ts
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

// src/config/schema.ts
import { isIP } from "node:net";
function isLoopbackHost(hostname) {
  const host = hostname.replace(/^\[|\]$/g, "").toLowerCase();
  if (host === "localhost") return true;
  if (isIP(host) === 4) return host.startsWith("127.");
  return isIP(host) === 6 && host === "::1";
}
function isAllowedServiceUrl(value) {
  let url;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  if (url.protocol === "https:") return true;
  return url.protocol === "http:" && isLoopbackHost(url.hostname);
}
function remoteProblem(value) {
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(value)?.[1]?.toLowerCase();
  if (!scheme && /^[^/@:]+:[^/@]*@[^/]*:/.test(value)) {
    return "a password in an scp-like remote (user:password@host:path) is not supported; use an ssh key, or https://user:token@host/path";
  }
  if (!scheme) return void 0;
  let url;
  try {
    url = new URL(value);
  } catch {
    return "expected a git URL (https://host/owner/repo.git, ssh://git@host/repo.git), user@host:path or a path";
  }
  for (const part of [url.username, url.password]) {
    try {
      decodeURIComponent(part);
    } catch {
      return "the user or token in the URL has a malformed %-escape; write it percent-encoded (e.g. %40 for @)";
    }
  }
  const hasSecret = url.password !== "" || url.username !== "" && (scheme === "http" || scheme === "https");
  if (!hasSecret) return void 0;
  if (scheme === "https" || scheme === "http" && isLoopbackHost(url.hostname)) return void 0;
  const remedy = "use https:// (or an ssh key for ssh://), or leave the token out of the URL";
  return `credentials in a ${scheme}:// URL travel in cleartext; ${remedy}`;
}
var remote = string().min(1).superRefine((value, ctx) => {
  const problem = remoteProblem(value);
  if (problem) ctx.addIssue({ code: "custom", message: problem });
});
var serviceUrl = string().refine(isAllowedServiceUrl, {
  message: "expected an https:// URL (plain http:// only for 127.0.0.1 or localhost)"
}).meta({ format: "uri" });
var duration = string().regex(DURATION_PATTERN, { message: "expected a duration such as 30s, 10m or 2h" });
var name = string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, { message: 'expected letters, digits, ".", "_" or "-"' });
var githubRepo = string().regex(/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/, { message: 'expected "owner/name", e.g. packit/ogr' });
var branch = string().regex(/^(?!\/|.*\/\/|.*\.\.|.*@\{)[^\s~^:?*[\\]+(?<![/.])$/, { message: "expected a git branch name" });
var image = strictObject({
  image: string().regex(/^[a-z0-9.-]+(?::\d+)?\/[a-z0-9._/-]+:[\w][\w.-]{0,127}$/, {
    message: 'expected "registry/repository:tag", e.g. quay.io/packit/packit-service:prod'
  }).describe("Registry host, repository and the tag the build pushes"),
  imageStream: string().regex(/^[a-z0-9][a-z0-9.-]*:[\w][\w.-]*$/, { message: 'expected "name:tag", e.g. packit-service:prod' }).optional().describe("ImageStreamTag the image is imported into"),
  platforms: array(string().regex(/^[a-z0-9]+\/[a-z0-9]+(\/[a-z0-9]+)?$/, { message: "expected os/arch, e.g. linux/arm64" })).optional().describe("Platforms that must all be in the manifest list")
});
var component = strictObject({
  name: name.describe("Short name used in after, --to and summaries"),
  repo: githubRepo.optional().describe("GitHub owner/name: moved through the GitHub API"),
  remote: remote.optional().describe("Any git URL or path: moved with git (credentials only in https URLs)"),
  after: array(string()).optional().describe("Components that must move (and be built in Copr) first"),
  copr: strictObject({
    project: string().regex(/^[^/\s]+\/[^/\s]+$/, { message: 'expected "owner/project", e.g. packit/packit-stable' }),
    package: string().min(1)
  }).optional().describe("Copr package built from this component; components after it wait for the build"),
  checks: array(string().min(1)).optional().describe("Checks that must pass on the promoted commit (default: the branch protection, else all)"),
  build: strictObject({ workflows: array(string().min(1)).min(1) }).optional(),
  images: array(image).optional(),
  systemKey: string().min(1).optional().describe("Key of this component in the versions endpoint")
});
var registry = strictObject({ apiUrl: serviceUrl });
var cluster = strictObject({
  server: serviceUrl,
  namespace: string().regex(/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/, { message: "expected a Kubernetes namespace name" }),
  caFile: string().min(1).optional().describe("PEM file of the cluster CA, relative to this file; TLS is always verified"),
  staging: boolean().optional().describe("The pre-flight health gate of deploy runs on this cluster")
});
var chat = strictObject({
  matrix: strictObject({
    homeserver: serviceUrl,
    rooms: array(string().regex(/^![^:]+:.+$/, { message: 'expected a room id "!id:server" (Room settings \u2192 Advanced)' })),
    postNotice: boolean().optional().describe("Also post the notice as a message (default false: the topic change shows in the timeline)"),
    postFinished: boolean().optional().describe("Post the finished notice after a successful revert")
  }).optional(),
  slack: strictObject({
    apiUrl: serviceUrl.optional(),
    channels: array(string().regex(/^[CG][A-Z0-9]+$/, { message: "expected a channel id such as C0123456" })),
    postFinished: boolean().optional().describe("Post the finished notice as a new message after a successful revert")
  }).optional(),
  notices: strictObject({
    deploying: string().min(1).optional().describe("Topic while deploying; placeholders {deployment}, {runUrl}, {retrigger}"),
    failed: string().min(1).optional().describe("Topic when the deployment failed"),
    finished: string().min(1).optional().describe("Message after a successful deployment"),
    retrigger: array(string().min(1)).optional().describe("Commands users can retrigger with, listed in the notice message")
  }).optional()
});
var health = strictObject({
  sentry: strictObject({
    apiUrl: serviceUrl,
    org: string().min(1),
    project: string().min(1),
    maxNewIssues: number().int().min(0).optional(),
    window: duration.optional()
  }).optional(),
  endpoints: array(strictObject({ url: serviceUrl, versions: boolean().optional(), expect: string().optional() })).optional(),
  pods: strictObject({
    stuckTerminatingAfter: duration.optional().describe("Force-delete a pod Terminating for longer than this (default 10m)"),
    selector: string().min(1).optional().describe("Label selector of the pods the health gate checks (default: every pod of the namespace)"),
    pendingAfter: duration.optional().describe("A pod Pending for longer than this fails the gate (default 5m)")
  }).optional()
});
var releaseNotes = strictObject({
  components: array(string()).optional().describe("Components whose PRs are collected (default: every component with a repo)"),
  title: string().min(1).optional().describe('Post title; placeholders {month}, {year}, {week} (default "Packit in {month} {year}")'),
  postUrl: serviceUrl.optional().describe("Address of the published post, linked from the first Mastodon post"),
  authors: array(string().min(1)).optional().describe("Front matter authors of the post"),
  label: string().min(1).optional().describe("Label of PRs that carry release notes (default has-release-notes)"),
  blog: strictObject({
    repo: githubRepo,
    path: string().min(1).describe("Path of the post in that repository; placeholders {month}, {year}, {week}"),
    base: branch.optional().describe("Branch the draft pull request targets (default: the repository default branch)")
  }).optional().describe("Open (or update) a draft pull request with the post in this repository")
});
var quayCleanup = strictObject({
  olderThan: duration.optional().describe("Only tags last modified longer ago than this are deleted (default 90d)"),
  keep: number().int().min(0).optional().describe("The newest tags of each repository are kept whatever their age (default 10)"),
  protect: array(string().min(1)).optional().describe('Tag patterns never deleted ("*" matches any characters); prod, stg and latest always are')
});
var infra = strictObject({
  repo: githubRepo.optional().describe("Deployment repository on GitHub"),
  remote: remote.optional().describe("Deployment repository as any git URL or path (credentials only in https URLs)"),
  ref: branch.optional().describe("Branch applied (default main)"),
  command: array(string().min(1)).min(1).describe("The apply command as an argument list, run without a shell, e.g. [make, deploy]"),
  env: record(string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, { message: "expected an environment variable name" }), string()).optional(),
  timeout: duration.optional().describe("Longest run of the apply command (default 30m)"),
  vault: strictObject({
    url: serviceUrl,
    mount: string().min(1).optional().describe("KV v2 mount (default secret)"),
    paths: array(string().min(1)).min(1).describe("Secret paths the apply command reads")
  }).optional()
});
var date = string().regex(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2})?)?$/, { message: "expected a date YYYY-MM-DD (or YYYY-MM-DDTHH:MM)" });
var freeze = strictObject({
  from: date.describe("First day (or moment) of the freeze, in the configured timezone"),
  until: date.describe("Last day of the freeze (a date includes the whole day), in the configured timezone"),
  reason: string().min(1)
});
var configSchema = strictObject({
  deployment: name.describe("Shown in messages and summaries, e.g. prod"),
  timezone: string().min(1).optional(),
  branches: strictObject({ source: branch, target: branch }).optional(),
  github: strictObject({ apiUrl: serviceUrl, serverUrl: serviceUrl.optional() }).optional().describe("GitHub API (and web) base URL; defaults to github.com"),
  copr: strictObject({ apiUrl: serviceUrl }).optional(),
  components: array(component).min(1, { message: "expected at least one component" }),
  registries: record(string(), registry).optional(),
  clusters: record(string(), cluster).optional(),
  chat: chat.optional(),
  health: health.optional(),
  releaseNotes: releaseNotes.optional(),
  quayCleanup: quayCleanup.optional(),
  infra: infra.optional(),
  freeze: array(freeze).optional().describe("Windows in which deploy refuses to run (unless --ignore-freeze)")
});

// src/config/load.ts
var DEFAULT_CONFIG_PATHS = [".github/service-guru.yml", "service-guru.yml"];
var ConfigError = class extends UsageError {
  issues;
  constructor(file, issues) {
    super(
      `${file}: invalid configuration (${issues.length} problem${issues.length === 1 ? "" : "s"}):
` + issues.map((i) => `  - ${i}`).join("\n"),
      "fix the fields named above; schema/service-guru.schema.json describes every field"
    );
    this.name = "ConfigError";
    this.issues = issues;
  }
};
function findConfigFile(explicit, cwd = process.cwd()) {
  if (explicit) {
    const file = path.resolve(cwd, explicit);
    if (!existsSync(file)) throw new UsageError(`--config: ${explicit} does not exist`, "give the path of the YAML configuration file");
    return file;
  }
  for (const candidate of DEFAULT_CONFIG_PATHS) {
    const file = path.resolve(cwd, candidate);
    if (existsSync(file)) return file;
  }
  throw new UsageError(
    `no configuration file: looked for ${DEFAULT_CONFIG_PATHS.join(" and ")} in ${cwd}`,
    "pass --config FILE or create .github/service-guru.yml (see the README)"
  );
}
function loadConfig(file) {
  return parseConfig(readFileSync(file, "utf8"), file);
}
function parseConfig(text, file) {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length) {
    throw new ConfigError(
      file,
      doc.errors.map((e) => `line ${lines.linePos(e.pos[0]).line}: ${e.message.split("\n")[0]}`)
    );
  }
  const raw = doc.toJS();
  if (!isMap(doc.contents)) {
    throw new ConfigError(file, ["(top level): expected a mapping with deployment, components, ..."]);
  }
  const parsed = configSchema.safeParse(raw);
  if (!parsed.success) {
    throw new ConfigError(
      file,
      parsed.error.issues.flatMap((issue) => describeZodIssue(issue)).map((i) => locate(i, doc, lines))
    );
  }
  const input = parsed.data;
  const semantic = checkSemantics(input);
  if (semantic.length)
    throw new ConfigError(
      file,
      semantic.map((i) => locate(i, doc, lines))
    );
  return normalize(input, file);
}
function describeZodIssue(issue) {
  const at = issue.path.filter((p) => typeof p !== "symbol");
  switch (issue.code) {
    case "unrecognized_keys": {
      const known = knownKeysAt(at);
      return issue.keys.map((key) => ({
        path: [...at, key],
        message: `unknown field${didYouMean(key, known)}; expected one of: ${known.join(", ")}`
      }));
    }
    case "invalid_type":
      if (issue.message.includes("received undefined")) return [{ path: at, message: `missing; expected ${issue.expected}` }];
      return [{ path: at, message: issue.message.replace(/^Invalid input: /, "") }];
    default:
      return [{ path: at, message: issue.message.replace(/^Invalid input: /, "") }];
  }
}
function knownKeysAt(at) {
  let schema = configSchema;
  for (const part of at) {
    const def2 = unwrap(schema)._zod.def;
    if (typeof part === "number" && def2.type === "array") schema = def2.element;
    else if (typeof part === "string" && def2.type === "object") schema = def2.shape[part];
    else if (typeof part === "string" && def2.type === "record") schema = def2.valueType;
    else return [];
  }
  const def = unwrap(schema)._zod.def;
  return def.type === "object" ? Object.keys(def.shape) : [];
}
function unwrap(schema) {
  let current = schema;
  for (; ; ) {
    const def = current._zod.def;
    if (def.type === "optional" || def.type === "default" || def.type === "nullable") current = def.innerType;
    else return current;
  }
}
function locate(issue, doc, lines) {
  let node;
  for (let n = issue.path.length; n >= 0 && !isNode(node); n--) node = doc.getIn(issue.path.slice(0, n), true);
  const parentPath = issue.path.slice(0, -1);
  const parent = doc.getIn(parentPath, true);
  let offset = isNode(node) && node.range ? node.range[0] : void 0;
  if (isMap(parent)) {
    const key = issue.path[issue.path.length - 1];
    const pair = parent.items.find((p) => isNode(p.key) && p.key.value === key);
    if (pair && isNode(pair.key) && pair.key.range) offset = pair.key.range[0];
  }
  const where = offset === void 0 ? "" : ` (line ${lines.linePos(offset).line})`;
  return `${formatPath(issue.path)}${where}: ${issue.message}`;
}
function checkSemantics(input) {
  const issues = [];
  const seen = /* @__PURE__ */ new Map();
  input.components.forEach((c, i) => {
    const first = seen.get(c.name);
    if (first !== void 0) {
      issues.push({
        path: ["components", i, "name"],
        message: `duplicate component "${c.name}" (also components[${first}]); names must be unique`
      });
    } else seen.set(c.name, i);
    if (c.repo && c.remote) {
      issues.push({ path: ["components", i], message: "has both repo and remote; keep repo (GitHub API) or remote (git), not both" });
    } else if (!c.repo && !c.remote) {
      issues.push({ path: ["components", i], message: "needs repo (GitHub owner/name) or remote (a git URL or path)" });
    }
    for (const field of ["build", "checks"]) {
      if (c[field] && !c.repo) {
        issues.push({ path: ["components", i, field], message: `needs repo: ${field} is read through the GitHub API` });
      }
    }
  });
  if (issues.length) return issues;
  issues.push(...checkAfter(input.components.map((c) => ({ name: c.name, after: c.after ?? [] }))));
  if (input.infra && !!input.infra.repo === !!input.infra.remote) {
    issues.push({ path: ["infra"], message: "needs exactly one of repo (GitHub owner/name) or remote (a git URL or path)" });
  }
  const names = new Set(input.components.map((c) => c.name));
  (input.releaseNotes?.components ?? []).forEach((n, i) => {
    if (!names.has(n)) issues.push({ path: ["releaseNotes", "components", i], message: `unknown component "${n}"${didYouMean(n, names)}` });
  });
  const branches = input.branches;
  if (branches && branches.source === branches.target) {
    issues.push({ path: ["branches", "target"], message: `same as branches.source ("${branches.source}"); name two different branches` });
  }
  return issues;
}
function normalize(input, file) {
  const dir = path.dirname(file);
  const githubApi = (input.github?.apiUrl ?? "https://api.github.com").replace(/\/+$/, "");
  const components = input.components.map((c) => ({
    name: c.name,
    transport: c.repo ? { kind: "github", repo: c.repo } : { kind: "git", remote: resolveRemote(c.remote, dir) },
    after: c.after ?? [],
    ...c.copr ? { copr: c.copr } : {},
    ...c.checks ? { checks: c.checks } : {},
    ...c.build ? { build: c.build } : {},
    images: c.images ?? [],
    ...c.systemKey ? { systemKey: c.systemKey } : {}
  }));
  return {
    file,
    deployment: input.deployment,
    timezone: input.timezone ?? "UTC",
    branches: input.branches ?? { source: "main", target: "stable" },
    github: { apiUrl: githubApi, serverUrl: (input.github?.serverUrl ?? webUrlFor(githubApi)).replace(/\/+$/, "") },
    copr: { apiUrl: (input.copr?.apiUrl ?? "https://copr.fedorainfracloud.org").replace(/\/+$/, "") },
    components,
    registries: { "quay.io": { apiUrl: "https://quay.io" }, ...input.registries ?? {} },
    clusters: Object.fromEntries(
      Object.entries(input.clusters ?? {}).map(([n, c]) => [n, { ...c, ...c.caFile ? { caFile: path.resolve(dir, c.caFile) } : {} }])
    ),
    chat: input.chat ?? {},
    health: input.health ?? {},
    releaseNotes: input.releaseNotes ?? {},
    quayCleanup: input.quayCleanup ?? {},
    ...input.infra ? { infra: { ...input.infra, ...input.infra.remote ? { remote: resolveRemote(input.infra.remote, dir) } : {} } } : {},
    freeze: input.freeze ?? []
  };
}
function webUrlFor(apiUrl) {
  const url = new URL(apiUrl);
  if (url.hostname === "api.github.com") return "https://github.com";
  if (url.pathname.replace(/\/+$/, "").endsWith("/api/v3")) return `${url.origin}${url.pathname.replace(/\/api\/v3\/*$/, "")}`;
  return url.origin;
}
function resolveRemote(remote2, dir) {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(remote2) || /^[^/\\]+@[^/\\]+:/.test(remote2)) return remote2;
  return path.resolve(dir, remote2);
}

export {
  findConfigFile,
  loadConfig
};
