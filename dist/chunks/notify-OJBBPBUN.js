import { createRequire as __sgRequire } from 'node:module'; const require = __sgRequire(import.meta.url);
import {
  notifyRoom,
  topicNotify
} from "./chunk-ZA5EA63U.js";
import "./chunk-43KNLJ3C.js";
import "./chunk-YPU6I2LZ.js";
import "./chunk-EP666XB4.js";
export {
  notifyRoom,
  topicNotify
};
