import type { RecordedRequest, Reply } from './http-double.ts';
import type { GitHubDouble, Repo } from './github.ts';
import { blobSha, commitJson, contentJson, error, searchItemJson, type PullState } from './github-shapes.ts';

// Pull requests as release notes and the blog draft use them: search, the PRs of a commit, the
// pulls list and its writes, a new branch, and files through the contents API.

/** The pull-request and contents paths of a repository; undefined for any other. */
export function pullsRoute(github: GitHubDouble, repo: Repo, rest: string, request: RecordedRequest, url: URL): Reply | undefined {
  const body = (): Record<string, unknown> => (request.body ? (JSON.parse(request.body) as Record<string, unknown>) : {});
  let r: RegExpExecArray | null;
  if (request.method === 'GET' && (r = /^\/commits\/([0-9a-f]{40})\/pulls$/.exec(rest))) {
    const sha = r[1]!;
    // As documented: a commit not on the default branch lists only open PRs.
    const onDefault = github.reachable(repo.branches.get(repo.defaultBranch) ?? '').has(sha);
    const pulls = repo.pulls.filter((p) => (p.commits.includes(sha) || p.mergeCommitSha === sha) && (onDefault || p.state === 'open'));
    const { items, headers } = github.page(url, pulls);
    return { body: items.map((p) => github.pull(repo, p)), headers };
  }
  if (request.method === 'POST' && rest === '/git/refs') return createRef(github, repo, body());
  if ((r = /^\/contents\/(.+)$/.exec(rest)))
    return request.method === 'PUT' ? putContent(github, repo, r[1]!, body()) : getContent(github, repo, r[1]!, url);
  if (request.method === 'GET' && rest === '/pulls') {
    const q = url.searchParams;
    const state = q.get('state') ?? 'open';
    const pulls = repo.pulls.filter(
      (p) =>
        (state === 'all' || p.state === state) &&
        (!q.get('head') || `${repo.owner}:${p.head}` === q.get('head')) &&
        (!q.get('base') || p.base === q.get('base')),
    );
    const { items, headers } = github.page(url, pulls);
    return { body: items.map((p) => github.pull(repo, p)), headers };
  }
  if (request.method === 'POST' && rest === '/pulls') return createPull(github, repo, body());
  if (request.method === 'PATCH' && (r = /^\/pulls\/(\d+)$/.exec(rest))) return updatePull(github, repo, Number(r[1]), body());
  return undefined;
}

function getContent(github: GitHubDouble, repo: Repo, path: string, url: URL): Reply {
  const ref = url.searchParams.get('ref') ?? repo.defaultBranch;
  const content = github.resolve(repo, ref)?.tree.get(path);
  if (content === undefined) return error(404, 'Not Found', 'repos/contents#get-repository-content');
  return { body: contentJson(github.url, repo.fullName, ref, path, blobSha(content), content) };
}

