import { createRequire as __sgRequire } from 'node:module'; const require = __sgRequire(import.meta.url);
import {
  findStage,
  stages
} from "../chunks/chunk-PVMFOSKL.js";
import "../chunks/chunk-CIPXYN2E.js";
import "../chunks/chunk-A44KEIOD.js";
import "../chunks/chunk-YEF65E2L.js";
import "../chunks/chunk-2VIB3FFY.js";
import "../chunks/chunk-CSUWCHBK.js";
import "../chunks/chunk-VDXBGCJB.js";
import "../chunks/chunk-Z2YIS2LL.js";
import "../chunks/chunk-JGWMZHVK.js";
import "../chunks/chunk-DPHU75SL.js";
import "../chunks/chunk-SCFIDT6H.js";
import "../chunks/chunk-ALPGYPNM.js";
import "../chunks/chunk-KESPWN7Y.js";
import "../chunks/chunk-CIMUQL3H.js";
import "../chunks/chunk-GWFGWRSY.js";
import "../chunks/chunk-OKQP3VS6.js";
import "../chunks/chunk-STTZIKHD.js";
import "../chunks/chunk-DID2IETE.js";
import "../chunks/chunk-S4GBAENE.js";
import "../chunks/chunk-M4VOUGKN.js";
import "../chunks/chunk-EIOX5FSD.js";
import "../chunks/chunk-CZ5QTJTS.js";
import "../chunks/chunk-LNDVPVUS.js";
import "../chunks/chunk-LONG6DJQ.js";
import "../chunks/chunk-B5SHZD2W.js";
import "../chunks/chunk-25E5E3CG.js";
import "../chunks/chunk-FDQTJXVG.js";
import "../chunks/chunk-SVHNDPI3.js";
import "../chunks/chunk-TPHEFVNB.js";
import "../chunks/chunk-KS5PBJK3.js";
import "../chunks/chunk-TP4TKHTB.js";
import "../chunks/chunk-LCDFKDMA.js";
import "../chunks/chunk-QBABEE3L.js";
import "../chunks/chunk-CEIITLQ4.js";
import "../chunks/chunk-KPTLWIXW.js";
import {
  getInput,
  runAction,
  setFailed
} from "../chunks/chunk-DY6PARIU.js";
import "../chunks/chunk-FED2CKKU.js";
import "../chunks/chunk-K32R6PRZ.js";
import "../chunks/chunk-P4NWLHQW.js";
import "../chunks/chunk-D7IVV3UH.js";
import "../chunks/chunk-7SOBH5CZ.js";
import "../chunks/chunk-RUF675B5.js";
import "../chunks/chunk-ZVXFKJMM.js";
import "../chunks/chunk-ZFVJRRAQ.js";
import "../chunks/chunk-EJLJXTIG.js";
import "../chunks/chunk-623FD2LV.js";
import "../chunks/chunk-MN3KIH56.js";
import "../chunks/chunk-G4QZIEZW.js";
import "../chunks/chunk-6QRULY5K.js";
import "../chunks/chunk-M4IDO3U3.js";
import "../chunks/chunk-OXNICSTU.js";
import "../chunks/chunk-KQWFMIMD.js";
import "../chunks/chunk-N6UHWS4B.js";
import "../chunks/chunk-4PSKXZ4E.js";
import "../chunks/chunk-HO53TWSA.js";
import "../chunks/chunk-EP666XB4.js";

// src/entries/main.ts
var name = getInput("stage", { required: true });
var stage = findStage(name);
if (!stage) setFailed(`stage: unknown stage "${name}"; use one of ${stages.map((s) => s.name).join(", ")}`);
else await runAction(stage);
