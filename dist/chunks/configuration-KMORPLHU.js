import { createRequire as __sgRequire } from 'node:module'; const require = __sgRequire(import.meta.url);
import {
  createConfiguration,
  mergeConfiguration,
  wrapOptions
} from "./chunk-4NA526KB.js";
import "./chunk-M64LEK24.js";
import "./chunk-CIBRMWYL.js";
import "./chunk-EP666XB4.js";
export {
  createConfiguration,
  mergeConfiguration,
  wrapOptions
};
