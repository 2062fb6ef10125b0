import type { Clock } from '../../core/clock.ts';
import { StageError, errorMessage } from '../../core/errors.ts';
import type { Logger } from '../../core/logger.ts';
import type { Component, Config } from '../../config/types.ts';
import { redactUrl } from '../../core/url-credentials.ts';
import { createGit, type Git } from '../../git/git.ts';
import { remoteHead } from '../../git/remote.ts';
import { branchHead } from '../../github/branches.ts';
import type { GitHubClient } from '../../github/client.ts';

/** What a component with a systemKey must run: the head of its stable branch. */
export interface ExpectedCommit {
  component: string;
  systemKey: string;
  sha: string;
  from: 'moved' | 'repository';
}

/**
 * The commits the versions endpoint must name: from --moved where it names the component,
 * otherwise read from the repository (GitHub API or git ls-remote). Octokit is loaded only when
 * a GitHub repository must be read, so a gate without versions starts light.
 */
export async function expectedCommits(
  config: Config,
  moved: Map<string, string> | null,
  env: Record<string, string | undefined>,
  logger: Logger,
  clock: Clock,
): Promise<ExpectedCommit[]> {
  const keyed = config.components.filter((c): c is Component & { systemKey: string } => !!c.systemKey);
  const branch = config.branches.target;
  let github: GitHubClient | undefined;
  let git: Git | undefined;
  const out: ExpectedCommit[] = [];
  for (const component of keyed) {
    const fromMoved = moved?.get(component.name);
    if (fromMoved) {
      out.push({ component: component.name, systemKey: component.systemKey, sha: fromMoved, from: 'moved' });
      continue;
    }
    if (component.transport.kind === 'github') {
      if (!github) {
        const { createGitHubClient } = await import('../../github/client.ts');
        github = createGitHubClient({ apiUrl: config.github.apiUrl, token: env.GITHUB_TOKEN, logger, clock });
      }
      const repo = component.transport.repo;
      const sha = await branchHead(github, repo, branch).catch((error: unknown) => {
        const hint = error instanceof StageError ? error.hint : undefined;
        throw new StageError(`${component.name}: cannot read ${branch} of ${repo}: ${errorMessage(error)}`, hint);
      });
      if (!sha)
        throw new StageError(
          `${component.name}: cannot read ${branch} of ${repo} through the GitHub API (HTTP 404): ` +
            'no such branch, or the token cannot see the repository',
          'check the repository name and GITHUB_TOKEN (private repositories need one), or pass --moved with the move-stable result',
        );
      out.push({ component: component.name, systemKey: component.systemKey, sha, from: 'repository' });
      continue;
    }
    // remoteHead passes a token of the URL as a header, never in git's argv.
    // The stage's env and clock, as every other git call: ls-remote retries wait on the injected clock.
    git ??= createGit({ env, logger, clock });
    const sha = await remoteHead(git, component.transport.remote, branch, process.cwd());
    if (!sha) {
      throw new StageError(
        `${component.name}: ${redactUrl(component.transport.remote)} has no branch ${branch}`,
        'check the remote URL, or pass --moved with the move-stable result',
      );
    }
    out.push({ component: component.name, systemKey: component.systemKey, sha, from: 'repository' });
  }
  return out;
}
