import { constants } from 'node:fs';
import { mkdir, open, readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { UsageError } from '../../core/errors.ts';
import { refuseLink } from '../shared/safe-path.ts';

export interface WrittenFiles {
  /** Every file of this run, absolute paths, post first. */
  files: string[];
  /** Those whose content is new or different. */
  changed: string[];
  /**
   * Thread posts in the folder beyond this run's thread (an earlier, longer one, or someone's
   * own): left alone, never deleted, and named so nobody posts them by mistake.
   */
  leftover: string[];
}

async function current(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, 'utf8');
  } catch {
    return undefined;
  }
}

function wantedFiles(post: string, thread: string[]): Map<string, string> {
  return new Map<string, string>([['post.md', post], ...thread.map((text, i): [string, string] => [`mastodon-${i + 1}.txt`, text + '\n'])]);
}

/** No file of the run may be a symbolic link (it would be written where it points): checked before the first write. */
function checkTargets(dir: string, names: Iterable<string>): void {
  refuseLink(dir, 'out');
  for (const name of names) refuseLink(path.join(dir, name), 'out');
}

/**
 * Writes post.md and mastodon-1.txt … into the folder; a file that already holds the same text is
 * left alone. Nothing is deleted: thread posts beyond this thread are reported as `leftover`.
 */
export async function writeOutput(dir: string, post: string, thread: string[]): Promise<WrittenFiles> {
  const wanted = wantedFiles(post, thread);
  checkTargets(dir, wanted.keys());
  await mkdir(dir, { recursive: true });
  const result: WrittenFiles = { files: [], changed: [], leftover: [] };
  for (const [name, text] of wanted) {
    const file = path.join(dir, name);
    result.files.push(file);
    if ((await current(file)) === text) continue;
    await writeNoFollow(file, text);
    result.changed.push(file);
  }
  for (const name of (await readdir(dir)).sort(byNumber)) {
    if (/^mastodon-\d+\.txt$/.test(name) && !wanted.has(name)) result.leftover.push(path.join(dir, name));
  }
  return result;
}

const byNumber = (a: string, b: string): number => Number(/\d+/.exec(a)?.[0] ?? 0) - Number(/\d+/.exec(b)?.[0] ?? 0);

/** O_NOFOLLOW: a link put in place after the check is refused by the kernel, not followed. */
async function writeNoFollow(file: string, text: string): Promise<void> {
  let handle;
  try {
    handle = await open(file, constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC | constants.O_NOFOLLOW, 0o644);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ELOOP')
      throw new UsageError(`--out: ${file} is a symbolic link; the run would write where it points`, 'give a plain file or folder');
    throw error;
  }
  try {
    await handle.writeFile(text);
  } finally {
    await handle.close();
  }
}

/** What a dry run would write, without touching the folder (and refused as a real run would be). */
export function plannedFiles(dir: string, thread: string[]): string[] {
  const names = [...wantedFiles('', thread).keys()];
  checkTargets(dir, names);
  return names.map((name) => path.join(dir, name));
}
