import { StageError } from '../core/errors.ts';
import type { GitHubClient } from './client.ts';

export interface Approval {
  /** approved or rejected, as GitHub records the review. */
  state: 'approved' | 'rejected';
  user: string;
  comment: string;
  environments: string[];
}

/**
 * The reviews of a workflow run's deployment environments:
 * `GET /repos/{owner}/{repo}/actions/runs/{run_id}/approvals`
 * (https://docs.github.com/rest/actions/workflow-runs#get-the-review-history-for-a-workflow-run).
 * An environment without required reviewers — one created on the fly by the workflow, or a
 * private repository on a plan without reviewers — lets the job run with no review at all;
 * this list is then empty, which is how sign-off tells a real approval from none.
 */
export async function runApprovals(github: GitHubClient, repository: string, runId: number): Promise<Approval[]> {
  const [owner, repo] = repository.split('/') as [string, string];
  const response = await github.request('GET /repos/{owner}/{repo}/actions/runs/{run_id}/approvals', { owner, repo, run_id: runId });
  if (!Array.isArray(response.data)) throw new StageError(`GitHub answered the approvals of run ${runId} with something other than a list`);
  return response.data.map((review) => ({
    state: review.state === 'rejected' ? 'rejected' : 'approved',
    user: review.user?.login ?? 'unknown',
    comment: review.comment ?? '',
    environments: (review.environments ?? []).map((e) => e.name ?? '').filter(Boolean),
  }));
}
