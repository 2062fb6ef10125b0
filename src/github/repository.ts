import { branchHead } from './branches.ts';
import type { GitHubClient } from './client.ts';
import { GitHubError, gitHubError, isNotFound, unexpectedAnswer } from './errors.ts';

/** A commit as a summary line shows it. */
export interface CommitLine {
  sha: string;
  subject: string;
}

export interface Comparison {
  status: 'identical' | 'ahead' | 'behind' | 'diverged';
  aheadBy: number;
  behindBy: number;
  /** The newest commits only in head, newest first (GitHub lists a range oldest first). */
  newest: CommitLine[];
}

export type CheckState = 'success' | 'failing' | 'pending';

/** What move-stable (and whoever reads branches and checks) asks of one GitHub repository. */
export interface GitHubRepository {
  readonly fullName: string;
  /** Node id (for GraphQL) and whether the token may push; null when the repository is not visible (404). */
  info(): Promise<{ nodeId: string; canPush: boolean | undefined } | null>;
  /** The commit a branch points to, or null when the branch does not exist. */
  branchHead(branch: string): Promise<string | null>;
  /** Full SHA of a commit-ish, or null when the repository has no such commit. */
  commitSha(ref: string): Promise<string | null>;
  /** How head relates to base, with the `newest` newest commits only in head. */
  compare(base: string, head: string, newest: number): Promise<Comparison>;
  /** Moves a ref only if it is at `before` (GraphQL updateRefs: its beforeOid is an atomic lease). */
  updateRef(nodeId: string, ref: string, before: string | null, after: string, force: boolean): Promise<void>;
  /** Every check run and commit status reported on a commit, by name. */
  checkStates(sha: string): Promise<Map<string, CheckState>>;
  /** Checks the branch protection and rulesets of a branch require. */
  requiredChecks(branch: string): Promise<string[]>;
}

const ZERO = '0000000000000000000000000000000000000000';

const UPDATE_REFS = `mutation($repositoryId: ID!, $refUpdates: [RefUpdate!]!) {
  updateRefs(input: {repositoryId: $repositoryId, refUpdates: $refUpdates}) { clientMutationId }
}`;

const FAILING = new Set(['failure', 'timed_out', 'cancelled', 'action_required', 'startup_failure', 'stale']);

/** An answer without the field we read: the URL points at something that is not the GitHub API. */
function unexpected(what: string, field: string): GitHubError {
  return unexpectedAnswer(what, `without ${field}`);
}

function isSha(value: unknown): value is string {
  return typeof value === 'string' && /^[0-9a-f]{40}$/.test(value);
}

