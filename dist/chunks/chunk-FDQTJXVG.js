import { createRequire as __sgRequire } from 'node:module'; const require = __sgRequire(import.meta.url);
import {
  UsageError
} from "./chunk-HO53TWSA.js";

// src/stages/shared/safe-path.ts
import { lstatSync } from "node:fs";
import path from "node:path";
function checkOutputPath(given, option, cwd = process.cwd()) {
  const resolved = path.resolve(cwd, given);
  if (!path.isAbsolute(given)) {
    const relative = path.relative(cwd, resolved);
    if (relative === ".." || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative))
      throw new UsageError(
        `--${option}: ${given} leaves the working directory`,
        "give a path inside the working directory, or an absolute path if it really lives elsewhere"
      );
    let at = cwd;
    for (const part of relative.split(path.sep).filter(Boolean)) {
      at = path.join(at, part);
      refuseLink(at, option);
    }
  } else {
    refuseLink(resolved, option);
  }
  return resolved;
}
function refuseLink(file, option) {
  let link = false;
  try {
    link = lstatSync(file).isSymbolicLink();
  } catch {
    return;
  }
  if (link)
    throw new UsageError(`--${option}: ${file} is a symbolic link; the run would write where it points`, "give a plain file or folder");
}

export {
  checkOutputPath,
  refuseLink
};
