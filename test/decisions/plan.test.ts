// Pins move-stable's plan (issue 18, mutation testing): for each relation of the target branch to
// the commit to promote, and each verdict of the checks, what the move is, its status and the
// reason a person reads. planMove changes nothing; the transport here answers from memory.
import { describe, expect, test } from '@jest/globals';
import type { Component } from '../../src/config/types.ts';
import { UsageError } from '../../src/core/errors.ts';
import { MemorySink, TerminalLogger } from '../../src/core/logger.ts';
import { Secrets } from '../../src/core/secrets.ts';
import type { MoveStableOptions } from '../../src/stages/move-stable/options.ts';
import { planMove, publicMove, refuse, type PlanContext } from '../../src/stages/move-stable/plan.ts';
import type { BranchTransport, CheckVerdict, Relation } from '../../src/stages/move-stable/transport.ts';

const MAIN = '1111111aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa';
const STABLE = '2222222bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb';
const PINNED = '3333333ccccccccccccccccccccccccccccccccc';

interface Script {
  target?: string | null;
  relation?: Relation;
  denied?: string;
  verdict?: CheckVerdict | null;
  readError?: Error;
}

function transport(script: Script) {
  const calls: string[] = [];
  const t: BranchTransport = {
    label: 'packit/ogr',
    read: () => {
      calls.push('read');
      return script.readError
        ? Promise.reject(script.readError)
        : Promise.resolve({ source: MAIN, target: script.target === undefined ? STABLE : script.target });
    },
    resolveOnSource: (rev) => {
      calls.push(`resolve ${rev}`);
      if (rev === 'nope') return Promise.reject(new UsageError('--to: nope is not on main'));
      return Promise.resolve(PINNED);
    },
    relation: (base, head) => {
      calls.push(`relation ${base.slice(0, 7)}..${head.slice(0, 7)}`);
      return Promise.resolve(script.relation ?? { status: 'ahead', aheadBy: 2, behindBy: 0 });
    },
    probePush: () => {
      calls.push('probePush');
      return Promise.resolve(script.denied);
    },
    checks: (sha, configured) => {
      calls.push(`checks ${sha.slice(0, 7)} ${JSON.stringify(configured)}`);
      return Promise.resolve(
        script.verdict === undefined
          ? { required: ['ci'], source: 'configuration', failing: [], pending: [], noneReported: false }
          : script.verdict,
      );
    },
    update: () => Promise.reject(new Error('planning must not move anything')),
    targetHead: () => Promise.resolve(STABLE),
    compareUrl: (from, to) => `https://github.com/packit/ogr/compare/${from.slice(0, 7)}...${to.slice(0, 7)}`,
    close: () => Promise.resolve(),
  };
  return { t, calls };
}

const component = { name: 'ogr', repo: 'packit/ogr', checks: ['ci'] } as unknown as Component;

function context(options: Partial<MoveStableOptions> = {}, dryRun = false) {
  const sink = new MemorySink();
  const plan: PlanContext = {
    branches: { source: 'main', target: 'stable' },
    options: { allowUnverified: false, noForce: false, to: new Map(), only: [], coprTimeoutMs: 1, coprIntervalMs: 1, ...options },
    logger: new TerminalLogger(new Secrets(), sink),
    dryRun,
  };
  return { sink, plan };
}

async function plan(script: Script, options: Partial<MoveStableOptions> = {}, dryRun = false) {
  const { t, calls } = transport(script);
  const { sink, plan: p } = context(options, dryRun);
  const move = await planMove(component, t, p);
  return { move, calls, lines: sink.lines };
}

