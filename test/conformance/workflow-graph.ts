/**
 * A workflow file as GitHub's own parser (`@actions/workflow-parser`) reads it, as the job graph
 * the simulator (job-graph.ts) runs.
 */
import { NoOperationTraceWriter, convertWorkflowTemplate, isMapping, isSequence, isString, parseWorkflow } from '@actions/workflow-parser';
import type { MappingToken } from '@actions/workflow-parser/templates/tokens/mapping-token';
import type { TemplateToken } from '@actions/workflow-parser/templates/tokens/template-token';
import { readFile } from 'node:fs/promises';
import { condition, pairs } from './expressions.ts';

export interface StepNode {
  /** The step's `id:`, or the id GitHub generates (`__run`, `__actions_checkout` …). */
  id: string;
  name?: string;
  uses?: string;
  run?: TemplateToken;
  /** The condition as GitHub evaluates it (`success() && (…)` when the file names no status function). */
  if: string;
  with: [string, TemplateToken][];
  env: [string, TemplateToken][];
  continueOnError?: TemplateToken;
  timeoutMinutes?: TemplateToken;
}

export interface JobNode {
  id: string;
  needs: string[];
  if: string;
  timeoutMinutes?: TemplateToken;
  outputs: [string, TemplateToken][];
  env: [string, TemplateToken][];
  steps: StepNode[];
  /** Why the simulator cannot run this job (matrix …), if it cannot. */
  unsupported?: string;
  /** A job that calls a reusable workflow (`uses:`): its `with:` and `secrets:`. */
  calls?: { uses: string; with: [string, TemplateToken][]; secrets: 'inherit' | [string, TemplateToken][] };
}

export interface InputDefinition {
  type: string;
  default?: TemplateToken;
}

export interface WorkflowGraph {
  file: string;
  /** In file order. */
  jobs: Map<string, JobNode>;
  inputs: Map<string, InputDefinition>;
  runName?: TemplateToken;
  env: [string, TemplateToken][];
  /** `on.workflow_call.outputs.<name>.value`. */
  outputs: [string, TemplateToken][];
}

const field = (token: MappingToken, key: string): TemplateToken | undefined => pairs(token).find(([k]) => k === key)?.[1];

