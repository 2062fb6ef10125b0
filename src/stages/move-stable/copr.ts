import type { Clock } from '../../core/clock.ts';
import { formatDuration } from '../../core/duration.ts';
import { StageError } from '../../core/errors.ts';
import type { Logger } from '../../core/logger.ts';
import type { CoprClient } from '../../copr/client.ts';

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
  for (let polls = 1; ; polls++) {
    const latest = await copr.latestSucceeded(wait.project, wait.package);
    const elapsed = clock.now() - started;
    if (builtFrom(latest.version, wait.sha)) {
      logger.info(`✓ ${what}: ${latest.version}${polls > 1 ? ` (after ${formatDuration(elapsed)})` : ''}`);
      return { version: latest.version!, buildId: latest.id, waitedMs: elapsed };
    }
    const left = wait.timeoutMs - elapsed;
    if (left <= 0) {
      throw new StageError(
        `timed out after ${formatDuration(elapsed)} waiting for ${what}; the latest succeeded build is ${latest.version ?? 'none'}`,
        `check the builds of ${wait.package} in Copr project ${wait.project}, then run move-stable again: it waits for that build again before moving what comes after`,
      );
    }
    logger.info(
      `waiting for ${what}: latest succeeded is ${latest.version ?? 'none'}; ${formatDuration(elapsed)} elapsed, ` +
        `${formatDuration(left)} left, next look in ${formatDuration(Math.min(interval, left))}`,
    );
    await clock.sleep(Math.min(interval, left));
    interval = Math.min(interval * 1.5, wait.intervalMs * 4);
  }
}
