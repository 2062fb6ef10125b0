import { describe, expect, test } from '@jest/globals';
import { criticalPath, loadWorkflow, simulate, topologicalOrder } from './job-graph.ts';
import type { StageCall, StepReturn, Trace } from './job-graph.ts';

/** A workflow of the given jobs (YAML text under `jobs:`), with a boolean and a string input. */
const workflow = (jobs: string) =>
  loadWorkflow({
    name: 'test.yml',
    content: `on:
  workflow_dispatch:
    inputs:
      flag:
        type: boolean
        default: false
      word:
        type: string
        default: plain
permissions: {}
jobs:
${jobs}`,
  });

/** A job `id` that needs `needs`, runs one stage (named after the job) and exports its `out` output. */
const job = (id: string, extra = '', needs: string[] = []) => `  ${id}:
    runs-on: ubuntu-latest
${needs.length ? `    needs: [${needs.join(', ')}]\n` : ''}${extra}    outputs:
      out: \${{ steps.s.outputs.out }}
    steps:
      - id: s
        uses: ./actions/${id}
`;

const results = (trace: Trace) => Object.fromEntries(Object.entries(trace.jobs).map(([id, j]) => [id, j.result]));
/** Stage callback: each job's stage does what `plan` says (default: success, output out=<stage>). */
const stages =
  (plan: Record<string, StepReturn> = {}) =>
  ({ stage }: StageCall): StepReturn =>
    plan[stage] ?? { outputs: { out: stage } };

describe('job graph: order, needs, outputs', () => {
  test('jobs start in a topological order over needs, file order among ready jobs; outputs flow through needs', async () => {
    const graph = await workflow(
      job('c', '', ['b']) +
        job('a') +
        job('b', '', ['a']) +
        `  d:
    runs-on: ubuntu-latest
    needs: [a, c]
    steps:
      - uses: ./actions/d
        with:
          from-a: \${{ needs.a.outputs.out }}
          from-c: \${{ needs.c.outputs.out }}-\${{ needs.c.result }}
`,
    );
    expect(topologicalOrder(graph)).toEqual(['a', 'b', 'c', 'd']);
    const trace = await simulate(graph, { stage: stages() });
    expect(trace.order).toEqual(['a', 'b', 'c', 'd']);
    expect(trace.jobs.c!.outputs).toEqual({ out: 'c' });
    expect(trace.stages.at(-1)).toMatchObject({ job: 'd', stage: 'd', inputs: { 'from-a': 'a', 'from-c': 'c-success' } });
  });

  test('the critical path after a job: the longest chain of jobs that need it', async () => {
    const graph = await workflow(job('a') + job('b', '', ['a']) + job('c', '', ['b']) + job('d', '', ['a']) + job('e', '', ['c', 'd']));
    expect(criticalPath(graph, 'a')).toEqual(['b', 'c', 'e']);
    expect(criticalPath(graph, 'c')).toEqual(['e']);
    expect(criticalPath(graph, 'e')).toEqual([]);
  });

  test('a cycle in needs is refused', async () => {
    await expect(workflow(job('a') + job('b', '', ['a', 'c']) + job('c', '', ['b']))).rejects.toThrow(/cycle/i);
  });
});

