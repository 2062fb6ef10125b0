import { createRequire as __sgRequire } from 'node:module'; const require = __sgRequire(import.meta.url);
import {
  KubeNotFound,
  createKubeClient,
  podView
} from "./chunk-55CGXNNK.js";
import "./chunk-LW2GL5TU.js";
import "./chunk-KLJOYWLQ.js";
import {
  duration,
  list,
  text
} from "./chunk-N6UHWS4B.js";
import {
  formatDuration
} from "./chunk-4PSKXZ4E.js";
import {
  tableToMarkdown
} from "./chunk-ZJLXUESR.js";
import {
  StageError,
  UsageError
} from "./chunk-HO53TWSA.js";
import "./chunk-XRVGOMFE.js";

// src/kube/run-pod.ts
import { randomBytes } from "node:crypto";
var POLL_MS = 2e3;
var PROGRESS_MS = 3e4;
async function runPod(kube, request) {
  const name = `${request.namePrefix}${randomBytes(3).toString("hex")}`.slice(0, 63);
  const { logger, clock } = kube;
  const where = `pod ${name} in ${kube.target.name}/${kube.namespace}`;
  try {
    await kube.call(
      { verb: "create", resource: "pods", name },
      (sdk) => sdk.core.createNamespacedPod(kube.namespace, podSpec(name, request)),
      (sdk, r) => sdk.coreResponses.createNamespacedPodWithHttpInfo(r)
    );
    logger.info(`${kube.target.name}: started ${where} (${request.image})`);
    const started = clock.now();
    let lastProgress = started;
    for (; ; ) {
      const pod = await readPod(kube, name);
      if (!pod) throw new StageError(`${where} disappeared before it finished (deleted by someone else, or evicted)`);
      if (pod.phase === "Succeeded" || pod.phase === "Failed") {
        const log = await readLog(kube, name);
        return { name, phase: pod.phase, exitCode: pod.statuses[0]?.terminated?.exitCode ?? null, log };
      }
      const elapsed = clock.now() - started;
      if (elapsed >= request.timeoutMs) {
        throw new StageError(
          `${where} did not finish within ${formatDuration(request.timeoutMs)}: ${stateOf(pod)}`,
          "check that the image can be pulled from the cluster (--image) and that the namespace has room for one more pod"
        );
      }
      if (clock.now() - lastProgress >= PROGRESS_MS) {
        lastProgress = clock.now();
        logger.info(
          `${kube.target.name}: ${where} is ${stateOf(pod)}; ${formatDuration(elapsed)} elapsed, ${formatDuration(request.timeoutMs - elapsed)} left`
        );
      }
      await clock.sleep(Math.min(POLL_MS, request.timeoutMs - elapsed));
    }
  } finally {
    await deletePod(kube, name);
  }
}
async function planPod(kube, request) {
  const name = `${request.namePrefix}${randomBytes(3).toString("hex")}`.slice(0, 63);
  await kube.call(
    { verb: "create", resource: "pods", name },
    (sdk) => sdk.core.createNamespacedPod(kube.namespace, podSpec(name, request), void 0, "All"),
    (sdk, r) => sdk.coreResponses.createNamespacedPodWithHttpInfo(r)
  );
  return { name };
}
function podSpec(name, request) {
  return {
    apiVersion: "v1",
    kind: "Pod",
    metadata: { name, labels: request.labels },
    spec: {
      restartPolicy: "Never",
      // The cluster stops it even if this process dies before deleting it.
      activeDeadlineSeconds: Math.ceil(request.timeoutMs / 1e3) + 60,
      automountServiceAccountToken: false,
      enableServiceLinks: false,
      terminationGracePeriodSeconds: 1,
      securityContext: { runAsNonRoot: true, seccompProfile: { type: "RuntimeDefault" } },
      containers: [
        {
          name: "main",
          image: request.image,
          command: request.command,
          args: request.args,
          resources: { requests: { cpu: "10m", memory: "16Mi" }, limits: { cpu: "100m", memory: "64Mi" } },
          securityContext: { allowPrivilegeEscalation: false, capabilities: { drop: ["ALL"] }, runAsNonRoot: true }
        }
      ]
    }
  };
}
async function readPod(kube, name) {
  const list2 = await kube.call(
    { verb: "list", resource: "pods" },
    (sdk) => sdk.core.listNamespacedPod(kube.namespace, void 0, void 0, void 0, `metadata.name=${name}`),
    (sdk, r) => sdk.coreResponses.listNamespacedPodWithHttpInfo(r)
  );
  const pod = list2.items.find((p) => p.metadata?.name === name);
  return pod ? podView(pod) : void 0;
}
async function readLog(kube, name) {
  const answer = await kube.raw(
    { verb: "get", resource: "pods/log", name },
    {
      method: "GET",
      path: `/api/v1/namespaces/${encodeURIComponent(kube.namespace)}/pods/${encodeURIComponent(name)}/log?container=main&limitBytes=1048576`
    }
  );
  return answer.body.toString("utf8");
}
async function deletePod(kube, name) {
  try {
    await kube.call(
      { verb: "delete", resource: "pods", name },
      (sdk) => sdk.core.deleteNamespacedPod(name, kube.namespace, void 0, void 0, 0),
      (sdk, r) => sdk.coreResponses.deleteNamespacedPodWithHttpInfo(r)
    );
    kube.logger.info(`${kube.target.name}: deleted pod ${name}`);
  } catch (error) {
    if (error instanceof KubeNotFound) return;
    kube.logger.warning(
      `${kube.target.name}: could not delete pod ${name}: ${error instanceof Error ? error.message : String(error)}; delete it with: oc delete pod ${name} -n ${kube.namespace}`
    );
  }
}
function stateOf(pod) {
  const waiting = pod.statuses.find((s) => s.waiting)?.waiting;
  return waiting ? `${pod.phase} (${waiting.reason}${waiting.message ? `: ${waiting.message}` : ""})` : pod.phase;
}

