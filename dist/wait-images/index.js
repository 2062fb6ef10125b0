import { createRequire as __sgRequire } from 'node:module'; const require = __sgRequire(import.meta.url);
import {
  runAction
} from "../chunks/chunk-UVJC67GY.js";
import {
  findStage
} from "../chunks/chunk-6EGKK2PL.js";
import "../chunks/chunk-YZZ63OTY.js";
import "../chunks/chunk-A3EVXQGW.js";
import "../chunks/chunk-43KNLJ3C.js";
import "../chunks/chunk-D3O4PSQ5.js";
import "../chunks/chunk-YPU6I2LZ.js";
import "../chunks/chunk-EP666XB4.js";

// src/entries/wait-images.ts
await runAction(findStage("wait-images"));
