import { createRequire as __sgRequire } from 'node:module'; const require = __sgRequire(import.meta.url);

// src/github/request-error.ts
function isRequestError(error) {
  return typeof error === "object" && error !== null && typeof error.status === "number";
}

export {
  isRequestError
};
