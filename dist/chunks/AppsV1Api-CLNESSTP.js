import { createRequire as __sgRequire } from 'node:module'; const require = __sgRequire(import.meta.url);
import {
  AppsV1ApiRequestFactory,
  AppsV1ApiResponseProcessor
} from "./chunk-NHP2PVHJ.js";
import "./chunk-CYCSWTW4.js";
import "./chunk-CIBRMWYL.js";
import "./chunk-5ZZQ7PG7.js";
import "./chunk-EP666XB4.js";
export {
  AppsV1ApiRequestFactory,
  AppsV1ApiResponseProcessor
};
