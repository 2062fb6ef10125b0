import { createRequire as __sgRequire } from 'node:module'; const require = __sgRequire(import.meta.url);
import {
  describe,
  platformError,
  slackClient
} from "./chunk-V3A56HYH.js";
import "./chunk-KLJOYWLQ.js";
import "./chunk-4PSKXZ4E.js";
import "./chunk-HO53TWSA.js";
import "./chunk-EP666XB4.js";
export {
  describe,
  platformError,
  slackClient
};
