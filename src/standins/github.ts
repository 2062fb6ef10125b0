import { createHash } from 'node:crypto';
import { HttpDouble, type RecordedRequest, type Reply } from './http-double.ts';
import { ciRoute } from './github-ci.ts';
import { runJobsRoute, type WorkflowJob } from './github-jobs.ts';
import { pullsRoute, searchPulls } from './github-pulls.ts';
import { commitJson, error, pullJson, type Commit, type PullState } from './github-shapes.ts';

export type { Commit, PullState } from './github-shapes.ts';

export interface Repo {
  owner: string;
  name: string;
  fullName: string;
  nodeId: string;
  defaultBranch: string;
  /** Private repositories answer 404, as on GitHub, to anyone who may not read them. */
  private: boolean;
  /** A GraphQL updateRefs on this repository fails with this message (branch protection, rulesets). */
  rejectUpdates?: string;
  branches: Map<string, string>;
  protectedChecks: string[];
  rulesetChecks: string[];
  /** sha → check runs reported on it. */
  checkRuns: Map<string, Array<{ name: string; status: 'queued' | 'in_progress' | 'completed'; conclusion: string | null }>>;
  statuses: Map<string, Array<{ context: string; state: 'success' | 'pending' | 'failure' | 'error' }>>;
  runs: WorkflowRun[];
  pulls: PullState[];
}

/**
 * A repository's branches that remember every update in order, as GitHub's push events do: the
 * stand-in CI builds each push, also two that land between two of its looks (a move, then a
 * colleague's hotfix on top).
 */
export class BranchMap extends Map<string, string> {
  readonly log: Array<{ branch: string; sha: string }> = [];
  override set(branch: string, sha: string): this {
    // Map's constructor calls set before the field exists.
    if (this.get(branch) !== sha) this.log?.push({ branch, sha });
    return super.set(branch, sha);
  }
}

export interface WorkflowRun {
  id: number;
  workflow: string;
  name: string;
  head_sha: string;
  head_branch: string;
  status: 'queued' | 'in_progress' | 'completed';
  conclusion: null | 'success' | 'failure' | 'cancelled' | 'timed_out';
  created_at: string;
  /** Its jobs (GET …/actions/runs/{run_id}/jobs). */
  jobs?: WorkflowJob[];
}

/** The date of a commit made without one (the moves and waits of the tests do not read it). */
const DEFAULT_DATE = '2026-11-23T12:00:00Z';

/**
 * GitHub's REST and GraphQL APIs as the product speaks them (move-stable, wait-images, the
 * health gate, release notes and the blog draft), over HTTP with the documented shapes, on one
 * model: repositories with branches, pull requests, check runs, statuses and workflow runs over
 * one store of commits with their files (content-addressed, as in a fork network). Every list is
 * paginated with a Link header and capped at `maxPerPage`.
 */
export class GitHubDouble extends HttpDouble {
  readonly commits = new Map<string, Commit>();
  readonly repos = new Map<string, Repo>();
  /** The `q` of every search request, as GitHub received it. */
  readonly queries: string[] = [];
  /** Called before a GraphQL updateRefs is applied: a test may move a branch "meanwhile". */
  beforeUpdate: ((repo: Repo) => void) | undefined;
  token = 'ghs_testtoken1234567890';
  /** What the token may do in every repository (the `permissions` of GET /repos/{owner}/{repo}). */
  permissions = { admin: false, push: true, pull: true };
  /** GitHub caps per_page at 100; tests lower it to see several pages. */
  maxPerPage = 100;

  constructor() {
    super((request, url) => this.route(request, url));
  }

  addRepo(fullName: string, defaultBranch = 'main'): Repo {
    const [owner, name] = fullName.split('/') as [string, string];
    const repo: Repo = {
      owner,
      name,
      fullName,
      nodeId: `R_${Buffer.from(fullName).toString('base64')}`,
      defaultBranch,
      private: false,
      branches: new BranchMap(),
      protectedChecks: [],
      rulesetChecks: [],
      checkRuns: new Map(),
      statuses: new Map(),
      runs: [],
      pulls: [],
    };
    this.repos.set(fullName, repo);
    return repo;
  }

  /**
   * A commit; its files are its first parent's with `files` applied. Made in a repository with a
   * date (`commit(repo, message, parents, date, files)`), or only in the store
   * (`commit(message, parents)`), where branches of any repository may point at it.
   */
  commit(message: string, parents?: string[]): string;
  commit(repo: string, message: string, parents: string[], date: string, files?: Record<string, string>): string;
  commit(...args: [string, string[]?] | [string, string, string[], string, Record<string, string>?]): string {
    const [repo, message, parents, date, files]: [string | undefined, string, string[], string, Record<string, string>?] =
      args.length >= 4
        ? (args as [string, string, string[], string, Record<string, string>?])
        : [undefined, args[0], (args[1] as string[] | undefined) ?? [], DEFAULT_DATE];
    if (repo !== undefined && !this.repos.has(repo)) throw new Error(`commit in ${repo}: addRepo it first`);
    const seq = this.commits.size + 1;
    const sha = createHash('sha1')
      .update(`${repo ?? ''}\0${message}\0${parents.join(',')}\0${seq}`)
      .digest('hex');
    const tree = new Map(parents[0] ? this.commits.get(parents[0])?.tree : []);
    for (const [path, content] of Object.entries(files ?? {})) tree.set(path, content);
    this.commits.set(sha, { sha, parents, message, date, tree, seq });
    return sha;
  }

