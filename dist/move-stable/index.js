import { createRequire as __sgRequire } from 'node:module'; const require = __sgRequire(import.meta.url);
import {
  runAction
} from "../chunks/chunk-Z7LA3DAC.js";
import {
  findStage
} from "../chunks/chunk-CIDLH6PC.js";
import "../chunks/chunk-SR25YIEQ.js";

// src/entries/move-stable.ts
await runAction(findStage("move-stable"));
