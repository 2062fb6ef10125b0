import { expect, test } from '@jest/globals';
import { readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { stepTasks } from '../src/stages/deploy/summary.ts';
import { COLLAPSE_ABOVE, ganttBlock, mermaidText, timelineMarkdown, type TimelineTask } from '../src/stages/shared/timeline.ts';
import { runCli, tempDir } from './helpers/cli.ts';

const T0 = Date.parse('2026-12-07T08:00:00Z');

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
  expect(block).toContain(`import-images∶ waiting for the rollout :active, t6, ${T0 + 2_220_000}, ${T0 + 2_460_000}`);
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
