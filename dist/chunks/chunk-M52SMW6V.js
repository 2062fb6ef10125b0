import { createRequire as __sgRequire } from 'node:module'; const require = __sgRequire(import.meta.url);

// src/stages/index.ts
var stages = [
  // In the order of the Monday pipeline, then the monthly and on-demand duties, then the workflow helpers.
  {
    name: "deploy",
    description: "The whole deployment in one run: pre-flight, notice, move stable, images, infra, import, verify, topics; resumable",
    secrets: ["GITHUB_TOKEN", "MATRIX_ACCESS_TOKEN", "SLACK_BOT_TOKEN", "QUAY_TOKEN", "SENTRY_AUTH_TOKEN", "VAULT_TOKEN"],
    load: async () => (await import("./deploy-YKZOESC2.js")).deploy
  },
  {
    name: "rehearse",
    description: "Rehearse the whole deployment on this machine against local stand-ins (no account, no network); --scenario, --list",
    secrets: [],
    load: async () => (await import("./rehearse-GKQNVJVN.js")).rehearse
  },
  {
    name: "move-stable",
    description: "Move stable to main in every component repository, in dependency order",
    secrets: ["GITHUB_TOKEN"],
    load: async () => (await import("./move-stable-TMSJPPA5.js")).moveStable
  },
  {
    name: "topic-notify",
    description: 'Save the Matrix and Slack room topics and set the "redeploying" notice',
    secrets: ["MATRIX_ACCESS_TOKEN", "SLACK_BOT_TOKEN"],
    load: async () => (await import("./notify-CUN7QX6F.js")).topicNotify
  },
  {
    name: "topic-revert",
    description: 'Restore the saved room topics (or set the "failed" notice with --status failed)',
    secrets: ["MATRIX_ACCESS_TOKEN", "SLACK_BOT_TOKEN"],
    load: async () => (await import("./revert-LV57OLLR.js")).topicRevert
  },
  {
    name: "wait-images",
    description: "Wait until the images built from the new stable are in their registry (builds, digests, platforms)",
    secrets: ["GITHUB_TOKEN", "QUAY_TOKEN"],
    load: async () => (await import("./wait-images-HKR5MML4.js")).waitImages
  },
  {
    name: "infra-sync",
    description: "Apply the deployment repository and Vault secrets when commits or secret versions are pending, and record what was applied in the cluster",
    secrets: ["GITHUB_TOKEN", "VAULT_TOKEN"],
    load: async () => (await import("./infra-sync-Y7NDXG65.js")).infraSync
  },
  {
    name: "import-images",
    description: "Import the new images into their image streams and watch the rollout (stuck pods fixed)",
    secrets: [],
    load: async () => (await import("./import-images-HVEVMB6L.js")).importImages
  },
  {
    name: "health-gate",
    description: "One verdict on the running service: pods, new Sentry issues, endpoints and the versions they report",
    secrets: ["SENTRY_AUTH_TOKEN", "GITHUB_TOKEN"],
    load: async () => (await import("./health-gate-QSUWOKTX.js")).healthGate
  },
  {
    name: "rollback",
    description: "Return every image stream in scope to its previous image, pinned, and watch the rollout",
    secrets: [],
    load: async () => (await import("./rollback-67R5XCLY.js")).rollback
  },
  {
    name: "release-notes",
    description: "Collect the release notes of merged PRs; write the blog post and the Mastodon thread (and a draft PR in the blog)",
    secrets: ["GITHUB_TOKEN"],
    load: async () => (await import("./release-notes-WBAANA53.js")).releaseNotes
  },
  {
    name: "quay-cleanup",
    description: "Delete old Quay tags nobody runs (older than olderThan, beyond the newest, not protected, not in any image stream)",
    secrets: ["QUAY_TOKEN"],
    load: async () => (await import("./quay-cleanup-E3JRKA7Z.js")).quayCleanup
  },
  {
    name: "firewall-check",
    description: "Check from inside each cluster whether domains are reachable and write the firewall request (optionally as an issue)",
    secrets: ["GITHUB_TOKEN"],
    load: async () => (await import("./firewall-check-UHXFIZSJ.js")).firewallCheck
  },
  {
    name: "sign-off",
    description: "Prove that a reviewer approved this workflow run; fail when the environment let it start without one",
    secrets: ["GITHUB_TOKEN"],
    load: async () => (await import("./sign-off-GHPCZYD7.js")).signOff
  },
  {
    name: "deployment-status",
    description: "Record the deployment in GitHub (Deployments API): in_progress, success or failure, linked to the run",
    secrets: ["GITHUB_TOKEN"],
    load: async () => (await import("./deployment-status-KAVAYPRF.js")).deploymentStatus
  }
  // New stages: one entry each, inserted above this line.
];
function findStage(name) {
  return stages.find((s) => s.name === name);
}
function secretInputName(env) {
  return env.toLowerCase().replace(/_/g, "-");
}

export {
  stages,
  findStage,
  secretInputName
};
