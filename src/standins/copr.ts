import { HttpDouble } from './http-double.ts';

/**
 * Copr's API v3 `GET /api_3/package/?ownername&projectname&packagename&with_latest_succeeded_build=True`,
 * answering with the documented package object. `onPoll` lets a test act while the stage waits.
 */
export class CoprDouble extends HttpDouble {
  /** "owner/project/package" → version of the latest succeeded build (null: none). */
  readonly latest = new Map<string, string | null>();
  /** Called before each answer with the number of requests for that package so far (this one included). */
  onPoll: ((key: string, count: number) => void) | undefined;
  private polls = 0;
  private readonly perPackage = new Map<string, number>();

  /** Forgets packages, requests and counts (between tests). */
  reset(): void {
    this.latest.clear();
    this.onPoll = undefined;
    this.requests.length = 0;
    this.perPackage.clear();
    this.clearFaults();
  }

  constructor() {
    super((request, url) => {
      if (url.pathname !== '/api_3/package/') return { status: 404, body: { error: 'Not found' } };
      if (request.method !== 'GET') return { status: 405, body: { error: 'Method not allowed' } };
      const q = url.searchParams;
      const key = `${q.get('ownername')}/${q.get('projectname')}/${q.get('packagename')}`;
      this.polls++;
      const count = (this.perPackage.get(key) ?? 0) + 1;
      this.perPackage.set(key, count);
      this.onPoll?.(key, count);
      if (!this.latest.has(key))
        return {
          status: 404,
          body: { error: `Package ${q.get('packagename')} does not exist in ${q.get('ownername')}/${q.get('projectname')}` },
        };
      const version = this.latest.get(key);
      const build =
        version === null
          ? null
          : {
              id: 8000000 + this.polls,
              ownername: q.get('ownername'),
              projectname: q.get('projectname'),
              state: 'succeeded',
              source_package: { name: q.get('packagename'), url: null, version },
              submitted_on: 1764320000,
              ended_on: 1764320900,
            };
      return {
        body: {
          id: 4242,
          name: q.get('packagename'),
          ownername: q.get('ownername'),
          projectname: q.get('projectname'),
          source_type: 'scm',
          auto_rebuild: true,
          builds: { latest: build, latest_succeeded: build },
        },
      };
    });
  }
}