describe('the relation decides the move', () => {
  test('ahead: a fast-forward that would move, with the commits it promotes and a compare link', async () => {
    const { move, calls, lines } = await plan({
      relation: { status: 'ahead', aheadBy: 2, behindBy: 0, onlyInHead: ['1111111 fix', '0000000 feat'] },
    });
    expect(publicMove(move)).toEqual({
      name: 'ogr',
      repository: 'packit/ogr',
      previous: STABLE,
      current: MAIN,
      action: 'fast-forward',
      commits: 2,
      status: 'would-move',
      compareUrl: 'https://github.com/packit/ogr/compare/2222222...1111111',
      promoted: ['1111111 fix', '0000000 feat'],
    });
    expect(move.to).toBe(MAIN);
    expect(calls).toEqual(['read', 'relation 2222222..1111111', 'probePush', 'checks 1111111 ["ci"]']);
    expect(lines).toEqual(['ogr: 1 check(s) of 1111111 passed (configuration)']);
  });

  test('no target branch yet: created at the source head, nothing to compare', async () => {
    const { move, calls } = await plan({ target: null });
    expect(publicMove(move)).toEqual({
      name: 'ogr',
      repository: 'packit/ogr',
      previous: null,
      current: MAIN,
      action: 'fast-forward',
      commits: 0,
      status: 'would-move',
      reason: 'creates stable at main (1111111)',
    });
    expect(calls).toEqual(['read', 'probePush', 'checks 1111111 ["ci"]']);
  });

  test('identical: unchanged, nothing else asked', async () => {
    const { move, calls } = await plan({ relation: { status: 'identical', aheadBy: 0, behindBy: 0 } });
    expect(publicMove(move)).toEqual({
      name: 'ogr',
      repository: 'packit/ogr',
      previous: STABLE,
      current: STABLE,
      action: 'unchanged',
      commits: 0,
      status: 'unchanged',
      reason: 'stable is already at main (1111111)',
    });
    expect(calls).toEqual(['read', 'relation 2222222..1111111']);
    // Nothing promoted: no empty list in the result either.
    expect('promoted' in move).toBe(false);
    const empty = await plan({ relation: { status: 'ahead', aheadBy: 0, behindBy: 0, onlyInHead: [] } });
    expect('promoted' in empty.move).toBe(false);
  });

  test('behind: never moved backwards, with a warning', async () => {
    const { move, calls, lines } = await plan({ relation: { status: 'behind', aheadBy: 0, behindBy: 3 } });
    expect(move).toMatchObject({ action: 'unchanged', status: 'unchanged', current: STABLE, commits: 0 });
    expect(move.reason).toBe('stable is 3 commit(s) ahead of main (1111111); a branch is never moved backwards');
    expect(lines).toEqual([`warning: ogr: ${move.reason}`]);
    expect(calls).toHaveLength(2);
    expect(move.compareUrl).toBeUndefined();
  });

  test('diverged: forced with a lease on the old head, naming what it drops', async () => {
    const relation: Relation = { status: 'diverged', aheadBy: 4, behindBy: 2, onlyInBase: ['9999999 hotfix', '8888888 revert'] };
    const { move } = await plan({ relation });
    expect(move).toMatchObject({ action: 'force', status: 'would-move', current: MAIN, commits: 4 });
    expect(move.reason).toBe(
      'history diverged: stable has 2 commit(s) not on main (cherry-picks?): 9999999 hotfix; 8888888 revert; ' +
        'replaced with main (1111111), with a lease on 2222222',
    );
    const bare = await plan({ relation: { status: 'diverged', aheadBy: 1, behindBy: 1, onlyInBase: [] } });
    expect(bare.move.reason).toBe(
      'history diverged: stable has 1 commit(s) not on main (cherry-picks?); replaced with main (1111111), with a lease on 2222222',
    );
  });

  test('diverged with --no-force: refused, nothing probed or checked', async () => {
    const { move, calls } = await plan({ relation: { status: 'diverged', aheadBy: 1, behindBy: 1 } }, { noForce: true });
    expect(move).toMatchObject({ action: 'unchanged', status: 'refused', current: STABLE });
    expect(move.reason).toBe('history diverged: stable has 1 commit(s) not on main (cherry-picks?); not replaced because of --no-force');
    expect(calls).toEqual(['read', 'relation 2222222..1111111']);
  });

  test('--to: that commit of the source branch, said so', async () => {
    const { move, calls } = await plan({ target: null }, { to: new Map([['ogr', '3333333']]) });
    expect(move).toMatchObject({ current: PINNED, reason: 'creates stable at 3333333 (--to) of main' });
    expect(move.to).toBe(PINNED);
    expect(calls.slice(0, 2)).toEqual(['read', 'resolve 3333333']);
    const other = await plan({ target: null }, { to: new Map([['packit-service', '3333333']]) });
    expect(other.move.current).toBe(MAIN);
  });
});

