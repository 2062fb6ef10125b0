import { afterAll, beforeAll, beforeEach, describe, expect, test } from '@jest/globals';
import { execFile } from 'node:child_process';
import { createServer, type Server, type Socket } from 'node:net';
import path from 'node:path';
import { promisify } from 'node:util';
import { openChatRooms } from '../src/chat/index.ts';
import { parseNotified } from '../src/stages/topic-revert/index.ts';
import { MemorySink, TerminalLogger } from '../src/core/logger.ts';
import { Secrets } from '../src/core/secrets.ts';
import { MatrixDouble } from '../src/standins/matrix.ts';
import { SlackDouble } from '../src/standins/slack.ts';
import { runCli as runCliWith, tempDir, writeConfig } from './helpers/cli.ts';
import { TestClock } from './helpers/clock.ts';

const matrix = new MatrixDouble();
const slack = new SlackDouble();
beforeAll(async () => {
  await matrix.start();
  await slack.start();
});
afterAll(async () => {
  await matrix.stop();
  await slack.stop();
});

const ROOM = '!packit:example.org';
const OTHER = '!ops:example.org';
const ORIGINAL_ROOM = 'Packit Service 🚀 — ask here · ✨ https://packit.dev <docs>';
const ORIGINAL_CHANNEL = 'Packit & friends 🎉 <https://packit.dev|docs>';
const NOTICE = '⚠️ Production redeployment in progress. ⚠️';

/** The injected clock: waits pass at once and are recorded; the Matrix homeserver shares its time. */
let clock: TestClock;
const runCli = (args: string[], environment: Record<string, string | undefined>) => runCliWith(args, environment, { clock });

let file: string;
let env: Record<string, string>;
function configure(extra = ''): void {
  file = writeConfig(
    tempDir('sg-topics-'),
    `deployment: prod
components: [{ name: ogr, repo: packit/ogr }]
chat:
  matrix: { homeserver: ${matrix.url}, rooms: ["${ROOM}", "${OTHER}"]${extra.includes('postNotice') ? ', postNotice: true' : ''} }
  slack: { apiUrl: ${slack.url}/api/, channels: [C0PACKIT] }
  notices:
    deploying: "${NOTICE}"
    retrigger: ["/packit build", "/packit test"]
`,
  );
}

beforeEach(() => {
  clock = new TestClock('2026-11-28T12:00:00Z');
  matrix.now = clock.now;
  slack.pinsScope = true;
  matrix.rooms.clear();
  matrix.requests.length = 0;
  slack.channels.clear();
  slack.requests.length = 0;
  slack.normalizeTopic = undefined;
  matrix.addRoom(ROOM, ORIGINAL_ROOM);
  matrix.addRoom(OTHER, 'ops room');
  slack.addChannel('C0PACKIT', ORIGINAL_CHANNEL);
  configure();
  env = {
    MATRIX_ACCESS_TOKEN: matrix.token,
    SLACK_BOT_TOKEN: slack.token,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_REPOSITORY: 'packit/deployment',
    GITHUB_RUN_ID: '4242',
  };
});

const slackTopic = (): string => slack.channels.get('C0PACKIT')!.topic;

