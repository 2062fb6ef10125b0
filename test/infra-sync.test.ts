import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { NoOperationTraceWriter, convertWorkflowTemplate, parseWorkflow } from '@actions/workflow-parser';
import { KubeDouble } from '../src/standins/kube/index.ts';
import { rolesInMarkdown } from '../src/standins/kube/rbac.ts';
import { REFS } from '../src/standins/kube/refs.ts';
import { VaultDouble } from './doubles/vault.ts';
import { BareRemote, gitIn } from './helpers/git-repos.ts';
import { runCli, tempDir, writeConfig } from './helpers/cli.ts';
import { TestClock } from './helpers/clock.ts';

/** The cluster double's controllers run on real timers: each sleep lets 1 ms of them pass. */
const newClock = (): TestClock => new TestClock('2026-12-07T12:00:00Z', { realMsPerSleep: 1 });

const NS = 'packit--prod';
const kube = new KubeDouble();
const vault = new VaultDouble();
const root = tempDir('sg-infra-');
const repo = new BareRemote(root, 'deployment');
const applied = path.join(root, 'applied.log');

/** The deployment repository's apply script: says what it applies, and fails when FAIL is in the tree. */
const APPLY =
  `import { appendFileSync, existsSync, readFileSync } from 'node:fs';
const version = readFileSync('VERSION', 'utf8').trim();
for (let i = 1; i <= 30; i++) console.log('task ' + i + ': ok');
if (existsSync('FAIL')) { ` +
  `console.error('debug: VAULT_TOKEN=' + process.env.VAULT_TOKEN + ' cluster ' + process.env.OPENSHIFT_TOKEN_PROD); ` +
  `console.error('fatal: template rendering failed for ' + version); process.exit(3); }
if (existsSync('SLOW')) await new Promise((r) => setTimeout(r, 20000));
appendFileSync(process.env.APPLY_LOG, ` +
  `process.env.DEPLOYMENT + ' ' + version + ' ' + (process.env.VAULT_TOKEN ? 'with-vault' : 'no-vault') + '\\n');
console.log('PLAY RECAP: ' + version + ' applied');
`;

function commitFiles(message: string, files: Record<string, string | null>): string {
  for (const [name, content] of Object.entries(files)) {
    if (content === null) gitIn(repo.work, 'rm', '-q', name);
    else {
      writeFileSync(path.join(repo.work, name), content);
      gitIn(repo.work, 'add', name);
    }
  }
  const sha = repo.commit(message);
  repo.push('main');
  return sha;
}

let config: string;
beforeAll(async () => {
  await Promise.all([kube.start(), vault.start()]);
  // Every test runs with only the Role docs/operations.md tells users to paste.
  kube.rbac = rolesInMarkdown(readFileSync('docs/operations.md', 'utf8'));
  commitFiles('Add the apply playbook', { 'apply.mjs': APPLY, VERSION: 'v1' });
  vault.write('packit/prod', new Date('2026-11-30T10:00:00Z'));
  config = writeConfig(
    tempDir('sg-infra-config-'),
    `deployment: prod
components:
  - { name: packit-service, repo: packit/packit-service }
clusters:
  prod: { server: ${kube.url}, namespace: ${NS}, caFile: ${kube.caFile} }
infra:
  remote: ${repo.bare}
  ref: main
  command: [node, apply.mjs]
  env: { DEPLOYMENT: prod, APPLY_LOG: ${applied} }
  timeout: 10m
  vault: { url: ${vault.url}, mount: secret, paths: [packit/prod] }
`,
  );
});
afterAll(async () => {
  await Promise.all([kube.stop(), vault.stop()]);
});

const env = {
  OPENSHIFT_TOKEN_PROD: kube.token,
  VAULT_TOKEN: vault.token,
  GITHUB_SERVER_URL: 'https://github.com',
  GITHUB_REPOSITORY: 'packit/deployment',
  GITHUB_RUN_ID: '4242',
};
const sync = (...args: string[]) => runCli(['infra-sync', '--config', config, '--json', ...args], env, { clock: newClock() });
const state = () => kube.get(REFS.configmaps, NS, 'service-guru-infra-sync');
const appliedLines = () => (existsSync(applied) ? readFileSync(applied, 'utf8').trim().split('\n') : []);

