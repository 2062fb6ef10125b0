import { describe, expect, test } from '@jest/globals';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { STEPS, STEP_IDS, type StepId } from '../../src/stages/deploy/model.ts';
import { changedByThisRun, parseThisRun } from '../../src/stages/rollback/this-run.ts';
import { root } from '../../scripts/generate.ts';
import { WORKFLOW_FILE, renderWorkflow } from '../../scripts/workflow.ts';
import { criticalPath, loadWorkflow, simulate, type StageCall, type StepReturn, type Trace } from './job-graph.ts';
import { SCENARIOS, WORLD, type Attempt, type Component, type ConformanceRow, type Expected } from './scenarios.ts';

/**
 * The conformance table (scenarios.ts) through the generated workflow: GitHub's job graph
 * (needs, if:, status functions, outputs, timeout-minutes → cancelled) decides which jobs run and
 * with which inputs; the stand-ins below play the stages on a small world of commits, image
 * digests and image streams, and the rollback picks its streams with the stage's own scope code.
 */

const hash = (algo: string, text: string): string => createHash(algo).update(text).digest('hex');
const commit = (c: Component, label: string): string => hash('sha1', `${c}@${label}`);
const digest = (c: Component, sha: string): string => `sha256:${hash('sha256', `${c}@${sha}`)}`;
const image = (c: Component): string => `quay.io/example/${c}:prod`;
const isComponent = (name: string): name is Component => (WORLD.components as readonly string[]).includes(name);

class World {
  main = {} as Record<Component, string>;
  stable = {} as Record<Component, string>;
  /** Each stream's tag history, newest first. */
  cluster = {} as Record<Component, string[]>;
  before = {} as Record<Component, string>;
  rolledBack: Component[] | null = null;
  notice: string | null = null;
  deployment: string | null = null;

  constructor(row: ConformanceRow) {
    for (const c of WORLD.components) {
      const ahead = (WORLD.ahead as readonly string[]).includes(c);
      this.main[c] = commit(c, ahead ? 'v2' : 'v1');
      this.stable[c] = row.stableAhead ? this.main[c] : commit(c, 'v1');
      this.cluster[c] = [digest(c, commit(c, 'v1')), digest(c, commit(c, 'v0'))];
      this.before[c] = this.cluster[c][0]!;
    }
  }

  where(c: Component): 'new' | 'before' | 'other' {
    const now = this.cluster[c][0];
    return now === digest(c, this.main[c]) ? 'new' : now === this.before[c] ? 'before' : 'other';
  }
}

