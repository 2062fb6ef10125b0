import { afterAll, beforeAll, beforeEach, expect, test } from '@jest/globals';
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

const ROOM = '!approvals:example.org';
const CHANNEL = 'C0APPROVE';
const HOSTILE = 'Fix <script>alert(1)</script> for @room and @channel <!here> *all* _of_ `us`\nsecond line never shown';

let clock: TestClock;
let config: string;
let env: Record<string, string>;
const runCli = (args: string[], extra: Record<string, string> = {}) => runCliWith(args, { ...env, ...extra }, { clock });

const plan = JSON.stringify({
  stage: 'deploy',
  ok: true,
  result: {
    freeze: null,
    results: {
      'move-stable': {
        components: [
          { name: 'packit', status: 'would-move', commits: 3, promoted: [`0a1b2c3 ${HOSTILE}`, '1b2c3d4 Bump deps'] },
          { name: 'ogr', status: 'unchanged', commits: 0, promoted: [] },
        ],
      },
    },
  },
});

beforeEach(() => {
  clock = new TestClock('2026-12-07T08:00:00Z');
  matrix.now = clock.now;
  slack.now = clock.now;
  matrix.rooms.clear();
  slack.channels.clear();
  matrix.addRoom(ROOM);
  slack.addChannel(CHANNEL, 'approvals');
  config = writeConfig(
    tempDir('sg-approval-'),
    `deployment: prod
components:
  - { name: packit, repo: packit/packit-service, images: [{ image: quay.io/packit/packit-service:prod }] }
  - { name: ogr, repo: packit/ogr }
chat:
  matrix: { homeserver: ${matrix.url}, rooms: ["!topics:example.org"] }
  slack: { apiUrl: ${slack.url}/api/, channels: [C0TOPICS] }
  approvals: { matrix: ["${ROOM}"], slack: [${CHANNEL}] }
`,
  );
  env = {
    MATRIX_ACCESS_TOKEN: matrix.token,
    SLACK_BOT_TOKEN: slack.token,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_REPOSITORY: 'packit/deployment',
    GITHUB_RUN_ID: '4242',
  };
});

const matrixEvents = () => matrix.rooms.get(ROOM)!.messages;
const slackMessages = () => slack.channels.get(CHANNEL)!.messages.filter((m) => m.bot_id);

