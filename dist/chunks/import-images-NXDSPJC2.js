import { createRequire as __sgRequire } from 'node:module'; const require = __sgRequire(import.meta.url);
import {
  importImages,
  rolloutTable,
  stuckAfterMs
} from "./chunk-W2XOCTES.js";
import "./chunk-I654HMRQ.js";
import "./chunk-OD4J2SGL.js";
import "./chunk-LW2GL5TU.js";
import "./chunk-25E5E3CG.js";
import "./chunk-KLJOYWLQ.js";
import "./chunk-ZYV6M2KY.js";
import "./chunk-N6UHWS4B.js";
import "./chunk-4PSKXZ4E.js";
import "./chunk-HO53TWSA.js";
import "./chunk-EP666XB4.js";
export {
  importImages,
  rolloutTable,
  stuckAfterMs
};
