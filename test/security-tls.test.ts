import { afterEach, describe, expect, jest, test } from '@jest/globals';
import { runAction } from '../src/action/run-action.ts';
import { loadStages } from '../src/stages/index.ts';

const stages = await loadStages();
import { HttpDouble } from '../src/standins/http-double.ts';
import { runCli, tempDir, writeConfig } from './helpers/cli.ts';

const OFF = { NODE_TLS_REJECT_UNAUTHORIZED: '0' };

describe('TLS verification is never off', () => {
  test('every stage refuses to start with NODE_TLS_REJECT_UNAUTHORIZED=0: exit 2 naming it and how to trust a CA', async () => {
    const config = writeConfig(tempDir('sg-tls-'), 'deployment: prod\ncomponents: []\n');
    for (const stage of stages) {
      const run = await runCli([stage.name, '--json', '--config', config], OFF);
      expect({ stage: stage.name, code: run.code }).toEqual({ stage: stage.name, code: 2 });
      expect(run.json.ok).toBe(false);
      expect(run.json.error!.message).toContain('NODE_TLS_REJECT_UNAUTHORIZED=0');
      expect(run.json.error!.hint).toContain('caFile');
      expect(run.json.error!.hint).toContain('NODE_EXTRA_CA_CERTS');
      expect(run.stderr).toContain('unset NODE_TLS_REJECT_UNAUTHORIZED');
    }
  });

  test('nothing is contacted: the refusal comes before the configuration is read', async () => {
    const github = new HttpDouble(() => ({ body: {} }));
    await github.start();
    try {
      const config = writeConfig(
        tempDir('sg-tls-'),
        `deployment: prod\ngithub: { apiUrl: ${github.url} }\ncomponents:\n  - { name: ogr, repo: packit/ogr }\n`,
      );
      const run = await runCli(['move-stable', '--config', config], { ...OFF, GITHUB_TOKEN: 'ghs_sentinel_tls_token' });
      expect(run.code).toBe(2);
      expect(github.requests).toHaveLength(0);
      // Any other value leaves Node's verification on, and the run goes ahead (here: to its usual checks).
      const on = await runCli(['move-stable', '--dry-run', '--config', config], { NODE_TLS_REJECT_UNAUTHORIZED: '1' });
      expect(on.stderr).not.toContain('NODE_TLS_REJECT_UNAUTHORIZED');
    } finally {
      await github.stop();
    }
  });
});

describe('the action refuses too', () => {
  const saved = process.env.NODE_TLS_REJECT_UNAUTHORIZED;
  afterEach(() => {
    if (saved === undefined) delete process.env.NODE_TLS_REJECT_UNAUTHORIZED;
    else process.env.NODE_TLS_REJECT_UNAUTHORIZED = saved;
    process.exitCode = undefined;
  });

  test('an action step with NODE_TLS_REJECT_UNAUTHORIZED=0 fails with exit 2 and an error annotation; no stage loads', async () => {
    const written: string[] = [];
    const spy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      written.push(String(chunk));
      return true;
    });
    const load = jest.fn(async () => {
      throw new Error('the stage must not be loaded');
    });
    try {
      process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';
      await runAction({ name: 'move-stable', description: '', options: [], outputs: {}, secrets: ['GITHUB_TOKEN'], needs: () => [], load });
    } finally {
      spy.mockRestore();
    }
    expect(process.exitCode).toBe(2);
    expect(load).not.toHaveBeenCalled();
    const annotation = written
      .join('')
      .split('\n')
      .find((l) => l.startsWith('::error::'));
    expect(annotation).toContain('NODE_TLS_REJECT_UNAUTHORIZED=0');
    expect(annotation).toContain('NODE_EXTRA_CA_CERTS');
  });
});
