import type { Clock } from '../../core/clock.ts';
import { formatDuration } from '../../core/duration.ts';
import { StageError, errorMessage } from '../../core/errors.ts';
import type { Logger } from '../../core/logger.ts';
import { tlsProblem } from '../../core/retry.ts';
import { CoprNotFoundError, type CoprBuildInfo, type CoprClient } from '../../copr/client.ts';

export interface CoprWait {
  project: string;
  package: string;
  /** The commit (the dependency's current stable head) the built version must name. */
  sha: string;
  timeoutMs: number;
  /** First poll interval; grows by half up to four times as long. */
  intervalMs: number;
}

export interface CoprBuild {
  version: string;
  buildId: number | undefined;
  waitedMs: number;
}

/**
 * Looks in a row that may fail (Copr unreachable, an outage page) before the wait gives up: each
 * look already retried its request, so ten cover an outage of several minutes.
 */
export const MAX_FAILED_LOOKS = 10;

/** A Copr version names the commit it was built from by its short hash (0.76.0.post18+g116edc5). */
export function builtFrom(version: string | null, sha: string): boolean {
  return !!version && version.includes(sha.slice(0, 7));
}

/**
 * Waits until Copr's latest succeeded build of the package was built from the given commit.
 * Asked once at least, even when the dependency did not move in this run: a re-run after a
 * timeout (or a kill) must not move on while Copr still has the old build.
 */
export async function waitForCoprBuild(copr: CoprClient, wait: CoprWait, logger: Logger, clock: Clock): Promise<CoprBuild> {
  const started = clock.now();
  let interval = wait.intervalMs;
  const short = wait.sha.slice(0, 7);
  const what = `Copr ${wait.project} ${wait.package} built from ${short}`;
  let failedInARow = 0;
  for (let polls = 1; ; polls++) {
    let latest: CoprBuildInfo | undefined;
    try {
      latest = await copr.latestSucceeded(wait.project, wait.package);
      failedInARow = 0;
    } catch (error) {
      // A short outage is "not built yet" for this look; what waiting cannot heal ends the wait.
      // withRetry's certificate error keeps the TLS code in its cause chain, where tlsProblem finds it.
      if (error instanceof CoprNotFoundError || tlsProblem(error)) throw error;
      failedInARow++;
      const said = `look ${polls} at ${what} failed (${failedInARow} in a row; the wait gives up after ${MAX_FAILED_LOOKS})`;
      if (failedInARow >= MAX_FAILED_LOOKS) {
        throw new StageError(
          `${said}: ${errorMessage(error)}`,
          `check that Copr (copr.apiUrl) is reachable, then run move-stable again: it checks the build again before moving`,
        );
      }
      logger.warning(`${said}, not ready this round: ${errorMessage(error)}`);
    }
    const elapsed = clock.now() - started;
    if (latest && builtFrom(latest.version, wait.sha)) {
      logger.info(`✓ ${what}: ${latest.version}${polls > 1 ? ` (after ${formatDuration(elapsed)})` : ''}`);
      return { version: latest.version!, buildId: latest.id, waitedMs: elapsed };
    }
    const left = wait.timeoutMs - elapsed;
    if (left <= 0) {
      throw new StageError(
        `timed out after ${formatDuration(elapsed)} waiting for ${what}; the latest succeeded ` +
          `build is ${latest ? (latest.version ?? 'none') : 'unknown (Copr did not answer)'}`,
        `check the builds of ${wait.package} in Copr project ${wait.project}, then run ` +
          `move-stable again: it waits for that build again before moving what comes after`,
      );
    }
    logger.info(
      `waiting for ${what}: latest succeeded is ${latest ? (latest.version ?? 'none') : 'unknown'}; ${formatDuration(elapsed)} elapsed, ` +
        `${formatDuration(left)} left, next look in ${formatDuration(Math.min(interval, left))}`,
    );
    await clock.sleep(Math.min(interval, left));
    interval = Math.min(interval * 1.5, wait.intervalMs * 4);
  }
}
