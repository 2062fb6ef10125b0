import { expect, test } from '@jest/globals';
import { spawn } from 'node:child_process';

// jest only strips types; this keeps "TypeScript strict" true of every commit that passes CI.
test('the sources and tests type-check under strict TypeScript', async () => {
  const child = spawn(process.execPath, ['node_modules/typescript/bin/tsc', '--noEmit', '-p', 'tsconfig.json']);
  let output = '';
  child.stdout.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr.on('data', (d: Buffer) => (output += d.toString()));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  expect(output).toBe('');
  expect(code).toBe(0);
}, 120_000);
