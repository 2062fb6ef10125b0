import { createRequire as __sgRequire } from 'node:module'; const require = __sgRequire(import.meta.url);
import {
  TRANSIENT_STATUSES,
  TransientError,
  isTransient,
  parseRetryAfter,
  tlsProblem,
  withRetry
} from "./chunk-LONG6DJQ.js";
import {
  resolveCluster
} from "./chunk-OXNICSTU.js";
import {
  StageError,
  UsageError,
  errorMessage
} from "./chunk-HO53TWSA.js";

// src/kube/errors.ts
var describeCall = (c) => `${c.verb} ${c.resource}${c.group ? `.${c.group}` : ""}${c.name ? ` "${c.name}"` : ""}`;
var KubeNotFound = class extends StageError {
};
var KubeConflict = class extends StageError {
};
var KubeGone = class extends StageError {
};
var KubeUnreachable = class extends StageError {
};
function unreachableHint(target) {
  return `check clusters.${target.name}.server in the configuration (now ${target.server}) and the network from where this runs (DNS, VPN, proxy, firewall)`;
}
function unreachableAfterRetries(target, error) {
  if (!error.message.includes(" did not answer ")) return new KubeUnreachable(error.message, error.hint, { cause: error });
  const answered = /attempts: HTTP \d/.test(error.message);
  return new KubeUnreachable(
    `${error.message} (server ${target.server})`,
    answered ? `the API server of cluster "${target.name}" answered with errors every time: check the cluster's status, then run again` : unreachableHint(target),
    { cause: error }
  );
}
function statusMessage(body) {
  try {
    const parsed = JSON.parse(body);
    if (typeof parsed.message === "string") return parsed.message;
  } catch {
  }
  return body.slice(0, 200).trim();
}
function errorFor(target, call, status, body, headers, now) {
  const where = `cluster "${target.name}" (${target.server})`;
  const message = statusMessage(body);
  if (status === 401) {
    return new StageError(
      `${where} refused the token in ${target.tokenEnv} (401 Unauthorized): it has expired or is not valid`,
      `get a fresh token (oc whoami -t after oc login, or oc create token <service-account> -n ${target.namespace}) and set ${target.tokenEnv}`
    );
  }
  if (status === 403) {
    return new StageError(
      `${where}: the token in ${target.tokenEnv} may not ${call.verb} ${call.resource}${call.group ? ` (API group ${call.group})` : ""} in namespace ${target.namespace}${message ? `: ${message}` : ""}`,
      `grant "${call.verb}" on "${call.resource}" to the token's user or service account (a Role in ${target.namespace}; docs/cluster.md lists what each stage needs)`
    );
  }
  if (TRANSIENT_STATUSES.has(status))
    return new TransientError(`HTTP ${status}${message ? `: ${message}` : ""}`, parseRetryAfter(headers["retry-after"], now));
  const text = `${where}: ${describeCall(call)} answered HTTP ${status}${message ? `: ${message}` : ""}`;
  if (status === 404) return new KubeNotFound(text);
  if (status === 409) return new KubeConflict(text);
  if (status === 410) return new KubeGone(text);
  return new StageError(text);
}

// src/kube/sdk.ts
var loading;
var SDK_ORIGIN = "https://cluster.invalid";
function loadSdk() {
  loading ??= (async () => {
    const [core, apps, custom, configuration, servers, http, serializer] = await Promise.all([
      import("./CoreV1Api-P36DEYGF.js"),
      import("./AppsV1Api-CLNESSTP.js"),
      import("./CustomObjectsApi-7VON4GCB.js"),
      import("./configuration-KMORPLHU.js"),
      import("./servers-WDX5GPCG.js"),
      import("./http-ZDSHT2K5.js"),
      import("./ObjectSerializer-I5ADSB6H.js")
    ]);
    const config = configuration.createConfiguration({
      baseServer: new servers.ServerConfiguration(SDK_ORIGIN, {})
    });
    return {
      core: new core.CoreV1ApiRequestFactory(config),
      coreResponses: new core.CoreV1ApiResponseProcessor(),
      apps: new apps.AppsV1ApiRequestFactory(config),
      appsResponses: new apps.AppsV1ApiResponseProcessor(),
      custom: new custom.CustomObjectsApiRequestFactory(config),
      customResponses: new custom.CustomObjectsApiResponseProcessor(),
      deserialize: (data, type) => serializer.ObjectSerializer.deserialize(data, type, ""),
      response: (status, headers, body) => new http.ResponseContext(status, headers, {
        text: () => Promise.resolve(body.toString("utf8")),
        binary: () => Promise.resolve(body),
        stream: () => null
      })
    };
  })();
  return loading;
}

