import type { GitHubClient } from './client.ts';
import { GitHubError, isNotFound } from './errors.ts';

function split(repo: string): { owner: string; repo: string } {
  const [owner, name] = repo.split('/') as [string, string];
  return { owner, repo: name };
}

export async function defaultBranch(client: GitHubClient, repo: string): Promise<string> {
  return (await client.rest.repos.get(split(repo))).data.default_branch;
}

export async function createBranch(client: GitHubClient, repo: string, branch: string, sha: string): Promise<void> {
  await client.rest.git.createRef({ ...split(repo), ref: `refs/heads/${branch}`, sha });
}

export interface RemoteFile {
  /** The blob SHA, which an update must name. */
  sha: string;
  content: string;
}

/** A text file on a branch, or undefined when it does not exist there. */
export async function readFile(client: GitHubClient, repo: string, path: string, ref: string): Promise<RemoteFile | undefined> {
  try {
    const { data } = await client.rest.repos.getContent({ ...split(repo), path, ref });
    if (Array.isArray(data) || data.type !== 'file')
      throw new GitHubError(`${repo}: ${path} is a ${Array.isArray(data) ? 'directory' : data.type}, not a file`, { permanent: true });
    const content = 'content' in data && typeof data.content === 'string' ? Buffer.from(data.content, 'base64').toString('utf8') : '';
    return { sha: data.sha, content };
  } catch (error) {
    if (isNotFound(error)) return undefined;
    throw error;
  }
}

/** Creates or replaces a file on a branch with one commit; `sha` names the blob being replaced. */
export async function writeFile(
  client: GitHubClient,
  repo: string,
  file: { path: string; branch: string; content: string; message: string; sha?: string },
): Promise<string> {
  const response = await client.rest.repos.createOrUpdateFileContents({
    ...split(repo),
    path: file.path,
    branch: file.branch,
    message: file.message,
    content: Buffer.from(file.content, 'utf8').toString('base64'),
    ...(file.sha ? { sha: file.sha } : {}),
  });
  return response.data.commit.sha ?? '';
}
