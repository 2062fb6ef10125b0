import { lstatSync } from 'node:fs';
import path from 'node:path';
import { UsageError } from '../../core/errors.ts';

/**
 * An output path given as an option (--out, --state), checked before anything is written: a
 * relative path may not leave the working directory (`../../.ssh`), and no part of it below the
 * working directory, nor the path itself, may be a symbolic link the run would write through.
 * An absolute path is taken as meant, but still not through a link at its end. Returns it resolved.
 */
export function checkOutputPath(given: string, option: string, cwd = process.cwd()): string {
  const resolved = path.resolve(cwd, given);
  if (!path.isAbsolute(given)) {
    const relative = path.relative(cwd, resolved);
    if (relative === '..' || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative))
      throw new UsageError(
        `--${option}: ${given} leaves the working directory`,
        'give a path inside the working directory, or an absolute path if it really lives elsewhere',
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

/** Refuses a symbolic link at `file` (a missing file is fine: it will be created, not followed). */
export function refuseLink(file: string, option: string): void {
  let link = false;
  try {
    link = lstatSync(file).isSymbolicLink();
  } catch {
    return;
  }
  if (link)
    throw new UsageError(`--${option}: ${file} is a symbolic link; the run would write where it points`, 'give a plain file or folder');
}
