import { createRequire as __sgRequire } from 'node:module'; const require = __sgRequire(import.meta.url);
import {
  GitHubHtmlAnswer,
  createGitHubClient
} from "./chunk-F2LIWTT6.js";
import {
  isRequestError
} from "./chunk-JDZPBXWN.js";
import "./chunk-ZFVJRRAQ.js";
import "./chunk-HO53TWSA.js";
import "./chunk-EP666XB4.js";
export {
  GitHubHtmlAnswer,
  createGitHubClient,
  isRequestError
};