function createRef(github: GitHubDouble, repo: Repo, body: Record<string, unknown>): Reply {
  const api = github.url;
  const { ref, sha } = body as { ref: string; sha: string };
  const branch = ref.replace(/^refs\/heads\//, '');
  if (repo.branches.has(branch)) return error(422, 'Reference already exists', 'git/refs#create-a-reference');
  if (!github.commits.has(sha)) return error(422, 'Object does not exist', 'git/refs#create-a-reference');
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

function putContent(github: GitHubDouble, repo: Repo, path: string, body: Record<string, unknown>): Reply {
  const branch = typeof body.branch === 'string' ? body.branch : repo.defaultBranch;
  const head = repo.branches.get(branch);
  if (!head) return error(404, `Branch ${branch} not found`, 'repos/contents#create-or-update-file-contents');
  if (typeof body.message !== 'string' || typeof body.content !== 'string')
    return error(422, 'Invalid request.\n\n"message" and "content" are required.', 'repos/contents#create-or-update-file-contents');
  const existing = github.commits.get(head)!.tree.get(path);
  if (existing !== undefined && body.sha === undefined)
    return error(422, 'Invalid request.\n\n"sha" wasn\'t supplied.', 'repos/contents#create-or-update-file-contents');
  if (existing !== undefined && body.sha !== blobSha(existing))
    return error(409, `${path} does not match ${String(body.sha)}`, 'repos/contents#create-or-update-file-contents');
  const content = Buffer.from(body.content, 'base64').toString('utf8');
  const sha = github.commit(repo.fullName, body.message, [head], new Date().toISOString(), { [path]: content });
  repo.branches.set(branch, sha);
  return {
    status: existing === undefined ? 201 : 200,
    body: {
      content: contentJson(github.url, repo.fullName, branch, path, blobSha(content)),
      commit: { ...commitJson(github.url, repo.fullName, github.commits.get(sha)!), message: body.message },
    },
  };
}

function createPull(github: GitHubDouble, repo: Repo, body: Record<string, unknown>): Reply {
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
  const fromBase = github.reachable(repo.branches.get(base)!);
  const commits = [...github.reachable(repo.branches.get(branch)!)].filter((s) => !fromBase.has(s));
  if (!commits.length)
    return error(422, 'Validation Failed', doc, {
      errors: [{ resource: 'PullRequest', code: 'custom', message: `No commits between ${base} and ${branch}` }],
    });
  const number = Math.max(0, ...repo.pulls.map((p) => p.number)) + 1;
  const now = new Date().toISOString();
  const pr = github.addPull(repo.fullName, {
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
  return { status: 201, body: github.pull(repo, pr) };
}

function updatePull(github: GitHubDouble, repo: Repo, number: number, body: Record<string, unknown>): Reply {
  const pr = repo.pulls.find((p) => p.number === number);
  if (!pr) return error(404, 'Not Found', 'pulls/pulls#update-a-pull-request');
  const change = body as { title?: string; body?: string };
  Object.assign(pr, {
    ...(change.title !== undefined ? { title: change.title } : {}),
    ...(change.body !== undefined ? { body: change.body } : {}),
    updatedAt: new Date().toISOString(),
  });
  return { body: github.pull(repo, pr) };
}

/** `GET /search/issues` for pull requests: `repo:`, `is:pr`, `is:merged`, `base:` and `merged:` ranges. */
export function searchPulls(github: GitHubDouble, url: URL): Reply {
  const q = url.searchParams.get('q') ?? '';
  github.queries.push(q);
  const filters: Array<(p: PullState) => boolean> = [];
  const repoNames: string[] = [];
  for (const term of q.split(/\s+/).filter(Boolean)) {
    const [key, value = ''] = [term.slice(0, term.indexOf(':')), term.slice(term.indexOf(':') + 1)];
    if (key === 'repo') repoNames.push(value);
    else if (term === 'is:pr') continue;
    else if (term === 'is:merged') filters.push((p) => p.mergedAt !== null);
    else if (key === 'base') filters.push((p) => p.base === value);
    else if (key === 'merged' && /^[^.]+\.\.[^.]+$/.test(value)) {
      const [from, to] = value.split('..') as [string, string];
      // A date alone is the whole day (UTC); a time is to the second, both ends included.
      const start = Date.parse(from.length === 10 ? `${from}T00:00:00Z` : from);
      const end = to.length === 10 ? Date.parse(`${to}T00:00:00Z`) + 86_400_000 : Date.parse(to) + 1000;
      if (Number.isNaN(start) || Number.isNaN(end))
        return error(422, 'Validation Failed', 'search/search#search-issues-and-pull-requests', {
          errors: [{ resource: 'Search', field: 'q', code: 'invalid' }],
        });
      filters.push((p) => p.mergedAt !== null && Date.parse(p.mergedAt) >= start && Date.parse(p.mergedAt) < end);
    } else
      return error(422, 'Validation Failed', 'search/search#search-issues-and-pull-requests', {
        errors: [{ message: `unsupported qualifier in this double: ${term}`, resource: 'Search', field: 'q', code: 'invalid' }],
      });
  }
  const repos = repoNames.map((n) => github.repos.get(n));
  if (!repos.length || repos.some((r) => !r))
    return error(422, 'Validation Failed', 'search/search#search-issues-and-pull-requests', {
      errors: [
        {
          message:
            'The listed users and repositories cannot be searched either because ' +
            'the resources do not exist or you do not have permission to view them.',
          resource: 'Search',
          field: 'q',
          code: 'invalid',
        },
      ],
    });
  const order = url.searchParams.get('order') === 'asc' ? 1 : -1;
  if (q.length > 256)
    return error(422, 'Validation Failed', 'search/search#search-issues-and-pull-requests', {
      errors: [{ message: 'The search is longer than 256 characters.', resource: 'Search', field: 'q', code: 'invalid' }],
    });
  // Several repo: qualifiers: a PR of any of them.
  const found = repos
    .flatMap((r) => r!.pulls)
    .filter((p) => filters.every((f) => f(p)))
    .sort((a, b) => order * a.createdAt.localeCompare(b.createdAt));
  const { items, headers } = github.page(url, found);
  return {
    headers,
    body: { total_count: found.length, incomplete_results: false, items: items.map((p) => searchItemJson(github.url, p)) },
  };
}
