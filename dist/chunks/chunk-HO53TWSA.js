import { createRequire as __sgRequire } from 'node:module'; const require = __sgRequire(import.meta.url);

// src/core/errors.ts
var UsageError = class extends Error {
  hint;
  constructor(message, hint) {
    super(message);
    this.name = "UsageError";
    this.hint = hint;
  }
};
var StageError = class extends Error {
  hint;
  constructor(message, hint, options) {
    super(message, options);
    this.name = "StageError";
    this.hint = hint;
  }
};
function errorMessage(error) {
  if (error instanceof Error) return error.message;
  return String(error);
}

export {
  UsageError,
  StageError,
  errorMessage
};
