import { createRequire as __sgRequire } from 'node:module'; const require = __sgRequire(import.meta.url);
import {
  formatDuration
} from "./chunk-4PSKXZ4E.js";
import {
  StageError
} from "./chunk-HO53TWSA.js";

// src/core/retry.ts
var DEFAULT_RETRY_POLICY = {
  attempts: 5,
  baseMs: 1e3,
  maxBackoffMs: 3e4,
  maxRetryAfterMs: 5 * 6e4,
  attemptTimeoutMs: 3e4
};
var TransientError = class extends Error {
  retryAfterMs;
  once;
  constructor(message, retryAfterMs, options = {}) {
    super(message, options.cause === void 0 ? void 0 : { cause: options.cause });
    this.name = "TransientError";
    this.retryAfterMs = retryAfterMs;
    this.once = options.once ?? false;
  }
};
var TLS_CODES = /* @__PURE__ */ new Set([
  "CERT_HAS_EXPIRED",
  "CERT_NOT_YET_VALID",
  "DEPTH_ZERO_SELF_SIGNED_CERT",
  "SELF_SIGNED_CERT_IN_CHAIN",
  "UNABLE_TO_GET_ISSUER_CERT",
  "UNABLE_TO_GET_ISSUER_CERT_LOCALLY",
  "UNABLE_TO_VERIFY_LEAF_SIGNATURE",
  "ERR_TLS_CERT_ALTNAME_INVALID",
  "CERT_SIGNATURE_FAILURE",
  "CERT_UNTRUSTED"
]);
var TRANSIENT_CODES = /* @__PURE__ */ new Set([
  "ECONNRESET",
  "ECONNREFUSED",
  "ECONNABORTED",
  "EPIPE",
  "ETIMEDOUT",
  "EAI_AGAIN",
  "ENETUNREACH",
  "EHOSTUNREACH",
  "UND_ERR_SOCKET",
  "UND_ERR_CONNECT_TIMEOUT",
  "UND_ERR_HEADERS_TIMEOUT",
  "UND_ERR_BODY_TIMEOUT",
  "UND_ERR_CLOSED"
]);
var TRANSIENT_STATUSES = /* @__PURE__ */ new Set([408, 425, 429, 500, 502, 503, 504]);
function errorCodes(error) {
  const codes = [];
  for (let e = error, depth = 0; e && typeof e === "object" && depth < 5; e = e.cause, depth++) {
    const code = e.code;
    if (typeof code === "string") codes.push(code);
  }
  return codes;
}
function isTimeout(error) {
  const name = error && typeof error === "object" ? error.name : void 0;
  return name === "TimeoutError" || name === "AbortError";
}
function tlsProblem(error) {
  return errorCodes(error).find((code) => TLS_CODES.has(code));
}
function noSuchHost(error) {
  return errorCodes(error).includes("ENOTFOUND");
}
function retriedOnce(error) {
  return error instanceof TransientError && error.once || errorCodes(error).includes("EAI_AGAIN");
}
function isTransient(error) {
  if (noSuchHost(error)) return false;
  if (error instanceof TransientError) return true;
  if (tlsProblem(error)) return false;
  if (isTimeout(error)) return true;
  if (errorCodes(error).some((code) => TRANSIENT_CODES.has(code))) return true;
  const { name, message } = error ?? {};
  return name === "TypeError" && typeof message === "string" && /fetch failed|terminated|other side closed/i.test(message);
}
function describeError(error) {
  const said = (e) => {
    const message = typeof e === "object" && e !== null ? e.message : void 0;
    return typeof message === "string" ? message : void 0;
  };
  let text = said(error);
  if (text === void 0) return String(error);
  for (let e = error.cause, depth = 0; typeof e === "object" && e !== null && depth < 5; depth++) {
    const message = said(e);
    if (message && !text.includes(message)) text += ` (${message})`;
    e = e.cause;
  }
  return text;
}
function parseRetryAfter(header, now) {
  if (!header) return void 0;
  if (/^\d+$/.test(header.trim())) return Number(header.trim()) * 1e3;
  const date = Date.parse(header);
  return Number.isNaN(date) ? void 0 : Math.max(0, date - now);
}
function backoffMs(policy, attempt, random) {
  const exponential = Math.min(policy.maxBackoffMs, policy.baseMs * 2 ** (attempt - 1));
  return Math.round(exponential * (0.5 + random() / 2));
}
async function withRetry(options, attempt) {
  const policy = { ...DEFAULT_RETRY_POLICY, ...options.policy };
  const random = options.random ?? Math.random;
  let lastProblem = "";
  let limit = policy.attempts;
  let n = 1;
  for (; n <= limit; n++) {
    try {
      return await attempt(AbortSignal.timeout(policy.attemptTimeoutMs));
    } catch (error) {
      const tls = tlsProblem(error);
      if (tls) {
        throw new StageError(
          `${options.service}: TLS certificate not accepted (${tls}) for ${options.what}`,
          "the server presents a certificate we do not trust: give its CA in the configuration (e.g. caFile) or fix the URL",
          { cause: error }
        );
      }
      if (noSuchHost(error) && !(error instanceof StageError)) {
        throw new StageError(
          `${options.service}: ${options.host ?? "the host"} does not resolve, for ${options.what}: ${describeError(error)}`,
          "check the host name in the configuration (a typo?) and the DNS of where this runs; a name that does not resolve is not retried",
          { cause: error }
        );
      }
      if (!isTransient(error)) throw error;
      const connection = !isTimeout(error) && !(error instanceof TransientError && error.cause === void 0);
      const reached = connection && options.host ? `could not reach ${options.host}: ` : "";
      lastProblem = isTimeout(error) ? `no answer within ${formatDuration(policy.attemptTimeoutMs)}` : reached + describeError(error);
      if (retriedOnce(error)) limit = Math.min(limit, n + 1);
      if (n >= limit) break;
      let wait = backoffMs(policy, n, random);
      const after = error instanceof TransientError ? error.retryAfterMs : void 0;
      if (after !== void 0) {
        if (after > policy.maxRetryAfterMs) {
          throw new StageError(
            `${options.service} asks us to wait ${Math.round(after / 1e3)}s (Retry-After) for ${options.what}, longer than the ${Math.round(policy.maxRetryAfterMs / 1e3)}s we wait`,
            "the service is rate limiting this token; try again later"
          );
        }
        wait = Math.max(wait, after);
      }
      options.logger.warning(
        `${options.service}: ${lastProblem} (${options.what}); retrying in ${Math.max(1, Math.round(wait / 1e3))}s (attempt ${n + 1} of ${limit})`
      );
      await options.clock.sleep(wait);
    }
  }
  const tried = Math.min(n, limit);
  throw new StageError(
    `${options.service} did not answer ${options.what} after ${tried} attempt${tried === 1 ? "" : "s"}: ${lastProblem}`,
    "check that the service is reachable and its URL in the configuration is right; then run the stage again"
  );
}

export {
  DEFAULT_RETRY_POLICY,
  TransientError,
  TRANSIENT_STATUSES,
  tlsProblem,
  isTransient,
  describeError,
  parseRetryAfter,
  withRetry
};
