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
} from "./chunk-AJTGKZOE.js";
import {
  firewallCheckStage
} from "./chunk-WQACVKBE.js";
import {
  approvalRequestStage
} from "./chunk-SCFIDT6H.js";
import {
  deployStage
} from "./chunk-QK3W5S5I.js";
import {
  rehearseStage
} from "./chunk-IP6EGVMD.js";
import {
  infraSyncStage
} from "./chunk-XITUBM4T.js";
import {
  importImagesStage
} from "./chunk-NK4GD64M.js";
import {
  healthGateStage
} from "./chunk-NZRK23K2.js";
import {
  rollbackStage
} from "./chunk-IKAR2VYC.js";
import {
  moveStableStage
} from "./chunk-6BW6SZJF.js";
import {
  topicNotifyStage
} from "./chunk-N6WEJVCR.js";
import {
  topicRevertStage
} from "./chunk-GSB5U7OZ.js";
import {
  waitImagesStage
} from "./chunk-OUPAS4DO.js";

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
