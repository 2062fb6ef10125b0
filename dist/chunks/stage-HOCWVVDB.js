import { createRequire as __sgRequire } from 'node:module'; const require = __sgRequire(import.meta.url);
import {
  healthGateStage
} from "./chunk-HUMRDB4K.js";
import "./chunk-MS6WDQCW.js";
import "./chunk-WWZXES5K.js";
import "./chunk-KPTLWIXW.js";
import "./chunk-MN3KIH56.js";
import "./chunk-N6UHWS4B.js";
import "./chunk-OXNICSTU.js";
import "./chunk-4PSKXZ4E.js";
import "./chunk-HO53TWSA.js";
import "./chunk-EP666XB4.js";
export {
  healthGateStage
};
