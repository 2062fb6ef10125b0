import { StageError, errorMessage } from '../../core/errors.ts';
import type { Logger } from '../../core/logger.ts';
import type { GitHubClient } from '../../github/client.ts';
import { GitHubError } from '../../github/errors.ts';
import { mainlineCommits, mergedPullsOfCommit, searchMergedPulls, type MergedPull } from '../../github/pulls.ts';
import type { MovedRange, NotesComponent } from './options.ts';
import { searchInstant, type Period } from './period.ts';

export interface ComponentPulls {
  component: NotesComponent;
  /** Merged PRs, each once, oldest merge first. */
  pulls: MergedPull[];
  /** What was looked at, for the summary: the period or the commit range. */
  range: string;
}

export interface Collection {
  components: ComponentPulls[];
  requests: number;
}

/** A GitHub failure as a stage error that names the repository and what to do. */
export function gitHubFailure(error: unknown, what: string): StageError {
  if (!(error instanceof GitHubError)) return new StageError(`${what}: ${errorMessage(error)}`);
  if (error.status === undefined) return new StageError(`${what}: ${error.message}`, error.hint, { cause: error });
  const hints: Record<number, string> = {
    401: 'GITHUB_TOKEN was refused: set a valid token (action input github-token)',
    403:
      'the token lacks a permission or a rate limit was hit: give it ' +
      'contents: read and pull-requests: read (write on the blog repository)',
    404: 'check the repository name; a private repository needs a token that can read it',
    422: 'GitHub refused the request: check that the commits and branches exist in that repository',
  };
  return new StageError(`${what}: ${error.message}`, hints[error.status] ?? error.hint, { cause: error });
}

function unique(pulls: MergedPull[]): MergedPull[] {
  const byNumber = new Map<number, MergedPull>();
  for (const pull of pulls) if (!byNumber.has(pull.number)) byNumber.set(pull.number, pull);
  return [...byNumber.values()].sort((a, b) => a.mergedAt.localeCompare(b.mergedAt) || a.number - b.number);
}

/** Every merged PR of each component's repository in the period, through the search endpoint. */
export async function collectPeriod(
  client: GitHubClient,
  components: NotesComponent[],
  period: Period,
  base: string,
  logger: Logger,
): Promise<Collection> {
  // The search takes whole seconds; `end` is exclusive.
  const since = searchInstant(period.start);
  const until = searchInstant(period.end - 1000);
  const repos = [...new Set(components.map((c) => c.repo))];
  let found;
  try {
    found = await searchMergedPulls(client, repos, base, since, until);
  } catch (error) {
    throw gitHubFailure(error, `searching the merged PRs of ${repos.join(', ')}`);
  }
  if (found.incomplete) logger.warning("GitHub's search answered with incomplete results; some PRs may be missing (run again)");
  const collection: Collection = { components: [], requests: found.requests };
  for (const component of components) {
    // The search's own date handling is trusted only as far as the merge time confirms it.
    const pulls = unique(
      found.pulls.filter((p) => {
        const at = Date.parse(p.mergedAt);
        return p.repository === component.repo && at >= period.start && at < period.end;
      }),
    );
    logger.info(
      `${component.repo}: ${pulls.length} PR(s) merged into ${base} from ${period.since} to ${period.until} (${period.timezone})`,
    );
    collection.components.push({ component, pulls, range: `${period.since} – ${period.until}` });
  }
  return collection;
}

/** The merged PRs that came with each moved component's commits, previous..current. */
export async function collectMoved(client: GitHubClient, ranges: MovedRange[], logger: Logger): Promise<Collection> {
  const collection: Collection = { components: [], requests: 0 };
  for (const { component, previous, current } of ranges) {
    const range = `${previous.slice(0, 7)}..${current.slice(0, 7)}`;
    const pulls: MergedPull[] = [];
    try {
      const commits = await mainlineCommits(client, component.repo, previous, current);
      collection.requests += commits.requests;
      for (const sha of commits.mainline) {
        const found = await mergedPullsOfCommit(client, component.repo, sha);
        collection.requests += found.requests;
        pulls.push(...found.pulls);
      }
      logger.info(
        `${component.repo} ${range}: ${commits.total} commit(s), ${commits.mainline.length}` +
          ` on the first-parent line, ${unique(pulls).length} merged PR(s)`,
      );
    } catch (error) {
      throw gitHubFailure(error, `reading the PRs of ${component.repo} ${range}`);
    }
    collection.components.push({ component, pulls: unique(pulls), range });
  }
  return collection;
}
