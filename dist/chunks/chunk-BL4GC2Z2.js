import { createRequire as __sgRequire } from 'node:module'; const require = __sgRequire(import.meta.url);
import {
  isNotFound,
  unexpectedAnswer
} from "./chunk-7BJOMGXU.js";

// src/github/branches.ts
async function branchHead(client, repo, branch) {
  const [owner, name] = repo.split("/");
  let data;
  try {
    ({ data } = await client.rest.git.getRef({ owner, repo: name, ref: `heads/${branch}` }));
  } catch (error) {
    if (isNotFound(error)) return null;
    throw error;
  }
  const sha = data?.object?.sha;
  if (typeof sha !== "string" || !/^[0-9a-f]{40}$/.test(sha)) {
    const said = typeof data === "string" ? `text: ${data.replace(/\s+/g, " ").slice(0, 80)}` : "no object.sha";
    throw unexpectedAnswer(`GET /repos/${repo}/git/ref/heads/${branch}`, `with something that is not a git reference (${said})`);
  }
  return sha;
}

export {
  branchHead
};
