import type { GitHubClient } from './client.ts';
import { isNotFound, unexpectedAnswer } from './errors.ts';

/**
 * The commit a branch points to now (GET /repos/{owner}/{repo}/git/ref/heads/{branch}), or null
 * when GitHub has no such branch; GitHub answers the same 404 for a repository the token cannot
 * see, which a caller's message should mention.
 */
export async function branchHead(client: GitHubClient, repo: string, branch: string): Promise<string | null> {
  const [owner, name] = repo.split('/') as [string, string];
  let data: unknown;
  try {
    ({ data } = await client.rest.git.getRef({ owner, repo: name, ref: `heads/${branch}` }));
  } catch (error) {
    if (isNotFound(error)) return null;
    throw error;
  }
  // HTML pages already failed in the client's hook; this catches any other text or JSON that is not a ref.
  const sha = (data as { object?: { sha?: unknown } } | null)?.object?.sha;
  if (typeof sha !== 'string' || !/^[0-9a-f]{40}$/.test(sha)) {
    const said = typeof data === 'string' ? `text: ${data.replace(/\s+/g, ' ').slice(0, 80)}` : 'no object.sha';
    throw unexpectedAnswer(`GET /repos/${repo}/git/ref/heads/${branch}`, `with something that is not a git reference (${said})`);
  }
  return sha;
}
