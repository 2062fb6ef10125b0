import { createRequire as __sgRequire } from 'node:module'; const require = __sgRequire(import.meta.url);
import {
  rollbackStage
} from "../chunks/chunk-B2KA7KJG.js";
import "../chunks/chunk-D5W3Z4BH.js";
import "../chunks/chunk-25E5E3CG.js";
import "../chunks/chunk-3XROGBFQ.js";
import "../chunks/chunk-KPTLWIXW.js";
import {
  runAction
} from "../chunks/chunk-52EKVBGU.js";
import "../chunks/chunk-OVR33TZM.js";
import "../chunks/chunk-UNHRS3PL.js";
import "../chunks/chunk-SEHOKOTX.js";
import "../chunks/chunk-XU6B6VSX.js";
import "../chunks/chunk-RUF675B5.js";
import "../chunks/chunk-D7IVV3UH.js";
import "../chunks/chunk-ZFVJRRAQ.js";
import "../chunks/chunk-G7EDAZIB.js";
import "../chunks/chunk-ZJLXUESR.js";
import "../chunks/chunk-SI3Y33DV.js";
import "../chunks/chunk-LW2GL5TU.js";
import "../chunks/chunk-6QRULY5K.js";
import "../chunks/chunk-N6UHWS4B.js";
import "../chunks/chunk-4PSKXZ4E.js";
import "../chunks/chunk-HO53TWSA.js";
import "../chunks/chunk-EP666XB4.js";

// stage-entry:rollback
await runAction(rollbackStage);