export function githubRepository(client: GitHubClient, fullName: string): GitHubRepository {
  const [owner, repo] = fullName.split('/') as [string, string];
  const base = `/repos/${fullName}`;
  const call = async <T>(what: string, fn: () => Promise<T>, notFound?: () => T): Promise<T> => {
    try {
      return await fn();
    } catch (error) {
      if (notFound && isNotFound(error)) return notFound();
      // The client's errors already are GitHubErrors; a GraphQL answer's errors are named here.
      throw gitHubError(error, what);
    }
  };

  const comparePage = async (basehead: string, perPage: number, page: number) => {
    const what = `GET ${base}/compare/${basehead}`;
    const { data } = await call(what, () =>
      client.rest.repos.compareCommitsWithBasehead({ owner, repo, basehead, per_page: perPage, page }),
    );
    if (typeof data?.ahead_by !== 'number' || !Array.isArray(data.commits)) throw unexpected(what, 'ahead_by and commits');
    return data;
  };

  return {
    fullName,
    info: () =>
      call(
        `GET ${base}`,
        async () => {
          const { data } = await client.rest.repos.get({ owner, repo });
          if (typeof data?.node_id !== 'string') throw unexpected(`GET ${base}`, 'node_id');
          return { nodeId: data.node_id, canPush: data.permissions?.push };
        },
        () => null,
      ),

    branchHead: (branch) => branchHead(client, fullName, branch),

    commitSha: (ref) =>
      call(
        `GET ${base}/commits/${ref}`,
        async () => {
          try {
            const { data } = await client.rest.repos.getCommit({ owner, repo, ref, per_page: 1 });
            if (!isSha(data?.sha)) throw unexpected(`GET ${base}/commits/${ref}`, 'sha');
            return data.sha;
          } catch (error) {
            // "No commit found for SHA" is a 422.
            if (error instanceof GitHubError && error.status === 422) return null;
            throw error;
          }
        },
        () => null,
      ),

    async compare(from, to, newest) {
      const basehead = `${from}...${to}`;
      const perPage = Math.max(1, newest);
      const first = await comparePage(basehead, perPage, 1);
      const total = typeof first.total_commits === 'number' ? first.total_commits : first.ahead_by;
      let commits = first.commits;
      // GitHub lists a range oldest first: the newest are on the last page (and maybe the one before).
      if (newest > 0 && total > commits.length) {
        const last = Math.ceil(total / perPage);
        const lastPage = (await comparePage(basehead, perPage, last)).commits;
        const before = lastPage.length < newest && last > 1 ? (await comparePage(basehead, perPage, last - 1)).commits : [];
        commits = [...before, ...lastPage];
      }
      return {
        status: first.status,
        aheadBy: first.ahead_by,
        behindBy: first.behind_by,
        newest: (newest > 0 ? commits.slice(-newest) : [])
          .reverse()
          .map((c) => ({ sha: c.sha, subject: (c.commit?.message ?? '').split('\n')[0] ?? '' })),
      };
    },

    updateRef: (nodeId, ref, before, after, force) =>
      call(`POST /graphql (updateRefs ${ref} of ${fullName})`, async () => {
        await client.graphql(UPDATE_REFS, {
          repositoryId: nodeId,
          refUpdates: [{ name: ref, beforeOid: before ?? ZERO, afterOid: after, force }],
        });
      }),

    async checkStates(sha) {
      const states = new Map<string, CheckState>();
      const runs = await call(`GET ${base}/commits/${sha}/check-runs`, () =>
        client.paginate(client.rest.checks.listForRef, { owner, repo, ref: sha, per_page: 100, filter: 'latest' }),
      );
      for (const run of runs) {
        states.set(run.name, run.status !== 'completed' ? 'pending' : FAILING.has(run.conclusion ?? '') ? 'failing' : 'success');
      }
      const statuses = await call(`GET ${base}/commits/${sha}/status`, async () => {
        const { data } = await client.rest.repos.getCombinedStatusForRef({ owner, repo, ref: sha, per_page: 100 });
        if (!Array.isArray(data?.statuses)) throw unexpected(`GET ${base}/commits/${sha}/status`, 'statuses');
        return data.statuses;
      });
      for (const status of statuses) {
        states.set(status.context, status.state === 'success' ? 'success' : status.state === 'pending' ? 'pending' : 'failing');
      }
      return states;
    },

    async requiredChecks(branch) {
      const names = new Set<string>();
      const protection = await call(
        `GET ${base}/branches/${branch}`,
        async () => (await client.rest.repos.getBranch({ owner, repo, branch })).data.protection,
      );
      for (const context of protection?.required_status_checks?.contexts ?? []) names.add(context);
      // Rulesets are absent on older GitHub Enterprise Server (404); branch protection still counts.
      const rules = await call(
        `GET ${base}/rules/branches/${branch}`,
        async () => (await client.rest.repos.getBranchRules({ owner, repo, branch, per_page: 100 })).data,
        () => [],
      );
      for (const rule of rules) {
        if (rule.type === 'required_status_checks') {
          for (const check of rule.parameters?.required_status_checks ?? []) names.add(check.context);
        }
      }
      return [...names];
    },
  };
}
