import { createRequire as __sgRequire } from 'node:module'; const require = __sgRequire(import.meta.url);
import {
  moveStableStage
} from "./chunk-CZ2AILEV.js";
import "./chunk-TYW5OMUR.js";
import "./chunk-MN3KIH56.js";
import "./chunk-N6UHWS4B.js";
import "./chunk-4PSKXZ4E.js";
import "./chunk-6QRULY5K.js";
import "./chunk-HO53TWSA.js";
import "./chunk-EP666XB4.js";
export {
  moveStableStage
};
