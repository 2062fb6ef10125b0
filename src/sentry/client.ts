import type { Clock } from '../core/clock.ts';
import { StageError } from '../core/errors.ts';
import { fetchWithRetry, htmlAnswer, isWholeJson, readJson } from '../core/http.ts';
import type { Logger } from '../core/logger.ts';
import type { RetryPolicy } from '../core/retry.ts';

/** One Sentry issue, as the project issues endpoint describes it (the fields we use). */
export interface SentryIssue {
  id: string;
  shortId: string;
  title: string;
  culprit: string;
  permalink: string;
  /** Events of the issue; Sentry sends it as a string. */
  count: number;
  userCount: number;
  firstSeen: string;
  lastSeen: string;
  status: string;
  level: string;
}

export interface SentryClient {
  /** Unresolved issues of the project first seen within the last `windowMs`, every page read. */
  newIssues(windowMs: number): Promise<SentryIssue[]>;
  /** Requests sent, pages included. */
  readonly requests: number;
}

export interface SentryClientOptions {
  apiUrl: string;
  org: string;
  project: string;
  token: string;
  logger: Logger;
  clock: Clock;
  policy?: Partial<RetryPolicy>;
  /** Read at most this many pages (each up to 100 issues); more is a failed read, a flood fails the gate either way. */
  maxPages?: number;
}

const SERVICE = 'Sentry';

export function createSentryClient(options: SentryClientOptions): SentryClient {
  let requests = 0;
  const maxPages = options.maxPages ?? 10;
  const base = options.apiUrl.replace(/\/+$/, '');
  const path = `/api/0/projects/${encodeURIComponent(options.org)}/${encodeURIComponent(options.project)}/issues/`;
  const http = {
    service: SERVICE,
    logger: options.logger,
    clock: options.clock,
    policy: options.policy,
    headers: { authorization: `Bearer ${options.token}`, accept: 'application/json' },
    // A page cut short or a proxy's page in Sentry's place is a read that stopped early: tried again,
    // so one glitch does not fail the gate and roll production back.
    incomplete: (body: string, response: Response) =>
      htmlAnswer(SERVICE, `GET ${path}`, response.status, response.headers.get('content-type') ?? '', body) ??
      (isWholeJson(body) ? undefined : `${SERVICE} answered GET ${path} with JSON that does not parse (cut short?)`),
  };

  // Sentry says in every answer how many requests are left in its window and when it resets.
  let pauseUntil = 0;
  async function page(url: string): Promise<{ issues: SentryIssue[]; next: string | undefined }> {
    const wait = pauseUntil - options.clock.now();
    if (wait > 0) {
      options.logger.info(`Sentry: rate limit of this token used up; waiting ${Math.ceil(wait / 1000)}s for its next window`);
      await options.clock.sleep(wait);
    }
    requests++;
    const response = await fetchWithRetry(url, {}, http);
    pauseUntil = rateLimitPause(response.headers, options.clock.now());
    if (response.status === 401) {
      throw new StageError(
        `Sentry refused SENTRY_AUTH_TOKEN (HTTP 401${await detail(response)}) for GET ${path}`,
        'the token is invalid or expired: create a new one with the scopes project:read and event:read and set SENTRY_AUTH_TOKEN',
      );
    }
    if (response.status === 403) {
      throw new StageError(
        `Sentry: SENTRY_AUTH_TOKEN may not read the issues of ${options.org}/${options.project} (HTTP 403${await detail(response)})`,
        'give the token the scopes project:read and event:read, in an organization that has this project',
      );
    }
    if (response.status === 404) {
      throw new StageError(
        `Sentry has no project ${options.org}/${options.project} at ${base} (HTTP 404${await detail(response)})`,
        'check health.sentry.apiUrl, org and project (the slugs in the project URL)',
      );
    }
    const body = await readJson<unknown>(response, `GET ${path}`, SERVICE);
    if (!Array.isArray(body))
      throw new StageError(
        `Sentry answered GET ${path} with ${typeof body}, not a list of issues`,
        'check health.sentry.apiUrl: it must be the Sentry server, e.g. https://sentry.io',
      );
    return { issues: body.map((item, i) => toIssue(item, i)), next: sameOrigin(nextPage(response.headers.get('link')), base) };
  }

  return {
    get requests() {
      return requests;
    },
    async newIssues(windowMs) {
      // Sentry's search knows minutes; rounding up never hides an issue, the date filter below trims.
      const minutes = Math.max(1, Math.ceil(windowMs / 60_000));
      let url: string | undefined =
        `${base}${path}?${new URLSearchParams({ query: `is:unresolved firstSeen:-${minutes}m`, limit: '100' }).toString()}`;
      const since = options.clock.now() - windowMs;
      const all: SentryIssue[] = [];
      for (let n = 0; url; n++) {
        // A gate that read only part of the list cannot say there are no new issues.
        if (n === maxPages) {
          throw new StageError(
            `Sentry: stopped after ${maxPages} pages (${all.length} issues) and Sentry says there are more: ` +
              'the new issues were not all read',
            'resolve or ignore the flood of issues in Sentry, or narrow health.sentry.window, then run the gate again',
          );
        }
        const { issues, next } = await page(url);
        all.push(...issues);
        url = next;
      }
      // The search already asks for new issues; the date filter keeps a server that ignores it honest.
      return all.filter((issue) => issue.status === 'unresolved' && Date.parse(issue.firstSeen) >= since);
    },
  };
}

