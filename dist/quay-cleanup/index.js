import { createRequire as __sgRequire } from 'node:module'; const require = __sgRequire(import.meta.url);
import {
  runAction
} from "../chunks/chunk-WCQOLR7B.js";
import "../chunks/chunk-2XXK26TP.js";
import "../chunks/chunk-M334QDZP.js";
import "../chunks/chunk-FWSTSHIX.js";
import "../chunks/chunk-ZYV6M2KY.js";
import "../chunks/chunk-SEHOKOTX.js";
import "../chunks/chunk-D7IVV3UH.js";
import "../chunks/chunk-N6UHWS4B.js";
import "../chunks/chunk-ZFVJRRAQ.js";
import "../chunks/chunk-4PSKXZ4E.js";
import "../chunks/chunk-G7EDAZIB.js";
import "../chunks/chunk-ZJLXUESR.js";
import {
  findStage
} from "../chunks/chunk-3GZCMIPR.js";
import "../chunks/chunk-6QRULY5K.js";
import "../chunks/chunk-HO53TWSA.js";
import "../chunks/chunk-EP666XB4.js";

// src/entries/quay-cleanup.ts
await runAction(findStage("quay-cleanup"));
