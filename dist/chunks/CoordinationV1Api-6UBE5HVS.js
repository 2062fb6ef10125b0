import { createRequire as __sgRequire } from 'node:module'; const require = __sgRequire(import.meta.url);
import {
  CoordinationV1ApiRequestFactory,
  CoordinationV1ApiResponseProcessor
} from "./chunk-HUBABNEW.js";
import "./chunk-CYCSWTW4.js";
import "./chunk-CIBRMWYL.js";
import "./chunk-5ZZQ7PG7.js";
import "./chunk-EP666XB4.js";
export {
  CoordinationV1ApiRequestFactory,
  CoordinationV1ApiResponseProcessor
};
