import { createRequire as __sgRequire } from 'node:module'; const require = __sgRequire(import.meta.url);
import {
  waitImagesStage
} from "./chunk-6MCTSESF.js";
import "./chunk-CEIITLQ4.js";
import "./chunk-KPTLWIXW.js";
import "./chunk-MN3KIH56.js";
import "./chunk-N6UHWS4B.js";
import "./chunk-4PSKXZ4E.js";
import "./chunk-HO53TWSA.js";
import "./chunk-EP666XB4.js";
export {
  waitImagesStage
};
