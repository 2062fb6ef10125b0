import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { MatrixDouble } from '../src/standins/matrix.ts';
import { pushImage, startLocalRegistry, type LocalRegistryServer } from '../src/standins/oci-registry.ts';
import { runCli, tempDir, writeConfig } from './helpers/cli.ts';
import { TestClock } from './helpers/clock.ts';
import { BareRemote } from './helpers/git-repos.ts';

const fastClock = (): TestClock => new TestClock(Date.parse('2026-11-30T12:00:00Z'));

let registry: LocalRegistryServer;
const matrix = new MatrixDouble();
beforeAll(async () => {
  registry = await startLocalRegistry(process.env.SERVICE_GURU_TEST_REGISTRY ?? 'auto');
  await matrix.start();
});
afterAll(async () => {
  await Promise.all([registry.stop(), matrix.stop()]);
});

// A resume past a saved failed notice (the other G5 cause): test/deploy.test.ts.
describe('deploy --from health-gate after a run that died with its rollback due', () => {
  // Fault runs (G5): killed while rolling back after a failed gate, the run left no rollback record;
  // the resume at health-gate gated whatever the half-done rollback left, and could pass on old images.
  test('the import runs again before the gate, so the gate checks what production holds now', async () => {
    const dir = tempDir('sg-deploy-unsure-');
    const repo = new BareRemote(dir, 'packit-service');
    repo.commit('last week');
    repo.push('main');
    repo.checkout('stable', true);
    repo.push('stable');
    repo.checkout('main');
    const sha = repo.commit('this week');
    repo.push('main');
    const image = `packit/service-unsure-${process.pid}`;
    await pushImage(registry.url, image, ['prod', `stable-${sha.slice(0, 7)}-1764500000`], ['linux/amd64'], 'unsure');
    // A cluster that answers nobody: whatever runs against it fails, which tells what ran.
    const config = writeConfig(
      dir,
      `deployment: prod
timezone: Europe/Prague
registries: { ${registry.host}: { apiUrl: ${registry.url} } }
components:
  - name: packit-service
    remote: ${repo.bare}
    images: [{ image: "${registry.host}/${image}:prod", platforms: [linux/amd64] }]
clusters: { prod: { server: "https://127.0.0.1:1", namespace: packit--prod } }
`,
    );
    const state = path.join(dir, 'state.json');
    const env = { OPENSHIFT_TOKEN_PROD: 'unused' };
    const first = await runCli(
      ['deploy', '--config', config, '--state', state, '--json', '--skip', 'import-images,health-gate', '--images-interval', '1s'],
      env,
      { clock: fastClock() },
    );
    expect(first.code).toBe(0);
    // What a run killed during its rollback leaves: the import done, the gate failed, no rollback record.
    const saved = JSON.parse(readFileSync(state, 'utf8')) as { finished: boolean; ok: boolean; records: Array<Record<string, unknown>> };
    for (const r of saved.records) {
      if (r.id === 'import-images')
        Object.assign(r, { status: 'ok', changed: true, reason: undefined, result: { streams: [], workloads: [] } });
      if (r.id === 'health-gate')
        Object.assign(r, { status: 'failed', reason: undefined, error: { message: 'health gate failed', hint: 'look' } });
    }
    Object.assign(saved, { finished: false, ok: false });
    writeFileSync(state, JSON.stringify(saved));
    const resumed = await runCli(['deploy', '--config', config, '--state', state, '--json', '--from', 'health-gate'], env, {
      clock: fastClock(),
    });
    const imports = resumed.json.result.steps.find((r: { id: string }) => r.id === 'import-images');
    expect(imports.resumed).toBeUndefined();
    expect(imports.status).toBe('failed');
    expect(resumed.stderr).toContain('import-images runs again, so the gate checks what production holds now');
    expect(resumed.code).toBe(1);
  }, 30_000);
});
