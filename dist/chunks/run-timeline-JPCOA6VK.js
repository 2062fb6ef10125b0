import { createRequire as __sgRequire } from 'node:module'; const require = __sgRequire(import.meta.url);
import {
  runGitHub,
  runRepository
} from "./chunk-XKCMKRIV.js";
import {
  timelineMarkdown,
  writeRunSummary
} from "./chunk-UUGXWYT6.js";
import {
  checkOutputPath
} from "./chunk-FDQTJXVG.js";
import {
  gitHubError,
  unexpectedAnswer
} from "./chunk-7BJOMGXU.js";
import {
  text
} from "./chunk-N6UHWS4B.js";
import {
  formatDuration
} from "./chunk-4PSKXZ4E.js";
import {
  UsageError
} from "./chunk-HO53TWSA.js";
import "./chunk-EP666XB4.js";

// src/github/run-jobs.ts
var time = (value) => {
  const t = value ? Date.parse(value) : NaN;
  return Number.isFinite(t) ? t : null;
};
async function listRunJobs(github, repository, runId) {
  const [owner, repo] = repository.split("/");
  const what = `GET /repos/${repository}/actions/runs/${runId}/jobs`;
  const jobs = [];
  try {
    for await (const response of github.paginate.iterator("GET /repos/{owner}/{repo}/actions/runs/{run_id}/jobs", {
      owner,
      repo,
      run_id: runId,
      filter: "latest",
      per_page: 100
    })) {
      const data = response.data;
      if (!Array.isArray(data)) throw unexpectedAnswer(what, "with something that is not a list of jobs");
      for (const job of data) {
        if (typeof job?.id !== "number" || typeof job.name !== "string")
          throw unexpectedAnswer(what, `with a job without id or name: ${JSON.stringify(job).slice(0, 120)}`);
        jobs.push({
          id: job.id,
          name: job.name,
          status: job.status,
          conclusion: job.conclusion ?? null,
          createdAt: time(job.created_at),
          startedAt: time(job.started_at),
          completedAt: time(job.completed_at),
          htmlUrl: job.html_url ?? null
        });
      }
    }
  } catch (error) {
    throw gitHubError(error, what);
  }
  return jobs;
}

// src/stages/run-timeline/index.ts
var QUEUE_BAR_MS = 6e4;
var ownName = (name) => name.split(" / ").pop().trim();
function jobTasks(jobs, approvalJob, now) {
  const tasks = [];
  let approvalWaitMs = 0;
  for (const job of jobs) {
    const name = ownName(job.name);
    const start = job.startedAt ?? job.createdAt;
    if (start === null) continue;
    if (job.conclusion === "skipped") {
      tasks.push({ name, section: "Jobs", start, end: start, state: "skipped" });
      continue;
    }
    const queued = job.createdAt !== null && job.startedAt !== null ? job.startedAt - job.createdAt : 0;
    const approval = name === approvalJob;
    if (approval) approvalWaitMs = Math.max(0, queued);
    if (job.createdAt !== null && job.startedAt !== null && (queued >= QUEUE_BAR_MS || approval && queued > 0))
      tasks.push({
        name: approval ? `waiting for approval (${name})` : `${name} queued`,
        section: "Waits",
        start: job.createdAt,
        end: job.startedAt,
        state: "wait"
      });
    if (job.startedAt === null) continue;
    const end = job.completedAt ?? now;
    const failed = job.conclusion === "failure" || job.conclusion === "cancelled" || job.conclusion === "timed_out";
    tasks.push({ name, section: "Jobs", start: job.startedAt, end, state: failed ? "failed" : "done" });
  }
  return { tasks: tasks.sort((a, b) => a.start - b.start), approvalWaitMs };
}
var runTimeline = {
  parseOptions: (raw) => {
    const id = text(raw, "run-id");
    if (id !== void 0 && !/^\d+$/.test(id)) throw new UsageError(`--run-id: "${id}" is not a run id`, "give the number in the run URL");
    const summary = text(raw, "summary");
    return {
      runId: id === void 0 ? void 0 : Number(id),
      repository: text(raw, "repository"),
      approvalJob: text(raw, "approval-job") ?? "sign-off",
      summary: summary ? checkOutputPath(summary, "summary") : void 0
    };
  },
  run: async (ctx, options) => {
    const repository = runRepository(ctx, options.repository);
    const runId = options.runId ?? (ctx.env.GITHUB_RUN_ID ? Number(ctx.env.GITHUB_RUN_ID) : void 0);
    if (!runId || !Number.isSafeInteger(runId))
      throw new UsageError("--run-id: no run to draw (GITHUB_RUN_ID is not set)", "give --run-id, or run inside GitHub Actions");
    const github = await runGitHub(ctx, "actions: read");
    const jobs = await listRunJobs(github, repository, runId);
    const now = ctx.clock.now();
    const { tasks, approvalWaitMs } = jobTasks(jobs, options.approvalJob, now);
    const first = Math.min(...jobs.map((j) => j.createdAt ?? j.startedAt ?? now));
    const last = Math.max(...jobs.map((j) => j.completedAt ?? (j.startedAt !== null ? now : 0)));
    const totalMs = jobs.length ? Math.max(0, last - first) : 0;
    const table = {
      title: `Run ${runId} of ${repository}`,
      headers: ["Job", "Conclusion", "Queued", "Took"],
      literal: true,
      rows: jobs.map((j) => [
        ownName(j.name),
        j.conclusion ?? j.status,
        j.createdAt !== null && j.startedAt !== null ? formatDuration(j.startedAt - j.createdAt) : "",
        j.startedAt !== null ? formatDuration((j.completedAt ?? now) - j.startedAt) : ""
      ]),
      notes: [
        `total ${formatDuration(totalMs)}${approvalWaitMs ? `, of which ${formatDuration(approvalWaitMs)} waiting for approval` : ""}`
      ]
    };
    writeRunSummary(ctx.env, options.summary, ctx.secrets.redact(timelineMarkdown(`Run ${runId}`, tasks)));
    return { ok: true, changed: false, result: { jobs, totalMs, approvalWaitMs }, tables: [table] };
  }
};
export {
  jobTasks,
  runTimeline
};
