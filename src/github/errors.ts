import { formatDuration } from '../core/duration.ts';
import { StageError, errorMessage } from '../core/errors.ts';

/**
 * The one error of the GitHub client, whatever went wrong: GitHub answered with an error, never
 * answered, or answered with something that is not its API. Octokit-free, so stages that do not
 * use the GitHub API can recognise it without loading octokit (most of an action's start-up).
 */
export class GitHubError extends StageError {
  /** The HTTP status GitHub answered; undefined when no answer came (the URL or the network is at fault). */
  readonly status: number | undefined;
  /** Waiting cannot heal it (a refused token, no such repository or workflow, a refused request): a wait stops at once. */
  readonly permanent: boolean;
  constructor(message: string, options: { status?: number; hint?: string; cause?: unknown; permanent?: boolean } = {}) {
    super(message, options.hint, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'GitHubError';
    this.status = options.status;
    this.permanent = options.permanent ?? (options.status !== undefined && PERMANENT.has(options.status));
  }
}

const PERMANENT = new Set([401, 404, 422]);

export const NOT_THE_API_HINT =
  'check github.apiUrl in the configuration: it must be the API (https://api.github.com, or https://HOST/api/v3), not the web site or a proxy';

function hintFor(status: number): string | undefined {
  if (status === 401) return 'GITHUB_TOKEN is not valid (expired or revoked?): set a valid token (the action input github-token)';
  if (status === 403)
    return (
      'the token lacks a permission for this request (contents: write to move, checks: read for checks), ' +
      'or a rate limit could not be waited out'
    );
  if (status === 404)
    return (
      'check the repository and the workflow file names in the configuration, and ' +
      'that GITHUB_TOKEN can read the repository (private repositories answer 404)'
    );
  return undefined;
}

interface OctokitFailure {
  status: number;
  message: string;
  name?: unknown;
  response?: unknown;
  cause?: unknown;
  request?: { method?: string; url?: string };
}

/** octokit's RequestError, recognised by shape without importing octokit. */
function isOctokitFailure(error: unknown): error is OctokitFailure {
  return typeof error === 'object' && error !== null && typeof (error as { status?: unknown }).status === 'number';
}

/** "GET /repos/o/r/git/ref/heads/stable": a request as messages name it, without host or headers. */
export function requestLine(request: { method?: string; url?: string } | undefined): string {
  if (!request?.url) return request?.method ?? 'a request';
  try {
    const url = new URL(request.url);
    let path = url.pathname;
    try {
      path = decodeURIComponent(path);
    } catch {
      // Named as sent.
    }
    return `${request.method ?? 'GET'} ${path}${url.search}`;
  } catch {
    return `${request.method ?? 'GET'} ${request.url}`;
  }
}

/**
 * Why a request got no HTTP answer at all (refused, DNS, timeout), or undefined when GitHub
 * answered. octokit gives such a failure the placeholder status 500 and no `response`: printed
 * as "HTTP 500" it sends the reader to GitHub's servers instead of the URL or the network.
 */
function noAnswer(error: OctokitFailure, timeoutMs?: number): string | undefined {
  if (error.status !== 500 || error.response !== undefined) return undefined;
  const cause = error.cause;
  const causeName = typeof cause === 'object' && cause !== null ? (cause as { name?: unknown }).name : undefined;
  if (error.name === 'AbortError' || causeName === 'TimeoutError' || causeName === 'AbortError') {
    return timeoutMs ? `no answer within ${formatDuration(timeoutMs)}` : 'no answer in time';
  }
  // The socket's own error ("connect ECONNREFUSED ...", "getaddrinfo ENOTFOUND ...") is deepest in
  // the cause chain; octokit copies it only when fetch's TypeError is of this realm.
  let reason = error.message && error.message !== 'Unknown Error' ? error.message : 'the connection failed';
  for (let e: unknown = cause, depth = 0; typeof e === 'object' && e !== null && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const { code, message } = e as { code?: unknown; message?: unknown };
    if (typeof code === 'string' && typeof message === 'string' && message)
      reason = message.includes(code) ? message : `${message} (${code})`;
  }
  return reason;
}

/** A request that never got an answer: names the host, the request and the setting to check. */
function unreachable(request: { method?: string; url?: string }, reason: string, apiUrl: string | undefined, cause: unknown): GitHubError {
  let host = apiUrl ?? 'GitHub';
  try {
    host = new URL(request.url ?? apiUrl ?? '').host;
  } catch {
    // Not a URL: named as configured.
  }
  const what = request.url ? ` (${requestLine(request)})` : '';
  return new GitHubError(
    // The setting is named in the message too: some stages show a summary hint of their own.
    `GitHub: could not reach ${host}${what}: ${reason}${apiUrl ? ` (github.apiUrl: ${apiUrl})` : ''}`,
    {
      hint:
        `check github.apiUrl in the configuration${apiUrl ? ` (now ${apiUrl})` : ''} ` +
        'and the network from where this runs (DNS, proxy, firewall)',
      cause,
    },
  );
}

/**
 * Any failure of a GitHub call as the one GitHubError: one already made passes through; octokit's
 * errors are read for their status (or for the missing answer); anything else (a GraphQL error)
 * is named with `what`. `context.apiUrl` and `context.timeoutMs` name the setting and the limit.
 */
export function gitHubError(error: unknown, what?: string, context: { apiUrl?: string; timeoutMs?: number } = {}): GitHubError {
  if (error instanceof GitHubError) return error;
  if (!isOctokitFailure(error)) return new GitHubError(`GitHub: ${what ?? 'a request'}: ${errorMessage(error)}`, { cause: error });
  const request = error.request ?? {};
  const reason = noAnswer(error, context.timeoutMs);
  if (reason !== undefined) return unreachable(request, reason, context.apiUrl, error);
  const named = what ?? requestLine(request);
  // octokit appends " - https://docs.github.com/..." to the message: the reader needs the message.
  const detail = error.message.split(' - https://')[0]!;
  const message =
    error.status === 401
      ? `GitHub refused the token (401) for ${named}: ${detail}`
      : `GitHub answered ${named} with HTTP ${error.status}: ${detail}`;
  return new GitHubError(message, { status: error.status, hint: hintFor(error.status), cause: error });
}

/** An answer without what we read ("without node_id"): the URL points at something that is not the GitHub API. */
export function unexpectedAnswer(what: string, how: string): GitHubError {
  return new GitHubError(`GitHub answered ${what} ${how}`, { hint: NOT_THE_API_HINT });
}

/** Whether a call failed because GitHub has no such thing (or the token cannot see it): 404. */
export function isNotFound(error: unknown): boolean {
  return error instanceof GitHubError && error.status === 404;
}
