import { createRequire as __sgRequire } from 'node:module'; const require = __sgRequire(import.meta.url);
import {
  isTimeZone
} from "./chunk-KQWFMIMD.js";
import {
  Lexer,
  LineCounter,
  isMap,
  isNode,
  isScalar,
  parseDocument,
  visit
} from "./chunk-P4NWLHQW.js";
import {
  _gte,
  _minLength,
  _regex,
  array,
  boolean,
  config,
  describe,
  int,
  joinValues,
  meta,
  optional,
  parsedType,
  record,
  refine,
  strictObject,
  string,
  stringifyPrimitive,
  superRefine
} from "./chunk-JNDZXDHD.js";
import {
  checkAfter
} from "./chunk-D7IVV3UH.js";
import {
  urlCredentials
} from "./chunk-ZVXFKJMM.js";
import {
  DURATION_PATTERN
} from "./chunk-4PSKXZ4E.js";
import {
  didYouMean,
  formatPath
} from "./chunk-6QRULY5K.js";
import {
  UsageError
} from "./chunk-HO53TWSA.js";

// src/config/load.ts
import { closeSync, existsSync, fstatSync, openSync, readSync } from "node:fs";
import path from "node:path";

// src/config/schema.ts
import { isIP } from "node:net";

// node_modules/zod/v4/locales/en.js
var error = () => {
  const Sizable = {
    string: { unit: "characters", verb: "to have" },
    file: { unit: "bytes", verb: "to have" },
    array: { unit: "items", verb: "to have" },
    set: { unit: "items", verb: "to have" },
    map: { unit: "entries", verb: "to have" }
  };
  function getSizing(origin) {
    return Sizable[origin] ?? null;
  }
  const FormatDictionary = {
    regex: "input",
    email: "email address",
    url: "URL",
    emoji: "emoji",
    uuid: "UUID",
    uuidv4: "UUIDv4",
    uuidv6: "UUIDv6",
    nanoid: "nanoid",
    guid: "GUID",
    cuid: "cuid",
    cuid2: "cuid2",
    ulid: "ULID",
    xid: "XID",
    ksuid: "KSUID",
    datetime: "ISO datetime",
    date: "ISO date",
    time: "ISO time",
    duration: "ISO duration",
    ipv4: "IPv4 address",
    ipv6: "IPv6 address",
    mac: "MAC address",
    cidrv4: "IPv4 range",
    cidrv6: "IPv6 range",
    base64: "base64-encoded string",
    base64url: "base64url-encoded string",
    json_string: "JSON string",
    e164: "E.164 number",
    currency_code: "currency code",
    credit_card: "credit card number",
    iban: "IBAN",
    jwt: "JWT",
    template_literal: "input"
  };
  const TypeDictionary = {
    // Compatibility: "nan" -> "NaN" for display
    nan: "NaN"
    // All other type names omitted - they fall back to raw values via ?? operator
  };
  function getTypeName(type, input) {
    if (type === "number" && typeof input === "number" && !Number.isFinite(input)) {
      return String(input);
    }
    return TypeDictionary[type] ?? type;
  }
  return (issue) => {
    switch (issue.code) {
      case "invalid_type": {
        const expected = getTypeName(issue.expected);
        const receivedType = parsedType(issue.input);
        const received = getTypeName(receivedType, issue.input);
        return `Invalid input: expected ${expected}, received ${received}`;
      }
      case "invalid_value":
        if (issue.values.length === 1)
          return `Invalid input: expected ${stringifyPrimitive(issue.values[0])}`;
        return `Invalid option: expected one of ${joinValues(issue.values, "|")}`;
      case "too_big": {
        const adj = issue.exact ? "exactly " : issue.inclusive ? "<=" : "<";
        const sizing = getSizing(issue.origin);
        if (sizing)
          return `Too big: expected ${issue.origin ?? "value"} to have ${adj}${issue.maximum.toString()} ${sizing.unit ?? "elements"}`;
        return `Too big: expected ${issue.origin ?? "value"} to be ${adj}${issue.maximum.toString()}`;
      }
      case "too_small": {
        const adj = issue.exact ? "exactly " : issue.inclusive ? ">=" : ">";
        const sizing = getSizing(issue.origin);
        if (sizing) {
          return `Too small: expected ${issue.origin} to have ${adj}${issue.minimum.toString()} ${sizing.unit}`;
        }
        return `Too small: expected ${issue.origin} to be ${adj}${issue.minimum.toString()}`;
      }
      case "invalid_format": {
        const _issue = issue;
        if (_issue.format === "starts_with") {
          return `Invalid string: must start with "${_issue.prefix}"`;
        }
        if (_issue.format === "ends_with")
          return `Invalid string: must end with "${_issue.suffix}"`;
        if (_issue.format === "includes")
          return `Invalid string: must include "${_issue.includes}"`;
        if (_issue.format === "regex")
          return `Invalid string: must match pattern ${_issue.pattern}`;
        return `Invalid ${FormatDictionary[_issue.format] ?? issue.format}`;
      }
      case "not_multiple_of":
        return `Invalid number: must be a multiple of ${issue.divisor}`;
      case "unrecognized_keys":
        return `Unrecognized key${issue.keys.length > 1 ? "s" : ""}: ${joinValues(issue.keys, ", ")}`;
      case "invalid_key":
        return `Invalid key in ${issue.origin}`;
      case "invalid_union":
        if (issue.options && Array.isArray(issue.options) && issue.options.length > 0) {
          const opts = issue.options.map((o) => `'${o}'`).join(" | ");
          return `Invalid discriminator value. Expected ${opts}`;
        }
        if (issue.inclusive === false) {
          return "Invalid input: more than one option matched";
        }
        return "Invalid input";
      case "invalid_element":
        return `Invalid value in ${issue.origin}`;
      default:
        return `Invalid input`;
    }
  };
};
function en_default() {
  return {
    localeError: error()
  };
}

