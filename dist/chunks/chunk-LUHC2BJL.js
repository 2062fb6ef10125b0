import { createRequire as __sgRequire } from 'node:module'; const require = __sgRequire(import.meta.url);
import {
  deploymentStatusStage
} from "./chunk-A44KEIOD.js";
import {
  releaseNotesStage
} from "./chunk-MUTLQUQA.js";
import {
  quayCleanupStage
} from "./chunk-5MWUR3QK.js";
import {
  firewallCheckStage
} from "./chunk-GPRCIQXT.js";
import {
  signOffStage
} from "./chunk-CIPXYN2E.js";
import {
  deployStage
} from "./chunk-TEVOVWG3.js";
import {
  infraSyncStage
} from "./chunk-K5WLESHQ.js";
import {
  importImagesStage
} from "./chunk-WXBM6MIK.js";
import {
  healthGateStage
} from "./chunk-EFO7GAQL.js";
import {
  rollbackStage
} from "./chunk-4NENRKF7.js";
import {
  rehearseStage
} from "./chunk-SY7NDRPF.js";
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
