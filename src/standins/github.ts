import { createHash } from 'node:crypto';
import { HttpDouble, type RecordedRequest, type Reply } from './http-double.ts';

interface Commit {
  sha: string;
  parents: string[];
  message: string;
}

interface Repo {
  owner: string;
  name: string;
  nodeId: string;
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
}

const notFound = (documentation: string): Reply => ({
  status: 404,
  body: { message: 'Not Found', documentation_url: `https://docs.github.com/rest/${documentation}`, status: '404' },
});

/**
 * The parts of GitHub's REST and GraphQL APIs that move-stable speaks, over HTTP with the
 * documented shapes, on a commit graph held in memory.
 */
export class GitHubDouble extends HttpDouble {
  readonly commits = new Map<string, Commit>();
  readonly repos = new Map<string, Repo>();
  /** Called before a GraphQL updateRefs is applied: a test may move a branch "meanwhile". */
  beforeUpdate: ((repo: Repo) => void) | undefined;
  token = 'ghs_testtoken1234567890';
  /** What the token may do in every repository (the `permissions` of GET /repos/{owner}/{repo}). */
  permissions = { admin: false, push: true, pull: true };

  constructor() {
    super((request, url) => this.route(request, url));
  }

  addRepo(fullName: string): Repo {
    const [owner, name] = fullName.split('/') as [string, string];
    const repo: Repo = {
      owner,
      name,
      nodeId: `R_${Buffer.from(fullName).toString('base64')}`,
      private: false,
      branches: new Map(),
      protectedChecks: [],
      rulesetChecks: [],
      checkRuns: new Map(),
      statuses: new Map(),
      runs: [],
    };
    this.repos.set(fullName, repo);
    return repo;
  }

  commit(message: string, parents: string[] = []): string {
    const sha = createHash('sha1')
      .update(`${message}\0${parents.join(',')}\0${this.commits.size}`)
      .digest('hex');
    this.commits.set(sha, { sha, parents, message });
    return sha;
  }

  /** A chain of commits on top of `parent`; returns the newest. */
  chain(parent: string | null, ...messages: string[]): string {
    let head = parent;
    for (const message of messages) head = this.commit(message, head ? [head] : []);
    return head!;
  }

  private ancestors(sha: string): Set<string> {
    const seen = new Set<string>();
    const stack = [sha];
    while (stack.length) {
      const next = stack.pop()!;
      if (seen.has(next)) continue;
      seen.add(next);
      stack.push(...(this.commits.get(next)?.parents ?? []));
    }
    return seen;
  }

  private resolve(repo: Repo, ref: string): Commit | undefined {
    const byBranch = repo.branches.get(ref);
    if (byBranch) return this.commits.get(byBranch);
    if (!/^[0-9a-f]{4,40}$/.test(ref)) return undefined;
    const matches = [...this.commits.keys()].filter((sha) => sha.startsWith(ref));
    return matches.length === 1 ? this.commits.get(matches[0]!) : undefined;
  }

