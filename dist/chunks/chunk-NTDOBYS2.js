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
} from "./chunk-W7EAU3WS.js";
import {
  firewallCheckStage
} from "./chunk-DXMK6UE5.js";
import {
  approvalRequestStage
} from "./chunk-SCFIDT6H.js";
import {
  deployStage
} from "./chunk-V4O2PSI6.js";
import {
  rehearseStage
} from "./chunk-OF5S5RVZ.js";
import {
  infraSyncStage
} from "./chunk-U7D2WQSN.js";
import {
  importImagesStage
} from "./chunk-T6H5WUO3.js";
import {
  healthGateStage
} from "./chunk-FPWKW4E4.js";
import {
  rollbackStage
} from "./chunk-ZQHFUFOH.js";
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
