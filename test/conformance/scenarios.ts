import type { StepId } from '../../src/stages/deploy/model.ts';

/**
 * The Monday's conformance table: one row per scenario, written once and run through both
 * renderings of the pipeline model, the generated workflow (deploy-workflow.test.ts, through the
 * job-graph simulator) and `deploy` in one process. Each rendering scripts the stand-ins the same way.
 *
 * The world every row starts from (WORLD): three components with one image stream each.
 * `service` and `worker` have new commits on main (stable moves them this week); `dashboard`
 * has none (stable, main and the cluster agree): a rollback must leave it alone.
 */
export const WORLD = {
  components: ['service', 'worker', 'dashboard'] as const,
  /** Components whose main is ahead of stable before the run. */
  ahead: ['service', 'worker'] as const,
} as const;
export type Component = (typeof WORLD.components)[number];

/**
 * What goes wrong in a step:
 * - `fail`: the stage ends with an error. move-stable and import-images fail halfway: the first
 *   component of their scope is done, the second fails, the third is never reached. topic-notify
 *   fails in one room only.
 * - `timeout`: the step runs past its timeout (the workflow job's `timeout-minutes`, which GitHub
 *   reports as `cancelled`); import-images has imported the first component of its scope by then.
 * - `cancel`: somebody cancels the whole run while the step runs.
 * - `kill`: the process running the step dies after it did part of its work (import-images: after
 *   the first component of its scope). The workflow sees the job `cancelled` (a lost runner); in one
 *   process, the cluster's connection drops from the second import on and deploy ends there.
 */
export type Fault = 'fail' | 'timeout' | 'cancel' | 'kill';

/** The approval is outside the model's steps, and can be refused. */
export type FaultAt = StepId | 'sign-off';

export interface Attempt {
  faults: Partial<Record<FaultAt, Fault>>;
}

export interface Expected {
  /** The steps whose stage ran (also a step that failed or was cancelled), in the last attempt. */
  ran: StepId[];
  /** The components the rollback returned to their previous image; null: no rollback ran. */
  rolledBack: Component[] | null;
  /** The status topic-revert got; null: it did not run (no notice was ever set). */
  notice: 'success' | 'failed' | null;
  /** The deployment status recorded at the end; null: none recorded (nothing was signed off). */
  deployment: 'success' | 'failure' | null;
  /** Which image every stream runs at the end: the one of the new stable head, or the one it ran before. */
  cluster: Record<Component, 'new' | 'before'>;
}

export interface ConformanceRow {
  name: string;
  /** The hotfix scope (`only`), and a redeploy of what stable holds (`skip-move`). */
  only?: Component[];
  skipMove?: boolean;
  /** Stable already holds main's heads before the run (a redeploy): nothing moves. */
  stableAhead?: boolean;
  /** The first attempt; the row's `expected` is about the last one. */
  first: Attempt;
  /** "Re-run failed jobs" (the workflow) or the same command again (deploy), after the first attempt. */
  rerun?: Attempt;
  expected: Expected;
  /** How `deploy` in one process plays the row (deploy-cli.test.ts); absent: as written. */
  cli?: CliPlay;
}

/**
 * `workflowOnly`: the row has no equivalent in one process, for the reason given.
 * `rerun`: how the CLI re-runs: `from` resumes with `deploy --from <first unfinished step>` from the
 * state file (the equivalent of "re-run failed jobs", the default), `plain` runs `deploy` again.
 * `ran`: the steps the CLI's last attempt runs, where its re-run runs other steps than the workflow's.
 */
export type CliPlay = { workflowOnly: string } | { rerun?: 'from' | 'plain'; ran?: StepId[] };

const allNew = { service: 'new', worker: 'new', dashboard: 'new' } as const;
const untouched = { service: 'before', worker: 'before', dashboard: 'new' } as const;
const FORWARD: StepId[] = ['preflight', 'topic-notify', 'move-stable', 'wait-images', 'import-images', 'health-gate', 'topic-revert'];

