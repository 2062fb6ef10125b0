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
} from "./chunk-2VIB3FFY.js";
import {
  quayCleanupStage
} from "./chunk-VDXBGCJB.js";
import {
  firewallCheckStage
} from "./chunk-JGWMZHVK.js";
import {
  approvalRequestStage
} from "./chunk-SCFIDT6H.js";
import {
  deployStage
} from "./chunk-ALPGYPNM.js";
import {
  rehearseStage
} from "./chunk-KESPWN7Y.js";
import {
  infraSyncStage
} from "./chunk-OKQP3VS6.js";
import {
  importImagesStage
} from "./chunk-DID2IETE.js";
import {
  healthGateStage
} from "./chunk-S4GBAENE.js";
import {
  rollbackStage
} from "./chunk-EIOX5FSD.js";
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
