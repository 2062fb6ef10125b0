import { UsageError } from '../../core/errors.ts';
import { moveOrder } from '../../config/graph.ts';
import type { Component } from '../../config/types.ts';
import { createCoprClient, type CoprClient } from '../../copr/client.ts';
import { createGit } from '../../git/git.ts';
import { SharedScratch } from '../../git/remote.ts';
import type { GitHubClient } from '../../github/client.ts';
import { githubRepository } from '../../github/repository.ts';
import type { StageCode, StageContext, StageRun } from '../stage.ts';
import { CoprGate } from './copr-gate.ts';
import { GitHubTransport } from './github-transport.ts';
import { GitTransport } from './git-transport.ts';
import { parseMoveStableOptions, type MoveStableOptions } from './options.ts';
import { planMove, type PlannedMove } from './plan.ts';
import { describe, finish, type MoveStableResult } from './report.ts';
import type { BranchTransport } from './transport.ts';
import { applyMoves } from './apply.ts';
import { BufferedLogger } from './buffered-logger.ts';

export type { MoveStableResult } from './report.ts';

export const moveStable: StageCode<MoveStableOptions, MoveStableResult> = {
  parseOptions: parseMoveStableOptions,
  run: runMoveStable,
};

/** Repositories read at once: enough to hide network latency, few enough for a small runner and the forge's limits. */
const READ_CONCURRENCY = 4;

async function runMoveStable(ctx: StageContext, options: MoveStableOptions): Promise<StageRun<MoveStableResult>> {
  const { config, logger, dryRun } = ctx;
  const selected = moveOrder(config.components).filter((c) => !options.only.length || options.only.includes(c.name));
  const token = ctx.env.GITHUB_TOKEN;
  if (selected.some((c) => c.transport.kind === 'github') && !token && !dryRun) {
    throw new UsageError(
      'GITHUB_TOKEN is not set: components with repo are moved through the GitHub API',
      'set GITHUB_TOKEN (the action input github-token) to a token with contents: write',
    );
  }
  // Octokit is most of the action's start-up: loaded only when a component read here uses the API
  // (a selected one, or a dependency outside --only whose head the Copr gate reads).
  const byName = new Map(config.components.map((c) => [c.name, c]));
  const viaApi = (c: Component | undefined): boolean => c?.transport.kind === 'github';
  const needsGitHub = selected.some((c) => viaApi(c) || c.after.some((name) => !!byName.get(name)?.copr && viaApi(byName.get(name))));
  const createGitHubClient = needsGitHub ? (await import('../../github/client.ts')).createGitHubClient : undefined;
  let github: GitHubClient | undefined;
  const git = createGit({ env: ctx.env, logger, clock: ctx.clock });
  const scratch = new SharedScratch(git, ctx.env);
  let next = 0;
  const transportFor = (component: Component): BranchTransport => {
    if (component.transport.kind === 'git') return new GitTransport(component.transport.remote, config.branches, git, scratch, next++);
    if (!createGitHubClient) throw new Error(`${component.name}: the GitHub client was not loaded`);
    github ??= createGitHubClient({ apiUrl: config.github.apiUrl, token, logger, clock: ctx.clock });
    return new GitHubTransport(githubRepository(github, component.transport.repo), config.branches, config.github.serverUrl);
  };
  let copr: CoprClient | undefined;
  const coprClient = (): CoprClient => (copr ??= createCoprClient({ apiUrl: config.copr.apiUrl, logger, clock: ctx.clock }));
  const transports = selected.map(transportFor);
  try {
    const moves = await logger.group(`Reading ${selected.length} component(s): ${config.branches.source} → ${config.branches.target}`, () =>
      planAll(selected, transports, ctx, options),
    );
    const gate = new CoprGate(ctx, moves, coprClient, transportFor);
    await gate.check();
    const blocked = moves.filter((m) => m.status === 'refused' || m.status === 'failed');
    if (blocked.length) {
      for (const m of moves)
        if (m.status === 'would-move')
          Object.assign(m, { status: 'skipped', current: m.previous, reason: 'not moved: another component was refused' });
      return finish(ctx, moves, {
        message: `nothing was moved: ${blocked.map((m) => `${m.name}: ${m.reason}`).join('; ')}`,
        hint: 'fix what is named above and run move-stable again',
      });
    }
    if (dryRun) await gate.announce();
    else await applyMoves(ctx, moves, options, gate);
    const failed = moves.filter((m) => m.status === 'failed');
    return finish(
      ctx,
      moves,
      failed.length ? { message: failed.map((m) => `${m.name}: ${m.reason}`).join('; '), hint: failureHint(ctx, failed) } : undefined,
    );
  } finally {
    await Promise.all([...transports.map((t) => t.close()), scratch.close()]);
  }
}

/** Reads every repository, a few at a time; what each says is printed in dependency order. */
async function planAll(
  selected: Component[],
  transports: BranchTransport[],
  ctx: StageContext,
  options: MoveStableOptions,
): Promise<PlannedMove[]> {
  const buffers = selected.map(() => new BufferedLogger());
  const moves: PlannedMove[] = [];
  let cursor = 0;
  const worker = async (): Promise<void> => {
    for (let i = cursor++; i < selected.length; i = cursor++) {
      moves[i] = await planMove(selected[i]!, transports[i]!, {
        branches: ctx.config.branches,
        options,
        logger: buffers[i]!,
        dryRun: ctx.dryRun,
      });
    }
  };
  await Promise.all(Array.from({ length: Math.min(READ_CONCURRENCY, selected.length) }, worker));
  for (const [i, move] of moves.entries()) {
    buffers[i]!.replay(ctx.logger);
    ctx.logger.info(`${move.name} (${move.repository}): ${describe(move)}`);
    if (move.status === 'would-move' || move.status === 'unchanged') {
      for (const line of move.promoted ?? []) ctx.logger.info(`    ${line}`);
      if (move.promoted && move.commits > move.promoted.length) ctx.logger.info(`    … and ${move.commits - move.promoted.length} more`);
    }
  }
  return moves;
}

function failureHint(ctx: StageContext, failed: PlannedMove[]): string {
  const { source, target } = ctx.config.branches;
  const lost = failed.filter((m) => m.leaseLost).map((m) => m.name);
  if (!lost.length) return 'run move-stable again once the cause is fixed: components already moved stay as they are';
  return (
    `${target} of ${lost.join(', ')} was changed by someone else while ` +
    `we worked. A plain re-run would REPLACE those commits with ${source} ` +
    `(a diverged ${target} is force-moved): run move-stable --no-force to keep ` +
    `them (it refuses instead), or look with --dry-run and make a new plan ` +
    `(e.g. merge the change into ${source} first)`
  );
}
