import { createRequire as __sgRequire } from 'node:module'; const require = __sgRequire(import.meta.url);

// src/standins/loopback.ts
function loopbackRegistry(value) {
  const m = /^(?:http:\/\/)?((?:127\.\d{1,3}\.\d{1,3}\.\d{1,3}|localhost|\[::1\]):\d{1,5})\/?$/.exec(value);
  return m?.[1];
}

export {
  loopbackRegistry
};
