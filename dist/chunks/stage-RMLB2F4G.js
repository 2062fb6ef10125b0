import { createRequire as __sgRequire } from 'node:module'; const require = __sgRequire(import.meta.url);
import {
  deployStage
} from "./chunk-NSLTVERS.js";
import "./chunk-USZ5RPEX.js";
import "./chunk-FDQTJXVG.js";
import "./chunk-KQHEPMOD.js";
import "./chunk-HTVWMX5P.js";
import "./chunk-CEIITLQ4.js";
import "./chunk-U2CKOM62.js";
import "./chunk-P52LV5JG.js";
import "./chunk-ZQLMO47E.js";
import "./chunk-WKQOPW7Z.js";
import "./chunk-T22W7WDE.js";
import "./chunk-AO4LXKY2.js";
import "./chunk-2WVUDK2O.js";
import "./chunk-KIM6APSL.js";
import "./chunk-MS6WDQCW.js";
import "./chunk-73CFYLNG.js";
import "./chunk-25E5E3CG.js";
import "./chunk-5AF4MQYB.js";
import "./chunk-TYW5OMUR.js";
import "./chunk-WWZXES5K.js";
import "./chunk-KPTLWIXW.js";
import "./chunk-MN3KIH56.js";
import "./chunk-N6UHWS4B.js";
import "./chunk-OXNICSTU.js";
import "./chunk-4PSKXZ4E.js";
import "./chunk-6QRULY5K.js";
import "./chunk-HO53TWSA.js";
import "./chunk-EP666XB4.js";
export {
  deployStage
};
