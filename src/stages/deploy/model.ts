import type { Config } from '../../config/types.ts';
import { healthGateStage } from '../health-gate/stage.ts';
import { importImagesStage } from '../import-images/stage.ts';
import { infraSyncStage } from '../infra-sync/stage.ts';
import { moveStableStage } from '../move-stable/stage.ts';
import { rollbackStage } from '../rollback/stage.ts';
import type { RawOptions, StageDeclaration } from '../stage.ts';
import { topicNotifyStage } from '../topic-notify/stage.ts';
import { topicRevertStage } from '../topic-revert/stage.ts';
import { waitImagesStage } from '../wait-images/stage.ts';
import { movedEntries } from '../shared/moved.ts';
import { movedComponents } from '../wait-images/options.ts';
import type { WaitImagesResult } from '../wait-images/index.ts';
import { changesOf } from '../shared/cluster/changes.ts';
import type { ImportImagesResult } from '../import-images/index.ts';
import type { ThisRun } from '../rollback/this-run.ts';
import type { MoveStableResult } from '../move-stable/report.ts';
import type { DeployOptions } from './options.ts';
import type { StepRecord } from './state.ts';

/**
 * The Monday as one typed model. `deploy` executes it in one process; `npm run bundle` renders
 * `.github/workflows/deploy.yml` from it (scripts/workflow.ts). Each step names the stage it
 * runs by its declaration, what it takes from the deploy options and from earlier results (typed),
 * and when it runs. The ids are what --from and --skip name.
 */
export const STEP_IDS = [
  'preflight',
  'topic-notify',
  'move-stable',
  'wait-images',
  'infra-sync',
  'import-images',
  'health-gate',
  'rollback',
  'topic-revert',
] as const;
export type StepId = (typeof STEP_IDS)[number];
/** The steps a user may name with --from/--skip: the rollback follows from the rule below, never by hand. */
export const USER_STEP_IDS = STEP_IDS.filter((id) => id !== 'rollback');

export interface StepInput {
  config: Config;
  options: DeployOptions;
  dryRun: boolean;
  /** What the steps before found (this run, or the saved run when resuming). */
  records: Map<StepId, StepRecord>;
  /** A blocking step failed (or was interrupted): the forward steps stop. */
  failed: boolean;
  /** Something was changed already (a usage error then no longer means "nothing changed"). */
  anyChange: boolean;
}

/**
 * When a step runs. `forward`: while every blocking step before it succeeded. `rollback`: when
 * import-images started changing the cluster and the run did not end with a passing health gate
 * (failure, timeout, or a gate that never ran). `always`: at the end, whatever happened.
 */
export type StepWhen = 'forward' | 'rollback' | 'always';

export interface Step<O = unknown, R = unknown> {
  id: StepId;
  stage: StageDeclaration<O, R>;
  /** The job of the generated workflow that runs it. */
  job: string;
  /** Changes something outside: the confirmation comes before the first such step. */
  changes: boolean;
  /** A failure stops the forward steps; a chat room that cannot be told does not. */
  blocking: boolean;
  when: StepWhen;
  /** The workflow job's timeout-minutes; a job past it ends `cancelled`. */
  timeoutMinutes: number;
  /** Why the step does not apply to this run; undefined: it runs. */
  skipReason(input: StepInput): string | undefined;
  /** The options the step passes from the deploy options, as the CLI would spell them. */
  args(input: StepInput): RawOptions;
  /** What it takes from earlier steps, as typed values (never JSON inside one process). */
  typed?(input: StepInput): Partial<O>;
  /** The same step as a job of the generated workflow (scripts/workflow.ts). */
  workflow: StepWorkflow;
}

/**
 * Where a workflow job takes one stage option from: a workflow input, an earlier step's job
 * output (which makes that job a need), the plan the reviewer signed off, or a fixed value.
 */
export type Wire =
  /** `unlessDryRun`: empty in a dry run (e.g. no rollout to observe). */
  | { input: string; unlessDryRun?: boolean }
  | { step: StepId; output: string }
  | { plan: 'to' | 'only' }
  | { value: string }
  /** The deployment's outcome (success or failed), from the blocking steps and the rollback: never from a chat room. */
  | { outcome: true };

/** Workflow secrets, by the environment variable a stage reads; a step may name others or leave one out. */
export const WORKFLOW_SECRETS: Record<string, string> = {
  GITHUB_TOKEN: 'secrets.read-token || github.token',
  QUAY_TOKEN: 'secrets.quay-token',
  SENTRY_AUTH_TOKEN: 'secrets.sentry-auth-token',
  VAULT_TOKEN: 'secrets.vault-token',
  MATRIX_ACCESS_TOKEN: 'secrets.matrix-access-token',
  SLACK_BOT_TOKEN: 'secrets.slack-bot-token',
};

