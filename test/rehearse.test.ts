import { expect, test } from '@jest/globals';
import { spawn } from 'node:child_process';

test('the rehearsal in the README runs the stages end to end and passes', async () => {
  const child = spawn(process.execPath, ['scripts/rehearse.ts'], { env: { PATH: process.env.PATH, HOME: process.env.HOME } });
  let stdout = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.resume();
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  expect(code).toBe(0);
  expect(stdout).toContain('Rehearsal passed');
  expect(stdout.match(/→ exit 0, ok=true/g)).toHaveLength(5);
  expect(stdout).toContain('Matrix topic: Packit Service 🚀 https://packit.dev');
}, 60_000);
