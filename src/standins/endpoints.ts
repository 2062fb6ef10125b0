import { HttpDouble, type Reply } from './http-double.ts';

const HEALTHY = { status: 200, body: { status: 'We are healthy!' } };
const DASHBOARD =
  '<!doctype html><html><head><title>Packit Dashboard</title></head><body><div id="root">Packit Dashboard</div></body></html>';

export interface VersionEntry {
  commit: string | null;
  version: string;
}

/**
 * The service's own endpoints, as Packit Service answers them: `GET /api/system` (versions of its
 * packages), `GET /api/healthz` (`{"status": "We are healthy!"}`) and a dashboard page at `/`.
 * Tests switch the answers: other versions, an unhealthy status, a page without its marker, a
 * delay longer than the gate waits.
 */
export class EndpointsDouble extends HttpDouble {
  /** Package key → what /api/system says about it. */
  readonly versions = new Map<string, VersionEntry>();
  healthz: { status: number; body: unknown } = HEALTHY;
  dashboard = DASHBOARD;
  /** Path → milliseconds to wait before answering (real time: it is the network the gate waits on). */
  readonly delays = new Map<string, number>();
  private readonly timers = new Set<NodeJS.Timeout>();

  constructor() {
    super(async (request) => {
      const delay = this.delays.get(request.path);
      if (delay) {
        await new Promise<void>((resolve) => {
          const timer = setTimeout(() => {
            this.timers.delete(timer);
            resolve();
          }, delay);
          this.timers.add(timer);
        });
      }
      return this.answer(request.method, request.path);
    });
  }

  /** Back to a healthy service with no versions. */
  reset(): void {
    this.versions.clear();
    this.delays.clear();
    this.healthz = HEALTHY;
    this.dashboard = DASHBOARD;
    this.requests.length = 0;
  }

  override async stop(): Promise<void> {
    // A delayed answer nobody waits for any more must not keep the process alive.
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    await super.stop();
  }

  /** Sets a package's entry the way the service derives it: the commit is the hash after `+g`. */
  setVersion(key: string, version: string): void {
    this.versions.set(key, { commit: /\+g([0-9a-f]{7,})/.exec(version)?.[1]?.slice(0, 7) ?? null, version });
  }

  private answer(method: string, path: string): Reply {
    if (method !== 'GET' && method !== 'HEAD') return { status: 405, body: { message: 'Method Not Allowed' } };
    if (path === '/api/system') return { body: Object.fromEntries(this.versions) };
    if (path === '/api/healthz') return { status: this.healthz.status, body: this.healthz.body };
    if (path === '/' || path === '/index.html') return { headers: { 'content-type': 'text/html; charset=utf-8' }, body: this.dashboard };
    return { status: 404, headers: { 'content-type': 'text/html; charset=utf-8' }, body: '<h1>Not Found</h1>' };
  }
}
