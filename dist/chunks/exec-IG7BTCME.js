import { createRequire as __sgRequire } from 'node:module'; const require = __sgRequire(import.meta.url);
import {
  exec,
  getExecOutput
} from "./chunk-RUF675B5.js";
import "./chunk-EP666XB4.js";
export {
  exec,
  getExecOutput
};
