/**
 * A GitHub Actions job-graph simulator for tests: it runs a workflow file's jobs the way GitHub
 * schedules them, with GitHub's own parser (`@actions/workflow-parser`, which also puts
 * `success() && (…)` in front of an `if:` without a status function) and GitHub's own expression
 * evaluator (`@actions/expressions`). Steps are not executed: callbacks stand for them.
 *
 * ## API
 *
 *   const graph = await loadWorkflow('.github/workflows/deploy.yml');   // or { name, content }
 *   const trace = await simulate(graph, {
 *     inputs: { 'dry-run': false },          // over the defaults of on.workflow_call/workflow_dispatch inputs
 *     vars: { SERVICE_GURU_APP_ID: '' },     // the vars context
 *     secrets: { 'openshift-token': 't' },   // present secrets; any other is absent ('')
 *     github: { event_name: 'schedule' },    // over a default github context (run_attempt '1', token …)
 *     stage: async ({ job, step, stage, inputs }) => ({ outcome: 'success', outputs: { result: '{}' } }),
 *     run: ({ job, step, run, env }) => ({}),              // optional; default: success, no outputs
 *     action: ({ job, step, uses, inputs }) => ({}),       // optional, other actions (checkout …); default: success
 *     cancel: { job: 'images', step: 'wait' },             // optional: the run is cancelled there
 *     rerunFailedOf: previousTrace,                         // optional: "Re-run failed jobs" of that attempt
 *   });
 *   trace.jobs.rollback.result   // 'success' | 'failure' | 'cancelled' | 'skipped'
 *   trace.order                  // the jobs that started, in the order they started
 *   trace.stages                 // every stage step that ran: { job, step, stage, inputs, outcome }
 *
 * Without running anything: `jobCondition(graph, job, state)` / `stepCondition(graph, job, step, state)`
 * (would GitHub run it, given `state.results` of the jobs that ended, `inputs`, `cancelled` …),
 * `stepInputs(graph, job, step, state)` (its evaluated `with:`), `evaluateTemplate(token, contexts)`
 * (e.g. `graph.runName`), `topologicalOrder(graph)`, `criticalPath(graph, 'sign-off')` (the longest
 * chain of jobs after one). Load it under jest: the parser imports JSON without import attributes.
 *
 * Stage steps are `uses: ./actions/<stage>` or `service-guru/service-guru/actions/<stage>@<ref>`,
 * or the root action (`./`, `service-guru/service-guru@<ref>`) whose stage is its `stage` input.
 * A step callback returns `{ outcome?, outputs?, minutes? }`:
 * - `outcome`: 'success' (default) or 'failure'; or 'cancelled' when the run was cancelled while the
 *   step ran (its outputs are dropped, the job ends `cancelled`, later jobs see `cancelled()`; only
 *   for a job whose `if:` would not hold under cancellation, else GitHub would not interrupt it).
 * - `minutes`: how long the step ran. When a job's steps together run past its `timeout-minutes`
 *   (default 360) the runner cancels it: that step's outputs are dropped and the job ends
 *   `cancelled` (not `failure`), while the run as a whole is not cancelled. A step that runs past
 *   its own `timeout-minutes` is killed at that limit and fails.
 * - `env`: what the step appended to `$GITHUB_ENV`: the job's later steps see it (over the
 *   workflow's and job's `env:`, under the step's own).
 *
 * ## GitHub's rules, as simulated
 * - Jobs start in a topological order over `needs` (file order among ready jobs); GitHub runs
 *   independent jobs in parallel, which this sequential order stands for.
 * - Job-level status functions: `success()` is true when the run is not cancelled and every job
 *   in the transitive `needs` chain succeeded (a skipped, failed or cancelled one makes it false);
 *   `failure()` when any of them failed; `cancelled()` when the run was cancelled; `always()`.
 *   A job whose `if:` is false ends `skipped` with no outputs.
 * - `needs.<id>.result/outputs` for direct needs; `inputs`, `vars`, `github`, `secrets` (steps
 *   only), `steps.<id>.outputs/outcome/conclusion`, `env`, `job`, `runner`.
 * - Step-level status functions follow the job's status (a failed step makes `failure()` true and
 *   `success()` false); a cancelled job runs only the steps whose `if:` holds with `cancelled()`.
 *   `continue-on-error` turns a failed step's conclusion into success.
 * - `cancel: { job, step? }`: the run is cancelled while `job` runs, before `step` (default: before
 *   its first step). GitHub re-evaluates that job's `if:` with `cancelled()` true: when it holds the
 *   job goes on; else it ends `cancelled`. Jobs that had not started are evaluated with
 *   `cancelled()` true (a plain `if:` then skips them).
 * - `rerunFailedOf`: "Re-run failed jobs": the failed and cancelled jobs of that trace and every job
 *   that (transitively) needs one of them run again; the others keep their result and outputs;
 *   `github.run_attempt` is one more.
 * - Job outputs are evaluated when the job ends (also after a failure), from `steps.<id>.outputs`.
 * - `inputs` of the scenario must be declared and of the declared type, as GitHub requires.
 * - A multi-line value (`>-`, `|`, a wrapped string) is evaluated from its YAML value, as GitHub
 *   does; the parser itself keeps the raw source for editor positions (expressions.ts).
 * - A job that calls a reusable workflow runs it (give it in `scenario.workflows`, keyed by `uses:`
 *   without `@ref`) with the `with:` and `secrets:` it passes (an empty one is absent), the same
 *   callbacks, and no cancel; it fails when a called job failed; its outputs are the called
 *   workflow's `on.workflow_call.outputs`; its stages appear in `trace.stages` as `<job>/<called job>`.
 * Not simulated (an error says so): matrices, job-level `continue-on-error`.
 * Known gap of @actions/expressions 0.3.61: in a string literal only the first `''` is unescaped
 * (`'a ''b'' c'` gives `a 'b'' c`); GitHub unescapes all.
 */
