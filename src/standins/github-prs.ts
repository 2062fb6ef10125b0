import { createHash } from 'node:crypto';
import { HttpDouble, type RecordedRequest, type Reply } from './http-double.ts';
import { commitJson, contentJson, pullJson, searchItemJson, type CommitState, type PullState } from './github-prs-shapes.ts';

export type { PullState } from './github-prs-shapes.ts';

interface RepoState {
  fullName: string;
  defaultBranch: string;
  branches: Map<string, string>;
  commits: Map<string, CommitState>;
  pulls: PullState[];
}

const error = (status: number, message: string, documentation: string, extra: object = {}): Reply => ({
  status,
  body: { message, documentation_url: `https://docs.github.com/rest/${documentation}`, status: String(status), ...extra },
});

export function blobSha(content: string): string {
  const bytes = Buffer.from(content);
  return createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}

/**
 * GitHub's REST API for pull requests as release notes and a blog draft use it: search, the
 * PRs of a commit, compare, git refs, contents and pulls, every list paginated with a Link
 * header and capped at `maxPerPage` (GitHub: 100; tests lower it to see several pages).
 */
export class GitHubPullsDouble extends HttpDouble {
  readonly repos = new Map<string, RepoState>();
  token = 'ghs_pullstoken1234567890';
  maxPerPage = 100;
  /** The `q` of every search request, as GitHub received it. */
  readonly queries: string[] = [];
  private seq = 0;

  constructor() {
    super((request, url) => this.route(request, url));
  }

  addRepo(fullName: string, defaultBranch = 'main'): RepoState {
    const repo: RepoState = { fullName, defaultBranch, branches: new Map(), commits: new Map(), pulls: [] };
    this.repos.set(fullName, repo);
    return repo;
  }

  /** A commit; its files are its first parent's with `files` applied. */
  commit(repo: string, message: string, parents: string[], date: string, files: Record<string, string> = {}): string {
    const state = this.repos.get(repo)!;
    const seq = ++this.seq;
    const sha = createHash('sha1')
      .update(`${repo}\0${message}\0${parents.join(',')}\0${seq}`)
      .digest('hex');
    const tree = new Map(parents[0] ? state.commits.get(parents[0])!.tree : []);
    for (const [path, content] of Object.entries(files)) tree.set(path, content);
    state.commits.set(sha, { sha, parents, message, date, tree, seq });
    return sha;
  }

  addPull(repo: string, pull: Omit<PullState, 'repo' | 'draft' | 'updatedAt'> & { draft?: boolean }): PullState {
    const state: PullState = { ...pull, repo, draft: pull.draft ?? false, updatedAt: pull.mergedAt ?? pull.createdAt };
    this.repos.get(repo)!.pulls.push(state);
    return state;
  }

  /** The file on a branch, as a test reads it back. */
  file(repo: string, branch: string, path: string): string | undefined {
    const state = this.repos.get(repo)!;
    return state.commits.get(state.branches.get(branch) ?? '')?.tree.get(path);
  }

  private reachable(repo: RepoState, from: string): Set<string> {
    const seen = new Set<string>();
    const stack = [from];
    while (stack.length) {
      const sha = stack.pop()!;
      if (seen.has(sha) || !repo.commits.has(sha)) continue;
      seen.add(sha);
      stack.push(...repo.commits.get(sha)!.parents);
    }
    return seen;
  }

  /** One page of a list, with GitHub's Link header (next, last, first, prev). */
  private page<T>(url: URL, items: T[], defaultPerPage = 30): { items: T[]; headers: Record<string, string> } {
    const perPage = Math.min(Number(url.searchParams.get('per_page') ?? defaultPerPage), this.maxPerPage);
    const page = Math.max(1, Number(url.searchParams.get('page') ?? 1));
    const last = Math.max(1, Math.ceil(items.length / perPage));
    const link = (n: number, rel: string): string => {
      const target = new URL(url.pathname + url.search, this.url);
      target.searchParams.set('page', String(n));
      return `<${target.toString()}>; rel="${rel}"`;
    };
    const links = [
      ...(page < last ? [link(page + 1, 'next'), link(last, 'last')] : []),
      ...(page > 1 ? [link(1, 'first'), link(page - 1, 'prev')] : []),
    ];
    return { items: items.slice((page - 1) * perPage, page * perPage), headers: links.length ? { link: links.join(', ') } : {} };
  }