describe('job graph: job-level status functions', () => {
  test('an if: without a status function gets success() in front: a failed need skips the job, its own condition aside', async () => {
    const graph = await workflow(job('a') + job('b', "    if: ${{ inputs.word == 'plain' }}\n", ['a']));
    expect(graph.jobs.get('b')!.if).toBe("success() && (inputs.word == 'plain')");
    expect(results(await simulate(graph, { stage: stages() }))).toEqual({ a: 'success', b: 'success' });
    expect(results(await simulate(graph, { stage: stages({ a: { outcome: 'failure' } }) }))).toEqual({ a: 'failure', b: 'skipped' });
  });

  test('a skipped job anywhere up the needs chain makes success() false, also behind an always() job', async () => {
    const graph = await workflow(job('a', '    if: ${{ inputs.flag }}\n') + job('b', '    if: always()\n', ['a']) + job('c', '', ['b']));
    expect(results(await simulate(graph, { stage: stages() }))).toEqual({ a: 'skipped', b: 'success', c: 'skipped' });
    expect(results(await simulate(graph, { stage: stages(), inputs: { flag: true } }))).toEqual({
      a: 'success',
      b: 'success',
      c: 'success',
    });
  });

  test('failure() is true when any job up the chain failed, not when one timed out (cancelled)', async () => {
    const graph = await workflow(
      job('a', '    timeout-minutes: 30\n') + job('b', '    if: always()\n', ['a']) + job('c', '    if: failure()\n', ['b']),
    );
    expect(results(await simulate(graph, { stage: stages({ a: { outcome: 'failure' } }) }))).toEqual({
      a: 'failure',
      b: 'success',
      c: 'success',
    });
    expect(results(await simulate(graph, { stage: stages({ a: { minutes: 31 } }) }))).toEqual({
      a: 'cancelled',
      b: 'success',
      c: 'skipped',
    });
  });

  test('timeout-minutes: a job that runs past it ends cancelled, its outputs dropped; the run is not cancelled', async () => {
    const graph = await workflow(
      job('a', '    timeout-minutes: 30\n') +
        job('failed', "    if: ${{ always() && needs.a.result == 'failure' }}\n", ['a']) +
        job('ended-badly', "    if: ${{ !cancelled() && needs.a.result != 'success' }}\n", ['a']) +
        job('on-cancel', '    if: cancelled()\n', ['a']),
    );
    const late = await simulate(graph, { stage: stages({ a: { minutes: 31, outputs: { out: 'late' } } }) });
    expect(results(late)).toEqual({ a: 'cancelled', failed: 'skipped', 'ended-badly': 'success', 'on-cancel': 'skipped' });
    expect(late.jobs.a).toMatchObject({ outputs: { out: '' }, minutes: 31 });
    expect(late.cancelled).toBe(false);
    // Exactly at the limit is in time; several steps add up.
    expect(results(await simulate(graph, { stage: stages({ a: { minutes: 30 } }) })).a).toBe('success');
  });

  test('the default timeout is 360 minutes; timeout-minutes may be an expression', async () => {
    const graph = await workflow(job('a') + job('b', '    timeout-minutes: ${{ inputs.flag && 5 || 10 }}\n'));
    expect(results(await simulate(graph, { stage: stages({ a: { minutes: 360 }, b: { minutes: 6 } }) }))).toEqual({
      a: 'success',
      b: 'success',
    });
    expect(results(await simulate(graph, { stage: stages({ a: { minutes: 361 }, b: { minutes: 6 } }), inputs: { flag: true } }))).toEqual({
      a: 'cancelled',
      b: 'cancelled',
    });
  });

  test("!cancelled() && needs.x.result == 'failure': runs after a failure, not after a timeout nor a cancelled run", async () => {
    const graph = await workflow(
      job('x', '    timeout-minutes: 10\n') +
        job('y', '', ['x']) +
        job('watch', '    if: always()\n', ['x']) +
        job('rollback', "    if: ${{ !cancelled() && needs.x.result == 'failure' }}\n", ['x', 'y', 'watch']),
    );
    expect(results(await simulate(graph, { stage: stages({ x: { outcome: 'failure' } }) }))).toEqual({
      x: 'failure',
      y: 'skipped',
      watch: 'success',
      rollback: 'success',
    });
    expect(results(await simulate(graph, { stage: stages({ x: { minutes: 11 } }) })).rollback).toBe('skipped');
    const cancelled = await simulate(graph, { stage: stages({ x: { outcome: 'failure' } }), cancel: { job: 'watch' } });
    expect(results(cancelled)).toEqual({ x: 'failure', y: 'skipped', watch: 'success', rollback: 'skipped' });
    expect(results(await simulate(graph, { stage: stages() })).rollback).toBe('skipped');
  });

  test('always() jobs run after a failure, a skip and a cancelled run alike', async () => {
    const graph = await workflow(job('a') + job('b', '', ['a']) + job('last', "    if: ${{ always() && inputs.word != 'x' }}\n", ['b']));
    const plans: Record<string, StepReturn>[] = [{}, { a: { outcome: 'failure' } }];
    for (const scenario of plans) expect(results(await simulate(graph, { stage: stages(scenario) })).last).toBe('success');
    const cancelled = await simulate(graph, { stage: stages(), cancel: { job: 'a' } });
    expect(results(cancelled)).toEqual({ a: 'cancelled', b: 'skipped', last: 'success' });
    expect(cancelled.cancelled).toBe(true);
  });
});

