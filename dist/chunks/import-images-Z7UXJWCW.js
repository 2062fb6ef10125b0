import { createRequire as __sgRequire } from 'node:module'; const require = __sgRequire(import.meta.url);
import {
  importImages,
  rolloutTable,
  stuckAfterMs
} from "./chunk-54BFT7VC.js";
import "./chunk-J3I2E2QM.js";
import "./chunk-LW2GL5TU.js";
import "./chunk-25E5E3CG.js";
import "./chunk-VFOYAQLP.js";
import "./chunk-JBDFTSBJ.js";
import "./chunk-EGICSZRA.js";
import "./chunk-4PSKXZ4E.js";
import "./chunk-HO53TWSA.js";
import "./chunk-EP666XB4.js";
export {
  importImages,
  rolloutTable,
  stuckAfterMs
};
