import { describe, expect, test, afterAll, beforeAll } from '@jest/globals';
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { stageNames } from '../src/stages/index.ts';
import path from 'node:path';
import { GitHubDouble } from '../src/standins/github.ts';
import { MatrixDouble } from '../src/standins/matrix.ts';
import { QuayDouble } from './doubles/quay.ts';
import { SlackDouble } from '../src/standins/slack.ts';
import { tempDir, writeConfig } from './helpers/cli.ts';
import { BareRemote } from './helpers/git-repos.ts';

const github = new GitHubDouble();
const matrix = new MatrixDouble();
const slack = new SlackDouble();
const quay = new QuayDouble();
beforeAll(() => Promise.all([github.start(), matrix.start(), slack.start(), quay.start()]));
afterAll(() => Promise.all([github.stop(), matrix.stop(), slack.stop(), quay.stop()]));

/** Runs a committed bundle the way the runner does: inputs as INPUT_*, outputs and summary as files. */
async function runAction(bundle: string, inputs: Record<string, string>, dir: string) {
  const output = path.join(dir, 'output.txt');
  const summary = path.join(dir, 'summary.md');
  writeFileSync(output, '');
  writeFileSync(summary, '');
  const env: Record<string, string> = {
    PATH: process.env.PATH!,
    HOME: process.env.HOME!,
    GITHUB_OUTPUT: output,
    GITHUB_STEP_SUMMARY: summary,
    GITHUB_ACTIONS: 'true',
  };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  // Not spawnSync: the doubles answer from this very process.
  const child = spawn(process.execPath, [path.resolve(bundle)], { env, cwd: dir });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
  const run = { status, stdout, stderr };
  const outputs: Record<string, string> = {};
  // The runner's file format: name<<delimiter, value, delimiter.
  for (const m of readFileSync(output, 'utf8').matchAll(/^(.+?)<<(ghadelimiter_[^\n]+)\n([\s\S]*?)\n\2$/gm)) outputs[m[1]!] = m[3]!;
  return { status: run.status, stdout: run.stdout, stderr: run.stderr, outputs, summary: readFileSync(summary, 'utf8') };
}