// src/kube/transport.ts
import { readFileSync } from "node:fs";
import { Agent, request as httpsRequest } from "node:https";

// src/kube/kubeconfig.ts
async function contextCredentials(target) {
  const context = target.context;
  const field = `clusters.${target.name}.context`;
  const { KubeConfig } = await import("./config-37RZHJFP.js");
  const kc = new KubeConfig();
  try {
    const [first, ...rest] = context.files;
    kc.loadFromFile(first);
    for (const file of rest) {
      const more = new KubeConfig();
      more.loadFromFile(file);
      kc.mergeConfig(more, true);
    }
  } catch (error) {
    throw new UsageError(
      `${field}: cannot read the kubeconfig ${context.files.join(", ")}: ${errorMessage(error)}`,
      "set KUBECONFIG to a readable kubeconfig file"
    );
  }
  if (!kc.getContextObject(context.name)) {
    throw new UsageError(
      `${field}: no context "${context.name}" in ${context.files.join(", ")}; contexts there: ${kc.getContexts().map((c) => c.name).join(", ") || "none"}`,
      "name one of them (kubectl config get-contexts lists them)"
    );
  }
  kc.setCurrentContext(context.name);
  const cluster = kc.getCurrentCluster();
  if (!cluster) throw new UsageError(`${field}: context "${context.name}" names no cluster`, "fix the context in the kubeconfig");
  if (cluster.skipTLSVerify)
    throw new UsageError(
      `${field}: the kubeconfig cluster "${cluster.name}" has insecure-skip-tls-verify; TLS verification cannot be turned off`,
      `give its CA instead (certificate-authority in the kubeconfig, or clusters.${target.name}.caFile)`
    );
  if (cluster.server.replace(/\/+$/, "") !== target.server)
    throw new UsageError(
      `${field}: context "${context.name}" points at ${cluster.server}, not at clusters.${target.name}.server ${target.server}`,
      "name the context of this cluster, or correct server"
    );
  const options = {};
  try {
    await kc.applyToHTTPSOptions(options);
  } catch (error) {
    throw new UsageError(
      `${field}: the credentials of context "${context.name}" cannot be used: ${errorMessage(error)}`,
      "check the user of the context (kubectl --context <name> auth whoami)"
    );
  }
  const headers = options.headers ?? {};
  const authorization = headers.Authorization ?? headers.authorization;
  if (!authorization && !options.cert)
    throw new UsageError(
      `${field}: the user of context "${context.name}" has neither a token nor a client certificate`,
      "give the context a user with a token (kubectl config set-credentials) or set KUBE_TOKEN_<NAME>"
    );
  return {
    ...options.ca ? { ca: options.ca } : {},
    ...options.cert ? { cert: options.cert } : {},
    ...options.key ? { key: options.key } : {},
    ...authorization ? { authorization } : {}
  };
}