import { truthy } from '@actions/expressions/result';
import { evaluateExpression, evaluatePairs, evaluateTemplate, evaluateToken, statusFunctions, toJs } from './expressions.ts';
import type { Contexts, Outputs } from './expressions.ts';
import { ancestors, job, step, topologicalOrder } from './workflow-graph.ts';
import type { JobNode, StepNode, WorkflowGraph } from './workflow-graph.ts';

export { evaluateTemplate } from './expressions.ts';
export type { Contexts, Outputs } from './expressions.ts';
export { criticalPath, loadWorkflow, topologicalOrder } from './workflow-graph.ts';
export type { InputDefinition, JobNode, StepNode, WorkflowGraph } from './workflow-graph.ts';

export type JobResult = 'success' | 'failure' | 'cancelled' | 'skipped';
export type StepOutcome = 'success' | 'failure' | 'cancelled' | 'skipped';
type Status = 'success' | 'failure' | 'cancelled';

export interface StepCall {
  job: string;
  step: string;
  name?: string;
  /** `with:`, evaluated; every value a string, as the runner passes action inputs. */
  inputs: Outputs;
  /** `env:` of the workflow, job and step, evaluated. */
  env: Outputs;
  attempt: number;
}
export interface StageCall extends StepCall {
  stage: string;
  uses: string;
}
export interface ActionCall extends StepCall {
  uses: string;
}
export interface RunCall extends StepCall {
  run: string;
}
export interface StepReturn {
  outcome?: 'success' | 'failure' | 'cancelled';
  outputs?: Outputs;
  minutes?: number;
  /** Lines the step appended to $GITHUB_ENV. */
  env?: Outputs;
}
type Callback<C> = (call: C) => StepReturn | Promise<StepReturn>;

export interface Scenario {
  inputs?: Record<string, string | number | boolean>;
  vars?: Record<string, string>;
  secrets?: Record<string, string>;
  github?: Record<string, unknown>;
  stage: Callback<StageCall>;
  run?: Callback<RunCall>;
  action?: Callback<ActionCall>;
  cancel?: { job: string; step?: string };
  rerunFailedOf?: Trace;
  /** Reusable workflows a job may call, by its `uses:` without `@ref`. */
  workflows?: Record<string, WorkflowGraph>;
}

