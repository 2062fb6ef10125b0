import type { Logger } from '../../core/logger.ts';
import { StageError } from '../../core/errors.ts';
import type { GitHubClient } from '../../github/client.ts';
import { branchHead, createBranch, defaultBranch, readFile, writeFile } from '../../github/contents.ts';
import { createDraftPull, findOpenPull, updatePull } from '../../github/pulls.ts';
import { gitHubFailure } from './collect.ts';

export interface BlogDraft {
  repository: string;
  path: string;
  branch: string;
  base: string;
  /** What happened to the branch, the file and the PR (prefixed "would " in a dry run). */
  branchAction: 'created' | 'exists' | 'would create';
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
  const say = (line: string): void => logger.info(`${repo}: ${dryRun ? 'would ' : ''}${line}`);
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
    if (!(await branchHead(client, repo, branch))) {
      const baseSha = await branchHead(client, repo, base);
      if (!baseSha)
        throw new StageError(
          `${repo}: the base branch "${base}" does not exist`,
          'fix releaseNotes.blog.base (or leave it out for the default branch)',
        );
      say(`create branch ${branch} from ${base} (${baseSha.slice(0, 7)})`);
      if (!dryRun) await createBranch(client, repo, branch, baseSha);
      draft.branchAction = dryRun ? 'would create' : 'created';
    }
    // A branch only just made (or about to be) holds what the base holds.
    const existing = await readFile(client, repo, path, draft.branchAction === 'exists' ? branch : base);
    if (existing?.content !== request.content) {
      const verb = existing ? 'update' : 'create';
      say(`${verb} ${path} on ${branch}${existing ? ` (replacing blob ${existing.sha.slice(0, 7)})` : ''}`);
      if (!dryRun) {
        await writeFile(client, repo, {
          path,
          branch,
          content: request.content,
          message: `${existing ? 'Update' : 'Add'} ${JSON.stringify(request.title)} (release notes)`,
          ...(existing ? { sha: existing.sha } : {}),
        });
      }
      draft.fileAction = dryRun ? `would ${verb}` : `${verb}d`;
    }
    const open = await findOpenPull(client, repo, branch, base);
    if (open) {
      draft.pullRequest = { number: open.number, url: open.url };
      if (open.title !== request.title || open.body !== request.body) {
        say(`update the title and description of #${open.number} (${open.url})`);
        if (!dryRun) await updatePull(client, repo, open.number, { title: request.title, body: request.body });
        draft.pullAction = dryRun ? 'would update' : 'updated';
      }
    } else if (
      draft.fileAction === 'unchanged' &&
      draft.branchAction === 'exists' &&
      (await readFile(client, repo, path, base))?.content === request.content
    ) {
      // The earlier draft was merged and the post is on the base already: no PR without a change.
      logger.info(`${repo}: ${path} on ${base} already holds this post; no pull request needed`);
      draft.pullAction = 'already merged';
    } else {
      say(`open a draft pull request ${branch} → ${base}: "${request.title}"`);
      if (!dryRun)
        draft.pullRequest = await createDraftPull(client, repo, { branch, base, title: request.title, body: request.body }).then((p) => ({
          number: p.number,
          url: p.url,
        }));
      draft.pullAction = dryRun ? 'would create' : 'created';
    }
    if (draft.pullRequest) logger.info(`${repo}: draft pull request ${draft.pullRequest.url}`);
    draft.changed =
      !dryRun &&
      (draft.branchAction === 'created' ||
        draft.fileAction !== 'unchanged' ||
        draft.pullAction === 'created' ||
        draft.pullAction === 'updated');
    return draft;
  } catch (error) {
    if (error instanceof StageError) throw error;
    throw gitHubFailure(error, `publishing the post to ${repo} (${path})`);
  }
}