// src/kube/transport.ts
var ClusterTransport = class {
  target;
  agent;
  /** With a kubeconfig context: its credentials, read on the first request. */
  credentials;
  onSecret;
  constructor(target, onSecret) {
    this.onSecret = onSecret;
    this.target = target;
    let ca;
    if (target.caFile) {
      try {
        ca = readFileSync(target.caFile);
      } catch (error) {
        throw new UsageError(
          `clusters.${target.name}.caFile: cannot read ${target.caFile} (${error.code ?? String(error)})`,
          "give the path of the cluster CA in PEM, relative to the configuration file"
        );
      }
    }
    this.agent = new Agent({ keepAlive: true, ...ca ? { ca } : {} });
    this.caFromFile = ca;
  }
  caFromFile;
  /** The Authorization header: the token, or the kubeconfig context's user (its agent then carries its CA and client certificate). */
  async authorization() {
    if (!this.target.context) return `Bearer ${this.target.token}`;
    this.credentials ??= contextCredentials(this.target).then((c) => {
      const token = /^Bearer (.+)$/.exec(c.authorization ?? "")?.[1];
      if (token) this.onSecret(token);
      this.agent.destroy();
      const ca = this.caFromFile ?? c.ca;
      this.agent = new Agent({
        keepAlive: true,
        ...ca ? { ca } : {},
        ...c.cert ? { cert: c.cert } : {},
        ...c.key ? { key: c.key } : {}
      });
      return c;
    });
    return (await this.credentials).authorization;
  }
  /** Sends one request; the response body is left to the caller (JSON, text or a watch stream). */
  async open(req) {
    const authorization = await this.authorization();
    const url = new URL(this.target.server + req.path);
    return new Promise((resolve, reject) => {
      const r = httpsRequest(
        url,
        {
          method: req.method,
          agent: this.agent,
          headers: {
            accept: "application/json",
            "user-agent": "service-guru",
            ...req.headers,
            // Node frames a DELETE body only with a length (no chunked encoding by default).
            ...req.body !== void 0 ? { "content-length": String(Buffer.byteLength(req.body)) } : {},
            ...authorization ? { authorization } : {}
          },
          ...req.signal ? { signal: req.signal } : {}
        },
        (message) => {
          const headers = {};
          for (const [k, v] of Object.entries(message.headers)) if (v !== void 0) headers[k] = Array.isArray(v) ? v.join(", ") : v;
          resolve({ status: message.statusCode ?? 0, headers, message });
        }
      );
      r.on("error", (error) => reject(this.explain(error)));
      if (req.body !== void 0) r.write(req.body);
      r.end();
    });
  }
  /** A request whose body is read whole. */
  async fetch(req) {
    const res = await this.open(req);
    const chunks = [];
    for await (const chunk of res.message) chunks.push(chunk);
    return { status: res.status, headers: res.headers, body: Buffer.concat(chunks) };
  }
  /**
   * A certificate we do not trust, or a server that cannot be found, is a configuration problem:
   * say which cluster and which field. Transient failures (refused, reset, timeouts) stay as they
   * are, codes included, for the retry policy and the watch's resume to judge.
   */
  explain(error) {
    const tls = tlsProblem(error);
    if (!tls) {
      const original = typeof error === "object" && error !== null ? error : new Error(String(error));
      if (isTransient(original) || error instanceof StageError) return original;
      return new StageError(`cluster "${this.target.name}" (${this.target.server}): ${original.message}`, unreachableHint(this.target), {
        cause: error
      });
    }
    return new StageError(
      `cluster "${this.target.name}" (${this.target.server}): TLS certificate not accepted (${tls})${this.target.caFile ? ` with the CA in ${this.target.caFile}` : ""}`,
      this.target.caFile ? `clusters.${this.target.name}.caFile does not hold the CA that signed the server certificate; put the cluster's CA (PEM) there` : `set clusters.${this.target.name}.caFile to the cluster's CA (PEM), e.g. from oc get configmap kube-root-ca.crt -o jsonpath='{.data.ca\\.crt}'; TLS verification cannot be turned off`
    );
  }
  close() {
    this.agent.destroy();
  }
};

