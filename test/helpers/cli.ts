import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { main } from '../../src/cli/main.ts';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
  /** The parsed stdout, when --json was given. */
  json: { stage: string; ok: boolean; dryRun: boolean; changed: boolean; result: any; error?: { message: string; hint?: string } };
}

/** Runs the CLI in this process, exactly as the bin does, with captured streams. */
export async function runCli(
  args: string[],
  env: Record<string, string | undefined> = {},
  deps: Parameters<typeof main>[4] = {},
): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await main(
    args,
    { PATH: process.env.PATH, HOME: process.env.HOME, ...env },
    (t) => (stdout += t),
    (t) => (stderr += t),
    deps,
  );
  let json: CliRun['json'] = undefined as never;
  if (args.includes('--json')) json = JSON.parse(stdout);
  return { code, stdout, stderr, json };
}

export function tempDir(prefix = 'sg-test-'): string {
  return mkdtempSync(path.join(os.tmpdir(), prefix));
}

export function writeConfig(dir: string, yaml: string): string {
  const file = path.join(dir, 'service-guru.yml');
  writeFileSync(file, yaml);
  return file;
}

/**
 * A clock whose sleeps return at once and move its time on: waits and backoffs are asserted by
 * what was slept, not by how long the test took.
 */
export class FakeClock {
  private offset = 0;
  readonly sleeps: number[] = [];
  now(): number {
    return Date.now() + this.offset;
  }
  async sleep(ms: number): Promise<void> {
    this.sleeps.push(ms);
    this.offset += ms;
    await new Promise((resolve) => setImmediate(resolve));
  }
  get slept(): number {
    return this.sleeps.reduce((a, b) => a + b, 0);
  }
}