describe('push rights', () => {
  test('a denied push refuses the move; a dry run does not ask', async () => {
    const denied = await plan({ denied: 'no push rights to stable (protected branch)' });
    expect(denied.move).toMatchObject({
      status: 'refused',
      action: 'unchanged',
      current: STABLE,
      reason: 'no push rights to stable (protected branch)',
    });
    expect(denied.calls).toEqual(['read', 'relation 2222222..1111111', 'probePush']);
    const dry = await plan({ denied: 'no push rights' }, {}, true);
    expect(dry.move.status).toBe('would-move');
    expect(dry.calls).not.toContain('probePush');
  });
});

describe('checks', () => {
  const verdict = (v: Partial<CheckVerdict>): CheckVerdict => ({
    required: ['ci', 'lint'],
    source: 'branch protection',
    failing: [],
    pending: [],
    noneReported: false,
    ...v,
  });

  test('failing or pending checks refuse, naming each', async () => {
    const { move } = await plan({ verdict: verdict({ failing: ['lint'], pending: ['ci'] }) });
    expect(move).toMatchObject({ status: 'refused', action: 'unchanged', current: STABLE });
    expect(move.reason).toBe(
      'checks of 1111111 (branch protection): lint failed, ci has not passed yet; wait for them or pass --allow-unverified',
    );
  });

  test('no check reported at all refuses with its own fix', async () => {
    const { move } = await plan({ verdict: verdict({ required: [], source: 'all reported checks', noneReported: true }) });
    expect(move.reason).toBe(
      'checks of 1111111 (all reported checks): no check reported on 1111111 (none required by the configuration or branch protection); ' +
        'wait for CI to report, set checks: [] on the component to promote without checks, or pass --allow-unverified',
    );
  });

  test('--allow-unverified promotes anyway, says why in the reason and a warning', async () => {
    const { move, lines } = await plan({ verdict: verdict({ failing: ['lint'], pending: ['ci'] }) }, { allowUnverified: true });
    expect(move).toMatchObject({ status: 'would-move', action: 'fast-forward', reason: 'unverified: lint failed, ci has not passed yet' });
    expect(lines).toEqual(['warning: ogr: promoting despite checks (lint failed, ci has not passed yet) because of --allow-unverified']);
    const created = await plan({ target: null, verdict: verdict({ noneReported: true, required: [] }) }, { allowUnverified: true });
    expect(created.move.reason).toBe(
      'creates stable at main (1111111); unverified: no check reported on 1111111 ' +
        '(none required by the configuration or branch protection)',
    );
  });

  test('checks: [] passes and says so; a plain git remote reports none', async () => {
    const none = await plan({ verdict: verdict({ required: [], source: 'configuration' }) });
    expect(none.move.status).toBe('would-move');
    expect(none.lines).toEqual(['ogr: no checks required (checks: [] in the configuration)']);
    const git = await plan({ verdict: null });
    expect(git.move.status).toBe('would-move');
    expect(git.lines).toEqual(['ogr: checks are not read for a plain git remote']);
  });
});

describe('failures', () => {
  test('a read that fails is a failed move, not an exception', async () => {
    const { move } = await plan({ readError: new Error('HTTP 502 from api.github.com') });
    expect(publicMove(move)).toEqual({
      name: 'ogr',
      repository: 'packit/ogr',
      previous: null,
      current: null,
      action: 'unchanged',
      commits: 0,
      status: 'failed',
      reason: 'HTTP 502 from api.github.com',
    });
  });

  test('a failure after the read keeps the target as it was', async () => {
    const { t } = transport({});
    t.checks = () => Promise.reject(new Error('checks unreadable'));
    const move = await planMove(component, t, context().plan);
    expect(move).toMatchObject({ status: 'failed', action: 'unchanged', previous: STABLE, current: STABLE, reason: 'checks unreadable' });
  });

  test('a bad --to is a usage error (exit 2)', async () => {
    await expect(plan({}, { to: new Map([['ogr', 'nope']]) })).rejects.toThrow(UsageError);
  });

  test('refuse keeps the target where it was', async () => {
    const { move } = await plan({});
    expect(refuse(move, 'because')).toMatchObject({ status: 'refused', action: 'unchanged', current: STABLE, reason: 'because' });
  });
});
