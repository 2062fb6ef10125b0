import type { Clock } from '../../core/clock.ts';
import { errorMessage } from '../../core/errors.ts';
import type { Logger } from '../../core/logger.ts';
import type { Component, Config } from '../../config/types.ts';
import { createGit } from '../../git/git.ts';
import { SharedScratch } from '../../git/remote.ts';
import { RemoteBranches } from '../../git/remote-branches.ts';
import { githubRepository } from '../../github/repository.ts';
import type { EndpointCheck } from './endpoints.ts';
import type { ExpectedCommit } from './expected.ts';

/** stable moved on past the expected commit, and the service runs its head. */
export interface LaterOnStable {
  /** stable's head now (full SHA): what the service runs. */
  head: string;
  /** Commits on top of the expected one; null when git does not count them. */
  ahead: number | null;
}

export interface StableReader {
  config: Config;
  env: Record<string, string | undefined>;
  logger: Logger;
  clock: Clock;
  /**
   * Verdicts of this gate run by component and running commit: the rounds after the first ask
   * GitHub or git again only for a commit they have not judged yet.
   */
  verdicts: Map<string, Promise<LaterOnStable | undefined>>;
}

/**
 * Whether the service runs a commit pushed onto stable after the expected one (a colleague's
 * hotfix on top of the approved commit, built into `:prod` as any stable is): `running` must be
 * stable's head now, and that head must descend from the expected commit. A head that went back,
 * or anything else, is not accepted: the gate still proves the deployed change runs.
 */
export async function laterOnStable(reader: StableReader, expected: ExpectedCommit, running: string): Promise<LaterOnStable | undefined> {
  const component = reader.config.components.find((c) => c.name === expected.component);
  if (!component) return undefined;
  const branch = reader.config.branches.target;
  const short = running.toLowerCase();
  return component.transport.kind === 'github'
    ? viaGitHub(reader, component.transport.repo, branch, expected.sha, short)
    : viaGit(reader, component, branch, expected.sha, short);
}

async function viaGitHub(
  reader: StableReader,
  repo: string,
  branch: string,
  expected: string,
  running: string,
): Promise<LaterOnStable | undefined> {
  const { createGitHubClient } = await import('../../github/client.ts');
  const client = createGitHubClient({
    apiUrl: reader.config.github.apiUrl,
    token: reader.env.GITHUB_TOKEN,
    logger: reader.logger,
    clock: reader.clock,
  });
  const repository = githubRepository(client, repo);
  const head = await repository.branchHead(branch);
  if (!head || head === expected || !head.startsWith(running)) return undefined;
  const relation = await repository.compare(expected, head, 0);
  return relation.status === 'ahead' ? { head, ahead: relation.aheadBy } : undefined;
}

async function viaGit(
  reader: StableReader,
  component: Component,
  branch: string,
  expected: string,
  running: string,
): Promise<LaterOnStable | undefined> {
  if (component.transport.kind !== 'git') return undefined;
  const git = createGit({ env: reader.env, logger: reader.logger, clock: reader.clock });
  const scratch = new SharedScratch(git, reader.env);
  try {
    const remote = new RemoteBranches(component.transport.remote, git, scratch, 0);
    const head = (await remote.heads([branch])).get(branch);
    if (!head || head === expected || !head.startsWith(running)) return undefined;
    // Not among what was read: not in stable's history at all.
    if (!(await remote.commit(expected))) return undefined;
    return (await remote.isAncestor(expected, head)) ? { head, ahead: null } : undefined;
  } finally {
    await scratch.close();
  }
}

/**
 * The versions of `checked` that name another commit than expected pass when they name stable's
 * head now and it descends from the expected commit (said in the log and the result); a stable
 * that cannot be read leaves the check failed, as it was.
 */
export async function acceptLaterStable(reader: StableReader, checked: EndpointCheck, expected: ExpectedCommit[]): Promise<void> {
  if (!checked.versions) return;
  for (const v of checked.versions) {
    if (v.ok || !v.running) continue;
    const e = expected.find((x) => x.component === v.component);
    if (!e) continue;
    const key = `${v.component}@${v.running}`;
    let asked = reader.verdicts.get(key);
    if (!asked) reader.verdicts.set(key, (asked = laterOnStable(reader, e, v.running)));
    let later: LaterOnStable | undefined;
    try {
      later = await asked;
    } catch (error) {
      // Not judged: the next round asks again.
      reader.verdicts.delete(key);
      reader.logger.warning(`${v.component}: cannot tell whether stable moved on past ${e.sha.slice(0, 7)}: ${errorMessage(error)}`);
      continue;
    }
    if (!later) continue;
    const count = later.ahead === null ? 'commit(s)' : `${later.ahead} commit(s)`;
    v.ok = true;
    delete v.problem;
    v.laterOnStable =
      `${v.component} runs ${later.head.slice(0, 7)}, stable's head now: ` +
      `${count} pushed on top of ${e.sha.slice(0, 7)} after the move`;
    reader.logger.info(v.laterOnStable);
  }
  const stale = checked.versions.filter((v) => !v.ok);
  checked.ok = !stale.length;
  if (stale.length) checked.problem = stale.map((v) => v.problem).join('; ');
  else delete checked.problem;
}
