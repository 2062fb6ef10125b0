import { createHash } from 'node:crypto';
import type { RecordedRequest, Reply } from './http-double.ts';
import type { Repo } from './github.ts';
import { error } from './github-shapes.ts';

/**
 * What CI reports on a repository, as move-stable, wait-images and the health gate read it:
 * check runs and combined statuses of a commit, workflow runs (with conditional requests),
 * branch protection and branch rules. Undefined for any other path.
 */
export function ciRoute(repo: Repo, rest: string, request: RecordedRequest, url: URL): Reply | undefined {
  let r: RegExpExecArray | null;
  if (request.method === 'GET' && (r = /^\/commits\/([^/]+)\/check-runs$/.exec(rest))) {
    const runs = (repo.checkRuns.get(r[1]!) ?? []).map((c, i) => ({
      id: i + 1,
      head_sha: r![1],
      name: c.name,
      status: c.status,
      conclusion: c.conclusion,
      app: { slug: 'github-actions' },
    }));
    return { body: { total_count: runs.length, check_runs: runs } };
  }
  if (request.method === 'GET' && (r = /^\/commits\/([^/]+)\/status$/.exec(rest))) {
    const statuses = repo.statuses.get(r[1]!) ?? [];
    const state = statuses.some((s) => s.state === 'failure' || s.state === 'error')
      ? 'failure'
      : statuses.some((s) => s.state === 'pending') || !statuses.length
        ? 'pending'
        : 'success';
    return {
      body: {
        state,
        sha: r[1],
        total_count: statuses.length,
        statuses: statuses.map((s, i) => ({ id: i + 1, context: s.context, state: s.state, description: null, target_url: null })),
      },
    };
  }
  if (request.method === 'GET' && (r = /^\/actions\/workflows\/([^/]+)\/runs$/.exec(rest))) {
    const q = url.searchParams;
    const runs = repo.runs
      .filter(
        (run) =>
          run.workflow === r![1] &&
          (!q.get('head_sha') || run.head_sha === q.get('head_sha')) &&
          (!q.get('branch') || run.head_branch === q.get('branch')),
      )
      .map((run) => ({
        id: run.id,
        name: run.name,
        node_id: `WFR_${run.id}`,
        head_branch: run.head_branch,
        head_sha: run.head_sha,
        path: `.github/workflows/${run.workflow}`,
        run_number: run.id,
        event: 'push',
        status: run.status,
        conclusion: run.conclusion,
        workflow_id: 7,
        html_url: `https://github.com/${repo.fullName}/actions/runs/${run.id}`,
        created_at: run.created_at,
        updated_at: run.created_at,
        run_started_at: run.created_at,
      }));
    const body = { total_count: runs.length, workflow_runs: runs };
    // Conditional requests, as GitHub serves them: a weak ETag of the body, 304 when it matches.
    const etag = `W/"${createHash('sha1').update(JSON.stringify(body)).digest('hex')}"`;
    if (request.headers['if-none-match'] === etag) return { status: 304, headers: { etag } };
    return { body, headers: { etag } };
  }
  if (request.method === 'GET' && (r = /^\/branches\/(.+)$/.exec(rest))) {
    const sha = repo.branches.get(r[1]!);
    if (!sha) return error(404, 'Branch not found', 'branches/branches#get-a-branch');
    const protectedBranch = repo.protectedChecks.length > 0;
    return {
      body: {
        name: r[1],
        commit: { sha },
        protected: protectedBranch,
        protection: {
          enabled: protectedBranch,
          required_status_checks: {
            enforcement_level: protectedBranch ? 'non_admins' : 'off',
            contexts: repo.protectedChecks,
            checks: repo.protectedChecks.map((context) => ({ context, app_id: null })),
          },
        },
      },
    };
  }
  if (request.method === 'GET' && /^\/rules\/branches\/.+$/.test(rest)) {
    if (!repo.rulesetChecks.length) return { body: [] };
    return {
      body: [
        {
          type: 'required_status_checks',
          ruleset_source_type: 'Repository',
          ruleset_source: `${repo.fullName}`,
          ruleset_id: 42,
          parameters: {
            strict_required_status_checks_policy: false,
            required_status_checks: repo.rulesetChecks.map((context) => ({ context })),
          },
        },
      ],
    };
  }
  return undefined;
}
