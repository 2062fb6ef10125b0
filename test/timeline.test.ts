import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { stepTasks } from '../src/stages/shared/run-summary.ts';
import { COLLAPSE_ABOVE, ganttBlock, mermaidText, timelineMarkdown, type TimelineTask } from '../src/stages/shared/timeline.ts';
import { GitHubDouble } from '../src/standins/github.ts';
import { MatrixDouble } from '../src/standins/matrix.ts';
import { SlackDouble } from '../src/standins/slack.ts';
import { TestClock } from './helpers/clock.ts';
import { runCli, tempDir, writeConfig } from './helpers/cli.ts';

const T0 = Date.parse('2026-11-30T08:00:00Z');

test('a task name from outside cannot end the name, start a statement, comment or close the fence', () => {
  const hostile = 'deploy: prod; #x %% note ```\nsection evil <b>';
  const line = ganttBlock('t', [{ name: hostile, section: 'Steps', start: T0, end: T0 + 5000, state: 'done' }])
    .split('\n')
    .find((l) => l.includes('deploy'))!;
  // Exactly one colon: the one between the name and the metadata.
  expect(line.split(':')).toHaveLength(2);
  expect(line).not.toMatch(/[;#`<>\n]|%%/);
  expect(mermaidText('section x')).toBe('▸ section x');
  expect(mermaidText('Title')).toBe('▸ Title');
});

test('done, failed, skipped and waits get their own tags; times are epoch ms', () => {
  const tasks = stepTasks(
    [
      { id: 'move-stable', status: 'ok', startedAt: T0, durationMs: 60_000 },
      { id: 'wait-images', status: 'ok', startedAt: T0 + 60_000, durationMs: 1_800_000 },
      { id: 'import-images', status: 'failed', startedAt: T0 + 1_860_000, durationMs: 600_000 },
      { id: 'infra-sync', status: 'skipped', startedAt: T0 + 2_460_000, durationMs: 0 },
      { id: 'health-gate', status: 'not-run', startedAt: T0 + 2_460_000, durationMs: 0 },
    ],
    {
      'wait-images': { waitedMs: 1_700_000, images: [{ readyAt: new Date(T0 + 60_000 + 1_500_000).toISOString() }] },
      'import-images': { waitedMs: 240_000 },
    },
  );
  const block = ganttBlock('Deployment', tasks);
  expect(block).toContain(`move-stable :done, t1, ${T0}, ${T0 + 60_000}`);
  expect(block).toContain(`waiting for image builds :active, t5, ${T0 + 60_000}, ${T0 + 1_560_000}`);
  expect(block).toContain(`import-images :crit, t3, ${T0 + 1_860_000}, ${T0 + 2_460_000}`);
  expect(block).toContain(`waiting for the rollout (import-images) :active, t6, ${T0 + 2_220_000}, ${T0 + 2_460_000}`);
  expect(block).toContain(`infra-sync :milestone, t4, ${T0 + 2_460_000}, ${T0 + 2_460_000}`);
  expect(block).not.toContain('health-gate');
  expect(block.startsWith('```mermaid\ngantt\n')).toBe(true);
  expect(block).toContain('dateFormat x');
});

test('a long chart is folded in <details>, a short one is not', () => {
  const bars = (n: number): TimelineTask[] =>
    Array.from({ length: n }, (_, i) => ({
      name: `s${i}`,
      section: 'Steps',
      start: T0 + i * 1000,
      end: T0 + i * 1000 + 1000,
      state: 'done',
    }));
  expect(timelineMarkdown('x', bars(COLLAPSE_ABOVE))).not.toContain('<details>');
  expect(timelineMarkdown('x', bars(COLLAPSE_ABOVE + 1))).toContain('<details>');
});

test('--summary refuses a symbolic link and a path out of the working directory', async () => {
  const dir = tempDir();
  const target = path.join(dir, 'elsewhere.md');
  writeFileSync(target, 'keep\n');
  symlinkSync(target, path.join(dir, 'link.md'));
  const linked = await runCli(['rehearse', '--summary', path.join(dir, 'link.md'), '--json']);
  expect(linked.code).toBe(2);
  expect(linked.stderr).toContain('--summary');
  expect(readFileSync(target, 'utf8')).toBe('keep\n');
  const escaping = await runCli(['rehearse', '--summary', '../../summary.md', '--json']);
  expect(escaping.code).toBe(2);
  expect(escaping.stderr).toContain('leaves the working directory');
});

const registry = (): string[] => (process.env.SERVICE_GURU_TEST_REGISTRY ? ['--registry', process.env.SERVICE_GURU_TEST_REGISTRY] : []);

test('a rehearsal writes the summary with a Gantt bar for every step that ran, to --summary and to GITHUB_STEP_SUMMARY', async () => {
  const dir = tempDir();
  const file = path.join(dir, 'summary.md');
  const jobSummary = path.join(dir, 'step-summary.md');
  writeFileSync(jobSummary, '# earlier step\n');
  const run = await runCli(['rehearse', '--summary', file, ...registry(), '--json'], { GITHUB_STEP_SUMMARY: jobSummary });
  expect(run.code).toBe(0);
  const written = readFileSync(file, 'utf8');
  // The runner's file is appended to, not replaced.
  expect(readFileSync(jobSummary, 'utf8')).toBe(`# earlier step\n${written}`);
  expect(written).toContain('### Deployment of');
  expect(written).toContain('### Rehearsal: weekly');
  const gantt = /```mermaid\ngantt\n([\s\S]*?)```/.exec(written)![1]!;
  const ran = (run.json.result.deploy.steps as Array<{ id: string; status: string; resumed?: boolean }>).filter(
    (s) => s.status === 'ok' || s.status === 'failed',
  );
  expect(ran.length).toBeGreaterThan(3);
  for (const step of ran) expect(gantt).toMatch(new RegExp(`\\n    ${step.id} :(done|crit), t\\d+, \\d+, \\d+\\n`));
  expect(gantt).toContain('waiting for image builds :active');
});

describe('run-timeline: the whole run from its jobs', () => {
  const github = new GitHubDouble();
  let config: string;
  beforeAll(async () => {
    await github.start();
    config = writeConfig(
      tempDir('sg-tl-'),
      `deployment: prod\ngithub: { apiUrl: ${github.url} }\ncomponents: [{ name: packit, repo: packit/packit }]\n`,
    );
    const repo = github.addRepo('packit/deployment');
    const at = (minutes: number): string => new Date(T0 + minutes * 60_000).toISOString();
    repo.runs.push({
      id: 4242,
      workflow: 'monday.yml',
      name: 'Monday',
      head_sha: 'a'.repeat(40),
      head_branch: 'main',
      status: 'in_progress',
      conclusion: null,
      created_at: at(0),
      jobs: [
        // An earlier attempt of plan: left out (filter=latest).
        {
          id: 1,
          name: 'deploy / plan',
          status: 'completed',
          conclusion: 'failure',
          created_at: at(0),
          started_at: at(0),
          completed_at: at(1),
          run_attempt: 1,
        },
        {
          id: 2,
          name: 'deploy / plan',
          status: 'completed',
          conclusion: 'success',
          created_at: at(0),
          started_at: at(0),
          completed_at: at(2),
          run_attempt: 2,
        },
        {
          id: 3,
          name: 'deploy / sign-off',
          status: 'completed',
          conclusion: 'success',
          created_at: at(2),
          started_at: at(47),
          completed_at: at(48),
          run_attempt: 2,
        },
        {
          id: 4,
          name: 'deploy / move-stable',
          status: 'completed',
          conclusion: 'success',
          created_at: at(48),
          started_at: at(48),
          completed_at: at(50),
          run_attempt: 2,
        },
        {
          id: 5,
          name: 'deploy / wait: images; #1 %% ```',
          status: 'completed',
          conclusion: 'failure',
          created_at: at(50),
          started_at: at(50),
          completed_at: at(80),
          run_attempt: 2,
        },
        {
          id: 6,
          name: 'deploy / rollback',
          status: 'completed',
          conclusion: 'skipped',
          created_at: at(80),
          started_at: at(80),
          completed_at: at(80),
          run_attempt: 2,
        },
        {
          id: 7,
          name: 'deploy / record',
          status: 'in_progress',
          conclusion: null,
          created_at: at(80),
          started_at: at(80),
          completed_at: null,
          run_attempt: 2,
        },
      ],
    });
    // Three pages: every one must be read.
    github.maxPerPage = 2;
  });
  afterAll(() => github.stop());

  const env = { GITHUB_TOKEN: 'ghs_testtoken1234567890', GITHUB_REPOSITORY: 'packit/deployment', GITHUB_RUN_ID: '4242' };

  test('draws every job of the latest attempt, the wait for approval as its own bar, into the job summary', async () => {
    github.token = env.GITHUB_TOKEN;
    const dir = tempDir('sg-tl-');
    const jobSummary = path.join(dir, 'summary.md');
    const run = await runCli(['run-timeline', '--config', config, '--json'], { ...env, GITHUB_STEP_SUMMARY: jobSummary });
    expect(run.stderr).not.toContain(env.GITHUB_TOKEN);
    expect(run.code).toBe(0);
    expect(run.json.result.jobs.map((j: { id: number }) => j.id)).toEqual([2, 3, 4, 5, 6, 7]);
    expect(run.json.result.approvalWaitMs).toBe(45 * 60_000);
    const gantt = readFileSync(jobSummary, 'utf8');
    expect(gantt).toContain(`waiting for approval (sign-off) :active, t7, ${T0 + 2 * 60_000}, ${T0 + 47 * 60_000}`);
    expect(gantt).toContain(`sign-off :done, t2, ${T0 + 47 * 60_000}, ${T0 + 48 * 60_000}`);
    expect(gantt).toContain(`wait∶ images⁏ ＃1 ％％ ʼʼʼ :crit, t4, ${T0 + 50 * 60_000}, ${T0 + 80 * 60_000}`);
    expect(gantt).toContain(`rollback :milestone,`);
    expect(gantt).toMatch(/\n {4}record :done, t\d+, \d+, \d+\n/);
    expect(gantt.match(/```/g)).toHaveLength(2);
    expect(gantt).not.toContain(env.GITHUB_TOKEN);
  });

  test('a refused token is the one GitHubError, naming the request and never the token', async () => {
    const run = await runCli(['run-timeline', '--config', config, '--json'], { ...env, GITHUB_TOKEN: 'ghs_wrong0987654321' });
    expect(run.code).toBe(1);
    expect(run.json.error!.message).toContain('GET /repos/packit/deployment/actions/runs/4242/jobs');
    expect(run.stdout + run.stderr).not.toContain('ghs_wrong0987654321');
  });
});

describe('the finished notice says what moved, how long it took, and links the run', () => {
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

  test('Matrix gets the same line as formatted HTML; a second revert posts nothing more', async () => {
    const clock = new TestClock('2026-12-07T09:00:00Z');
    matrix.now = clock.now;
    matrix.addRoom('!packit:example.org', 'Packit <b>room</b>');
    slack.addChannel('C0PACKIT', 'Packit channel');
    const config = writeConfig(
      tempDir('sg-fin-'),
      `deployment: prod
components: [{ name: ogr, repo: packit/ogr }, { name: packit, repo: packit/packit }]
chat:
  matrix: { homeserver: ${matrix.url}, rooms: ["!packit:example.org"], postFinished: true }
  slack: { apiUrl: ${slack.url}/api/, channels: [C0PACKIT], postFinished: true }
`,
    );
    const env = {
      MATRIX_ACCESS_TOKEN: matrix.token,
      SLACK_BOT_TOKEN: slack.token,
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_REPOSITORY: 'packit/deployment',
      GITHUB_RUN_ID: '4242',
    };
    expect((await runCli(['topic-notify', '--config', config, '--json'], env, { clock })).code).toBe(0);
    const started = new Date(clock.now() - 52 * 60_000).toISOString();
    const revert = ['topic-revert', '--config', config, '--moved', '["ogr","packit"]', '--started-at', started, '--json'];
    const run = await runCli(revert, env, { clock });
    expect(run.code).toBe(0);
    const posted = matrix.rooms.get('!packit:example.org')!.messages.filter((m) => m.content['dev.service-guru.post']);
    const finished = posted.at(-1)!.content;
    expect(finished.body).toBe(
      '✅ prod redeployment finished.\n2 components (ogr, packit), 52 min, healthy: https://github.com/packit/deployment/actions/runs/4242',
    );
    expect(finished.format).toBe('org.matrix.custom.html');
    expect(finished.formatted_body).toBe(
      '✅ prod redeployment finished.<br>2 components (ogr, packit), 52 min, healthy: ' +
        '<a href="https://github.com/packit/deployment/actions/runs/4242">the run</a>',
    );
    const slackText = slack.channels.get('C0PACKIT')!.messages.find((m) => m.bot_id && m.text.includes('finished'))!.text;
    expect(slackText).toContain('2 components (ogr, packit), 52 min, healthy: https://github.com/packit/deployment/actions/runs/4242');
    const again = await runCli(revert, env, { clock });
    expect(again.code).toBe(0);
    expect(matrix.rooms.get('!packit:example.org')!.messages.filter((m) => m.content['dev.service-guru.post'])).toHaveLength(posted.length);
  });

  test('--moved naming an unknown component and a --started-at that is no time are usage errors', async () => {
    const config = writeConfig(
      tempDir('sg-fin-'),
      `deployment: prod\ncomponents: [{ name: ogr, repo: packit/ogr }]\n` +
        `chat: { slack: { apiUrl: ${slack.url}/api/, channels: [C0PACKIT] } }\n`,
    );
    const env = { SLACK_BOT_TOKEN: slack.token };
    const moved = await runCli(['topic-revert', '--config', config, '--moved', 'ogr,nope', '--json'], env);
    expect(moved.code).toBe(2);
    expect(moved.stderr).toContain('--moved: unknown component "nope"');
    const at = await runCli(['topic-revert', '--config', config, '--started-at', 'monday', '--json'], env);
    expect(at.code).toBe(2);
    expect(at.stderr).toContain('--started-at');
  });
});

test('deploy --summary is checked before anything runs: a symbolic link is refused (exit 2)', async () => {
  const dir = tempDir('sg-deploy-summary-');
  const config = writeConfig(dir, 'deployment: prod\ncomponents: [{ name: ogr, repo: packit/ogr }]\n');
  const target = path.join(dir, 'elsewhere.md');
  writeFileSync(target, 'keep\n');
  symlinkSync(target, path.join(dir, 'summary.md'));
  const run = await runCli(['deploy', '--config', config, '--summary', path.join(dir, 'summary.md'), '--yes', '--json']);
  expect(run.code).toBe(2);
  expect(run.stderr).toContain('--summary');
  expect(readFileSync(target, 'utf8')).toBe('keep\n');
});
