import { HttpDouble, type RecordedRequest, type Reply } from './http-double.ts';

export interface SentryDoubleIssue {
  id: string;
  title: string;
  /** Events so far; Sentry sends it as a string. */
  count: number;
  firstSeen: Date;
  lastSeen?: Date;
  status?: 'unresolved' | 'resolved' | 'ignored';
  culprit?: string;
  level?: string;
  userCount?: number;
}

/**
 * Sentry's `GET /api/0/projects/{org}/{project}/issues/` (https://docs.sentry.io/api/events/list-a-projects-issues/):
 * Bearer tokens, the search terms `is:<status>` and `firstSeen:-<n><m|h|d|w>`, newest first, and
 * cursor pagination in the `Link` header with `results="true|false"` (https://docs.sentry.io/api/pagination).
 */
export class SentryDouble extends HttpDouble {
  token = 'sntrys_testtoken_0123456789abcdef';
  org = 'packit';
  project = 'packit-service';
  readonly issues: SentryDoubleIssue[] = [];
  /** Issues per page (Sentry's default and maximum is 100); tests make it small to see pagination. */
  pageSize = 100;
  /** The double's "now" for relative searches; tests pass their injected clock. */
  now: () => number = () => Date.now();
  /** Requests per fixed window of `windowMs` (Sentry's per-caller, per-endpoint limit); more → 429. */
  rateLimit = { limit: 40, windowMs: 1000 };
  private window = { start: 0, used: 0 };
  /** Where the Link header points (default: this double); a test makes it another origin. */
  linkBase: string | undefined;
  /** Called on every first page of a search, before it is answered: a test may add an issue "meanwhile". */
  onSearch: (() => void) | undefined;

  constructor() {
    super((request, url) => this.answer(request, url));
  }

  addIssue(issue: Omit<SentryDoubleIssue, 'id'> & { id?: string }): SentryDoubleIssue {
    const added = { ...issue, id: issue.id ?? String(4_100_000_000 + this.issues.length + 1) };
    this.issues.push(added);
    return added;
  }

  private answer(request: RecordedRequest, url: URL): Reply {
    const auth = request.headers.authorization;
    if (!auth) return { status: 401, body: { detail: 'Authentication credentials were not provided.' } };
    if (auth !== `Bearer ${this.token}`) return { status: 401, body: { detail: 'Invalid token' } };
    const limited = this.countRequest();
    if (limited.status) return limited;
    const reply = this.issuesAnswer(request, url);
    return { ...reply, headers: { ...limited.headers, ...reply.headers } };
  }

  /** X-Sentry-Rate-Limit-* on every answer, as https://docs.sentry.io/api/ratelimits/ describes. */
  private countRequest(): Reply & { headers: Record<string, string> } {
    const now = this.now();
    const start = now - (now % this.rateLimit.windowMs);
    if (start !== this.window.start) this.window = { start, used: 0 };
    this.window.used++;
    const headers = {
      'x-sentry-rate-limit-limit': String(this.rateLimit.limit),
      'x-sentry-rate-limit-remaining': String(Math.max(0, this.rateLimit.limit - this.window.used)),
      'x-sentry-rate-limit-reset': String(Math.ceil((start + this.rateLimit.windowMs) / 1000)),
      'x-sentry-rate-limit-concurrentlimit': '25',
      'x-sentry-rate-limit-concurrentremaining': '24',
    };
    if (this.window.used > this.rateLimit.limit)
      return {
        status: 429,
        headers,
        body: {
          detail:
            `You are attempting to use this endpoint too frequently. Limit is ` +
            `${this.rateLimit.limit} requests in ${this.rateLimit.windowMs / 1000} seconds`,
        },
      };
    return { headers };
  }