// src/stages/firewall-check/options.ts
var DEFAULT_CURL_IMAGE = "docker.io/curlimages/curl:8.11.1";
var firewallCheckOptionSpecs = [
  { name: "domain", type: "list", description: 'Domains to check; ".example.org" asks for subdomains too' },
  { name: "port", type: "list", description: "Ports to check (80 over http, others over https)", default: "443" },
  { name: "reason", type: "string", description: "Justification for the firewall request, like a release note" },
  { name: "open-issue", type: "string", description: "owner/repo: open (or update) a GitHub issue that tracks the request" },
  { name: "image", type: "string", description: "Image with curl that the check pod runs", default: DEFAULT_CURL_IMAGE },
  { name: "cluster", type: "list", description: "Check from these clusters only (default: every configured cluster)" },
  { name: "timeout", type: "string", description: "Longest wait for each check pod to finish", default: "3m" }
];
var DOMAIN = /^\.?(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i;
var IMAGE = /^[a-z0-9.-]+(?::\d+)?\/[a-z0-9._/-]+(:[\w][\w.-]{0,127}|@sha256:[a-f0-9]{64})$/;
function parseFirewallCheckOptions(raw, config) {
  const domains = [...new Set(list(raw, "domain").map((d) => d.toLowerCase()))];
  if (!domains.length) throw new UsageError("--domain is required", "e.g. --domain copr.fedorainfracloud.org --domain .pagure.io");
  for (const d of domains) {
    if (!DOMAIN.test(d))
      throw new UsageError(
        `--domain: "${d}" is not a domain name`,
        'write a host name such as copr.fedorainfracloud.org (a leading "." means with subdomains); no scheme, path or port'
      );
  }
  const portTexts = list(raw, "port");
  const ports = [
    ...new Set(
      (portTexts.length ? portTexts : ["443"]).map((p) => {
        const n = Number(p);
        if (!/^\d+$/.test(p) || n < 1 || n > 65535)
          throw new UsageError(`--port: "${p}" is not a port number`, "write e.g. --port 443 --port 80");
        if (n === 22)
          throw new UsageError(
            "--port 22: SSH rules are bound to IP addresses, not domains",
            "ask for SSH access by IP address in a separate request"
          );
        return n;
      })
    )
  ];
  const openIssue = text(raw, "open-issue");
  if (openIssue && !/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(openIssue))
    throw new UsageError(`--open-issue: "${openIssue}" is not owner/repo`, "e.g. --open-issue packit/deployment");
  const reason = text(raw, "reason");
  if (openIssue && !reason)
    throw new UsageError(
      "--open-issue needs --reason: the request must say why",
      'e.g. --reason "Packit now syncs releases from Forgejo instances"'
    );
  const image = text(raw, "image") ?? DEFAULT_CURL_IMAGE;
  if (!IMAGE.test(image)) throw new UsageError(`--image: "${image}" is not registry/repository:tag`, `e.g. --image ${DEFAULT_CURL_IMAGE}`);
  const configured = Object.keys(config.clusters);
  if (!configured.length)
    throw new UsageError(
      "no clusters are configured: firewall-check runs its check inside each cluster",
      "add clusters: { prod: { server: \u2026, namespace: \u2026 } } to the configuration"
    );
  const chosen = list(raw, "cluster");
  for (const c of chosen)
    if (!configured.includes(c))
      throw new UsageError(`--cluster: no cluster "${c}" in the configuration`, `choose among: ${configured.join(", ")}`);
  return {
    domains,
    ports,
    reason,
    openIssue,
    image,
    clusters: chosen.length ? chosen : configured,
    timeoutMs: duration(raw, "timeout", "3m")
  };
}

// src/stages/firewall-check/probe.ts
var MARKER = "__service_guru_probe__";
function probes(domains, ports) {
  return domains.flatMap((domain) => ports.map((port) => ({ domain, port, url: urlFor(domain, port) })));
}
function urlFor(domain, port) {
  const host = domain.replace(/^\./, "");
  if (port === 443) return `https://${host}/`;
  if (port === 80) return `http://${host}/`;
  return `https://${host}:${port}/`;
}
function curlArgs(list2) {
  const writeOut = `${MARKER} %{url} %{response_code} %{http_version} %{exitcode} %{errormsg}\\n`;
  return ["--silent", "--head", "--max-time", "5", "--write-out", writeOut, ...list2.flatMap((p) => [p.url, "--output", "/dev/null"])];
}
var BY_EXIT = { 6: "DNS failure", 7: "refused", 28: "timed out" };
function readProbeLog(list2, log) {
  const lines = /* @__PURE__ */ new Map();
  for (const line of log.split("\n")) {
    const at = line.indexOf(MARKER + " ");
    if (at < 0) continue;
    const [url, ...rest] = line.slice(at + MARKER.length + 1).trim().split(" ");
    if (url) lines.set(url, rest);
  }
  return list2.map((probe) => {
    const fields = lines.get(probe.url);
    if (!fields) return { ...probe, verdict: "not checked", detail: "no result in the pod log" };
    const [code, version, exit, ...message] = fields;
    const exitCode = Number(exit);
    const errormsg = message.join(" ").trim();
    if (Number(code) > 0) return { ...probe, verdict: "reachable", detail: `HTTP/${version ?? "1.1"} ${code}` };
    const verdict = BY_EXIT[exitCode] ?? "failed";
    return { ...probe, verdict, detail: errormsg || `curl exit code ${exit}` };
  });
}

// src/stages/firewall-check/ticket.ts
function ticketText(input) {
  const unreachable = input.results.filter((r) => r.verdict !== "reachable");
  if (!unreachable.length) return null;
  const clusters = input.clusters.filter((c) => unreachable.some((r) => r.cluster === c));
  const domains = [...new Set(unreachable.map((r) => r.domain))];
  const ports = [...new Set(unreachable.map((r) => r.port))].sort((a, b) => a - b);
  const plural = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;
  return [
    `\u2022 source: ${clusters.join(", ")}`,
    `\u2022 destination: ${domains.join(", ")}`,
    `\u2022 protocol: ${ports.join(", ")}`,
    `\u2022 justification: ${input.reason ?? "TODO: why the service needs these (like a release note)"}`,
    `(${plural(clusters.length, "cluster")} \xD7 ${plural(domains.length, "domain")} \xD7 ${plural(ports.length, "port")})`
  ].join("\n");
}
function requestKey(domains) {
  return [...new Set(domains)].sort().join(",");
}

// src/stages/firewall-check/index.ts
var firewallCheck = {
  name: "firewall-check",
  description: "Check from inside each cluster whether domains are reachable (curl -I in a short-lived pod) and write the firewall request",
  options: firewallCheckOptionSpecs,
  outputs: {
    results: "JSON list: per cluster, domain and port the verdict (reachable, refused, timed out, DNS failure, failed, not checked) and detail",
    unreachable: "JSON list of domain:port not reachable from some cluster",
    ticket: "The firewall request text for the unreachable ones (empty when all are reachable)",
    issue: "JSON: number, url and action (created/updated/unchanged) of the tracking issue"
  },
  parseOptions: parseFirewallCheckOptions,
  run: runFirewallCheck
};
async function runFirewallCheck(ctx, options) {
  const { config, logger, clock, env } = ctx;
  const kubes = options.clusters.map((name) => createKubeClient(config, name, env, { logger, clock }));
  try {
    return await check(ctx, options, kubes);
  } finally {
    for (const k of kubes) k.close();
  }
}
async function check(ctx, options, kubes) {
  const { config, logger, clock, env } = ctx;
  if (options.openIssue && !env.GITHUB_TOKEN)
    throw new UsageError(
      "--open-issue needs GITHUB_TOKEN",
      "set GITHUB_TOKEN (action input github-token) to a token that may write issues in that repository"
    );
  const list2 = probes(options.domains, options.ports);
  const args = curlArgs(list2);
  logger.info(`checking ${list2.length} address(es) from ${options.clusters.join(", ")}: ${list2.map((p) => p.url).join(" ")}`);
  const failedClusters = {};
  const planned = [];
  const request = {
    namePrefix: "service-guru-firewall-check-",
    labels: { "app.kubernetes.io/managed-by": "service-guru", "service-guru.dev/stage": "firewall-check" },
    image: options.image,
    command: ["curl"],
    args,
    timeoutMs: options.timeoutMs
  };
  const perCluster = await Promise.all(
    kubes.map(async (kube) => {
      const cluster = kube.target.name;
      try {
        if (ctx.dryRun) {
          const { name } = await planPod(kube.connection, request);
          const command = ["curl", ...args];
          planned.push({ cluster, namespace: kube.target.namespace, pod: name, image: options.image, command });
          logger.info(
            `dry run: would run pod ${name} in ${cluster}/${kube.target.namespace} (${options.image}, accepted by the API server's dry run): ${command.map(shellQuote).join(" ")}; then read its log and delete it`
          );
          return list2.map((p) => ({ ...p, cluster, verdict: "not checked", detail: "dry run: no pod was started" }));
        }
        const run = await runPod(kube.connection, request);
        return readProbeLog(list2, run.log).map((r) => ({ ...r, cluster }));
      } catch (error) {
        failedClusters[cluster] = error instanceof Error ? error.message : String(error);
        logger.warning(`${cluster}: ${failedClusters[cluster]}`);
        return list2.map((p) => ({ ...p, cluster, verdict: "not checked", detail: failedClusters[cluster] }));
      }
    })
  );
  const results = perCluster.flat();
  const checked = results.filter((r) => r.verdict !== "not checked");
  const unreachable = [...new Set(checked.filter((r) => r.verdict !== "reachable").map((r) => `${r.domain}:${r.port}`))];
  const ticket = ticketText({ clusters: options.clusters, results: checked, reason: options.reason });
  let issue = null;
  if (ctx.dryRun && options.openIssue) {
    logger.info(`dry run: would open or update the issue in ${options.openIssue} for the domains found unreachable`);
  } else if (ticket && options.openIssue) {
    const title = `Firewall request: ${[...new Set(checked.filter((r) => r.verdict !== "reachable").map((r) => r.domain))].join(", ")}`;
    const [{ createGitHubClient }, { upsertTrackingIssue }] = await Promise.all([
      import("./client-WBI5JELC.js"),
      import("./issues-XBKMES2Q.js")
    ]);
    const github = createGitHubClient({ apiUrl: config.github.apiUrl, token: env.GITHUB_TOKEN, logger, clock });
    issue = await upsertTrackingIssue(github, options.openIssue, {
      marker: `firewall-request:${requestKey(options.domains)}`,
      title,
      body: `Outgoing connections that the clusters need, checked with \`curl -I --max-time 5\` from inside each cluster on ${new Date(clock.now()).toISOString().slice(0, 10)}:

\`\`\`
${ticket}
\`\`\`

${markdownTable(results, options.clusters)}`
    });
    logger.info(`issue ${issue.action}: ${issue.url}`);
  }
  if (ticket) logger.info(`firewall request:
${ticket}`);
  else if (!Object.keys(failedClusters).length && !ctx.dryRun)
    logger.info("every domain is reachable from every cluster: no firewall request needed");
  const failed = Object.entries(failedClusters);
  return {
    ok: !failed.length,
    changed: !!issue && issue.action !== "unchanged",
    result: { results, unreachable, failedClusters, ticket, issue, planned },
    tables: [table(results, options.clusters, ticket)],
    ...failed.length ? {
      error: {
        message: `the check pod ${ctx.dryRun ? "would not be accepted" : "did not run"} in ${failed.map(([c, why]) => `${c} (${why})`).join("; ")}`,
        hint: ctx.dryRun ? "the API server refused the check pod: give the token the right to create pods there (docs/operations.md), or fix what the message names" : "check that the image can be pulled in that namespace (--image) and the token may create pods; the pod was deleted"
      }
    } : {}
  };
}
var shellQuote = (a) => /^[\w@%+=:,./-]+$/.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`;
var cell = (r) => !r ? "" : r.verdict === "reachable" ? `\u2705 ${r.detail}` : r.verdict === "not checked" ? "\u2754 not checked" : `\u274C ${r.verdict}`;
function table(results, clusters, ticket) {
  const keys = [...new Set(results.map((r) => `${r.domain}:${r.port}`))];
  return {
    title: "Reachability from the clusters",
    headers: ["Domain", "Port", ...clusters],
    rows: keys.map((key) => {
      const [domain, port] = [key.slice(0, key.lastIndexOf(":")), key.slice(key.lastIndexOf(":") + 1)];
      return [domain, port, ...clusters.map((c) => cell(results.find((r) => r.cluster === c && `${r.domain}:${r.port}` === key)))];
    }),
    ...ticket ? { details: [{ summary: "Firewall request", lines: ticket.split("\n") }] } : {}
  };
}
function markdownTable(results, clusters) {
  return tableToMarkdown({ ...table(results, clusters, null), literal: true });
}
export {
  firewallCheck
};