// src/kube/connection.ts
var KubeConnection = class {
  target;
  logger;
  clock;
  transport;
  policy;
  constructor(target, options) {
    this.target = target;
    this.logger = options.logger;
    this.clock = options.clock;
    this.policy = options.policy;
    this.transport = new ClusterTransport(target, options.onSecret);
  }
  get namespace() {
    return this.target.namespace;
  }
  sdk() {
    return loadSdk();
  }
  /** An SDK call: `build` makes the request with a factory, `parse` reads the 2xx answer with a processor. */
  async call(what, build, parse) {
    const sdk = await this.sdk();
    const ctx = await build(sdk);
    const url = new URL(ctx.getUrl());
    const body = ctx.getBody();
    const answer = await this.raw(what, {
      json: true,
      method: ctx.getHttpMethod(),
      path: url.pathname + url.search,
      headers: ctx.getHeaders(),
      ...typeof body === "string" ? { body } : body instanceof Buffer ? { body } : {}
    });
    return (await parse(sdk, sdk.response(answer.status, answer.headers, answer.body))).data;
  }
  /** A request whose 2xx answer is returned as bytes; anything else becomes the error it means. */
  async raw(what, req) {
    let lastTransient = false;
    try {
      return await withRetry(
        { service: `cluster ${this.target.name}`, what: describeCall(what), logger: this.logger, clock: this.clock, policy: this.policy },
        async (signal) => {
          lastTransient = false;
          try {
            const answer = await this.transport.fetch({ ...req, signal });
            if (answer.status >= 200 && answer.status < 300) return req.json ? wholeJson(this.target.name, what, answer) : answer;
            throw errorFor(this.target, what, answer.status, answer.body.toString("utf8"), answer.headers, this.clock.now());
          } catch (error) {
            lastTransient = isTransient(error);
            throw error;
          }
        }
      );
    } catch (error) {
      if (lastTransient && error instanceof StageError) throw unreachableAfterRetries(this.target, error);
      throw error;
    }
  }
  /**
   * One watch connection (`?watch=true`): every event goes to `onEvent` until the server ends
   * the stream, the connection drops (resolves: the caller resumes from its last
   * resourceVersion) or `signal` aborts. A non-2xx start and an ERROR event (410 Gone) throw.
   */
  async watchOnce(what, path, query, onEvent, signal) {
    const params = new URLSearchParams({ watch: "true", allowWatchBookmarks: "true" });
    for (const [k, v] of Object.entries(query)) if (v !== void 0) params.set(k, v);
    let res;
    try {
      res = await this.transport.open({ method: "GET", path: `${path}?${params.toString()}`, signal });
    } catch (error) {
      if (signal.aborted || isDropped(error)) return;
      throw error;
    }
    if (res.status < 200 || res.status >= 300) {
      const chunks = [];
      for await (const c of res.message) chunks.push(c);
      throw errorFor(this.target, what, res.status, Buffer.concat(chunks).toString("utf8"), res.headers, this.clock.now());
    }
    let buffer = "";
    try {
      for await (const chunk of res.message) {
        buffer += chunk.toString("utf8");
        let nl;
        while ((nl = buffer.indexOf("\n")) >= 0) {
          const line = buffer.slice(0, nl).trim();
          buffer = buffer.slice(nl + 1);
          if (!line) continue;
          const event = JSON.parse(line);
          if (event.type === "ERROR") {
            const status = event.object;
            throw errorFor(this.target, what, status.code ?? 500, JSON.stringify(status), {}, this.clock.now());
          }
          onEvent(event.type, event.object);
        }
      }
    } catch (error) {
      if (signal.aborted || isDropped(error)) return;
      throw error;
    }
  }
  close() {
    this.transport.close();
  }
};
function isDropped(error) {
  const code = error.code;
  return code === "ECONNRESET" || code === "ERR_STREAM_PREMATURE_CLOSE" || code === "EPIPE" || error instanceof Error && /aborted|socket hang up/i.test(error.message);
}
function wholeJson(cluster, what, answer) {
  const type = answer.headers["content-type"] ?? "";
  if (!answer.body.length) return answer;
  if (!/json/i.test(type))
    throw new TransientError(`cluster ${cluster} answered ${describeCall(what)} with ${type || "no content type"} instead of JSON`);
  try {
    JSON.parse(answer.body.toString("utf8"));
  } catch (error) {
    throw new TransientError(
      `cluster ${cluster} answered ${describeCall(what)} with JSON that does not parse (${String(error)})`,
      void 0,
      {
        cause: error
      }
    );
  }
  return answer;
}