const scopeOf = (only: string | undefined): Component[] => {
  const names = (only ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  return names.length ? names.filter(isComponent) : [...WORLD.components];
};

const stepOfJob = (job: string): StepId | 'sign-off' | undefined =>
  job === 'sign-off' ? 'sign-off' : STEPS.find((s) => s.job === job)?.id;

/** What each stage does in the world, with the row's fault at its step. */
function stages(world: World, attempt: Attempt) {
  return ({ job: called, stage, inputs }: StageCall): StepReturn => {
    // A template's job that calls deploy.yml names the called job `<caller job>/<job>`.
    const job = called.split('/').pop()!;
    const at = stepOfJob(job);
    const fault = at ? attempt.faults[at] : undefined;
    const over = at && at !== 'sign-off' ? STEPS.find((s) => s.id === at)!.timeoutMinutes + 1 : 0;
    if (fault === 'cancel') return { outcome: 'cancelled' };
    if (fault === 'timeout' && stage !== 'import-images') return { minutes: over };
    const outcome = (ok: boolean, result: object): StepReturn => ({
      outcome: ok ? 'success' : 'failure',
      outputs: {
        result: JSON.stringify({ stage, ok, dryRun: false, changed: true, result }),
        ...Object.fromEntries(Object.entries(result).map(([k, v]) => [k, typeof v === 'string' ? v : JSON.stringify(v)])),
      },
    });
    switch (stage) {
      case 'deploy': {
        const ahead = scopeOf(inputs.only).filter((c) => world.main[c] !== world.stable[c]);
        return outcome(true, { to: ahead.map((c) => `${c}=${world.main[c]}`).join(','), only: ahead.join(',') });
      }
      case 'sign-off':
        return outcome(fault !== 'fail', { approvedBy: fault === 'fail' ? [] : ['reviewer'] });
      case 'topic-notify': {
        const rooms = [
          { platform: 'matrix', room: '#deploy', outcome: 'set' },
          { platform: 'slack', room: 'C-ops', outcome: fault === 'fail' ? 'failed' : 'set' },
        ];
        return outcome(fault !== 'fail', { rooms });
      }
      case 'deployment-status':
        if (inputs.state === 'in_progress') return outcome(true, { deploymentId: '42', state: 'in_progress' });
        world.deployment = inputs.state!;
        return outcome(true, { deploymentId: inputs['deployment-id'], state: inputs.state });
      case 'move-stable': {
        const pairs = (inputs.to ?? '').split(',').filter(Boolean);
        const components = [];
        let ok = true;
        for (const [i, pair] of pairs.entries()) {
          const [name, sha] = pair.split('=') as [Component, string];
          const previous = world.stable[name];
          if (fault === 'fail' && i === 1) {
            ok = false;
            components.push({ name, status: 'failed', previous, current: previous });
            break;
          }
          world.stable[name] = sha;
          components.push({ name, status: previous === sha ? 'unchanged' : 'moved', previous, current: sha });
        }
        return outcome(ok, { components, moved: components.filter((c) => c.status === 'moved').map((c) => c.name) });
      }
      case 'wait-images': {
        const moved = inputs.moved
          ? (JSON.parse(inputs.moved) as { result: { components: Array<{ name: Component; status: string }> } })
          : null;
        const scope = moved
          ? moved.result.components.filter((c) => c.status === 'moved' || c.status === 'unchanged').map((c) => c.name)
          : [...WORLD.components];
        return outcome(true, { digests: Object.fromEntries(scope.map((c) => [image(c), digest(c, world.stable[c])])) });
      }
      case 'import-images': {
        const streams = [];
        // As the stage reads its scope: --moved keeps only the components that moved (parseClusterScope).
        const moved = inputs.moved
          ? (JSON.parse(inputs.moved) as { result: { components: Array<{ name: Component; status: string }> } }).result.components
              .filter((c) => c.status === 'moved')
              .map((c) => c.name)
          : null;
        for (const [i, c] of (moved ?? scopeOf(inputs.only)).entries()) {
          if (i === 1 && fault === 'timeout') return { minutes: over };
          // The job is cancelled after the first import (the run was cancelled, or its runner lost).
          if (i === 1 && fault === 'kill') return { outcome: 'cancelled' };
          if (i === 1 && fault === 'fail') {
            streams.push({ component: c, stream: c, tag: 'prod', status: 'failed' });
            return outcome(false, { streams });
          }
          const target = digest(c, world.stable[c]);
          const changed = world.cluster[c][0] !== target;
          if (changed) world.cluster[c].unshift(target);
          streams.push({ component: c, stream: c, tag: 'prod', status: changed ? 'imported' : 'unchanged' });
        }
        return outcome(true, { streams });
      }
      case 'health-gate':
        return outcome(job === 'preflight' || fault !== 'fail', { failed: [] });
      case 'rollback': {
        // The rollback stage's own scope code, on the inputs this job passes.
        const thisRun = parseThisRun({ imported: inputs.imported, digests: inputs.digests });
        world.rolledBack = [];
        for (const c of scopeOf(inputs.only)) {
          const target = { component: c, image: image(c), stream: c, tag: 'prod' };
          if (!changedByThisRun(thisRun, target, world.cluster[c][0] ?? null)) continue;
          world.cluster[c].shift();
          world.rolledBack.push(c);
        }
        return outcome(true, { streams: world.rolledBack });
      }
      case 'infra-sync':
        return outcome(true, { status: 'applied' });
      case 'topic-revert':
        world.notice = inputs.status!;
        return outcome(true, { rooms: [] });
      case 'approval-request':
        return outcome(true, { rooms: [] });
      case 'run-timeline':
        return outcome(true, { jobs: [], totalMs: 0, approvalWaitMs: 0 });
      default:
        throw new Error(`no stand-in for ${stage}`);
    }
  };
}

async function run(row: ConformanceRow): Promise<{ world: World; trace: Trace }> {
  const graph = await loadWorkflow(path.join(root, WORKFLOW_FILE));
  const world = new World(row);
  const inputs = { 'staging-cluster': 'stg', only: (row.only ?? []).join(','), 'skip-move': row.skipMove ?? false };
  let trace = await simulate(graph, { inputs, stage: stages(world, row.first) });
  if (row.rerun) {
    // What the last attempt did, not the first.
    Object.assign(world, { rolledBack: null, notice: null, deployment: null });
    trace = await simulate(graph, { inputs, stage: stages(world, row.rerun), rerunFailedOf: trace });
  }
  return { world, trace };
}

function outcomeOf(world: World, trace: Trace): Expected {
  // The job's own stage; the move job's deployment record is not a step of the model.
  const ran = [
    ...new Set(trace.stages.filter((s) => STEPS.some((m) => m.job === s.job && m.stage.name === s.stage)).map((s) => stepOfJob(s.job))),
  ].filter((s): s is StepId => !!s && s !== 'sign-off');
  ran.sort((a, b) => STEP_IDS.indexOf(a) - STEP_IDS.indexOf(b));
  const cluster = Object.fromEntries(WORLD.components.map((c) => [c, world.where(c)])) as Expected['cluster'];
  return {
    ran,
    rolledBack: world.rolledBack,
    notice: (world.notice as Expected['notice']) ?? null,
    deployment: (world.deployment as Expected['deployment']) ?? null,
    cluster,
  };
}

describe('the generated deploy workflow, scenario by scenario', () => {
  test('the committed workflow is the one the model renders', async () => {
    const { readFile } = await import('node:fs/promises');
    expect(await readFile(path.join(root, WORKFLOW_FILE), 'utf8')).toBe(renderWorkflow());
  });

  test.each(SCENARIOS.map((row) => [row.name, row] as const))('%s', async (_name, row) => {
    const { world, trace } = await run(row);
    expect(outcomeOf(world, trace)).toEqual(row.expected);
  });

  test('the jobs after sign-off: 9 in the graph, 7 started one after another on a green run (docs/workflows.md)', async () => {
    const graph = await loadWorkflow(path.join(root, WORKFLOW_FILE));
    expect(criticalPath(graph, 'sign-off')).toEqual([
      'notify',
      'move',
      'images',
      'infra',
      'import',
      'verify',
      'rollback',
      'revert',
      'record',
    ]);
    const { trace } = await run(SCENARIOS[0]!);
    const afterSignOff = trace.order.slice(trace.order.indexOf('sign-off') + 1);
    // The approval request's update runs beside the chain, off its critical path.
    expect(afterSignOff).toContain('approval-update');
    expect(afterSignOff.filter((j) => j !== 'approval-update')).toEqual([
      'notify',
      'move',
      'images',
      'import',
      'verify',
      'revert',
      'record',
    ]);
  });

  test('the Monday template runs infra-sync with the Vault token, the deployment-repo token and the cluster token', async () => {
    const [monday, deploy] = await Promise.all([
      loadWorkflow(path.join(root, 'workflows/monday.yml')),
      loadWorkflow(path.join(root, WORKFLOW_FILE)),
    ]);
    const world = new World(SCENARIOS[0]!);
    const trace = await simulate(monday, {
      github: { event_name: 'schedule' },
      secrets: { VAULT_TOKEN: 'vault', DEPLOYMENT_REPO_TOKEN: 'repo', OPENSHIFT_TOKEN_PROD: 'prod', DEPLOY_TOKEN: 'deploy' },
      workflows: { 'service-guru/service-guru/.github/workflows/deploy.yml': deploy },
      stage: stages(world, { faults: {} }),
    });
    const infra = trace.stages.find((s) => s.stage === 'infra-sync');
    expect(infra).toMatchObject({
      job: 'deploy/infra',
      inputs: { 'vault-token': 'vault', 'github-token': 'repo', 'cluster-token': 'prod' },
    });
    expect(world.notice).toBe('success');
  });

  test('a run cancelled after the import started still rolls back what it imported', async () => {
    const row: ConformanceRow = {
      name: 'cancelled during the health gate',
      first: { faults: { 'health-gate': 'cancel' } },
      expected: SCENARIOS[0]!.expected,
    };
    const { world, trace } = await run(row);
    expect(trace.cancelled).toBe(true);
    expect(world.rolledBack).toEqual(['service', 'worker']);
    expect(world.notice).toBe('failed');
  });
});