describe('job graph: a cancelled run', () => {
  const twoSteps = (id: string, condition = '') => `  ${id}:
    runs-on: ubuntu-latest
${condition}    outputs:
      first: \${{ steps.first.outputs.out }}
    steps:
      - id: first
        uses: ./actions/first
      - id: second
        uses: ./actions/second
      - id: cleanup
        if: always()
        uses: ./actions/cleanup
`;

  test('cancelled at a step: the steps before it ran, the rest only with always()/cancelled(); the job ends cancelled', async () => {
    const graph = await workflow(twoSteps('a') + job('b', '', ['a']) + job('c', '    if: ${{ !cancelled() }}\n', ['a']));
    const trace = await simulate(graph, { stage: stages(), cancel: { job: 'a', step: 'second' } });
    expect(trace.stages.map((s) => s.stage)).toEqual(['first', 'cleanup']);
    expect(trace.jobs.a!.steps.map((s) => [s.id, s.conclusion])).toEqual([
      ['first', 'success'],
      ['second', 'skipped'],
      ['cleanup', 'success'],
    ]);
    expect(results(trace)).toEqual({ a: 'cancelled', b: 'skipped', c: 'skipped' });
    expect(trace.jobs.a!.outputs).toEqual({ first: 'first' });
  });

  test('a job whose if: holds under cancellation (always()) is not interrupted', async () => {
    const graph = await workflow(twoSteps('a', '    if: always()\n'));
    const trace = await simulate(graph, { stage: stages(), cancel: { job: 'a', step: 'second' } });
    expect(trace.stages.map((s) => s.stage)).toEqual(['first', 'second', 'cleanup']);
    expect(results(trace)).toEqual({ a: 'success' });
    expect(trace.cancelled).toBe(true);
  });

  test('a stage that reports the run cancelled while it ran: its outputs are dropped, later jobs see cancelled()', async () => {
    const graph = await workflow(twoSteps('a') + job('b', '    if: cancelled()\n', ['a']));
    const trace = await simulate(graph, { stage: stages({ second: { outcome: 'cancelled', outputs: { out: 'half' } } }) });
    expect(results(trace)).toEqual({ a: 'cancelled', b: 'success' });
    expect(trace.jobs.a!.steps.find((s) => s.id === 'second')).toMatchObject({ outcome: 'cancelled', outputs: {} });
    const always = await workflow(twoSteps('a', '    if: always()\n'));
    await expect(simulate(always, { stage: stages({ second: { outcome: 'cancelled' } }) })).rejects.toThrow(/holds under cancellation/);
  });

  test('a cancel aimed at a job that never starts is an error, not a silent pass', async () => {
    const graph = await workflow(job('a', '    if: inputs.flag\n'));
    await expect(simulate(graph, { stage: stages(), cancel: { job: 'a' } })).rejects.toThrow(/never came/);
    await expect(simulate(graph, { stage: stages(), cancel: { job: 'nope' } })).rejects.toThrow(/no job nope/);
  });
});