  private commitJson(c: Commit): object {
    return {
      sha: c.sha,
      node_id: `C_${c.sha}`,
      commit: { message: c.message, author: { name: 'Test', email: 'test@example.org', date: '2026-11-23T12:00:00Z' } },
      parents: c.parents.map((sha) => ({ sha })),
    };
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
    const m = /^\/repos\/([^/]+)\/([^/]+)(\/.*)?$/.exec(url.pathname);
    if (!m) return notFound('');
    const repo = this.repos.get(`${m[1]}/${m[2]}`);
    if (!repo || (repo.private && request.headers.authorization === undefined)) return notFound('repos/repos#get-a-repository');
    const rest = decodeURIComponent(m[3] ?? '');
    let r: RegExpExecArray | null;
    if (rest === '') {
      return {
        body: {
          id: 1,
          node_id: repo.nodeId,
          name: repo.name,
          full_name: `${repo.owner}/${repo.name}`,
          owner: { login: repo.owner },
          private: repo.private,
          default_branch: 'main',
          ...(request.headers.authorization ? { permissions: this.permissions } : {}),
        },
      };
    }
    if ((r = /^\/git\/ref\/heads\/(.+)$/.exec(rest))) {
      const sha = repo.branches.get(r[1]!);
      if (!sha) return notFound('git/refs#get-a-reference');
      return {
        body: {
          ref: `refs/heads/${r[1]}`,
          node_id: `REF_${r[1]}`,
          url: `${url.origin}${url.pathname}`,
          object: { sha, type: 'commit', url: `${url.origin}/repos/${repo.owner}/${repo.name}/git/commits/${sha}` },
        },
      };
    }
    if ((r = /^\/commits\/([^/]+)\/check-runs$/.exec(rest))) {
      const runs = (repo.checkRuns.get(r[1]!) ?? []).map((c, i) => ({
        id: i + 1,
        head_sha: r![1],
        name: c.name,
        status: c.status,
        conclusion: c.conclusion,
        app: { slug: 'github-actions' },
      }));
      return { body: { total_count: runs.length, check_runs: runs } };
    }
    if ((r = /^\/commits\/([^/]+)\/status$/.exec(rest))) {
      const statuses = repo.statuses.get(r[1]!) ?? [];
      const state = statuses.some((s) => s.state === 'failure' || s.state === 'error')
        ? 'failure'
        : statuses.some((s) => s.state === 'pending') || !statuses.length
          ? 'pending'
          : 'success';
      return {
        body: {
          state,
          sha: r[1],
          total_count: statuses.length,
          statuses: statuses.map((s, i) => ({ id: i + 1, context: s.context, state: s.state, description: null, target_url: null })),
        },
      };
    }
    if ((r = /^\/commits\/([^/]+)$/.exec(rest))) {
      const commit = this.resolve(repo, r[1]!);
      if (!commit)
        return {
          status: 422,
          body: {
            message: `No commit found for SHA: ${r[1]}`,
            documentation_url: 'https://docs.github.com/rest/commits/commits#get-a-commit',
            status: '422',
          },
        };
      return { body: this.commitJson(commit) };
    }
    if ((r = /^\/compare\/([^.]+)\.\.\.(.+)$/.exec(rest))) {
      const base = this.resolve(repo, r[1]!);
      const head = this.resolve(repo, r[2]!);
      if (!base || !head) return notFound('commits/commits#compare-two-commits');
      const fromBase = this.ancestors(base.sha);
      const fromHead = this.ancestors(head.sha);
      // Oldest first, as GitHub lists compare commits (chronologically).
      const ahead = [...fromHead].filter((s) => !fromBase.has(s)).reverse();
      const behind = [...fromBase].filter((s) => !fromHead.has(s));
      const status = base.sha === head.sha ? 'identical' : !behind.length ? 'ahead' : !ahead.length ? 'behind' : 'diverged';
      // Paginated like GitHub: per_page (default 250), page from 1; oldest commits on the first page.
      const perPage = Math.min(Number(url.searchParams.get('per_page') ?? 250), 250);
      const page = Math.max(1, Number(url.searchParams.get('page') ?? 1));
      const commits = ahead.slice((page - 1) * perPage, page * perPage).map((s) => this.commitJson(this.commits.get(s)!));
      return {
        body: {
          status,
          ahead_by: ahead.length,
          behind_by: behind.length,
          total_commits: ahead.length,
          html_url: `https://github.com/${repo.owner}/${repo.name}/compare/${r[1]}...${r[2]}`,
          commits,
          files: [],
        },
      };
    }
    if ((r = /^\/actions\/workflows\/([^/]+)\/runs$/.exec(rest))) {
      const q = url.searchParams;
      const runs = repo.runs
        .filter(
          (run) =>
            run.workflow === r![1] &&
            (!q.get('head_sha') || run.head_sha === q.get('head_sha')) &&
            (!q.get('branch') || run.head_branch === q.get('branch')),
        )
        .map((run) => ({
          id: run.id,
          name: run.name,
          node_id: `WFR_${run.id}`,
          head_branch: run.head_branch,
          head_sha: run.head_sha,
          path: `.github/workflows/${run.workflow}`,
          run_number: run.id,
          event: 'push',
          status: run.status,
          conclusion: run.conclusion,
          workflow_id: 7,
          html_url: `https://github.com/${repo.owner}/${repo.name}/actions/runs/${run.id}`,
          created_at: run.created_at,
          updated_at: run.created_at,
          run_started_at: run.created_at,
        }));
      const body = { total_count: runs.length, workflow_runs: runs };
      // Conditional requests, as GitHub serves them: a weak ETag of the body, 304 when it matches.
      const etag = `W/"${createHash('sha1').update(JSON.stringify(body)).digest('hex')}"`;
      if (request.headers['if-none-match'] === etag) return { status: 304, headers: { etag } };
      return { body, headers: { etag } };
    }
    if ((r = /^\/branches\/(.+)$/.exec(rest))) {
      const sha = repo.branches.get(r[1]!);
      if (!sha) return notFound('branches/branches#get-a-branch');
      const protectedBranch = repo.protectedChecks.length > 0;
      return {
        body: {
          name: r[1],
          commit: { sha },
          protected: protectedBranch,
          protection: {
            enabled: protectedBranch,
            required_status_checks: {
              enforcement_level: protectedBranch ? 'non_admins' : 'off',
              contexts: repo.protectedChecks,
              checks: repo.protectedChecks.map((context) => ({ context, app_id: null })),
            },
          },
        },
      };
    }
    if (/^\/rules\/branches\/.+$/.test(rest)) {
      if (!repo.rulesetChecks.length) return { body: [] };
      return {
        body: [
          {
            type: 'required_status_checks',
            ruleset_source_type: 'Repository',
            ruleset_source: `${repo.owner}/${repo.name}`,
            ruleset_id: 42,
            parameters: {
              strict_required_status_checks_policy: false,
              required_status_checks: repo.rulesetChecks.map((context) => ({ context })),
            },
          },
        ],
      };
    }
    return notFound('');
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
      const fastForward = current.startsWith('0000') || this.ancestors(update.afterOid).has(current);
      if (!fastForward && !update.force) return fail(`A ref update failed: ${update.name} update is not a fast forward`);
    }
    for (const update of variables.refUpdates) repo.branches.set(update.name.replace(/^refs\/heads\//, ''), update.afterOid);
    return { body: { data: { updateRefs: { clientMutationId: null } } } };
  }
}
