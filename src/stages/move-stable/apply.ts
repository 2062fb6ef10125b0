import { errorMessage } from '../../core/errors.ts';
import type { Logger } from '../../core/logger.ts';
import { dependents } from '../../config/graph.ts';
import type { Component } from '../../config/types.ts';
import { parseImage, registryFor } from '../../registry/index.ts';
import type { StageContext } from '../stage.ts';
import { BufferedLogger } from '../../core/buffered-logger.ts';
import type { CoprGate } from './copr-gate.ts';
import type { MoveStableOptions } from './options.ts';
import type { PlannedMove } from './plan.ts';
import { short } from './report.ts';
import { LeaseLostError } from './transport.ts';

/** Moves made at once: independent repositories need not wait for each other's push. */
const MOVE_CONCURRENCY = 4;

/**
 * Moves in waves: a component only after every component it names in `after` has moved (and its
 * Copr build passed the gate); the components of one wave are independent, so their pushes run
 * a few at a time. The Copr gates of a wave are passed one after another, before its pushes, so a
 * long wait prints its progress as it goes. After a failure no new move starts: those in flight
 * finish, everything not started is skipped.
 */
export async function applyMoves(ctx: StageContext, moves: PlannedMove[], options: MoveStableOptions, gate: CoprGate): Promise<void> {
  const pending = moves.filter((m) => m.status === 'would-move');
  for (const wave of waves(pending)) {
    const ready: PlannedMove[] = [];
    for (const move of wave) {
      if (!gate.needsWait(move)) {
        ready.push(move);
        continue;
      }
      try {
        await ctx.logger.group(`${move.name}: Copr builds of what it comes after`, () => gate.pass(move, options));
        ready.push(move);
      } catch (error) {
        // Already gated members of this wave are independent of the failure, but nothing new starts.
        fail(ctx, moves, move, error);
        return;
      }
    }
    const buffers = ready.map(() => new BufferedLogger());
    const failures: Array<{ move: PlannedMove; error: unknown }> = [];
    let cursor = 0;
    const worker = async (): Promise<void> => {
      for (let i = cursor++; i < ready.length; i = cursor++) {
        try {
          await moveOne(ctx, ready[i]!, buffers[i]!);
        } catch (error) {
          failures.push({ move: ready[i]!, error });
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(MOVE_CONCURRENCY, ready.length) }, worker));
    for (const [i, move] of ready.entries()) {
      await ctx.logger.group(`${move.name}: ${move.action} ${ctx.config.branches.target} ${short(move.previous)} → ${short(move.to)}`, () =>
        Promise.resolve(buffers[i]!.replay(ctx.logger)),
      );
    }
    if (failures.length) {
      for (const { move, error } of failures) fail(ctx, moves, move, error);
      return;
    }
  }
}

async function moveOne(ctx: StageContext, move: PlannedMove, log: Logger): Promise<void> {
  if (move.component.images.length) move.imagesBefore = await digestsBefore(ctx, move.component, log);
  await move.transport.update(move.previous, move.to!, move.action === 'force');
  move.status = 'moved';
  log.info(`moved ${ctx.config.branches.target} of ${move.repository} to ${move.to} (${move.commits} commit(s))`);
}

/** Groups of moves in dependency order; a move's wave is one past the last of its dependencies'. */
function waves(pending: PlannedMove[]): PlannedMove[][] {
  const level = new Map<string, number>();
  for (const move of pending) {
    // `pending` is in dependency order, so every dependency's level is known already.
    const deps = move.component.after.map((name) => level.get(name)).filter((l): l is number => l !== undefined);
    level.set(move.name, deps.length ? Math.max(...deps) + 1 : 0);
  }
  const out: PlannedMove[][] = [];
  for (const move of pending) (out[level.get(move.name)!] ??= []).push(move);
  return out.filter(Boolean);
}

/** Said once, in the stage's error at the end: not here as well. */
function fail(ctx: StageContext, moves: PlannedMove[], move: PlannedMove, error: unknown): void {
  const reason = error instanceof LeaseLostError ? error.message : `not moved: ${errorMessage(error)}`;
  Object.assign(move, { status: 'failed', current: move.previous, reason, leaseLost: error instanceof LeaseLostError });
  for (const rest of moves) if (rest.status === 'would-move') skip(moves, rest, move);
  ctx.logger.debug(`${move.name}: failed; moves not started yet are skipped`);
}

function skip(moves: PlannedMove[], rest: PlannedMove, failed: PlannedMove): void {
  const after = dependents(
    moves.map((m) => m.component),
    failed.name,
  );
  Object.assign(rest, {
    status: 'skipped',
    current: rest.previous,
    reason: after.has(rest.name)
      ? `not moved: it comes after ${failed.name}, which failed`
      : `not moved: stopped after ${failed.name} failed`,
  });
}

/** Best effort: without them wait-images relies on revision labels or unique tags. */
async function digestsBefore(ctx: StageContext, component: Component, log: Logger): Promise<Record<string, string>> {
  const digests: Record<string, string> = {};
  for (const image of component.images) {
    try {
      const ref = parseImage(image.image);
      // The stage's own logger: registry clients are shared per run by it.
      const info = await registryFor(
        ref.host,
        ctx.config,
        { logger: ctx.logger, clock: ctx.clock, policy: { attempts: 2 } },
        ctx.env,
        (v) => ctx.secrets.add(v),
      ).inspect(ref);
      if (info) digests[image.image] = info.digest;
    } catch (error) {
      log.warning(
        `${component.name}: could not read the digest of ${image.image} before the move (` +
          `${errorMessage(error)}); wait-images will rely on the revision label or a unique tag`,
      );
    }
  }
  return digests;
}
