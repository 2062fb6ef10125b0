import { createRequire as __sgRequire } from 'node:module'; const require = __sgRequire(import.meta.url);
import {
  htmlAnswer
} from "./chunk-4GMMOAY2.js";
import {
  TransientError,
  withRetry
} from "./chunk-LONG6DJQ.js";
import {
  __commonJS,
  __toESM
} from "./chunk-EP666XB4.js";

// node_modules/@babel/runtime/helpers/typeof.js
var require_typeof = __commonJS({
  "node_modules/@babel/runtime/helpers/typeof.js"(exports, module) {
    function _typeof(o) {
      "@babel/helpers - typeof";
      return module.exports = _typeof = "function" == typeof Symbol && "symbol" == typeof Symbol.iterator ? function(o2) {
        return typeof o2;
      } : function(o2) {
        return o2 && "function" == typeof Symbol && o2.constructor === Symbol && o2 !== Symbol.prototype ? "symbol" : typeof o2;
      }, module.exports.__esModule = true, module.exports["default"] = module.exports, _typeof(o);
    }
    module.exports = _typeof, module.exports.__esModule = true, module.exports["default"] = module.exports;
  }
});

// node_modules/@babel/runtime/helpers/toPrimitive.js
var require_toPrimitive = __commonJS({
  "node_modules/@babel/runtime/helpers/toPrimitive.js"(exports, module) {
    var _typeof = require_typeof()["default"];
    function toPrimitive(t, e) {
      if ("object" != _typeof(t) || !t) return t;
      var r;
      if ("undefined" != typeof Symbol && void 0 !== (r = t[Symbol.toPrimitive])) {
        var i = r.call(t, e || "default");
        if ("object" != _typeof(i)) return i;
        throw new TypeError("@@toPrimitive must return a primitive value.");
      }
      return ("string" === e ? String : Number)(t);
    }
    module.exports = toPrimitive, module.exports.__esModule = true, module.exports["default"] = module.exports;
  }
});

// node_modules/@babel/runtime/helpers/toPropertyKey.js
var require_toPropertyKey = __commonJS({
  "node_modules/@babel/runtime/helpers/toPropertyKey.js"(exports, module) {
    var _typeof = require_typeof()["default"];
    var toPrimitive = require_toPrimitive();
    function toPropertyKey(r) {
      var o = toPrimitive(r, "string");
      return "symbol" == _typeof(o) ? o : o + "";
    }
    module.exports = toPropertyKey, module.exports.__esModule = true, module.exports["default"] = module.exports;
  }
});

// node_modules/@babel/runtime/helpers/defineProperty.js
var require_defineProperty = __commonJS({
  "node_modules/@babel/runtime/helpers/defineProperty.js"(exports, module) {
    var toPropertyKey = require_toPropertyKey();
    function _defineProperty2(r, t, o) {
      return (t = toPropertyKey(t)) in r ? Object.defineProperty(r, t, {
        value: o,
        enumerable: true,
        configurable: true,
        writable: true
      }) : r[t] = o, r;
    }
    module.exports = _defineProperty2, module.exports.__esModule = true, module.exports["default"] = module.exports;
  }
});

// node_modules/@babel/runtime/helpers/objectSpread2.js
var require_objectSpread2 = __commonJS({
  "node_modules/@babel/runtime/helpers/objectSpread2.js"(exports, module) {
    var defineProperty = require_defineProperty();
    function ownKeys(e, r) {
      var t = Object.keys(e);
      if (Object.getOwnPropertySymbols) {
        var o = Object.getOwnPropertySymbols(e);
        r && (o = o.filter(function(r2) {
          return Object.getOwnPropertyDescriptor(e, r2).enumerable;
        })), t.push.apply(t, o);
      }
      return t;
    }
    function _objectSpread2(r) {
      for (var t = 1; t < arguments.length; t++) {
        var o = null != arguments[t] ? arguments[t] : {};
        t % 2 ? ownKeys(Object(o), true).forEach(function(t2) {
          defineProperty(r, t2, o[t2]);
        }) : Object.getOwnPropertyDescriptors ? Object.defineProperties(r, Object.getOwnPropertyDescriptors(o)) : ownKeys(Object(o)).forEach(function(e) {
          Object.defineProperty(r, e, Object.getOwnPropertyDescriptor(o, e));
        });
      }
      return r;
    }
    module.exports = _objectSpread2, module.exports.__esModule = true, module.exports["default"] = module.exports;
  }
});

