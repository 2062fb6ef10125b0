import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { generate, root } from './generate.ts';

// `npm run bundle` writes every generated file; `npm run bundle -- --check` only reports stale ones.
const check = process.argv.includes('--check');
const files = await generate();
const stale: string[] = [];
for (const [file, text] of files) {
  const full = path.join(root, file);
  const current = await readFile(full, 'utf8').catch(() => undefined);
  if (current === text) continue;
  stale.push(file);
  if (!check) {
    await mkdir(path.dirname(full), { recursive: true });
    await writeFile(full, text);
  }
}
if (!check) {
  // Chunks from an earlier build whose hash no longer exists would linger otherwise.
  const { readdir } = await import('node:fs/promises');
  const chunks = await readdir(path.join(root, 'dist/chunks')).catch(() => [] as string[]);
  for (const chunk of chunks) if (!files.has(`dist/chunks/${chunk}`)) await rm(path.join(root, 'dist/chunks', chunk));
}
if (check && stale.length) {
  console.error(`stale generated files (run npm run bundle): ${stale.join(', ')}`);
  process.exitCode = 1;
} else {
  console.error(check ? 'generated files are up to date' : `wrote ${stale.length} of ${files.size} generated files`);
}
