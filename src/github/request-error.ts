import { formatDuration } from '../core/duration.ts';
import { StageError } from '../core/errors.ts';

/**
 * The shape of octokit's RequestError, recognised without importing octokit: stages whose
 * components do not use the GitHub API must not load it (it is most of an action's start-up).
 */
export interface RequestErrorLike {
  status: number;
  message: string;
}

export function isRequestError(error: unknown): error is RequestErrorLike {
  return typeof error === 'object' && error !== null && typeof (error as { status?: unknown }).status === 'number';
}

/**
 * Why a request got no HTTP answer at all (refused, DNS, timeout), or undefined when GitHub
 * answered. octokit gives such a failure the placeholder status 500 and no `response`: printed
 * as "HTTP 500" it sends the reader to GitHub's servers instead of the URL or the network.
 */
export function noAnswer(error: unknown, timeoutMs?: number): string | undefined {
  if (!isRequestError(error) || error.status !== 500 || (error as { response?: unknown }).response !== undefined) return undefined;
  const cause = (error as { cause?: unknown }).cause;
  const name = (error as { name?: unknown }).name;
  const causeName = typeof cause === 'object' && cause !== null ? (cause as { name?: unknown }).name : undefined;
  if (name === 'AbortError' || causeName === 'TimeoutError' || causeName === 'AbortError') {
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

/** A GitHub request that never got an answer: the URL (github.apiUrl) or the network is at fault. */
export class GitHubUnreachable extends StageError {
  constructor(request: { method?: string; url?: string }, reason: string, apiUrl?: string, cause?: unknown) {
    let host = apiUrl ?? 'GitHub';
    let what = '';
    try {
      const url = new URL(request.url ?? apiUrl ?? '');
      host = url.host;
      let path = url.pathname;
      try {
        path = decodeURIComponent(path);
      } catch {
        // Named as sent.
      }
      what = request.method ? ` (${request.method} ${path}${url.search})` : '';
    } catch {
      // Not a URL: named as configured.
    }
    super(
      // The setting is named in the message too: some stages show a summary hint of their own.
      `GitHub: could not reach ${host}${what}: ${reason}${apiUrl ? ` (github.apiUrl: ${apiUrl})` : ''}`,
      `check github.apiUrl in the configuration${apiUrl ? ` (now ${apiUrl})` : ''} ` +
        'and the network from where this runs (DNS, proxy, firewall)',
      cause === undefined ? undefined : { cause },
    );
    this.name = 'GitHubUnreachable';
  }
}

/**
 * One reading of a failed GitHub request for every error message: the status only when GitHub
 * answered. `unreachable` is set when no answer came; its message already names the request.
 */
export function describeFailure(error: unknown): { status: number | undefined; detail: string; unreachable?: GitHubUnreachable } {
  if (error instanceof GitHubUnreachable) return { status: undefined, detail: error.message, unreachable: error };
  const reason = noAnswer(error);
  if (reason !== undefined) {
    const request = (error as { request?: { method?: string; url?: string } }).request ?? {};
    const unreachable = new GitHubUnreachable(request, reason, undefined, error);
    return { status: undefined, detail: unreachable.message, unreachable };
  }
  const status = isRequestError(error) ? error.status : undefined;
  // octokit appends " - https://docs.github.com/..." to the message: the reader needs the message.
  const detail = error instanceof Error ? error.message.split(' - https://')[0]! : String(error);
  return { status, detail };
}
