import { errorMessage } from '../../core/errors.ts';
import type { Component } from '../../config/types.ts';
import type { CoprBuildInfo, CoprClient } from '../../copr/client.ts';
import type { StageContext } from '../stage.ts';
import { builtFrom, waitForCoprBuild } from './copr.ts';
import type { MoveStableOptions } from './options.ts';
import { refuse, type PlannedMove } from './plan.ts';
import type { BranchTransport } from './transport.ts';

interface Dependency {
  name: string;
  copr: NonNullable<Component['copr']>;
}

/**
 * The Copr gate follows state, not this run's memory: before a component moves, the Copr build
 * of every dependency's *current* stable head must have succeeded, whether that dependency moved
 * in this run, in a run that timed out or was killed, or by hand.
 */
export class CoprGate {
  private readonly byName: Map<string, PlannedMove>;
  private readonly components: Map<string, Component>;
  private readonly outside = new Map<string, Promise<string | null>>();
  /** What Copr said while planning, by "project/package". */
  private readonly seen = new Map<string, CoprBuildInfo>();

  private readonly ctx: StageContext;
  private readonly moves: PlannedMove[];
  private readonly copr: () => CoprClient;
  private readonly transportFor: (component: Component) => BranchTransport;

  constructor(ctx: StageContext, moves: PlannedMove[], copr: () => CoprClient, transportFor: (component: Component) => BranchTransport) {
    this.ctx = ctx;
    this.moves = moves;
    this.copr = copr;
    this.transportFor = transportFor;
    this.byName = new Map(moves.map((m) => [m.name, m]));
    this.components = new Map(ctx.config.components.map((c) => [c.name, c]));
  }

  /** The dependencies of a component that have a Copr package. */
  dependencies(move: PlannedMove): Dependency[] {
    return move.component.after.flatMap((name) => {
      const copr = this.components.get(name)?.copr;
      return copr ? [{ name, copr }] : [];
    });
  }

  /** Whether a move has Copr builds to wait for. */
  needsWait(move: PlannedMove): boolean {
    return this.dependencies(move).length > 0;
  }

  /** The head of a dependency's target branch as things stand (after this run's move, if it made one). */
  async headOf(name: string): Promise<string | null> {
    const move = this.byName.get(name);
    if (move) return move.status === 'moved' || move.status === 'would-move' ? move.to : move.previous;
    // Not selected (--only): its branch is read, never moved.
    let head = this.outside.get(name);
    if (!head) {
      const transport = this.transportFor(this.components.get(name)!);
      head = transport.targetHead().finally(() => transport.close());
      this.outside.set(name, head);
    }
    return head;
  }

  /**
   * While planning: every Copr package this run depends on or feeds must exist (a typo is found
   * before anything moves). A component whose own or whose dependency's package cannot be read is
   * refused.
   */
  async check(): Promise<void> {
    const moving = this.moves.filter((m) => m.status === 'would-move');
    const wanted = new Map<string, { copr: Dependency['copr']; blame: PlannedMove[] }>();
    const want = (copr: Dependency['copr'], blame: PlannedMove): void => {
      const key = `${copr.project}/${copr.package}`;
      const entry = wanted.get(key) ?? { copr, blame: [] };
      if (!entry.blame.includes(blame)) entry.blame.push(blame);
      wanted.set(key, entry);
    };
    for (const move of moving) {
      if (move.component.copr) want(move.component.copr, move);
      for (const dep of this.dependencies(move)) want(dep.copr, move);
    }
    await Promise.all(
      [...wanted].map(async ([key, { copr, blame }]) => {
        try {
          this.seen.set(key, await this.copr().latestSucceeded(copr.project, copr.package));
        } catch (error) {
          for (const move of blame) refuse(move, `Copr ${copr.project} ${copr.package}: ${errorMessage(error)}`);
        }
      }),
    );
  }

  /** Dry run: what each move would wait for, from what Copr said while planning. */
  async announce(): Promise<void> {
    for (const move of this.moves.filter((m) => m.status === 'would-move')) {
      for (const dep of this.dependencies(move)) {
        const head = await this.headOf(dep.name);
        if (!head) continue;
        const latest = this.seen.get(`${dep.copr.project}/${dep.copr.package}`);
        const state = builtFrom(latest?.version ?? null, head)
          ? `Copr already has it (${latest!.version})`
          : `latest succeeded is ${latest?.version ?? 'none'}`;
        this.ctx.logger.info(
          `dry run: ${move.name} would wait for Copr ${dep.copr.project} ${dep.copr.package} to build ${head.slice(0, 7)}; ${state}`,
        );
      }
    }
  }

  /** Before a move: waits for the build of every dependency's current stable head. */
  async pass(move: PlannedMove, options: MoveStableOptions): Promise<void> {
    for (const dep of this.dependencies(move)) {
      const head = await this.headOf(dep.name);
      if (!head) {
        this.ctx.logger.warning(
          `${move.name}: ${dep.name} has no ${this.ctx.config.branches.target} branch; there is no Copr build to wait for`,
        );
        continue;
      }
      const build = await waitForCoprBuild(
        this.copr(),
        {
          project: dep.copr.project,
          package: dep.copr.package,
          sha: head,
          timeoutMs: options.coprTimeoutMs,
          intervalMs: options.coprIntervalMs,
        },
        this.ctx.logger,
        this.ctx.clock,
      );
      const owner = this.byName.get(dep.name);
      if (owner) owner.coprBuild = { package: dep.copr.package, version: build.version };
    }
  }
}
