import { createRequire as __sgRequire } from 'node:module'; const require = __sgRequire(import.meta.url);
import {
  rehearseStage
} from "../chunks/chunk-IP6EGVMD.js";
import "../chunks/chunk-Z3L27DSI.js";
import "../chunks/chunk-7GQHHXME.js";
import "../chunks/chunk-W5VYIIJT.js";
import "../chunks/chunk-U2CKOM62.js";
import "../chunks/chunk-XITUBM4T.js";
import "../chunks/chunk-STTZIKHD.js";
import "../chunks/chunk-NK4GD64M.js";
import "../chunks/chunk-NZRK23K2.js";
import "../chunks/chunk-CB7T4IJ7.js";
import "../chunks/chunk-IKAR2VYC.js";
import "../chunks/chunk-ZQLMO47E.js";
import "../chunks/chunk-B5SHZD2W.js";
import "../chunks/chunk-25E5E3CG.js";
import "../chunks/chunk-FDQTJXVG.js";
import "../chunks/chunk-6BW6SZJF.js";
import "../chunks/chunk-TPHEFVNB.js";
import "../chunks/chunk-N6WEJVCR.js";
import "../chunks/chunk-GSB5U7OZ.js";
import "../chunks/chunk-LCDFKDMA.js";
import "../chunks/chunk-OUPAS4DO.js";
import "../chunks/chunk-CEIITLQ4.js";
import "../chunks/chunk-KPTLWIXW.js";
import {
  runAction
} from "../chunks/chunk-2AZM6ZJX.js";
import "../chunks/chunk-6QCQPWEU.js";
import "../chunks/chunk-623FD2LV.js";
import "../chunks/chunk-YM5OMD5O.js";
import "../chunks/chunk-P4NWLHQW.js";
import "../chunks/chunk-D7IVV3UH.js";
import "../chunks/chunk-XBDZHFDS.js";
import "../chunks/chunk-MN3KIH56.js";
import "../chunks/chunk-G4QZIEZW.js";
import "../chunks/chunk-6QRULY5K.js";
import "../chunks/chunk-FBPFQLDS.js";
import "../chunks/chunk-RUF675B5.js";
import "../chunks/chunk-ZVXFKJMM.js";
import "../chunks/chunk-OXNICSTU.js";
import "../chunks/chunk-ZFVJRRAQ.js";
import "../chunks/chunk-EJLJXTIG.js";
import "../chunks/chunk-KQWFMIMD.js";
import "../chunks/chunk-N6UHWS4B.js";
import "../chunks/chunk-4PSKXZ4E.js";
import "../chunks/chunk-HO53TWSA.js";
import "../chunks/chunk-EP666XB4.js";

// stage-entry:rehearse
await runAction(rehearseStage);
