import { createRequire as __sgRequire } from 'node:module'; const require = __sgRequire(import.meta.url);
import {
  healthGateStage
} from "../chunks/chunk-T55MLQSO.js";
import "../chunks/chunk-XUF7NGNU.js";
import "../chunks/chunk-3XROGBFQ.js";
import "../chunks/chunk-KPTLWIXW.js";
import {
  runAction
} from "../chunks/chunk-DTV45B5B.js";
import "../chunks/chunk-MH6PYSI5.js";
import "../chunks/chunk-7C4EAUAH.js";
import "../chunks/chunk-SEHOKOTX.js";
import "../chunks/chunk-XU6B6VSX.js";
import "../chunks/chunk-VDSYRVFG.js";
import "../chunks/chunk-RUF675B5.js";
import "../chunks/chunk-D7IVV3UH.js";
import "../chunks/chunk-ZVXFKJMM.js";
import "../chunks/chunk-ZFVJRRAQ.js";
import "../chunks/chunk-G7EDAZIB.js";
import "../chunks/chunk-ZJLXUESR.js";
import "../chunks/chunk-MN3KIH56.js";
import "../chunks/chunk-KQWFMIMD.js";
import "../chunks/chunk-LW2GL5TU.js";
import "../chunks/chunk-6QRULY5K.js";
import "../chunks/chunk-N6UHWS4B.js";
import "../chunks/chunk-4PSKXZ4E.js";
import "../chunks/chunk-HO53TWSA.js";
import "../chunks/chunk-EP666XB4.js";

// stage-entry:health-gate
await runAction(healthGateStage);
