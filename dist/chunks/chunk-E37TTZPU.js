import { createRequire as __sgRequire } from 'node:module'; const require = __sgRequire(import.meta.url);
import {
  deploymentStatusStage
} from "./chunk-4DGJ5RMX.js";
import {
  releaseNotesStage
} from "./chunk-GMJTNHHC.js";
import {
  quayCleanupStage
} from "./chunk-MKJKO7EI.js";
import {
  firewallCheckStage
} from "./chunk-MHBCUYWN.js";
import {
  signOffStage
} from "./chunk-MRQHXQQB.js";
import {
  deployStage
} from "./chunk-WRYFCHKR.js";
import {
  infraSyncStage
} from "./chunk-6CKVX2OT.js";
import {
  importImagesStage
} from "./chunk-FVZVQOHT.js";
import {
  healthGateStage
} from "./chunk-R5ROP5EC.js";
import {
  rollbackStage
} from "./chunk-NWVO5ZJC.js";
import {
  rehearseStage
} from "./chunk-3OZLI4IX.js";
import {
  moveStableStage
} from "./chunk-23TEFXMQ.js";
import {
  topicNotifyStage
} from "./chunk-5VWX435T.js";
import {
  topicRevertStage
} from "./chunk-ZYBM2BRB.js";
import {
  waitImagesStage
} from "./chunk-RPUUQ2FT.js";

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
