import { createRequire as __sgRequire } from 'node:module'; const require = __sgRequire(import.meta.url);
import {
  getInput,
  runAction,
  setFailed
} from "../chunks/chunk-Z7LA3DAC.js";
import {
  findStage,
  stages
} from "../chunks/chunk-CIDLH6PC.js";
import "../chunks/chunk-SR25YIEQ.js";

// src/entries/main.ts
var name = getInput("stage", { required: true });
var entry = findStage(name);
if (!entry) setFailed(`stage: unknown stage "${name}"; use one of ${stages.map((s) => s.name).join(", ")}`);
else await runAction(entry);