describe('job graph: steps', () => {
  test('a failed step: later steps skipped unless failure()/always(); continue-on-error keeps the job green', async () => {
    const graph = await workflow(`  a:
    runs-on: ubuntu-latest
    steps:
      - id: tolerated
        continue-on-error: true
        uses: ./actions/tolerated
      - id: after-tolerated
        uses: ./actions/after-tolerated
      - id: breaks
        uses: ./actions/breaks
      - id: skipped
        uses: ./actions/skipped
      - id: on-failure
        if: failure()
        uses: ./actions/on-failure
        with:
          seen: \${{ steps.breaks.outcome }}/\${{ steps.tolerated.outcome }}/\${{ steps.tolerated.conclusion }}
`);
    const trace = await simulate(graph, { stage: stages({ tolerated: { outcome: 'failure' }, breaks: { outcome: 'failure' } }) });
    expect(trace.stages.map((s) => s.stage)).toEqual(['tolerated', 'after-tolerated', 'breaks', 'on-failure']);
    expect(trace.stages.at(-1)!.inputs).toEqual({ seen: 'failure/failure/success' });
    expect(results(trace)).toEqual({ a: 'failure' });
  });

  test('with: by GitHub’s evaluator: inputs, vars, secrets present and absent, github, formats, booleans as strings', async () => {
    const graph = await workflow(`  a:
    runs-on: ubuntu-latest
    env:
      AREA: job
    steps:
      - uses: ./
        with:
          stage: health-gate
          flag: \${{ inputs.flag }}
          word: word-\${{ inputs.word }}
          var: \${{ vars.NAME }}
          token: \${{ secrets.absent || github.token }}
          present: \${{ secrets.present }}
          attempt: \${{ github.run_attempt }}
          json: \${{ toJSON(fromJSON('{"a":[1,2]}').a) }}
          same: \${{ 'ABC' == 'abc' }}
          env: \${{ env.AREA }}
      - name: shell
        env:
          ANSWER: \${{ inputs.word }}
        run: echo "$ANSWER"
`);
    const runs: unknown[] = [];
    const trace = await simulate(graph, {
      inputs: { flag: true },
      vars: { NAME: 'v' },
      secrets: { present: 's3cret' },
      stage: stages(),
      run: (call) => {
        runs.push({ run: call.run, env: call.env });
        return {};
      },
    });
    expect(trace.stages).toEqual([
      {
        job: 'a',
        step: expect.any(String),
        stage: 'health-gate',
        outcome: 'success',
        inputs: {
          stage: 'health-gate',
          flag: 'true',
          word: 'word-plain',
          var: 'v',
          token: 'ghs_simulated',
          present: 's3cret',
          attempt: '1',
          json: '[\n  1,\n  2\n]',
          same: 'true',
          env: 'job',
        },
      },
    ]);
    expect(runs).toEqual([{ run: 'echo "$ANSWER"\n'.trimEnd(), env: { AREA: 'job', ANSWER: 'plain' } }]);
  });

  test('multi-line values are evaluated from their YAML value, as GitHub does, not from the raw source the parser keeps', async () => {
    const graph = await workflow(`  a:
    runs-on: ubuntu-latest
    if: >-
      \${{ inputs.word == 'plain'
      && !inputs.flag }}
    steps:
      - uses: ./actions/a
        with:
          folded: >-
            \${{ inputs.flag
            && 'yes' || 'no' }}
          literal: |
            word=\${{ inputs.word }}
            flag={\${{ inputs.flag }}} it's
          quoted: "\${{ inputs.word }}
            and more"
`);
    const trace = await simulate(graph, { stage: stages() });
    expect(trace.stages[0]!.inputs).toEqual({ folded: 'no', literal: "word=plain\nflag={false} it's\n", quoted: 'plain and more' });
    expect(results(await simulate(graph, { stage: stages(), inputs: { flag: true } }))).toEqual({ a: 'skipped' });
  });

  test('$GITHUB_ENV reaches the later steps of the same job only; a step timeout fails the step at its limit', async () => {
    const graph = await workflow(
      `  a:
    runs-on: ubuntu-latest
    env:
      LEVEL: job
    steps:
      - id: export
        run: echo "TOKEN=t" >> "$GITHUB_ENV"
      - id: slow
        timeout-minutes: 5
        uses: ./actions/slow
      - id: after
        if: failure()
        uses: ./actions/after
        env:
          LEVEL: step
        with:
          token: \${{ env.TOKEN }}
` + job('b', '    if: always()\n', ['a']),
    );
    const envs: Record<string, unknown> = {};
    const trace = await simulate(graph, {
      run: () => ({ env: { TOKEN: 't', LEVEL: 'exported' } }),
      stage: ({ stage, env }) => {
        envs[stage] = env;
        return stage === 'slow' ? { minutes: 6, outputs: { out: 'lost' } } : {};
      },
    });
    expect(envs).toEqual({ slow: { LEVEL: 'exported', TOKEN: 't' }, after: { LEVEL: 'step', TOKEN: 't' }, b: {} });
    expect(trace.stages.map((s) => [s.stage, s.outcome, s.inputs])).toEqual([
      ['slow', 'failure', {}],
      ['after', 'success', { token: 't' }],
      ['b', 'success', {}],
    ]);
    expect(trace.jobs.a).toMatchObject({ result: 'failure', minutes: 5 });
    expect(trace.jobs.a!.steps.find((s) => s.id === 'slow')!.outputs).toEqual({});
  });

  test('an undeclared input or a context GitHub does not allow there is refused', async () => {
    const graph = await workflow(job('a'));
    await expect(simulate(graph, { stage: stages(), inputs: { typo: true } })).rejects.toThrow(/declares no input typo/);
    await expect(simulate(graph, { stage: stages(), inputs: { flag: 'true' } })).rejects.toThrow(/input flag is a boolean/);
    // secrets in a job-level if: is not allowed by GitHub: the parser says so.
    await expect(workflow(job('a', '    if: ${{ secrets.x }}\n'))).rejects.toThrow(/secrets/);
  });
});

