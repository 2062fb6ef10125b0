import { afterAll, beforeAll, beforeEach, describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import type { Socket } from 'node:net';
import path from 'node:path';
import { runCli, tempDir, writeConfig } from './helpers/cli.ts';
import { BareRemote, GitHttpServer } from './helpers/git-repos.ts';

// Remotes over git's smart HTTP protocol (git http-backend), where push rights, tokens and lost
// answers behave as on a forge.
let root: string;
let server: GitHttpServer;
beforeAll(async () => {
  root = tempDir('sg-http-');
  server = new GitHttpServer(root);
  await server.start();
});
afterAll(() => server.stop());

let work: string;
let scratchRoot: string;
let argvLog: string;
let env: Record<string, string>;
beforeEach(() => {
  server.requests.length = 0;
  Object.assign(server, { privateRepo: false, readOnlyToken: false, dropPushAnswer: false, onRequest: undefined });
  work = tempDir('sg-remote-');
  scratchRoot = path.join(work, 'tmp');
  mkdirSync(scratchRoot);
  // A git on the PATH that writes down every command line it is given, then runs the real one.
  const bin = path.join(work, 'bin');
  mkdirSync(bin);
  argvLog = path.join(work, 'argv.log');
  const realGit = execFileSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).trim();
  writeFileSync(path.join(bin, 'git'), `#!/bin/sh\nprintf '%s\\n' "$*" >> '${argvLog}'\nexec '${realGit}' "$@"\n`);
  chmodSync(path.join(bin, 'git'), 0o755);
  env = { PATH: `${bin}:${process.env.PATH}`, TMPDIR: scratchRoot };
});

let counter = 0;
function repo(ahead = 1): { name: string; remote: BareRemote; stable: string; main: string } {
  const name = `r${++counter}`;
  const remote = new BareRemote(root, name);
  const stable = remote.commit(`${name}: first`);
  remote.push('main');
  remote.checkout('stable', true);
  remote.push('stable');
  remote.checkout('main');
  let main = stable;
  for (let i = 0; i < ahead; i++) main = remote.commit(`${name}: change ${i + 1}`);
  remote.push('main');
  return { name, remote, stable, main };
}

/** Every file under dir whose content holds one of the needles. */
function filesHolding(dir: string, needles: string[]): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((f) => path.join(dir, f))
    .filter((f) => statSync(f).isFile() && needles.some((n) => readFileSync(f).includes(n)));
}

