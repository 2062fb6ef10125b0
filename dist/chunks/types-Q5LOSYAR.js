import { createRequire as __sgRequire } from 'node:module'; const require = __sgRequire(import.meta.url);
import "./chunk-EP666XB4.js";

// node_modules/@kubernetes/client-node/dist/types.js
var V1MicroTime = class extends Date {
  toISOString() {
    return super.toISOString().slice(0, -1) + "000Z";
  }
};
export {
  V1MicroTime
};
