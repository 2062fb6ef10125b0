import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { loadConfig } from '../src/config/load.ts';
import { MemorySink, TerminalLogger } from '../src/core/logger.ts';
import { Secrets } from '../src/core/secrets.ts';
import { registryFor } from '../src/registry/index.ts';
import { QUAY_API_LIMITS, TokenBucket } from '../src/registry/pacing.ts';
import { parseImage } from '../src/registry/types.ts';
import { QuayDouble } from './doubles/quay.ts';
import { tempDir, writeConfig } from './helpers/cli.ts';
import { TestClock } from './helpers/clock.ts';

const quay = new QuayDouble();
beforeAll(() => quay.start());
afterAll(() => quay.stop());

const logger = () => new TerminalLogger(new Secrets(), new MemorySink());
const config = () =>
  loadConfig(
    writeConfig(
      tempDir('sg-reg-'),
      `deployment: prod\nregistries: { quay.io: { apiUrl: ${quay.url} } }\ncomponents: [{ name: a, remote: /x }]\n`,
    ),
  );

/** quay.io never reads Docker's credentials file: nothing to mask in these. */
const noSecret = (): void => undefined;

describe('registry module', () => {
  test('a token bucket lets a burst through at once, then spaces requests at the rate, on the injected clock', async () => {
    const clock = new TestClock();
    const bucket = new TokenBucket(clock, QUAY_API_LIMITS);
    const sent: number[] = [];
    await Promise.all(Array.from({ length: 30 }, () => bucket.take().then(() => sent.push(clock.now() - clock.start))));
    expect(sent.slice(0, 25)).toEqual(Array(25).fill(0));
    expect(sent.slice(25)).toEqual([200, 400, 600, 800, 1000]);
    // Idle time refills it, up to the burst.
    await clock.sleep(60_000);
    const later = clock.now();
    await Promise.all(Array.from({ length: 25 }, () => bucket.take()));
    expect(clock.now()).toBe(later);
  });

  test('one client per registry host and credentials in a run: callers asking per image share it', () => {
    const cfg = config();
    const clock = new TestClock();
    const run = logger();
    const a = registryFor('quay.io', cfg, { logger: run, clock }, { QUAY_TOKEN: 'one' }, noSecret);
    expect(registryFor('quay.io', cfg, { logger: run, clock }, { QUAY_TOKEN: 'one' }, noSecret)).toBe(a);
    expect(registryFor('quay.io', cfg, { logger: run, clock }, { QUAY_TOKEN: 'two' }, noSecret)).not.toBe(a);
    expect(registryFor('quay.io', cfg, { logger: logger(), clock }, { QUAY_TOKEN: 'one' }, noSecret)).not.toBe(a);
  });

  test('parallel checks of many Quay images go out in one burst, and beyond it at 5 a second of the injected clock', async () => {
    const cfg = config();
    const clock = new TestClock();
    const run = logger();
    for (let i = 0; i < 20; i++)
      quay.repos.set(`packit/img${i}`, [
        { name: 'prod', manifest_digest: `sha256:${String(i % 10).repeat(64)}${i}`, is_manifest_list: false, start_ts: 1 },
      ]);
    quay.requests.length = 0;
    // As move-stable does: one registryFor call per image.
    const infos = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        registryFor('quay.io', cfg, { logger: run, clock }, {}, noSecret).inspect(parseImage(`quay.io/packit/img${i}:prod`)),
      ),
    );
    expect(infos.every((info) => info?.platforms.length === 0)).toBe(true);
    // A tag listing and the labels per image: 40 requests, 25 at once, 15 more at 200 ms each.
    expect(quay.requests).toHaveLength(40);
    expect(clock.now() - clock.start).toBe(15 * 200);
    expect(registryFor('quay.io', cfg, { logger: run, clock }, {}, noSecret).requests).toBe(40);
  });
});

describe('Quay tag client (quay-cleanup)', () => {
  test("a robot account's token is refused by /api/v1, and the hint says which token works", async () => {
    const { createQuayTagClient } = await import('../src/registry/quay.ts');
    quay.repos.set('packit/robots', [{ name: 'prod', manifest_digest: 'sha256:' + '1'.repeat(64), is_manifest_list: false, start_ts: 1 }]);
    const robot = createQuayTagClient({ apiUrl: quay.url, token: quay.robotToken, logger: logger(), clock: new TestClock() });
    const refused = await robot.listTags('packit/robots').catch((error: unknown) => error as { message: string; hint?: string });
    expect(refused).toMatchObject({ message: expect.stringContaining('(HTTP 401)') });
    expect((refused as { hint?: string }).hint).toContain('a robot account token only works for docker login');
    expect(() => createQuayTagClient({ apiUrl: quay.url, token: undefined, logger: logger() })).toThrow(/QUAY_TOKEN is not set/);
    const oauth = createQuayTagClient({ apiUrl: quay.url, token: quay.token, logger: logger(), clock: new TestClock() });
    expect((await oauth.listTags('packit/robots')).map((t) => t.name)).toEqual(['prod']);
  });

  test('the tag client names an HTML page (a login portal answering 200) as HTML and points at the apiUrl', async () => {
    const { createQuayTagClient } = await import('../src/registry/quay.ts');
    const client = createQuayTagClient({ apiUrl: quay.url, token: quay.token, logger: logger(), clock: new TestClock() });
    quay.fail('GET', /\/api\/v1\/repository\/packit\/portal\/tag\/$/, {
      status: 200,
      headers: { 'content-type': 'text/html' },
      body: '<html><head><title>Sign in</title></head><body></body></html>',
    });
    const error = (await client.listTags('packit/portal').then(
      () => ({ message: 'listed', hint: '' }),
      (e: unknown) => e,
    )) as { message: string; hint?: string };
    expect(error.message).toBe(
      'Quay answered GET /api/v1/repository/packit/portal/tag/ page 1 with an HTML page (HTTP 200, "Sign in") instead of JSON',
    );
    expect(error.hint).toMatch(/apiUrl of this registry/);
  });
});