  private issuesAnswer(request: RecordedRequest, url: URL): Reply {
    const match = /^\/api\/0\/projects\/([^/]+)\/([^/]+)\/issues\/$/.exec(request.path);
    if (request.method !== 'GET' || !match) return { status: 404, body: { detail: 'The requested resource does not exist' } };
    if (match[1] !== this.org || match[2] !== this.project)
      return { status: 404, body: { detail: 'The requested resource does not exist' } };
    if (!url.searchParams.has('cursor')) this.onSearch?.();
    const filter = this.search(url.searchParams.get('query') ?? 'is:unresolved');
    if (typeof filter === 'string') return { status: 400, body: { detail: filter } };
    const found = this.issues.filter(filter).sort((a, b) => (b.lastSeen ?? b.firstSeen).getTime() - (a.lastSeen ?? a.firstSeen).getTime());
    const limit = Math.min(this.pageSize, Number(url.searchParams.get('limit') ?? 100) || 100);
    const offset = Number(/^\d+:(\d+):\d+$/.exec(url.searchParams.get('cursor') ?? '')?.[1] ?? 0);
    const slice = found.slice(offset, offset + limit);
    const link = (rel: string, at: number, results: boolean): string => {
      const next = new URL(url);
      next.searchParams.set('cursor', `0:${at}:${rel === 'previous' ? 1 : 0}`);
      return (
        `<${this.linkBase ?? this.url}${next.pathname}${next.search}>; rel="${rel}"; ` +
        `results="${results}"; cursor="0:${at}:${rel === 'previous' ? 1 : 0}"`
      );
    };
    return {
      headers: {
        link: [link('previous', Math.max(0, offset - limit), offset > 0), link('next', offset + limit, offset + limit < found.length)].join(
          ', ',
        ),
      },
      body: slice.map((issue) => this.render(issue)),
    };
  }

  /** The two search terms the health gate sends; anything else is refused, as an unknown key would be. */
  private search(query: string): ((issue: SentryDoubleIssue) => boolean) | string {
    const tests: Array<(issue: SentryDoubleIssue) => boolean> = [];
    for (const term of query.split(/\s+/).filter(Boolean)) {
      let m: RegExpExecArray | null;
      if ((m = /^is:(unresolved|resolved|ignored)$/.exec(term))) {
        const status = m[1];
        tests.push((i) => (i.status ?? 'unresolved') === status);
      } else if ((m = /^firstSeen:-(\d+)([mhdw])$/.exec(term))) {
        const unit = { m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 }[m[2] as 'm' | 'h' | 'd' | 'w'];
        const since = this.now() - Number(m[1]) * unit;
        tests.push((i) => i.firstSeen.getTime() >= since);
      } else {
        return `Invalid search query: unsupported term "${term}"`;
      }
    }
    return (issue) => tests.every((t) => t(issue));
  }

  private render(issue: SentryDoubleIssue): Record<string, unknown> {
    const base = this.url;
    return {
      id: issue.id,
      shareId: null,
      shortId: `PACKIT-SERVICE-${Number(issue.id).toString(36).toUpperCase()}`,
      title: issue.title,
      culprit: issue.culprit ?? 'packit_service.worker.tasks in process_message',
      permalink: `${base}/organizations/${this.org}/issues/${issue.id}/`,
      logger: null,
      level: issue.level ?? 'error',
      status: issue.status ?? 'unresolved',
      statusDetails: {},
      isPublic: false,
      platform: 'python',
      project: { id: '1829543', name: this.project, slug: this.project, platform: 'python' },
      type: 'error',
      metadata: { type: issue.title.split(':')[0], value: issue.title },
      numComments: 0,
      assignedTo: null,
      isBookmarked: false,
      isSubscribed: false,
      subscriptionDetails: null,
      hasSeen: false,
      annotations: [],
      issueType: 'error',
      issueCategory: 'error',
      isUnhandled: true,
      count: String(issue.count),
      userCount: issue.userCount ?? 0,
      firstSeen: issue.firstSeen.toISOString(),
      lastSeen: (issue.lastSeen ?? issue.firstSeen).toISOString(),
      stats: { '24h': [] },
    };
  }
}
