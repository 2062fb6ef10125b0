import { createRequire as __sgRequire } from 'node:module'; const require = __sgRequire(import.meta.url);
import {
  createGitHubClient,
  isRequestError
} from "./chunk-VI7YOKPJ.js";
import "./chunk-D3O4PSQ5.js";
import "./chunk-EP666XB4.js";
export {
  createGitHubClient,
  isRequestError
};
