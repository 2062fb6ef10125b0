import { createRequire as __sgRequire } from 'node:module'; const require = __sgRequire(import.meta.url);
import {
  signOffStage
} from "./chunk-CIPXYN2E.js";
import {
  deploymentStatusStage
} from "./chunk-A44KEIOD.js";
import {
  runTimelineStage
} from "./chunk-YEF65E2L.js";
import {
  releaseNotesStage
} from "./chunk-DLOG4PSV.js";
import {
  quayCleanupStage
} from "./chunk-MMX36MFW.js";
import {
  firewallCheckStage
} from "./chunk-JK2JUY53.js";
import {
  approvalRequestStage
} from "./chunk-SCFIDT6H.js";
import {
  deployStage
} from "./chunk-6WPYC663.js";
import {
  rehearseStage
} from "./chunk-IJMYYWPF.js";
import {
  infraSyncStage
} from "./chunk-CKJLCYNQ.js";
import {
  importImagesStage
} from "./chunk-GBNDC3CF.js";
import {
  healthGateStage
} from "./chunk-TY3MTEF4.js";
import {
  rollbackStage
} from "./chunk-DLXU7SOY.js";
import {
  moveStableStage
} from "./chunk-SVHNDPI3.js";
import {
  topicNotifyStage
} from "./chunk-KS5PBJK3.js";
import {
  topicRevertStage
} from "./chunk-TP4TKHTB.js";
import {
  waitImagesStage
} from "./chunk-QBABEE3L.js";

// src/stages/index.ts
var stages = [
  deployStage,
  rehearseStage,
  moveStableStage,
  topicNotifyStage,
  topicRevertStage,
  waitImagesStage,
  infraSyncStage,
  importImagesStage,
  healthGateStage,
  rollbackStage,
  releaseNotesStage,
  quayCleanupStage,
  firewallCheckStage,
  approvalRequestStage,
  signOffStage,
  deploymentStatusStage,
  runTimelineStage
];
function findStage(name) {
  return stages.find((s) => s.name === name);
}

export {
  stages,
  findStage
};
