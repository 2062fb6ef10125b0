import { createRequire as __sgRequire } from 'node:module'; const require = __sgRequire(import.meta.url);
import {
  UsageError
} from "./chunk-HO53TWSA.js";

// src/stages/shared/github-run.ts
function runRepository(ctx, given) {
  const repository = given ?? ctx.env.GITHUB_REPOSITORY;
  if (!repository || !/^[^/\s]+\/[^/\s]+$/.test(repository))
    throw new UsageError(`${given ? "--repository" : "GITHUB_REPOSITORY"}: give owner/name (or run inside GitHub Actions)`);
  return repository;
}
async function runGitHub(ctx, permissions) {
  const token = ctx.env.GITHUB_TOKEN;
  if (!token) throw new UsageError("GITHUB_TOKEN is not set", `the job needs permissions: ${permissions} and the github-token input`);
  const { createGitHubClient } = await import("./client-CKF6ER33.js");
  return createGitHubClient({ apiUrl: ctx.config.github.apiUrl, token, logger: ctx.logger, clock: ctx.clock });
}

export {
  runRepository,
  runGitHub
};
