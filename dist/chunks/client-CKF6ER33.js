import { createRequire as __sgRequire } from 'node:module'; const require = __sgRequire(import.meta.url);
import {
  createGitHubClient
} from "./chunk-453MB27W.js";
import "./chunk-7BJOMGXU.js";
import "./chunk-4GMMOAY2.js";
import "./chunk-LONG6DJQ.js";
import "./chunk-ZFVJRRAQ.js";
import "./chunk-4PSKXZ4E.js";
import "./chunk-HO53TWSA.js";
import "./chunk-EP666XB4.js";
export {
  createGitHubClient
};
