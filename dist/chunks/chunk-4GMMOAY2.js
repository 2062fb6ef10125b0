import { createRequire as __sgRequire } from 'node:module'; const require = __sgRequire(import.meta.url);
import {
  TRANSIENT_STATUSES,
  TransientError,
  parseRetryAfter,
  withRetry
} from "./chunk-LONG6DJQ.js";
import {
  systemClock
} from "./chunk-ZFVJRRAQ.js";
import {
  StageError
} from "./chunk-HO53TWSA.js";

// src/core/http.ts
async function fetchWithRetry(url, init, options) {
  const clock = options.clock ?? systemClock;
  const method = init.method ?? "GET";
  return withRetry(
    {
      service: options.service,
      what: `${method} ${redactQuery(url)}`,
      host: new URL(url).host,
      logger: options.logger,
      clock,
      policy: options.policy
    },
    async (signal) => {
      const response = await fetch(url, {
        method,
        headers: { ...options.headers, ...init.headers },
        ...init.body !== void 0 ? { body: init.body } : {},
        signal
      });
      if (options.incomplete && response.ok && response.status !== 204 && response.status !== 205) {
        const body2 = await response.text();
        const problem = options.incomplete(body2, response);
        if (problem) throw new TransientError(problem);
        return new Response(body2, { status: response.status, statusText: response.statusText, headers: response.headers });
      }
      if (!TRANSIENT_STATUSES.has(response.status)) return response;
      const body = (await response.text()).slice(0, 200).trim();
      throw new TransientError(
        `HTTP ${response.status}${body ? `: ${body}` : ""}`,
        parseRetryAfter(response.headers.get("retry-after"), clock.now())
      );
    }
  );
}
var NOT_THE_API = "check that the URL in the configuration points at the service API, not a web page or a proxy";
async function readJson(response, what, service, hint = NOT_THE_API) {
  const text = await response.text();
  const type = response.headers.get("content-type") ?? "";
  const page = htmlAnswer(service, what, response.status, type, text);
  if (page) throw new StageError(page, hint);
  if (!response.ok) {
    throw new StageError(`${service} answered HTTP ${response.status} to ${what}${text ? `: ${text.slice(0, 300).trim()}` : ""}`);
  }
  try {
    return JSON.parse(text);
  } catch {
    throw new StageError(
      `${service} answered ${what} with something that is not JSON (${type || "no content type"}): ${text.slice(0, 120).trim()}`,
      hint
    );
  }
}
function htmlAnswer(service, what, status, contentType, body) {
  if (!/html/i.test(contentType) && !/^\s*<(!doctype|html|head|body)/i.test(body)) return void 0;
  const title = /<title[^>]*>([^<]*)</i.exec(body)?.[1]?.replace(/\s+/g, " ").trim();
  return `${service} answered ${what} with an HTML page (HTTP ${status}${title ? `, "${title.slice(0, 80)}"` : ""}) instead of JSON`;
}
function isWholeJson(body) {
  try {
    JSON.parse(body);
    return true;
  } catch {
    return false;
  }
}
function redactQuery(url) {
  const q = url.indexOf("?");
  return q < 0 ? url : `${url.slice(0, q)}?\u2026`;
}

export {
  fetchWithRetry,
  readJson,
  htmlAnswer,
  isWholeJson
};
