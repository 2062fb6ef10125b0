import type { RecordedRequest, Reply } from './http-double.ts';
import { commitJson, contentJson, searchItemJson, type PullState } from './github-prs-shapes.ts';
import { blobSha, error, PullsStore, type RepoState } from './github-prs-store.ts';
import { createPull, createRef, putContent, updatePull } from './github-prs-writes.ts';

export type { PullState } from './github-prs-shapes.ts';
export { blobSha } from './github-prs-store.ts';

/**
 * GitHub's REST API for pull requests as release notes and a blog draft use it: search, the
 * PRs of a commit, compare, git refs, contents and pulls, every list paginated with a Link
 * header and capped at `maxPerPage`.
 */
export class GitHubPullsDouble extends PullsStore {
  /** The `q` of every search request, as GitHub received it. */
  readonly queries: string[] = [];

  constructor() {
    super((request, url) => this.route(request, url));
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
    if (request.method === 'POST' && rest === '/git/refs') return createRef(this, repo, body());
    if ((r = /^\/contents\/(.+)$/.exec(rest)))
      return request.method === 'PUT' ? putContent(this, repo, r[1]!, body()) : this.getContent(repo, r[1]!, url);
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
    if (request.method === 'POST' && rest === '/pulls') return createPull(this, repo, body());
    if (request.method === 'PATCH' && (r = /^\/pulls\/(\d+)$/.exec(rest))) return updatePull(this, repo, Number(r[1]), body());
    return error(404, 'Not Found', '');
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
}
