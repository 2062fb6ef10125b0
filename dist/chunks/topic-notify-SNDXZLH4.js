import { createRequire as __sgRequire } from 'node:module'; const require = __sgRequire(import.meta.url);
import {
  notifyRoom,
  topicNotify
} from "./chunk-VDZI62UN.js";
import "./chunk-YFTYSO3R.js";
import "./chunk-V7NVJ6NN.js";
import "./chunk-N6UHWS4B.js";
import "./chunk-4PSKXZ4E.js";
import "./chunk-HO53TWSA.js";
import "./chunk-EP666XB4.js";
export {
  notifyRoom,
  topicNotify
};