  /** A chain of commits on top of `parent`; returns the newest. */
  chain(parent: string | null, ...messages: string[]): string {
    let head = parent;
    for (const message of messages) head = this.commit(message, head ? [head] : []);
    return head!;
  }

  addPull(repo: string, pull: Omit<PullState, 'repo' | 'draft' | 'updatedAt'> & { draft?: boolean }): PullState {
    const state: PullState = { ...pull, repo, draft: pull.draft ?? false, updatedAt: pull.mergedAt ?? pull.createdAt };
    this.repos.get(repo)!.pulls.push(state);
    return state;
  }

  /** The file on a branch, as a test reads it back. */
  file(repo: string, branch: string, path: string): string | undefined {
    const state = this.repos.get(repo)!;
    return this.commits.get(state.branches.get(branch) ?? '')?.tree.get(path);
  }

  /** The commits reachable from `from` (itself included). */
  reachable(from: string): Set<string> {
    const seen = new Set<string>();
    const stack = [from];
    while (stack.length) {
      const sha = stack.pop()!;
      if (seen.has(sha) || !this.commits.has(sha)) continue;
      seen.add(sha);
      stack.push(...this.commits.get(sha)!.parents);
    }
    return seen;
  }

  /** A branch name, a full commit id or an unambiguous abbreviation of one. */
  resolve(repo: Repo, ref: string): Commit | undefined {
    const byBranch = repo.branches.get(ref);
    if (byBranch) return this.commits.get(byBranch);
    if (!/^[0-9a-f]{4,40}$/.test(ref)) return undefined;
    const matches = [...this.commits.keys()].filter((sha) => sha.startsWith(ref));
    return matches.length === 1 ? this.commits.get(matches[0]!) : undefined;
  }

