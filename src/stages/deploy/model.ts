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
import type { ImportImagesResult } from '../import-images/index.ts';
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
  args: (i) => ({ cluster: i.options.cluster, only: only(i) }),
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
    const changed = [...new Set((imported?.streams ?? []).filter((s) => s.status === 'imported').map((s) => s.component))];
    return { components: changed, scope: `what this run imported (${changed.join(', ') || 'nothing'})` };
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
  args: (i) => ({ status: i.failed ? 'failed' : 'success', 'run-url': i.options.runUrl }),
};

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
  const status = i.records.get('import-images')?.status;
  return !i.dryRun && (status === 'ok' || status === 'failed');
}

/** The rollback rule, in one place: see StepWhen. */
export function needsRollback(i: StepInput): boolean {
  return importStarted(i) && i.records.get('health-gate')?.status !== 'ok';
}

function scoped(i: StepInput): (name: string) => boolean {
  return (name) => !i.options.only.length || i.options.only.includes(name);
}

export function findStep(id: StepId): AnyStep {
  return STEPS.find((s) => s.id === id)!;
}