export interface StepWorkflow {
  /** Before the sign-off (read-only checks the reviewer sees), or after it. */
  phase: 'before-sign-off' | 'after-sign-off';
  /** The stage options the job passes, by option name. */
  with: Record<string, Wire>;
  /** The job runs only when this holds (an expression over the workflow inputs). */
  applies?: string;
  /** The stage step runs only when this holds; the job itself still runs (and records). */
  stageIf?: string;
  /** The workflow secret holding the token of the cluster the step's `cluster` names (input `cluster-token`). */
  clusterSecret?: 'openshift-token' | 'openshift-staging-token';
  /** Stage secrets passed otherwise than WORKFLOW_SECRETS says (an expression), or not at all (null). */
  secrets?: Record<string, string | null>;
  /** `app`: the job mints a GitHub App installation token (a fresh one: it lives an hour) for GITHUB_TOKEN. */
  appToken?: boolean;
  /** The job records the deployment (deployment-status in_progress) before its stage. */
  recordsDeployment?: boolean;
  /** GitHub token permissions beyond `contents: read`. */
  permissions?: Record<string, 'read' | 'write'>;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the model holds steps of every stage type
export type AnyStep = Step<any, any>;

/** The typed result of an earlier step that ran (ok, or failed after doing part of its work). */
export function resultOf<R>(input: StepInput, step: Step<unknown, R>): R | undefined {
  const record = input.records.get(step.id);
  return record && (record.status === 'ok' || record.status === 'failed') && record.result ? (record.result as R) : undefined;
}

const okResult = <R>(input: StepInput, step: Step<unknown, R>): R | undefined =>
  input.records.get(step.id)?.status === 'ok' ? resultOf(input, step) : undefined;

const hasChat = (c: Config): boolean => Boolean(c.chat.matrix?.rooms.length || c.chat.slack?.channels.length);
const hasClusters = (c: Config): boolean => Object.keys(c.clusters).length > 0;
/** Every stage after sign-off gets the hotfix scope. */
const only = (i: StepInput): string[] | undefined => (i.options.only.length ? i.options.only : undefined);

export const preflight: AnyStep = {
  id: 'preflight',
  stage: healthGateStage,
  job: 'preflight',
  changes: false,
  blocking: true,
  when: 'forward',
  timeoutMinutes: 15,
  skipReason: (i) => (i.options.stagingCluster ? undefined : 'no staging cluster (clusters: with staging: true, or --staging-cluster)'),
  args: (i) => ({ cluster: i.options.stagingCluster, preflight: true }),
  workflow: {
    phase: 'before-sign-off',
    // Empty: the configuration's cluster with staging: true (the stage says when there is none); none: left out.
    applies: "inputs.staging-cluster != 'none'",
    with: { cluster: { input: 'staging-cluster' }, preflight: { value: 'true' } },
    clusterSecret: 'openshift-staging-token',
    // Staging's pods only: Sentry and the versions of stable are production's.
    secrets: { SENTRY_AUTH_TOKEN: null, GITHUB_TOKEN: null },
  },
};

export const topicNotify: AnyStep = {
  id: 'topic-notify',
  stage: topicNotifyStage,
  job: 'notify',
  changes: true,
  blocking: false,
  when: 'forward',
  timeoutMinutes: 10,
  skipReason: (i) => (hasChat(i.config) ? undefined : 'no chat rooms under chat:'),
  args: (i) => ({ 'run-url': i.options.runUrl }),
  workflow: { phase: 'after-sign-off', with: {} },
};

export const moveStable: AnyStep = {
  id: 'move-stable',
  stage: moveStableStage,
  job: 'move',
  changes: true,
  blocking: true,
  when: 'forward',
  timeoutMinutes: 90,
  skipReason: () => undefined,
  args: (i) => ({
    only: i.options.only,
    to: i.options.to,
    'allow-unverified': i.options.allowUnverified,
    'no-force': i.options.noForce,
    'copr-interval': i.options.coprInterval,
  }),
  workflow: {
    phase: 'after-sign-off',
    // The reviewer approved the plan's component=sha pairs: exactly those move, or nothing.
    stageIf: "!inputs.skip-move && needs.plan.outputs.to != ''",
    with: {
      only: { plan: 'only' },
      to: { plan: 'to' },
      'allow-unverified': { input: 'allow-unverified' },
      'no-force': { input: 'no-force' },
    },
    secrets: { GITHUB_TOKEN: 'steps.app.outputs.token || secrets.deploy-token' },
    appToken: true,
    recordsDeployment: true,
    permissions: { deployments: 'write' },
  },
};

export const waitImages: AnyStep = {
  id: 'wait-images',
  stage: waitImagesStage,
  job: 'images',
  changes: false,
  blocking: true,
  when: 'forward',
  timeoutMinutes: 120,
  skipReason: (i) => (i.config.components.some((c) => c.images.length) ? undefined : 'no component has images'),
  args: (i) => ({ timeout: i.options.imagesTimeout, interval: i.options.imagesInterval }),
  // What stable holds now (moved or unchanged): a re-run after a partial deployment verifies the same images.
  typed: (i) => {
    const moved = okResult(i, moveStable) as MoveStableResult | undefined;
    return moved ? { moved: movedComponents(movedEntries(moved), scoped(i)) } : {};
  },
  workflow: {
    phase: 'after-sign-off',
    with: { moved: { step: 'move-stable', output: 'result' }, timeout: { value: '90m' } },
    permissions: { actions: 'read' },
  },
};

export const infraSync: AnyStep = {
  id: 'infra-sync',
  stage: infraSyncStage,
  job: 'infra',
  changes: true,
  blocking: true,
  when: 'forward',
  timeoutMinutes: 45,
  skipReason: (i) => (i.config.infra ? undefined : 'no infra: in the configuration'),
  // The applied state is recorded on the cluster the images go to.
  args: (i) => ({ cluster: i.options.cluster }),
  workflow: {
    phase: 'after-sign-off',
    applies: 'inputs.infra',
    with: { cluster: { input: 'cluster' } },
    clusterSecret: 'openshift-token',
    // The deployment repository may be private to another owner.
    secrets: { GITHUB_TOKEN: 'secrets.deployment-repo-token || secrets.read-token || github.token' },
  },
};

/**
 * Rolls out what stable holds (every component, or the hotfix scope), not only what moved this
 * time: a re-run after a partial deployment converges, and a stream already on its image is left alone.
 */
export const importImages: AnyStep = {
  id: 'import-images',
  stage: importImagesStage,
  job: 'import',
  changes: true,
  blocking: true,
  when: 'forward',
  timeoutMinutes: 30,
  skipReason: (i) => (hasClusters(i.config) ? undefined : 'no clusters: in the configuration'),
  // The run's identity: what an earlier attempt of this run (killed, resumed with --from) set is still this run's to undo.
  args: (i) => ({ cluster: i.options.cluster, only: only(i), run: i.options.runUrl ?? runIdentity(i) }),
  // The digests wait-images proved: the workloads are set to exactly those.
  typed: (i) => {
    const images = okResult(i, waitImages) as WaitImagesResult | undefined;
    return images ? { digests: new Map(Object.entries(images.digests)) } : {};
  },
  workflow: {
    phase: 'after-sign-off',
    // What stable holds (every component, or the hotfix scope), never only what moved: a re-run converges.
    with: { cluster: { input: 'cluster' }, only: { input: 'only' }, digests: { step: 'wait-images', output: 'digests' } },
    clusterSecret: 'openshift-token',
  },
};

export const healthGate: AnyStep = {
  id: 'health-gate',
  stage: healthGateStage,
  job: 'verify',
  changes: false,
  blocking: true,
  when: 'forward',
  timeoutMinutes: 30,
  skipReason: (i) =>
    hasClusters(i.config) || i.config.health.sentry || i.config.health.endpoints?.length
      ? undefined
      : 'nothing to check: no clusters or health:',
  // A dry run checks once: there is no new rollout to watch.
  args: (i) => ({ cluster: i.options.cluster, observe: i.dryRun ? undefined : i.options.observe }),
  typed: (i) => {
    const moved = okResult(i, moveStable) as MoveStableResult | undefined;
    if (!moved) return {};
    const entries = movedEntries(moved).filter((e) => typeof e.current === 'string' && scoped(i)(e.name));
    return { moved: new Map(entries.map((e) => [e.name, e.current!])) };
  },
  workflow: {
    phase: 'after-sign-off',
    with: {
      cluster: { input: 'cluster' },
      observe: { input: 'observe', unlessDryRun: true },
      moved: { step: 'move-stable', output: 'result' },
    },
    clusterSecret: 'openshift-token',
  },
};

/** Exactly what this run's import changed, nothing else: streams that did not change stay where they are. */
export const rollback: AnyStep = {
  id: 'rollback',
  stage: rollbackStage,
  job: 'rollback',
  changes: true,
  blocking: false,
  when: 'rollback',
  timeoutMinutes: 30,
  skipReason: (i) => (importStarted(i) ? undefined : 'nothing was imported'),
  args: (i) => ({ cluster: i.options.cluster }),
  typed: (i) => {
    const imported = resultOf(i, importImages) as ImportImagesResult | undefined;
    const images = resultOf(i, waitImages) as WaitImagesResult | undefined;
    const thisRun: ThisRun = {
      imported: imported
        ? new Map(imported.streams.filter((s) => s.status === 'imported').map((s) => [`${s.stream}:${s.tag}`, s.previous]))
        : null,
      // Without the import's result (interrupted), the workloads' annotation says what it set.
      workloads: imported ? changesOf(imported.workloads ?? []) : null,
      digests: images ? new Map(Object.entries(images.digests)) : null,
    };
    // Neither what the import did nor what it rolled out is known: touch nothing rather than everything.
    if (!thisRun.imported && !thisRun.digests)
      return {
        thisRun: { imported: new Map(), workloads: null, digests: null },
        scope: 'nothing known to be imported (run service-guru rollback by hand)',
      };
    return { thisRun, scope: 'what this run imported' };
  },
  workflow: {
    phase: 'after-sign-off',
    with: {
      cluster: { input: 'cluster' },
      // The whole result: its streams and its workloads.
      imported: { step: 'import-images', output: 'result' },
      // A cancelled import leaves no result: the digests tell the streams it reached from the rest.
      digests: { step: 'wait-images', output: 'digests' },
    },
    clusterSecret: 'openshift-token',
  },
};

export const topicRevert: AnyStep = {
  id: 'topic-revert',
  stage: topicRevertStage,
  job: 'revert',
  changes: true,
  blocking: false,
  when: 'always',
  timeoutMinutes: 10,
  skipReason: (i) =>
    i.records.get('topic-notify')?.status === 'ok' || i.records.get('topic-notify')?.status === 'failed' ? undefined : 'no notice was set',
  // The notice is a courtesy: a room that could not be told does not decide it, the deployment does.
  args: (i) => ({
    status: i.failed ? 'failed' : 'success',
    'run-url': i.options.runUrl,
    // The finished notice's line: what moved and how long the run took (from its first step).
    moved: JSON.stringify((resultOf(i, moveStable) as MoveStableResult | undefined)?.moved ?? []),
    'started-at': firstStart(i),
  }),
  workflow: {
    phase: 'after-sign-off',
    // Where notify left its notices (Slack message ts): found at once, however busy the channel.
    applies: "needs.notify.result != 'skipped'",
    with: {
      status: { outcome: true },
      notified: { step: 'topic-notify', output: 'rooms' },
      moved: { step: 'move-stable', output: 'moved' },
      // The deployment proper starts at the sign-off; the wait for reviewers is not its time.
      'started-at': { value: '${{ needs.sign-off.outputs.approved-at }}' },
    },
  },
};

/**
 * A run without a run link: its state file and when its first step started, which every --from
 * keeps (the resumed records carry their times); a fresh deploy is a new run.
 */
function runIdentity(i: StepInput): string | undefined {
  const starts = [...i.records.values()].map((r) => r.startedAt);
  return starts.length ? `${i.options.stateFile}@${new Date(Math.min(...starts)).toISOString()}` : undefined;
}

/** When the earliest step of this run started (ISO), undefined before any did. */
function firstStart(i: StepInput): string | undefined {
  const starts = [...i.records.values()].filter((r) => !r.resumed).map((r) => r.startedAt);
  return starts.length ? new Date(Math.min(...starts)).toISOString() : undefined;
}

/** The Monday, in order. */
export const STEPS: AnyStep[] = [
  preflight,
  topicNotify,
  moveStable,
  waitImages,
  infraSync,
  importImages,
  healthGate,
  rollback,
  topicRevert,
];

/** import-images ran (or was interrupted) and so may have changed the cluster. */
export function importStarted(i: StepInput): boolean {
  const status = i.records.get(ROLLBACK_RULE.changer)?.status;
  return !i.dryRun && (status === 'ok' || status === 'failed');
}

/**
 * The rollback rule, in one place (the workflow's `if:` is rendered from it): `changer` may have
 * changed the cluster once it started, and only a passing `gate` keeps what it did.
 */
export const ROLLBACK_RULE = { changer: 'import-images', gate: 'health-gate' } as const satisfies { changer: StepId; gate: StepId };

/** See StepWhen and ROLLBACK_RULE. */
export function needsRollback(i: StepInput): boolean {
  return importStarted(i) && i.records.get(ROLLBACK_RULE.gate)?.status !== 'ok';
}

function scoped(i: StepInput): (name: string) => boolean {
  return (name) => !i.options.only.length || i.options.only.includes(name);
}

/**
 * Whether a failed step fails the deployment: a blocking one or the rollback does; a chat room that
 * could not be told does not (the workflow's recorded status follows the same rule, scripts/workflow.ts outcome()).
 */
export function failsDeployment(record: Pick<StepRecord, 'id' | 'status'>): boolean {
  const step = findStep(record.id);
  return record.status === 'failed' && (step.blocking || step.when === 'rollback');
}

export function findStep(id: StepId): AnyStep {
  return STEPS.find((s) => s.id === id)!;
}
