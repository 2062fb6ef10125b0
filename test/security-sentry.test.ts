import { afterAll, beforeAll, beforeEach, describe, expect, test } from '@jest/globals';
import { MemorySink, TerminalLogger } from '../src/core/logger.ts';
import { Secrets } from '../src/core/secrets.ts';
import { StageError } from '../src/core/errors.ts';
import { createSentryClient } from '../src/sentry/client.ts';
import { HttpDouble } from '../src/standins/http-double.ts';
import { SentryDouble } from '../src/standins/sentry.ts';
import { FakeClock } from './helpers/cli.ts';

const sentry = new SentryDouble();
// Another origin that would gladly take the token: it must never see a request.
const elsewhere = new HttpDouble(() => ({ body: [] }));
beforeAll(() => Promise.all([sentry.start(), elsewhere.start()]));
afterAll(() => Promise.all([sentry.stop(), elsewhere.stop()]));

let clock: FakeClock;
let sink: MemorySink;
beforeEach(() => {
  clock = new FakeClock();
  sink = new MemorySink();
  sentry.now = () => clock.now();
  sentry.issues.length = 0;
  sentry.requests.length = 0;
  sentry.pageSize = 2;
  sentry.linkBase = undefined;
  elsewhere.requests.length = 0;
  for (let i = 0; i < 5; i++) sentry.addIssue({ title: `RuntimeError: number ${i}`, count: 1, firstSeen: new Date(clock.now() - 60_000) });
});

function client(maxPages?: number) {
  return createSentryClient({
    apiUrl: sentry.url,
    org: sentry.org,
    project: sentry.project,
    token: sentry.token,
    logger: new TerminalLogger(new Secrets(), sink),
    clock,
    ...(maxPages ? { maxPages } : {}),
  });
}

async function failure(promise: Promise<unknown>): Promise<StageError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(StageError);
  return error as StageError;
}

describe('Sentry pagination follows only apiUrl’s origin', () => {
  test('a next link to another host is not followed: a failed read naming that origin, the token never leaves', async () => {
    sentry.linkBase = elsewhere.url.replace('127.0.0.1', 'localhost');
    const error = await failure(client().newIssues(30 * 60_000));
    expect(error.message).toContain(`points to ${sentry.linkBase}, not to ${sentry.url}`);
    expect(sentry.requests).toHaveLength(1);
    expect(elsewhere.requests).toHaveLength(0);
  });

  test('another port, or the same host over another scheme, is another origin too', async () => {
    sentry.linkBase = elsewhere.url;
    expect((await failure(client().newIssues(30 * 60_000))).message).toContain(`points to ${elsewhere.url},`);
    expect(elsewhere.requests).toHaveLength(0);
    sentry.linkBase = sentry.url.replace('http:', 'https:');
    expect((await failure(client().newIssues(30 * 60_000))).message).toContain(`points to ${sentry.linkBase},`);
  });

  test('links on the same origin are followed with the real Link header, results="false" ends the read', async () => {
    const issues = await client().newIssues(30 * 60_000);
    expect(issues).toHaveLength(5);
    expect(sentry.requests).toHaveLength(3);
    expect(sentry.requests.map((r) => r.headers.authorization)).toEqual(Array(3).fill(`Bearer ${sentry.token}`));
  });
});

describe('a read that stops early is a failed check', () => {
  test('the page cap reached while Sentry says results="true" fails instead of passing with a warning', async () => {
    const error = await failure(client(2).newIssues(30 * 60_000));
    expect(error.message).toBe('Sentry: stopped after 2 pages (4 issues) and Sentry says there are more: the new issues were not all read');
    expect(sentry.requests).toHaveLength(2);
  });

  test('exactly the cap, with the last page saying results="false", is a complete read', async () => {
    sentry.issues.pop();
    expect(await client(2).newIssues(30 * 60_000)).toHaveLength(4);
    expect(sink.text()).not.toContain('stopped');
  });
});