export const SCENARIOS: ConformanceRow[] = [
  {
    name: 'all green',
    first: { faults: {} },
    expected: { ran: FORWARD, rolledBack: null, notice: 'success', deployment: 'success', cluster: allNew },
  },
  {
    // A chat outage neither stops the deployment nor decides the final notice (issue 16, 4).
    name: 'notify fails in one room',
    first: { faults: { 'topic-notify': 'fail' } },
    expected: { ran: FORWARD, rolledBack: null, notice: 'success', deployment: 'success', cluster: allNew },
  },
  {
    name: 'move fails halfway',
    first: { faults: { 'move-stable': 'fail' } },
    expected: {
      ran: ['preflight', 'topic-notify', 'move-stable', 'topic-revert'],
      rolledBack: null,
      notice: 'failed',
      deployment: 'failure',
      cluster: untouched,
    },
  },
  {
    name: 'wait-images times out',
    first: { faults: { 'wait-images': 'timeout' } },
    expected: {
      ran: ['preflight', 'topic-notify', 'move-stable', 'wait-images', 'topic-revert'],
      rolledBack: null,
      notice: 'failed',
      deployment: 'failure',
      cluster: untouched,
    },
  },
  {
    // The gate never ran: the import's half goes back, the stream it never reached stays (issue 16, 1 and 2).
    name: 'import fails',
    first: { faults: { 'import-images': 'fail' } },
    expected: {
      ran: ['preflight', 'topic-notify', 'move-stable', 'wait-images', 'import-images', 'rollback', 'topic-revert'],
      rolledBack: ['service'],
      notice: 'failed',
      deployment: 'failure',
      cluster: untouched,
    },
  },
  {
    // A timed-out import leaves no result: the rollback tells what it reached by the digests.
    name: 'import times out',
    first: { faults: { 'import-images': 'timeout' } },
    cli: {
      workflowOnly:
        "deploy has no time limit per step (timeout-minutes is the runner's; import-images' own --timeout is for the rollout, " +
        'after every stream was imported); "import fails" is its equivalent',
    },
    expected: {
      ran: ['preflight', 'topic-notify', 'move-stable', 'wait-images', 'import-images', 'rollback', 'topic-revert'],
      rolledBack: ['service'],
      notice: 'failed',
      deployment: 'failure',
      cluster: untouched,
    },
  },
  {
    name: 'health gate fails',
    first: { faults: { 'health-gate': 'fail' } },
    expected: {
      ran: [...FORWARD.slice(0, -1), 'rollback', 'topic-revert'],
      rolledBack: ['service', 'worker'],
      notice: 'failed',
      deployment: 'failure',
      cluster: untouched,
    },
  },
  {
    name: 'health gate times out',
    first: { faults: { 'health-gate': 'timeout' } },
    cli: { workflowOnly: 'deploy has no time limit per step (timeout-minutes is the runner\'s); "health gate fails" is its equivalent' },
    expected: {
      ran: [...FORWARD.slice(0, -1), 'rollback', 'topic-revert'],
      rolledBack: ['service', 'worker'],
      notice: 'failed',
      deployment: 'failure',
      cluster: untouched,
    },
  },
  {
    name: 'run cancelled during wait-images',
    first: { faults: { 'wait-images': 'cancel' } },
    cli: {
      workflowOnly:
        'a cancelled run still runs its always() jobs; Ctrl-C ends the deploy process, nothing after it runs (see "a process killed …")',
    },
    expected: {
      ran: ['preflight', 'topic-notify', 'move-stable', 'wait-images', 'topic-revert'],
      rolledBack: null,
      notice: 'failed',
      deployment: 'failure',
      cluster: untouched,
    },
  },
  {
    name: 'sign-off rejected',
    first: { faults: { 'sign-off': 'fail' } },
    cli: { workflowOnly: "deploy has no sign-off: its confirmation (or --yes) is the operator's own" },
    expected: { ran: ['preflight'], rolledBack: null, notice: null, deployment: null, cluster: untouched },
  },
  {
    // Stable already has the fix; only `service` is redeployed and gated, nothing else is touched (issue 16, 3).
    name: 'hotfix only + skip-move',
    only: ['service'],
    skipMove: true,
    stableAhead: true,
    first: { faults: {} },
    expected: {
      ran: ['preflight', 'topic-notify', 'wait-images', 'import-images', 'health-gate', 'topic-revert'],
      rolledBack: null,
      notice: 'success',
      deployment: 'success',
      cluster: { service: 'new', worker: 'before', dashboard: 'new' },
    },
  },
  {
    // The re-run finds `service` unchanged on stable and still rolls it out (issue 16, 5).
    name: 're-run of failed jobs after a half-failed move',
    first: { faults: { 'move-stable': 'fail' } },
    rerun: { faults: {} },
    expected: {
      ran: ['move-stable', 'wait-images', 'import-images', 'health-gate', 'topic-revert'],
      rolledBack: null,
      notice: 'success',
      deployment: 'success',
      cluster: allNew,
    },
  },
  {
    // An earlier run moved stable and never rolled out: nothing is left to move, everything to roll out.
    name: 'a new run after stable moved but nothing was imported',
    stableAhead: true,
    first: { faults: {} },
    // The workflow's plan is empty, so its move job skips the stage; deploy's move-stable runs and finds every component at main.
    cli: { ran: ['preflight', 'topic-notify', 'move-stable', 'wait-images', 'import-images', 'health-gate', 'topic-revert'] },
    expected: {
      ran: ['preflight', 'topic-notify', 'wait-images', 'import-images', 'health-gate', 'topic-revert'],
      rolledBack: null,
      notice: 'success',
      deployment: 'success',
      cluster: allNew,
    },
  },
  {
    // The first attempt was rolled back; the re-run rolls everything out again and converges.
    name: 're-run of failed jobs after an import that timed out',
    first: { faults: { 'import-images': 'timeout' } },
    rerun: { faults: {} },
    cli: { workflowOnly: 'deploy has no time limit per step; the killed-process row re-runs after an import stopped half way' },
    expected: {
      ran: ['import-images', 'health-gate', 'topic-revert'],
      rolledBack: null,
      notice: 'success',
      deployment: 'success',
      cluster: allNew,
    },
  },
  {
    // Issue 16, 5: nothing was rolled back (the process died), a re-run must still roll everything out.
    name: 'a process killed after the first import and run again',
    first: { faults: { 'import-images': 'kill' } },
    rerun: { faults: {} },
    // The workflow re-runs its failed jobs; the CLI runs a plain deploy again, every step of it.
    cli: { rerun: 'plain', ran: FORWARD },
    expected: {
      ran: ['import-images', 'health-gate', 'topic-revert'],
      rolledBack: null,
      notice: 'success',
      deployment: 'success',
      cluster: allNew,
    },
  },
];
