import { createRequire as __sgRequire } from 'node:module'; const require = __sgRequire(import.meta.url);
import {
  describe,
  platformError,
  slackClient
} from "./chunk-YYHOW7AP.js";
import "./chunk-LONG6DJQ.js";
import "./chunk-4PSKXZ4E.js";
import "./chunk-HO53TWSA.js";
import "./chunk-EP666XB4.js";
export {
  describe,
  platformError,
  slackClient
};
