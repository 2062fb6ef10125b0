import { StageError } from '../core/errors.ts';
import type { GitHubClient } from './client.ts';
import { GitHubRequestError } from './requests.ts';

/** The commit a branch points to now (GET /repos/{owner}/{repo}/git/ref/heads/{branch}). */
export async function branchHead(client: GitHubClient, repo: string, branch: string): Promise<string> {
  const [owner, name] = repo.split('/') as [string, string];
  const what = `GET /repos/${repo}/git/ref/heads/${branch}`;
  let data: unknown;
  try {
    ({ data } = await client.rest.git.getRef({ owner, repo: name, ref: `heads/${branch}` }));
  } catch (error) {
    if (error instanceof StageError) throw error;
    throw new GitHubRequestError(what, error);
  }
  // HTML pages already failed in the client's hook (GitHubHtmlAnswer); this catches any other text or JSON that is not a ref.
  const sha = (data as { object?: { sha?: unknown } } | null)?.object?.sha;
  if (typeof sha !== 'string' || !/^[0-9a-f]{40}$/.test(sha)) {
    const said = typeof data === 'string' ? `text: ${data.replace(/\s+/g, ' ').slice(0, 80)}` : 'no object.sha';
    throw new GitHubRequestError(what, new Error(`something that is not a git reference (${said})`));
  }
  return sha;
}