/** The end of the current window when none of its requests are left (at most a minute away), else 0. */
export function rateLimitPause(headers: Headers, now: number): number {
  if (headers.get('x-sentry-rate-limit-remaining')?.trim() !== '0') return 0;
  const reset = Number(headers.get('x-sentry-rate-limit-reset')) * 1000;
  if (!Number.isFinite(reset) || reset <= now) return 0;
  return Math.min(reset, now + 60_000);
}

/** The `rel="next"` link, when Sentry says it has results (it always sends both links). */
export function nextPage(header: string | null): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(/,(?=\s*<)/)) {
    const url = /<([^>]*)>/.exec(part)?.[1];
    const params = new Map([...part.matchAll(/;\s*([a-z]+)="([^"]*)"/gi)].map((m) => [m[1]!.toLowerCase(), m[2]!]));
    if (url && params.get('rel') === 'next' && params.get('results') === 'true') return url;
  }
  return undefined;
}

/**
 * The token goes with every page request: a next link is followed only on the origin the
 * configuration names (scheme, host and port), never to wherever an answer points.
 */
function sameOrigin(next: string | undefined, base: string): string | undefined {
  if (next === undefined) return undefined;
  const expected = new URL(base).origin;
  let origin: string;
  try {
    origin = new URL(next).origin;
  } catch {
    throw new StageError(`Sentry answered with a next-page link that is not a URL: ${JSON.stringify(next.slice(0, 200))}`);
  }
  if (origin !== expected) {
    throw new StageError(
      `Sentry's next-page link points to ${origin}, not to ${expected} (health.sentry.apiUrl): ` +
        `not followed, the token stays with ${expected}`,
      'set health.sentry.apiUrl to the address Sentry itself uses (its system.url-prefix), including https',
    );
  }
  return next;
}

function toIssue(item: unknown, index: number): SentryIssue {
  const o = (item && typeof item === 'object' ? item : {}) as Record<string, unknown>;
  const str = (key: string): string => {
    const value = o[key];
    if (typeof value === 'string') return value;
    if (typeof value === 'number') return String(value);
    return '';
  };
  if (!str('id') || !str('firstSeen') || Number.isNaN(Date.parse(str('firstSeen')))) {
    throw new StageError(`Sentry answered with an issue (#${index + 1}) without id or firstSeen: ${JSON.stringify(item).slice(0, 200)}`);
  }
  return {
    id: str('id'),
    shortId: str('shortId') || str('id'),
    title: str('title') || '(no title)',
    culprit: str('culprit'),
    permalink: str('permalink'),
    count: Number(str('count')) || 0,
    userCount: Number(str('userCount')) || 0,
    firstSeen: str('firstSeen'),
    lastSeen: str('lastSeen'),
    status: str('status') || 'unresolved',
    level: str('level'),
  };
}

async function detail(response: Response): Promise<string> {
  const text = (await response.text()).trim();
  try {
    const body = JSON.parse(text) as { detail?: unknown };
    if (typeof body.detail === 'string') return `: ${body.detail}`;
  } catch {
    // not JSON: the text itself, shortened
  }
  return text ? `: ${text.slice(0, 200)}` : '';
}
