import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { GitHubDouble } from '../src/standins/github.ts';
import { tempDir, writeConfig } from './helpers/cli.ts';
import { BareRemote } from './helpers/git-repos.ts';

// Octokit is most of an action's start-up (issue 8): a stage whose components are all plain git
// remotes must not load it. The CLI runs in its own process with a module hook that names every
// @octokit module it loads, so whatever imports it (statically or not) is seen.
const github = new GitHubDouble();
let dir: string;
let hook: string;
beforeAll(async () => {
  await github.start();
  dir = tempDir('sg-on-demand-');
  hook = path.join(dir, 'hook.mjs');
  writeFileSync(
    hook,
    `import { registerHooks } from 'node:module';\nimport { writeSync } from 'node:fs';\n` +
      `registerHooks({ load(url, context, next) { if (url.includes('/@octokit/')) ` +
      `writeSync(2, 'LOADED-OCTOKIT ' + url + '\\n'); return next(url, context); } });\n`,
  );
  const remote = new BareRemote(dir, 'svc');
  remote.commit('first');
  remote.push('main');
  remote.checkout('stable', true);
  remote.push('stable');
  remote.checkout('main');
  remote.commit('second');
  remote.push('main');
  const repo = github.addRepo('packit/ogr');
  const head = github.chain(null, 'initial');
  repo.branches.set('main', head);
  repo.branches.set('stable', head);
});
afterAll(() => github.stop());

const cli = path.resolve('src/entries/cli.ts');

function run(args: string[]): Promise<{ code: number; stderr: string; octokit: boolean }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', hook, cli, ...args],
      { env: { PATH: process.env.PATH, HOME: process.env.HOME } },
      (error, _stdout, stderr) => {
        resolve({ code: typeof error?.code === 'number' ? error.code : 0, stderr, octokit: stderr.includes('LOADED-OCTOKIT') });
      },
    );
  });
}

const config = (): string =>
  writeConfig(
    tempDir('sg-on-demand-cfg-'),
    `deployment: prod\ngithub: { apiUrl: ${github.url} }\ncomponents:\n` +
      `  - { name: svc, remote: ${path.join(dir, 'svc.git')}, images: [{ image: "127.0.0.1:9/packit/svc:prod" }] }\n` +
      `  - { name: ogr, repo: packit/ogr }\n`,
  );

describe('octokit is loaded only where a component uses the GitHub API', () => {
  test('move-stable of git remotes only does not load it; with a repo: component it does', async () => {
    const file = config();
    const remoteOnly = await run(['move-stable', '--config', file, '--dry-run', '--only', 'svc']);
    expect(remoteOnly.stderr).toMatch(/svc .*fast-forward/);
    expect(remoteOnly).toMatchObject({ code: 0, octokit: false });
    // The control: the hook does see octokit when it is needed.
    const withApi = await run(['move-stable', '--config', file, '--dry-run']);
    expect(withApi).toMatchObject({ code: 0, octokit: true });
  }, 60_000);

  test('wait-images of a git remote without build workflows does not load it', async () => {
    const moved = JSON.stringify({ components: [{ name: 'svc', status: 'would-move', current: 'a'.repeat(40) }], moved: [] });
    const waited = await run(['wait-images', '--config', config(), '--moved', moved]);
    expect(waited.stderr).toMatch(/nothing to wait for/i);
    expect(waited).toMatchObject({ code: 0, octokit: false });
  }, 60_000);
});
