import { StageError } from '../../core/errors.ts';
import type { GitHubClient } from '../../github/client.ts';
import { isRequestError } from '../../github/client.ts';

export interface CheckVerdict {
  /** Names of the checks that decided: the required ones, or every reported one. */
  required: string[];
  source: 'configuration' | 'branch protection' | 'all reported checks';
  failing: string[];
  pending: string[];
}

const FAILING = new Set(['failure', 'timed_out', 'cancelled', 'action_required', 'startup_failure', 'stale']);

/**
 * The checks of the commit to promote. Required are, in order of precedence: the component's
 * `checks`, the branch protection and rulesets of the source branch, or else every check
 * reported on the commit (a tool that touches production errs on the side of caution).
 */
export async function verifyChecks(
  client: GitHubClient,
  repo: string,
  branch: string,
  sha: string,
  configured: string[] | undefined,
): Promise<CheckVerdict> {
  const [owner, name] = repo.split('/') as [string, string];
  let required = configured ?? [];
  let source: CheckVerdict['source'] = 'configuration';
  if (!configured) {
    required = await protectedChecks(client, owner, name, branch);
    source = required.length ? 'branch protection' : 'all reported checks';
  }
  const states = new Map<string, 'success' | 'failing' | 'pending'>();
  const runs = await client.paginate(client.rest.checks.listForRef, { owner, repo: name, ref: sha, per_page: 100, filter: 'latest' });
  for (const run of runs) {
    const state = run.status !== 'completed' ? 'pending' : FAILING.has(run.conclusion ?? '') ? 'failing' : 'success';
    states.set(run.name, state);
  }
  const combined = await client.rest.repos.getCombinedStatusForRef({ owner, repo: name, ref: sha, per_page: 100 });
  for (const status of combined.data.statuses) {
    states.set(status.context, status.state === 'success' ? 'success' : status.state === 'pending' ? 'pending' : 'failing');
  }
  const decisive = source === 'all reported checks' ? [...states.keys()] : required;
  return {
    required: decisive,
    source,
    failing: decisive.filter((c) => states.get(c) === 'failing'),
    // A required check that never reported is as good as pending: it has not passed.
    pending: decisive.filter((c) => states.get(c) === 'pending' || !states.has(c)),
  };
}

async function protectedChecks(client: GitHubClient, owner: string, repo: string, branch: string): Promise<string[]> {
  const names = new Set<string>();
  try {
    const { data } = await client.rest.repos.getBranch({ owner, repo, branch });
    for (const context of data.protection?.required_status_checks?.contexts ?? []) names.add(context);
  } catch (error) {
    throw new StageError(`${owner}/${repo}: reading branch ${branch}: ${error instanceof Error ? error.message : String(error)}`);
  }
  try {
    const { data } = await client.rest.repos.getBranchRules({ owner, repo, branch, per_page: 100 });
    for (const rule of data) {
      if (rule.type === 'required_status_checks') {
        for (const check of rule.parameters?.required_status_checks ?? []) names.add(check.context);
      }
    }
  } catch (error) {
    // Rulesets are absent on older GitHub Enterprise Server; branch protection still counts.
    if (!isRequestError(error) || error.status !== 404) throw error;
  }
  return [...names];
}
