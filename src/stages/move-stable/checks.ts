import type { GitHubRepository } from '../../github/repository.ts';
import type { CheckVerdict } from './transport.ts';

/**
 * The checks of the commit to promote. Required are, in order of precedence: the component's
 * `checks` (an explicit `checks: []` requires none), the branch protection and rulesets of the
 * source branch, or else every check reported on the commit. A commit on which nothing at all
 * was reported has not been verified: it counts as pending (a tool that touches production errs
 * on the side of caution).
 */
export async function verifyChecks(
  repo: GitHubRepository,
  branch: string,
  sha: string,
  configured: string[] | undefined,
): Promise<CheckVerdict> {
  let required = configured ?? [];
  let source: CheckVerdict['source'] = 'configuration';
  if (!configured) {
    required = await repo.requiredChecks(branch);
    source = required.length ? 'branch protection' : 'all reported checks';
  }
  if (configured && !configured.length) return { required: [], source, failing: [], pending: [], noneReported: false };
  const states = await repo.checkStates(sha);
  const decisive = source === 'all reported checks' ? [...states.keys()] : required;
  return {
    required: decisive,
    source,
    failing: decisive.filter((c) => states.get(c) === 'failing'),
    // A required check that never reported is as good as pending: it has not passed.
    pending: decisive.filter((c) => states.get(c) === 'pending' || !states.has(c)),
    noneReported: source === 'all reported checks' && states.size === 0,
  };
}
