import type { Reply } from './http-double.ts';
import type { GitHubDouble, Repo } from './github.ts';
import { error } from './github-shapes.ts';

/** A job of a workflow run as a test sets it up; times are ISO 8601, null until reached. */
export interface WorkflowJob {
  id: number;
  name: string;
  status: 'queued' | 'in_progress' | 'completed' | 'waiting' | 'requested' | 'pending';
  conclusion: null | 'success' | 'failure' | 'cancelled' | 'skipped' | 'timed_out' | 'neutral' | 'action_required';
  created_at: string;
  started_at: string | null;
  completed_at: string | null;
  /** Earlier attempts are left out with filter=latest (the default), as on GitHub. */
  run_attempt?: number;
}

/**
 * GET /repos/{owner}/{repo}/actions/runs/{run_id}/jobs with the documented shape
 * (https://docs.github.com/rest/actions/workflow-jobs#list-jobs-for-a-workflow-run):
 * `{ total_count, jobs }`, paginated with a Link header, `filter=latest` by default.
 */
export function runJobsRoute(double: GitHubDouble, repo: Repo, runId: number, url: URL): Reply {
  const run = repo.runs.find((r) => r.id === runId);
  if (!run) return error(404, 'Not Found', 'actions/workflow-jobs#list-jobs-for-a-workflow-run');
  const all = run.jobs ?? [];
  const latestAttempt = Math.max(1, ...all.map((j) => j.run_attempt ?? 1));
  const chosen = url.searchParams.get('filter') === 'all' ? all : all.filter((j) => (j.run_attempt ?? 1) === latestAttempt);
  const jobs = chosen.map((j) => ({
    id: j.id,
    run_id: run.id,
    workflow_name: run.name,
    head_branch: run.head_branch,
    run_url: `${double.url}/repos/${repo.fullName}/actions/runs/${run.id}`,
    run_attempt: j.run_attempt ?? 1,
    node_id: `CR_${j.id}`,
    head_sha: run.head_sha,
    url: `${double.url}/repos/${repo.fullName}/actions/jobs/${j.id}`,
    html_url: `https://github.com/${repo.fullName}/actions/runs/${run.id}/job/${j.id}`,
    status: j.status,
    conclusion: j.conclusion,
    created_at: j.created_at,
    started_at: j.started_at,
    completed_at: j.completed_at,
    name: j.name,
    steps: [],
    check_run_url: `${double.url}/repos/${repo.fullName}/check-runs/${j.id}`,
    labels: ['ubuntu-latest'],
    runner_id: j.started_at ? 1 : null,
    runner_name: j.started_at ? 'GitHub Actions 1' : null,
    runner_group_id: j.started_at ? 2 : null,
    runner_group_name: j.started_at ? 'GitHub Actions' : null,
  }));
  const { items, headers } = double.page(url, jobs);
  return { headers, body: { total_count: jobs.length, jobs: items } };
}