// node_modules/loglevel/lib/loglevel.js
var require_loglevel = __commonJS({
  "node_modules/loglevel/lib/loglevel.js"(exports, module) {
    (function(root, definition) {
      "use strict";
      if (typeof define === "function" && define.amd) {
        define(definition);
      } else if (typeof module === "object" && module.exports) {
        module.exports = definition();
      } else {
        root.log = definition();
      }
    })(exports, function() {
      "use strict";
      var noop = function() {
      };
      var undefinedType = "undefined";
      var isIE = typeof window !== undefinedType && typeof window.navigator !== undefinedType && /Trident\/|MSIE /.test(window.navigator.userAgent);
      var logMethods = [
        "trace",
        "debug",
        "info",
        "warn",
        "error"
      ];
      var _loggersByName = {};
      var defaultLogger = null;
      function bindMethod(obj, methodName) {
        var method = obj[methodName];
        if (typeof method.bind === "function") {
          return method.bind(obj);
        } else {
          try {
            return Function.prototype.bind.call(method, obj);
          } catch (e) {
            return function() {
              return Function.prototype.apply.apply(method, [obj, arguments]);
            };
          }
        }
      }
      function traceForIE() {
        if (console.log) {
          if (console.log.apply) {
            console.log.apply(console, arguments);
          } else {
            Function.prototype.apply.apply(console.log, [console, arguments]);
          }
        }
        if (console.trace) console.trace();
      }
      function realMethod(methodName) {
        if (methodName === "debug") {
          methodName = "log";
        }
        if (typeof console === undefinedType) {
          return false;
        } else if (methodName === "trace" && isIE) {
          return traceForIE;
        } else if (console[methodName] !== void 0) {
          return bindMethod(console, methodName);
        } else if (console.log !== void 0) {
          return bindMethod(console, "log");
        } else {
          return noop;
        }
      }
      function replaceLoggingMethods() {
        var level = this.getLevel();
        for (var i = 0; i < logMethods.length; i++) {
          var methodName = logMethods[i];
          this[methodName] = i < level ? noop : this.methodFactory(methodName, level, this.name);
        }
        this.log = this.debug;
        if (typeof console === undefinedType && level < this.levels.SILENT) {
          return "No console available for logging";
        }
      }
      function enableLoggingWhenConsoleArrives(methodName) {
        return function() {
          if (typeof console !== undefinedType) {
            replaceLoggingMethods.call(this);
            this[methodName].apply(this, arguments);
          }
        };
      }
      function defaultMethodFactory(methodName, _level, _loggerName) {
        return realMethod(methodName) || enableLoggingWhenConsoleArrives.apply(this, arguments);
      }
      function Logger(name, factory) {
        var self = this;
        var inheritedLevel;
        var defaultLevel;
        var userLevel;
        var storageKey = "loglevel";
        if (typeof name === "string") {
          storageKey += ":" + name;
        } else if (typeof name === "symbol") {
          storageKey = void 0;
        }
        function persistLevelIfPossible(levelNum) {
          var levelName = (logMethods[levelNum] || "silent").toUpperCase();
          if (typeof window === undefinedType || !storageKey) return;
          try {
            window.localStorage[storageKey] = levelName;
            return;
          } catch (ignore) {
          }
          try {
            window.document.cookie = encodeURIComponent(storageKey) + "=" + levelName + ";";
          } catch (ignore) {
          }
        }
        function getPersistedLevel() {
          var storedLevel;
          if (typeof window === undefinedType || !storageKey) return;
          try {
            storedLevel = window.localStorage[storageKey];
          } catch (ignore) {
          }
          if (typeof storedLevel === undefinedType) {
            try {
              var cookie = window.document.cookie;
              var cookieName = encodeURIComponent(storageKey);
              var location = cookie.indexOf(cookieName + "=");
              if (location !== -1) {
                storedLevel = /^([^;]+)/.exec(
                  cookie.slice(location + cookieName.length + 1)
                )[1];
              }
            } catch (ignore) {
            }
          }
          if (self.levels[storedLevel] === void 0) {
            storedLevel = void 0;
          }
          return storedLevel;
        }
        function clearPersistedLevel() {
          if (typeof window === undefinedType || !storageKey) return;
          try {
            window.localStorage.removeItem(storageKey);
          } catch (ignore) {
          }
          try {
            window.document.cookie = encodeURIComponent(storageKey) + "=; expires=Thu, 01 Jan 1970 00:00:00 UTC";
          } catch (ignore) {
          }
        }
        function normalizeLevel(input) {
          var level = input;
          if (typeof level === "string" && self.levels[level.toUpperCase()] !== void 0) {
            level = self.levels[level.toUpperCase()];
          }
          if (typeof level === "number" && level >= 0 && level <= self.levels.SILENT) {
            return level;
          } else {
            throw new TypeError("log.setLevel() called with invalid level: " + input);
          }
        }
        self.name = name;
        self.levels = {
          "TRACE": 0,
          "DEBUG": 1,
          "INFO": 2,
          "WARN": 3,
          "ERROR": 4,
          "SILENT": 5
        };
        self.methodFactory = factory || defaultMethodFactory;
        self.getLevel = function() {
          if (userLevel != null) {
            return userLevel;
          } else if (defaultLevel != null) {
            return defaultLevel;
          } else {
            return inheritedLevel;
          }
        };
        self.setLevel = function(level, persist) {
          userLevel = normalizeLevel(level);
          if (persist !== false) {
            persistLevelIfPossible(userLevel);
          }
          return replaceLoggingMethods.call(self);
        };
        self.setDefaultLevel = function(level) {
          defaultLevel = normalizeLevel(level);
          if (!getPersistedLevel()) {
            self.setLevel(level, false);
          }
        };
        self.resetLevel = function() {
          userLevel = null;
          clearPersistedLevel();
          replaceLoggingMethods.call(self);
        };
        self.enableAll = function(persist) {
          self.setLevel(self.levels.TRACE, persist);
        };
        self.disableAll = function(persist) {
          self.setLevel(self.levels.SILENT, persist);
        };
        self.rebuild = function() {
          if (defaultLogger !== self) {
            inheritedLevel = normalizeLevel(defaultLogger.getLevel());
          }
          replaceLoggingMethods.call(self);
          if (defaultLogger === self) {
            for (var childName in _loggersByName) {
              _loggersByName[childName].rebuild();
            }
          }
        };
        inheritedLevel = normalizeLevel(
          defaultLogger ? defaultLogger.getLevel() : "WARN"
        );
        var initialLevel = getPersistedLevel();
        if (initialLevel != null) {
          userLevel = normalizeLevel(initialLevel);
        }
        replaceLoggingMethods.call(self);
      }
      defaultLogger = new Logger();
      defaultLogger.getLogger = function getLogger(name) {
        if (typeof name !== "symbol" && typeof name !== "string" || name === "") {
          throw new TypeError("You must supply a name when creating a logger.");
        }
        var logger2 = _loggersByName[name];
        if (!logger2) {
          logger2 = _loggersByName[name] = new Logger(
            name,
            defaultLogger.methodFactory
          );
        }
        return logger2;
      };
      var _log = typeof window !== undefinedType ? window.log : void 0;
      defaultLogger.noConflict = function() {
        if (typeof window !== undefinedType && window.log === defaultLogger) {
          window.log = _log;
        }
        return defaultLogger;
      };
      defaultLogger.getLoggers = function getLoggers() {
        return _loggersByName;
      };
      defaultLogger["default"] = defaultLogger;
      return defaultLogger;
    });
  }
});

