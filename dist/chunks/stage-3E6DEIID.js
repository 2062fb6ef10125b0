import { createRequire as __sgRequire } from 'node:module'; const require = __sgRequire(import.meta.url);
import {
  deployStage
} from "./chunk-2RRQN2MM.js";
import "./chunk-VF35NURU.js";
import "./chunk-FDQTJXVG.js";
import "./chunk-CF262ODI.js";
import "./chunk-6MCTSESF.js";
import "./chunk-CEIITLQ4.js";
import "./chunk-5C53UILB.js";
import "./chunk-ZQLMO47E.js";
import "./chunk-SUKOMB7P.js";
import "./chunk-HUMRDB4K.js";
import "./chunk-U2CKOM62.js";
import "./chunk-G2XGRSPV.js";
import "./chunk-2WVUDK2O.js";
import "./chunk-UXCF6CI5.js";
import "./chunk-MS6WDQCW.js";
import "./chunk-73CFYLNG.js";
import "./chunk-25E5E3CG.js";
import "./chunk-CZ2AILEV.js";
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