  private route(request: RecordedRequest, url: URL): Reply | Promise<Reply> {
    const anonymous = request.headers.authorization === undefined && request.method === 'GET';
    if (!anonymous && request.headers.authorization !== `token ${this.token}`)
      return error(401, 'Bad credentials', 'overview/troubleshooting-the-rest-api');
    const reply = this.answer(request, url);
    return {
      ...reply,
      headers: {
        'x-ratelimit-limit': '5000',
        'x-ratelimit-remaining': '4990',
        'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600),
        ...reply.headers,
      },
    };
  }

  private answer(request: RecordedRequest, url: URL): Reply {
    if (request.method === 'GET' && request.path === '/search/issues') return this.search(url);
    const m = /^\/repos\/([^/]+\/[^/]+)(\/.*)?$/.exec(request.path);
    const repo = m ? this.repos.get(m[1]!) : undefined;
    if (!m || !repo) return error(404, 'Not Found', 'repos/repos#get-a-repository');
    const rest = m[2] ?? '';
    const api = this.url;
    const body = (): Record<string, unknown> => (request.body ? (JSON.parse(request.body) as Record<string, unknown>) : {});
    let r: RegExpExecArray | null;
    if (request.method === 'GET' && rest === '') {
      const [owner, name] = repo.fullName.split('/');
      return {
        body: {
          id: 42,
          node_id: 'R_1',
          name,
          full_name: repo.fullName,
          owner: { login: owner },
          private: false,
          html_url: `https://github.com/${repo.fullName}`,
          default_branch: repo.defaultBranch,
        },
      };
    }
    if (request.method === 'GET' && (r = /^\/commits\/([0-9a-f]{40})\/pulls$/.exec(rest))) {
      const sha = r[1]!;
      // As documented: a commit not on the default branch lists only open PRs.
      const onDefault = this.reachable(repo, repo.branches.get(repo.defaultBranch) ?? '').has(sha);
      const pulls = repo.pulls.filter((p) => (p.commits.includes(sha) || p.mergeCommitSha === sha) && (onDefault || p.state === 'open'));
      const { items, headers } = this.page(url, pulls);
      return { body: items.map((p) => this.pull(repo, p)), headers };
    }
    if (request.method === 'GET' && (r = /^\/compare\/([0-9a-f]{40}|[^.]+)\.\.\.(.+)$/.exec(rest)))
      return this.compare(repo, r[1]!, r[2]!, url);
    if (request.method === 'GET' && (r = /^\/git\/ref\/heads\/(.+)$/.exec(rest))) {
      const sha = repo.branches.get(r[1]!);
      if (!sha) return error(404, 'Not Found', 'git/refs#get-a-reference');
      return {
        body: {
          ref: `refs/heads/${r[1]}`,
          node_id: `REF_${r[1]}`,
          url: `${api}/repos/${repo.fullName}/git/refs/heads/${r[1]}`,
          object: { sha, type: 'commit', url: `${api}/repos/${repo.fullName}/git/commits/${sha}` },
        },
      };
    }
    if (request.method === 'POST' && rest === '/git/refs') {
      const { ref, sha } = body() as { ref: string; sha: string };
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
    if ((r = /^\/contents\/(.+)$/.exec(rest)))
      return request.method === 'PUT' ? this.putContent(repo, r[1]!, body()) : this.getContent(repo, r[1]!, url);
    if (request.method === 'GET' && rest === '/pulls') {
      const q = url.searchParams;
      const state = q.get('state') ?? 'open';
      const pulls = repo.pulls.filter(
        (p) =>
          (state === 'all' || p.state === state) &&
          (!q.get('head') || `${repo.fullName.split('/')[0]}:${p.head}` === q.get('head')) &&
          (!q.get('base') || p.base === q.get('base')),
      );
      const { items, headers } = this.page(url, pulls);
      return { body: items.map((p) => this.pull(repo, p)), headers };
    }
    if (request.method === 'POST' && rest === '/pulls') return this.createPull(repo, body());
    if (request.method === 'PATCH' && (r = /^\/pulls\/(\d+)$/.exec(rest))) {
      const pr = repo.pulls.find((p) => p.number === Number(r![1]));
      if (!pr) return error(404, 'Not Found', 'pulls/pulls#update-a-pull-request');
      const change = body() as { title?: string; body?: string };
      Object.assign(pr, {
        ...(change.title !== undefined ? { title: change.title } : {}),
        ...(change.body !== undefined ? { body: change.body } : {}),
        updatedAt: new Date().toISOString(),
      });
      return { body: this.pull(repo, pr) };
    }
    return error(404, 'Not Found', '');
  }

  private pull(repo: RepoState, p: PullState): object {
    return pullJson(this.url, p, p.commits[p.commits.length - 1] ?? repo.branches.get(p.head) ?? '', repo.branches.get(p.base) ?? '');
  }

  private resolve(repo: RepoState, ref: string): string | undefined {
    return repo.branches.get(ref) ?? (repo.commits.has(ref) ? ref : undefined);
  }

  private compare(repo: RepoState, baseRef: string, headRef: string, url: URL): Reply {
    const base = this.resolve(repo, baseRef);
    const head = this.resolve(repo, headRef);
    if (!base || !head) return error(404, 'Not Found', 'commits/commits#compare-two-commits');
    const fromBase = this.reachable(repo, base);
    const fromHead = this.reachable(repo, head);
    // Chronological, as documented (git log base..head, oldest first).
    const ahead = [...fromHead]
      .filter((s) => !fromBase.has(s))
      .map((s) => repo.commits.get(s)!)
      .sort((a, b) => a.seq - b.seq);
    const behind = [...fromBase].filter((s) => !fromHead.has(s)).length;
    const { items, headers } = this.page(url, ahead, 250);
    const status = !ahead.length && !behind ? 'identical' : !behind ? 'ahead' : !ahead.length ? 'behind' : 'diverged';
    return {
      headers,
      body: {
        url: `${this.url}/repos/${repo.fullName}/compare/${baseRef}...${headRef}`,
        html_url: `https://github.com/${repo.fullName}/compare/${baseRef}...${headRef}`,
        base_commit: commitJson(this.url, repo.fullName, repo.commits.get(base)!),
        status,
        ahead_by: ahead.length,
        behind_by: behind,
        total_commits: ahead.length,
        commits: items.map((c) => commitJson(this.url, repo.fullName, c)),
        files: [],
      },
    };
  }

  private search(url: URL): Reply {
    const q = url.searchParams.get('q') ?? '';
    this.queries.push(q);
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
    const repos = repoNames.map((n) => this.repos.get(n));
    if (!repos.length || repos.some((r) => !r))
      return error(422, 'Validation Failed', 'search/search#search-issues-and-pull-requests', {
        errors: [
          {
            message:
              'The listed users and repositories cannot be searched either because the resources do not exist or you do not have permission to view them.',
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
    const { items, headers } = this.page(url, found);
    return {
      headers,
      body: { total_count: found.length, incomplete_results: false, items: items.map((p) => searchItemJson(this.url, p)) },
    };
  }

  private getContent(repo: RepoState, path: string, url: URL): Reply {
    const ref = url.searchParams.get('ref') ?? repo.defaultBranch;
    const sha = this.resolve(repo, ref);
    const content = sha ? repo.commits.get(sha)!.tree.get(path) : undefined;
    if (content === undefined) return error(404, 'Not Found', 'repos/contents#get-repository-content');
    return { body: contentJson(this.url, repo.fullName, ref, path, blobSha(content), content) };
  }

  private putContent(repo: RepoState, path: string, body: Record<string, unknown>): Reply {
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
    const sha = this.commit(repo.fullName, body.message, [head], new Date().toISOString(), { [path]: content });
    repo.branches.set(branch, sha);
    return {
      status: existing === undefined ? 201 : 200,
      body: {
        content: contentJson(this.url, repo.fullName, branch, path, blobSha(content)),
        commit: { ...commitJson(this.url, repo.fullName, repo.commits.get(sha)!), message: body.message },
      },
    };
  }

  private createPull(repo: RepoState, body: Record<string, unknown>): Reply {
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
    const fromBase = this.reachable(repo, repo.branches.get(base)!);
    const commits = [...this.reachable(repo, repo.branches.get(branch)!)].filter((s) => !fromBase.has(s));
    if (!commits.length)
      return error(422, 'Validation Failed', doc, {
        errors: [{ resource: 'PullRequest', code: 'custom', message: `No commits between ${base} and ${branch}` }],
      });
    const number = Math.max(0, ...repo.pulls.map((p) => p.number)) + 1;
    const now = new Date().toISOString();
    const pr = this.addPull(repo.fullName, {
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
    return { status: 201, body: this.pull(repo, pr) };
  }
}
