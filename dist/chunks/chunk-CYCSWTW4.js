import { createRequire as __sgRequire } from 'node:module'; const require = __sgRequire(import.meta.url);

// node_modules/@kubernetes/client-node/dist/gen/apis/baseapi.js
var BaseAPIRequestFactory = class {
  constructor(config) {
    this.configuration = config;
  }
};
var RequiredError = class extends Error {
  constructor(api, method, field) {
    super("Required parameter " + field + " was null or undefined when calling " + api + "." + method + ".");
    this.name = "RequiredError";
    this.api = api;
    this.method = method;
    this.field = field;
  }
};

// node_modules/@kubernetes/client-node/dist/gen/apis/exception.js
var ApiException = class extends Error {
  constructor(code, message, body, headers) {
    super("HTTP-Code: " + code + "\nMessage: " + message + "\nBody: " + JSON.stringify(body) + "\nHeaders: " + JSON.stringify(headers));
    this.code = code;
    this.body = body;
    this.headers = headers;
  }
};

// node_modules/@kubernetes/client-node/dist/gen/util.js
function isCodeInRange(codeRange, code) {
  if (codeRange === "0") {
    return true;
  }
  if (codeRange == code.toString()) {
    return true;
  } else {
    const codeString = code.toString();
    if (codeString.length != codeRange.length) {
      return false;
    }
    for (let i = 0; i < codeString.length; i++) {
      if (codeRange.charAt(i) != "X" && codeRange.charAt(i) != codeString.charAt(i)) {
        return false;
      }
    }
    return true;
  }
}

export {
  BaseAPIRequestFactory,
  RequiredError,
  ApiException,
  isCodeInRange
};
