import { createRequire as __sgRequire } from 'node:module'; const require = __sgRequire(import.meta.url);
import {
  deploymentStatusStage
} from "./chunk-A44KEIOD.js";
import {
  releaseNotesStage
} from "./chunk-MUTLQUQA.js";
import {
  quayCleanupStage
} from "./chunk-F2LZJM2H.js";
import {
  firewallCheckStage
} from "./chunk-5ZSSJ5FE.js";
import {
  signOffStage
} from "./chunk-CIPXYN2E.js";
import {
  deployStage
} from "./chunk-X74SHWCH.js";
import {
  infraSyncStage
} from "./chunk-6DL4FQY2.js";
import {
  importImagesStage
} from "./chunk-5JWTSKVG.js";
import {
  healthGateStage
} from "./chunk-OG2KY6ND.js";
import {
  rollbackStage
} from "./chunk-DUAO4PSZ.js";
import {
  rehearseStage
} from "./chunk-ELUC2IS5.js";
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
