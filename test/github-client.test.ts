import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { createServer as createHttpServer } from 'node:http';
import { createServer, type Server, type Socket } from 'node:net';
import { MemorySink, TerminalLogger } from '../src/core/logger.ts';
import { Secrets } from '../src/core/secrets.ts';
import { createGitHubClient } from '../src/github/client.ts';
import { branchHead } from '../src/github/branches.ts';
import { githubRepository } from '../src/github/repository.ts';
import { GitHubError } from '../src/github/errors.ts';
import { StageError } from '../src/core/errors.ts';
import { FakeClock } from './helpers/cli.ts';

// Every GitHub request has a time limit per attempt (issue 7: "no request has a timeout"): a
// server that accepts the connection and never answers must not hang the stage.
let silent: Server;
const sockets: Socket[] = [];
beforeAll(async () => {
  silent = createServer((socket) => void sockets.push(socket));
  await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
});
afterAll(async () => {
  for (const socket of sockets) socket.destroy();
  await new Promise((resolve) => silent.close(resolve));
});

describe('the GitHub client', () => {
  test('an attempt without an answer is aborted at its time limit and retried, then the request fails naming it', async () => {
    const url = `http://127.0.0.1:${(silent.address() as { port: number }).port}`;
    const client = createGitHubClient({
      apiUrl: url,
      token: 't',
      logger: new TerminalLogger(new Secrets(), new MemorySink()),
      clock: new FakeClock(),
      requestTimeoutMs: 200,
      retryAfterBaseValue: 1,
    });
    const started = Date.now();
    await expect(branchHead(client, 'packit/ogr', 'stable')).rejects.toThrow(
      /GitHub: could not reach 127\.0\.0\.1:\d+ \(GET \/repos\/packit\/ogr\/git\/ref\/heads\/stable\): no answer within 200ms/,
    );
    // Retried (the retry plugin counts an aborted attempt as a 500), each attempt cut at 200 ms, not forever.
    expect(sockets.length).toBeGreaterThanOrEqual(2);
    expect(Date.now() - started).toBeLessThan(10_000);
  }, 20_000);

  test('a URL where nothing answers fails naming the host and github.apiUrl, not "HTTP 500"', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as { port: number }).port;
    await new Promise((resolve) => closed.close(resolve));
    const apiUrl = `http://127.0.0.1:${port}`;
    const client = createGitHubClient({
      apiUrl,
      token: 't',
      logger: new TerminalLogger(new Secrets(), new MemorySink()),
      clock: new FakeClock(),
      retryAfterBaseValue: 1,
    });
    const failures = [
      await branchHead(client, 'packit/ogr', 'stable').catch((e: unknown) => e),
      await githubRepository(client, 'packit/ogr')
        .info()
        .catch((e: unknown) => e),
    ];
    for (const failure of failures) {
      expect(failure).toBeInstanceOf(StageError);
      const { message, hint } = failure as StageError;
      expect(message).toMatch(new RegExp(`^GitHub: could not reach 127\\.0\\.0\\.1:${port} \\(GET /repos/packit/ogr.*\\): .*ECONNREFUSED`));
      expect(message).not.toContain('HTTP 500');
      expect(message).toContain(`(github.apiUrl: ${apiUrl})`);
      expect(hint).toContain(`github.apiUrl in the configuration (now ${apiUrl})`);
      expect(hint).toContain('network');
    }
    // The one GitHub error, without a status and not `permanent`: a wait (wait-images) keeps trying through an outage.
    for (const failure of failures) expect(failure).toMatchObject({ name: 'GitHubError', status: undefined, permanent: false });
  }, 20_000);
});

describe('--verbose', () => {
  test('octokit\'s request lines name the method and path, never a bare "request" or the token', async () => {
    const sha = 'a'.repeat(40);
    const server = createHttpServer((req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ ref: 'refs/heads/stable', object: { sha, type: 'commit' } }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const sink = new MemorySink();
      const client = createGitHubClient({
        apiUrl: `http://127.0.0.1:${(server.address() as { port: number }).port}`,
        token: 'ghp_secret_token_value',
        logger: new TerminalLogger(new Secrets(), sink, true),
        clock: new FakeClock(),
      });
      await expect(branchHead(client, 'packit/ogr', 'stable')).resolves.toBe(sha);
      const text = sink.text();
      expect(text).toContain('debug: request GET /repos/packit/ogr/git/ref/heads/stable');
      expect(text).not.toMatch(/debug: request\s*$/m);
      expect(text).not.toContain('ghp_secret_token_value');
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});

describe('one error type', () => {
  // GitHub's error bodies (https://docs.github.com/rest/using-the-rest-api/troubleshooting-the-rest-api).
  const answers: Record<string, { status: number; message: string }> = {
    '/repos/packit/ogr/contents/README.md': { status: 403, message: 'Resource not accessible by integration' },
    '/repos/packit/ogr/issues': { status: 401, message: 'Bad credentials' },
    '/repos/packit/ogr/git/ref/heads/gone': { status: 404, message: 'Not Found' },
  };
  let url: string;
  const server = createHttpServer((req, res) => {
    const answer = answers[new URL(req.url ?? '/', 'http://x').pathname];
    res.writeHead(answer?.status ?? 404, { 'content-type': 'application/json; charset=utf-8' });
    res.end(
      JSON.stringify({
        message: answer?.message ?? 'Not Found',
        documentation_url: 'https://docs.github.com/rest',
        status: String(answer?.status ?? 404),
      }),
    );
  });
  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });
  const client = () =>
    createGitHubClient({ apiUrl: url, token: 't', logger: new TerminalLogger(new Secrets(), new MemorySink()), clock: new FakeClock() });

  test('every call of the client fails with GitHubError: status, permanent and a hint, the request named', async () => {
    const { readFile } = await import('../src/github/contents.ts');
    const { upsertTrackingIssue } = await import('../src/github/issues.ts');
    const refused = await readFile(client(), 'packit/ogr', 'README.md', 'main').catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(GitHubError);
    expect(refused).toMatchObject({
      status: 403,
      permanent: false,
      message: 'GitHub answered GET /repos/packit/ogr/contents/README.md?ref=main with HTTP 403: Resource not accessible by integration',
      hint: expect.stringContaining('lacks a permission'),
    });
    const token = await upsertTrackingIssue(client(), 'packit/ogr', { marker: 'm', title: 't', body: 'b' }).catch((e: unknown) => e);
    expect(token).toBeInstanceOf(GitHubError);
    expect(token).toMatchObject({ status: 401, permanent: true, hint: expect.stringContaining('GITHUB_TOKEN') });
    expect((token as Error).message).toMatch(
      /^GitHub refused the token \(401\) for GET \/repos\/packit\/ogr\/issues\?.*: Bad credentials$/,
    );
  });

  test('one branchHead: a branch GitHub does not have is null, not an error', async () => {
    await expect(branchHead(client(), 'packit/ogr', 'gone')).resolves.toBeNull();
    await expect(githubRepository(client(), 'packit/ogr').branchHead('gone')).resolves.toBeNull();
  });
});
