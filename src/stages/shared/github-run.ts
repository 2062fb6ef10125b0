import { UsageError } from '../../core/errors.ts';
import type { GitHubClient } from '../../github/client.ts';
import type { StageContext } from '../stage.ts';

/** The workflow run's repository, `owner/name`: the option given, else the runner's GITHUB_REPOSITORY. */
export function runRepository(ctx: StageContext, given?: string): string {
  const repository = given ?? ctx.env.GITHUB_REPOSITORY;
  if (!repository || !/^[^/\s]+\/[^/\s]+$/.test(repository))
    throw new UsageError(`${given ? '--repository' : 'GITHUB_REPOSITORY'}: give owner/name (or run inside GitHub Actions)`);
  return repository;
}

/**
 * The client for the run's repository, with GITHUB_TOKEN. Loaded on demand: Octokit is the
 * heaviest import, and a dry run of deployment-status never needs it.
 */
export async function runGitHub(ctx: StageContext, permissions: string): Promise<GitHubClient> {
  const token = ctx.env.GITHUB_TOKEN;
  if (!token) throw new UsageError('GITHUB_TOKEN is not set', `the job needs permissions: ${permissions} and the github-token input`);
  const { createGitHubClient } = await import('../../github/client.ts');
  return createGitHubClient({ apiUrl: ctx.config.github.apiUrl, token, logger: ctx.logger, clock: ctx.clock });
}
