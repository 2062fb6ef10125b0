import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

export interface WrittenFiles {
  /** Every file of this run, absolute paths, post first. */
  files: string[];
  /** Those whose content is new or different (and stale thread posts removed). */
  changed: string[];
}

async function current(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, 'utf8');
  } catch {
    return undefined;
  }
}

/**
 * Writes post.md and mastodon-1.txt … into the folder; a file that already holds the same
 * text is left alone, and thread posts of an earlier, longer thread are removed so the folder
 * never mixes two runs.
 */
export async function writeOutput(dir: string, post: string, thread: string[]): Promise<WrittenFiles> {
  await mkdir(dir, { recursive: true });
  const wanted = new Map<string, string>([
    ['post.md', post],
    ...thread.map((text, i): [string, string] => [`mastodon-${i + 1}.txt`, text + '\n']),
  ]);
  const result: WrittenFiles = { files: [], changed: [] };
  for (const [name, text] of wanted) {
    const file = path.join(dir, name);
    result.files.push(file);
    if ((await current(file)) === text) continue;
    await writeFile(file, text);
    result.changed.push(file);
  }
  for (const name of await readdir(dir)) {
    if (/^mastodon-\d+\.txt$/.test(name) && !wanted.has(name)) {
      await rm(path.join(dir, name));
      result.changed.push(path.join(dir, name));
    }
  }
  return result;
}

/** What a dry run would write, without touching the folder. */
export function plannedFiles(dir: string, thread: string[]): string[] {
  return [path.join(dir, 'post.md'), ...thread.map((_, i) => path.join(dir, `mastodon-${i + 1}.txt`))];
}
