import { createRequire as __sgRequire } from 'node:module'; const require = __sgRequire(import.meta.url);
import {
  server1
} from "./chunk-LYBZ3FUF.js";
import {
  IsomorphicFetchHttpLibrary,
  from
} from "./chunk-HKJKYL2S.js";
import "./chunk-EP666XB4.js";

// node_modules/@kubernetes/client-node/dist/gen/middleware.js
var PromiseMiddlewareWrapper = class {
  constructor(middleware) {
    this.middleware = middleware;
  }
  pre(context) {
    return from(this.middleware.pre(context));
  }
  post(context) {
    return from(this.middleware.post(context));
  }
};

// node_modules/@kubernetes/client-node/dist/gen/auth/auth.js
var BearerTokenAuthentication = class {
  /**
   * Configures this api key authentication with the necessary properties
   *
   * @param apiKey: The api key to be used for every request
   */
  constructor(apiKey) {
    this.apiKey = apiKey;
  }
  getName() {
    return "BearerToken";
  }
  applySecurityAuthentication(context) {
    context.setHeaderParam("authorization", this.apiKey);
  }
};
function configureAuthMethods(config) {
  let authMethods = {};
  if (!config) {
    return authMethods;
  }
  authMethods["default"] = config["default"];
  if (config["BearerToken"]) {
    authMethods["BearerToken"] = new BearerTokenAuthentication(config["BearerToken"]);
  }
  return authMethods;
}

// node_modules/@kubernetes/client-node/dist/gen/configuration.js
function createConfiguration(conf = {}) {
  const configuration = {
    baseServer: conf.baseServer !== void 0 ? conf.baseServer : server1,
    httpApi: conf.httpApi || new IsomorphicFetchHttpLibrary(),
    middleware: conf.middleware || [],
    authMethods: configureAuthMethods(conf.authMethods)
  };
  if (conf.promiseMiddleware) {
    conf.promiseMiddleware.forEach((m) => configuration.middleware.push(new PromiseMiddlewareWrapper(m)));
  }
  return configuration;
}
function mergeConfiguration(conf, options) {
  if (!options) {
    return conf;
  }
  return {
    baseServer: options.baseServer || conf.baseServer,
    httpApi: options.httpApi || conf.httpApi,
    authMethods: options.authMethods || conf.authMethods,
    middleware: mergeMiddleware(conf.middleware, options === null || options === void 0 ? void 0 : options.middleware, options === null || options === void 0 ? void 0 : options.middlewareMergeStrategy)
  };
}
function mergeMiddleware(staticMiddleware, calltimeMiddleware, strategy = "replace") {
  if (!calltimeMiddleware) {
    return staticMiddleware;
  }
  switch (strategy) {
    case "append":
      return staticMiddleware.concat(calltimeMiddleware);
    case "prepend":
      return calltimeMiddleware.concat(staticMiddleware);
    case "replace":
      return calltimeMiddleware;
    default:
      throw new Error(`Unrecognized middleware merge strategy '${strategy}'`);
  }
}
function wrapOptions(options) {
  var _a;
  if (options) {
    return {
      baseServer: options.baseServer,
      httpApi: options.httpApi,
      middleware: (_a = options.middleware) === null || _a === void 0 ? void 0 : _a.map((m) => new PromiseMiddlewareWrapper(m)),
      middlewareMergeStrategy: options.middlewareMergeStrategy,
      authMethods: options.authMethods
    };
  }
  return;
}
export {
  createConfiguration,
  mergeConfiguration,
  wrapOptions
};
