import { UsageError, errorMessage } from '../../core/errors.ts';
import type { Logger } from '../../core/logger.ts';
import { dependents, moveOrder } from '../../config/graph.ts';
import type { Component } from '../../config/types.ts';
import { createCoprClient, type CoprClient } from '../../copr/client.ts';
import { createGit } from '../../git/git.ts';
import { SharedScratch } from '../../git/remote.ts';
import { createGitHubClient, type GitHubClient } from '../../github/client.ts';
import { githubRepository } from '../../github/repository.ts';
import { parseImage, registryFor } from '../../registry/index.ts';
import type { Stage, StageContext, StageRun } from '../stage.ts';
import { CoprGate } from './copr-gate.ts';
import { GitHubTransport } from './github-transport.ts';
import { GitTransport } from './git-transport.ts';
import { moveStableOptionSpecs, parseMoveStableOptions, type MoveStableOptions } from './options.ts';
import { planMove, type PlannedMove } from './plan.ts';
import { describe, finish, short, type MoveStableResult } from './report.ts';
import { LeaseLostError, type BranchTransport } from './transport.ts';

export type { MoveStableResult } from './report.ts';

export const moveStable: Stage<MoveStableOptions, MoveStableResult> = {
  name: 'move-stable',
  description: 'Move the target branch (stable) to the source branch (main) in every component, in dependency order',
  options: moveStableOptionSpecs,
  outputs: {
    components: 'JSON list: per component name, repository, previous, current, action, commits, status, reason, compareUrl, promoted, imagesBefore',
    moved: 'JSON list of the names of the components whose target branch moved',
  },
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
    throw new UsageError('GITHUB_TOKEN is not set: components with repo are moved through the GitHub API', 'set GITHUB_TOKEN (the action input github-token) to a token with contents: write');
  }
  let github: GitHubClient | undefined;
  const git = createGit({ env: ctx.env, logger, clock: ctx.clock });
  const scratch = new SharedScratch(git, ctx.env);
  let next = 0;
  const transportFor = (component: Component): BranchTransport => {
    if (component.transport.kind === 'git') return new GitTransport(component.transport.remote, config.branches, git, scratch, next++);
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
      for (const m of moves) if (m.status === 'would-move') Object.assign(m, { status: 'skipped', current: m.previous, reason: 'not moved: another component was refused' });
      return finish(ctx, moves, {
        message: `nothing was moved: ${blocked.map((m) => `${m.name}: ${m.reason}`).join('; ')}`,
        hint: 'fix what is named above and run move-stable again',
      });
    }
    if (dryRun) await gate.announce();
    else await applyMoves(ctx, moves, options, gate);
    const failed = moves.filter((m) => m.status === 'failed');
    return finish(ctx, moves, failed.length ? { message: failed.map((m) => `${m.name}: ${m.reason}`).join('; '), hint: failureHint(ctx, failed) } : undefined);
  } finally {
    await Promise.all([...transports.map((t) => t.close()), scratch.close()]);
  }
}

/** Reads every repository, a few at a time; what each says is printed in dependency order. */
async function planAll(selected: Component[], transports: BranchTransport[], ctx: StageContext, options: MoveStableOptions): Promise<PlannedMove[]> {
  const buffers = selected.map(() => new BufferedLogger());
  const moves: PlannedMove[] = new Array(selected.length);
  let cursor = 0;
  const worker = async (): Promise<void> => {
    for (let i = cursor++; i < selected.length; i = cursor++) {
      moves[i] = await planMove(selected[i]!, transports[i]!, { branches: ctx.config.branches, options, logger: buffers[i]!, dryRun: ctx.dryRun });
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

async function applyMoves(ctx: StageContext, moves: PlannedMove[], options: MoveStableOptions, gate: CoprGate): Promise<void> {
  const { logger } = ctx;
  for (const [index, move] of moves.entries()) {
    if (move.status !== 'would-move') continue;
    try {
      await logger.group(`${move.name}: ${move.action} ${ctx.config.branches.target} ${short(move.previous)} → ${short(move.to)}`, async () => {
        await gate.pass(move, options);
        if (move.component.images.length) move.imagesBefore = await digestsBefore(ctx, move.component);
        await move.transport.update(move.previous, move.to!, move.action === 'force');
        move.status = 'moved';
        logger.info(`moved ${ctx.config.branches.target} of ${move.repository} to ${move.to} (${move.commits} commit(s))`);
      });
    } catch (error) {
      // Said once, in the stage's error at the end: not here as well.
      const reason = error instanceof LeaseLostError ? error.message : `not moved: ${errorMessage(error)}`;
      Object.assign(move, { status: 'failed', current: move.previous, reason, leaseLost: error instanceof LeaseLostError });
      const after = dependents(moves.map((m) => m.component), move.name);
      for (const rest of moves.slice(index + 1)) {
        if (rest.status !== 'would-move') continue;
        Object.assign(rest, { status: 'skipped', current: rest.previous, reason: after.has(rest.name) ? `not moved: it comes after ${move.name}, which failed` : `not moved: stopped after ${move.name} failed` });
      }
      return;
    }
  }
}

function failureHint(ctx: StageContext, failed: PlannedMove[]): string {
  const { source, target } = ctx.config.branches;
  const lost = failed.filter((m) => m.leaseLost).map((m) => m.name);
  if (!lost.length) return 'run move-stable again once the cause is fixed: components already moved stay as they are';
  return (
    `${target} of ${lost.join(', ')} was changed by someone else while we worked. A plain re-run would REPLACE those commits with ${source} ` +
    `(a diverged ${target} is force-moved): run move-stable --no-force to keep them (it refuses instead), or look with --dry-run and make a new plan ` +
    `(e.g. merge the change into ${source} first)`
  );
}

/** Best effort: without them wait-images relies on revision labels or unique tags. */
async function digestsBefore(ctx: StageContext, component: Component): Promise<Record<string, string>> {
  const digests: Record<string, string> = {};
  for (const image of component.images) {
    try {
      const ref = parseImage(image.image);
      const info = await registryFor(ref.host, ctx.config, { logger: ctx.logger, clock: ctx.clock, policy: { attempts: 2 } }, ctx.env).inspect(ref);
      if (info) digests[image.image] = info.digest;
    } catch (error) {
      ctx.logger.warning(`${component.name}: could not read the digest of ${image.image} before the move (${errorMessage(error)}); wait-images will rely on the revision label or a unique tag`);
    }
  }
  return digests;
}

/** Holds what one concurrent reader says, so the log reads component by component. */
class BufferedLogger implements Logger {
  private readonly lines: Array<(to: Logger) => void> = [];
  info(message: string): void {
    this.lines.push((to) => to.info(message));
  }
  warning(message: string, title?: string): void {
    this.lines.push((to) => to.warning(message, title));
  }
  error(message: string, title?: string): void {
    this.lines.push((to) => to.error(message, title));
  }
  debug(message: string): void {
    this.lines.push((to) => to.debug(message));
  }
  group<T>(_name: string, fn: () => Promise<T>): Promise<T> {
    return fn();
  }
  replay(to: Logger): void {
    for (const line of this.lines) line(to);
  }
}
