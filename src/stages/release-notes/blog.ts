import type { Logger } from '../../core/logger.ts';
import { StageError } from '../../core/errors.ts';
import type { GitHubClient } from '../../github/client.ts';
import { branchHead } from '../../github/branches.ts';
import { GitHubError } from '../../github/errors.ts';
import { createBranch, defaultBranch, readFile, writeFile, type RemoteFile } from '../../github/contents.ts';
import { createDraftPull, findOpenPull, updatePull, type OpenPull } from '../../github/pulls.ts';
import { gitHubFailure } from './collect.ts';

export interface BlogDraft {
  repository: string;
  path: string;
  branch: string;
  base: string;
  /** What happened to the branch, the file and the PR (prefixed "would " in a dry run). */
  branchAction: 'created' | 'exists' | 'would create' | 'not needed';
  fileAction: 'created' | 'updated' | 'unchanged' | 'would create' | 'would update';
  pullAction: 'created' | 'updated' | 'unchanged' | 'already merged' | 'would create' | 'would update';
  pullRequest: { number: number; url: string } | null;
  changed: boolean;
}

export interface BlogRequest {
  repo: string;
  path: string;
  base: string | undefined;
  title: string;
  content: string;
  /** The PR description. */
  body: string;
  dryRun: boolean;
  logger: Logger;
}

/** One branch per post file: a re-run for the same post finds its branch and its PR again. */
export function draftBranch(path: string): string {
  const slug = path
    .replace(/\.[^./]+$/, '')
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `service-guru/release-notes/${slug}`;
}

/**
 * Puts the post into the blog repository as a draft pull request: the branch from the base,
 * the file created or updated with the SHA it replaces, the PR opened as a draft or its title
 * and description brought up to date. Nothing that is already right is written again.
 */
export async function publishDraft(client: GitHubClient, request: BlogRequest): Promise<BlogDraft> {
  const { repo, path, logger, dryRun } = request;
  const branch = draftBranch(path);
  try {
    const base = request.base ?? (await defaultBranch(client, repo));
    const draft: BlogDraft = {
      repository: repo,
      path,
      branch,
      base,
      branchAction: 'exists',
      fileAction: 'unchanged',
      pullAction: 'unchanged',
      pullRequest: null,
      changed: false,
    };
    const [onBase, head, open] = await Promise.all([
      readFile(client, repo, path, base),
      branchHead(client, repo, branch),
      findOpenPull(client, repo, branch, base),
    ]);
    if (!open && onBase?.content === request.content) {
      // The earlier draft was merged: the post is on the base already, and a PR would hold no change.
      logger.info(`${repo}: ${path} on ${base} already holds this post; no pull request needed`);
      draft.pullAction = 'already merged';
      if (!head) draft.branchAction = 'not needed';
      return draft;
    }
    if (!head) await startBranch(client, request, draft);
    // A branch only just made (or about to be) holds what the base holds.
    await putPost(client, request, draft, head ? await readFile(client, repo, path, branch) : onBase);
    await openOrUpdate(client, request, draft, open);
    if (draft.pullRequest) logger.info(`${repo}: draft pull request ${draft.pullRequest.url}`);
    draft.changed =
      !dryRun &&
      (draft.branchAction === 'created' ||
        draft.fileAction !== 'unchanged' ||
        draft.pullAction === 'created' ||
        draft.pullAction === 'updated');
    return draft;
  } catch (error) {
    if (error instanceof StageError && !(error instanceof GitHubError)) throw error;
    throw gitHubFailure(error, `publishing the post to ${repo} (${path})`);
  }
}

function say(request: BlogRequest, line: string): void {
  request.logger.info(`${request.repo}: ${request.dryRun ? 'would ' : ''}${line}`);
}

async function startBranch(client: GitHubClient, request: BlogRequest, draft: BlogDraft): Promise<void> {
  const baseSha = await branchHead(client, request.repo, draft.base);
  if (!baseSha) {
    throw new StageError(
      `${request.repo}: the base branch "${draft.base}" does not exist`,
      'fix releaseNotes.blog.base (or leave it out for the default branch)',
    );
  }
  say(request, `create branch ${draft.branch} from ${draft.base} (${baseSha.slice(0, 7)})`);
  if (!request.dryRun) await createBranch(client, request.repo, draft.branch, baseSha);
  draft.branchAction = request.dryRun ? 'would create' : 'created';
}

async function putPost(client: GitHubClient, request: BlogRequest, draft: BlogDraft, existing: RemoteFile | undefined): Promise<void> {
  if (existing?.content === request.content) return;
  const verb = existing ? 'update' : 'create';
  say(request, `${verb} ${draft.path} on ${draft.branch}${existing ? ` (replacing blob ${existing.sha.slice(0, 7)})` : ''}`);
  if (!request.dryRun) {
    await writeFile(client, request.repo, {
      path: draft.path,
      branch: draft.branch,
      content: request.content,
      message: `${existing ? 'Update' : 'Add'} ${JSON.stringify(request.title)} (release notes)`,
      ...(existing ? { sha: existing.sha } : {}),
    });
  }
  draft.fileAction = request.dryRun ? `would ${verb}` : `${verb}d`;
}

async function openOrUpdate(client: GitHubClient, request: BlogRequest, draft: BlogDraft, open: OpenPull | undefined): Promise<void> {
  const { title, body } = request;
  if (open) {
    draft.pullRequest = { number: open.number, url: open.url };
    if (open.title === title && open.body === body) return;
    say(request, `update the title and description of #${open.number} (${open.url})`);
    if (!request.dryRun) await updatePull(client, request.repo, open.number, { title, body });
    draft.pullAction = request.dryRun ? 'would update' : 'updated';
    return;
  }
  say(request, `open a draft pull request ${draft.branch} → ${draft.base}: "${title}"`);
  if (!request.dryRun) {
    const created = await createDraftPull(client, request.repo, { branch: draft.branch, base: draft.base, title, body });
    draft.pullRequest = { number: created.number, url: created.url };
  }
  draft.pullAction = request.dryRun ? 'would create' : 'created';
}