  /**
   * One page of a list, with GitHub's Link header (next, last, first, prev). Without per_page,
   * `unpaged` items (compare answers up to 250 commits unpaginated).
   */
  page<T>(url: URL, items: T[], unpaged = 30): { items: T[]; headers: Record<string, string> } {
    const asked = url.searchParams.get('per_page');
    const perPage = asked === null ? unpaged : Math.max(1, Math.min(Number(asked), this.maxPerPage));
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

  /** A PR as the pulls endpoints answer it. */
  pull(repo: Repo, p: PullState): object {
    return pullJson(this.url, p, p.commits[p.commits.length - 1] ?? repo.branches.get(p.head) ?? '', repo.branches.get(p.base) ?? '');
  }

  /**
   * The next `times` requests matching are refused as GitHub refuses over a secondary rate limit:
   * a 403 (not only 429) whose message says so, often without Retry-After.
   */
  secondaryLimit(method: string, path: RegExp, retryAfter?: number, times = 1): void {
    this.fail(
      method,
      path,
      {
        status: 403,
        headers: retryAfter === undefined ? {} : { 'retry-after': String(retryAfter) },
        body: {
          message:
            'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. ' +
            'If you reach out to GitHub Support for help, please include the request ID ABCD:1234.',
          documentation_url:
            'https://docs.github.com/free-pro-team@latest/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits',
          status: '403',
        },
      },
      times,
    );
  }

  private route(request: RecordedRequest, url: URL): Reply {
    // Public repositories can be read without a token, as on github.com; a wrong token is refused.
    const anonymous = request.headers.authorization === undefined && request.method === 'GET';
    if (!anonymous && request.headers.authorization !== `token ${this.token}`) {
      return { status: 401, body: { message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest', status: '401' } };
    }
    const headers = {
      'x-ratelimit-limit': '5000',
      'x-ratelimit-remaining': '4999',
      'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600),
    };
    const reply = this.answer(request, url);
    return { ...reply, headers: { ...headers, ...reply.headers } };
  }

  private answer(request: RecordedRequest, url: URL): Reply {
    if (request.method === 'POST' && url.pathname === '/graphql') return this.graphql(request);
    if (request.method === 'GET' && request.path === '/search/issues') return searchPulls(this, url);
    const m = /^\/repos\/([^/]+)\/([^/]+)(\/.*)?$/.exec(url.pathname);
    if (!m) return error(404, 'Not Found', '');
    const repo = this.repos.get(`${m[1]}/${m[2]}`);
    if (!repo || (repo.private && request.headers.authorization === undefined))
      return error(404, 'Not Found', 'repos/repos#get-a-repository');
    const rest = decodeURIComponent(m[3] ?? '');
    let r: RegExpExecArray | null;
    if (request.method === 'GET' && rest === '') {
      return {
        body: {
          id: 1,
          node_id: repo.nodeId,
          name: repo.name,
          full_name: repo.fullName,
          owner: { login: repo.owner },
          private: repo.private,
          html_url: `https://github.com/${repo.fullName}`,
          default_branch: repo.defaultBranch,
          ...(request.headers.authorization ? { permissions: this.permissions } : {}),
        },
      };
    }
    if (request.method === 'GET' && (r = /^\/git\/ref\/heads\/(.+)$/.exec(rest))) {
      const sha = repo.branches.get(r[1]!);
      if (!sha) return error(404, 'Not Found', 'git/refs#get-a-reference');
      return {
        body: {
          ref: `refs/heads/${r[1]}`,
          node_id: `REF_${r[1]}`,
          url: `${this.url}/repos/${repo.fullName}/git/refs/heads/${r[1]}`,
          object: { sha, type: 'commit', url: `${this.url}/repos/${repo.fullName}/git/commits/${sha}` },
        },
      };
    }
    if (request.method === 'GET' && (r = /^\/commits\/([^/]+)$/.exec(rest))) {
      const commit = this.resolve(repo, r[1]!);
      if (!commit) return error(422, `No commit found for SHA: ${r[1]}`, 'commits/commits#get-a-commit');
      return { body: commitJson(this.url, repo.fullName, commit) };
    }
    if (request.method === 'GET' && (r = /^\/actions\/runs\/(\d+)\/jobs$/.exec(rest))) return runJobsRoute(this, repo, Number(r[1]), url);
    if (request.method === 'GET' && (r = /^\/compare\/([^.]+)\.\.\.(.+)$/.exec(rest))) return this.compare(repo, r[1]!, r[2]!, url);
    return ciRoute(repo, rest, request, url) ?? pullsRoute(this, repo, rest, request, url) ?? error(404, 'Not Found', '');
  }

  private compare(repo: Repo, baseRef: string, headRef: string, url: URL): Reply {
    const base = this.resolve(repo, baseRef);
    const head = this.resolve(repo, headRef);
    if (!base || !head) return error(404, 'Not Found', 'commits/commits#compare-two-commits');
    const fromBase = this.reachable(base.sha);
    const fromHead = this.reachable(head.sha);
    // Chronological, as documented (git log base..head, oldest first).
    const ahead = [...fromHead]
      .filter((s) => !fromBase.has(s))
      .map((s) => this.commits.get(s)!)
      .sort((a, b) => a.seq - b.seq);
    const behind = [...fromBase].filter((s) => !fromHead.has(s)).length;
    const { items, headers } = this.page(url, ahead, 250);
    const status = base.sha === head.sha ? 'identical' : !behind ? 'ahead' : !ahead.length ? 'behind' : 'diverged';
    return {
      headers,
      body: {
        url: `${this.url}/repos/${repo.fullName}/compare/${baseRef}...${headRef}`,
        html_url: `https://github.com/${repo.fullName}/compare/${baseRef}...${headRef}`,
        base_commit: commitJson(this.url, repo.fullName, base),
        status,
        ahead_by: ahead.length,
        behind_by: behind,
        total_commits: ahead.length,
        commits: items.map((c) => commitJson(this.url, repo.fullName, c)),
        files: [],
      },
    };
  }

  private graphql(request: RecordedRequest): Reply {
    const { query, variables } = JSON.parse(request.body) as {
      query: string;
      variables: { repositoryId: string; refUpdates: Array<{ name: string; beforeOid: string; afterOid: string; force: boolean }> };
    };
    if (!/updateRefs\s*\(/.test(query)) return { body: { errors: [{ message: 'only updateRefs is served here' }] } };
    const repo = [...this.repos.values()].find((r) => r.nodeId === variables.repositoryId);
    if (!repo)
      return {
        body: {
          data: { updateRefs: null },
          errors: [
            {
              type: 'NOT_FOUND',
              path: ['updateRefs'],
              message: `Could not resolve to a node with the global id of '${variables.repositoryId}'`,
            },
          ],
        },
      };
    this.beforeUpdate?.(repo);
    // GraphQL reports errors in a 200 answer, not as an HTTP status.
    const fail = (message: string): Reply => ({
      body: {
        data: { updateRefs: null },
        errors: [{ type: 'UNPROCESSABLE', path: ['updateRefs'], locations: [{ line: 2, column: 3 }], message }],
      },
    });
    if (repo.rejectUpdates) return fail(repo.rejectUpdates);
    // All or nothing, as documented: check every update first.
    for (const update of variables.refUpdates) {
      const branch = update.name.replace(/^refs\/heads\//, '');
      const current = repo.branches.get(branch) ?? '0000000000000000000000000000000000000000';
      if (current !== update.beforeOid)
        return fail(`A ref update failed: ${update.name} is at ${current} but expected ${update.beforeOid}`);
      if (!this.commits.has(update.afterOid)) return fail(`Could not find commit ${update.afterOid}`);
      const fastForward = current.startsWith('0000') || this.reachable(update.afterOid).has(current);
      if (!fastForward && !update.force) return fail(`A ref update failed: ${update.name} update is not a fast forward`);
    }
    for (const update of variables.refUpdates) repo.branches.set(update.name.replace(/^refs\/heads\//, ''), update.afterOid);
    return { body: { data: { updateRefs: { clientMutationId: null } } } };
  }
}
