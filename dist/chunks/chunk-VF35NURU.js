import { createRequire as __sgRequire } from 'node:module'; const require = __sgRequire(import.meta.url);
import {
  checkOutputPath
} from "./chunk-FDQTJXVG.js";
import {
  topicRevertStage
} from "./chunk-CF262ODI.js";
import {
  waitImagesStage
} from "./chunk-6MCTSESF.js";
import {
  movedComponents
} from "./chunk-CEIITLQ4.js";
import {
  rollbackStage
} from "./chunk-5C53UILB.js";
import {
  topicNotifyStage
} from "./chunk-SUKOMB7P.js";
import {
  healthGateStage
} from "./chunk-HUMRDB4K.js";
import {
  changesOf
} from "./chunk-U2CKOM62.js";
import {
  importImagesStage
} from "./chunk-G2XGRSPV.js";
import {
  infraSyncStage
} from "./chunk-UXCF6CI5.js";
import {
  moveStableStage
} from "./chunk-CZ2AILEV.js";
import {
  movedEntries
} from "./chunk-KPTLWIXW.js";
import {
  duration,
  flag,
  interval,
  list,
  text
} from "./chunk-N6UHWS4B.js";
import {
  didYouMean
} from "./chunk-6QRULY5K.js";
import {
  UsageError
} from "./chunk-HO53TWSA.js";

