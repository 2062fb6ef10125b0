import { createRequire as __sgRequire } from 'node:module'; const require = __sgRequire(import.meta.url);
import {
  deploymentStatusStage
} from "./chunk-XEU5TMFN.js";
import {
  releaseNotesStage
} from "./chunk-GZACUJ2J.js";
import {
  quayCleanupStage
} from "./chunk-6HH6MCEC.js";
import {
  firewallCheckStage
} from "./chunk-GVZ5O2ON.js";
import {
  signOffStage
} from "./chunk-ZLNVBLQQ.js";
import {
  deployStage
} from "./chunk-TTXVRNTJ.js";
import {
  infraSyncStage
} from "./chunk-GYTEECJF.js";
import {
  importImagesStage
} from "./chunk-XJRUDLSK.js";
import {
  healthGateStage
} from "./chunk-VB7LPYPQ.js";
import {
  rollbackStage
} from "./chunk-B2KA7KJG.js";
import {
  rehearseStage
} from "./chunk-FBENX4EF.js";
import {
  moveStableStage
} from "./chunk-3DNAC7U5.js";
import {
  topicNotifyStage
} from "./chunk-WV6LC4PR.js";
import {
  topicRevertStage
} from "./chunk-HGZCS4A4.js";
import {
  waitImagesStage
} from "./chunk-DU5LDI5R.js";

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