export interface StepTrace {
  id: string;
  kind: 'stage' | 'action' | 'run';
  stage?: string;
  uses?: string;
  inputs: Outputs;
  outcome: StepOutcome;
  conclusion: StepOutcome;
  outputs: Outputs;
}
export interface JobTrace {
  id: string;
  result: JobResult;
  outputs: Outputs;
  steps: StepTrace[];
  /** Minutes the job's steps ran. */
  minutes: number;
  /** Kept from the earlier attempt by a re-run of failed jobs. */
  carried?: boolean;
  /** The run of the reusable workflow this job called. */
  called?: Trace;
}
export interface StageTrace {
  job: string;
  step: string;
  stage: string;
  inputs: Outputs;
  outcome: StepOutcome;
}
export interface Trace {
  jobs: Record<string, JobTrace>;
  order: string[];
  stages: StageTrace[];
  cancelled: boolean;
  attempt: number;
}

// ————— the state a job is evaluated in —————

export interface RunState {
  /** Results (and outputs) of the jobs that have ended. */
  results: Record<string, { result: JobResult; outputs?: Outputs }>;
  inputs?: Record<string, unknown>;
  vars?: Record<string, string>;
  secrets?: Record<string, string>;
  github?: Record<string, unknown>;
  /** The run was cancelled. */
  cancelled?: boolean;
}

function githubContext(state: RunState): Record<string, unknown> {
  return {
    event_name: 'workflow_dispatch',
    repository: 'service-owner/service',
    repository_owner: 'service-owner',
    run_id: '1',
    run_attempt: '1',
    token: 'ghs_simulated',
    server_url: 'https://github.com',
    workflow: 'simulated',
    ...state.github,
  };
}

function inputsContext(graph: WorkflowGraph, state: RunState): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const [name, def] of graph.inputs) {
    if (def.default) values[name] = evaluateTemplate(def.default, { github: githubContext(state), inputs: {}, vars: state.vars ?? {} });
    else values[name] = def.type === 'boolean' ? false : def.type === 'number' ? 0 : '';
  }
  for (const [name, value] of Object.entries(state.inputs ?? {})) {
    const def = graph.inputs.get(name);
    if (!def) throw new Error(`${graph.file} declares no input ${name}`);
    // GitHub refuses a caller's value of the wrong type; a scenario should not get away with one.
    const expected = def.type === 'boolean' || def.type === 'number' ? def.type : 'string';
    if (typeof value !== expected) throw new Error(`input ${name} is a ${def.type}: ${JSON.stringify(value)}`);
    values[name] = value;
  }
  return values;
}

/** The contexts of an expression in a job's `if:`. */
function jobContexts(graph: WorkflowGraph, id: string, state: RunState): Contexts {
  const needs: Record<string, unknown> = {};
  for (const need of job(graph, id).needs) {
    const ended = state.results[need];
    if (!ended) throw new Error(`${id} is evaluated before ${need} ended`);
    needs[need] = { result: ended.result, outputs: ended.result === 'skipped' ? {} : (ended.outputs ?? {}) };
  }
  return { github: githubContext(state), inputs: inputsContext(graph, state), vars: state.vars ?? {}, needs };
}

function jobStatus(graph: WorkflowGraph, id: string, state: RunState) {
  const chain = ancestors(graph, id).map((a) => {
    const ended = state.results[a];
    if (!ended) throw new Error(`${id} is evaluated before ${a} ended`);
    return ended.result;
  });
  const cancelled = state.cancelled === true;
  return { success: !cancelled && chain.every((r) => r === 'success'), failure: chain.includes('failure'), cancelled };
}

/** Whether GitHub starts job `id` in this state (its `if:` with job-level status functions). */
export function jobCondition(graph: WorkflowGraph, id: string, state: RunState): boolean {
  const node = job(graph, id);
  return truthy(evaluateExpression(node.if, jobContexts(graph, id, state), statusFunctions(jobStatus(graph, id, state))));
}

