import { UsageError, errorMessage } from '../../core/errors.ts';
import type { Logger } from '../../core/logger.ts';
import type { Component } from '../../config/types.ts';
import type { MoveStableOptions } from './options.ts';
import type { BranchTransport } from './transport.ts';

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
  /** The move failed because the target changed meanwhile (the hint differs). */
  leaseLost?: boolean;
}

export interface PlanContext {
  branches: { source: string; target: string };
  options: MoveStableOptions;
  logger: Logger;
  dryRun: boolean;
}

/**
 * Reads a component and decides its move, changing nothing. Refusals (checks, --no-force, no push
 * rights) and read failures come back as status refused/failed, not as exceptions, so every
 * component is looked at before anything moves. A bad --to is a usage error (exit 2).
 */
export async function planMove(component: Component, transport: BranchTransport, plan: PlanContext): Promise<PlannedMove> {
  const { branches, options, logger } = plan;
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
        if (options.noForce) return refuse(base, `${diverged}; not replaced because of --no-force`);
        Object.assign(base, {
          action: 'force',
          status: 'would-move',
          reason: `${diverged}; replaced with ${what}, with a lease on ${heads.target.slice(0, 7)}`,
        });
      }
    }
    if (!plan.dryRun) {
      const denied = await transport.probePush(heads.target, to);
      if (denied) return refuse(base, denied);
    }
    const verdict = await transport.checks(to, component.checks);
    if (!verdict) {
      logger.info(`${component.name}: checks are not read for a plain git remote`);
      return base;
    }
    const problems = verdict.noneReported
      ? [`no check reported on ${to.slice(0, 7)} (none required by the configuration or branch protection)`]
      : [...verdict.failing.map((c) => `${c} failed`), ...verdict.pending.map((c) => `${c} has not passed yet`)];
    if (problems.length && !options.allowUnverified) {
      const fix = verdict.noneReported
        ? 'wait for CI to report, set checks: [] on the component to promote without checks, or pass --allow-unverified'
        : 'wait for them or pass --allow-unverified';
      return refuse(base, `checks of ${to.slice(0, 7)} (${verdict.source}): ${problems.join(', ')}; ${fix}`);
    }
    if (problems.length) {
      logger.warning(`${component.name}: promoting despite checks (${problems.join(', ')}) because of --allow-unverified`);
      base.reason = [base.reason, `unverified: ${problems.join(', ')}`].filter(Boolean).join('; ');
    } else if (!verdict.required.length) {
      logger.info(`${component.name}: no checks required (checks: [] in the configuration)`);
    } else {
      logger.info(`${component.name}: ${verdict.required.length} check(s) of ${to.slice(0, 7)} passed (${verdict.source})`);
    }
    return base;
  } catch (error) {
    if (error instanceof UsageError) throw error;
    return Object.assign(base, { status: 'failed', action: 'unchanged', current: base.previous, reason: errorMessage(error) });
  }
}

export function refuse(move: PlannedMove, reason: string): PlannedMove {
  return Object.assign(move, { status: 'refused', action: 'unchanged', current: move.previous, reason });
}

export function publicMove(move: PlannedMove): ComponentMove {
  const { component: _c, transport: _t, to: _to, leaseLost: _l, ...rest } = move;
  return rest;
}
