import { createRequire as __sgRequire } from 'node:module'; const require = __sgRequire(import.meta.url);

// src/stages/shared/run-url.ts
function runUrlFromEnv(env) {
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repo, GITHUB_RUN_ID: run } = env;
  return server && repo && run ? `${server}/${repo}/actions/runs/${run}` : void 0;
}

export {
  runUrlFromEnv
};
