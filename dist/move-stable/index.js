import { createRequire as __sgRequire } from 'node:module'; const require = __sgRequire(import.meta.url);
import {
  runAction
} from "../chunks/chunk-WAT4ZIJF.js";
import "../chunks/chunk-Q4KVZSIL.js";
import "../chunks/chunk-EJLJXTIG.js";
import "../chunks/chunk-K3ZXM34F.js";
import "../chunks/chunk-STIYOXWW.js";
import "../chunks/chunk-KQWFMIMD.js";
import "../chunks/chunk-P4NWLHQW.js";
import "../chunks/chunk-JNDZXDHD.js";
import "../chunks/chunk-RUF675B5.js";
import "../chunks/chunk-D7IVV3UH.js";
import "../chunks/chunk-MN3KIH56.js";
import "../chunks/chunk-ZVXFKJMM.js";
import "../chunks/chunk-N6UHWS4B.js";
import "../chunks/chunk-OXNICSTU.js";
import "../chunks/chunk-ZFVJRRAQ.js";
import "../chunks/chunk-4PSKXZ4E.js";
import {
  loadStage
} from "../chunks/chunk-FXE6MR3J.js";
import "../chunks/chunk-G4QZIEZW.js";
import "../chunks/chunk-6QRULY5K.js";
import "../chunks/chunk-HO53TWSA.js";
import "../chunks/chunk-EP666XB4.js";

// stage-entry:move-stable
await runAction(await loadStage("move-stable"));