test('the request reaches both chats once, escaped for each, and a re-run posts nothing more', async () => {
  const first = await runCli(['approval-request', '--config', config, '--plan', plan, '--json']);
  expect(first.code).toBe(0);
  expect(first.json.result.rooms.map((r: { outcome: string }) => r.outcome)).toEqual(['posted', 'posted']);
  expect(first.stdout + first.stderr).not.toContain(matrix.token);
  expect(first.stdout + first.stderr).not.toContain(slack.token);

  const [request] = matrixEvents();
  const content = request!.content;
  // Intentional mentions: an empty m.mentions notifies nobody, whatever the text says.
  expect(content['m.mentions']).toEqual({});
  expect(content.format).toBe('org.matrix.custom.html');
  const html = String(content.formatted_body);
  expect(html).not.toMatch(/<script|<\/script/);
  expect(html).toContain('&lt;script&gt;');
  expect(html).toContain('<a href="https://github.com/packit/deployment/actions/runs/4242">');
  const body = String(content.body);
  expect(body).not.toMatch(/@room|@channel/);
  expect(body).toContain('@\u2060room');
  expect(body).toContain('packit: 3 commits');
  expect(body).toContain('Bump deps');
  expect(body).not.toContain('second line never shown');
  expect(body).not.toContain('ogr');
  expect(body).toContain('quay.io/packit/packit-service:prod');
  expect(body).toContain('No freeze window in force.');

  const [message] = slackMessages();
  const text = message!.text;
  expect(text).not.toContain('<!here>');
  expect(text).toContain('&lt;!here&gt;');
  expect(text).not.toMatch(/@channel|@room/);
  // Every formatting character of the title is preceded by a zero-width space: no bold, italics or code spans over the message.
  expect(text).not.toMatch(/(^|[^\u200B])[*_~`]/m);
  expect(text).toContain('\u200B*all\u200B*');
  expect(text).toContain('<https://github.com/packit/deployment/actions/runs/4242|');
  expect(text.match(/</g)).toHaveLength(1);

  const again = await runCli(['approval-request', '--config', config, '--plan', plan, '--json']);
  expect(again.code).toBe(0);
  expect(again.json.result.rooms.map((r: { outcome: string }) => r.outcome)).toEqual(['already posted', 'already posted']);
  expect(matrixEvents()).toHaveLength(1);
  expect(slackMessages()).toHaveLength(1);
});

test('after sign-off the same message says who approved and when (Slack chat.update, Matrix m.replace), once', async () => {
  await runCli(['approval-request', '--config', config, '--plan', plan, '--json']);
  const update = ['approval-request', '--config', config, '--plan', plan, '--update', 'approved'];
  const run = await runCli([...update, '--approved-by', '["lbarcziova"]', '--approved-at', '2026-12-07T08:40:00Z', '--json']);
  expect(run.code).toBe(0);
  expect(run.json.result.rooms.map((r: { outcome: string }) => r.outcome)).toEqual(['updated: approved', 'updated: approved']);
  const [request, edit] = matrixEvents();
  expect(edit!.content['m.relates_to']).toEqual({ rel_type: 'm.replace', event_id: request!.eventId });
  const replacement = edit!.content['m.new_content'] as Record<string, unknown>;
  expect(String(replacement.body)).toMatch(/^✅ Approved by lbarcziova at 2026-12-07T08:40:00Z\n🚦 Sign-off needed/);
  expect(replacement['m.mentions']).toEqual({});
  expect(String(edit!.content.body)).toMatch(/^\* ✅ Approved/);
  const messages = slackMessages();
  expect(messages).toHaveLength(1);
  expect(messages[0]!.text).toMatch(/^\*✅ Approved by lbarcziova at 2026-12-07T08:40:00Z\*\n/);
  expect(messages[0]!.metadata!.event_payload.state).toBe('approved');

  const again = await runCli([...update, '--json']);
  expect(again.json.result.rooms.map((r: { outcome: string }) => r.outcome)).toEqual(['already approved', 'already approved']);
  expect(matrixEvents()).toHaveLength(2);
});

test('a rejected or timed-out run says so', async () => {
  await runCli(['approval-request', '--config', config, '--plan', plan, '--json']);
  const run = await runCli(['approval-request', '--config', config, '--plan', plan, '--update', 'timed-out', '--json']);
  expect(run.code).toBe(0);
  expect(slackMessages()[0]!.text).toMatch(/^\*⌛ Not approved in time/);
  const rejected = await runCli(['approval-request', '--config', config, '--plan', plan, '--update', 'rejected', '--json']);
  expect(rejected.code).toBe(0);
  expect(String((matrixEvents().at(-1)!.content['m.new_content'] as Record<string, unknown>).body)).toMatch(/^⛔ Rejected/);
});

test('the reminder comes once, after chat.approvalReminder, only while the run still waits', async () => {
  await runCli(['approval-request', '--config', config, '--plan', plan, '--json']);
  const remind = ['approval-request', '--config', config, '--remind', '--json'];
  // A scheduled workflow has no run of its own to name: it finds the waiting requests in the rooms.
  const scheduled = { GITHUB_RUN_ID: '', GITHUB_REPOSITORY: 'packit/deployment' };
  clock.advance(60 * 60_000);
  expect((await runCli(remind, scheduled)).json.result.rooms.map((r: { outcome: string }) => r.outcome)).toEqual([
    'nothing due',
    'nothing due',
  ]);
  clock.advance(61 * 60_000);
  const due = await runCli(remind, scheduled);
  expect(due.json.result.rooms.map((r: { outcome: string }) => r.outcome)).toEqual([
    'reminded: packit/deployment#4242',
    'reminded: packit/deployment#4242',
  ]);
  expect(String(matrixEvents().at(-1)!.content.body)).toContain('waiting for sign-off for 2h01m');
  expect(matrixEvents().at(-1)!.content['m.relates_to']).toEqual({ 'm.in_reply_to': { event_id: matrixEvents()[0]!.eventId } });
  clock.advance(60 * 60_000);
  const later = await runCli(remind, scheduled);
  expect(later.json.result.rooms.map((r: { outcome: string }) => r.outcome)).toEqual(['nothing due', 'nothing due']);
  expect(slackMessages()).toHaveLength(2);
});

test('no request is reminded once it was answered', async () => {
  await runCli(['approval-request', '--config', config, '--plan', plan, '--json']);
  await runCli(['approval-request', '--config', config, '--plan', plan, '--update', 'approved', '--json']);
  clock.advance(3 * 60 * 60_000);
  const run = await runCli(['approval-request', '--config', config, '--remind', '--json'], { GITHUB_RUN_ID: '' });
  expect(run.json.result.rooms.map((r: { outcome: string }) => r.outcome)).toEqual(['nothing due', 'nothing due']);
});

test('a plan of another shape and an unknown verdict are usage errors before any room is written', async () => {
  const bad = await runCli(['approval-request', '--config', config, '--plan', '{"x":1}', '--json']);
  expect(bad.code).toBe(2);
  expect(bad.stderr).toContain('--plan');
  const verdict = await runCli(['approval-request', '--config', config, '--update', 'maybe', '--json']);
  expect(verdict.code).toBe(2);
  expect(verdict.stderr).toContain('--update');
  expect(matrixEvents()).toHaveLength(0);
  expect(slackMessages()).toHaveLength(0);
});
