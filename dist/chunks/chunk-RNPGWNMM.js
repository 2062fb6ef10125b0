import { createRequire as __sgRequire } from 'node:module'; const require = __sgRequire(import.meta.url);
import {
  formatDuration
} from "./chunk-4PSKXZ4E.js";
import {
  StageError
} from "./chunk-HO53TWSA.js";

// src/github/request-error.ts
function isRequestError(error) {
  return typeof error === "object" && error !== null && typeof error.status === "number";
}
function noAnswer(error, timeoutMs) {
  if (!isRequestError(error) || error.status !== 500 || error.response !== void 0) return void 0;
  const cause = error.cause;
  const name = error.name;
  const causeName = typeof cause === "object" && cause !== null ? cause.name : void 0;
  if (name === "AbortError" || causeName === "TimeoutError" || causeName === "AbortError") {
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
var GitHubUnreachable = class extends StageError {
  constructor(request, reason, apiUrl, cause) {
    let host = apiUrl ?? "GitHub";
    let what = "";
    try {
      const url = new URL(request.url ?? apiUrl ?? "");
      host = url.host;
      let path = url.pathname;
      try {
        path = decodeURIComponent(path);
      } catch {
      }
      what = request.method ? ` (${request.method} ${path}${url.search})` : "";
    } catch {
    }
    super(
      // The setting is named in the message too: some stages show a summary hint of their own.
      `GitHub: could not reach ${host}${what}: ${reason}${apiUrl ? ` (github.apiUrl: ${apiUrl})` : ""}`,
      `check github.apiUrl in the configuration${apiUrl ? ` (now ${apiUrl})` : ""} and the network from where this runs (DNS, proxy, firewall)`,
      cause === void 0 ? void 0 : { cause }
    );
    this.name = "GitHubUnreachable";
  }
};
function describeFailure(error) {
  if (error instanceof GitHubUnreachable) return { status: void 0, detail: error.message, unreachable: error };
  const reason = noAnswer(error);
  if (reason !== void 0) {
    const request = error.request ?? {};
    const unreachable = new GitHubUnreachable(request, reason, void 0, error);
    return { status: void 0, detail: unreachable.message, unreachable };
  }
  const status = isRequestError(error) ? error.status : void 0;
  const detail = error instanceof Error ? error.message.split(" - https://")[0] : String(error);
  return { status, detail };
}

export {
  isRequestError,
  noAnswer,
  GitHubUnreachable,
  describeFailure
};