// node_modules/matrix-js-sdk/lib/http-api/errors.js
var import_objectSpread2 = __toESM(require_objectSpread2(), 1);
var import_defineProperty = __toESM(require_defineProperty(), 1);

// node_modules/matrix-js-sdk/lib/NamespacedValue.js
var NamespacedValue = class {
  // Stable is optional, but one of the two parameters is required, hence the weird-looking types.
  // Goal is to to have developers explicitly say there is no stable value (if applicable).
  constructor(stable, unstable) {
    this.stable = stable;
    this.unstable = unstable;
    if (!this.unstable && !this.stable) {
      throw new Error("One of stable or unstable values must be supplied");
    }
  }
  get name() {
    if (this.stable) {
      return this.stable;
    }
    return this.unstable;
  }
  get altName() {
    if (!this.stable) {
      return null;
    }
    return this.unstable;
  }
  get names() {
    const names = [this.name];
    const altName = this.altName;
    if (altName) names.push(altName);
    return names;
  }
  matches(val) {
    return this.name === val || this.altName === val;
  }
  // this desperately wants https://github.com/microsoft/TypeScript/pull/26349 at the top level of the class
  // so we can instantiate `NamespacedValue<string, _, _>` as a default type for that namespace.
  findIn(obj) {
    let val = void 0;
    if (this.name) {
      val = obj?.[this.name];
    }
    if (!val && this.altName) {
      val = obj?.[this.altName];
    }
    return val;
  }
  includedIn(arr) {
    let included = false;
    if (this.name) {
      included = arr.includes(this.name);
    }
    if (!included && this.altName) {
      included = arr.includes(this.altName);
    }
    return included;
  }
};