describe('job graph: re-run failed jobs', () => {
  test('the failed and cancelled jobs and their dependents run again with run_attempt 2; the rest keep their results', async () => {
    const graph = await workflow(
      job('a') + job('b', '', ['a']) + job('c', '', ['b']) + job('side', '    timeout-minutes: 5\n') + job('other', '', ['a']),
    );
    const first = await simulate(graph, { stage: stages({ b: { outcome: 'failure' }, side: { minutes: 6 } }) });
    expect(results(first)).toEqual({ a: 'success', b: 'failure', c: 'skipped', side: 'cancelled', other: 'success' });
    const calls: StageCall[] = [];
    const second = await simulate(graph, {
      rerunFailedOf: first,
      stage: (call) => {
        calls.push(call);
        return { outputs: { out: `${call.stage}@${call.attempt}` } };
      },
    });
    expect(calls.map((c) => c.stage)).toEqual(['b', 'c', 'side']);
    expect(second.attempt).toBe(2);
    expect(results(second)).toEqual({ a: 'success', b: 'success', c: 'success', side: 'success', other: 'success' });
    expect(second.jobs.a).toMatchObject({ carried: true, outputs: { out: 'a' } });
    expect(second.jobs.c!.outputs).toEqual({ out: 'c@2' });
  });
});