describe('topic-notify and topic-revert', () => {
  test('notify then a separate revert restores the exact original topics, emoji included', async () => {
    const notify = await runCli(['topic-notify', '--json'].concat('--config', file), env);
    expect(notify.code).toBe(0);
    expect(matrix.topic(ROOM)).toBe(NOTICE);
    expect(slackTopic()).toBe(NOTICE);
    expect(notify.json.result.saved).toEqual({
      [`matrix:${ROOM}`]: ORIGINAL_ROOM,
      [`matrix:${OTHER}`]: 'ops room',
      'slack:C0PACKIT': ORIGINAL_CHANNEL,
    });
    // Slack: one notice message with the run and the retrigger commands; it carries the saved topic.
    const posted = slack.channels.get('C0PACKIT')!.messages.filter((m) => m.bot_id);
    expect(posted).toHaveLength(1);
    expect(posted[0]!.text).toContain('https://github.com/packit/deployment/actions/runs/4242');
    expect(posted[0]!.text).toContain('/packit build, /packit test');
    // Matrix: the topic change shows in the timeline; nothing is posted by default.
    expect(matrix.rooms.get(ROOM)!.messages).toHaveLength(0);

    const revert = await runCli(['topic-revert', '--json', '--config', file], env);
    expect(revert.code).toBe(0);
    expect(matrix.topic(ROOM)).toBe(ORIGINAL_ROOM);
    expect(matrix.topic(OTHER)).toBe('ops room');
    expect(slackTopic()).toBe(ORIGINAL_CHANNEL);
    expect(revert.json.result.rooms.map((r: { outcome: string }) => r.outcome)).toEqual(['restored', 'restored', 'restored']);
    // The notice message now says it is over; no second message.
    expect(slack.channels.get('C0PACKIT')!.messages.filter((m) => m.bot_id)).toHaveLength(1);
    expect(slack.channels.get('C0PACKIT')!.messages.find((m) => m.bot_id)!.text).toContain('finished');

    const again = await runCli(['topic-revert', '--json', '--config', file], env);
    expect(again.code).toBe(0);
    expect(again.json.result.rooms.every((r: { outcome: string }) => r.outcome === 'nothing saved')).toBe(true);
    expect(again.json.changed).toBe(false);
  });

  test('notify twice never saves our own notice; revert restores the original', async () => {
    expect((await runCli(['topic-notify', '--config', file], env)).code).toBe(0);
    const second = await runCli(['topic-notify', '--json', '--config', file], env);
    expect(second.code).toBe(0);
    expect(second.json.result.rooms.map((r: { outcome: string }) => r.outcome)).toEqual(['already set', 'already set', 'already set']);
    expect(second.json.result.saved[`matrix:${ROOM}`]).toBe(ORIGINAL_ROOM);
    expect(slack.channels.get('C0PACKIT')!.messages.filter((m) => m.bot_id)).toHaveLength(1);
    expect((await runCli(['topic-revert', '--config', file], env)).code).toBe(0);
    expect(matrix.topic(ROOM)).toBe(ORIGINAL_ROOM);
    expect(slackTopic()).toBe(ORIGINAL_CHANNEL);
  });

  test('a topic a human changed meanwhile is left as it is, and the stage says so', async () => {
    await runCli(['topic-notify', '--config', file], env);
    matrix.setTopicByHand(ROOM, 'Incident: GitHub is down');
    const revert = await runCli(['topic-revert', '--json', '--config', file], env);
    expect(revert.code).toBe(0);
    expect(matrix.topic(ROOM)).toBe('Incident: GitHub is down');
    expect(matrix.topic(OTHER)).toBe('ops room');
    expect(revert.json.result.rooms[0]).toMatchObject({ outcome: 'kept (changed by someone)' });
    expect(revert.stderr).toContain('changed by someone since the notice');
  });

  test(
    'rate limits are waited out on the injected clock, each with ' + 'one log line: Matrix retry_after_ms and Slack Retry-After',
    async () => {
      matrix.fail('PUT', /state\/m\.room\.topic/, {
        status: 429,
        body: { errcode: 'M_LIMIT_EXCEEDED', error: 'Too many requests', retry_after_ms: 3000 },
      });
      slack.fail('POST', /conversations\.setTopic/, {
        status: 429,
        headers: { 'retry-after': '7' },
        body: { ok: false, error: 'ratelimited' },
      });
      const notify = await runCli(['topic-notify', '--json', '--config', file], env);
      expect(notify.code).toBe(0);
      expect(matrix.count('PUT', /state\/m\.room\.topic/)).toBe(3); // two rooms, one retried
      expect(slack.count('POST', /conversations\.setTopic/)).toBe(2);
      expect(slackTopic()).toBe(NOTICE);
      expect(clock.slept.filter((ms) => ms >= 3000 && ms < 7000)).toHaveLength(1);
      expect(clock.slept.filter((ms) => ms >= 7000)).toHaveLength(1);
      expect(
        notify.stderr.match(/Matrix: rate limited \(M_LIMIT_EXCEEDED\) \(setting the topic in !packit:example\.org\); retrying in 3s/g),
      ).toHaveLength(1);
      expect(notify.stderr.match(/Slack: rate limited \(conversations\.setTopic C0PACKIT\); retrying in 7s/g)).toHaveLength(1);
    },
  );

  test('a rate-limit wait longer than the cap is not waited out: the room fails and says so', async () => {
    matrix.fail('PUT', /state\/m\.room\.topic/, {
      status: 429,
      body: { errcode: 'M_LIMIT_EXCEEDED', error: 'Too many requests', retry_after_ms: 3_600_000 },
    });
    slack.fail('POST', /conversations\.setTopic/, {
      status: 429,
      headers: { 'retry-after': '3600' },
      body: { ok: false, error: 'ratelimited' },
    });
    const notify = await runCli(['topic-notify', '--json', '--config', file], env);
    expect(notify.code).toBe(1);
    expect(Math.max(0, ...clock.slept)).toBeLessThanOrEqual(5 * 60_000);
    const rooms = notify.json.result.rooms;
    expect(rooms[0].error).toMatch(/Matrix asks us to wait 3600s .*longer than the 300s we wait/);
    expect(rooms[1]).toMatchObject({ outcome: 'set' });
    expect(rooms[2].error).toMatch(/Slack asks us to wait 3600s .*longer than the 300s we wait/);
  });

  test('one failing room does not stop the others; the stage fails at the end naming it', async () => {
    matrix.rooms.get(OTHER)!.forbidden = true;
    slack.channels.get('C0PACKIT')!.member = false;
    const notify = await runCli(['topic-notify', '--json', '--config', file], env);
    expect(notify.code).toBe(1);
    expect(matrix.topic(ROOM)).toBe(NOTICE);
    const rooms = notify.json.result.rooms;
    expect(rooms[0]).toMatchObject({ room: ROOM, outcome: 'set' });
    expect(rooms[1].error).toContain('M_FORBIDDEN');
    expect(rooms[2].error).toContain('not_in_channel: invite the bot');
    expect(notify.json.error!.message).toContain('2 of 3 room(s) failed');
  });

  test('revert meets a chat service down for a while, or one garbled answer, again later: no room keeps the notice', async () => {
    expect((await runCli(['topic-notify', '--config', file], env)).code).toBe(0);
    // Matrix: every attempt of the first pass is refused (5xx), and the first of the second; then it is back.
    matrix.fail('PUT', /state\/m\.room\.topic/, { status: 503, body: { errcode: 'M_UNKNOWN', error: 'down' } }, 6);
    // Slack: the topic read answered cut short (200, not JSON) on every attempt of the first pass and
    // the first of the second: the client retries each, the pass tries the room again.
    slack.fail('POST', /conversations\.info/, { status: 200, body: '{"ok":true,"channel":{"id":"C0PA' }, 6);
    const revert = await runCli(['topic-revert', '--json', '--config', file], env);
    expect({ code: revert.code, stderr: revert.code ? revert.stderr : '' }).toEqual({ code: 0, stderr: '' });
    expect(matrix.topic(ROOM)).toBe(ORIGINAL_ROOM);
    expect(slackTopic()).toBe(ORIGINAL_CHANNEL);
    expect(revert.json.result.rooms.map((r: { outcome: string; passes?: number }) => [r.outcome, r.passes])).toEqual([
      ['restored', 2],
      ['restored', undefined],
      ['restored', 2],
    ]);
    expect(revert.stderr).toContain('2 room(s) failed on their platform; trying them again in 15s (pass 2 of 4)');
    // A room that is down for good is given up after the last pass, and still named.
    matrix.rooms.get(OTHER)!.forbidden = true;
    const notified = await runCli(['topic-revert', '--json', '--status', 'failed', '--config', file], env);
    expect(notified.code).toBe(1);
    expect(notified.json.result.rooms[1]).toMatchObject({ outcome: 'failed', passes: 4, error: expect.stringContaining('M_FORBIDDEN') });
    expect(clock.slept.filter((ms) => [15_000, 45_000, 150_000].includes(ms))).toEqual([15_000, 15_000, 45_000, 150_000]);
  });

  test('--dry-run reads the rooms and changes nothing', async () => {
    const run = await runCli(['topic-notify', '--json', '--dry-run', '--config', file], env);
    expect(run.code).toBe(0);
    expect(run.json.result.rooms.map((r: { outcome: string }) => r.outcome)).toEqual(['would set', 'would set', 'would set']);
    expect(matrix.requests.filter((r) => r.method !== 'GET')).toEqual([]);
    expect(slack.requests.map((r) => r.path).filter((p) => !/conversations\.(info|history)|pins\.list/.test(p))).toEqual([]);
    expect(run.stderr).toContain(`would set the topic to ${JSON.stringify(NOTICE)}`);
    expect(run.json.changed).toBe(false);
  });

  test('--status failed sets the failed notice and posts it with the run URL; a later revert restores', async () => {
    configure('postNotice');
    await runCli(['topic-notify', '--config', file], env);
    expect(matrix.rooms.get(ROOM)!.messages).toHaveLength(1);
    await runCli(['topic-notify', '--config', file], env);
    expect(matrix.rooms.get(ROOM)!.messages).toHaveLength(1); // not posted twice
    const failed = await runCli(['topic-revert', '--json', '--status', 'failed', '--config', file], env);
    expect(failed.code).toBe(0);
    expect(matrix.topic(ROOM)).toContain('ran into problems');
    expect(slackTopic()).toContain('ran into problems');
    const last = matrix.rooms.get(ROOM)!.messages.at(-1)!;
    expect(last.content.body).toContain('https://github.com/packit/deployment/actions/runs/4242');
    // Exactly once per room: the Slack notice message keeps its text, the failed notice is its own message.
    const failedPosts = () => slack.channels.get('C0PACKIT')!.messages.filter((m) => m.bot_id && m.text.includes('ran into problems'));
    expect(failedPosts()).toHaveLength(1);
    expect(matrix.rooms.get(ROOM)!.messages.filter((m) => String(m.content.body).includes('ran into problems'))).toHaveLength(1);
    expect((await runCli(['topic-revert', '--status', 'failed', '--config', file], env)).code).toBe(0);
    expect(failedPosts()).toHaveLength(1);
    expect(matrix.rooms.get(ROOM)!.messages.filter((m) => String(m.content.body).includes('ran into problems'))).toHaveLength(1);
    const revert = await runCli(['topic-revert', '--config', file], env);
    expect(revert.code).toBe(0);
    expect(matrix.topic(ROOM)).toBe(ORIGINAL_ROOM);
    expect(slackTopic()).toBe(ORIGINAL_CHANNEL);
  });

  test('--status failed leaves a topic a person set during the deployment, and still posts the failed notice once', async () => {
    await runCli(['topic-notify', '--config', file], env);
    matrix.setTopicByHand(ROOM, 'Incident: GitHub is down');
    slack.channels.get('C0PACKIT')!.topic = 'Incident: Quay is down';
    const failed = await runCli(['topic-revert', '--json', '--status', 'failed', '--config', file], env);
    expect(failed.code).toBe(0);
    expect(matrix.topic(ROOM)).toBe('Incident: GitHub is down');
    expect(slackTopic()).toBe('Incident: Quay is down');
    expect(matrix.topic(OTHER)).toContain('ran into problems');
    expect(failed.json.result.rooms.map((r: { outcome: string }) => r.outcome)).toEqual([
      'kept (changed by someone)',
      'set',
      'kept (changed by someone)',
    ]);
    expect(slack.channels.get('C0PACKIT')!.messages.filter((m) => m.bot_id && m.text.includes('ran into problems'))).toHaveLength(1);
    expect(slack.count('POST', /conversations\.setTopic/)).toBe(1); // notify's only
  });

  test('a notice longer than Slack takes is shortened for the topic and kept whole in the message', async () => {
    const long =
      'We are redeploying the Packit Service production. If Packit does not ' +
      'react to your actions for a long time (30 minutes) try retriggering ' +
      'it with /packit build, /packit test, /packit propose-downstream, ' +
      '/packit pull-from-upstream, /packit koji-build, /packit create-update.';
    file = writeConfig(
      tempDir('sg-topics-'),
      `deployment: prod\ncomponents: [{ name: ogr, repo: packit/ogr }]\nchat:\n` +
        `  slack: { apiUrl: ${slack.url}/api/, channels: [C0PACKIT] }\n  notices: { deploying: "${long}" }\n`,
    );
    const run = await runCli(['topic-notify', '--json', '--config', file], env);
    expect(run.code).toBe(0);
    expect([...slackTopic()].length).toBeLessThanOrEqual(250);
    expect(slackTopic().endsWith('…')).toBe(true);
    expect(slack.channels.get('C0PACKIT')!.messages.find((m) => m.bot_id)!.text).toContain('/packit create-update.');
    expect(run.stderr).toContain('shortened');
  });

  test('no token appears in any log or output, even on failure', async () => {
    const run = await runCli(['topic-notify', '--json', '--verbose', '--config', file], {
      ...env,
      SLACK_BOT_TOKEN: 'xoxb-wrong-token-0000',
    });
    expect(run.code).toBe(1);
    expect(run.json.error!.message).toContain('invalid_auth');
    const all = run.stdout + run.stderr;
    for (const secret of [matrix.token, 'xoxb-wrong-token-0000']) expect(all).not.toContain(secret);
    const missing = await runCli(['topic-notify', '--json', '--config', file], { SLACK_BOT_TOKEN: slack.token });
    expect(missing.code).toBe(2);
    expect(missing.json.error!.message).toContain('MATRIX_ACCESS_TOKEN is not set');
  });

  test('an unknown placeholder in a notice is a usage error before anything changes', async () => {
    file = writeConfig(
      tempDir('sg-topics-'),
      `deployment: prod\ncomponents: [{ name: ogr, repo: packit/ogr }]\nchat:\n` +
        `  slack: { apiUrl: ${slack.url}/api/, channels: [C0PACKIT] }\n  notices: { deploying: "{deploymnet} is redeploying" }\n`,
    );
    const run = await runCli(['topic-notify', '--json', '--config', file], env);
    expect(run.code).toBe(2);
    expect(run.json.error!.message).toContain('chat.notices.deploying: unknown placeholder {deploymnet}');
    expect(slack.requests).toHaveLength(0);
  });

  test('a topic the platform stores in its own form is still recognised as our notice', async () => {
    slack.normalizeTopic = (topic) => topic.replace(/⚠️/g, ':warning:');
    expect((await runCli(['topic-notify', '--config', file], env)).code).toBe(0);
    expect(slackTopic()).toBe(':warning: Production redeployment in progress. :warning:');
    const again = await runCli(['topic-notify', '--json', '--config', file], env);
    expect(again.json.result.rooms[2]).toMatchObject({ outcome: 'already set', saved: ORIGINAL_CHANNEL, changed: false });
    const revert = await runCli(['topic-revert', '--json', '--config', file], env);
    expect(revert.json.result.rooms[2].outcome).toBe('restored');
    expect(slackTopic()).toBe(ORIGINAL_CHANNEL);
  });

  const chatter = (count: number): void => {
    const channel = slack.channels.get('C0PACKIT')!;
    for (let i = 0; i < count; i++)
      channel.messages.unshift({ type: 'message', ts: `1764400000.${String(i).padStart(6, '0')}`, text: `chatter ${i}` });
  };

  test('busy channel: the pinned notice message is found after 1,200 later messages, with a bounded number of requests', async () => {
    const notify = await runCli(['topic-notify', '--json', '--config', file], env);
    const channel = slack.channels.get('C0PACKIT')!;
    expect(channel.pins).toHaveLength(1);
    expect(notify.json.result.rooms[2].notice).toBe(channel.pins[0]);
    chatter(1200);
    slack.requests.length = 0;
    const revert = await runCli(['topic-revert', '--json', '--config', file], env);
    expect(revert.code).toBe(0);
    expect(revert.json.result.rooms[2].outcome).toBe('restored');
    expect(slackTopic()).toBe(ORIGINAL_CHANNEL);
    expect(channel.pins).toHaveLength(0); // unpinned once the topic is back
    expect(slack.count('POST', /pins\.list/)).toBe(1);
    expect(slack.count('POST', /conversations\.history/)).toBe(1); // the one pinned message, read by its ts
  });

  test('busy channel without pins: revert fails (exit 1) while the topic is still the notice, and --notified restores it', async () => {
    slack.pinsScope = false;
    const notify = await runCli(['topic-notify', '--json', '--config', file], env);
    expect(notify.code).toBe(0);
    expect(notify.stderr).toContain('could not pin the notice message (missing_scope (needs pins:write)');
    chatter(1200);
    const revert = await runCli(['topic-revert', '--json', '--config', file], env);
    expect(revert.code).toBe(1);
    expect(slackTopic()).toBe(NOTICE);
    expect(revert.json.result.rooms[2]).toMatchObject({ outcome: 'failed', error: expect.stringContaining('still our notice') });
    expect(revert.json.error!.hint).toContain('slack C0PACKIT: set the topic back by hand');
    expect(revert.json.error!.hint).toContain('--notified');
    expect(slack.count('POST', /conversations\.history/)).toBeLessThanOrEqual(1 + 5); // notify's look + at most 5 pages
    // The saved output alone: the topic comes back, the room's record stays unread.
    const fromSaved = await runCli(
      ['topic-revert', '--json', '--config', file, '--notified', JSON.stringify(notify.json.result.saved)],
      env,
    );
    expect(fromSaved.code).toBe(0);
    expect(fromSaved.json.result.rooms[2].outcome).toBe('restored (from --notified)');
    expect(slackTopic()).toBe(ORIGINAL_CHANNEL);
  });

  test('--notified with the whole result points at the notice message itself', async () => {
    slack.pinsScope = false;
    const notify = await runCli(['topic-notify', '--json', '--config', file], env);
    chatter(1200);
    const revert = await runCli(['topic-revert', '--json', '--config', file, '--notified', JSON.stringify(notify.json)], env);
    expect(revert.code).toBe(0);
    expect(revert.json.result.rooms[2].outcome).toBe('restored');
    expect(slack.count('POST', /conversations\.history/)).toBe(2); // notify's look before posting; revert: the one message by its ts
    expect(slackTopic()).toBe(ORIGINAL_CHANNEL);
    expect(slack.channels.get('C0PACKIT')!.messages.find((m) => m.bot_id)!.text).toContain('finished');
    const bad = await runCli(['topic-revert', '--json', '--config', file, '--notified', '{"slack:C0PACKIT": 3}'], env);
    expect(bad.code).toBe(2);
    expect(bad.json.error!.message).toContain('--notified');
  });

  test('--notified takes each form topic-notify gives: the whole outcome, its result, its rooms output, its saved output', () => {
    const rooms = [
      { platform: 'slack', room: 'C0PACKIT', saved: 'old topic', notice: '1764320001.000100' },
      { platform: 'matrix', room: ROOM },
    ];
    const expected = new Map([
      ['slack:C0PACKIT', { topic: 'old topic', notice: '1764320001.000100' }],
      [`matrix:${ROOM}`, {}],
    ]);
    expect(parseNotified(JSON.stringify({ stage: 'topic-notify', result: { rooms, saved: {} } }))).toEqual(expected);
    expect(parseNotified(JSON.stringify({ rooms, saved: {} }))).toEqual(expected);
    expect(parseNotified(JSON.stringify(rooms))).toEqual(expected);
    expect(parseNotified('{"slack:C0PACKIT": "old topic"}')).toEqual(new Map([['slack:C0PACKIT', { topic: 'old topic' }]]));
    expect(parseNotified('')).toEqual(new Map());
    expect(() => parseNotified('{"C0PACKIT": "old topic"}')).toThrow('--notified: "C0PACKIT" is not a "platform:room"');
    expect(() => parseNotified('not json')).toThrow('--notified: not JSON');
  });

  test('a Slack post whose answer was lost is not posted again by the retry', async () => {
    slack.loseAnswer('POST', /chat\.postMessage/);
    const notify = await runCli(['topic-notify', '--json', '--config', file], env);
    expect(notify.code).toBe(0);
    expect(slack.count('POST', /chat\.postMessage/)).toBe(1);
    expect(slack.channels.get('C0PACKIT')!.messages.filter((m) => m.bot_id)).toHaveLength(1);
    expect(notify.stderr).toMatch(
      /Slack: could not reach 127\.0\.0\.1:\d+: .*fetch failed.* \(chat\.postMessage C0PACKIT\); retrying in \ds/,
    );
    slack.loseAnswer('POST', /chat\.postMessage/);
    expect((await runCli(['topic-revert', '--status', 'failed', '--config', file], env)).code).toBe(0);
    expect(slack.channels.get('C0PACKIT')!.messages.filter((m) => m.bot_id && m.text.includes('ran into problems'))).toHaveLength(1);
  });

  test('the Matrix double forgets transaction ids after 30 minutes, as Synapse does', async () => {
    const put = (txn: string) =>
      fetch(`${matrix.url}/_matrix/client/v3/rooms/${encodeURIComponent(ROOM)}/send/m.room.message/${txn}`, {
        method: 'PUT',
        headers: { authorization: `Bearer ${matrix.token}` },
        body: '{"msgtype":"m.notice","body":"hi"}',
      }).then((r) => r.json());
    const first = await put('t1');
    expect(await put('t1')).toEqual(first);
    clock.advance(31 * 60_000);
    expect(await put('t1')).not.toEqual(first);
    expect(matrix.rooms.get(ROOM)!.messages).toHaveLength(2);
  });

  test('a Matrix post whose answers were lost is not doubled by a re-run after the transaction id is forgotten', async () => {
    configure('postNotice');
    matrix.loseAnswer('PUT', /!packit:example\.org\/send\//, 5);
    const first = await runCli(['topic-notify', '--json', '--config', file], env);
    expect(first.code).toBe(1);
    expect(first.json.result.rooms[0].error).toContain('did not answer');
    expect(matrix.rooms.get(ROOM)!.messages).toHaveLength(1); // the retries shared one transaction id
    clock.advance(45 * 60_000);
    const again = await runCli(['topic-notify', '--json', '--config', file], env);
    expect(again.code).toBe(0);
    expect(matrix.rooms.get(ROOM)!.messages).toHaveLength(1);
    expect(again.stderr).toContain('already posted');
  });
});

describe('network errors name the host and the cause', () => {
  async function closedPort(): Promise<string> {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const host = `127.0.0.1:${(closed.address() as { port: number }).port}`;
    await new Promise((resolve) => closed.close(resolve));
    return host;
  }
  const refused = (service: string, host: string) =>
    new RegExp(
      `^${service} did not answer .* after 2 attempts: could not reach ${esc(host)}: fetch failed \\(connect ECONNREFUSED ${esc(host)}\\)$`,
    );
  const esc = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

  test('matrix: a refused connection is named with its host and ECONNREFUSED, not "fetch failed"', async () => {
    const host = await closedPort();
    const [room] = await openChatRooms({
      chat: { matrix: { homeserver: `http://${host}`, rooms: [ROOM] } },
      deployment: 'prod',
      env: { MATRIX_ACCESS_TOKEN: 'm' },
      logger: new TerminalLogger(new Secrets(), new MemorySink()),
      clock,
      policy: { attempts: 2 },
    });
    const error = (await room!.getTopic().catch((e: unknown) => e)) as Error;
    expect(error.message).toMatch(refused('Matrix', host));
  });

  // In plain Node, as the CLI runs: under the test VM, WebClient sees fetch's TypeError as of another
  // realm and keeps only its text ("TypeError: fetch failed"), cause and code lost.
  test('slack: a refused connection is named with its host and ECONNREFUSED, not "request failed (fetch failed)"', async () => {
    const host = await closedPort();
    const script = `
      import { openChatRooms } from './src/chat/index.ts';
      import { TerminalLogger, MemorySink } from './src/core/logger.ts';
      import { Secrets } from './src/core/secrets.ts';
      const clock = { now: () => Date.now(), sleep: () => Promise.resolve() };
      const [room] = await openChatRooms({
        chat: { slack: { apiUrl: 'http://${host}/api/', channels: ['C0PACKIT'] } },
        deployment: 'prod', env: { SLACK_BOT_TOKEN: 's' },
        logger: new TerminalLogger(new Secrets(), new MemorySink()), clock, policy: { attempts: 2 },
      });
      await room.getTopic().then(() => console.log('answered'), (e) => console.log(e.message));`;
    const { stdout } = await promisify(execFile)(path.resolve('node_modules/.bin/node'), ['--input-type=module', '-e', script], {
      cwd: path.resolve('.'),
    });
    expect(stdout.trim()).toMatch(refused('Slack', host));
  });
});

describe('every request has a timeout', () => {
  let silent: Server;
  const sockets: Socket[] = [];
  beforeAll(async () => {
    // Accepts connections and never answers: a hung homeserver or API.
    silent = createServer((socket) => void sockets.push(socket));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
  });
  afterAll(async () => {
    for (const socket of sockets) socket.destroy();
    await new Promise((resolve) => silent.close(resolve));
  });

  test.each(['matrix', 'slack'] as const)(
    '%s: an attempt without an answer is aborted and retried, then the call fails naming the service',
    async (platform) => {
      const url = `http://127.0.0.1:${(silent.address() as { port: number }).port}`;
      const chat =
        platform === 'matrix'
          ? { matrix: { homeserver: url, rooms: [ROOM] } }
          : { slack: { apiUrl: `${url}/api/`, channels: ['C0PACKIT'] } };
      const sink = new MemorySink();
      const [room] = await openChatRooms({
        chat,
        deployment: 'prod',
        env: { MATRIX_ACCESS_TOKEN: 'm', SLACK_BOT_TOKEN: 's' },
        logger: new TerminalLogger(new Secrets(), sink),
        clock,
        policy: { attempts: 2, attemptTimeoutMs: 150 },
      });
      const started = Date.now();
      await expect(room!.getTopic()).rejects.toThrow(
        new RegExp(`${platform === 'matrix' ? 'Matrix' : 'Slack'} did not answer .* after 2 attempts: no answer`),
      );
      expect(Date.now() - started).toBeLessThan(5000);
      expect(sink.text()).toMatch(/no answer .*retrying in 1s \(attempt 2 of 2\)/);
    },
  );
});