export async function loadWorkflow(source: string | { name: string; content: string }): Promise<WorkflowGraph> {
  const file = typeof source === 'string' ? { name: source, content: await readFile(source, 'utf8') } : source;
  const parsed = parseWorkflow(file, new NoOperationTraceWriter());
  const template = parsed.value ? await convertWorkflowTemplate(parsed.context, parsed.value) : undefined;
  const errors = parsed.context.errors.getErrors().map((e) => e.message);
  if (!template || !parsed.value || errors.length) throw new Error(`${file.name}: ${errors.join('; ') || 'not a workflow'}`);
  const root = parsed.value.assertMapping('workflow');
  const rawJobs = pairs(field(root, 'jobs'));
  const jobs = new Map<string, JobNode>();
  for (const converted of template.jobs) {
    const id = converted.id.value;
    const raw = rawJobs.find(([k]) => k === id)![1].assertMapping('job');
    const rawSteps = field(raw, 'steps');
    const steps = converted.type === 'job' ? converted.steps : [];
    const unsupported = field(raw, 'strategy')
      ? 'a matrix job'
      : field(raw, 'continue-on-error')
        ? 'job-level continue-on-error'
        : undefined;
    const secrets = field(raw, 'secrets');
    const calls =
      converted.type === 'reusableWorkflowJob'
        ? {
            uses: converted.ref.value,
            with: pairs(field(raw, 'with')),
            secrets: secrets && isString(secrets) && secrets.value === 'inherit' ? ('inherit' as const) : pairs(secrets),
          }
        : undefined;
    jobs.set(id, {
      id,
      needs: (converted.needs ?? []).map((n) => n.value),
      if: condition(field(raw, 'if')) ?? converted.if.expression,
      timeoutMinutes: field(raw, 'timeout-minutes'),
      outputs: pairs(field(raw, 'outputs')),
      env: pairs(field(raw, 'env')),
      unsupported,
      calls,
      steps: steps.map((step, i) => {
        const rawStep = rawSteps && isSequence(rawSteps) ? rawSteps.get(i).assertMapping('step') : undefined;
        if (!rawStep || !('if' in step) || !step.if) throw new Error(`${file.name}: ${id} step ${i + 1} is neither uses: nor run:`);
        const name = rawStep && field(rawStep, 'name');
        return {
          id: step.id,
          name: name && isString(name) ? name.value : undefined,
          uses: 'uses' in step ? step.uses.value : undefined,
          run: 'run' in step ? step.run : undefined,
          if: condition(field(rawStep, 'if')) ?? step.if.expression,
          with: pairs(field(rawStep, 'with')),
          env: pairs(field(rawStep, 'env')),
          continueOnError: field(rawStep, 'continue-on-error'),
          timeoutMinutes: field(rawStep, 'timeout-minutes'),
        };
      }),
    });
  }
  const inputs = new Map<string, InputDefinition>();
  const on = field(root, 'on');
  for (const event of ['workflow_call', 'workflow_dispatch']) {
    const config = on && isMapping(on) ? field(on, event) : undefined;
    const defs = config && isMapping(config) ? field(config, 'inputs') : undefined;
    for (const [name, def] of pairs(defs)) {
      if (inputs.has(name) || !isMapping(def)) continue;
      const type = field(def, 'type');
      inputs.set(name, { type: type && isString(type) ? type.value : 'string', default: field(def, 'default') });
    }
  }
  const call = on && isMapping(on) ? field(on, 'workflow_call') : undefined;
  const outputs = pairs(call && isMapping(call) ? field(call, 'outputs') : undefined).map(([name, def]): [string, TemplateToken] => [
    name,
    isMapping(def) ? (field(def, 'value') ?? def) : def,
  ]);
  return { file: file.name, jobs, inputs, runName: field(root, 'run-name'), env: pairs(field(root, 'env')), outputs };
}

export function job(graph: WorkflowGraph, id: string): JobNode {
  const node = graph.jobs.get(id);
  if (!node) throw new Error(`${graph.file} has no job ${id}`);
  return node;
}

export function step(graph: WorkflowGraph, jobId: string, stepId: string): StepNode {
  const found = job(graph, jobId).steps.find((s) => s.id === stepId);
  if (!found) throw new Error(`${graph.file}: job ${jobId} has no step ${stepId}`);
  return found;
}

export function ancestors(graph: WorkflowGraph, id: string): string[] {
  const found = new Set<string>();
  const stack = [...job(graph, id).needs];
  while (stack.length) {
    const next = stack.pop()!;
    if (found.has(next)) continue;
    found.add(next);
    stack.push(...job(graph, next).needs);
  }
  return [...found];
}

export function topologicalOrder(graph: WorkflowGraph): string[] {
  for (const node of graph.jobs.values()) for (const need of node.needs) job(graph, need);
  const order: string[] = [];
  const placed = new Set<string>();
  while (order.length < graph.jobs.size) {
    const ready = [...graph.jobs.values()].find((j) => !placed.has(j.id) && j.needs.every((n) => placed.has(n)));
    if (!ready)
      throw new Error(`${graph.file}: the needs of ${[...graph.jobs.keys()].filter((j) => !placed.has(j)).join(', ')} form a cycle`);
    order.push(ready.id);
    placed.add(ready.id);
  }
  return order;
}

/**
 * The longest chain of jobs that (transitively) need `from`: the jobs that start one after the
 * other after it, each a runner start of its own.
 */
export function criticalPath(graph: WorkflowGraph, from: string): string[] {
  const longest = new Map<string, string[]>();
  for (const id of topologicalOrder(graph)) {
    const before = job(graph, id)
      .needs.map((n) => (n === from ? [] : longest.get(n)))
      .filter((chain): chain is string[] => chain !== undefined)
      .sort((a, b) => b.length - a.length)[0];
    if (before) longest.set(id, [...before, id]);
  }
  return [...longest.values()].sort((a, b) => b.length - a.length)[0] ?? [];
}
