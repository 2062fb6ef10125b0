import { createRequire as __sgRequire } from 'node:module'; const require = __sgRequire(import.meta.url);
import {
  runGitHub,
  runRepository
} from "./chunk-XKCMKRIV.js";
import {
  activeFreeze,
  describeFreeze
} from "./chunk-EJLJXTIG.js";
import "./chunk-KQWFMIMD.js";
import {
  flag,
  text
} from "./chunk-N6UHWS4B.js";
import "./chunk-4PSKXZ4E.js";
import {
  StageError,
  UsageError
} from "./chunk-HO53TWSA.js";
import "./chunk-EP666XB4.js";

// src/github/approvals.ts
async function runApprovals(github, repository, runId) {
  const [owner, repo] = repository.split("/");
  const response = await github.request("GET /repos/{owner}/{repo}/actions/runs/{run_id}/approvals", { owner, repo, run_id: runId });
  if (!Array.isArray(response.data)) throw new StageError(`GitHub answered the approvals of run ${runId} with something other than a list`);
  return response.data.map((review) => ({
    state: review.state === "rejected" ? "rejected" : "approved",
    user: review.user?.login ?? "unknown",
    comment: review.comment ?? "",
    environments: (review.environments ?? []).map((e) => e.name ?? "").filter(Boolean)
  }));
}

// src/stages/sign-off/index.ts
var signOff = {
  parseOptions: (raw) => {
    return {
      repository: text(raw, "repository"),
      runId: text(raw, "run-id"),
      environment: text(raw, "environment"),
      ignoreFreeze: flag(raw, "ignore-freeze")
    };
  },
  run: async (ctx, options) => {
    const repository = runRepository(ctx, options.repository);
    const runId = Number(options.runId ?? ctx.env.GITHUB_RUN_ID);
    if (!Number.isSafeInteger(runId) || runId <= 0)
      throw new UsageError("--run-id: give the workflow run id (or run inside GitHub Actions)");
    const github = await runGitHub(ctx, "actions: read");
    const all = await runApprovals(github, repository, runId);
    const wanted = options.environment?.toLowerCase();
    const relevant = all.filter((a) => !wanted || a.environments.some((e) => e.toLowerCase() === wanted));
    const approvedBy = [...new Set(relevant.filter((a) => a.state === "approved").map((a) => a.user))];
    const table = {
      title: "Sign-off",
      headers: ["Reviewer", "Decision", "Environments", "Comment"],
      rows: relevant.map((a) => [a.user, a.state === "approved" ? "\u2705 approved" : "\u274C rejected", a.environments.join(", "), a.comment])
    };
    if (!approvedBy.length) {
      const error = new StageError(
        `no approval recorded for run ${runId}${options.environment ? ` in environment ${options.environment}` : ""}: the environment let the job start without a reviewer`,
        "add required reviewers to the environment (Settings \u2192 Environments); a missing environment is created without any; in private or internal repositories required reviewers need GitHub Enterprise (Free, Pro and Team have them for public repositories only)"
      );
      return {
        ok: false,
        changed: false,
        result: { approvedBy, approvals: relevant, freeze: null, approvedAt: null },
        tables: [table],
        error: { message: error.message, hint: error.hint }
      };
    }
    ctx.logger.info(`approved by ${approvedBy.join(", ")}`);
    const freeze = activeFreeze(ctx.config, ctx.clock.now(), (m) => ctx.logger.warning(m)) ?? null;
    if (freeze && !options.ignoreFreeze) {
      return {
        ok: false,
        changed: false,
        result: { approvedBy, approvals: relevant, freeze, approvedAt: null },
        tables: [table],
        error: {
          message: `approved by ${approvedBy.join(", ")}, but ${describeFreeze(freeze, ctx.config.timezone)}`,
          hint: "run again after the window ends, or with ignore-freeze for an emergency"
        }
      };
    }
    if (freeze) ctx.logger.warning(`${describeFreeze(freeze, ctx.config.timezone)}; signed off anyway because of --ignore-freeze`);
    return {
      ok: true,
      changed: false,
      result: { approvedBy, approvals: relevant, freeze, approvedAt: new Date(ctx.clock.now()).toISOString() },
      tables: [table]
    };
  }
};
export {
  signOff
};
