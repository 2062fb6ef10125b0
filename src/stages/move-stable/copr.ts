import type { Clock } from '../../core/clock.ts';
import { formatDuration } from '../../core/duration.ts';
import { StageError } from '../../core/errors.ts';
import { getJson } from '../../core/http.ts';
import type { Logger } from '../../core/logger.ts';

/** The part of Copr's `GET /api_3/package/` answer that we read. */
interface CoprPackage {
  name?: string;
  builds?: {
    latest_succeeded?: { id?: number; source_package?: { version?: string | null } | null } | null;
  };
}

export interface CoprWait {
  apiUrl: string;
  project: string;
  package: string;
  /** Short (7 character) hash the built version must contain. */
  shortSha: string;
  timeoutMs: number;
  /** First poll interval; grows by half up to four times as long. */
  intervalMs: number;
}

export interface CoprBuild {
  version: string;
  buildId: number | undefined;
  waitedMs: number;
}

/** Latest succeeded build version of a package, or null when it has none. */
export async function latestSucceeded(wait: Pick<CoprWait, 'apiUrl' | 'project' | 'package'>, logger: Logger, clock: Clock): Promise<{ version: string | null; id: number | undefined }> {
  const [owner, project] = wait.project.split('/') as [string, string];
  const url = new URL(`${wait.apiUrl}/api_3/package/`);
  url.search = new URLSearchParams({
    ownername: owner,
    projectname: project,
    packagename: wait.package,
    with_latest_succeeded_build: 'True',
  }).toString();
  const data = await getJson<CoprPackage>(url.toString(), { logger, clock, service: 'Copr' });
  if (typeof data !== 'object' || data === null || (data.builds !== undefined && typeof data.builds !== 'object')) {
    throw new StageError(`Copr answered ${url} with something that is not a package (no "builds")`);
  }
  const build = data.builds?.latest_succeeded;
  return { version: build?.source_package?.version ?? null, id: build?.id };
}

/**
 * Waits until Copr's latest succeeded build of the package was built from the given commit
 * (its version, e.g. 0.76.0.post18+g116edc5, names the short hash).
 */
export async function waitForCoprBuild(wait: CoprWait, logger: Logger, clock: Clock): Promise<CoprBuild> {
  const started = clock.now();
  let interval = wait.intervalMs;
  const what = `Copr ${wait.project} ${wait.package} built from ${wait.shortSha}`;
  for (;;) {
    const latest = await latestSucceeded(wait, logger, clock);
    const elapsed = clock.now() - started;
    if (latest.version?.includes(wait.shortSha)) {
      logger.info(`✓ ${what}: ${latest.version} (after ${formatDuration(elapsed)})`);
      return { version: latest.version, buildId: latest.id, waitedMs: elapsed };
    }
    const left = wait.timeoutMs - elapsed;
    if (left <= 0) {
      throw new StageError(
        `timed out after ${formatDuration(elapsed)} waiting for ${what}; the latest succeeded build is ${latest.version ?? 'none'}`,
        `check the builds of ${wait.package} in Copr project ${wait.project}, then run move-stable again (it picks up where it stopped)`,
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
