import { StageError } from '../core/errors.ts';
import type { GitHubClient } from './client.ts';

export type DeploymentState = 'in_progress' | 'success' | 'failure' | 'error' | 'inactive' | 'queued' | 'pending';

/**
 * The Deployments API (https://docs.github.com/rest/deployments): the record of what really
 * happened, since the sign-off job itself creates none (`deployment: false`).
 */
export async function createDeployment(
  github: GitHubClient,
  repository: string,
  options: { ref: string; environment: string; description: string; payload: Record<string, unknown> },
): Promise<number> {
  const [owner, repo] = repository.split('/') as [string, string];
  const response = await github.request('POST /repos/{owner}/{repo}/deployments', {
    owner,
    repo,
    ref: options.ref,
    environment: options.environment,
    description: options.description.slice(0, 140),
    payload: options.payload,
    auto_merge: false,
    // The commit is the configuration's; its checks are not what this deployment is about.
    required_contexts: [],
    production_environment: true,
    transient_environment: false,
  });
  if (response.status !== 201 || !('id' in response.data)) {
    throw new StageError(
      `GitHub did not create the deployment: ${'message' in response.data ? String(response.data.message) : `HTTP ${response.status}`}`,
    );
  }
  return Number(response.data.id);
}

export async function setDeploymentStatus(
  github: GitHubClient,
  repository: string,
  id: number,
  options: { state: DeploymentState; logUrl?: string; description: string; environment: string },
): Promise<void> {
  const [owner, repo] = repository.split('/') as [string, string];
  await github.request('POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses', {
    owner,
    repo,
    deployment_id: id,
    state: options.state,
    description: options.description.slice(0, 140),
    environment: options.environment,
    ...(options.logUrl ? { log_url: options.logUrl } : {}),
    // A later success marks earlier successful deployments to this environment inactive.
    auto_inactive: true,
  });
}