describe('the move-stable action (committed bundle)', () => {
  test('moves stable, sets outputs, writes the summary table and masks the token', async () => {
    const dir = tempDir('sg-action-');
    const remote = new BareRemote(dir, 'specfile');
    const stable = remote.commit('first');
    remote.push('main');
    remote.checkout('stable', true);
    remote.push('stable');
    remote.checkout('main');
    const main = remote.commit('second');
    remote.push('main');
    const repo = github.addRepo('packit/ogr');
    const base = github.chain(null, 'initial');
    repo.branches.set('stable', base);
    repo.branches.set('main', github.chain(base, 'feature'));
    // move-stable refuses a commit on which no check reported at all.
    repo.checkRuns.set(repo.branches.get('main')!, [{ name: 'tests', status: 'completed', conclusion: 'success' }]);
    writeConfig(
      dir,
      `deployment: prod\ngithub: { apiUrl: ${github.url} }\ncomponents:\n` +
        `  - { name: ogr, repo: packit/ogr }\n  - { name: specfile, remote: ${remote.bare} }\n`,
    );
    const run = await runAction(
      'dist/move-stable/index.js',
      { config: 'service-guru.yml', 'dry-run': 'false', 'github-token': github.token, 'allow-unverified': 'false', 'no-force': 'false' },
      dir,
    );
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`::add-mask::${github.token}`);
    expect(run.stdout.replace(`::add-mask::${github.token}`, '')).not.toContain(github.token);
    expect(JSON.parse(run.outputs.moved!)).toEqual(['ogr', 'specfile']);
    expect(JSON.parse(run.outputs.result!)).toMatchObject({ stage: 'move-stable', ok: true, changed: true });
    expect(run.outputs.changed).toBe('true');
    expect(run.summary).toContain('| Component | Outcome | Action |');
    expect(run.summary).toMatch(
      /\| ogr \| ✅ moved \| fast-forward \| \[[0-9a-f]{7} → [0-9a-f]{7}\]\(http:\/\/127\.0\.0\.1:\d+\/packit\/ogr\/compare\//,
    );
    expect(run.summary).toContain('<details><summary>specfile: 1 commit(s) promoted</summary>');
    expect(run.summary).toContain(`- ${main.slice(0, 7)} second`);
    expect(remote.head('stable')).toBe(main);
    expect(stable).not.toBe(main);
  });

  test('fails the step with the message when the configuration is invalid', async () => {
    const dir = tempDir('sg-action-');
    writeConfig(dir, 'deployment: prod\ncomponents: [{ name: a }]\n');
    const run = await runAction('dist/move-stable/index.js', { config: 'service-guru.yml', 'dry-run': 'true' }, dir);
    expect(run.status).toBe(1);
    // One annotation for one failure: the runner shows every ::error:: line as its own error.
    expect(run.stdout.match(/^::error/gm)).toHaveLength(1);
    expect(run.stdout).toContain('components[0]');
    expect(JSON.parse(run.outputs.result!)).toMatchObject({ ok: false });
  });

  test('the root action runs the stage named by its input, and names the stages when it is unknown', async () => {
    const dir = tempDir('sg-action-');
    const repo = github.addRepo('packit/root');
    const base = github.chain(null, 'initial');
    repo.branches.set('stable', base);
    repo.branches.set('main', github.chain(base, 'feature'));
    repo.checkRuns.set(repo.branches.get('main')!, [{ name: 'tests', status: 'completed', conclusion: 'success' }]);
    writeConfig(dir, `deployment: prod\ngithub: { apiUrl: ${github.url} }\ncomponents:\n  - { name: root, repo: packit/root }\n`);
    const run = await runAction(
      'dist/main/index.js',
      { stage: 'move-stable', config: 'service-guru.yml', 'dry-run': 'true', 'github-token': github.token },
      dir,
    );
    expect(run.status).toBe(0);
    expect(JSON.parse(run.outputs.result!)).toMatchObject({ stage: 'move-stable', ok: true, dryRun: true, changed: false });
    expect(repo.branches.get('stable')).toBe(base);
    const unknown = await runAction('dist/main/index.js', { stage: 'deploy-everything' }, dir);
    expect(unknown.status).toBe(1);
    expect(unknown.stdout).toContain(`stage: unknown stage "deploy-everything"; use one of ${stageNames.join(', ')}`);
  });

  test('the topic actions (bundled matrix-js-sdk and @slack/web-api) notify and revert', async () => {
    const dir = tempDir('sg-action-');
    matrix.addRoom('!room:example.org', 'Original 🚀');
    slack.addChannel('C0ACTION', 'Slack original 🎉');
    writeConfig(
      dir,
      `deployment: prod\ncomponents: [{ name: a, repo: o/a }]\nchat:\n` +
        `  matrix: { homeserver: ${matrix.url}, rooms: ["!room:example.org"] }\n` +
        `  slack: { apiUrl: ${slack.url}/api/, channels: [C0ACTION] }\n`,
    );
    const inputs = { config: 'service-guru.yml', 'matrix-access-token': matrix.token, 'slack-bot-token': slack.token };
    const notify = await runAction('dist/topic-notify/index.js', inputs, dir);
    expect(notify.stderr).toBe('');
    expect(notify.status).toBe(0);
    expect(matrix.topic('!room:example.org')).toContain('redeployment in progress');
    expect(JSON.parse(notify.outputs.saved!)).toEqual({ 'matrix:!room:example.org': 'Original 🚀', 'slack:C0ACTION': 'Slack original 🎉' });
    expect(notify.summary).toContain('| matrix | !room:example.org | set |');
    for (const token of [matrix.token, slack.token]) expect(notify.stdout.split(`::add-mask::${token}`).join('')).not.toContain(token);
    const revert = await runAction('dist/topic-revert/index.js', inputs, dir);
    expect(revert.status).toBe(0);
    expect(matrix.topic('!room:example.org')).toBe('Original 🚀');
    expect(slack.channels.get('C0ACTION')!.topic).toBe('Slack original 🎉');
  });

  test('the wait-images action (bundled registry clients) reports the digests', async () => {
    const dir = tempDir('sg-action-');
    const digest = 'sha256:' + 'e'.repeat(64);
    const repo = github.addRepo('packit/imgs');
    const sha = github.chain(null, 'one');
    repo.branches.set('stable', sha);
    quay.repos.set('packit/imgs', [
      { name: 'prod', manifest_digest: digest, is_manifest_list: true, start_ts: 1764320000, platforms: ['linux/amd64', 'linux/arm64'] },
      {
        name: `stable-${sha.slice(0, 7)}`,
        manifest_digest: digest,
        is_manifest_list: true,
        start_ts: 1764320000,
        platforms: ['linux/amd64', 'linux/arm64'],
      },
    ]);
    writeConfig(
      dir,
      `deployment: prod\ngithub: { apiUrl: ${github.url} }\nregistries: { quay.io: { apiUrl: ${quay.url} } }\ncomponents:\n` +
        `  - { name: imgs, repo: packit/imgs, images: [{ image: quay.io/packit/imgs:prod, platforms: [linux/arm64] }] }\n`,
    );
    const run = await runAction(
      'dist/wait-images/index.js',
      { config: 'service-guru.yml', 'github-token': github.token, timeout: '1m' },
      dir,
    );
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(JSON.parse(run.outputs.digests!)).toEqual({ 'quay.io/packit/imgs:prod': digest });
    expect(run.summary).toContain('| quay.io/packit/imgs:prod |');
  });

  test('the CLI bundle runs a stage with --json', async () => {
    const dir = tempDir('sg-cli-');
    matrix.addRoom('!cli:example.org', 'CLI room');
    writeConfig(
      dir,
      `deployment: prod\ncomponents: [{ name: a, repo: o/a }]\nchat:\n` +
        `  matrix: { homeserver: ${matrix.url}, rooms: ["!cli:example.org"] }\n`,
    );
    const child = spawn(process.execPath, [path.resolve('dist/cli/index.js'), 'topic-notify', '--json', '--dry-run'], {
      cwd: dir,
      env: { PATH: process.env.PATH, MATRIX_ACCESS_TOKEN: matrix.token },
    });
    let stdout = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.resume();
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ stage: 'topic-notify', ok: true, dryRun: true, changed: false });
    expect(matrix.topic('!cli:example.org')).toBe('CLI room');
  });
});