describe('infra-sync', () => {
  test('first run: nothing recorded, so it applies and records commit, secret versions, time and run', async () => {
    const run = await sync();
    expect(run.code).toBe(0);
    expect(run.json.result.status).toBe('applied');
    expect(appliedLines()).toEqual(['prod v1 with-vault']);
    const cm = state()!;
    const head = repo.head('main')!;
    expect(cm.metadata.labels).toMatchObject({ 'service-guru.dev/owner': 'infra-sync' });
    expect(cm.metadata.annotations).toEqual({
      'service-guru.dev/commit': head,
      'service-guru.dev/secret-versions': '{"packit/prod":1}',
      'service-guru.dev/applied-at': '2026-12-07T12:00:00.000Z',
      'service-guru.dev/run-url': 'https://github.com/packit/deployment/actions/runs/4242',
    });
    // The output streamed into the log, in a group.
    expect(run.stderr).toMatch(/▸ node apply\.mjs @ [0-9a-f]{7}\n\s+task 1: ok/);
    expect(run.stderr).toContain('PLAY RECAP: v1 applied');
  });

  test('nothing pending: skips and says so, without running the command', async () => {
    const run = await sync();
    expect(run.code).toBe(0);
    expect(run.json).toMatchObject({ changed: false, result: { status: 'skipped', pendingCommits: [], pendingSecrets: [] } });
    expect(run.stderr).toMatch(
      /nothing pending on prod: [0-9a-f]{7} and every secret version were applied at 2026-12-07T12:00:00\.000Z \(https:\/\/github\.com\/packit\/deployment\/actions\/runs\/4242\)/,
    );
    expect(appliedLines()).toHaveLength(1);
  });

  test('a new commit: the dry run lists it with subject and author; the run applies and records it', async () => {
    const before = state()!.metadata.annotations!['service-guru.dev/commit'];
    const sha = commitFiles('Bump worker memory to 2Gi', { VERSION: 'v2' });
    const dry = await runCli(['infra-sync', '--config', config, '--json', '--dry-run'], env, { clock: newClock() });
    expect(dry.code).toBe(0);
    expect(dry.json.result.status).toBe('pending');
    expect(dry.json.result.pendingCommits).toEqual([
      { sha, author: 'Test', date: expect.any(String), subject: 'Bump worker memory to 2Gi' },
    ]);
    expect(dry.stderr).toMatch(new RegExp(`${sha.slice(0, 7)} Bump worker memory to 2Gi \\(Test\\)`));
    expect(dry.stderr).toMatch(/dry run: would check out [0-9a-f]{7} and run \["node","apply\.mjs"\] with DEPLOYMENT, APPLY_LOG/);
    expect(appliedLines()).toHaveLength(1);
    expect(state()!.metadata.annotations!['service-guru.dev/commit']).toBe(before);

    const run = await sync();
    expect(run.code).toBe(0);
    expect(appliedLines()).toEqual(['prod v1 with-vault', 'prod v2 with-vault']);
    expect(state()!.metadata.annotations!['service-guru.dev/commit']).toBe(sha);
  });

  test('a changed secret in Vault is pending on its own and recorded with its new version', async () => {
    vault.write('packit/prod', new Date('2026-12-06T08:30:00Z'));
    const run = await sync();
    expect(run.code).toBe(0);
    expect(run.json.result.pendingCommits).toEqual([]);
    expect(run.json.result.pendingSecrets).toEqual([
      { path: 'packit/prod', applied: 1, current: 2, updatedTime: '2026-12-06T08:30:00.000Z' },
    ]);
    expect(run.stderr).toContain('secret packit/prod: version 1 applied, 2 current (updated 2026-12-06T08:30:00.000Z)');
    expect(state()!.metadata.annotations!['service-guru.dev/secret-versions']).toBe('{"packit/prod":2}');
    expect(appliedLines()).toHaveLength(3);
    // Vault was asked for metadata only, with the token in X-Vault-Token.
    expect(vault.requests.every((r) => r.path === '/v1/secret/metadata/packit/prod' && r.headers['x-vault-token'] === vault.token)).toBe(
      true,
    );
  });

  test('a failing command: its last lines in the error, nothing recorded, exit 1; still pending afterwards', async () => {
    const recorded = state()!.metadata.annotations!['service-guru.dev/commit'];
    commitFiles('Render the new template', { FAIL: 'yes' });
    const run = await sync();
    expect(run.code).toBe(1);
    expect(run.json.result.status).toBe('failed');
    expect(run.json.error!.message).toMatch(/^node apply\.mjs exited with 3 after \d+(ms|s); nothing recorded\. Last lines:\n/);
    expect(run.json.error!.message).toContain('fatal: template rendering failed for v2');
    expect(run.json.error!.message).toContain('task 30: ok');
    expect(run.json.error!.message).not.toContain('task 5: ok');
    // The command printed both tokens: neither reaches the log, the error or the JSON result.
    expect(run.json.error!.message).toContain('debug: VAULT_TOKEN=');
    for (const secret of [vault.token, kube.token]) expect(run.stdout + run.stderr).not.toContain(secret);
    expect(state()!.metadata.annotations!['service-guru.dev/commit']).toBe(recorded);
    const dry = await runCli(['infra-sync', '--config', config, '--json', '--dry-run'], env, { clock: newClock() });
    expect(dry.json.result.pendingCommits.map((c: { subject: string }) => c.subject)).toEqual(['Render the new template']);
    commitFiles('Revert the template', { FAIL: null });
  });

  test('a command over infra.timeout is stopped and reported', async () => {
    const slow = writeConfig(tempDir('sg-infra-slow-'), readFileSync(config, 'utf8').replace('timeout: 10m', 'timeout: 1s'));
    commitFiles('Slow apply', { SLOW: 'yes' });
    const run = await runCli(['infra-sync', '--config', slow, '--json'], env, { clock: newClock() });
    expect(run.code).toBe(1);
    expect(run.json.error!.message).toMatch(/node apply\.mjs timed out/);
    expect(run.json.error!.message).toContain('stopped after 1s (infra.timeout)');
    commitFiles('Fast again', { SLOW: null });
  });

  test('a recorded commit that left the history (force-push) lists the recent commits and applies the head', async () => {
    const cm = state()!;
    kube.apply(
      { ...cm, metadata: { ...cm.metadata, annotations: { ...cm.metadata.annotations, 'service-guru.dev/commit': 'f'.repeat(40) } } },
      NS,
    );
    const dry = await runCli(['infra-sync', '--config', config, '--json', '--dry-run'], env, { clock: newClock() });
    expect(dry.code).toBe(0);
    expect(dry.stderr).toMatch(
      /the recorded commit fffffff is not in the history of the branch any more \(force-pushed\?\); listing the last 20 commits/,
    );
    expect(dry.json.result.pendingCommits[0].subject).toBe('Fast again');
    const run = await sync();
    expect(run.code).toBe(0);
    expect(state()!.metadata.annotations!['service-guru.dev/commit']).toBe(repo.head('main'));
  });

  test('applied but not recorded (no right to update the ConfigMap) says that it applied', async () => {
    commitFiles('Scale the workers', { VERSION: 'v3' });
    kube.forbid('update', 'configmaps');
    try {
      const run = await sync();
      expect(run.code).toBe(1);
      expect(run.json.error!.message).toMatch(
        /^applied [0-9a-f]{7} to prod, but could not record it in ConfigMap service-guru-infra-sync: .*may not update configmaps/,
      );
      expect(run.json.error!.hint).toMatch(/the next run applies the same changes again/);
      expect(appliedLines().at(-1)).toBe('prod v3 with-vault');
    } finally {
      kube.allow('update', 'configmaps');
    }
  });

  test('missing tokens are usage errors; a refused Vault token names the policy to give', async () => {
    const noVault = await runCli(['infra-sync', '--config', config, '--json'], { OPENSHIFT_TOKEN_PROD: kube.token }, { clock: newClock() });
    expect(noVault.code).toBe(2);
    expect(noVault.json.error!.message).toMatch(/VAULT_TOKEN is not set/);
    const badVault = await runCli(
      ['infra-sync', '--config', config, '--json'],
      { ...env, VAULT_TOKEN: 'hvs.wrong-token-000' },
      { clock: newClock() },
    );
    expect(badVault.code).toBe(1);
    expect(badVault.json.error!.message).toMatch(/Vault refused to read the metadata of secret\/packit\/prod \(HTTP 403\)/);
    expect(badVault.json.error!.hint).toContain('"secret/metadata/packit/prod"');
    expect(badVault.stdout).not.toContain('hvs.wrong-token-000');
  });

  test('a ConfigMap of that name that infra-sync does not own is never overwritten', async () => {
    const other = `${NS}-other`;
    const cfg = writeConfig(tempDir('sg-infra-other-'), readFileSync(config, 'utf8').replace(`namespace: ${NS}`, `namespace: ${other}`));
    kube.create(REFS.configmaps, other, {
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: { name: 'service-guru-infra-sync' },
      data: { mine: 'yes' },
    });
    const run = await runCli(['infra-sync', '--config', cfg, '--json'], env, { clock: newClock() });
    expect(run.code).toBe(1);
    expect(run.json.error!.message).toMatch(/not labelled service-guru\.dev\/owner=infra-sync/);
    expect(kube.get(REFS.configmaps, other, 'service-guru-infra-sync')!.data).toEqual({ mine: 'yes' });
  });
});

