import { createInterface } from 'node:readline/promises';
import type { StepSpec } from './steps.ts';

/** Asks on the terminal; never without one (CI, pipes, the Actions runner). */
export async function confirmOnTerminal(deployment: string, steps: StepSpec[], env: Record<string, string | undefined>): Promise<boolean> {
  if (!process.stdin.isTTY || !process.stderr.isTTY || env.GITHUB_ACTIONS === 'true' || env.CI === 'true') return true;
  const rl = createInterface({ input: process.stdin, output: process.stderr });
  try {
    const answer = await rl.question(`\nAbout to deploy ${deployment}: ${steps.map((s) => s.id).join(' → ')}.\nContinue? [y/N] `);
    return /^y(es)?$/i.test(answer.trim());
  } finally {
    rl.close();
  }
}