// node_modules/matrix-js-sdk/lib/logger.js
var import_loglevel = __toESM(require_loglevel(), 1);
var DEFAULT_NAMESPACE = "matrix";
import_loglevel.default.methodFactory = function(methodName, logLevel, loggerName) {
  return function(...args) {
    if (this.prefix) {
      args.unshift(this.prefix);
    }
    const supportedByConsole = methodName === "error" || methodName === "warn" || methodName === "trace" || methodName === "info" || methodName === "debug";
    if (supportedByConsole) {
      return console[methodName](...args);
    } else {
      return console.log(...args);
    }
  };
};
function getPrefixedLogger(prefix) {
  const loggerName = DEFAULT_NAMESPACE + (prefix === void 0 ? "" : `-${prefix}`);
  const prefixLogger = import_loglevel.default.getLogger(loggerName);
  if (prefixLogger.getChild === void 0) {
    prefixLogger.prefix = prefix;
    prefixLogger.getChild = (childPrefix) => {
      const childLogger = getPrefixedLogger((prefix ?? "") + childPrefix);
      childLogger.methodFactory = prefixLogger.methodFactory;
      childLogger.rebuild();
      return childLogger;
    };
    prefixLogger.setLevel(import_loglevel.default.levels.DEBUG, false);
  }
  return prefixLogger;
}
var logger = getPrefixedLogger();

