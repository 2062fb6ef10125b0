import { UsageError, errorMessage } from '../../core/errors.ts';
import type { ReportTable } from '../../core/report.ts';
import { dependents, moveOrder } from '../../config/graph.ts';
import type { Component, Config } from '../../config/types.ts';
import { createGitHubClient, type GitHubClient } from '../../github/client.ts';
import { registryFor } from '../../registry/index.ts';
import { parseImage } from '../../registry/types.ts';
import type { Stage, StageContext, StageRun } from '../stage.ts';
import { waitForCoprBuild } from './copr.ts';
import { GitHubTransport } from './github-transport.ts';
import { GitTransport } from './git-transport.ts';
import { moveStableOptionSpecs, parseMoveStableOptions, type MoveStableOptions } from './options.ts';
import { planMove, publicMove, type ComponentMove, type PlannedMove } from './plan.ts';
import { LeaseLostError, type BranchTransport } from './transport.ts';

export interface MoveStableResult {
  components: ComponentMove[];
  /** Names of the components whose target branch moved (or would move, in a dry run). */
  moved: string[];
}

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

export function transportFor(component: Component, config: Config, github: GitHubClient | undefined, env: Record<string, string | undefined>): BranchTransport {
  if (component.transport.kind === 'git') return new GitTransport(component.transport.remote, config.branches, env);
  return new GitHubTransport(component.transport.repo, config.branches, github!, config.github.serverUrl);
}

async function runMoveStable(ctx: StageContext, options: MoveStableOptions): Promise<StageRun<MoveStableResult>> {
  const { config, logger, dryRun } = ctx;
  const selected = moveOrder(config.components).filter((c) => !options.only.length || options.only.includes(c.name));
  const usesGitHub = selected.some((c) => c.transport.kind === 'github');
  const token = ctx.env.GITHUB_TOKEN;
  if (usesGitHub && !token && !dryRun) {
    throw new UsageError('GITHUB_TOKEN is not set: components with repo are moved through the GitHub API', 'set GITHUB_TOKEN (the action input github-token) to a token with contents: write');
  }
  const github = usesGitHub ? createGitHubClient({ apiUrl: config.github.apiUrl, token, logger }) : undefined;
  const moves: PlannedMove[] = [];
  try {
    await logger.group(`Reading ${selected.length} component(s): ${config.branches.source} → ${config.branches.target}`, async () => {
      for (const component of selected) {
        const move = await planMove(component, transportFor(component, config, github, ctx.env), { branches: config.branches, options, github, logger, dryRun });
        logger.info(`${move.name} (${move.repository}): ${describe(move)}`);
        for (const line of move.promoted ?? []) logger.info(`    ${line}`);
        if (move.promoted && move.commits > move.promoted.length) logger.info(`    … and ${move.commits - move.promoted.length} more`);
        moves.push(move);
      }
    });
    const blocked = moves.filter((m) => m.status === 'refused' || m.status === 'failed');
    if (blocked.length) {
      for (const m of moves) if (m.status === 'would-move') Object.assign(m, { status: 'skipped', current: m.previous, reason: 'not moved: another component was refused' });
      return finish(ctx, moves, {
        message: `nothing was moved: ${blocked.map((m) => `${m.name}: ${m.reason}`).join('; ')}`,
        hint: 'fix what is named above and run move-stable again',
      });
    }
    if (!dryRun) await applyMoves(ctx, moves, options);
    else announceCoprWaits(ctx, moves);
    const failed = moves.filter((m) => m.status === 'failed');
    return finish(ctx, moves, failed.length ? { message: failed.map((m) => `${m.name}: ${m.reason}`).join('; '), hint: 'run move-stable again once the cause is fixed: components already moved stay as they are' } : undefined);
  } finally {
    await Promise.all(moves.map((m) => m.transport.close()));
  }
}

