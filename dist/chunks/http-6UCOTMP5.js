import { createRequire as __sgRequire } from 'node:module'; const require = __sgRequire(import.meta.url);
import {
  HttpException,
  HttpInfo,
  HttpMethod,
  IsomorphicFetchHttpLibrary,
  RequestContext,
  ResponseContext,
  SelfDecodingBody,
  wrapHttpLibrary
} from "./chunk-HKJKYL2S.js";
import "./chunk-EP666XB4.js";
export {
  HttpException,
  HttpInfo,
  HttpMethod,
  IsomorphicFetchHttpLibrary,
  RequestContext,
  ResponseContext,
  SelfDecodingBody,
  wrapHttpLibrary
};
