import { createRequire as __sgRequire } from 'node:module'; const require = __sgRequire(import.meta.url);
import {
  createGitHubClient
} from "./chunk-RYFD7X3C.js";
import {
  isRequestError
} from "./chunk-JDZPBXWN.js";
import "./chunk-D3O4PSQ5.js";
import "./chunk-EP666XB4.js";
export {
  createGitHubClient,
  isRequestError
};