// src/stages/deploy/model.ts
var STEP_IDS = [
  "preflight",
  "topic-notify",
  "move-stable",
  "wait-images",
  "infra-sync",
  "import-images",
  "health-gate",
  "rollback",
  "topic-revert"
];
var USER_STEP_IDS = STEP_IDS.filter((id) => id !== "rollback");
function resultOf(input, step2) {
  const record = input.records.get(step2.id);
  return record && (record.status === "ok" || record.status === "failed") && record.result ? record.result : void 0;
}
var okResult = (input, step2) => input.records.get(step2.id)?.status === "ok" ? resultOf(input, step2) : void 0;
var hasChat = (c) => Boolean(c.chat.matrix?.rooms.length || c.chat.slack?.channels.length);
var hasClusters = (c) => Object.keys(c.clusters).length > 0;
var only = (i) => i.options.only.length ? i.options.only : void 0;
var preflight = {
  id: "preflight",
  stage: healthGateStage,
  job: "preflight",
  changes: false,
  blocking: true,
  when: "forward",
  timeoutMinutes: 15,
  skipReason: (i) => i.options.stagingCluster ? void 0 : "no staging cluster (clusters: with staging: true, or --staging-cluster)",
  args: (i) => ({ cluster: i.options.stagingCluster, preflight: true }),
  workflow: {
    phase: "before-sign-off",
    // Empty: the configuration's cluster with staging: true (the stage says when there is none); none: left out.
    applies: "inputs.staging-cluster != 'none'",
    with: { cluster: { input: "staging-cluster" }, preflight: { value: "true" } },
    clusterSecret: "openshift-staging-token",
    // Staging's pods only: Sentry and the versions of stable are production's.
    secrets: { SENTRY_AUTH_TOKEN: null, GITHUB_TOKEN: null }
  }
};
var topicNotify = {
  id: "topic-notify",
  stage: topicNotifyStage,
  job: "notify",
  changes: true,
  blocking: false,
  when: "forward",
  timeoutMinutes: 10,
  skipReason: (i) => hasChat(i.config) ? void 0 : "no chat rooms under chat:",
  args: (i) => ({ "run-url": i.options.runUrl }),
  workflow: { phase: "after-sign-off", with: {} }
};
var moveStable = {
  id: "move-stable",
  stage: moveStableStage,
  job: "move",
  changes: true,
  blocking: true,
  when: "forward",
  timeoutMinutes: 90,
  skipReason: () => void 0,
  args: (i) => ({
    only: i.options.only,
    to: i.options.to,
    "allow-unverified": i.options.allowUnverified,
    "no-force": i.options.noForce,
    "copr-interval": i.options.coprInterval
  }),
  workflow: {
    phase: "after-sign-off",
    // The reviewer approved the plan's component=sha pairs: exactly those move, or nothing.
    stageIf: "!inputs.skip-move && needs.plan.outputs.to != ''",
    with: {
      only: { plan: "only" },
      to: { plan: "to" },
      "allow-unverified": { input: "allow-unverified" },
      "no-force": { input: "no-force" }
    },
    secrets: { GITHUB_TOKEN: "steps.app.outputs.token || secrets.deploy-token" },
    appToken: true,
    recordsDeployment: true,
    permissions: { deployments: "write" }
  }
};
var waitImages = {
  id: "wait-images",
  stage: waitImagesStage,
  job: "images",
  changes: false,
  blocking: true,
  when: "forward",
  timeoutMinutes: 120,
  skipReason: (i) => i.config.components.some((c) => c.images.length) ? void 0 : "no component has images",
  args: (i) => ({ timeout: i.options.imagesTimeout, interval: i.options.imagesInterval }),
  // What stable holds now (moved or unchanged): a re-run after a partial deployment verifies the same images.
  typed: (i) => {
    const moved = okResult(i, moveStable);
    return moved ? { moved: movedComponents(movedEntries(moved), scoped(i)) } : {};
  },
  workflow: {
    phase: "after-sign-off",
    with: { moved: { step: "move-stable", output: "result" }, timeout: { value: "90m" } },
    permissions: { actions: "read" }
  }
};
var infraSync = {
  id: "infra-sync",
  stage: infraSyncStage,
  job: "infra",
  changes: true,
  blocking: true,
  when: "forward",
  timeoutMinutes: 45,
  skipReason: (i) => i.config.infra ? void 0 : "no infra: in the configuration",
  // The applied state is recorded on the cluster the images go to.
  args: (i) => ({ cluster: i.options.cluster }),
  workflow: {
    phase: "after-sign-off",
    applies: "inputs.infra",
    with: { cluster: { input: "cluster" } },
    clusterSecret: "openshift-token",
    // The deployment repository may be private to another owner.
    secrets: { GITHUB_TOKEN: "secrets.deployment-repo-token || secrets.read-token || github.token" }
  }
};
var importImages = {
  id: "import-images",
  stage: importImagesStage,
  job: "import",
  changes: true,
  blocking: true,
  when: "forward",
  timeoutMinutes: 30,
  skipReason: (i) => hasClusters(i.config) ? void 0 : "no clusters: in the configuration",
  // The run's identity: what an earlier attempt of this run (killed, resumed with --from) set is still this run's to undo.
  args: (i) => ({ cluster: i.options.cluster, only: only(i), run: i.options.runUrl ?? runIdentity(i) }),
  // The digests wait-images proved: the workloads are set to exactly those.
  typed: (i) => {
    const images = okResult(i, waitImages);
    return images ? { digests: new Map(Object.entries(images.digests)) } : {};
  },
  workflow: {
    phase: "after-sign-off",
    // What stable holds (every component, or the hotfix scope), never only what moved: a re-run converges.
    with: { cluster: { input: "cluster" }, only: { input: "only" }, digests: { step: "wait-images", output: "digests" } },
    clusterSecret: "openshift-token"
  }
};
var healthGate = {
  id: "health-gate",
  stage: healthGateStage,
  job: "verify",
  changes: false,
  blocking: true,
  when: "forward",
  timeoutMinutes: 30,
  skipReason: (i) => hasClusters(i.config) || i.config.health.sentry || i.config.health.endpoints?.length ? void 0 : "nothing to check: no clusters or health:",
  // A dry run checks once: there is no new rollout to watch.
  args: (i) => ({ cluster: i.options.cluster, observe: i.dryRun ? void 0 : i.options.observe }),
  typed: (i) => {
    const moved = okResult(i, moveStable);
    if (!moved) return {};
    const entries = movedEntries(moved).filter((e) => typeof e.current === "string" && scoped(i)(e.name));
    return { moved: new Map(entries.map((e) => [e.name, e.current])) };
  },
  workflow: {
    phase: "after-sign-off",
    with: {
      cluster: { input: "cluster" },
      observe: { input: "observe", unlessDryRun: true },
      moved: { step: "move-stable", output: "result" }
    },
    clusterSecret: "openshift-token"
  }
};
var rollback = {
  id: "rollback",
  stage: rollbackStage,
  job: "rollback",
  changes: true,
  blocking: false,
  when: "rollback",
  timeoutMinutes: 30,
  skipReason: (i) => importStarted(i) ? void 0 : "nothing was imported",
  args: (i) => ({ cluster: i.options.cluster }),
  typed: (i) => {
    const imported = resultOf(i, importImages);
    const images = resultOf(i, waitImages);
    const thisRun = {
      imported: imported ? new Map(imported.streams.filter((s) => s.status === "imported").map((s) => [`${s.stream}:${s.tag}`, s.previous])) : null,
      // Without the import's result (interrupted), the workloads' annotation says what it set.
      workloads: imported ? changesOf(imported.workloads ?? []) : null,
      digests: images ? new Map(Object.entries(images.digests)) : null
    };
    if (!thisRun.imported && !thisRun.digests)
      return {
        thisRun: { imported: /* @__PURE__ */ new Map(), workloads: null, digests: null },
        scope: "nothing known to be imported (run service-guru rollback by hand)"
      };
    return { thisRun, scope: "what this run imported" };
  },
  workflow: {
    phase: "after-sign-off",
    with: {
      cluster: { input: "cluster" },
      // The whole result: its streams and its workloads.
      imported: { step: "import-images", output: "result" },
      // A cancelled import leaves no result: the digests tell the streams it reached from the rest.
      digests: { step: "wait-images", output: "digests" }
    },
    clusterSecret: "openshift-token"
  }
};
var topicRevert = {
  id: "topic-revert",
  stage: topicRevertStage,
  job: "revert",
  changes: true,
  blocking: false,
  when: "always",
  timeoutMinutes: 10,
  skipReason: (i) => i.records.get("topic-notify")?.status === "ok" || i.records.get("topic-notify")?.status === "failed" ? void 0 : "no notice was set",
  // The notice is a courtesy: a room that could not be told does not decide it, the deployment does.
  args: (i) => ({
    status: i.failed ? "failed" : "success",
    "run-url": i.options.runUrl,
    // The finished notice's line: what moved and how long the run took (from its first step).
    moved: JSON.stringify(resultOf(i, moveStable)?.moved ?? []),
    "started-at": firstStart(i)
  }),
  workflow: {
    phase: "after-sign-off",
    // Where notify left its notices (Slack message ts): found at once, however busy the channel.
    applies: "needs.notify.result != 'skipped'",
    with: {
      status: { outcome: true },
      notified: { step: "topic-notify", output: "rooms" },
      moved: { step: "move-stable", output: "moved" },
      // The deployment proper starts at the sign-off; the wait for reviewers is not its time.
      "started-at": { value: "${{ needs.sign-off.outputs.approved-at }}" }
    }
  }
};
function runIdentity(i) {
  const starts = [...i.records.values()].map((r) => r.startedAt);
  return starts.length ? `${i.options.stateFile}@${new Date(Math.min(...starts)).toISOString()}` : void 0;
}
function firstStart(i) {
  const starts = [...i.records.values()].filter((r) => !r.resumed).map((r) => r.startedAt);
  return starts.length ? new Date(Math.min(...starts)).toISOString() : void 0;
}
var STEPS = [
  preflight,
  topicNotify,
  moveStable,
  waitImages,
  infraSync,
  importImages,
  healthGate,
  rollback,
  topicRevert
];
function importStarted(i) {
  const status = i.records.get(ROLLBACK_RULE.changer)?.status;
  return !i.dryRun && (status === "ok" || status === "failed");
}
var ROLLBACK_RULE = { changer: "import-images", gate: "health-gate" };
function needsRollback(i) {
  return importStarted(i) && i.records.get(ROLLBACK_RULE.gate)?.status !== "ok";
}
function scoped(i) {
  return (name) => !i.options.only.length || i.options.only.includes(name);
}
function failsDeployment(record) {
  const step2 = findStep(record.id);
  return record.status === "failed" && (step2.blocking || step2.when === "rollback");
}
function findStep(id) {
  return STEPS.find((s) => s.id === id);
}

