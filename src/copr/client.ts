import type { Clock } from '../core/clock.ts';
import { StageError } from '../core/errors.ts';
import { fetchWithRetry, readJson } from '../core/http.ts';
import type { Logger } from '../core/logger.ts';
import type { RetryPolicy } from '../core/retry.ts';

/** The latest succeeded build of a package: its version (null: none yet) and build id. */
export interface CoprBuildInfo {
  version: string | null;
  id: number | undefined;
}

/** What Service Guru asks of Copr (API v3), behind one small interface. */
export interface CoprClient {
  /** Throws CoprNotFoundError when the project or the package does not exist. */
  latestSucceeded(project: string, pkg: string): Promise<CoprBuildInfo>;
}

export interface CoprClientOptions {
  apiUrl: string;
  logger: Logger;
  clock: Clock;
  policy?: Partial<RetryPolicy>;
}

/** The project or package is not in Copr: a typo in `copr:` of the configuration, most likely. */
export class CoprNotFoundError extends StageError {
  constructor(project: string, pkg: string, said: string) {
    super(
      `Copr has no package ${pkg} in project ${project}${said ? ` (${said})` : ''}`,
      'check copr.project ("owner/project") and copr.package of the component in the configuration',
    );
    this.name = 'CoprNotFoundError';
  }
}

/** The part of `GET /api_3/package/` that we read. */
interface CoprPackage {
  name?: unknown;
  builds?: { latest_succeeded?: { id?: unknown; source_package?: { version?: unknown } | null } | null } | null;
}

/** The one factory: requests go through fetchWithRetry (the one retry policy, a timeout per attempt). */
export function createCoprClient(options: CoprClientOptions): CoprClient {
  const http = { logger: options.logger, clock: options.clock, service: 'Copr', ...(options.policy ? { policy: options.policy } : {}) };
  return {
    async latestSucceeded(project, pkg) {
      const [owner, name] = project.split('/') as [string, string];
      const url = new URL(`${options.apiUrl}/api_3/package/`);
      url.search = new URLSearchParams({
        ownername: owner,
        projectname: name,
        packagename: pkg,
        with_latest_succeeded_build: 'True',
      }).toString();
      const what = `GET ${url.origin}${url.pathname} (${project} ${pkg})`;
      const response = await fetchWithRetry(url.toString(), { headers: { accept: 'application/json' } }, http);
      if (response.status === 404) {
        const body = await response.text();
        let said = '';
        try {
          const error = (JSON.parse(body) as { error?: unknown }).error;
          if (typeof error === 'string') said = error;
        } catch {
          // Not Copr's JSON: the apiUrl may point elsewhere; the plain 404 still says enough.
        }
        throw new CoprNotFoundError(project, pkg, said);
      }
      const data = await readJson<CoprPackage>(response, what, 'Copr');
      const builds = typeof data === 'object' && data !== null ? data.builds : undefined;
      if (typeof data !== 'object' || data === null || (builds !== undefined && builds !== null && typeof builds !== 'object')) {
        throw new StageError(
          `Copr answered ${what} with something that is not a package (no "builds")`,
          'check copr.apiUrl in the configuration',
        );
      }
      const build = builds?.latest_succeeded;
      const version = build?.source_package?.version;
      return { version: typeof version === 'string' ? version : null, id: typeof build?.id === 'number' ? build.id : undefined };
    },
  };
}
