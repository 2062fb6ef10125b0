import { beforeEach, describe, expect, test } from '@jest/globals';
import { runCli, tempDir, writeConfig } from './helpers/cli.ts';
import { BareRemote } from './helpers/git-repos.ts';

let dir: string;
let file: string;
let remotes: Record<string, { remote: BareRemote; stable: string; main: string }>;

/** Three components on local bare repositories, each with main one commit ahead of stable. */
beforeEach(() => {
  dir = tempDir('sg-cli-');
  remotes = {};
  for (const name of ['ogr', 'specfile', 'packit']) {
    const remote = new BareRemote(dir, name);
    const stable = remote.commit(`${name}: first`);
    remote.push('main');
    remote.checkout('stable', true);
    remote.push('stable');
    remote.checkout('main');
    const main = remote.commit(`${name}: change`);
    remote.push('main');
    remotes[name] = { remote, stable, main };
  }
  file = writeConfig(
    dir,
    `deployment: prod\ncomponents:\n${Object.keys(remotes)
      .map((n) => `  - { name: ${n}, remote: ${remotes[n]!.remote.bare} }\n`)
      .join('')}`,
  );
});

const moved = (): string[] => Object.keys(remotes).filter((n) => remotes[n]!.remote.head('stable') === remotes[n]!.main);

describe('move-stable command line', () => {
  test('--only takes a comma list, as the action input does', async () => {
    const run = await runCli(['move-stable', '--config', file, '--json', '--only', 'ogr,packit']);
    expect(run.code).toBe(0);
    expect(run.json.result.moved).toEqual(['ogr', 'packit']);
    expect(moved()).toEqual(['ogr', 'packit']);
  });

  test('--only can be repeated, and mixed with commas', async () => {
    const run = await runCli(['move-stable', '--config', file, '--json', '--dry-run', '--only', 'ogr', '--only', 'specfile,packit']);
    expect(run.code).toBe(0);
    expect(run.json.result.moved).toEqual(['ogr', 'specfile', 'packit']);
  });

  test('--only "" names nothing: an error, not "everything"', async () => {
    const run = await runCli(['move-stable', '--config', file, '--json', '--only', '']);
    expect(run.code).toBe(2);
    expect(run.json.error!.message).toContain('--only: no component named');
    expect(moved()).toEqual([]);
  });

  test('--to for a component outside --only is an error', async () => {
    const run = await runCli([
      'move-stable',
      '--config',
      file,
      '--json',
      '--only',
      'ogr',
      '--to',
      `packit=${remotes.packit!.main.slice(0, 7)}`,
    ]);
    expect(run.code).toBe(2);
    expect(run.json.error!.message).toContain('--to: packit is not among --only ogr');
    expect(moved()).toEqual([]);
  });

  test('--json prints the envelope for argument errors too', async () => {
    const unknownOption = await runCli(['move-stable', '--config', file, '--json', '--forse']);
    expect(unknownOption.code).toBe(2);
    expect(unknownOption.json).toMatchObject({ stage: 'move-stable', ok: false, changed: false, result: null });
    expect(unknownOption.json.error!.message).toContain("Unknown option '--forse'");
    const unknownStage = await runCli(['move-stabel', '--json']);
    expect(unknownStage.code).toBe(2);
    expect(unknownStage.json).toMatchObject({ stage: 'move-stabel', ok: false });
    expect(unknownStage.json.error!.message).toContain('unknown stage "move-stabel"');
  });

  test.each([
    ['--copr-interval', '0s', 'at least 1s'],
    ['--copr-interval', '500ms', 'at least 1s'],
    ['--copr-interval', '2h', 'at most 1h'],
    ['--copr-timeout', '0s', 'more than 0'],
    ['--copr-timeout', '100000000000000020000h', ''],
    // Said as given: rounded, it would read "1h00m is out of range; … at most 1h00m".
    ['--copr-interval', '3600.5s', '3600.5s is out of range; expected at least 1s and at most 1h00m'],
  ])('%s %s is refused (exit 2) before anything is read', async (option, value, says) => {
    const run = await runCli(['move-stable', '--config', file, '--json', option, value]);
    expect(run.code).toBe(2);
    expect(run.json.error!.message).toContain(option);
    expect(run.json.error!.message).toContain(says);
    expect(moved()).toEqual([]);
  });
});
