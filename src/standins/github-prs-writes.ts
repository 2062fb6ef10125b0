import { blobSha, error, type PullsStore, type RepoState } from './github-prs-store.ts';
import { commitJson, contentJson } from './github-prs-shapes.ts';
import type { Reply } from './http-double.ts';

/** The writes of the GitHub double: a branch, a file through the contents API, a pull request and its update. */

export function createRef(store: PullsStore, repo: RepoState, body: Record<string, unknown>): Reply {
  const api = store.url;
  const { ref, sha } = body as { ref: string; sha: string };
  const branch = ref.replace(/^refs\/heads\//, '');
  if (repo.branches.has(branch)) return error(422, 'Reference already exists', 'git/refs#create-a-reference');
  if (!repo.commits.has(sha)) return error(422, 'Object does not exist', 'git/refs#create-a-reference');
  repo.branches.set(branch, sha);
  return {
    status: 201,
    body: {
      ref,
      node_id: `REF_${branch}`,
      url: `${api}/repos/${repo.fullName}/git/${ref}`,
      object: { sha, type: 'commit', url: `${api}/repos/${repo.fullName}/git/commits/${sha}` },
    },
  };
}

export function putContent(store: PullsStore, repo: RepoState, path: string, body: Record<string, unknown>): Reply {
  const branch = typeof body.branch === 'string' ? body.branch : repo.defaultBranch;
  const head = repo.branches.get(branch);
  if (!head) return error(404, `Branch ${branch} not found`, 'repos/contents#create-or-update-file-contents');
  if (typeof body.message !== 'string' || typeof body.content !== 'string')
    return error(422, 'Invalid request.\n\n"message" and "content" are required.', 'repos/contents#create-or-update-file-contents');
  const existing = repo.commits.get(head)!.tree.get(path);
  if (existing !== undefined && body.sha === undefined)
    return error(422, 'Invalid request.\n\n"sha" wasn\'t supplied.', 'repos/contents#create-or-update-file-contents');
  if (existing !== undefined && body.sha !== blobSha(existing))
    return error(409, `${path} does not match ${String(body.sha)}`, 'repos/contents#create-or-update-file-contents');
  const content = Buffer.from(body.content, 'base64').toString('utf8');
  const sha = store.commit(repo.fullName, body.message, [head], new Date().toISOString(), { [path]: content });
  repo.branches.set(branch, sha);
  return {
    status: existing === undefined ? 201 : 200,
    body: {
      content: contentJson(store.url, repo.fullName, branch, path, blobSha(content)),
      commit: { ...commitJson(store.url, repo.fullName, repo.commits.get(sha)!), message: body.message },
    },
  };
}

export function createPull(store: PullsStore, repo: RepoState, body: Record<string, unknown>): Reply {
  const { title, head, base, draft } = body as { title?: string; head?: string; base?: string; draft?: boolean };
  const doc = 'pulls/pulls#create-a-pull-request';
  if (!title || !head || !base)
    return error(422, 'Validation Failed', doc, {
      errors: [{ resource: 'PullRequest', code: 'missing_field', field: title ? (head ? 'base' : 'head') : 'title' }],
    });
  const branch = head.includes(':') ? head.slice(head.indexOf(':') + 1) : head;
  if (!repo.branches.has(branch) || !repo.branches.has(base))
    return error(422, 'Validation Failed', doc, {
      errors: [{ resource: 'PullRequest', code: 'invalid', field: repo.branches.has(base) ? 'head' : 'base' }],
    });
  if (repo.pulls.some((p) => p.state === 'open' && p.head === branch && p.base === base)) {
    return error(422, 'Validation Failed', doc, {
      errors: [
        {
          resource: 'PullRequest',
          code: 'custom',
          message: `A pull request already exists for ${repo.fullName.split('/')[0]}:${branch}.`,
        },
      ],
    });
  }
  const fromBase = store.reachable(repo, repo.branches.get(base)!);
  const commits = [...store.reachable(repo, repo.branches.get(branch)!)].filter((s) => !fromBase.has(s));
  if (!commits.length)
    return error(422, 'Validation Failed', doc, {
      errors: [{ resource: 'PullRequest', code: 'custom', message: `No commits between ${base} and ${branch}` }],
    });
  const number = Math.max(0, ...repo.pulls.map((p) => p.number)) + 1;
  const now = new Date().toISOString();
  const pr = store.addPull(repo.fullName, {
    number,
    title,
    body: typeof body.body === 'string' ? body.body : null,
    author: 'service-guru[bot]',
    labels: [],
    state: 'open',
    draft: draft ?? false,
    createdAt: now,
    mergedAt: null,
    base,
    head: branch,
    commits,
    mergeCommitSha: null,
  });
  return { status: 201, body: store.pull(repo, pr) };
}

export function updatePull(store: PullsStore, repo: RepoState, number: number, body: Record<string, unknown>): Reply {
  const pr = repo.pulls.find((p) => p.number === number);
  if (!pr) return error(404, 'Not Found', 'pulls/pulls#update-a-pull-request');
  const change = body as { title?: string; body?: string };
  Object.assign(pr, {
    ...(change.title !== undefined ? { title: change.title } : {}),
    ...(change.body !== undefined ? { body: change.body } : {}),
    updatedAt: new Date().toISOString(),
  });
  return { body: store.pull(repo, pr) };
}
