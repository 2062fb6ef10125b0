import { createRequire as __sgRequire } from 'node:module'; const require = __sgRequire(import.meta.url);
import {
  GitHubHtmlAnswer,
  createGitHubClient
} from "./chunk-U5XSNYO5.js";
import {
  GitHubUnreachable,
  isRequestError
} from "./chunk-RNPGWNMM.js";
import "./chunk-ZFVJRRAQ.js";
import "./chunk-4PSKXZ4E.js";
import "./chunk-HO53TWSA.js";
import "./chunk-EP666XB4.js";
export {
  GitHubHtmlAnswer,
  GitHubUnreachable,
  createGitHubClient,
  isRequestError
};
