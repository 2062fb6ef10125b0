import { createRequire as __sgRequire } from 'node:module'; const require = __sgRequire(import.meta.url);
import {
  formatDuration
} from "./chunk-4PSKXZ4E.js";
import {
  StageError,
  errorMessage
} from "./chunk-HO53TWSA.js";

// src/github/errors.ts
var GitHubError = class extends StageError {
  /** The HTTP status GitHub answered; undefined when no answer came (the URL or the network is at fault). */
  status;
  /** Waiting cannot heal it (a refused token, no such repository or workflow, a refused request): a wait stops at once. */
  permanent;
  constructor(message, options = {}) {
    super(message, options.hint, options.cause === void 0 ? void 0 : { cause: options.cause });
    this.name = "GitHubError";
    this.status = options.status;
    this.permanent = options.permanent ?? (options.status !== void 0 && PERMANENT.has(options.status));
  }
};
var PERMANENT = /* @__PURE__ */ new Set([401, 404, 422]);
var NOT_THE_API_HINT = "check github.apiUrl in the configuration: it must be the API (https://api.github.com, or https://HOST/api/v3), not the web site or a proxy";
function hintFor(status) {
  if (status === 401) return "GITHUB_TOKEN is not valid (expired or revoked?): set a valid token (the action input github-token)";
  if (status === 403)
    return "the token lacks a permission for this request (contents: write to move, checks: read for checks), or a rate limit could not be waited out";
  if (status === 404)
    return "check the repository and the workflow file names in the configuration, and that GITHUB_TOKEN can read the repository (private repositories answer 404)";
  return void 0;
}
function isOctokitFailure(error) {
  return typeof error === "object" && error !== null && typeof error.status === "number";
}
function requestLine(request) {
  if (!request?.url) return request?.method ?? "a request";
  try {
    const url = new URL(request.url);
    let path = url.pathname;
    try {
      path = decodeURIComponent(path);
    } catch {
    }
    return `${request.method ?? "GET"} ${path}${url.search}`;
  } catch {
    return `${request.method ?? "GET"} ${request.url}`;
  }
}
function noAnswer(error, timeoutMs) {
  if (error.status !== 500 || error.response !== void 0) return void 0;
  const cause = error.cause;
  const causeName = typeof cause === "object" && cause !== null ? cause.name : void 0;
  if (error.name === "AbortError" || causeName === "TimeoutError" || causeName === "AbortError") {
    return timeoutMs ? `no answer within ${formatDuration(timeoutMs)}` : "no answer in time";
  }
  let reason = error.message && error.message !== "Unknown Error" ? error.message : "the connection failed";
  for (let e = cause, depth = 0; typeof e === "object" && e !== null && depth < 5; e = e.cause, depth++) {
    const { code, message } = e;
    if (typeof code === "string" && typeof message === "string" && message)
      reason = message.includes(code) ? message : `${message} (${code})`;
  }
  return reason;
}
function unreachable(request, reason, apiUrl, cause) {
  let host = apiUrl ?? "GitHub";
  try {
    host = new URL(request.url ?? apiUrl ?? "").host;
  } catch {
  }
  const what = request.url ? ` (${requestLine(request)})` : "";
  return new GitHubError(
    // The setting is named in the message too: some stages show a summary hint of their own.
    `GitHub: could not reach ${host}${what}: ${reason}${apiUrl ? ` (github.apiUrl: ${apiUrl})` : ""}`,
    {
      hint: `check github.apiUrl in the configuration${apiUrl ? ` (now ${apiUrl})` : ""} and the network from where this runs (DNS, proxy, firewall)`,
      cause
    }
  );
}
function gitHubError(error, what, context = {}) {
  if (error instanceof GitHubError) return error;
  if (!isOctokitFailure(error)) return new GitHubError(`GitHub: ${what ?? "a request"}: ${errorMessage(error)}`, { cause: error });
  const request = error.request ?? {};
  const reason = noAnswer(error, context.timeoutMs);
  if (reason !== void 0) return unreachable(request, reason, context.apiUrl, error);
  const named = what ?? requestLine(request);
  const detail = error.message.split(" - https://")[0];
  const message = error.status === 401 ? `GitHub refused the token (401) for ${named}: ${detail}` : `GitHub answered ${named} with HTTP ${error.status}: ${detail}`;
  return new GitHubError(message, { status: error.status, hint: hintFor(error.status), cause: error });
}
function unexpectedAnswer(what, how) {
  return new GitHubError(`GitHub answered ${what} ${how}`, { hint: NOT_THE_API_HINT });
}
function isNotFound(error) {
  return error instanceof GitHubError && error.status === 404;
}

export {
  GitHubError,
  NOT_THE_API_HINT,
  requestLine,
  gitHubError,
  unexpectedAnswer,
  isNotFound
};