describe('workflows/infra-sync.yml', () => {
  test('is valid and a dry run unless told otherwise', async () => {
    const content = readFileSync('workflows/infra-sync.yml', 'utf8');
    const result = parseWorkflow({ name: 'infra-sync.yml', content }, new NoOperationTraceWriter());
    await convertWorkflowTemplate(result.context, result.value!);
    expect(result.context.errors.getErrors().map((e) => e.message)).toEqual([]);
    const wf = parse(content);
    expect(wf.on.workflow_dispatch.inputs['dry-run']).toMatchObject({ type: 'boolean', default: true });
    expect(wf.permissions).toEqual({});
    expect(wf.jobs.sync.permissions).toEqual({ contents: 'read' });
    for (const step of wf.jobs.sync.steps) {
      if (step.run) expect(step.run).not.toMatch(/\$\{\{/);
      if (step.uses?.startsWith('actions/checkout')) expect(step.with['persist-credentials']).toBe(false);
    }
  });
});

describe('infra-sync runner', () => {
  test('a runner without coreutils timeout is named as such, not as a missing infra.command', async () => {
    const { runCommand } = await import('../src/stages/infra-sync/runner.ts');
    const { MemorySink, TerminalLogger } = await import('../src/core/logger.ts');
    const { Secrets } = await import('../src/core/secrets.ts');
    const saved = process.env.PATH;
    process.env.PATH = tempDir('sg-nopath-');
    try {
      const error = (await runCommand(['make', 'deploy'], {
        cwd: process.cwd(),
        env: {},
        timeoutMs: 1000,
        logger: new TerminalLogger(new Secrets(), new MemorySink()),
        title: 'make deploy',
      }).then(
        () => ({ message: 'started', hint: '' }),
        (e: unknown) => e,
      )) as { message: string; hint?: string };
      expect(error.message).toMatch(/^cannot start coreutils timeout, which runs make under infra.timeout: /);
      expect(error.hint).toMatch(/GNU coreutils/);
    } finally {
      process.env.PATH = saved;
    }
  });
});