// node_modules/matrix-js-sdk/lib/http-api/errors.js
var HTTPError = class extends Error {
  constructor(msg, httpStatus, httpHeaders) {
    super(msg);
    this.httpStatus = httpStatus;
    this.httpHeaders = httpHeaders;
  }
  /**
   * Check if this error was due to rate-limiting on the server side (and should therefore be retried after a delay).
   *
   * If this returns `true`, {@link getRetryAfterMs} can be called to retrieve the server-side
   * recommendation for the retry period.
   *
   * @returns Whether this error is due to rate-limiting.
   */
  isRateLimitError() {
    return this.httpStatus === 429;
  }
  /**
   * @returns The recommended delay in milliseconds to wait before retrying
   * the request that triggered this error, or null if no delay is recommended.
   * @throws Error if the recommended delay is an invalid value.
   * @see {@link safeGetRetryAfterMs} for a version of this check that doesn't throw.
   */
  getRetryAfterMs() {
    const retryAfter = this.httpHeaders?.get("Retry-After");
    if (retryAfter != null) {
      if (/^\d+$/.test(retryAfter)) {
        const ms = Number.parseInt(retryAfter) * 1e3;
        if (!Number.isFinite(ms)) {
          throw new Error("Retry-After header integer value is too large");
        }
        return ms;
      }
      const date = new Date(retryAfter);
      if (date.toUTCString() !== retryAfter) {
        throw new Error("Retry-After header value is not a valid HTTP-date or non-negative decimal integer");
      }
      return date.getTime() - Date.now();
    }
    return null;
  }
};
var MatrixError = class _MatrixError extends HTTPError {
  /**
   * Construct a Matrix error. This is a JavaScript Error with additional
   * information specific to the standard Matrix error response.
   * @param errorJson - The Matrix error JSON returned from the homeserver.
   * @param httpStatus - The numeric HTTP status code given
   * @param httpHeaders - The HTTP response headers given
   */
  constructor(errorJson = {}, httpStatus, url, event, httpHeaders) {
    let message = errorJson.error || "Unknown message";
    if (httpStatus) {
      message = `[${httpStatus}] ${message}`;
    }
    if (url) {
      message = `${message} (${url})`;
    }
    super(`MatrixError: ${message}`, httpStatus, httpHeaders);
    (0, import_defineProperty.default)(this, "errcode", void 0);
    (0, import_defineProperty.default)(this, "error", void 0);
    (0, import_defineProperty.default)(this, "data", void 0);
    this.url = url;
    this.event = event;
    this.errcode = errorJson.errcode;
    this.error = errorJson.error;
    this.name = errorJson.errcode || "Unknown error code";
    this.data = errorJson;
  }
  isRateLimitError() {
    return this.errcode === "M_LIMIT_EXCEEDED" || (this.errcode === "M_UNKNOWN" || this.errcode === void 0) && super.isRateLimitError();
  }
  getRetryAfterMs() {
    const headerValue = super.getRetryAfterMs();
    if (headerValue !== null) {
      return headerValue;
    }
    if (this.errcode === "M_LIMIT_EXCEEDED" && "retry_after_ms" in this.data) {
      if (!Number.isInteger(this.data.retry_after_ms)) {
        throw new Error("retry_after_ms is not an integer");
      }
      return this.data.retry_after_ms;
    }
    return null;
  }
  /**
   * @returns this error expressed as a JSON payload
   * for use by Widget API error responses.
   */
  asWidgetApiErrorData() {
    const headers = {};
    if (this.httpHeaders) {
      for (const [name, value] of this.httpHeaders) {
        headers[name] = value;
      }
    }
    return {
      http_status: this.httpStatus ?? 400,
      http_headers: headers,
      url: this.url ?? "",
      response: (0, import_objectSpread2.default)({
        errcode: this.errcode ?? "M_UNKNOWN",
        error: this.data.error ?? "Unknown message"
      }, this.data)
    };
  }
  /**
   * @returns a new {@link MatrixError} from a JSON payload
   * received from Widget API error responses.
   */
  static fromWidgetApiErrorData(data) {
    return new _MatrixError(data.response, data.http_status, data.url, void 0, new Headers(data.http_headers));
  }
};
var MatrixSafetyErrorCode = new NamespacedValue(null, "ORG.MATRIX.MSC4387_SAFETY");

