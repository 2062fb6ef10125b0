import { describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { helpRequest } from '../src/cli/usage.ts';
import { runCli } from './helpers/cli.ts';

describe('the CLI without a stage', () => {
  test('an option first means no stage: a usage error, and with --json the one JSON envelope on stdout', async () => {
    const run = await runCli(['--json']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('no stage given');
    expect(run.stderr).not.toContain('unknown stage');
    expect(run.json).toEqual({
      stage: null,
      ok: false,
      dryRun: false,
      changed: false,
      result: null,
      error: { message: expect.stringContaining('no stage given'), hint: expect.stringContaining('name a stage') },
    });
  });

  test('--json anywhere after a leading option still gets the envelope; no arguments at all is a usage error', async () => {
    const later = await runCli(['--dry-run', '--json']);
    expect(later.code).toBe(2);
    expect(later.json.stage).toBeNull();
    expect(later.json.dryRun).toBe(true);
    const none = await runCli([]);
    expect(none.code).toBe(2);
    expect(none.stdout).toBe('');
    expect(none.stderr).toContain('no stage given');
  });

  test('a misspelt stage gets a did-you-mean suggestion', async () => {
    const run = await runCli(['deplo', '--json']);
    expect(run.code).toBe(2);
    expect(run.json.stage).toBe('deplo');
    expect(run.json.error!.message).toBe('unknown stage "deplo" (did you mean "deploy"?)');
  });

  test('a misspelt option gets a did-you-mean suggestion too, naming the option as typed', async () => {
    const run = await runCli(['deploy', '--images-timout', '5m', '--json']);
    expect(run.code).toBe(2);
    expect(run.json.error!.message).toBe('Unknown option \'--images-timout\' (did you mean "--images-timeout"?)');
    const far = await runCli(['deploy', '--zzzzzz']);
    expect(far.stderr).toContain("Unknown option '--zzzzzz'");
    expect(far.stderr).not.toContain('did you mean');
  });

  test('--help names every common option, --verbose included', async () => {
    for (const args of [['--help'], ['--dry-run', '--help'], ['help']]) {
      const run = await runCli(args);
      expect(run.code).toBe(0);
      const usageLine = run.stdout.split('\n')[0]!;
      for (const option of ['--config FILE', '--dry-run', '--json', '--verbose']) expect(usageLine).toContain(option);
    }
    const stage = await runCli(['deploy', '--help']);
    expect(stage.stdout.split('\n')[0]).toContain('[--verbose]');
  });
});

describe('help answered before any stage loads', () => {
  test('helpRequest takes exactly the pure help requests; anything more goes to the full parser', () => {
    expect([['--help'], ['-h'], ['help'], ['help', 'deploy'], ['--dry-run', '--help']].map(helpRequest)).toEqual(['', '', '', '', '']);
    expect(helpRequest(['deploy', '--help'])).toBe('deploy');
    expect(helpRequest(['deploy', '-h'])).toBe('deploy');
    for (const args of [[], ['deploy'], ['deploy', '--help', '--bogus'], ['deploy', '--json', '--help'], ['--json'], ['deploy', 'help']])
      expect(helpRequest(args)).toBeUndefined();
  });

  // The bundle renders the help texts at build time; they must be what the CLI proper prints.
  test('the bundled CLI prints the same help as main() for the list and for every stage', async () => {
    const bin = path.resolve('dist/cli/index.js');
    for (const args of [['--help'], ['help'], ['deploy', '--help'], ['rollback', '-h'], ['run-timeline', '--help']]) {
      const bundled = execFileSync(process.execPath, [bin, ...args], { encoding: 'utf8' });
      expect(bundled).toBe((await runCli(args)).stdout);
    }
  });
});