describe('move-stable through git over HTTP', () => {
  test('a token in the remote URL goes as a header: never in argv, never on disk, never in output', async () => {
    const r = repo(2);
    const file = writeConfig(work, `deployment: prod\ncomponents:\n  - { name: ogr, remote: "${server.url(`${r.name}.git`)}" }\n`);
    const header = Buffer.from(`deploy:${server.token}`).toString('base64');
    const seenOnDisk: string[] = [];
    server.onRequest = () => seenOnDisk.push(...filesHolding(scratchRoot, [server.token, header]));
    const run = await runCli(['move-stable', '--config', file, '--json', '--verbose'], env);
    expect(run.code).toBe(0);
    expect(r.remote.head('stable')).toBe(r.main);
    expect(server.requests.some((q) => q.authorization === `Basic ${header}`)).toBe(true);
    expect(server.requests.length).toBeGreaterThan(3);
    expect(seenOnDisk).toEqual([]);
    expect(filesHolding(scratchRoot, [server.token, header])).toEqual([]);
    const argv = readFileSync(argvLog, 'utf8');
    expect(argv).toContain('push');
    expect(argv).not.toContain(server.token);
    expect(argv).not.toContain(header);
    expect(run.stdout + run.stderr).not.toContain(server.token);
  });

  test('scratch repositories left by a killed run are removed at the start', async () => {
    const r = repo(1);
    // A leftover of a run that died (no such process), and one of an old version (no pid, old).
    const dead = path.join(scratchRoot, 'service-guru-git-999999999-AbCdEf');
    const old = path.join(scratchRoot, 'service-guru-git-XyZ123');
    for (const dir of [dead, old]) {
      mkdirSync(dir);
      writeFileSync(path.join(dir, 'config'), `[remote "origin"]\n\turl = ${server.url(`${r.name}.git`)}\n`);
    }
    const hourAgo = new Date(Date.now() - 2 * 3_600_000);
    execFileSync('touch', ['-d', hourAgo.toISOString(), old]);
    const file = writeConfig(work, `deployment: prod\ncomponents:\n  - { name: ogr, remote: "${server.url(`${r.name}.git`)}" }\n`);
    const run = await runCli(['move-stable', '--config', file, '--dry-run'], env);
    expect(run.code).toBe(0);
    expect(existsSync(dead)).toBe(false);
    expect(existsSync(old)).toBe(false);
    expect(readdirSync(scratchRoot)).toEqual([]);
  });

  test('missing push rights are found while planning: nothing moves, not even the others', async () => {
    const local = repo(1);
    const denied = repo(1);
    server.readOnlyToken = true;
    const file = writeConfig(
      work,
      `deployment: prod\ncomponents:\n  - { name: a, remote: ${local.remote.bare} }\n` +
        `  - { name: b, remote: "${server.url(`${denied.name}.git`)}" }\n`,
    );
    const run = await runCli(['move-stable', '--config', file, '--json'], env);
    expect(run.code).toBe(1);
    expect(local.remote.head('stable')).toBe(local.stable);
    expect(denied.remote.head('stable')).toBe(denied.stable);
    expect(run.json.result.components.map((m: { status: string }) => m.status)).toEqual(['skipped', 'refused']);
    expect(run.json.error!.message).toContain('cannot push to http://127.0.0.1');
    expect(run.json.error!.message).toContain('git push --dry-run');
    expect(run.json.error!.message).not.toContain(server.token);
    // A dry run does not ask for push rights.
    const dry = await runCli(['move-stable', '--config', file, '--json', '--dry-run'], env);
    expect(dry.code).toBe(0);
  });

  test('a push whose answer was lost but which landed counts as moved', async () => {
    const r = repo(1);
    server.dropPushAnswer = true;
    const file = writeConfig(work, `deployment: prod\ncomponents:\n  - { name: ogr, remote: "${server.url(`${r.name}.git`)}" }\n`);
    const run = await runCli(['move-stable', '--config', file, '--json'], env);
    expect(r.remote.head('stable')).toBe(r.main);
    expect(run.code).toBe(0);
    expect(run.json.result.components[0]).toMatchObject({ status: 'moved', current: r.main });
  });

  test('a private repository is read with the token from the URL', async () => {
    const r = repo(1);
    server.privateRepo = true;
    const file = writeConfig(work, `deployment: prod\ncomponents:\n  - { name: ogr, remote: "${server.url(`${r.name}.git`)}" }\n`);
    const run = await runCli(['move-stable', '--config', file, '--json', '--dry-run'], env);
    expect(run.code).toBe(0);
    expect(run.json.result.components[0]).toMatchObject({ status: 'would-move', current: r.main });
    const anonymous = writeConfig(
      work,
      `deployment: prod\ncomponents:\n  - { name: ogr, remote: "${server.url(`${r.name}.git`, false)}" }\n`,
    );
    const refused = await runCli(['move-stable', '--config', anonymous, '--json', '--dry-run'], env);
    expect(refused.code).toBe(1);
    expect(refused.json.error!.message).toContain('reading branches (git fetch) failed');
  });
});

describe('the git runner', () => {
  test('retries a refused connection through the one retry policy, pausing on the injected clock', async () => {
    const { createGit } = await import('../src/git/git.ts');
    const { FakeClock } = await import('./helpers/cli.ts');
    const clock = new FakeClock();
    const result = await createGit({ env: { PATH: process.env.PATH }, clock }).run(['ls-remote', 'http://127.0.0.1:9/x.git'], {
      cwd: work,
      retry: true,
    });
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/Connection refused|Failed to connect/);
    // Three attempts, two pauses: exponential backoff from 1 s with jitter (50–100 %).
    expect(clock.sleeps.length).toBe(2);
    expect(clock.sleeps[0]).toBeGreaterThanOrEqual(500);
    expect(clock.sleeps[0]).toBeLessThanOrEqual(1000);
    expect(clock.sleeps[1]).toBeGreaterThanOrEqual(1000);
    expect(clock.sleeps[1]).toBeLessThanOrEqual(2000);
  });

  test('a command that gets no answer is stopped at its time limit', async () => {
    const { createServer } = await import('node:net');
    const { createGit } = await import('../src/git/git.ts');
    const connections: Socket[] = [];
    // Reads what it is sent (so it sees the other end close), answers nothing.
    const silent = createServer((socket) => void connections.push(socket.resume()));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const port = (silent.address() as { port: number }).port;
    try {
      const started = Date.now();
      await expect(
        createGit({ env: { PATH: process.env.PATH }, timeoutMs: 300 }).run(['ls-remote', `http://127.0.0.1:${port}/x.git`], {
          cwd: work,
          what: 'git ls-remote test',
        }),
      ).rejects.toThrow('git ls-remote test: no answer within 300ms');
      expect(Date.now() - started).toBeLessThan(5000);
      // Nothing of the command is left: git's network helper (git-remote-http), which held the
      // connection, ended with it (it used to outlive git and keep jest from exiting).
      expect(connections.length).toBeGreaterThan(0);
      await Promise.all(connections.map((c) => new Promise<void>((r) => (c.closed ? r() : c.once('close', () => r())))));
    } finally {
      silent.close();
    }
  });
});