// src/config/schema.ts
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
  if (!urlCredentials(value)?.secret) return void 0;
  if (scheme === "https" || scheme === "http" && isLoopbackHost(url.hostname)) return void 0;
  const remedy = "use https:// (or an ssh key for ssh://), or leave the token out of the URL";
  return `credentials in a ${scheme}:// URL travel in cleartext; ${remedy}`;
}
config(en_default());
var string2 = () => string();
var nonEmpty = () => string().check(_minLength(1));
var matching = (pattern, message) => string().check(_regex(pattern, { message }));
function optional2(schema, description) {
  const wrapped = optional(schema);
  return description ? wrapped.check(describe(description)) : wrapped;
}
function defaulted(schema, value, description) {
  return optional(schema).check(meta({ description, default: value }));
}
function described(schema, description) {
  return schema.check(describe(description));
}
function list(element, min) {
  const array2 = array(element);
  return min ? array2.check(_minLength(min.count, min.message ? { message: min.message } : void 0)) : array2;
}
var remote = nonEmpty().check(
  superRefine((value, ctx) => {
    const problem = remoteProblem(value);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  })
);
var serviceUrl = string().check(
  refine(isAllowedServiceUrl, { message: "expected an https:// URL (plain http:// only for 127.0.0.1 or localhost)" }),
  meta({ format: "uri" })
);
var DEFAULTS = {
  source: "main",
  target: "stable",
  githubApiUrl: "https://api.github.com",
  coprApiUrl: "https://copr.fedorainfracloud.org"
};
var duration = matching(DURATION_PATTERN, "expected a duration such as 30s, 10m or 2h");
var name = matching(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'expected letters, digits, ".", "_" or "-"');
var githubRepo = matching(/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/, 'expected "owner/name", e.g. packit/ogr');
var branch = matching(/^(?!\/|.*\/\/|.*\.\.|.*@\{)[^\s~^:?*[\\]+(?<![/.])$/, "expected a git branch name");
var count = () => int().check(_gte(0));
var WORKLOAD_PATTERN = /^(deployment|statefulset|daemonset)\/[a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?(\/[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?)?$/;
var image = strictObject({
  image: described(
    matching(
      /^[a-z0-9.-]+(?::\d+)?\/[a-z0-9._/-]+:[\w][\w.-]{0,127}$/,
      'expected "registry/repository:tag", e.g. quay.io/packit/packit-service:prod'
    ),
    "Registry host, repository and the tag the build pushes"
  ),
  imageStream: optional2(
    matching(/^[a-z0-9][a-z0-9.-]*:[\w][\w.-]*$/, 'expected "name:tag", e.g. packit-service:prod'),
    "ImageStreamTag the image is imported into"
  ),
  workloads: optional2(
    list(
      matching(
        WORKLOAD_PATTERN,
        'expected "kind/name" or "kind/name/container" with kind deployment, statefulset or daemonset, e.g. deployment/orders-api or statefulset/orders-scheduler/worker'
      ),
      { count: 1, message: "expected at least one workload, e.g. [deployment/orders-api]; or leave workloads out" }
    ),
    "Deployments, StatefulSets and DaemonSets whose container import-images sets to the new image by digest (kind/name[/container]; the container defaults to the one running this repository)"
  ),
  platforms: optional2(
    list(matching(/^[a-z0-9]+\/[a-z0-9]+(\/[a-z0-9]+)?$/, "expected os/arch, e.g. linux/arm64")),
    "Platforms that must all be in the manifest list"
  )
});
var component = strictObject({
  name: described(name, "Short name used in after, --to and summaries"),
  repo: optional2(githubRepo, "GitHub owner/name: moved through the GitHub API"),
  remote: optional2(remote, "Any git URL or path: moved with git (credentials only in https URLs)"),
  after: optional2(list(string2()), "Components that must move (and be built in Copr) first"),
  copr: optional2(
    strictObject({
      project: matching(/^[^/\s]+\/[^/\s]+$/, 'expected "owner/project", e.g. packit/packit-stable'),
      package: nonEmpty()
    }),
    "Copr package built from this component; components after it wait for the build"
  ),
  checks: optional2(list(nonEmpty()), "Checks that must pass on the promoted commit (default: the branch protection, else all)"),
  build: optional2(strictObject({ workflows: list(nonEmpty(), { count: 1 }) })),
  images: optional2(list(image)),
  systemKey: optional2(nonEmpty(), "Key of this component in the versions endpoint")
});
var registry = strictObject({ apiUrl: serviceUrl });
var cluster = strictObject({
  server: serviceUrl,
  namespace: matching(/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/, "expected a Kubernetes namespace name"),
  caFile: optional2(nonEmpty(), "PEM file of the cluster CA, relative to this file; TLS is always verified"),
  context: optional2(
    nonEmpty(),
    "Kubeconfig context (from KUBECONFIG, else ~/.kube/config) whose user and CA are used, instead of a KUBE_TOKEN_/OPENSHIFT_TOKEN_ variable"
  ),
  staging: optional2(boolean(), "The pre-flight health gate of deploy runs on this cluster")
});
var chat = strictObject({
  matrix: optional2(
    strictObject({
      homeserver: serviceUrl,
      rooms: list(matching(/^![^:]+:.+$/, 'expected a room id "!id:server" (Room settings \u2192 Advanced)')),
      postNotice: optional2(boolean(), "Also post the notice as a message (default false: the topic change shows in the timeline)"),
      postFinished: optional2(boolean(), "Post the finished notice after a successful revert")
    })
  ),
  slack: optional2(
    strictObject({
      apiUrl: optional2(serviceUrl),
      channels: list(matching(/^[CG][A-Z0-9]+$/, "expected a channel id such as C0123456")),
      postFinished: optional2(boolean(), "Post the finished notice as a new message after a successful revert")
    })
  ),
  notices: optional2(
    strictObject({
      deploying: optional2(nonEmpty(), "Topic while deploying; placeholders {deployment}, {runUrl}, {retrigger}"),
      failed: optional2(nonEmpty(), "Topic when the deployment failed"),
      finished: optional2(nonEmpty(), "Message after a successful deployment"),
      retrigger: optional2(list(nonEmpty()), "Commands users can retrigger with, listed in the notice message")
    })
  ),
  approvals: optional2(
    strictObject({
      matrix: optional2(
        list(matching(/^![^:]+:.+$/, 'expected a room id "!id:server" (Room settings \u2192 Advanced)')),
        "Matrix rooms asked for sign-off (on the homeserver of chat.matrix)"
      ),
      slack: optional2(list(matching(/^[CG][A-Z0-9]+$/, "expected a channel id such as C0123456")), "Slack channels asked for sign-off")
    }),
    "Where approval-request asks for sign-off before the deployment waits for reviewers (default: nowhere)"
  ),
  approvalReminder: optional2(duration, "Remind the approval rooms once when a run still waits this long (default 2h)")
});
var health = strictObject({
  sentry: optional2(
    strictObject({
      apiUrl: serviceUrl,
      org: nonEmpty(),
      project: nonEmpty(),
      maxNewIssues: optional2(count()),
      window: optional2(duration)
    })
  ),
  endpoints: optional2(list(strictObject({ url: serviceUrl, versions: optional2(boolean()), expect: optional2(string2()) }))),
  pods: optional2(
    strictObject({
      stuckTerminatingAfter: optional2(duration, "Force-delete a pod Terminating for longer than this (default 10m)"),
      selector: optional2(nonEmpty(), "Label selector of the pods the health gate checks (default: every pod of the namespace)"),
      pendingAfter: optional2(duration, "A pod Pending for longer than this fails the gate (default 5m)")
    })
  )
});
var releaseNotes = strictObject({
  components: optional2(list(string2()), "Components whose PRs are collected (default: every component with a repo)"),
  title: optional2(nonEmpty(), 'Post title; placeholders {month}, {year}, {week} (default "Packit in {month} {year}")'),
  postUrl: optional2(serviceUrl, "Address of the published post, linked from the first Mastodon post"),
  authors: optional2(list(nonEmpty()), "Front matter authors of the post"),
  label: optional2(nonEmpty(), "Label of PRs that carry release notes (default has-release-notes)"),
  blog: optional2(
    strictObject({
      repo: githubRepo,
      path: described(nonEmpty(), "Path of the post in that repository; placeholders {month}, {year}, {week}"),
      base: optional2(branch, "Branch the draft pull request targets (default: the repository default branch)")
    }),
    "Open (or update) a draft pull request with the post in this repository"
  )
});
var quayCleanup = strictObject({
  olderThan: optional2(duration, "Only tags last modified longer ago than this are deleted (default 90d)"),
  keep: optional2(count(), "The newest tags of each repository are kept whatever their age (default 10)"),
  protect: optional2(list(nonEmpty()), 'Tag patterns never deleted ("*" matches any characters); prod, stg and latest always are')
});
var infra = strictObject({
  repo: optional2(githubRepo, "Deployment repository on GitHub"),
  remote: optional2(remote, "Deployment repository as any git URL or path (credentials only in https URLs)"),
  ref: optional2(branch, "Branch applied (default main)"),
  command: described(list(nonEmpty(), { count: 1 }), "The apply command as an argument list, run without a shell, e.g. [make, deploy]"),
  env: optional2(record(matching(/^[A-Za-z_][A-Za-z0-9_]*$/, "expected an environment variable name"), string2())),
  timeout: optional2(duration, "Longest run of the apply command (default 30m)"),
  vault: optional2(
    strictObject({
      url: serviceUrl,
      mount: optional2(nonEmpty(), "KV v2 mount (default secret)"),
      paths: described(list(nonEmpty(), { count: 1 }), "Secret paths the apply command reads")
    })
  )
});
var date = matching(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2})?)?$/, "expected a date YYYY-MM-DD (or YYYY-MM-DDTHH:MM)");
var timezone = nonEmpty().check(
  superRefine((value, ctx) => {
    if (!isTimeZone(value))
      ctx.addIssue({ code: "custom", message: `"${value}" is not an IANA time zone; write e.g. timezone: Europe/Prague` });
  })
);
var freeze = strictObject({
  from: described(date, "First day (or moment) of the freeze, in the configured timezone"),
  until: described(date, "Last day of the freeze (a date includes the whole day), in the configured timezone"),
  reason: nonEmpty()
});
var configSchema = strictObject({
  deployment: described(name, "Shown in messages and summaries, e.g. prod"),
  timezone: optional2(timezone, "IANA time zone of the freeze windows and the release-note periods, e.g. Europe/Prague (default UTC)"),
  branches: optional2(
    strictObject({
      source: defaulted(branch, DEFAULTS.source, "Branch the components are promoted from"),
      target: defaulted(branch, DEFAULTS.target, "Branch that is moved to the promoted commit")
    })
  ),
  github: optional2(
    strictObject({
      apiUrl: defaulted(serviceUrl, DEFAULTS.githubApiUrl, "GitHub REST API base URL (GitHub Enterprise: https://host/api/v3)"),
      serverUrl: optional2(serviceUrl, "GitHub web URL (default: derived from apiUrl)")
    }),
    "GitHub API (and web) base URL; defaults to github.com"
  ),
  copr: optional2(strictObject({ apiUrl: defaulted(serviceUrl, DEFAULTS.coprApiUrl, "Copr frontend URL") })),
  components: list(component, { count: 1, message: "expected at least one component" }),
  registries: optional2(record(string2(), registry)),
  clusters: optional2(record(string2(), cluster)),
  chat: optional2(chat),
  health: optional2(health),
  releaseNotes: optional2(releaseNotes),
  quayCleanup: optional2(quayCleanup),
  infra: optional2(infra),
  freeze: optional2(list(freeze), "Windows in which deploy refuses to run (unless --ignore-freeze)"),
  signOff: optional2(
    strictObject({
      maxAge: defaulted(
        duration,
        "12h",
        "An approval older than this no longer lets a job change production (a re-run days later starts a new run)"
      )
    }),
    "How long a sign-off stays valid"
  )
});

// src/config/semantics.ts
function checkSemantics(raw) {
  const config2 = mapping(raw);
  if (!config2) return [];
  const components = Array.isArray(config2.components) ? config2.components.map(mapping) : [];
  const issues = [];
  const seen = /* @__PURE__ */ new Map();
  components.forEach((c, i) => {
    if (!c) return;
    const name2 = text(c.name);
    const first = name2 === void 0 ? void 0 : seen.get(name2);
    if (first !== void 0) {
      issues.push({
        path: ["components", i, "name"],
        message: `duplicate component "${name2}" (also components[${first}]); names must be unique`
      });
    } else if (name2 !== void 0) seen.set(name2, i);
    const hasRepo = c.repo !== void 0;
    if (hasRepo && c.remote !== void 0) {
      issues.push({ path: ["components", i], message: "has both repo and remote; keep repo (GitHub API) or remote (git), not both" });
    } else if (!hasRepo && c.remote === void 0) {
      issues.push({ path: ["components", i], message: "needs repo (GitHub owner/name) or remote (a git URL or path)" });
    }
    for (const field of ["build", "checks"]) {
      if (c[field] !== void 0 && !hasRepo) {
        issues.push({ path: ["components", i, field], message: `needs repo: ${field} is read through the GitHub API` });
      }
    }
  });
  if (!issues.some((i) => i.message.startsWith("duplicate component"))) {
    issues.push(...checkAfter(components.map((c) => ({ name: text(c?.name), after: texts(c?.after) }))));
  }
  const infra2 = mapping(config2.infra);
  if (infra2 && infra2.repo !== void 0 === (infra2.remote !== void 0)) {
    issues.push({ path: ["infra"], message: "needs exactly one of repo (GitHub owner/name) or remote (a git URL or path)" });
  }
  const names = components.map((c) => text(c?.name));
  if (names.length && names.every((n) => n !== void 0)) {
    texts(mapping(config2.releaseNotes)?.components).forEach((n, i) => {
      if (n !== void 0 && !names.includes(n)) {
        issues.push({ path: ["releaseNotes", "components", i], message: `unknown component "${n}"${didYouMean(n, names)}` });
      }
    });
  }
  const branches = mapping(config2.branches);
  if (branches) {
    const source = branches.source === void 0 ? DEFAULTS.source : text(branches.source);
    const target = branches.target === void 0 ? DEFAULTS.target : text(branches.target);
    if (source !== void 0 && source === target) {
      const path2 = branches.target === void 0 ? ["branches", "source"] : ["branches", "target"];
      const other = path2[1] === "target" ? "branches.source" : "branches.target (default)";
      issues.push({ path: path2, message: `same as ${other} ("${source}"); name two different branches` });
    }
  }
  return issues;
}
function mapping(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? value : void 0;
}
function text(value) {
  return typeof value === "string" ? value : void 0;
}
function texts(value) {
  return Array.isArray(value) ? value.map(text) : [];
}

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
var MAX_CONFIG_BYTES = 1024 * 1024;
var MAX_FLOW_DEPTH = 64;
var MAX_ALIAS_COUNT = 100;
var RESERVED_KEYS = /* @__PURE__ */ new Set(["__proto__", "constructor", "prototype"]);
function tooLarge(file, bytes) {
  return new UsageError(
    `${file}: the configuration is ${bytes === void 0 ? "more than 1 MiB" : `${bytes} bytes`}, more than the ${MAX_CONFIG_BYTES} bytes (1 MiB) allowed; it was not read`,
    "give the path of the service-guru YAML configuration (a few kilobytes)"
  );
}
function readConfigText(file) {
  const fd = openSync(file, "r");
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw new UsageError(`${file} is not a regular file`, "give the path of the YAML configuration file");
    if (stat.size > MAX_CONFIG_BYTES) throw tooLarge(file, stat.size);
    const buffer = Buffer.alloc(MAX_CONFIG_BYTES + 1);
    let length = 0;
    for (let n = 1; n > 0 && length < buffer.length; length += n) n = readSync(fd, buffer, length, buffer.length - length, null);
    if (length > MAX_CONFIG_BYTES) throw tooLarge(file, void 0);
    return buffer.subarray(0, length).toString("utf8");
  } finally {
    closeSync(fd);
  }
}
function loadConfig(file) {
  return parseConfig(readConfigText(file), file);
}
function tooDeep(text2) {
  let depth = 0;
  let max = 0;
  for (let i = 0; i < text2.length && max <= MAX_FLOW_DEPTH; i++) {
    const c = text2.charCodeAt(i);
    if (c === 91 || c === 123) max = Math.max(max, ++depth);
    else if ((c === 93 || c === 125) && depth > 0) depth--;
  }
  if (max <= MAX_FLOW_DEPTH) return void 0;
  depth = 0;
  let offset = 0;
  for (const token of new Lexer().lex(text2)) {
    if (token === "[" || token === "{") {
      if (++depth > MAX_FLOW_DEPTH) return text2.slice(0, offset).split("\n").length;
    } else if (token === "]" || token === "}") depth--;
    offset += token.length;
  }
  return void 0;
}
function parseConfig(text2, file) {
  if (text2.length > MAX_CONFIG_BYTES || Buffer.byteLength(text2) > MAX_CONFIG_BYTES) throw tooLarge(file, Buffer.byteLength(text2));
  const deep = tooDeep(text2);
  if (deep !== void 0) throw new ConfigError(file, [`line ${deep}: lists or mappings nested more than ${MAX_FLOW_DEPTH} deep`]);
  const lines = new LineCounter();
  const doc = parseDocument(text2, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length) {
    throw new ConfigError(
      file,
      doc.errors.map((e) => `line ${lines.linePos(e.pos[0]).line}: ${e.message.split("\n")[0]}`)
    );
  }
  const reserved = [];
  visit(doc, {
    Pair(_, pair) {
      if (isScalar(pair.key) && RESERVED_KEYS.has(String(pair.key.value))) {
        const line = pair.key.range ? lines.linePos(pair.key.range[0]).line : void 0;
        reserved.push(
          `${line === void 0 ? "" : `line ${line}: `}the key "${String(pair.key.value)}" is not allowed (not a field, nor a name)`
        );
      }
    }
  });
  if (reserved.length) throw new ConfigError(file, reserved);
  let raw;
  try {
    raw = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error2) {
    if (!(error2 instanceof ReferenceError)) throw error2;
    throw new ConfigError(file, [
      `YAML aliases (*name) expand to more than ${MAX_ALIAS_COUNT} copies (${error2.message}); write the values out or use fewer aliases`
    ]);
  }
  if (!isMap(doc.contents)) {
    throw new ConfigError(file, ["(top level): expected a mapping with deployment, components, ..."]);
  }
  const parsed = configSchema.safeParse(raw);
  const issues = [
    ...parsed.success ? [] : parsed.error.issues.flatMap(describeZodIssue),
    ...checkSemantics(raw),
    ...optionLikeRemotes(raw)
  ];
  if (issues.length || !parsed.success) {
    const located = issues.map((i) => locate(i, doc, lines)).sort((a, b) => (a.line ?? Infinity) - (b.line ?? Infinity));
    throw new ConfigError(
      file,
      located.map((l) => l.text)
    );
  }
  return normalize(parsed.data, file);
}
function optionLikeRemotes(raw) {
  const doc = raw && typeof raw === "object" ? raw : {};
  const found = [];
  const check = (value, at) => {
    if (typeof value === "string" && value.trimStart().startsWith("-"))
      found.push({
        path: at,
        message: 'a remote may not start with "-" (git would read it as an option); write ./-name for such a folder'
      });
  };
  if (Array.isArray(doc.components))
    doc.components.forEach((c, i) => check(c?.remote, ["components", i, "remote"]));
  check(doc.infra?.remote, ["infra", "remote"]);
  return found;
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
  const line = offset === void 0 ? void 0 : lines.linePos(offset).line;
  const where = line === void 0 ? "" : ` (line ${line})`;
  return { text: `${formatPath(issue.path)}${where}: ${issue.message}`, ...line === void 0 ? {} : { line } };
}
function normalize(input, file) {
  const dir = path.dirname(file);
  const githubApi = (input.github?.apiUrl ?? DEFAULTS.githubApiUrl).replace(/\/+$/, "");
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
    branches: { source: input.branches?.source ?? DEFAULTS.source, target: input.branches?.target ?? DEFAULTS.target },
    github: { apiUrl: githubApi, serverUrl: (input.github?.serverUrl ?? webUrlFor(githubApi)).replace(/\/+$/, "") },
    copr: { apiUrl: (input.copr?.apiUrl ?? DEFAULTS.coprApiUrl).replace(/\/+$/, "") },
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
    freeze: input.freeze ?? [],
    signOff: { maxAge: input.signOff?.maxAge ?? "12h" }
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
