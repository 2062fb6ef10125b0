import { afterAll, beforeAll, beforeEach, describe, expect, test } from '@jest/globals';
import { MatrixDouble } from '../src/standins/matrix.ts';
import { SlackDouble } from '../src/standins/slack.ts';
import { runCli, tempDir, writeConfig } from './helpers/cli.ts';

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
  matrix.rooms.clear();
  matrix.requests.length = 0;
  slack.channels.clear();
  slack.requests.length = 0;
  slack.normalizeTopic = undefined;
  matrix.addRoom(ROOM, ORIGINAL_ROOM);
  matrix.addRoom(OTHER, 'ops room');
  slack.addChannel('C0PACKIT', ORIGINAL_CHANNEL);
  configure();
  env = { MATRIX_ACCESS_TOKEN: matrix.token, SLACK_BOT_TOKEN: slack.token, GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'packit/deployment', GITHUB_RUN_ID: '4242' };
});

const slackTopic = (): string => slack.channels.get('C0PACKIT')!.topic;

describe('topic-notify and topic-revert', () => {
  test('notify then a separate revert restores the exact original topics, emoji included', async () => {
    const notify = await runCli(['topic-notify', '--json'].concat('--config', file), env);
    expect(notify.code).toBe(0);
    expect(matrix.topic(ROOM)).toBe(NOTICE);
    expect(slackTopic()).toBe(NOTICE);
    expect(notify.json.result.saved).toEqual({ [`matrix:${ROOM}`]: ORIGINAL_ROOM, [`matrix:${OTHER}`]: 'ops room', 'slack:C0PACKIT': ORIGINAL_CHANNEL });
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

  test('rate limits are waited out: Matrix retry_after_ms and Slack Retry-After', async () => {
    matrix.fail('PUT', /state\/m\.room\.topic/, { status: 429, body: { errcode: 'M_LIMIT_EXCEEDED', error: 'Too many requests', retry_after_ms: 300 } });
    slack.fail('POST', /conversations\.setTopic/, { status: 429, headers: { 'retry-after': '1' }, body: { ok: false, error: 'ratelimited' } });
    const notify = await runCli(['topic-notify', '--json', '--config', file], env);
    expect(notify.code).toBe(0);
    expect(matrix.count('PUT', /state\/m\.room\.topic/)).toBe(3); // two rooms, one retried
    expect(slack.count('POST', /conversations\.setTopic/)).toBe(2);
    expect(slackTopic()).toBe(NOTICE);
    expect(notify.stderr).toContain('rate limited; retrying');
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

  test('--dry-run reads the rooms and changes nothing', async () => {
    const run = await runCli(['topic-notify', '--json', '--dry-run', '--config', file], env);
    expect(run.code).toBe(0);
    expect(run.json.result.rooms.map((r: { outcome: string }) => r.outcome)).toEqual(['would set', 'would set', 'would set']);
    expect(matrix.requests.filter((r) => r.method !== 'GET')).toEqual([]);
    expect(slack.requests.map((r) => r.path).filter((p) => !/conversations\.(info|history)/.test(p))).toEqual([]);
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
    const last = matrix.rooms.get(ROOM)!.messages.at(-1)!;
    expect(last.content.body).toContain('https://github.com/packit/deployment/actions/runs/4242');
    expect(slack.channels.get('C0PACKIT')!.messages.some((m) => m.bot_id && m.text.includes('ran into problems'))).toBe(true);
    const revert = await runCli(['topic-revert', '--config', file], env);
    expect(revert.code).toBe(0);
    expect(matrix.topic(ROOM)).toBe(ORIGINAL_ROOM);
    expect(slackTopic()).toBe(ORIGINAL_CHANNEL);
  });

  test('a notice longer than Slack takes is shortened for the topic and kept whole in the message', async () => {
    const long = 'We are redeploying the Packit Service production. If Packit does not react to your actions for a long time (30 minutes) try retriggering it with /packit build, /packit test, /packit propose-downstream, /packit pull-from-upstream, /packit koji-build, /packit create-update.';
    file = writeConfig(tempDir('sg-topics-'), `deployment: prod\ncomponents: [{ name: ogr, repo: packit/ogr }]\nchat:\n  slack: { apiUrl: ${slack.url}/api/, channels: [C0PACKIT] }\n  notices: { deploying: "${long}" }\n`);
    const run = await runCli(['topic-notify', '--json', '--config', file], env);
    expect(run.code).toBe(0);
    expect([...slackTopic()].length).toBeLessThanOrEqual(250);
    expect(slackTopic().endsWith('…')).toBe(true);
    expect(slack.channels.get('C0PACKIT')!.messages.find((m) => m.bot_id)!.text).toContain('/packit create-update.');
    expect(run.stderr).toContain('shortened');
  });

  test('no token appears in any log or output, even on failure', async () => {
    const run = await runCli(['topic-notify', '--json', '--verbose', '--config', file], { ...env, SLACK_BOT_TOKEN: 'xoxb-wrong-token-0000' });
    expect(run.code).toBe(1);
    expect(run.json.error!.message).toContain('invalid_auth');
    const all = run.stdout + run.stderr;
    for (const secret of [matrix.token, 'xoxb-wrong-token-0000']) expect(all).not.toContain(secret);
    const missing = await runCli(['topic-notify', '--json', '--config', file], { SLACK_BOT_TOKEN: slack.token });
    expect(missing.code).toBe(2);
    expect(missing.json.error!.message).toContain('MATRIX_ACCESS_TOKEN is not set');
  });

  test('an unknown placeholder in a notice is a usage error before anything changes', async () => {
    file = writeConfig(tempDir('sg-topics-'), `deployment: prod\ncomponents: [{ name: ogr, repo: packit/ogr }]\nchat:\n  slack: { apiUrl: ${slack.url}/api/, channels: [C0PACKIT] }\n  notices: { deploying: "{deploymnet} is redeploying" }\n`);
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

  test('revert finds the notice message under a busy channel\'s later messages', async () => {
    await runCli(['topic-notify', '--config', file], env);
    const channel = slack.channels.get('C0PACKIT')!;
    for (let i = 0; i < 450; i++) channel.messages.unshift({ type: 'message', ts: `1764400000.${String(i).padStart(6, '0')}`, text: `chatter ${i}` });
    const revert = await runCli(['topic-revert', '--json', '--config', file], env);
    expect(revert.json.result.rooms[2].outcome).toBe('restored');
    expect(slackTopic()).toBe(ORIGINAL_CHANNEL);
    expect(slack.count('POST', /conversations\.history/)).toBe(4); // notify: 1; revert: 3 pages
  });
});