export interface StepState extends RunState {
  /** Earlier steps of the job: outputs, outcome, conclusion. */
  steps?: Record<string, { outputs: Outputs; outcome: StepOutcome; conclusion: StepOutcome }>;
  /** The job's status so far (default success). */
  status?: Status;
  /** What earlier steps appended to $GITHUB_ENV. */
  githubEnv?: Outputs;
}

function stepContexts(graph: WorkflowGraph, jobId: string, state: StepState, env: Outputs): Contexts {
  return {
    ...jobContexts(graph, jobId, state),
    secrets: { GITHUB_TOKEN: githubContext(state).token, ...state.secrets },
    steps: state.steps ?? {},
    env,
    job: { status: state.status ?? 'success' },
    runner: { os: 'Linux', arch: 'X64', name: 'simulated', temp: '/tmp' },
    matrix: {},
    strategy: {},
  };
}

function stepEnv(graph: WorkflowGraph, jobId: string, node: StepNode, state: StepState): Outputs {
  const env: Outputs = {};
  evaluatePairs(graph.env, stepContexts(graph, jobId, state, { ...env }), env);
  evaluatePairs(job(graph, jobId).env, stepContexts(graph, jobId, state, { ...env }), env);
  Object.assign(env, state.githubEnv);
  return evaluatePairs(node.env, stepContexts(graph, jobId, state, { ...env }), env);
}

/** Whether a step runs (its `if:` with step-level status functions over `state.status`). */
export function stepCondition(graph: WorkflowGraph, jobId: string, stepId: string, state: StepState): boolean {
  const node = step(graph, jobId, stepId);
  const status = state.status ?? 'success';
  const contexts = stepContexts(graph, jobId, state, stepEnv(graph, jobId, node, state));
  const functions = statusFunctions({ success: status === 'success', failure: status === 'failure', cancelled: status === 'cancelled' });
  return truthy(evaluateExpression(node.if, contexts, functions));
}

/** A step's `with:`, evaluated as the runner passes it to the action (strings). */
export function stepInputs(graph: WorkflowGraph, jobId: string, stepId: string, state: StepState): Outputs {
  const node = step(graph, jobId, stepId);
  return evaluatePairs(node.with, stepContexts(graph, jobId, state, stepEnv(graph, jobId, node, state)));
}

// ————— the run —————

const STAGE_ACTION = /^(?:\.\/|service-guru\/service-guru\/)actions\/([a-z0-9-]+)\/?(?:@.+)?$/;
const ROOT_ACTION = /^(?:\.\/?|service-guru\/service-guru@.+)$/;

function dependents(graph: WorkflowGraph, roots: Set<string>): Set<string> {
  const found = new Set(roots);
  for (const id of topologicalOrder(graph)) if (job(graph, id).needs.some((n) => found.has(n))) found.add(id);
  return found;
}

export async function simulate(graph: WorkflowGraph, scenario: Scenario): Promise<Trace> {
  const previous = scenario.rerunFailedOf;
  const attempt = previous ? previous.attempt + 1 : Number(scenario.github?.run_attempt ?? 1);
  const state: RunState = {
    results: {},
    inputs: scenario.inputs,
    vars: scenario.vars,
    secrets: scenario.secrets,
    github: { run_attempt: String(attempt), ...scenario.github },
    cancelled: false,
  };
  if (scenario.cancel) job(graph, scenario.cancel.job);
  const rerun = previous
    ? dependents(
        graph,
        new Set(
          Object.values(previous.jobs)
            .filter((j) => ['failure', 'cancelled'].includes(j.result))
            .map((j) => j.id),
        ),
      )
    : undefined;
  const trace: Trace = { jobs: {}, order: [], stages: [], cancelled: false, attempt };
  for (const id of topologicalOrder(graph)) {
    const kept = rerun && !rerun.has(id) ? previous!.jobs[id] : undefined;
    const ended: JobTrace = kept
      ? { ...kept, carried: true }
      : jobCondition(graph, id, state)
        ? await runJob(graph, id, scenario, state, trace)
        : { id, result: 'skipped', outputs: {}, steps: [], minutes: 0 };
    trace.jobs[id] = ended;
    state.results[id] = { result: ended.result, outputs: ended.outputs };
  }
  // A cancel aimed at a job that never started would let a scenario pass without testing anything.
  if (scenario.cancel && !trace.order.includes(scenario.cancel.job))
    throw new Error(`the cancel at ${scenario.cancel.job} never came: it did not run`);
  trace.cancelled = state.cancelled === true;
  return trace;
}

