import { createRequire as __sgRequire } from 'node:module'; const require = __sgRequire(import.meta.url);

// src/stages/stage.ts
function declareStage(declaration) {
  if (!declaration.freezeGuard) return declaration;
  const missing = [IGNORE_FREEZE, APPROVED_AT].filter((spec) => !declaration.options.some((o) => o.name === spec.name));
  return { ...declaration, options: [...declaration.options, ...missing] };
}
var APPROVED_AT = {
  name: "approved-at",
  type: "string",
  description: "When the run was signed off (the sign-off job's approvedAt output); refused when older than signOff.maxAge"
};
var IGNORE_FREEZE = {
  name: "ignore-freeze",
  type: "boolean",
  description: "Change production even inside a freeze window of the configuration (an emergency)"
};
var SECRET_ENV = ["GITHUB_TOKEN", "MATRIX_ACCESS_TOKEN", "SLACK_BOT_TOKEN", "QUAY_TOKEN", "SENTRY_AUTH_TOKEN", "VAULT_TOKEN"];
function isSecretEnv(name) {
  return SECRET_ENV.includes(name) || name.startsWith("OPENSHIFT_TOKEN_") || name.startsWith("KUBE_TOKEN_");
}
function secretInputName(env) {
  return env.toLowerCase().replace(/_/g, "-");
}

export {
  declareStage,
  isSecretEnv,
  secretInputName
};
