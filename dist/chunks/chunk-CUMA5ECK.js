import { createRequire as __sgRequire } from 'node:module'; const require = __sgRequire(import.meta.url);
import {
  deploymentStatusStage
} from "./chunk-A44KEIOD.js";
import {
  releaseNotesStage
} from "./chunk-DLOG4PSV.js";
import {
  quayCleanupStage
} from "./chunk-ODZ2OSHU.js";
import {
  firewallCheckStage
} from "./chunk-B2F7U7BO.js";
import {
  signOffStage
} from "./chunk-CIPXYN2E.js";
import {
  deployStage
} from "./chunk-RPNKBPY2.js";
import {
  infraSyncStage
} from "./chunk-553TOEIV.js";
import {
  importImagesStage
} from "./chunk-MF4C6SAZ.js";
import {
  healthGateStage
} from "./chunk-PTH326DH.js";
import {
  rollbackStage
} from "./chunk-SZDSI5XR.js";
import {
  rehearseStage
} from "./chunk-OPJ4AQSZ.js";
import {
  moveStableStage
} from "./chunk-SPRV4WOO.js";
import {
  topicNotifyStage
} from "./chunk-FUCQJARN.js";
import {
  topicRevertStage
} from "./chunk-BXE44YFI.js";
import {
  waitImagesStage
} from "./chunk-3VUVARE3.js";

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
  signOffStage,
  deploymentStatusStage
];
function findStage(name) {
  return stages.find((s) => s.name === name);
}

export {
  stages,
  findStage
};
