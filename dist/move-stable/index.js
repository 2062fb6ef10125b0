import { createRequire as __sgRequire } from 'node:module'; const require = __sgRequire(import.meta.url);
import {
  runAction
} from "../chunks/chunk-YMHTCW2D.js";
import {
  findStage
} from "../chunks/chunk-AYZ2ADOQ.js";
import "../chunks/chunk-SR25YIEQ.js";

// src/entries/move-stable.ts
await runAction(findStage("move-stable"));
