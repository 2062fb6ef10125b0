import { errorMessage } from '../../core/errors.ts';
import type { Logger } from '../../core/logger.ts';
import type { Component } from '../../config/types.ts';
import type { GitHubClient } from '../../github/client.ts';
import { verifyChecks } from './checks.ts';
import type { MoveStableOptions } from './options.ts';
import type { BranchTransport } from './transport.ts';
import { GitHubTransport } from './github-transport.ts';

export type MoveAction = 'fast-forward' | 'force' | 'unchanged';

/** What one component's move is (or would be, or why it is not). */
export interface ComponentMove {
  name: string;
  repository: string;
  /** Target branch before the run (null: it did not exist). */
  previous: string | null;
  /** Target branch after the run (in a dry run: after the move it would make). */
  current: string | null;
  action: MoveAction;
  /** Commits promoted: on the new target, not on the old one. */
  commits: number;
  status: 'moved' | 'would-move' | 'unchanged' | 'refused' | 'failed' | 'skipped';
  reason?: string;
  compareUrl?: string;
  coprBuild?: { package: string; version: string };
  /** "sha7 subject" of the commits promoted, newest first (at most 20). */
  promoted?: string[];
  /** image → digest of its tag just before the move, for wait-images to tell the new image. */
  imagesBefore?: Record<string, string>;
}

export interface PlannedMove extends ComponentMove {
  component: Component;
  transport: BranchTransport;
  /** The commit the target should point to. */
  to: string | null;
}

/**
 * Reads a component and decides its move, changing nothing. Refusals (checks, --no-force) and
 * read failures come back as status refused/failed, not as exceptions, so every component is
 * looked at before anything moves.
 */
export interface PlanContext {
  branches: { source: string; target: string };
  options: MoveStableOptions;
  github: GitHubClient | undefined;
  logger: Logger;
  dryRun: boolean;
}

export async function planMove(component: Component, transport: BranchTransport, plan: PlanContext): Promise<PlannedMove> {
  const { branches, options, github, logger } = plan;
  const base: PlannedMove = {
    name: component.name,
    repository: transport.label,
    component,
    transport,
    previous: null,
    current: null,
    to: null,
    action: 'unchanged',
    commits: 0,
    status: 'unchanged',
  };
  try {
    const heads = await transport.read();
    base.previous = heads.target;
    base.current = heads.target;
    const chosen = options.to.get(component.name);
    const to = chosen ? await transport.resolveOnSource(chosen, heads.source) : heads.source;
    base.to = to;
    const { source, target } = branches;
    const what = chosen ? `${to.slice(0, 7)} (--to) of ${source}` : `${source} (${to.slice(0, 7)})`;
    if (heads.target === null) {
      Object.assign(base, { action: 'fast-forward', status: 'would-move', current: to, reason: `creates ${target} at ${what}` });
    } else {
      const relation = await transport.relation(heads.target, to);
      base.commits = relation.aheadBy;
      if (relation.onlyInHead?.length) base.promoted = relation.onlyInHead;
      if (relation.status === 'identical') {
        base.reason = `${target} is already at ${what}`;
        return base;
      }
      if (relation.status === 'behind') {
        base.reason = `${target} is ${relation.behindBy} commit(s) ahead of ${what}; a branch is never moved backwards`;
        logger.warning(`${component.name}: ${base.reason}`);
        return base;
      }
      base.current = to;
      base.compareUrl = transport.compareUrl(heads.target, to);
      if (relation.status === 'ahead') {
        Object.assign(base, { action: 'fast-forward', status: 'would-move' });
      } else {
        const dropped = relation.onlyInBase?.length ? `: ${relation.onlyInBase.join('; ')}` : '';
        const diverged = `history diverged: ${target} has ${relation.behindBy} commit(s) not on ${source} (cherry-picks?)${dropped}`;
        if (options.noForce) {
          return refuse(base, `${diverged}; not replaced because of --no-force`);
        }
        Object.assign(base, { action: 'force', status: 'would-move', reason: `${diverged}; replaced with ${what}, with a lease on ${heads.target.slice(0, 7)}` });
      }
    }
    if (transport instanceof GitHubTransport && transport.canPush === false && !plan.dryRun) {
      return refuse(base, `the token cannot push to ${transport.label}; give it contents: write there`);
    }
    if (component.transport.kind === 'github' && github) {
      const verdict = await verifyChecks(github, component.transport.repo, source, to, component.checks);
      const problems = [
        ...verdict.failing.map((c) => `${c} failed`),
        ...verdict.pending.map((c) => `${c} has not passed yet`),
      ];
      if (problems.length && !options.allowUnverified) {
        return refuse(base, `checks of ${to.slice(0, 7)} (${verdict.source}): ${problems.join(', ')}; wait for them or pass --allow-unverified`);
      }
      if (problems.length) {
        logger.warning(`${component.name}: promoting despite checks (${problems.join(', ')}) because of --allow-unverified`);
        base.reason = [base.reason, `unverified: ${problems.join(', ')}`].filter(Boolean).join('; ');
      } else {
        logger.info(`${component.name}: ${verdict.required.length} check(s) of ${to.slice(0, 7)} passed (${verdict.source})`);
      }
    } else if (component.transport.kind === 'git') {
      logger.info(`${component.name}: checks are not read for a plain git remote`);
    }
    return base;
  } catch (error) {
    return Object.assign(base, { status: 'failed', action: 'unchanged', current: base.previous, reason: errorMessage(error) });
  }
}

function refuse(move: PlannedMove, reason: string): PlannedMove {
  return Object.assign(move, { status: 'refused', action: 'unchanged', current: move.previous, reason });
}

export function publicMove(move: PlannedMove): ComponentMove {
  const { component: _c, transport: _t, to: _to, ...rest } = move;
  return rest;
}

