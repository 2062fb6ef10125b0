import type { GitHubClient } from './client.ts';
import { GitHubError, gitHubError, unexpectedAnswer } from './errors.ts';

export interface WorkflowRun {
  id: number;
  name: string;
  status: string;
  conclusion: string | null;
  htmlUrl: string;
  startedAt: number;
}

/**
 * Lists the runs of a workflow for one commit, with conditional requests: an unchanged answer
 * is a 304, which GitHub does not count against the rate limit.
 */
export class WorkflowRunWatcher {
  private readonly client: GitHubClient;
  private readonly cache = new Map<string, { etag: string; runs: WorkflowRun[] }>();
  requests = 0;
  notModified = 0;

  constructor(client: GitHubClient) {
    this.client = client;
  }

  async runs(repo: string, workflow: string, sha: string, branch: string): Promise<WorkflowRun[]> {
    const [owner, name] = repo.split('/') as [string, string];
    const key = `${repo}\0${workflow}\0${sha}\0${branch}`;
    const cached = this.cache.get(key);
    const what = `GET /repos/${repo}/actions/workflows/${workflow}/runs?head_sha=${sha.slice(0, 7)}…`;
    this.requests++;
    try {
      const response = await this.client.rest.actions.listWorkflowRuns({
        owner,
        repo: name,
        workflow_id: workflow,
        head_sha: sha,
        branch,
        per_page: 20,
        ...(cached ? { headers: { 'if-none-match': cached.etag } } : {}),
      });
      // HTML pages already failed in the client's hook; this catches other text or JSON of another shape.
      const data: unknown = response.data;
      if (typeof data !== 'object' || data === null || !Array.isArray((data as { workflow_runs?: unknown }).workflow_runs)) {
        const type = String(response.headers['content-type'] ?? 'no content type');
        throw unexpectedAnswer(
          what,
          `with something that is not a list of workflow runs (${type}` +
            `): ${String(typeof data === 'string' ? data : JSON.stringify(data)).slice(0, 120)}`,
        );
      }
      const runs = response.data.workflow_runs.map((r) => ({
        id: r.id,
        name: r.name ?? workflow,
        status: r.status ?? 'queued',
        conclusion: r.conclusion,
        htmlUrl: r.html_url,
        startedAt: Date.parse(r.run_started_at ?? r.created_at),
      }));
      const etag = response.headers.etag;
      if (etag) this.cache.set(key, { etag, runs });
      return runs;
    } catch (error) {
      if (cached && error instanceof GitHubError && error.status === 304) {
        this.notModified++;
        return cached.runs;
      }
      throw gitHubError(error, what);
    }
  }
}
