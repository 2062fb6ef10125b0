import { describe, expect, test } from '@jest/globals';
import { redactUrl, urlCredentials } from '../src/core/url-credentials.ts';
import { gitRemote } from '../src/git/remote.ts';

describe('credentials in URLs (one reader for git, secrets and messages)', () => {
  test('a password, %-decoded, and the URL without it', () => {
    expect(urlCredentials('https://bot:t%40ken@git.example.org/o/r.git')).toEqual({
      bare: 'https://git.example.org/o/r.git',
      user: 'bot',
      password: 't@ken',
      secret: 't@ken',
    });
  });

  test('a token given as the user of an https URL is the secret', () => {
    expect(urlCredentials('https://ghp_abc@github.com/o/r')?.secret).toBe('ghp_abc');
    expect(redactUrl('https://ghp_abc@github.com/o/r')).toBe('https://***@github.com/o/r');
  });

  test('an ssh user is a name, not a secret: it is neither masked nor hidden', () => {
    expect(urlCredentials('ssh://git@github.com/o/r.git')).toMatchObject({ user: 'git', secret: undefined });
    expect(redactUrl('ssh://git@github.com/o/r.git')).toBe('ssh://git@github.com/o/r.git');
  });

  test('the host follows the last @ of the authority, as URL parsers read it', () => {
    const found = urlCredentials('https://bot:p@ss@host.example/o/r');
    expect(found).toMatchObject({ bare: 'https://host.example/o/r', password: 'p@ss' });
    expect(redactUrl('https://bot:p@ss@host.example/o/r')).toBe('https://***@host.example/o/r');
    // An @ after the path is not userinfo.
    expect(urlCredentials('https://host.example/o/r@v1')).toBeUndefined();
  });

  test('paths and scp-like remotes carry none', () => {
    expect(urlCredentials('/srv/git/ogr.git')).toBeUndefined();
    expect(urlCredentials('git@github.com:o/r.git')).toBeUndefined();
  });

  test('git gets the https credentials as a header scoped to the bare URL, never in the URL', () => {
    const remote = gitRemote('https://bot:s3cret@git.example.org/o/r.git');
    expect(remote.url).toBe('https://git.example.org/o/r.git');
    expect(remote.config).toEqual([
      ['http.https://git.example.org/o/r.git.extraHeader', `Authorization: Basic ${Buffer.from('bot:s3cret').toString('base64')}`],
    ]);
    expect(gitRemote('ssh://git@github.com/o/r.git')).toEqual({
      url: 'ssh://git@github.com/o/r.git',
      label: 'ssh://git@github.com/o/r.git',
      config: [],
    });
  });
});
