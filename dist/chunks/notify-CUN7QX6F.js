import { createRequire as __sgRequire } from 'node:module'; const require = __sgRequire(import.meta.url);
import {
  notifyRoom,
  topicNotify
} from "./chunk-72NCYGZ5.js";
import "./chunk-7BZV3K5O.js";
import "./chunk-N6UHWS4B.js";
import "./chunk-4PSKXZ4E.js";
import "./chunk-HO53TWSA.js";
import "./chunk-XRVGOMFE.js";
export {
  notifyRoom,
  topicNotify
};