async function runJob(graph: WorkflowGraph, id: string, scenario: Scenario, state: RunState, trace: Trace): Promise<JobTrace> {
  const node = job(graph, id);
  if (node.unsupported) throw new Error(`${graph.file}: ${id} is ${node.unsupported}, which the simulator does not run`);
  trace.order.push(id);
  if (node.calls) return callWorkflow(graph, node, node.calls, scenario, state, trace);
  const limit = node.timeoutMinutes ? Number(evaluateToken(node.timeoutMinutes, jobContexts(graph, id, state)).coerceString()) : 360;
  const steps: NonNullable<StepState['steps']> = {};
  const stepTraces: StepTrace[] = [];
  let status: Status = 'success';
  let minutes = 0;
  const githubEnv: Outputs = {};
  const cancelHere = (): void => {
    state.cancelled = true;
    // GitHub re-evaluates a running job's if: under cancellation; when it holds the job goes on.
    if (!jobCondition(graph, id, state)) status = 'cancelled';
  };
  const cancelAt = scenario.cancel?.job === id ? (scenario.cancel.step ?? node.steps[0]?.id) : undefined;
  if (scenario.cancel?.step && cancelAt) step(graph, id, cancelAt);
  for (const stepNode of node.steps) {
    if (stepNode.id === cancelAt) cancelHere();
    const stepState: StepState = { ...state, steps, status, githubEnv: { ...githubEnv } };
    const record = (outcome: StepOutcome, conclusion: StepOutcome, outputs: Outputs, inputs: Outputs, extra: Partial<StepTrace>) => {
      steps[stepNode.id] = { outputs, outcome, conclusion };
      stepTraces.push({ id: stepNode.id, kind: 'run', inputs, outcome, conclusion, outputs, ...extra });
    };
    if (!stepCondition(graph, id, stepNode.id, stepState)) {
      record('skipped', 'skipped', {}, {}, kindOf(stepNode));
      continue;
    }
    const env = stepEnv(graph, id, stepNode, stepState);
    const inputs = stepInputs(graph, id, stepNode.id, stepState);
    const call: StepCall = { job: id, step: stepNode.id, name: stepNode.name, inputs, env, attempt: trace.attempt };
    const kind = kindOf(stepNode, inputs);
    const returned =
      kind.kind === 'stage'
        ? await scenario.stage({ ...call, stage: kind.stage!, uses: stepNode.uses! })
        : kind.kind === 'action'
          ? ((await scenario.action?.({ ...call, uses: stepNode.uses! })) ?? {})
          : ((await scenario.run?.({
              ...call,
              run: evaluateToken(stepNode.run!, stepContexts(graph, id, stepState, env)).coerceString(),
            })) ?? {});
    const jobWasCancelled = status === 'cancelled';
    const stepLimit = stepNode.timeoutMinutes
      ? Number(evaluateToken(stepNode.timeoutMinutes, stepContexts(graph, id, stepState, env)).coerceString())
      : Infinity;
    const stepTimedOut = (returned.minutes ?? 0) > stepLimit;
    minutes += jobWasCancelled ? 0 : Math.min(returned.minutes ?? 0, stepLimit);
    let outcome: StepOutcome = stepTimedOut ? 'failure' : (returned.outcome ?? 'success');
    if (outcome === 'cancelled') {
      if (jobWasCancelled) throw new Error(`${id}/${stepNode.id}: the run is already cancelled`);
      cancelHere();
      if (status !== 'cancelled') throw new Error(`${id}'s if: holds under cancellation: GitHub would not interrupt ${stepNode.id}`);
    } else if (!jobWasCancelled && minutes > limit) {
      // timeout-minutes: the runner cancels the job; the run itself goes on.
      outcome = 'cancelled';
      status = 'cancelled';
    }
    const outputs = outcome === 'cancelled' || stepTimedOut ? {} : (returned.outputs ?? {});
    if (outcome !== 'cancelled') Object.assign(githubEnv, returned.env);
    let conclusion = outcome;
    if (outcome === 'failure') {
      const tolerated =
        stepNode.continueOnError && truthy(evaluateToken(stepNode.continueOnError, stepContexts(graph, id, stepState, env)));
      if (tolerated) conclusion = 'success';
      else if (status === 'success') status = 'failure';
    }
    record(outcome, conclusion, outputs, inputs, kind);
    if (kind.kind === 'stage') trace.stages.push({ job: id, step: stepNode.id, stage: kind.stage!, inputs, outcome });
  }
  const result: JobResult = status;
  const outputs = evaluatePairs(node.outputs, stepContexts(graph, id, { ...state, steps, status }, {}));
  return { id, result, outputs, steps: stepTraces, minutes };
}

