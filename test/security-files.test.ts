import { describe, expect, test } from '@jest/globals';
import { existsSync, mkdirSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseConfig } from '../src/config/load.ts';
import { UsageError } from '../src/core/errors.ts';
import { plannedFiles, writeOutput } from '../src/stages/release-notes/files.ts';
import { parseReleaseNotesOptions } from '../src/stages/release-notes/options.ts';
import { tempDir } from './helpers/cli.ts';

const POST = '# Packit in November 2026\n';
const THREAD = ['Packit in November 2026 🧵', '• packit: a note https://github.com/packit/packit/pull/1'];

describe('release-notes --out never writes through a link, never deletes what it did not write', () => {
  test('post.md as a symlink to a file elsewhere: exit 2 before anything is written, the target untouched', async () => {
    const out = tempDir('sg-out-');
    const victim = path.join(tempDir('sg-victim-'), 'authorized_keys');
    writeFileSync(victim, 'ssh-ed25519 AAAA mine\n');
    symlinkSync(victim, path.join(out, 'post.md'));
    await expect(writeOutput(out, POST, THREAD)).rejects.toThrow(
      new UsageError(`--out: ${path.join(out, 'post.md')} is a symbolic link; the run would write where it points`),
    );
    expect(readFileSync(victim, 'utf8')).toBe('ssh-ed25519 AAAA mine\n');
    expect(existsSync(path.join(out, 'mastodon-1.txt'))).toBe(false);
    // A dry run is refused the same way: what it says it would do must be what a run would do.
    expect(() => plannedFiles(out, THREAD)).toThrow(UsageError);
  });

  test('a thread file as a dangling link (created later by whoever planted it) is refused too', async () => {
    const out = tempDir('sg-out-');
    const planted = path.join(tempDir('sg-victim-'), 'not-yet');
    symlinkSync(planted, path.join(out, 'mastodon-2.txt'));
    await expect(writeOutput(out, POST, THREAD)).rejects.toThrow(/mastodon-2\.txt is a symbolic link/);
    expect(existsSync(planted)).toBe(false);
    expect(existsSync(path.join(out, 'post.md'))).toBe(false);
  });

  test('the folder itself as a symlink is refused', async () => {
    const real = tempDir('sg-real-');
    const out = path.join(tempDir('sg-out-'), 'notes');
    symlinkSync(real, out);
    await expect(writeOutput(out, POST, THREAD)).rejects.toThrow(/notes is a symbolic link/);
    expect(readdirSync(real)).toEqual([]);
  });

  test('thread files beyond this thread are left alone and reported, never deleted', async () => {
    const out = tempDir('sg-out-');
    writeFileSync(path.join(out, 'mastodon-3.txt'), 'my own draft\n');
    writeFileSync(path.join(out, 'mastodon-10.txt'), 'an older thread\n');
    const written = await writeOutput(out, POST, THREAD);
    expect(readFileSync(path.join(out, 'mastodon-3.txt'), 'utf8')).toBe('my own draft\n');
    expect(readFileSync(path.join(out, 'mastodon-10.txt'), 'utf8')).toBe('an older thread\n');
    expect(written.leftover).toEqual([path.join(out, 'mastodon-3.txt'), path.join(out, 'mastodon-10.txt')]);
    expect(written.changed).toEqual([path.join(out, 'post.md'), path.join(out, 'mastodon-1.txt'), path.join(out, 'mastodon-2.txt')]);
  });

  test('--out leaving the working directory, or through a link inside it, is a usage error', () => {
    const config = parseConfig('deployment: prod\ncomponents:\n  - { name: packit, repo: packit/packit }\n', 'f.yml');
    const cwd = process.cwd();
    expect(() => parseReleaseNotesOptions({ out: '../../outside' }, config)).toThrow(
      new UsageError('--out: ../../outside leaves the working directory'),
    );
    const dir = tempDir('sg-cwd-');
    mkdirSync(path.join(dir, 'real'));
    symlinkSync('/tmp', path.join(dir, 'linked'));
    process.chdir(dir);
    try {
      expect(() => parseReleaseNotesOptions({ out: 'linked/notes' }, config)).toThrow(/linked is a symbolic link/);
      expect(parseReleaseNotesOptions({ out: 'real/notes' }, config).out).toBe(path.join(dir, 'real/notes'));
    } finally {
      process.chdir(cwd);
    }
  });
});