// src/chat/matrix.ts
var SAVED_TOPIC_EVENT = "dev.service-guru.saved_topic";
var POST_KEY_FIELD = "dev.service-guru.post";
var POST_LOOKBACK = 50;
function matrixApi(options) {
  const base = `${options.homeserver.replace(/\/+$/, "")}/_matrix/client/v3`;
  const { logger: logger2, clock, policy } = options;
  return {
    request: (what, method, path, body, query) => withRetry({ service: "Matrix", what, host: new URL(base).host, logger: logger2, clock, ...policy ? { policy } : {} }, async (signal) => {
      const url = `${base}${path}${query ? `?${new URLSearchParams(query).toString()}` : ""}`;
      logger2.debug(`Matrix: ${method} ${path}`);
      const response = await fetch(url, {
        method,
        headers: {
          authorization: `Bearer ${options.accessToken}`,
          accept: "application/json",
          ...body ? { "content-type": "application/json" } : {}
        },
        ...body ? { body: JSON.stringify(body) } : {},
        signal
      });
      const text = await response.text();
      let json;
      try {
        json = JSON.parse(text || "{}");
      } catch {
        json = void 0;
      }
      if (response.ok && json !== void 0) return json;
      const data = typeof json === "object" && json !== null ? json : void 0;
      if (typeof data?.errcode === "string")
        throw asTransient(new MatrixError(data, response.status, `${base}${path}`, void 0, response.headers));
      if (response.ok) {
        const type = response.headers.get("content-type") ?? "";
        throw new TransientError(
          htmlAnswer("Matrix", what, response.status, type, text) ?? `Matrix answered ${what} with something that is not JSON (${type || "no content type"}; cut short or garbled)`
        );
      }
      throw asTransient(
        new HTTPError(`HTTP ${response.status} for ${what}: ${text.slice(0, 200).trim()}`, response.status, response.headers)
      );
    })
  };
}
function asTransient(error) {
  if (error instanceof HTTPError) {
    if (error.isRateLimitError()) {
      let after;
      try {
        after = error.getRetryAfterMs() ?? void 0;
      } catch {
        after = void 0;
      }
      return new TransientError(`rate limited (${error instanceof MatrixError ? error.errcode : "HTTP 429"})`, after);
    }
    if ((error.httpStatus ?? 0) >= 500 || error.httpStatus === 408) return new TransientError(describe(error));
    return error;
  }
  return error;
}
function describe(error) {
  if (error instanceof MatrixError) return `${error.errcode ?? "error"} (HTTP ${error.httpStatus}): ${error.data.error ?? error.message}`;
  return error instanceof Error ? error.message : String(error);
}
var encodePath = (template, ...values) => {
  let i = 0;
  return template.replace(/\$/g, () => encodeURIComponent(values[i++]));
};
var MatrixRoom = class {
  platform = "matrix";
  id;
  postsNotice;
  topicLimit = void 0;
  noticeRef = void 0;
  api;
  deployment;
  options;
  constructor(api, roomId, deployment, options) {
    this.api = api;
    this.id = roomId;
    this.deployment = deployment;
    this.options = options;
    this.postsNotice = options.postNotice;
  }
  request(what, method, path, body, query) {
    return this.api.request(`${what} in ${this.id}`, method, path, body, query);
  }
  async state(type, key) {
    try {
      return await this.request(`reading ${type}`, "GET", encodePath("/rooms/$/state/$/$", this.id, type, key));
    } catch (error) {
      if (error instanceof MatrixError && error.errcode === "M_NOT_FOUND") return null;
      throw error;
    }
  }
  async putState(what, type, key, content) {
    await this.request(what, "PUT", encodePath("/rooms/$/state/$/$", this.id, type, key), content);
  }
  async getTopic() {
    const content = await this.state("m.room.topic", "");
    return { text: typeof content?.topic === "string" ? content.topic : "", ...content ? { content } : {} };
  }
  async setTopic(text, content) {
    await this.putState(
      "setting the topic",
      "m.room.topic",
      "",
      content ?? { topic: text, "m.topic": [{ mimetype: "text/plain", body: text }] }
    );
  }
  /**
   * Idempotent twice over: the transaction id makes a retried PUT return the first event, but
   * Synapse remembers transaction ids for about 30 minutes only, so a re-run first looks for
   * a message of ours carrying the same key among the room's newest events.
   */
  async post(text, key, html) {
    const keyed = `${this.deployment}:${key}`;
    if (await this.findPost(keyed)) {
      this.options.logger.info(`${this.id}: already posted (${key}); not posting again`);
      return false;
    }
    const { createHash } = await import("node:crypto");
    const txnId = `sg-${createHash("sha256").update(`${this.id}\0${keyed}`).digest("hex").slice(0, 24)}`;
    const content = {
      msgtype: "m.notice",
      body: text,
      ...html ? { format: "org.matrix.custom.html", formatted_body: html } : {},
      [POST_KEY_FIELD]: keyed
    };
    await this.request("posting", "PUT", encodePath("/rooms/$/send/m.room.message/$", this.id, txnId), content);
    return true;
  }
  async findPost(keyed) {
    const page = await this.request(
      "reading recent messages",
      "GET",
      encodePath("/rooms/$/messages", this.id),
      void 0,
      { dir: "b", limit: String(POST_LOOKBACK) }
    );
    return (page.chunk ?? []).some((event) => event.type === "m.room.message" && event.content?.[POST_KEY_FIELD] === keyed);
  }
  async readSaved() {
    const content = await this.state(SAVED_TOPIC_EVENT, this.deployment);
    if (!content || typeof content.topic !== "string" || !Array.isArray(content.notices)) return null;
    return content;
  }
  async writeSaved(saved) {
    await this.putState("saving the topic", SAVED_TOPIC_EVENT, this.deployment, saved);
  }
  async clearSaved() {
    await this.putState("clearing the saved topic", SAVED_TOPIC_EVENT, this.deployment, {});
  }
  describe(error) {
    return describe(error);
  }
};

export {
  SAVED_TOPIC_EVENT,
  POST_KEY_FIELD,
  matrixApi,
  describe,
  MatrixRoom
};