// src/kube/image-streams.ts
var GROUP = "image.openshift.io";
var VERSION = "v1";
function streamView(raw) {
  const specTags = raw.spec?.tags ?? [];
  const statusTags = raw.status?.tags ?? [];
  const names = [.../* @__PURE__ */ new Set([...specTags.map((t) => t.name ?? ""), ...statusTags.map((t) => t.tag ?? "")])].filter(Boolean);
  return {
    name: raw.metadata?.name ?? "",
    annotations: raw.metadata?.annotations ?? {},
    tags: names.map((name) => {
      const spec = specTags.find((t) => t.name === name);
      const status = statusTags.find((t) => t.tag === name);
      const failed = (status?.conditions ?? []).find((c) => c.type === "ImportSuccess" && c.status === "False");
      return {
        name,
        ...spec?.from?.name ? { from: spec.from.name } : {},
        scheduled: spec?.importPolicy?.scheduled === true,
        referencePolicy: spec?.referencePolicy?.type === "Local" ? "Local" : "Source",
        history: (status?.items ?? []).filter((i) => typeof i.image === "string").map((i) => ({ digest: i.image, reference: i.dockerImageReference ?? "", created: i.created ?? "" })),
        ...failed ? { importError: failed.message ?? "import failed" } : {}
      };
    })
  };
}
function imageStreamsApi(kube) {
  const ns = kube.namespace;
  return {
    async get(name) {
      try {
        const raw = await kube.call(
          { verb: "get", resource: "imagestreams", group: GROUP, name },
          (sdk) => sdk.custom.getNamespacedCustomObject(GROUP, VERSION, ns, "imagestreams", name),
          (sdk, r) => sdk.customResponses.getNamespacedCustomObjectWithHttpInfo(r)
        );
        return streamView(raw);
      } catch (error) {
        if (error instanceof KubeNotFound) return void 0;
        throw error;
      }
    },
    async list() {
      const raw = await kube.call(
        { verb: "list", resource: "imagestreams", group: GROUP },
        (sdk) => sdk.custom.listNamespacedCustomObject(GROUP, VERSION, ns, "imagestreams"),
        (sdk, r) => sdk.customResponses.listNamespacedCustomObjectWithHttpInfo(r)
      );
      return (raw.items ?? []).map(streamView);
    },
    async importTag(req) {
      const body = {
        apiVersion: `${GROUP}/${VERSION}`,
        kind: "ImageStreamImport",
        metadata: { name: req.stream, namespace: ns },
        spec: {
          import: req.persist,
          images: [
            {
              from: { kind: "DockerImage", name: req.from },
              to: { name: req.tag },
              importPolicy: { scheduled: req.scheduled },
              referencePolicy: { type: req.referencePolicy }
            }
          ]
        }
      };
      const answer = await kube.call(
        { verb: "create", resource: "imagestreamimports", group: GROUP, name: req.stream },
        (sdk) => sdk.custom.createNamespacedCustomObject(GROUP, VERSION, ns, "imagestreamimports", body),
        (sdk, r) => sdk.customResponses.createNamespacedCustomObjectWithHttpInfo(r)
      );
      const image = answer.status?.images?.[0];
      if (image?.status?.status === "Success" && image.image?.metadata?.name) {
        return { ok: true, digest: image.image.metadata.name, reference: image.image.dockerImageReference ?? "" };
      }
      return { ok: false, message: image?.status?.message ?? image?.status?.reason ?? "the cluster gave no import status" };
    },
    async annotate(name, annotations) {
      await kube.call(
        { verb: "patch", resource: "imagestreams", group: GROUP, name },
        async (sdk) => {
          const ctx = await sdk.custom.patchNamespacedCustomObject(GROUP, VERSION, ns, "imagestreams", name, {
            metadata: { annotations }
          });
          ctx.setHeaderParam("Content-Type", "application/merge-patch+json");
          return ctx;
        },
        (sdk, r) => sdk.customResponses.patchNamespacedCustomObjectWithHttpInfo(r)
      );
    }
  };
}

