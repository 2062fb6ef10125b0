import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from '@jest/globals';
import { MemorySink, TerminalLogger } from '../src/core/logger.ts';
import { tableToMarkdown } from '../src/core/report.ts';
import { Secrets } from '../src/core/secrets.ts';
import { moveStableStage as moveStable } from '../src/stages/move-stable/stage.ts';
import { runStage } from '../src/stages/run.ts';
import { chmodSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { CoprDouble } from '../src/standins/copr.ts';
import { FakeClock, runCli, tempDir, writeConfig } from './helpers/cli.ts';
import { BareRemote, gitIn } from './helpers/git-repos.ts';

const copr = new CoprDouble();
beforeAll(() => copr.start());
afterAll(() => copr.stop());

let dir: string;
beforeEach(() => {
  dir = tempDir('sg-git-');
  copr.reset();
});

/** main with `ahead` commits on top of stable. */
function remoteWithStable(name: string, ahead: number): { remote: BareRemote; stable: string; main: string } {
  const remote = new BareRemote(dir, name);
  const stable = remote.commit(`${name}: first`);
  remote.push('main');
  remote.checkout('stable', true);
  remote.push('stable');
  remote.checkout('main');
  let main = stable;
  for (let i = 0; i < ahead; i++) main = remote.commit(`${name}: change ${i + 1}`);
  remote.push('main');
  return { remote, stable, main };
}

function config(components: string): string {
  return writeConfig(dir, `deployment: prod\ncopr: { apiUrl: ${copr.url} }\ncomponents:\n${components}`);
}

describe('move-stable through git', () => {
  test('fast-forwards stable to main and reports the commits promoted', async () => {
    const ogr = remoteWithStable('ogr', 2);
    const file = config(`  - { name: ogr, remote: ${ogr.remote.bare} }\n`);
    const run = await runCli(['move-stable', '--config', file, '--json']);
    expect(run.code).toBe(0);
    expect(ogr.remote.head('stable')).toBe(ogr.main);
    expect(run.json).toMatchObject({ stage: 'move-stable', ok: true, dryRun: false, changed: true });
    expect(run.json.result.components[0]).toMatchObject({
      name: 'ogr',
      previous: ogr.stable,
      current: ogr.main,
      action: 'fast-forward',
      commits: 2,
      status: 'moved',
    });
    expect(run.json.result.moved).toEqual(['ogr']);
    expect(run.json.result.components[0].promoted).toEqual([
      `${ogr.main.slice(0, 7)} ogr: change 2`,
      expect.stringMatching(/^[0-9a-f]{7} ogr: change 1$/),
    ]);
    expect(run.stderr).toContain(`    ${ogr.main.slice(0, 7)} ogr: change 2`);
  });

  test('the job summary shows commit subjects as written, not as Markdown or HTML', async () => {
    const ogr = remoteWithStable('ogr', 0);
    ogr.remote.commit('**bold** <img src=x onerror=alert(1)> [link](https://evil.example) | pipe `code`');
    ogr.remote.push('main');
    const file = config(`  - { name: ogr, remote: ${ogr.remote.bare} }\n`);
    const secrets = new Secrets();
    const run = await runStage({
      stage: moveStable,
      configPath: file,
      dryRun: true,
      options: {},
      env: {},
      logger: new TerminalLogger(secrets, new MemorySink()),
      secrets,
    });
    expect(run.exitCode).toBe(0);
    const markdown = run.tables.map(tableToMarkdown).join('\n');
    expect(markdown).toContain('\\*\\*bold\\*\\* &lt;img src=x onerror=alert(1)&gt; \\[link\\](https://evil.example) \\| pipe \\`code\\`');
    expect(markdown).not.toContain('<img');
  });

  test('replaces a diverged stable with main, naming the commits it drops', async () => {
    const ogr = remoteWithStable('ogr', 1);
    ogr.remote.checkout('stable');
    const cherry = ogr.remote.commit('ogr: cherry-picked fix');
    ogr.remote.push('stable');
    const file = config(`  - { name: ogr, remote: ${ogr.remote.bare} }\n`);
    const run = await runCli(['move-stable', '--config', file, '--json']);
    expect(run.code).toBe(0);
    expect(ogr.remote.head('stable')).toBe(ogr.main);
    const move = run.json.result.components[0];
    expect(move).toMatchObject({ action: 'force', previous: cherry, current: ogr.main, commits: 1 });
    expect(move.reason).toContain('diverged');
    expect(move.reason).toContain('cherry-picked fix');
  });

  // A bare path without receive-side hooks or settings has its ref moved in place (update-ref, the
  // same compare-and-swap); one with them is pushed to, so what the remote enforces still holds.
  test('a receive.* setting of the remote holds as for a push: denyNonFastForwards refuses the force-move', async () => {
    const ogr = remoteWithStable('ogr', 1);
    ogr.remote.checkout('stable');
    const cherry = ogr.remote.commit('ogr: cherry-picked fix');
    ogr.remote.push('stable');
    execFileSync('git', ['config', 'receive.denyNonFastForwards', 'true'], { cwd: ogr.remote.bare });
    const file = config(`  - { name: ogr, remote: ${ogr.remote.bare} }\n`);
    const run = await runCli(['move-stable', '--config', file, '--json']);
    expect(run.code).toBe(1);
    expect(ogr.remote.head('stable')).toBe(cherry);
    expect(run.json.result.components[0].reason).toMatch(/non-fast-forward|denying non-fast-forward/);
  });

  test('--no-force refuses a diverged stable and leaves it alone', async () => {
    const ogr = remoteWithStable('ogr', 1);
    ogr.remote.checkout('stable');
    const cherry = ogr.remote.commit('ogr: cherry-picked fix');
    ogr.remote.push('stable');
    const file = config(`  - { name: ogr, remote: ${ogr.remote.bare} }\n`);
    const run = await runCli(['move-stable', '--config', file, '--json', '--no-force']);
    expect(run.code).toBe(1);
    expect(ogr.remote.head('stable')).toBe(cherry);
    expect(run.json.result.components[0]).toMatchObject({ status: 'refused', action: 'unchanged', current: cherry });
    expect(run.json.error!.message).toContain('--no-force');
    // The reason is said once: in the error, not also in the reading list.
    const text = await runCli(['move-stable', '--config', file, '--no-force']);
    expect(text.stderr.split('not replaced because of --no-force').length - 1).toBe(1);
  });

  test('leaves an equal stable unchanged and says so', async () => {
    const ogr = remoteWithStable('ogr', 0);
    const file = config(`  - { name: ogr, remote: ${ogr.remote.bare} }\n`);
    const run = await runCli(['move-stable', '--config', file]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/ogr\s+➖ unchanged\s+unchanged/);
    expect(run.stderr).toContain('stable is already at main');
    expect(run.stdout).toMatch(/\nmove-stable: ok\n$/);
  });

  test('never moves stable backwards when it is ahead of main', async () => {
    const ogr = remoteWithStable('ogr', 0);
    ogr.remote.checkout('stable');
    const ahead = ogr.remote.commit('ogr: hotfix on stable only');
    ogr.remote.push('stable');
    const file = config(`  - { name: ogr, remote: ${ogr.remote.bare} }\n`);
    const run = await runCli(['move-stable', '--config', file, '--json']);
    expect(run.code).toBe(0);
    expect(ogr.remote.head('stable')).toBe(ahead);
    expect(run.json.result.components[0]).toMatchObject({ action: 'unchanged', status: 'unchanged' });
    expect(run.json.result.components[0].reason).toContain('never moved backwards');
  });

  test('creates stable where it does not exist yet', async () => {
    const ogr = new BareRemote(dir, 'ogr');
    const main = ogr.commit('first');
    ogr.push('main');
    const file = config(`  - { name: ogr, remote: ${ogr.bare} }\n`);
    const run = await runCli(['move-stable', '--config', file, '--json']);
    expect(run.code).toBe(0);
    expect(ogr.head('stable')).toBe(main);
    expect(run.json.result.components[0]).toMatchObject({ previous: null, current: main, status: 'moved' });
  });

  test('--dry-run reports the same moves and changes nothing', async () => {
    const ogr = remoteWithStable('ogr', 2);
    const specfile = remoteWithStable('specfile', 1);
    specfile.remote.checkout('stable');
    const cherry = specfile.remote.commit('specfile: cherry-pick');
    specfile.remote.push('stable');
    const file = config(`  - { name: ogr, remote: ${ogr.remote.bare} }\n  - { name: specfile, remote: ${specfile.remote.bare} }\n`);
    const run = await runCli(['move-stable', '--config', file, '--json', '--dry-run']);
    expect(run.code).toBe(0);
    expect(ogr.remote.head('stable')).toBe(ogr.stable);
    expect(specfile.remote.head('stable')).toBe(cherry);
    expect(run.json).toMatchObject({ dryRun: true, changed: false });
    expect(run.json.result.components.map((m: { action: string; status: string }) => [m.action, m.status])).toEqual([
      ['fast-forward', 'would-move'],
      ['force', 'would-move'],
    ]);
    expect(run.json.result.components[0].current).toBe(ogr.main);
  });

  test('--to promotes a chosen commit of main, and refuses one that is not on main', async () => {
    const ogr = remoteWithStable('ogr', 3);
    const chosen = gitIn(ogr.remote.bare, 'rev-parse', 'main~1');
    const file = config(`  - { name: ogr, remote: ${ogr.remote.bare} }\n`);
    const run = await runCli(['move-stable', '--config', file, '--json', '--to', `ogr=${chosen.slice(0, 7)}`]);
    expect(run.code).toBe(0);
    expect(ogr.remote.head('stable')).toBe(chosen);
    expect(run.json.result.components[0]).toMatchObject({ commits: 2, current: chosen });

    ogr.remote.checkout('side', true);
    const side = ogr.remote.commit('not on main');
    ogr.remote.push('side');
    const refused = await runCli(['move-stable', '--config', file, '--json', '--to', `ogr=${side}`]);
    // Bad usage, found before anything could change: exit 2.
    expect(refused.code).toBe(2);
    expect(refused.json).toMatchObject({ stage: 'move-stable', ok: false });
    expect(refused.json.error!.message).toContain('is not on main');
    expect(ogr.remote.head('stable')).toBe(chosen);
  });

  test('waits for the Copr build of a dependency that moved, then moves the dependent', async () => {
    const ogr = remoteWithStable('ogr', 1);
    const packit = remoteWithStable('packit', 1);
    copr.latest.set('packit/packit-stable/python-ogr', `0.76.0.post17+g${ogr.stable.slice(0, 7)}`);
    copr.onPoll = (_key, count) => {
      // The build of the new stable appears on the fourth look (the first is the planning check).
      if (count === 4) copr.latest.set('packit/packit-stable/python-ogr', `0.76.0.post18+g${ogr.main.slice(0, 7)}`);
    };
    const file = config(
      `  - { name: ogr, remote: ${ogr.remote.bare}, copr: { project: packit/packit-stable, package: python-ogr } }\n` +
        `  - { name: packit, remote: ${packit.remote.bare}, after: [ogr] }\n`,
    );
    const clock = new FakeClock();
    const run = await runCli(['move-stable', '--config', file, '--json', '--copr-interval', '10s'], {}, { clock });
    expect(run.code).toBe(0);
    // One look while planning (the package exists), then the wait: 10 s, then 15 s (the pause grows by half).
    expect(copr.requests.length).toBe(4);
    expect(clock.sleeps).toEqual([10_000, 15_000]);
    expect(run.stderr).toMatch(
      /waiting for Copr packit\/packit-stable python-ogr built from [0-9a-f]{7}: latest succeeded is 0\.76\.0\.post17/,
    );
    expect(packit.remote.head('stable')).toBe(packit.main);
    expect(run.json.result.components[0].coprBuild).toEqual({ package: 'python-ogr', version: `0.76.0.post18+g${ogr.main.slice(0, 7)}` });
  });

  test('a dry run says which Copr builds it would wait for, asking Copr only whether the package exists', async () => {
    const ogr = remoteWithStable('ogr', 1);
    const packit = remoteWithStable('packit', 1);
    copr.latest.set('packit/packit-stable/python-ogr', '0.76.0.post17+gabcdef0');
    const file = config(
      `  - { name: ogr, remote: ${ogr.remote.bare}, copr: { project: packit/packit-stable, package: python-ogr } }\n` +
        `  - { name: packit, remote: ${packit.remote.bare}, after: [ogr] }\n`,
    );
    const run = await runCli(['move-stable', '--config', file, '--dry-run'], {});
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(
      `dry run: packit would wait for Copr packit/packit-stable python-ogr to ` +
        `build ${ogr.main.slice(0, 7)}; latest succeeded is 0.76.0.post17+gabcdef0`,
    );
    expect(copr.requests.length).toBe(1);
    expect(packit.remote.head('stable')).toBe(packit.stable);
  });

  test('a re-run waits for the Copr build of a dependency that an earlier attempt moved (state, not memory)', async () => {
    // ogr moved in a run that then timed out (or was killed) waiting for Copr: now stable = main.
    const ogr = remoteWithStable('ogr', 0);
    const packit = remoteWithStable('packit', 1);
    const older = '0.75.0.post3+g1234567';
    copr.latest.set('packit/packit-stable/python-ogr', older);
    copr.onPoll = (_key, count) => {
      if (count === 3) copr.latest.set('packit/packit-stable/python-ogr', `0.76.0.post18+g${ogr.main.slice(0, 7)}`);
    };
    const file = config(
      `  - { name: packit, remote: ${packit.remote.bare}, after: [ogr] }\n` +
        `  - { name: ogr, remote: ${ogr.remote.bare}, copr: { project: packit/packit-stable, package: python-ogr } }\n`,
    );
    const clock = new FakeClock();
    const run = await runCli(['move-stable', '--config', file, '--json', '--copr-interval', '5s'], {}, { clock });
    expect(run.code).toBe(0);
    // Dependency order, not file order.
    expect(run.json.result.components.map((m: { name: string }) => m.name)).toEqual(['ogr', 'packit']);
    expect(run.json.result.components[0]).toMatchObject({ status: 'unchanged', coprBuild: { package: 'python-ogr' } });
    expect(run.stderr).toContain(`latest succeeded is ${older}`);
    expect(clock.sleeps.length).toBe(1);
    expect(packit.remote.head('stable')).toBe(packit.main);
  });

  test('with --only, a dependency outside it is read (never moved) and the Copr build of its stable head is waited for', async () => {
    const ogr = remoteWithStable('ogr', 1);
    const packit = remoteWithStable('packit', 1);
    copr.latest.set('packit/packit-stable/python-ogr', '0.75.0.post3+g1234567');
    copr.onPoll = (_key, count) => {
      if (count === 3) copr.latest.set('packit/packit-stable/python-ogr', `0.76.0.post17+g${ogr.stable.slice(0, 7)}`);
    };
    const file = config(
      `  - { name: ogr, remote: ${ogr.remote.bare}, copr: { project: packit/packit-stable, package: python-ogr } }\n` +
        `  - { name: packit, remote: ${packit.remote.bare}, after: [ogr] }\n`,
    );
    const clock = new FakeClock();
    const run = await runCli(['move-stable', '--config', file, '--json', '--only', 'packit', '--copr-interval', '5s'], {}, { clock });
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(`waiting for Copr packit/packit-stable python-ogr built from ${ogr.stable.slice(0, 7)}`);
    expect(clock.sleeps).toEqual([5_000]);
    expect(ogr.remote.head('stable')).toBe(ogr.stable);
    expect(packit.remote.head('stable')).toBe(packit.main);
    expect(run.json.result.components.map((m: { name: string }) => m.name)).toEqual(['packit']);
  });

  test('a Copr outage during the wait is a failed look, not the end of the wait; a long one ends it and moves nothing after', async () => {
    const ogr = remoteWithStable('ogr', 0);
    const packit = remoteWithStable('packit', 1);
    copr.latest.set('packit/packit-stable/python-ogr', '0.75.0.post3+g1234567');
    copr.onPoll = (_key, count) => {
      // After the planning look, Copr answers 503 to every attempt of the next look (its request is retried 5 times).
      if (count === 1) copr.fail('GET', /api_3\/package/, { status: 503, body: { error: 'down for maintenance' } }, 5);
      if (count === 2) copr.latest.set('packit/packit-stable/python-ogr', `0.76.0.post18+g${ogr.main.slice(0, 7)}`);
    };
    const file = config(
      `  - { name: ogr, remote: ${ogr.remote.bare}, copr: { project: packit/packit-stable, package: python-ogr } }\n` +
        `  - { name: packit, remote: ${packit.remote.bare}, after: [ogr] }\n`,
    );
    const run = await runCli(['move-stable', '--config', file, '--json', '--copr-interval', '5s'], {}, { clock: new FakeClock() });
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(
      /look 1 at Copr packit\/packit-stable python-ogr built from [0-9a-f]{7} failed \(1 in a row; the wait gives up after 10\), not ready this round/,
    );
    expect(packit.remote.head('stable')).toBe(packit.main);

    // Down for good: the wait gives up after ten failed looks, and what comes after does not move.
    const next = remoteWithStable('next', 1);
    copr.reset();
    copr.latest.set('packit/packit-stable/python-ogr', '0.75.0.post3+g1234567');
    copr.onPoll = (_key, count) => {
      if (count === 1) copr.fail('GET', /api_3\/package/, { status: 503, body: { error: 'down' } }, 1000);
    };
    const down = await runCli(
      [
        'move-stable',
        '--config',
        config(
          `  - { name: ogr, remote: ${ogr.remote.bare}, copr: { project: packit/packit-stable, package: python-ogr } }\n` +
            `  - { name: next, remote: ${next.remote.bare}, after: [ogr] }\n`,
        ),
        '--json',
      ],
      {},
      { clock: new FakeClock() },
    );
    expect(down.code).toBe(1);
    expect(down.json.error!.message).toContain('failed (10 in a row; the wait gives up after 10)');
    expect(next.remote.head('stable')).toBe(next.stable);
  });

  test('a Copr build that is already there is not waited for', async () => {
    const ogr = remoteWithStable('ogr', 0);
    const packit = remoteWithStable('packit', 1);
    copr.latest.set('packit/packit-stable/python-ogr', `0.76.0.post18+g${ogr.main.slice(0, 7)}`);
    const file = config(
      `  - { name: ogr, remote: ${ogr.remote.bare}, copr: { project: packit/packit-stable, package: python-ogr } }\n` +
        `  - { name: packit, remote: ${packit.remote.bare}, after: [ogr] }\n`,
    );
    const clock = new FakeClock();
    const run = await runCli(['move-stable', '--config', file, '--json'], {}, { clock });
    expect(run.code).toBe(0);
    expect(clock.sleeps).toEqual([]);
    expect(packit.remote.head('stable')).toBe(packit.main);
  });

  test('a Copr URL that answers with a web page names Copr and the request, not a JSON parser', async () => {
    const ogr = remoteWithStable('ogr', 1);
    const packit = remoteWithStable('packit', 1);
    copr.fail('GET', /api_3\/package/, {
      status: 200,
      headers: { 'content-type': 'text/html' },
      body: '<!DOCTYPE html><html>Fedora Copr</html>',
    });
    const file = config(
      `  - { name: ogr, remote: ${ogr.remote.bare}, copr: { project: packit/packit-stable, package: python-ogr } }\n` +
        `  - { name: packit, remote: ${packit.remote.bare}, after: [ogr] }\n`,
    );
    const run = await runCli(['move-stable', '--config', file, '--json']);
    expect(run.code).toBe(1);
    expect(run.json.error!.message).toContain('Copr answered GET');
    expect(run.json.error!.message).toContain(
      '/api_3/package/ (packit/packit-stable python-ogr) with an HTML page (HTTP 200) instead of JSON',
    );
    expect(run.json.error!.message).not.toContain('Unexpected token');
    expect(ogr.remote.head('stable')).toBe(ogr.stable);
  });

  test('a Copr project or package that does not exist is found while planning: nothing moves', async () => {
    const ogr = remoteWithStable('ogr', 1);
    const packit = remoteWithStable('packit', 1);
    const file = config(
      `  - { name: ogr, remote: ${ogr.remote.bare}, copr: { project: packit/packit-stabel, package: python-ogr } }\n` +
        `  - { name: packit, remote: ${packit.remote.bare}, after: [ogr] }\n`,
    );
    const run = await runCli(['move-stable', '--config', file, '--json']);
    expect(run.code).toBe(1);
    expect(ogr.remote.head('stable')).toBe(ogr.stable);
    expect(packit.remote.head('stable')).toBe(packit.stable);
    expect(run.json.result.components.map((m: { status: string }) => m.status)).toEqual(['refused', 'refused']);
    expect(run.json.error!.message).toContain('Copr has no package python-ogr in project packit/packit-stabel');
  });

  test('refuses to move a stable that changed while the run waited, and leaves it as it is', async () => {
    const ogr = remoteWithStable('ogr', 1);
    const packit = remoteWithStable('packit', 1);
    let pushedMeanwhile = '';
    copr.onPoll = (_key, count) => {
      // The first look is the planning check; the push happens during the wait.
      if (pushedMeanwhile || count < 2) return;
      // Somebody pushes to packit's stable while we wait for Copr.
      packit.remote.checkout('stable');
      pushedMeanwhile = packit.remote.commit('packit: urgent fix pushed by hand');
      packit.remote.push('stable');
      copr.latest.set('packit/packit-stable/python-ogr', `0.76.0.post18+g${ogr.main.slice(0, 7)}`);
    };
    copr.latest.set('packit/packit-stable/python-ogr', null);
    const clock = new FakeClock();
    const file = config(
      `  - { name: ogr, remote: ${ogr.remote.bare}, copr: { project: packit/packit-stable, package: python-ogr } }\n` +
        `  - { name: packit, remote: ${packit.remote.bare}, after: [ogr] }\n`,
    );
    const run = await runCli(['move-stable', '--config', file, '--json', '--copr-interval', '1s'], {}, { clock });
    expect(run.code).toBe(1);
    expect(packit.remote.head('stable')).toBe(pushedMeanwhile);
    // A plain re-run would force-replace the hand-pushed fix: the hint says so and how to keep it.
    expect(run.json.error!.hint).toContain('would REPLACE those commits');
    expect(run.json.error!.hint).toContain('--no-force');
    // Said once (in the error), not once more while moving.
    expect(run.stderr.split('changed while we were working').length - 1).toBe(1);
    expect(ogr.remote.head('stable')).toBe(ogr.main);
    const move = run.json.result.components[1];
    expect(move).toMatchObject({ name: 'packit', status: 'failed', current: packit.stable });
    expect(move.reason).toContain('changed while we were working');
    expect(move.reason).toContain(pushedMeanwhile);
  });

  test('a push refused by the remote (a hook) fails that component; what comes after it is skipped, independent ones move', async () => {
    const ogr = remoteWithStable('ogr', 1);
    const specfile = remoteWithStable('specfile', 1);
    const packit = remoteWithStable('packit', 1);
    // Push rights are there (the dry-run probe passes), but the remote's hook says no to the real push.
    const hook = path.join(specfile.remote.bare, 'hooks', 'pre-receive');
    writeFileSync(hook, '#!/bin/sh\necho "stable is frozen by policy" >&2\nexit 1\n');
    chmodSync(hook, 0o755);
    const file = config(
      `  - { name: ogr, remote: ${ogr.remote.bare} }\n  - { name: specfile, remote: ${specfile.remote.bare} }\n` +
        `  - { name: packit, remote: ${packit.remote.bare}, after: [specfile] }\n`,
    );
    const run = await runCli(['move-stable', '--config', file, '--json']);
    expect(run.code).toBe(1);
    expect(ogr.remote.head('stable')).toBe(ogr.main);
    expect(specfile.remote.head('stable')).toBe(specfile.stable);
    expect(packit.remote.head('stable')).toBe(packit.stable);
    const byName = Object.fromEntries(run.json.result.components.map((m: { name: string }) => [m.name, m]));
    expect(byName.ogr).toMatchObject({ status: 'moved' });
    expect(byName.specfile).toMatchObject({ status: 'failed', current: specfile.stable });
    expect(byName.specfile.reason).toContain('remote: stable is frozen by policy');
    // On one line, without git's padding: the hook's words and the porcelain reason.
    expect(byName.specfile.reason).toContain('[remote rejected] (pre-receive hook declined)');
    expect(byName.specfile.reason).not.toMatch(/\s{2,}/);
    expect(byName.packit).toMatchObject({ status: 'skipped', reason: 'not moved: it comes after specfile, which failed' });
    expect(run.json.error!.hint).toContain('components already moved stay as they are');
  });

  test('a token inside a remote URL never reaches the output, in move-stable or wait-images', async () => {
    const secret = 's3cret-remote-token-42';
    const file = config(
      `  - { name: ogr, remote: "http://deploy:${secret}@127.0.0.1:9/ogr.git", images: [{ image: 127.0.0.1:9/ogr:prod }] }\n`,
    );
    for (const stage of ['move-stable', 'wait-images']) {
      // On the injected clock: wait-images retries the unreachable remote as failed polls before it gives up.
      const run = await runCli([stage, '--config', file, '--json', '--verbose'], {}, { clock: new FakeClock() });
      expect(run.code).toBe(1);
      expect(run.stdout + run.stderr).not.toContain(secret);
      expect(run.json.error!.message).toContain('127.0.0.1:9');
      if (stage === 'wait-images') expect(run.json.error!.message).toContain('gave up reading the stable heads after 10 failed attempt(s)');
    }
  }, 30_000);
});
