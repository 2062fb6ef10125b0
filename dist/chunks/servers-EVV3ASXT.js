import { createRequire as __sgRequire } from 'node:module'; const require = __sgRequire(import.meta.url);
import {
  ServerConfiguration,
  server1,
  servers
} from "./chunk-LYBZ3FUF.js";
import "./chunk-HKJKYL2S.js";
import "./chunk-EP666XB4.js";
export {
  ServerConfiguration,
  server1,
  servers
};