// src/kube/pods.ts
var ms = (d) => d === void 0 ? void 0 : new Date(d).getTime();
function podView(pod) {
  const deletion = ms(pod.metadata?.deletionTimestamp);
  const owner = pod.metadata?.ownerReferences?.find((o) => o.controller) ?? pod.metadata?.ownerReferences?.[0];
  const ready = (pod.status?.conditions ?? []).some((c) => c.type === "Ready" && c.status === "True");
  return {
    name: pod.metadata?.name ?? "",
    labels: pod.metadata?.labels ?? {},
    phase: pod.status?.phase ?? "Unknown",
    ready,
    createdAt: ms(pod.metadata?.creationTimestamp) ?? 0,
    ...deletion !== void 0 ? { terminatingSince: deletion - (pod.metadata?.deletionGracePeriodSeconds ?? 0) * 1e3 } : {},
    ...owner ? { ownerKind: owner.kind, ownerName: owner.name } : {},
    containers: (pod.spec?.containers ?? []).map((c) => ({ name: c.name, image: c.image ?? "" })),
    statuses: (pod.status?.containerStatuses ?? []).map((s) => ({
      name: s.name,
      image: s.image,
      imageID: s.imageID,
      ready: s.ready,
      restartCount: s.restartCount,
      ...s.state?.waiting ? { waiting: { reason: s.state.waiting.reason ?? "", ...s.state.waiting.message ? { message: s.state.waiting.message } : {} } } : {},
      ...s.state?.terminated ? {
        terminated: {
          exitCode: s.state.terminated.exitCode,
          ...s.state.terminated.reason ? { reason: s.state.terminated.reason } : {}
        }
      } : {}
    })),
    uid: pod.metadata?.uid ?? "",
    resourceVersion: pod.metadata?.resourceVersion ?? ""
  };
}
function podsApi(kube) {
  const ns = kube.namespace;
  return {
    async list(options = {}) {
      const items = [];
      let resourceVersion = "";
      let next;
      do {
        const page = await kube.call(
          { verb: "list", resource: "pods" },
          (sdk) => sdk.core.listNamespacedPod(ns, void 0, void 0, next, options.fieldSelector, options.labelSelector, 500),
          (sdk, r) => sdk.coreResponses.listNamespacedPodWithHttpInfo(r)
        );
        items.push(...page.items.map(podView));
        resourceVersion = page.metadata?.resourceVersion ?? resourceVersion;
        next = page.metadata?._continue || void 0;
      } while (next);
      return { items, resourceVersion };
    },
    async get(name) {
      try {
        const pod = await kube.call(
          { verb: "get", resource: "pods", name },
          (sdk) => sdk.core.readNamespacedPod(name, ns),
          (sdk, r) => sdk.coreResponses.readNamespacedPodWithHttpInfo(r)
        );
        return podView(pod);
      } catch (error) {
        if (error instanceof KubeNotFound) return null;
        throw error;
      }
    },
    async delete(name, options) {
      try {
        await kube.call(
          { verb: "delete", resource: "pods", name },
          (sdk) => sdk.core.deleteNamespacedPod(name, ns, void 0, void 0, options.gracePeriodSeconds, void 0, void 0, void 0, {
            ...options.gracePeriodSeconds !== void 0 ? { gracePeriodSeconds: options.gracePeriodSeconds } : {},
            preconditions: { uid: options.uid }
          }),
          (sdk, r) => sdk.coreResponses.deleteNamespacedPodWithHttpInfo(r)
        );
        return "deleted";
      } catch (error) {
        if (error instanceof KubeNotFound || error instanceof KubeConflict) return "gone";
        throw error;
      }
    },
    async watch(options, onEvent, signal) {
      const sdk = await kube.sdk();
      await kube.watchOnce(
        { verb: "watch", resource: "pods" },
        `/api/v1/namespaces/${encodeURIComponent(ns)}/pods`,
        // The server ends the watch after a while; a connection that died silently ends too.
        {
          labelSelector: options.labelSelector,
          resourceVersion: options.resourceVersion,
          timeoutSeconds: String(options.timeoutSeconds ?? 240)
        },
        (type, object) => {
          onEvent(type, podView(sdk.deserialize(object, "V1Pod")));
        },
        signal
      );
    }
  };
}

