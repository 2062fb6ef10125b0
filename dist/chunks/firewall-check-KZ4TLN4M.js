import { createRequire as __sgRequire } from 'node:module'; const require = __sgRequire(import.meta.url);
import {
  parseFirewallCheckOptions
} from "./chunk-DPHU75SL.js";
import {
  KubeNotFound,
  createKubeClient,
  podView
} from "./chunk-5MNIAPR6.js";
import "./chunk-LONG6DJQ.js";
import "./chunk-N6UHWS4B.js";
import "./chunk-OXNICSTU.js";
import {
  formatDuration
} from "./chunk-4PSKXZ4E.js";
import {
  tableToMarkdown
} from "./chunk-G4QZIEZW.js";
import {
  StageError,
  UsageError
} from "./chunk-HO53TWSA.js";
import "./chunk-EP666XB4.js";

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
  const list = await kube.call(
    { verb: "list", resource: "pods" },
    (sdk) => sdk.core.listNamespacedPod(kube.namespace, void 0, void 0, void 0, `metadata.name=${name}`),
    (sdk, r) => sdk.coreResponses.listNamespacedPodWithHttpInfo(r)
  );
  const pod = list.items.find((p) => p.metadata?.name === name);
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
function curlArgs(list) {
  const writeOut = `${MARKER} %{url} %{response_code} %{http_version} %{exitcode} %{errormsg}\\n`;
  return ["--silent", "--head", "--max-time", "5", "--write-out", writeOut, ...list.flatMap((p) => [p.url, "--output", "/dev/null"])];
}
var BY_EXIT = { 6: "DNS failure", 7: "refused", 28: "timed out" };
function readProbeLog(list, log) {
  const lines = /* @__PURE__ */ new Map();
  for (const line of log.split("\n")) {
    const at = line.indexOf(MARKER + " ");
    if (at < 0) continue;
    const [url, ...rest] = line.slice(at + MARKER.length + 1).trim().split(" ");
    if (url) lines.set(url, rest);
  }
  return list.map((probe) => {
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
  parseOptions: parseFirewallCheckOptions,
  run: runFirewallCheck
};
async function runFirewallCheck(ctx, options) {
  const { config, logger, clock, env } = ctx;
  const kubes = options.clusters.map((name) => createKubeClient(config, name, env, { logger, clock, onSecret: (v) => ctx.secrets.add(v) }));
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
  const list = probes(options.domains, options.ports);
  const args = curlArgs(list);
  logger.info(`checking ${list.length} address(es) from ${options.clusters.join(", ")}: ${list.map((p) => p.url).join(" ")}`);
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
          return list.map((p) => ({ ...p, cluster, verdict: "not checked", detail: "dry run: no pod was started" }));
        }
        const run = await runPod(kube.connection, request);
        return readProbeLog(list, run.log).map((r) => ({ ...r, cluster }));
      } catch (error) {
        failedClusters[cluster] = error instanceof Error ? error.message : String(error);
        logger.warning(`${cluster}: ${failedClusters[cluster]}`);
        return list.map((p) => ({ ...p, cluster, verdict: "not checked", detail: failedClusters[cluster] }));
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
      import("./client-CKF6ER33.js"),
      import("./issues-PUWOOL7I.js")
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
