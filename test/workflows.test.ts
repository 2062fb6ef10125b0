import { describe, expect, test } from '@jest/globals';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { NoOperationTraceWriter, convertWorkflowTemplate, parseWorkflow } from '@actions/workflow-parser';
import { loadStage } from '../src/stages/index.ts';
import { secretInputName } from '../src/stages/stage.ts';
import { evaluateTemplate, jobCondition, loadWorkflow, stepCondition, stepInputs } from './conformance/job-graph.ts';
import type { JobResult, RunState } from './conformance/job-graph.ts';

const files = [
  ...readdirSync('.github/workflows').map((f) => path.join('.github/workflows', f)),
  ...readdirSync('workflows').map((f) => path.join('workflows', f)),
].filter((f) => /\.ya?ml$/.test(f));

interface Step {
  id?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
  if?: string;
}
interface Job {
  needs?: string | string[];
  if?: string;
  permissions?: unknown;
  environment?: unknown;
  steps?: Step[];
  uses?: string;
  outputs?: Record<string, string>;
  with?: Record<string, unknown>;
  secrets?: Record<string, string>;
}
interface Workflow {
  on: Record<string, unknown>;
  jobs: Record<string, Job>;
  concurrency?: Record<string, unknown>;
  permissions?: unknown;
  'run-name'?: string;
}

const load = (file: string): Workflow => parse(readFileSync(file, 'utf8')) as Workflow;
const deploy = load('.github/workflows/deploy.yml');
// The same file as GitHub reads it, for GitHub's own expression evaluator (through the job-graph simulator).
const graph = await loadWorkflow('.github/workflows/deploy.yml');
const needsOf = (job: Job): string[] => (job.needs === undefined ? [] : Array.isArray(job.needs) ? job.needs : [job.needs]);

/** Every job that (transitively) needs `root`. */
function after(workflow: Workflow, root: string): string[] {
  const found = new Set<string>();
  let grew = true;
  while (grew) {
    grew = false;
    for (const [name, job] of Object.entries(workflow.jobs)) {
      if (!found.has(name) && needsOf(job).some((n) => n === root || found.has(n))) {
        found.add(name);
        grew = true;
      }
    }
  }
  return [...found];
}

const ancestors = (workflow: Workflow, name: string): Set<string> => {
  const out = new Set<string>();
  const stack = [...needsOf(workflow.jobs[name]!)];
  while (stack.length) {
    const next = stack.pop()!;
    if (out.has(next)) continue;
    out.add(next);
    stack.push(...needsOf(workflow.jobs[next]!));
  }
  return out;
};

interface Context {
  needs: RunState['results'];
  inputs: Record<string, unknown>;
  cancelled?: boolean;
}

const success = (outputs: Record<string, string> = {}) => ({ result: 'success' as const, outputs });
/** Whether GitHub starts the job (its if:, with success()/failure() over the results of the jobs it needs). */
const runs = (job: string, { needs, inputs, cancelled }: Context) => jobCondition(graph, job, { results: needs, inputs, cancelled });
const inputs = { 'dry-run': false, 'skip-move': false, infra: false };
function allGreen(): Context['needs'] {
  return {
    preflight: success(),
    plan: success({ to: 'ogr=abc', only: 'ogr' }),
    'approval-request': success(),
    'sign-off': success(),
    notify: success(),
    move: success({ 'deployment-id': '7' }),
    images: success(),
    infra: { result: 'skipped' },
    import: success(),
    verify: success(),
    rollback: { result: 'skipped' },
    revert: success(),
  };
}

