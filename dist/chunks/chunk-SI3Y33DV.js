import { createRequire as __sgRequire } from 'node:module'; const require = __sgRequire(import.meta.url);

// src/stages/stage.ts
function declareStage(declaration) {
  return declaration;
}
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
