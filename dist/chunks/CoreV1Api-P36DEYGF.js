import { createRequire as __sgRequire } from 'node:module'; const require = __sgRequire(import.meta.url);
import {
  CoreV1ApiRequestFactory,
  CoreV1ApiResponseProcessor
} from "./chunk-3IIJS27E.js";
import "./chunk-CYCSWTW4.js";
import "./chunk-CIBRMWYL.js";
import "./chunk-5ZZQ7PG7.js";
import "./chunk-EP666XB4.js";
export {
  CoreV1ApiRequestFactory,
  CoreV1ApiResponseProcessor
};
