import type { GitHubClient } from './client.ts';
import { GitHubRequestError } from './requests.ts';

/** The commit a branch points to now (GET /repos/{owner}/{repo}/git/ref/heads/{branch}). */
export async function branchHead(client: GitHubClient, repo: string, branch: string): Promise<string> {
  const [owner, name] = repo.split('/') as [string, string];
  try {
    const { data } = await client.rest.git.getRef({ owner, repo: name, ref: `heads/${branch}` });
    return data.object.sha;
  } catch (error) {
    throw new GitHubRequestError(`GET /repos/${repo}/git/ref/heads/${branch}`, error);
  }
}