// src/stages/deploy/options.ts
var list2 = (raw, name) => list(raw, name).flatMap((v) => v.split(",")).map((v) => v.trim()).filter(Boolean);
var SUMMARY_OPTION = {
  name: "summary",
  type: "string",
  description: "Also write the run summary (step table and Mermaid Gantt timeline) as Markdown to this file"
};
function summaryFile(raw) {
  const given = text(raw, "summary");
  return given ? checkOutputPath(given, "summary") : void 0;
}
var DEFAULT_STATE_FILE = ".service-guru/deploy-state.json";
var deployOptionSpecs = [
  {
    name: "from",
    type: "string",
    description: `Resume at this step with what the earlier steps found (state file): ${USER_STEP_IDS.join(", ")}`
  },
  { name: "skip", type: "list", description: "Leave out these steps, e.g. move-stable to redeploy what stable already has" },
  { name: "state", type: "string", description: "State file of the run, written after every step", default: DEFAULT_STATE_FILE },
  { name: "yes", type: "boolean", description: "Do not ask for confirmation on a terminal" },
  { name: "ignore-freeze", type: "boolean", description: "Deploy even inside a freeze window of the configuration" },
  { name: "plan", type: "boolean", description: 'Only check the freeze windows and report what would move (component=sha pairs in "to")' },
  { name: "only", type: "list", description: "Move and roll out only these components" },
  { name: "to", type: "list", description: "component=sha: promote this commit instead of the head of the source branch" },
  { name: "allow-unverified", type: "boolean", description: "Promote even when checks of the commit fail or are pending" },
  { name: "no-force", type: "boolean", description: "Never replace a diverged target branch" },
  { name: "cluster", type: "string", description: "Production cluster of import, verify and rollback (default: the stages' default)" },
  {
    name: "staging-cluster",
    type: "string",
    description: 'Cluster of the pre-flight health gate (default: the one with staging: true; "none" skips it)'
  },
  { name: "observe", type: "string", description: "How long the health gate watches production after the import", default: "10m" },
  { name: "images-timeout", type: "string", description: "Longest wait for the images", default: "90m" },
  { name: "images-interval", type: "string", description: "First pause between image polls (default: wait-images' own)" },
  { name: "copr-interval", type: "string", description: "First pause between Copr polls (default: move-stable's own)" },
  { name: "run-url", type: "string", description: "URL of this run, for the notices (default: the GitHub Actions run)" },
  SUMMARY_OPTION
];
function step(value, option) {
  if (USER_STEP_IDS.includes(value)) return value;
  throw new UsageError(`--${option}: unknown step "${value}"${didYouMean(value, new Set(USER_STEP_IDS))}`, `use one of: ${USER_STEP_IDS.join(", ")}`);
}
function parseDeployOptions(raw, config) {
  const names = new Set(config.components.map((c) => c.name));
  const only2 = list2(raw, "only");
  for (const name of only2)
    if (!names.has(name))
      throw new UsageError(`--only: unknown component "${name}"${didYouMean(name, names)}`, `use one of: ${[...names].join(", ")}`);
  const to = list2(raw, "to");
  for (const pair of to) {
    const match = /^([^=]+)=([0-9a-fA-F]{4,40})$/.exec(pair);
    if (!match) throw new UsageError(`--to: "${pair}" is not component=sha`, "write e.g. --to packit=3b0fc3b");
    if (!names.has(match[1].trim())) throw new UsageError(`--to: unknown component "${match[1]}"${didYouMean(match[1], names)}`);
  }
  const clusters = Object.keys(config.clusters);
  const known = (name, option) => {
    if (name !== void 0 && !config.clusters[name])
      throw new UsageError(
        `--${option}: no cluster "${name}" under clusters:`,
        clusters.length ? `use one of: ${clusters.join(", ")}` : "add it under clusters: in the configuration"
      );
    return name;
  };
  const stagingText = text(raw, "staging-cluster");
  const stagingCluster = stagingText === "none" ? void 0 : known(stagingText ?? clusters.find((c) => config.clusters[c].staging), "staging-cluster");
  duration(raw, "observe", "10m");
  duration(raw, "images-timeout", "90m");
  if (text(raw, "images-interval")) interval(raw, "images-interval", "15s");
  if (text(raw, "copr-interval")) interval(raw, "copr-interval", "30s");
  const from = text(raw, "from");
  return {
    from: from ? step(from, "from") : void 0,
    skip: list2(raw, "skip").map((s) => step(s, "skip")),
    stateFile: text(raw, "state") ?? DEFAULT_STATE_FILE,
    yes: flag(raw, "yes"),
    ignoreFreeze: flag(raw, "ignore-freeze"),
    plan: flag(raw, "plan"),
    only: only2,
    to,
    allowUnverified: flag(raw, "allow-unverified"),
    noForce: flag(raw, "no-force"),
    cluster: known(text(raw, "cluster"), "cluster"),
    stagingCluster,
    observe: text(raw, "observe") ?? "10m",
    imagesTimeout: text(raw, "images-timeout") ?? "90m",
    imagesInterval: text(raw, "images-interval"),
    coprInterval: text(raw, "copr-interval"),
    runUrl: text(raw, "run-url"),
    summary: summaryFile(raw),
    given: Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== void 0 && v !== "" && v !== false))
  };
}

export {
  STEP_IDS,
  moveStable,
  STEPS,
  needsRollback,
  failsDeployment,
  SUMMARY_OPTION,
  summaryFile,
  DEFAULT_STATE_FILE,
  deployOptionSpecs,
  parseDeployOptions
};