/** A job that calls a reusable workflow: the called workflow's jobs run with the inputs and secrets the job passes. */
async function callWorkflow(
  graph: WorkflowGraph,
  node: JobNode,
  calls: NonNullable<JobNode['calls']>,
  scenario: Scenario,
  state: RunState,
  trace: Trace,
): Promise<JobTrace> {
  const called = scenario.workflows?.[calls.uses.replace(/@.*$/, '')];
  if (!called) throw new Error(`${graph.file}: ${node.id} calls ${calls.uses}; give it in scenario.workflows`);
  const contexts = jobContexts(graph, node.id, state);
  // A string input takes any value as its string (null as ''); a boolean or number must be one.
  const inputs = Object.fromEntries(
    calls.with.map(([key, token]) => {
      const value = evaluateToken(token, contexts);
      return [key, (called.inputs.get(key)?.type ?? 'string') === 'string' ? value.coerceString() : toJs(value)];
    }),
  ) as Scenario['inputs'];
  const callerSecrets = { ...contexts, secrets: state.secrets ?? {} };
  const secrets =
    calls.secrets === 'inherit'
      ? state.secrets
      : // An absent secret passes an empty string: the called workflow sees it absent.
        Object.fromEntries(
          calls.secrets
            .map(([key, token]) => [key, evaluateToken(token, callerSecrets).coerceString()])
            .filter(([, value]) => value !== ''),
        );
  const inner = await simulate(called, { ...scenario, inputs, secrets, cancel: undefined, rerunFailedOf: undefined, github: state.github });
  for (const stage of inner.stages) trace.stages.push({ ...stage, job: `${node.id}/${stage.job}` });
  const results = Object.values(inner.jobs).map((j) => j.result);
  const result: JobResult = results.includes('failure') ? 'failure' : results.includes('cancelled') ? 'cancelled' : 'success';
  const jobs = Object.fromEntries(Object.values(inner.jobs).map((j) => [j.id, { result: j.result, outputs: j.outputs }]));
  const outputs = evaluatePairs(called.outputs, { ...contexts, jobs });
  return { id: node.id, result, outputs, steps: [], minutes: 0, called: inner };
}

function kindOf(node: StepNode, inputs: Outputs = {}): Pick<StepTrace, 'kind' | 'stage' | 'uses'> {
  if (node.uses === undefined) return { kind: 'run' };
  const stage = STAGE_ACTION.exec(node.uses)?.[1] ?? (ROOT_ACTION.test(node.uses) ? (inputs.stage ?? '') : undefined);
  return stage === undefined ? { kind: 'action', uses: node.uses } : { kind: 'stage', stage, uses: node.uses };
}
