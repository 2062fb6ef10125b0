import { createRequire as __sgRequire } from 'node:module'; const require = __sgRequire(import.meta.url);
import {
  notifyRoom,
  topicNotify
} from "./chunk-GKTKYATE.js";
import "./chunk-63I3CPVL.js";
import "./chunk-N6UHWS4B.js";
import "./chunk-4PSKXZ4E.js";
import "./chunk-HO53TWSA.js";
import "./chunk-XRVGOMFE.js";
export {
  notifyRoom,
  topicNotify
};