describe('workflow files', () => {
  test('every job that changes production checks the freeze windows and the approval age again (issue 16.6)', () => {
    for (const job of ['move', 'infra', 'import']) {
      const step = deploy.jobs[job]!.steps!.find((s) => s.id === 'stage')!;
      expect({ job, with: step.with }).toMatchObject({
        job,
        with: { 'ignore-freeze': '${{ inputs.ignore-freeze }}', 'approved-at': '${{ needs.sign-off.outputs.approved-at }}' },
      });
    }
  });

  test.each(files)('%s is a valid workflow', async (file) => {
    const result = parseWorkflow({ name: file, content: readFileSync(file, 'utf8') }, new NoOperationTraceWriter());
    await convertWorkflowTemplate(result.context, result.value!);
    expect(result.context.errors.getErrors().map((e) => e.message)).toEqual([]);
  });

  /** The only write permissions any job may ask for, and why. */
  const writes: Record<string, string[]> = {
    '.github/workflows/deploy.yml:move': ['deployments'], // the deployment record, in_progress
    '.github/workflows/deploy.yml:record': ['deployments'], // its final state
    'workflows/monday.yml:deploy': ['deployments'], // the ceiling the reusable workflow's jobs share
    'workflows/hotfix.yml:deploy': ['deployments'],
    'workflows/firewall-check.yml:check': ['issues'], // the tracking issue (open-issue)
  };
  test('every workflow file is covered by the hardening rules below', () => {
    expect(files.sort()).toEqual(
      [
        '.github/workflows/ci.yml',
        '.github/workflows/deploy.yml',
        'workflows/firewall-check.yml',
        'workflows/hotfix.yml',
        'workflows/infra-sync.yml',
        'workflows/monday.yml',
        'workflows/quay-cleanup.yml',
      ].sort(),
    );
  });
  test.each(files)('%s: least privilege on every job, no expression inside run:, checkouts without credentials', (file) => {
    const workflow = load(file);
    // Nothing at the top: a job that forgets its own permissions gets none, not the repository default.
    expect(workflow.permissions).toEqual({});
    for (const [name, job] of Object.entries(workflow.jobs)) {
      expect({ job: name, permissions: typeof job.permissions }).toEqual({ job: name, permissions: 'object' });
      const granted = Object.entries(job.permissions as Record<string, string>);
      const written = granted.filter(([, level]) => level === 'write').map(([scope]) => scope);
      expect({ job: `${file}:${name}`, written }).toEqual({ job: `${file}:${name}`, written: writes[`${file}:${name}`] ?? [] });
      for (const [scope, level] of granted)
        expect({ scope, level: ['read', 'write', 'none'].includes(level) }).toEqual({ scope, level: true });
      for (const step of job.steps ?? []) {
        // Values reach a shell through env: only; an expression inside run: is spliced into the script.
        if (step.run) expect({ job: name, run: step.run }).not.toEqual({ job: name, run: expect.stringContaining('${{') });
        if (step.uses?.startsWith('actions/checkout'))
          expect({ job: name, persist: step.with?.['persist-credentials'] }).toEqual({ job: name, persist: false });
      }
    }
  });

  test('every job after sign-off guards with an explicit status function, never the implicit success()', () => {
    const guarded = after(deploy, 'sign-off');
    expect(guarded.sort()).toEqual([
      'approval-update',
      'images',
      'import',
      'infra',
      'move',
      'notify',
      'record',
      'revert',
      'rollback',
      'verify',
    ]);
    for (const name of guarded) {
      const condition = deploy.jobs[name]!.if ?? '';
      expect({ name, explicit: /!cancelled\(\)|always\(\)/.test(condition), implicit: /(^|[^!\w])success\(\)/.test(condition) }).toEqual({
        name,
        explicit: true,
        implicit: false,
      });
    }
  });

  test(
    'the pipeline order: preflight and plan before sign-off, then ' +
      'notify → move → images → infra → import → verify → rollback → revert',
    () => {
      expect([...ancestors(deploy, 'sign-off')].sort()).toEqual(['approval-request', 'plan', 'preflight']);
      const chain = ['sign-off', 'notify', 'move', 'images', 'infra', 'import', 'verify', 'rollback', 'revert'];
      for (let i = 1; i < chain.length; i++)
        expect({ job: chain[i], after: ancestors(deploy, chain[i]!).has(chain[i - 1]!) }).toEqual({ job: chain[i], after: true });
    },
  );

  test('the approval request is edited with the sign-off verdict: approved, rejected or timed out', () => {
    const verdict = (signOff: JobResult) => {
      const needs: Context['needs'] = {
        ...allGreen(),
        'sign-off': { result: signOff, outputs: { 'approved-by': '["alice"]', 'approved-at': '2026-12-07T08:40:00Z' } },
      };
      const given = stepInputs(graph, 'approval-update', 'stage', { results: needs, inputs });
      return { runs: runs('approval-update', { needs, inputs }), update: given.update, by: given['approved-by'] };
    };
    expect(verdict('success')).toEqual({ runs: true, update: 'approved', by: '["alice"]' });
    expect(verdict('failure')).toEqual({ runs: true, update: 'rejected', by: '["alice"]' });
    expect(verdict('cancelled')).toEqual({ runs: true, update: 'timed-out', by: '["alice"]' });
    expect(runs('approval-update', { needs: { ...allGreen(), 'sign-off': { result: 'skipped' } }, inputs })).toBe(false);
    expect(runs('approval-update', { needs: { ...allGreen(), 'approval-request': { result: 'skipped' } }, inputs })).toBe(false);
    // The request comes before the wait, and its failure holds nothing back.
    expect(runs('sign-off', { needs: { ...allGreen(), 'approval-request': { result: 'failure' } }, inputs })).toBe(true);
  });

  test('a failed notify does not skip the move or the images wait', () => {
    const needs: Context['needs'] = { ...allGreen(), notify: { result: 'failure' } };
    expect(runs('move', { needs, inputs })).toBe(true);
    expect(runs('images', { needs, inputs })).toBe(true);
    expect(runs('move', { needs, inputs, cancelled: true })).toBe(false);
    // A rejected sign-off stops everything that changes something.
    const rejected: Context['needs'] = { ...allGreen(), 'sign-off': { result: 'failure' } };
    for (const job of ['notify', 'move', 'images']) expect(runs(job, { needs: rejected, inputs })).toBe(false);
  });

  test('rollback runs whenever the import started and the health gate did not pass (failure, timeout, never ran)', () => {
    const when = (importResult: JobResult, verify: JobResult, extra: Record<string, unknown> = {}, cancelled = false) =>
      runs('rollback', {
        needs: { ...allGreen(), import: { result: importResult }, verify: { result: verify } },
        inputs: { ...inputs, ...extra },
        cancelled,
      });
    for (const started of ['success', 'failure', 'cancelled'] as const)
      for (const gate of ['failure', 'cancelled', 'skipped'] as const)
        expect({ started, gate, rollback: when(started, gate) }).toEqual({ started, gate, rollback: true });
    expect(when('success', 'success')).toBe(false);
    expect(when('skipped', 'skipped')).toBe(false);
    expect(when('success', 'failure', { 'dry-run': true })).toBe(false);
    // A cancelled run does not leave a half-imported cluster behind either.
    expect(when('cancelled', 'skipped', {}, true)).toBe(true);
  });

  test('a dry run checks the health once: there is no new rollout to observe', () => {
    const observe = (dryRun: boolean) =>
      stepInputs(graph, 'verify', 'stage', { results: allGreen(), inputs: { ...inputs, 'dry-run': dryRun } }).observe;
    expect(observe(false)).toBe('10m');
    expect(observe(true)).toBe('');
  });

  test('rollback gets what this run imported, and the digests for an import that left no result', () => {
    const step = deploy.jobs.rollback!.steps!.find((s) => s.uses?.includes('/actions/rollback@'))!;
    expect(step.with).toMatchObject({
      imported: '${{ needs.import.outputs.result }}',
      digests: '${{ needs.images.outputs.digests }}',
    });
  });

  test('revert says success only when the deployment succeeded; a chat room does not decide it', () => {
    const step = deploy.jobs.revert!.steps!.find((s) => s.uses?.includes('/actions/topic-revert@'))!;
    const status = (needs: Context['needs'], extra: Record<string, unknown> = {}) =>
      stepInputs(graph, 'revert', step.id!, { results: needs, inputs: { ...inputs, ...extra } }).status;
    expect(status(allGreen())).toBe('success');
    expect(status({ ...allGreen(), notify: { result: 'failure' } })).toBe('success');
    for (const job of ['move', 'images', 'import', 'verify']) {
      for (const result of ['failure', 'cancelled', 'skipped'] as const)
        expect({ job, result, status: status({ ...allGreen(), [job]: { result } }) }).toEqual({ job, result, status: 'failed' });
    }
    expect(status({ ...allGreen(), rollback: success() })).toBe('failed');
    expect(status({ ...allGreen(), infra: { result: 'skipped' } }, { infra: true })).toBe('failed');
    expect(status({ ...allGreen(), infra: success() }, { infra: true })).toBe('success');
    expect(runs('revert', { needs: allGreen(), inputs, cancelled: true })).toBe(true);
  });

  test('cluster tokens reach the stage steps as the masked cluster-token input, never through $GITHUB_ENV', () => {
    const text = readFileSync('.github/workflows/deploy.yml', 'utf8');
    expect(text).not.toContain('GITHUB_ENV');
    const tokens = Object.entries(deploy.jobs).flatMap(([name, job]) =>
      (job.steps ?? []).filter((s) => s.with?.['cluster-token']).map((s) => [name, s.with!['cluster-token']]),
    );
    expect(tokens).toEqual([
      ['preflight', '${{ secrets.openshift-staging-token }}'],
      ['infra', '${{ secrets.openshift-token }}'],
      ['import', '${{ secrets.openshift-token }}'],
      ['verify', '${{ secrets.openshift-token }}'],
      ['rollback', '${{ secrets.openshift-token }}'],
    ]);
  });

  test("revert finds notify's notices through notify's rooms output (a busy Slack channel cannot hide them)", () => {
    const step = deploy.jobs.revert!.steps!.find((s) => s.uses?.includes('/actions/topic-revert@'))!;
    expect(step.with!.notified).toBe('${{ needs.notify.outputs.rooms }}');
    expect(deploy.jobs.notify!.outputs!.rooms).toMatch(/steps\.\w+\.outputs\.rooms/);
  });

  test("the reviewer approves what they read: move promotes exactly the plan's component=sha pairs", () => {
    const plan = deploy.jobs.plan!.steps!.find((s) => s.uses?.includes('/actions/deploy@'))!;
    expect(plan.with).toMatchObject({ plan: true });
    expect(deploy.jobs.plan!.outputs).toMatchObject({ to: '${{ steps.plan.outputs.to }}', only: '${{ steps.plan.outputs.only }}' });
    const move = deploy.jobs.move!.steps!.find((s) => s.uses?.includes('/actions/move-stable@'))!;
    expect(move.with).toMatchObject({ to: '${{ needs.plan.outputs.to }}', only: '${{ needs.plan.outputs.only }}' });
    // Nothing to move: stable is not touched, but what it holds is still rolled out (a re-run converges).
    const nothing = { ...allGreen(), plan: success({ to: '' }) };
    const moveStep = deploy.jobs.move!.steps!.find((s) => s.uses?.includes('/actions/move-stable@'))!;
    expect(runs('move', { needs: nothing, inputs })).toBe(true);
    expect(stepCondition(graph, 'move', moveStep.id!, { results: nothing, inputs })).toBe(false);
    expect(stepCondition(graph, 'move', moveStep.id!, { results: allGreen(), inputs })).toBe(true);
    expect(stepCondition(graph, 'move', moveStep.id!, { results: allGreen(), inputs: { ...inputs, 'skip-move': true } })).toBe(false);
    expect(runs('images', { needs: nothing, inputs: { ...inputs, 'skip-move': true } })).toBe(true);
  });

  test('sign-off proves an approval and records no deployment of its own; the real one is recorded', () => {
    const signOff = deploy.jobs['sign-off']!;
    expect(signOff.environment).toEqual({ name: '${{ inputs.environment }}', deployment: false });
    const proof = signOff.steps!.find((s) => s.uses?.includes('/actions/sign-off@'))!;
    // The freeze windows hold at the time of the approval too, not only at the plan's.
    expect(proof.with).toMatchObject({ 'ignore-freeze': '${{ inputs.ignore-freeze }}', environment: '${{ inputs.environment }}' });
    expect(signOff.permissions).toMatchObject({ actions: 'read' });
    const records = Object.entries(deploy.jobs).flatMap(([name, job]) =>
      (job.steps ?? []).filter((s) => s.uses?.includes('/actions/deployment-status@')).map((s) => ({ name, state: s.with!.state })),
    );
    expect(records).toEqual([
      { name: 'move', state: 'in_progress' },
      { name: 'record', state: expect.stringMatching(/needs\.verify\.result == 'success'.*needs\.rollback\.result == 'skipped'/) },
    ]);
    for (const { name } of records) expect(deploy.jobs[name]!.permissions).toMatchObject({ deployments: 'write' });
  });

  test('the deploy token and the App token reach only the job that writes to the component repositories', () => {
    const withToken = Object.entries(deploy.jobs)
      .filter(([, job]) => /secrets\.(deploy-token|app-private-key)/.test(JSON.stringify(job)))
      .map(([name]) => name);
    expect(withToken).toEqual(['move']);
    const steps = deploy.jobs.move!.steps!;
    expect(steps.findIndex((s) => s.uses?.startsWith('actions/create-github-app-token'))).toBeLessThan(
      steps.findIndex((s) => s.uses?.includes('/actions/move-stable@')),
    );
  });

  test('no run-wide lock before sign-off; the jobs that change production queue in one named group (queue: max)', () => {
    expect(Object.keys(deploy.on)).toEqual(['workflow_call']);
    expect(deploy.concurrency).toBeUndefined();
    const locked = Object.entries(deploy.jobs)
      .filter(([, job]) => (job as { concurrency?: unknown }).concurrency)
      .map(([name, job]) => [name, (job as { concurrency?: unknown }).concurrency]);
    const lock = { group: 'service-guru-deploy-${{ github.repository }}', 'cancel-in-progress': false, queue: 'max' };
    expect(locked).toEqual([
      ['move', lock],
      ['infra', lock],
      ['import', lock],
      ['rollback', lock],
    ]);
    for (const name of ['preflight', 'plan', 'sign-off']) expect(locked.map(([n]) => n)).not.toContain(name);
  });

  test('the Monday runs infra-sync with its tokens, and infra-sync by hand queues with the pipeline', () => {
    const monday = load('workflows/monday.yml').jobs.deploy!;
    expect(monday.with).toMatchObject({ infra: true });
    expect(Object.keys(monday.secrets!)).toEqual(expect.arrayContaining(['vault-token', 'deployment-repo-token']));
    const byHand = load('workflows/infra-sync.yml');
    const lock = (deploy.jobs.import as { concurrency?: unknown }).concurrency;
    expect(byHand.concurrency).toEqual(lock);
    const step = byHand.jobs.sync!.steps!.find((s) => s.uses?.includes('/actions/infra-sync@'))!;
    expect(step.with).toHaveProperty('cluster-token');
    expect(step.env).toBeUndefined();
  });

  test('templates: Monday at 13:00 Prague time, run names that tell weekly, hotfix and rehearsal apart', async () => {
    const monday = load('workflows/monday.yml');
    const hotfix = load('workflows/hotfix.yml');
    expect(monday.on.schedule).toEqual([{ cron: '0 13 * * 1', timezone: 'Europe/Prague' }]);
    expect(monday.jobs.deploy!.uses).toMatch(/\.github\/workflows\/deploy\.yml@/);
    const [mondayGraph, hotfixGraph] = await Promise.all([loadWorkflow('workflows/monday.yml'), loadWorkflow('workflows/hotfix.yml')]);
    const name = (w: typeof graph, event: string, values: Record<string, unknown>) =>
      evaluateTemplate(w.runName!, { github: { event_name: event }, inputs: values });
    const names = [
      name(mondayGraph, 'schedule', {}),
      name(mondayGraph, 'workflow_dispatch', { 'dry-run': true }),
      name(hotfixGraph, 'workflow_dispatch', { only: 'packit-service' }),
    ];
    expect(names).toEqual(['Weekly deployment', 'Rehearsal (dry run)', 'Hotfix: packit-service']);
    // Either a personal token or the App, without editing the template.
    for (const template of [monday, hotfix]) {
      expect(template.jobs.deploy!.with).toMatchObject({ 'app-id': '${{ vars.SERVICE_GURU_APP_ID }}' });
      expect(template.jobs.deploy!.secrets).toMatchObject({
        'deploy-token': '${{ secrets.DEPLOY_TOKEN }}',
        'app-private-key': '${{ secrets.SERVICE_GURU_APP_PRIVATE_KEY }}',
      });
    }
    expect(Object.keys((hotfix.on.workflow_dispatch as { inputs: object }).inputs)).toEqual(
      expect.arrayContaining(['dry-run', 'allow-unverified', 'no-force', 'skip-move']),
    );
  });

  test('the templates pass only inputs and secrets the reusable workflow declares', () => {
    const call = deploy.on.workflow_call as { inputs: Record<string, unknown>; secrets: Record<string, unknown> };
    for (const file of ['workflows/monday.yml', 'workflows/hotfix.yml']) {
      const job = load(file).jobs.deploy!;
      for (const input of Object.keys(job.with ?? {}))
        expect({ file, input, declared: input in call.inputs }).toEqual({ file, input, declared: true });
      for (const secret of Object.keys(job.secrets ?? {}))
        expect({ file, secret, declared: secret in call.secrets }).toEqual({ file, secret, declared: true });
    }
  });

  test('every step that runs a stage passes only inputs the stage takes', async () => {
    const planned = ['import-images', 'health-gate', 'rollback', 'infra-sync'];
    for (const file of files) {
      for (const job of Object.values(load(file).jobs)) {
        for (const step of job.steps ?? []) {
          const stage = /^service-guru\/service-guru\/actions\/([a-z-]+)@/.exec(step.uses ?? '')?.[1];
          if (!stage) continue;
          const entry = await loadStage(stage);
          if (!entry) {
            // A stage another issue is building: its place is ready; a typo is not.
            expect(planned).toContain(stage);
            continue;
          }
          const accepted = [
            'config',
            'dry-run',
            ...(entry.clusterToken ? ['cluster-token'] : []),
            ...entry.secrets.map(secretInputName),
            ...entry.options.map((o) => o.name),
          ];
          for (const input of Object.keys(step.with ?? {}))
            expect({ file, stage, input, ok: accepted.includes(input) }).toEqual({ file, stage, input, ok: true });
        }
      }
    }
  });

  test('committed action.yml files validate as actions', async () => {
    const { parseAction } = await import('@actions/workflow-parser/actions/action-parser');
    const manifests = [
      'action.yml',
      ...(existsSync('actions') ? readdirSync('actions').map((a) => path.join('actions', a, 'action.yml')) : []),
    ].filter((f) => existsSync(f));
    for (const file of manifests) {
      const result = parseAction({ name: file, content: readFileSync(file, 'utf8') }, new NoOperationTraceWriter());
      expect({ file, errors: result.context.errors.getErrors().map((e: { message: string }) => e.message) }).toEqual({ file, errors: [] });
    }
  });
});
