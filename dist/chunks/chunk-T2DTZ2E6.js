import { createRequire as __sgRequire } from 'node:module'; const require = __sgRequire(import.meta.url);
import {
  deploymentStatusStage
} from "./chunk-A44KEIOD.js";
import {
  releaseNotesStage
} from "./chunk-UL2TWS3T.js";
import {
  quayCleanupStage
} from "./chunk-XWPD3SL7.js";
import {
  firewallCheckStage
} from "./chunk-A36S37UG.js";
import {
  signOffStage
} from "./chunk-ST3FBNZI.js";
import {
  deployStage
} from "./chunk-PNPZ77EC.js";
import {
  infraSyncStage
} from "./chunk-PPUWPIPA.js";
import {
  importImagesStage
} from "./chunk-OSVXKKDF.js";
import {
  healthGateStage
} from "./chunk-T55MLQSO.js";
import {
  rollbackStage
} from "./chunk-WQWWZ4M5.js";
import {
  rehearseStage
} from "./chunk-N4DKEES3.js";
import {
  moveStableStage
} from "./chunk-JZFOSZ63.js";
import {
  topicNotifyStage
} from "./chunk-B7KTBNQS.js";
import {
  topicRevertStage
} from "./chunk-X45IKDXT.js";
import {
  waitImagesStage
} from "./chunk-CM77QUFS.js";

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
