import { createRequire as __sgRequire } from 'node:module'; const require = __sgRequire(import.meta.url);
import {
  describe,
  platformError,
  slackClient
} from "./chunk-3P4U2JTF.js";
import "./chunk-KLJOYWLQ.js";
import "./chunk-4PSKXZ4E.js";
import "./chunk-HO53TWSA.js";
import "./chunk-XRVGOMFE.js";
export {
  describe,
  platformError,
  slackClient
};
