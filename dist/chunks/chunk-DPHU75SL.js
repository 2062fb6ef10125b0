import { createRequire as __sgRequire } from 'node:module'; const require = __sgRequire(import.meta.url);
import {
  duration,
  list,
  text
} from "./chunk-N6UHWS4B.js";
import {
  UsageError
} from "./chunk-HO53TWSA.js";

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

export {
  firewallCheckOptionSpecs,
  parseFirewallCheckOptions
};