async function applyMoves(ctx: StageContext, moves: PlannedMove[], options: MoveStableOptions): Promise<void> {
  const { logger } = ctx;
  const byName = new Map(moves.map((m) => [m.name, m]));
  for (const [index, move] of moves.entries()) {
    if (move.status !== 'would-move') continue;
    try {
      await logger.group(`${move.name}: ${move.action} ${ctx.config.branches.target} ${short(move.previous)} → ${short(move.to)}`, async () => {
        // A dependency that did not move has nothing new for Copr to build.
        for (const { dep, copr } of coprDependencies(move, byName, 'moved')) {
          const build = await waitForCoprBuild(
            { apiUrl: ctx.config.copr.apiUrl, project: copr.project, package: copr.package, shortSha: dep.to.slice(0, 7), timeoutMs: options.coprTimeoutMs, intervalMs: options.coprIntervalMs },
            logger,
            ctx.clock,
          );
          dep.coprBuild = { package: copr.package, version: build.version };
        }
        if (move.component.images.length) move.imagesBefore = await digestsBefore(ctx, move.component);
        await move.transport.update(move.previous, move.to!, move.action === 'force');
        move.status = 'moved';
        logger.info(`moved ${ctx.config.branches.target} of ${move.repository} to ${move.to} (${move.commits} commit(s))`);
      });
    } catch (error) {
      const reason = error instanceof LeaseLostError ? error.message : `not moved: ${errorMessage(error)}`;
      Object.assign(move, { status: 'failed', current: move.previous, reason });
      logger.error(`${move.name}: ${reason}`);
      const after = dependents(moves.map((m) => m.component), move.name);
      for (const rest of moves.slice(index + 1)) {
        if (rest.status !== 'would-move') continue;
        Object.assign(rest, { status: 'skipped', current: rest.previous, reason: after.has(rest.name) ? `not moved: it comes after ${move.name}, which failed` : `not moved: stopped after ${move.name} failed` });
      }
      return;
    }
  }
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

/** The dependencies of `move` with a Copr package whose move has the given status. */
function coprDependencies(move: PlannedMove, byName: Map<string, PlannedMove>, status: PlannedMove['status']): Array<{ dep: PlannedMove & { to: string }; copr: NonNullable<Component['copr']> }> {
  return move.component.after.flatMap((name) => {
    const dep = byName.get(name);
    const copr = dep?.component.copr;
    return dep && copr && dep.status === status && dep.to ? [{ dep: dep as PlannedMove & { to: string }, copr }] : [];
  });
}

function announceCoprWaits(ctx: StageContext, moves: PlannedMove[]): void {
  const byName = new Map(moves.map((m) => [m.name, m]));
  for (const move of moves.filter((m) => m.status === 'would-move')) {
    for (const { dep, copr } of coprDependencies(move, byName, 'would-move')) {
      ctx.logger.info(`dry run: ${move.name} would wait for Copr ${copr.project} ${copr.package} to build ${dep.to.slice(0, 7)}`);
    }
  }
}

function short(sha: string | null | undefined): string {
  return sha ? sha.slice(0, 7) : '(none)';
}

function describe(move: PlannedMove): string {
  if (move.status === 'would-move') return `${move.action} ${short(move.previous)} → ${short(move.to)}, ${move.commits} commit(s)${move.reason ? `; ${move.reason}` : ''}`;
  return `${move.status}${move.reason ? `: ${move.reason}` : ''}`;
}

function finish(ctx: StageContext, moves: PlannedMove[], error?: { message: string; hint?: string }): StageRun<MoveStableResult> {
  const components = moves.map(publicMove);
  const moved = components.filter((m) => m.status === 'moved' || m.status === 'would-move').map((m) => m.name);
  return {
    ok: !error,
    changed: components.some((m) => m.status === 'moved'),
    result: { components, moved },
    tables: [summaryTable(ctx, components)],
    ...(error ? { error } : {}),
  };
}

function summaryTable(ctx: StageContext, moves: ComponentMove[]): ReportTable {
  const { source, target } = ctx.config.branches;
  const label: Record<ComponentMove['status'], string> = {
    moved: '✅ moved',
    'would-move': '🔎 would move',
    unchanged: '➖ unchanged',
    refused: '⛔ refused',
    failed: '❌ failed',
    skipped: '⏭️ skipped',
  };
  return {
    title: `${ctx.dryRun ? 'Dry run: ' : ''}move ${source} → ${target} (${ctx.config.deployment})`,
    headers: ['Component', 'Outcome', 'Action', `${target} before → after`, 'Commits', 'Note'],
    rows: moves.map((m) => [
      m.name,
      label[m.status],
      m.action,
      m.compareUrl ? { text: `${short(m.previous)} → ${short(m.current)}`, href: m.compareUrl } : `${short(m.previous)} → ${short(m.current)}`,
      String(m.commits),
      [m.reason, m.coprBuild ? `Copr ${m.coprBuild.package} ${m.coprBuild.version}` : ''].filter(Boolean).join('; '),
    ]),
    details: moves
      .filter((m) => m.promoted?.length && (m.status === 'moved' || m.status === 'would-move'))
      .map((m) => ({
        summary: `${m.name}: ${m.commits} commit(s) ${m.status === 'moved' ? 'promoted' : 'to promote'}`,
        lines: [...m.promoted!, ...(m.commits > m.promoted!.length ? [`… and ${m.commits - m.promoted!.length} more`] : [])],
      })),
  };
}
