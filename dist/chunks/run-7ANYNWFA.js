import { createRequire as __sgRequire } from 'node:module'; const require = __sgRequire(import.meta.url);
import {
  runStage
} from "./chunk-OVR33TZM.js";
import "./chunk-UNHRS3PL.js";
import "./chunk-SEHOKOTX.js";
import "./chunk-XU6B6VSX.js";
import "./chunk-D7IVV3UH.js";
import "./chunk-ZFVJRRAQ.js";
import "./chunk-SI3Y33DV.js";
import "./chunk-LW2GL5TU.js";
import "./chunk-6QRULY5K.js";
import "./chunk-N6UHWS4B.js";
import "./chunk-4PSKXZ4E.js";
import "./chunk-HO53TWSA.js";
import "./chunk-EP666XB4.js";
export {
  runStage
};
