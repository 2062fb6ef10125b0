import { afterEach, describe, expect, test } from '@jest/globals';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { MemorySink, TerminalLogger } from '../src/core/logger.ts';
import { Secrets } from '../src/core/secrets.ts';
import { matrixApi } from '../src/chat/matrix.ts';
import { slackClient } from '../src/chat/slack.ts';
import { createGitHubClient } from '../src/github/client.ts';
import { branchHead } from '../src/github/branches.ts';
import { FakeClock } from './helpers/cli.ts';

// A 200 whose JSON was cut short or garbled on the way (seen by the fault runs: "GitHub answered
// GET …/status without statuses", a Slack topic failing with the garbled text as its "error") is
// a failed attempt: retried under the client's retry rules, and named as such when they run out.
const CUT = '{"ok": true, "items": [{"id": 1,, ';

let server: Server | undefined;
afterEach(async () => {
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
  server = undefined;
});

/** Answers the first `garbled` requests cut short, then `good`; counts the requests. */
async function serve(garbled: number, good: string): Promise<{ url: string; requests: () => number }> {
  let n = 0;
  server = createServer((request: IncomingMessage, response: ServerResponse) => {
    request.resume();
    n++;
    response.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
    response.end(n <= garbled ? CUT : good);
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as { port: number }).port}`, requests: () => n };
}

const logger = (): TerminalLogger => new TerminalLogger(new Secrets(), new MemorySink());
const policy = { attempts: 3, baseMs: 1, maxBackoffMs: 1 };
const SHA = 'a'.repeat(40);

describe('an answer cut short or garbled', () => {
  test('GitHub: retried, and the whole answer read; always garbled, a 502 that says so', async () => {
    const once = await serve(1, JSON.stringify({ ref: 'refs/heads/stable', object: { sha: SHA, type: 'commit' } }));
    const client = createGitHubClient({ apiUrl: once.url, token: 't', logger: logger(), clock: new FakeClock(), retryAfterBaseValue: 1 });
    await expect(branchHead(client, 'packit/ogr', 'stable')).resolves.toBe(SHA);
    expect(once.requests()).toBe(2);
    await new Promise((resolve) => server!.close(resolve));

    const always = await serve(Infinity, '');
    const broken = createGitHubClient({ apiUrl: always.url, token: 't', logger: logger(), clock: new FakeClock(), retryAfterBaseValue: 1 });
    const error = (await branchHead(broken, 'packit/ogr', 'stable').catch((e: unknown) => e)) as Error;
    expect(error.message).toMatch(/HTTP 502: the answer was cut short or garbled/);
    expect(always.requests()).toBeGreaterThan(1);
  });

  test('Slack: retried, not reported as an error code of Slack with the text in it', async () => {
    const once = await serve(1, JSON.stringify({ ok: true, channel: { id: 'C1', topic: { value: 'all good' } } }));
    const slack = slackClient({ apiUrl: `${once.url}/api/`, token: 'xoxb-1', logger: logger(), clock: new FakeClock(), policy });
    const info = await slack.call('conversations.info C1', () => slack.web.conversations.info({ channel: 'C1' }));
    expect(info.channel?.topic?.value).toBe('all good');
    expect(once.requests()).toBe(2);
    await new Promise((resolve) => server!.close(resolve));

    const always = await serve(Infinity, '');
    const broken = slackClient({ apiUrl: `${always.url}/api/`, token: 'xoxb-1', logger: logger(), clock: new FakeClock(), policy });
    const error = (await broken
      .call('conversations.info C1', () => broken.web.conversations.info({ channel: 'C1' }))
      .catch((e: unknown) => e)) as Error;
    expect(error.message).toBe(
      'Slack did not answer conversations.info C1 after 3 attempts: an answer cut short or garbled (its JSON does not parse)',
    );
    expect(error.message).not.toContain('"items"');
  });

  test('Matrix: retried, then named without quoting what came', async () => {
    const once = await serve(1, JSON.stringify({ topic: 'all good' }));
    const api = matrixApi({ homeserver: once.url, accessToken: 'syt_1', logger: logger(), clock: new FakeClock(), policy });
    await expect(api.request('reading the topic', 'GET', '/rooms/!r/state/m.room.topic/')).resolves.toEqual({ topic: 'all good' });
    expect(once.requests()).toBe(2);
    await new Promise((resolve) => server!.close(resolve));

    const always = await serve(Infinity, '');
    const broken = matrixApi({ homeserver: always.url, accessToken: 'syt_1', logger: logger(), clock: new FakeClock(), policy });
    const error = (await broken.request('reading the topic', 'GET', '/rooms/!r/state/m.room.topic/').catch((e: unknown) => e)) as Error;
    expect(error.message).toMatch(/^Matrix did not answer reading the topic after 3 attempts: .*cut short or garbled/);
    expect(always.requests()).toBe(3);
  });
});
