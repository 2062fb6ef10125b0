import { createRequire as __sgRequire } from 'node:module'; const require = __sgRequire(import.meta.url);
import {
  runStage
} from "./chunk-Q4KVZSIL.js";
import "./chunk-EJLJXTIG.js";
import "./chunk-K3ZXM34F.js";
import "./chunk-STIYOXWW.js";
import "./chunk-KQWFMIMD.js";
import "./chunk-P4NWLHQW.js";
import "./chunk-JNDZXDHD.js";
import "./chunk-D7IVV3UH.js";
import "./chunk-MN3KIH56.js";
import "./chunk-ZVXFKJMM.js";
import "./chunk-N6UHWS4B.js";
import "./chunk-OXNICSTU.js";
import "./chunk-ZFVJRRAQ.js";
import "./chunk-4PSKXZ4E.js";
import "./chunk-6QRULY5K.js";
import "./chunk-HO53TWSA.js";
import "./chunk-EP666XB4.js";
export {
  runStage
};
