import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { existsSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { MemorySink, TerminalLogger } from '../src/core/logger.ts';
import { Secrets } from '../src/core/secrets.ts';
import { runCommand } from '../src/stages/infra-sync/runner.ts';
import { GitHubDouble } from '../src/standins/github.ts';
import { HttpDouble } from '../src/standins/http-double.ts';
import { MatrixDouble } from '../src/standins/matrix.ts';
import { runCli, tempDir, writeConfig } from './helpers/cli.ts';
import { BareRemote } from './helpers/git-repos.ts';

/**
 * Every way outside text can reach the runner as a workflow command: it splits output on CR and
 * LF, trims leading whitespace and acts on `::name ...::`, and on the old `##[name]` anywhere.
 */
function runnerCommands(output: string): string[] {
  return output.split(/\r\n|\r|\n/).filter((line) => /^[\s\u0085]*::/.test(line) || line.includes('##['));
}

const COMMANDS = [
  '::add-mask::ghp_not_a_mask',
  '::error ::forged failure',
  '::stop-commands::t0k',
  '::set-output name=ok::true',
  '##[warning]legacy',
];

const matrix = new MatrixDouble();
const github = new HttpDouble(() => ({ body: [] }));
const pulls = new GitHubDouble();
beforeAll(() => Promise.all([matrix.start(), github.start(), pulls.start()]));
afterAll(() => Promise.all([matrix.stop(), github.stop(), pulls.stop()]));

function gitRepo(dir: string, subjects: string[] = ['this week']) {
  const repo = new BareRemote(dir, 'ogr');
  repo.commit('last week');
  repo.push('main');
  repo.checkout('stable', true);
  repo.push('stable');
  repo.checkout('main');
  for (const subject of subjects) repo.commit(subject);
  repo.push('main');
  return repo;
}

describe('output paths that escape or are links: exit 2 before any change', () => {
  test('deploy --state leaving the working directory or a symlink: exit 2, stable not moved, nothing written there', async () => {
    const dir = tempDir('sg-hostile-');
    const repo = gitRepo(dir);
    const before = repo.head('stable');
    const config = writeConfig(dir, `deployment: prod\ncomponents:\n  - { name: ogr, remote: ${repo.bare} }\n`);
    const escaping = await runCli(['deploy', '--config', config, '--state', '../../../../tmp/sg-escape.json', '--json', '--yes']);
    expect(escaping.code).toBe(2);
    expect(escaping.json.error!.message).toBe('--state: ../../../../tmp/sg-escape.json leaves the working directory');
    const victim = path.join(tempDir('sg-victim-'), 'config');
    writeFileSync(victim, '[core]\n');
    symlinkSync(victim, path.join(dir, 'state.json'));
    const linked = await runCli(['deploy', '--config', config, '--state', path.join(dir, 'state.json'), '--json', '--yes']);
    expect(linked.code).toBe(2);
    expect(linked.json.error!.message).toContain('state.json is a symbolic link');
    expect(readFileSync(victim, 'utf8')).toBe('[core]\n');
    expect(repo.head('stable')).toBe(before);
  }, 30_000);

  test('release-notes --out leaving the working directory or a symlinked folder: exit 2 before GitHub is asked', async () => {
    const config = writeConfig(
      tempDir('sg-hostile-'),
      `deployment: prod\ngithub: { apiUrl: ${github.url} }\ncomponents:\n  - { name: packit, repo: packit/packit }\n`,
    );
    const escaping = await runCli(['release-notes', '--config', config, '--json', '--since', '2026-11-01', '--out', '../../etc'], {
      GITHUB_TOKEN: 'ghs_x',
    });
    expect(escaping.code).toBe(2);
    expect(escaping.json.error!.message).toBe('--out: ../../etc leaves the working directory');
    const out = path.join(tempDir('sg-hostile-'), 'notes');
    symlinkSync(tempDir('sg-victim-'), out);
    const linked = await runCli(['release-notes', '--config', config, '--json', '--since', '2026-11-01', '--out', out], {
      GITHUB_TOKEN: 'ghs_x',
    });
    expect(linked.code).toBe(2);
    expect(linked.json.error!.message).toContain('notes is a symbolic link');
    expect(github.requests).toHaveLength(0);
  });
});

describe('workflow-command syntax and newlines in outside text pass through inert', () => {
  test('a Matrix topic set by a room member and configured notices: escaped in every line the CLI prints', async () => {
    const room = '!hostile:example.org';
    matrix.addRoom(room, `Packit\n${COMMANDS.join('\n')}\r::notice::after a CR`);
    const notice = `deploying ${COMMANDS[0]}`;
    const config = writeConfig(
      tempDir('sg-hostile-'),
      `deployment: prod\ncomponents: [{ name: ogr, repo: packit/ogr }]\nchat:\n` +
        `  matrix: { homeserver: ${matrix.url}, rooms: ["${room}"] }\n  notices: { deploying: ${JSON.stringify(notice)} }\n`,
    );
    const run = await runCli(['topic-notify', '--config', config, '--verbose'], { MATRIX_ACCESS_TOKEN: matrix.token });
    expect(run.code).toBe(0);
    // Shown (newlines as \n, so no line starts with it), but nothing the runner would act on.
    expect(run.stdout).toContain('Packit\\n::add-mask::ghp_not_a_mask\\n::error ::forged failure');
    expect(runnerCommands(run.stdout)).toEqual([]);
    expect(runnerCommands(run.stderr)).toEqual([]);
    // The room itself gets the notice as written: escaping is for the runner's log only.
    expect(matrix.topic(room)).toBe(notice);
  });

  test('commit subjects with workflow commands in the move-stable table and log', async () => {
    const dir = tempDir('sg-hostile-');
    const repo = gitRepo(dir, COMMANDS);
    const config = writeConfig(dir, `deployment: prod\ncomponents:\n  - { name: ogr, remote: ${repo.bare} }\n`);
    const run = await runCli(['move-stable', '--config', config, '--dry-run', '--verbose']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('::stop-commands::t0k');
    expect(runnerCommands(run.stdout + '\n' + run.stderr)).toEqual([]);
  }, 30_000);

  test('PR titles and release notes written as workflow commands: the release-notes tables and log stay inert', async () => {
    const repo = pulls.addRepo('packit/packit');
    const base = pulls.commit('packit/packit', 'Initial', [], '2026-11-01T00:00:00Z');
    const merged = pulls.commit('packit/packit', `${COMMANDS[0]} (#7)`, [base], '2026-11-05T00:00:00Z');
    const other = pulls.commit('packit/packit', `${COMMANDS[2]} (#8)`, [merged], '2026-11-06T00:00:00Z');
    repo.branches.set('main', other);
    const common = { state: 'closed' as const, createdAt: '2026-11-01T08:00:00Z', base: 'main', author: 'someone', labels: [] };
    pulls.addPull('packit/packit', {
      ...common,
      number: 7,
      title: `${COMMANDS[0]}\n${COMMANDS[1]}`,
      body: `RELEASE NOTES BEGIN\nFixed it.\n${COMMANDS[3]}\n${COMMANDS[4]}\nRELEASE NOTES END`,
      head: 'topic-7',
      commits: [merged],
      mergeCommitSha: merged,
      mergedAt: '2026-11-05T00:00:00Z',
    });
    pulls.addPull('packit/packit', {
      ...common,
      number: 8,
      title: COMMANDS[2]!,
      body: 'no notes here',
      head: 'topic-8',
      commits: [other],
      mergeCommitSha: other,
      mergedAt: '2026-11-06T00:00:00Z',
    });
    const config = writeConfig(
      tempDir('sg-hostile-'),
      `deployment: prod\ngithub: { apiUrl: ${pulls.url} }\ncomponents:\n  - { name: packit, repo: packit/packit }\n` +
        'releaseNotes: { postUrl: https://packit.dev/posts/x }\n',
    );
    const clock = { now: () => Date.parse('2026-12-01T09:00:00Z'), sleep: async () => {} };
    const run = await runCli(
      [
        'release-notes',
        '--config',
        config,
        '--dry-run',
        '--verbose',
        '--since',
        '2026-11-01',
        '--until',
        '2026-11-30',
        '--out',
        tempDir('sg-out-'),
      ],
      { GITHUB_TOKEN: pulls.token },
      { clock },
    );
    expect(run.code).toBe(0);
    // The note's own lines are shown, escaped where they would start a line.
    expect(run.stdout).toContain('  \\::set-output name=ok::true');
    expect(runnerCommands(run.stdout)).toEqual([]);
    expect(runnerCommands(run.stderr)).toEqual([]);
  });

  test('names with newlines or workflow-command syntax are a configuration error (exit 2)', async () => {
    for (const name of ['::add-mask::x', 'ogr\n::error::x', '../ogr']) {
      const config = writeConfig(
        tempDir('sg-hostile-'),
        `deployment: prod\ncomponents:\n  - { name: ${JSON.stringify(name)}, repo: packit/ogr }\n`,
      );
      const run = await runCli(['move-stable', '--config', config, '--json', '--dry-run']);
      expect([name, run.code]).toEqual([name, 2]);
      expect(run.json.error!.message).toContain('components[0].name');
      expect(runnerCommands(run.stdout + '\n' + run.stderr)).toEqual([]);
    }
  });
});

describe('shell metacharacters in fields that reach a process', () => {
  test('a git remote that git would read as an option (--upload-pack=<command>) is refused before git runs', async () => {
    const dir = tempDir('sg-hostile-');
    const marker = 'pwned-by-remote';
    const config = writeConfig(dir, `deployment: prod\ncomponents:\n  - { name: ogr, remote: "--upload-pack=touch ${marker}@x:y" }\n`);
    const run = await runCli(['move-stable', '--config', config, '--json', '--dry-run'], {}, { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.json.error!.message).toContain('components[0].remote (line 3): a remote may not start with "-"');
    expect(existsSync(path.join(dir, `${marker}@x:y`))).toBe(false);
    expect(existsSync(`${marker}@x:y`)).toBe(false);
  });

  test('a branch name full of shell syntax reaches git as one argument, never a shell', async () => {
    const dir = tempDir('sg-hostile-');
    const marker = path.join(dir, 'pwned-by-branch');
    const repo = gitRepo(dir);
    const config = writeConfig(
      dir,
      `deployment: prod\nbranches: { source: "x$(touch${'${IFS}'}${marker})", target: stable }\n` +
        `components:\n  - { name: ogr, remote: ${repo.bare} }\n`,
    );
    const run = await runCli(['move-stable', '--config', config, '--json', '--dry-run']);
    expect(run.code).not.toBe(0);
    expect(existsSync(marker)).toBe(false);
  }, 30_000);

  test("infra-sync's command runs as an argument list: metacharacters are text, and its output is inert", async () => {
    const dir = tempDir('sg-hostile-');
    const marker = path.join(dir, 'pwned-by-command');
    const sink = new MemorySink();
    const run = await runCommand(['echo', `$(touch ${marker}); \`touch ${marker}\` && touch ${marker}`, '\n::add-mask::x'], {
      cwd: dir,
      env: { PATH: process.env.PATH! },
      timeoutMs: 30_000,
      logger: new TerminalLogger(new Secrets(), sink),
      title: 'apply',
    });
    expect(run.exitCode).toBe(0);
    expect(existsSync(marker)).toBe(false);
    expect(sink.text()).toContain(`$(touch ${marker})`);
    expect(runnerCommands(sink.text())).toEqual([]);
  });
});
