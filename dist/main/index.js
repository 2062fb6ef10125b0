import { createRequire as __sgRequire } from 'node:module'; const require = __sgRequire(import.meta.url);
import {
  findStage,
  stages
} from "../chunks/chunk-CUMA5ECK.js";
import "../chunks/chunk-A44KEIOD.js";
import "../chunks/chunk-DLOG4PSV.js";
import "../chunks/chunk-CSUWCHBK.js";
import "../chunks/chunk-FDQTJXVG.js";
import "../chunks/chunk-ODZ2OSHU.js";
import "../chunks/chunk-Z2YIS2LL.js";
import "../chunks/chunk-B2F7U7BO.js";
import "../chunks/chunk-DPHU75SL.js";
import "../chunks/chunk-CIPXYN2E.js";
import "../chunks/chunk-RPNKBPY2.js";
import "../chunks/chunk-SPS6DFKS.js";
import "../chunks/chunk-U2CKOM62.js";
import "../chunks/chunk-553TOEIV.js";
import "../chunks/chunk-73CFYLNG.js";
import "../chunks/chunk-MF4C6SAZ.js";
import "../chunks/chunk-PTH326DH.js";
import "../chunks/chunk-WWZXES5K.js";
import "../chunks/chunk-SZDSI5XR.js";
import "../chunks/chunk-ZQLMO47E.js";
import "../chunks/chunk-2WVUDK2O.js";
import "../chunks/chunk-25E5E3CG.js";
import "../chunks/chunk-OPJ4AQSZ.js";
import "../chunks/chunk-Z3L27DSI.js";
import "../chunks/chunk-7GQHHXME.js";
import "../chunks/chunk-SPRV4WOO.js";
import "../chunks/chunk-TPHEFVNB.js";
import "../chunks/chunk-FUCQJARN.js";
import "../chunks/chunk-BXE44YFI.js";
import "../chunks/chunk-MS6WDQCW.js";
import "../chunks/chunk-3VUVARE3.js";
import "../chunks/chunk-CEIITLQ4.js";
import "../chunks/chunk-KPTLWIXW.js";
import {
  getInput,
  runAction,
  setFailed
} from "../chunks/chunk-YDIS5EYV.js";
import "../chunks/chunk-J6T4FLFY.js";
import "../chunks/chunk-Q5KZINQU.js";
import "../chunks/chunk-XBDZHFDS.js";
import "../chunks/chunk-EJLJXTIG.js";
import "../chunks/chunk-P4NWLHQW.js";
import "../chunks/chunk-D7IVV3UH.js";
import "../chunks/chunk-FBPFQLDS.js";
import "../chunks/chunk-ZVXFKJMM.js";
import "../chunks/chunk-ZFVJRRAQ.js";
import "../chunks/chunk-RUF675B5.js";
import "../chunks/chunk-623FD2LV.js";
import "../chunks/chunk-MN3KIH56.js";
import "../chunks/chunk-KQWFMIMD.js";
import "../chunks/chunk-G4QZIEZW.js";
import "../chunks/chunk-6QRULY5K.js";
import "../chunks/chunk-N6UHWS4B.js";
import "../chunks/chunk-OXNICSTU.js";
import "../chunks/chunk-4PSKXZ4E.js";
import "../chunks/chunk-HO53TWSA.js";
import "../chunks/chunk-EP666XB4.js";

// src/entries/main.ts
var name = getInput("stage", { required: true });
var stage = findStage(name);
if (!stage) setFailed(`stage: unknown stage "${name}"; use one of ${stages.map((s) => s.name).join(", ")}`);
else await runAction(stage);
