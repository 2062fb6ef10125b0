import { createRequire as __sgRequire } from 'node:module'; const require = __sgRequire(import.meta.url);
import {
  notifyRoom,
  topicNotify
} from "./chunk-X2O5C44J.js";
import "./chunk-5KLR5LTG.js";
import "./chunk-VNLBOQ4H.js";
import "./chunk-EP666XB4.js";
export {
  notifyRoom,
  topicNotify
};
