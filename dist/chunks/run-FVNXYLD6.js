import { createRequire as __sgRequire } from 'node:module'; const require = __sgRequire(import.meta.url);
import {
  runStage
} from "./chunk-2XXK26TP.js";
import "./chunk-FWSTSHIX.js";
import "./chunk-ZYV6M2KY.js";
import "./chunk-SEHOKOTX.js";
import "./chunk-D7IVV3UH.js";
import "./chunk-ZFVJRRAQ.js";
import "./chunk-4PSKXZ4E.js";
import "./chunk-6QRULY5K.js";
import "./chunk-HO53TWSA.js";
import "./chunk-EP666XB4.js";
export {
  runStage
};
