import { createRequire as __sgRequire } from 'node:module'; const require = __sgRequire(import.meta.url);
import {
  runStage
} from "./chunk-LGIKXEG3.js";
import "./chunk-XGVQ45UO.js";
import "./chunk-SEHOKOTX.js";
import "./chunk-D7IVV3UH.js";
import "./chunk-ZFVJRRAQ.js";
import "./chunk-4PSKXZ4E.js";
import "./chunk-6QRULY5K.js";
import "./chunk-HO53TWSA.js";
import "./chunk-XRVGOMFE.js";
export {
  runStage
};
