import { createRequire as __sgRequire } from 'node:module'; const require = __sgRequire(import.meta.url);
import {
  runAction
} from "../chunks/chunk-CO7ZQEL7.js";
import "../chunks/chunk-LGIKXEG3.js";
import "../chunks/chunk-RUF675B5.js";
import "../chunks/chunk-XGVQ45UO.js";
import "../chunks/chunk-SEHOKOTX.js";
import "../chunks/chunk-D7IVV3UH.js";
import "../chunks/chunk-N6UHWS4B.js";
import "../chunks/chunk-ZFVJRRAQ.js";
import "../chunks/chunk-4PSKXZ4E.js";
import "../chunks/chunk-G7EDAZIB.js";
import "../chunks/chunk-ZJLXUESR.js";
import {
  findStage
} from "../chunks/chunk-M52SMW6V.js";
import "../chunks/chunk-6QRULY5K.js";
import "../chunks/chunk-HO53TWSA.js";
import "../chunks/chunk-XRVGOMFE.js";

// src/entries/topic-notify.ts
await runAction(findStage("topic-notify"));
