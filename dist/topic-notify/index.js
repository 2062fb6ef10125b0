import { createRequire as __sgRequire } from 'node:module'; const require = __sgRequire(import.meta.url);
import {
  runAction
} from "../chunks/chunk-WZS6UMPN.js";
import {
  findStage
} from "../chunks/chunk-KVD3ROVL.js";
import "../chunks/chunk-XS3ZZHAG.js";
import "../chunks/chunk-YPU6I2LZ.js";
import "../chunks/chunk-EP666XB4.js";

// src/entries/topic-notify.ts
await runAction(findStage("topic-notify"));
