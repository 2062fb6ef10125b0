import { createInterface } from 'node:readline/promises';
import { tableToText } from '../../core/report.ts';
import type { StageContext } from '../stage.ts';
import type { DeployOptions } from './options.ts';
import { runStep } from './pipeline.ts';
import { moveStable, type AnyStep } from './model.ts';

/** The terminal the question goes to; tests pass their own streams. */
export interface Terminal {
  input: NodeJS.ReadableStream & { isTTY?: boolean };
  output: NodeJS.WritableStream & { isTTY?: boolean };
}

const processTerminal: Terminal = { input: process.stdin, output: process.stderr };

/** A person at a terminal, not CI, a pipe or the Actions runner. */
export function interactive(env: Record<string, string | undefined>, terminal: Terminal = processTerminal): boolean {
  return Boolean(terminal.input.isTTY && terminal.output.isTTY) && env.GITHUB_ACTIONS !== 'true' && env.CI !== 'true';
}

/**
 * Before the first change, on a terminal only: shows what would move (a dry run of move-stable),
 * asks, and pins the move to exactly what was shown (`--to`), so a head that moves while the
 * question is open is not promoted unseen.
 */
export async function confirmDeploy(
  ctx: StageContext,
  options: DeployOptions,
  steps: AnyStep[],
  terminal: Terminal = processTerminal,
): Promise<boolean> {
  if (options.yes || !interactive(ctx.env, terminal)) return true;
  const lines: string[] = [];
  if (steps.some((s) => s.id === 'move-stable')) {
    const input = { config: ctx.config, options, dryRun: true, records: new Map(), failed: false, anyChange: false };
    const plan = await runStep({ ...ctx, dryRun: true }, moveStable, input);
    lines.push(...plan.tables.map(tableToText));
    const components =
      (plan.result as { components?: Array<{ name: string; status: string; current: string | null }> } | null)?.components ?? [];
    const moves = components.filter((c) => c.status === 'would-move' && c.current);
    if (plan.status !== 'ok') lines.push(`move-stable would refuse: ${plan.error?.message ?? 'see above'}`);
    else if (!moves.length) lines.push('nothing would move');
    else {
      options.to = moves.map((c) => `${c.name}=${c.current}`);
      options.only = moves.map((c) => c.name);
    }
  }
  const rl = createInterface({ input: terminal.input, output: terminal.output });
  try {
    const answer = await rl.question(
      `${lines.map((l) => `\n${l}`).join('')}\n` +
        `About to deploy ${ctx.config.deployment}: ${steps.map((s) => s.id).join(' → ')}.\nContinue? [y/N] `,
    );
    return /^y(es)?$/i.test(answer.trim());
  } finally {
    rl.close();
  }
}