// src/kube/workloads.ts
var PREVIOUS_IMAGES_ANNOTATION = "service-guru.dev/previous-images";
var RESOURCE = {
  Deployment: "deployments",
  StatefulSet: "statefulsets",
  DaemonSet: "daemonsets"
};
var pointer = (key) => key.replace(/~/g, "~0").replace(/\//g, "~1");
function imagePatch(w, changes, annotations) {
  const ops = [{ op: "test", path: "/metadata/uid", value: w.uid }];
  for (const c of changes) {
    ops.push({ op: "test", path: `/spec/template/spec/containers/${c.index}/name`, value: c.name });
    ops.push({ op: "replace", path: `/spec/template/spec/containers/${c.index}/image`, value: c.image });
  }
  const entries = Object.entries(annotations);
  if (entries.length && !Object.keys(w.annotations).length) ops.push({ op: "add", path: "/metadata/annotations", value: annotations });
  else for (const [k, v] of entries) ops.push({ op: "add", path: `/metadata/annotations/${pointer(k)}`, value: v });
  return ops;
}
function annotationTriggers(annotations) {
  const text = annotations?.["image.openshift.io/triggers"];
  if (!text) return [];
  let parsed;
  try {
    parsed = JSON.parse(text);
  } catch {
    return [];
  }
  if (!Array.isArray(parsed)) return [];
  const out = [];
  for (const t of parsed) {
    if (t?.from?.kind !== "ImageStreamTag" || typeof t.from.name !== "string" || String(t.paused) === "true") continue;
    const [stream, tag = "latest"] = t.from.name.split(":");
    const container = typeof t.fieldPath === "string" ? /name\s*==\s*["']([^"']+)["']/.exec(t.fieldPath)?.[1] : void 0;
    out.push({ stream, tag, containers: container ? [container] : [] });
  }
  return out;
}
var selectorOf = (labels) => Object.entries(labels ?? {}).map(([k, v]) => `${k}=${v}`).join(",");
var containersOf = (t) => (t?.spec?.containers ?? []).map((c) => ({ name: c.name, image: c.image ?? "" }));
function fromApps(kind, w) {
  const daemon = kind === "DaemonSet" ? w.status : void 0;
  const status = w.status;
  return {
    kind,
    name: w.metadata?.name ?? "",
    uid: w.metadata?.uid ?? "",
    resourceVersion: w.metadata?.resourceVersion ?? "",
    annotations: w.metadata?.annotations ?? {},
    replicas: daemon ? daemon.desiredNumberScheduled : w.spec?.replicas ?? 1,
    selector: selectorOf(w.spec?.selector.matchLabels),
    triggers: annotationTriggers(w.metadata?.annotations),
    containers: containersOf(w.spec?.template),
    generation: w.metadata?.generation ?? 0,
    observedGeneration: w.status?.observedGeneration ?? 0,
    status: daemon ? { replicas: daemon.currentNumberScheduled, updated: daemon.updatedNumberScheduled ?? 0, ready: daemon.numberReady } : { replicas: status?.replicas ?? 0, updated: status?.updatedReplicas ?? 0, ready: status?.readyReplicas ?? 0 }
  };
}
function fromDeploymentConfig(dc) {
  const triggers = [];
  for (const t of dc.spec?.triggers ?? []) {
    const p = t.imageChangeParams;
    if (t.type !== "ImageChange" || !p?.automatic || p.from?.kind !== "ImageStreamTag" || !p.from.name) continue;
    const [stream, tag = "latest"] = p.from.name.split(":");
    triggers.push({ stream, tag, containers: p.containerNames ?? [] });
  }
  return {
    kind: "DeploymentConfig",
    name: dc.metadata?.name ?? "",
    replicas: dc.spec?.replicas ?? 1,
    selector: selectorOf(dc.spec?.selector),
    triggers,
    containers: containersOf(dc.spec?.template),
    generation: dc.metadata?.generation ?? 0,
    observedGeneration: dc.status?.observedGeneration ?? 0,
    status: { replicas: dc.status?.replicas ?? 0, updated: dc.status?.updatedReplicas ?? 0, ready: dc.status?.readyReplicas ?? 0 }
  };
}
function workloadsApi(kube) {
  const ns = kube.namespace;
  return {
    async list() {
      const [deployments, statefulSets, configs] = await Promise.all([
        kube.call(
          { verb: "list", resource: "deployments", group: "apps" },
          (sdk) => sdk.apps.listNamespacedDeployment(ns),
          (sdk, r) => sdk.appsResponses.listNamespacedDeploymentWithHttpInfo(r)
        ),
        kube.call(
          { verb: "list", resource: "statefulsets", group: "apps" },
          (sdk) => sdk.apps.listNamespacedStatefulSet(ns),
          (sdk, r) => sdk.appsResponses.listNamespacedStatefulSetWithHttpInfo(r)
        ),
        kube.call(
          { verb: "list", resource: "deploymentconfigs", group: "apps.openshift.io" },
          (sdk) => sdk.custom.listNamespacedCustomObject("apps.openshift.io", "v1", ns, "deploymentconfigs"),
          (sdk, r) => sdk.customResponses.listNamespacedCustomObjectWithHttpInfo(r)
        ).catch((error) => {
          if (error instanceof KubeNotFound) return { items: [] };
          throw error;
        })
      ]);
      return [
        ...deployments.items.map((d) => fromApps("Deployment", d)),
        ...statefulSets.items.map((s) => fromApps("StatefulSet", s)),
        ...(configs.items ?? []).map(fromDeploymentConfig)
      ];
    },
    async get(kind, name) {
      const what = { verb: "get", resource: RESOURCE[kind], group: "apps", name };
      try {
        if (kind === "Deployment")
          return fromApps(
            kind,
            await kube.call(
              what,
              (sdk) => sdk.apps.readNamespacedDeployment(name, ns),
              (sdk, r) => sdk.appsResponses.readNamespacedDeploymentWithHttpInfo(r)
            )
          );
        if (kind === "StatefulSet")
          return fromApps(
            kind,
            await kube.call(
              what,
              (sdk) => sdk.apps.readNamespacedStatefulSet(name, ns),
              (sdk, r) => sdk.appsResponses.readNamespacedStatefulSetWithHttpInfo(r)
            )
          );
        return fromApps(
          kind,
          await kube.call(
            what,
            (sdk) => sdk.apps.readNamespacedDaemonSet(name, ns),
            (sdk, r) => sdk.appsResponses.readNamespacedDaemonSetWithHttpInfo(r)
          )
        );
      } catch (error) {
        if (error instanceof KubeNotFound) return null;
        throw error;
      }
    },
    async setImages(w, changes, annotations) {
      const body = imagePatch(w, changes, annotations);
      const what = { verb: "patch", resource: RESOURCE[w.kind], group: "apps", name: w.name };
      const json = (ctx) => {
        ctx.setHeaderParam("Content-Type", "application/json-patch+json");
        return ctx;
      };
      if (w.kind === "Deployment")
        await kube.call(
          what,
          async (sdk) => json(await sdk.apps.patchNamespacedDeployment(w.name, ns, body)),
          (sdk, r) => sdk.appsResponses.patchNamespacedDeploymentWithHttpInfo(r)
        );
      else if (w.kind === "StatefulSet")
        await kube.call(
          what,
          async (sdk) => json(await sdk.apps.patchNamespacedStatefulSet(w.name, ns, body)),
          (sdk, r) => sdk.appsResponses.patchNamespacedStatefulSetWithHttpInfo(r)
        );
      else
        await kube.call(
          what,
          async (sdk) => json(await sdk.apps.patchNamespacedDaemonSet(w.name, ns, body)),
          (sdk, r) => sdk.appsResponses.patchNamespacedDaemonSetWithHttpInfo(r)
        );
    }
  };
}

// src/kube/index.ts
function createKubeClient(config, clusterName, env, deps) {
  const target = resolveCluster(config, clusterName, env);
  const connection = new KubeConnection(target, deps);
  return {
    target,
    connection,
    pods: podsApi(connection),
    workloads: workloadsApi(connection),
    imageStreams: imageStreamsApi(connection),
    close: () => connection.close()
  };
}

export {
  describeCall,
  KubeNotFound,
  KubeConflict,
  KubeGone,
  KubeUnreachable,
  SDK_ORIGIN,
  KubeConnection,
  podView,
  PREVIOUS_IMAGES_ANNOTATION,
  createKubeClient
};