describe('job graph: reusable workflows', () => {
  const called = () =>
    loadWorkflow({
      name: 'called.yml',
      content: `on:
  workflow_call:
    inputs:
      flag:
        type: boolean
        default: false
      word:
        type: string
        default: called-default
    secrets:
      token:
        required: false
    outputs:
      said:
        value: \${{ jobs.inner.outputs.out }}-\${{ jobs.inner.result }}
permissions: {}
jobs:
  inner:
    runs-on: ubuntu-latest
    outputs:
      out: \${{ steps.s.outputs.out }}
    steps:
      - id: s
        uses: ./actions/inner
        with:
          flag: \${{ inputs.flag }}
          word: \${{ inputs.word }}
          token: \${{ secrets.token || 'none' }}
`,
    });
  const caller = (secrets: string) =>
    workflow(
      `  call:
    uses: org/repo/.github/workflows/called.yml@v1
    with:
      flag: \${{ inputs.word == 'plain' }}
    secrets:${secrets}
` + job('after', '', ['call']),
    );

  test('the called workflow runs with the inputs and secrets the job passes; its outputs reach the jobs after it', async () => {
    const workflows = { 'org/repo/.github/workflows/called.yml': await called() };
    const graph = await caller('\n      token: ${{ secrets.TOKEN }}');
    const trace = await simulate(graph, { workflows, secrets: { TOKEN: 't' }, stage: stages() });
    expect(trace.stages.map((s) => [s.job, s.inputs])).toEqual([
      ['call/inner', { flag: 'true', word: 'called-default', token: 't' }],
      ['after', {}],
    ]);
    expect(trace.jobs.call).toMatchObject({ result: 'success', outputs: { said: 'inner-success' } });
    expect(trace.jobs.call!.called!.jobs.inner!.result).toBe('success');
    // An absent secret passed on is absent in the called workflow.
    const absent = await simulate(graph, { workflows, stage: stages() });
    expect(absent.stages[0]!.inputs.token).toBe('none');
    const inherit = await simulate(await caller(' inherit'), { workflows, secrets: { token: 'inherited' }, stage: stages() });
    expect(inherit.stages[0]!.inputs.token).toBe('inherited');
  });

  test('a failed called job fails the calling job; a workflow not given is an error', async () => {
    const graph = await caller(' inherit');
    const trace = await simulate(graph, {
      workflows: { 'org/repo/.github/workflows/called.yml': await called() },
      stage: stages({ inner: { outcome: 'failure' } }),
    });
    expect(results(trace)).toEqual({ call: 'failure', after: 'skipped' });
    await expect(simulate(graph, { stage: stages() })).rejects.toThrow(/give it in scenario.workflows/);
  });

  test('the Monday template calls the committed deploy workflow with its inputs and secrets', async () => {
    const monday = await loadWorkflow('workflows/monday.yml');
    const deploy = await loadWorkflow('.github/workflows/deploy.yml');
    const trace = await simulate(monday, {
      workflows: { 'service-guru/service-guru/.github/workflows/deploy.yml': deploy },
      github: { event_name: 'schedule' },
      secrets: { OPENSHIFT_TOKEN_STG: 'stg-token' },
      stage: ({ stage }): StepReturn => (stage === 'deploy' ? { outputs: { to: 'ogr=abc', only: 'ogr' } } : {}),
    });
    expect(trace.jobs.deploy!.result).toBe('success');
    const gate = trace.stages.find((s) => s.stage === 'health-gate' && s.inputs.preflight === 'true')!;
    // The template leaves the staging cluster to the configuration (staging: true); the pre-flight still runs.
    expect(gate.inputs).toMatchObject({ cluster: '' });
    expect(trace.stages.find((s) => s.stage === 'topic-notify')!.inputs).toMatchObject({ 'dry-run': 'false' });
  });
});

describe('job graph: the committed deploy workflow', () => {
  test('reads .github/workflows/deploy.yml and runs its graph: every job, each stage with the inputs its job passes', async () => {
    const graph = await loadWorkflow('.github/workflows/deploy.yml');
    expect(topologicalOrder(graph)).toEqual(expect.arrayContaining(['plan', 'sign-off']));
    const trace = await simulate(graph, {
      inputs: { 'staging-cluster': 'stg' },
      secrets: { 'openshift-token': 'prod-token' },
      stage: ({ stage }) => {
        const outputs: Record<string, Record<string, string>> = { deploy: { to: 'ogr=abc', only: 'ogr' }, 'move-stable': { result: '{}' } };
        return { outputs: outputs[stage] ?? {} };
      },
    });
    // By stage, not job name: the generated file may group or name the jobs differently.
    const plan = trace.stages.find((s) => s.stage === 'deploy')!;
    expect(plan.inputs).toMatchObject({ plan: 'true', 'github-token': 'ghs_simulated' });
    expect(trace.stages.find((s) => s.stage === 'move-stable')!.inputs).toMatchObject({ to: 'ogr=abc', only: 'ogr' });
    expect(trace.stages.map((s) => s.stage)).toEqual(expect.arrayContaining(['sign-off', 'topic-notify', 'health-gate', 'topic-revert']));
    expect(Object.values(trace.jobs).every((j) => ['success', 'skipped'].includes(j.result))).toBe(true);
    // Issue 16 counts the job starts after sign-off.
    expect(criticalPath(graph, 'sign-off').length).toBeGreaterThan(0);
  });
});
