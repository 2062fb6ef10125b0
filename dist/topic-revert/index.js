import { createRequire as __sgRequire } from 'node:module'; const require = __sgRequire(import.meta.url);
import {
  runAction
} from "../chunks/chunk-SMXDO5PC.js";
import {
  findStage
} from "../chunks/chunk-5KEP6FVN.js";
import "../chunks/chunk-YZZ63OTY.js";
import "../chunks/chunk-A3EVXQGW.js";
import "../chunks/chunk-5KLR5LTG.js";
import "../chunks/chunk-D3O4PSQ5.js";
import "../chunks/chunk-VNLBOQ4H.js";
import "../chunks/chunk-EP666XB4.js";

// src/entries/topic-revert.ts
await runAction(findStage("topic-revert"));
