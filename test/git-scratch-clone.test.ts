import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ScratchClone } from '../src/git/log.ts';
import { tempDir } from './helpers/cli.ts';
import { BareRemote, GitHttpServer } from './helpers/git-repos.ts';

// The deployment repository's scratch clone (infra-sync): a token in infra.remote must travel as
// a header, as move-stable's remotes do, and a clone left by a killed run must not stay on disk.
let root: string;
let server: GitHttpServer;
beforeAll(async () => {
  root = tempDir('sg-clone-http-');
  server = new GitHttpServer(root);
  await server.start();
});
afterAll(() => server.stop());

function filesHolding(dir: string, needle: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((f) => path.join(dir, f))
    .filter((f) => statSync(f).isFile() && readFileSync(f).includes(needle));
}

describe('the scratch clone of a remote', () => {
  test('a token in the URL goes as a header, never in argv or on disk; a killed run’s clone is removed', async () => {
    const remote = new BareRemote(root, 'deployment');
    const head = remote.commit('playbooks');
    remote.push('main');
    server.privateRepo = true;
    const work = tempDir('sg-clone-work-');
    const tmp = path.join(work, 'tmp');
    mkdirSync(tmp);
    const leftover = path.join(tmp, 'service-guru-git-999999999-AbCdEf');
    mkdirSync(leftover);
    // A git on the PATH that writes down every command line it is given, then runs the real one.
    const bin = path.join(work, 'bin');
    mkdirSync(bin);
    const argvLog = path.join(work, 'argv.log');
    const realGit = execFileSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).trim();
    writeFileSync(path.join(bin, 'git'), `#!/bin/sh\nprintf '%s\\n' "$*" >> '${argvLog}'\nexec '${realGit}' "$@"\n`);
    chmodSync(path.join(bin, 'git'), 0o755);
    const env = { PATH: `${bin}:${process.env.PATH}`, HOME: process.env.HOME, TMPDIR: tmp };

    const { clone, head: fetched } = await ScratchClone.fetch(server.url('deployment.git'), 'main', env);
    try {
      expect(fetched).toBe(head);
      expect(existsSync(leftover)).toBe(false);
      expect(path.basename(clone.dir)).toMatch(new RegExp(`^service-guru-git-${process.pid}-`));
      const argv = readFileSync(argvLog, 'utf8');
      expect(argv).toContain('fetch');
      expect(argv).not.toContain(server.token);
      expect(filesHolding(tmp, server.token)).toEqual([]);
    } finally {
      clone.remove();
      server.privateRepo = false;
    }
  });
});
