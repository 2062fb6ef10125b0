import type { Config } from '../../config/types.ts';
import type { RawOptions } from '../stage.ts';
import type { DeployOptions } from './options.ts';
import type { StepRecord } from './state.ts';

/** The steps of a deployment in order; `--from` and `--skip` name them. */
export const STEP_IDS = [
  'preflight',
  'topic-notify',
  'move-stable',
  'wait-images',
  'infra-sync',
  'import-images',
  'health-gate',
  'topic-revert',
] as const;
export type StepId = (typeof STEP_IDS)[number];
/** Record ids: the steps, and the rollback that only a failure runs. */
export type RecordId = StepId | 'rollback';

export interface StepInput {
  config: Config;
  options: DeployOptions;
  dryRun: boolean;
  /** What the steps before found (this run, or the saved run when resuming). */
  records: Map<RecordId, StepRecord>;
  /** topic-revert's status: failed once a step failed. */
  failed: boolean;
  /** Something was changed already (a usage error then no longer means "nothing changed"). */
  anyChange: boolean;
}

export interface StepSpec {
  id: RecordId;
  stage: string;
  /** Changes something outside: the confirmation comes before the first such step. */
  changes: boolean;
  /** A failure stops the steps after it; a chat room that cannot be told does not. */
  blocking: boolean;
  /** Why the step does not apply to this run; undefined: it runs. */
  skipReason(input: StepInput): string | undefined;
  /** Every option the step could use; the stage gets those it declares. */
  args(input: StepInput): RawOptions;
}

const ok = (input: StepInput, id: RecordId): StepRecord | undefined => {
  const record = input.records.get(id);
  return record?.status === 'ok' ? record : undefined;
};

/** The move-stable result as the later stages take it (`--moved`); absent when nothing was moved by this run. */
function moved(input: StepInput): string | undefined {
  const record = ok(input, 'move-stable');
  return record ? JSON.stringify(record.result) : undefined;
}

function digests(input: StepInput): string | undefined {
  const result = ok(input, 'wait-images')?.result as { digests?: Record<string, string> } | undefined;
  return result?.digests ? JSON.stringify(result.digests) : undefined;
}

/** move-stable ran in this deployment and moved nothing: there is nothing new to roll out. */
function nothingMoved(input: StepInput): string | undefined {
  const result = ok(input, 'move-stable')?.result as { moved?: string[] } | undefined;
  return result?.moved && result.moved.length === 0 ? 'nothing moved (to roll out what stable has, --skip move-stable)' : undefined;
}

const hasChat = (c: Config): boolean => Boolean(c.chat.matrix?.rooms.length || c.chat.slack?.channels.length);
const hasClusters = (c: Config): boolean => Object.keys(c.clusters).length > 0;

export const STEPS: StepSpec[] = [
  {
    id: 'preflight',
    stage: 'health-gate',
    changes: false,
    blocking: true,
    skipReason: (i) => (i.options.stagingCluster ? undefined : 'no staging cluster (clusters: with staging: true, or --staging-cluster)'),
    args: (i) => ({ cluster: i.options.stagingCluster, preflight: true }),
  },
  {
    id: 'topic-notify',
    stage: 'topic-notify',
    changes: true,
    blocking: false,
    skipReason: (i) => (hasChat(i.config) ? undefined : 'no chat rooms under chat:'),
    args: (i) => ({ 'run-url': i.options.runUrl }),
  },
  {
    id: 'move-stable',
    stage: 'move-stable',
    changes: true,
    blocking: true,
    skipReason: () => undefined,
    args: (i) => ({
      only: i.options.only,
      to: i.options.to,
      'allow-unverified': i.options.allowUnverified,
      'no-force': i.options.noForce,
      'copr-interval': i.options.coprInterval,
    }),
  },
  {
    id: 'wait-images',
    stage: 'wait-images',
    changes: false,
    blocking: true,
    skipReason: (i) => (i.config.components.some((c) => c.images.length) ? undefined : 'no component has images'),
    args: (i) => ({ moved: moved(i), timeout: i.options.imagesTimeout, interval: i.options.imagesInterval }),
  },
  {
    id: 'infra-sync',
    stage: 'infra-sync',
    changes: true,
    blocking: true,
    skipReason: (i) => (i.config.infra ? undefined : 'no infra: in the configuration'),
    // The applied state is recorded on the cluster the images go to.
    args: (i) => ({ cluster: i.options.cluster }),
  },
  {
    id: 'import-images',
    stage: 'import-images',
    changes: true,
    blocking: true,
    skipReason: (i) => (hasClusters(i.config) ? nothingMoved(i) : 'no clusters: in the configuration'),
    args: (i) => ({ cluster: i.options.cluster, moved: moved(i), digests: digests(i), only: i.options.only }),
  },
  {
    id: 'health-gate',
    stage: 'health-gate',
    changes: false,
    blocking: true,
    skipReason: (i) =>
      hasClusters(i.config) || i.config.health.sentry || i.config.health.endpoints?.length
        ? nothingMoved(i)
        : 'nothing to check: no clusters or health:',
    // A dry run checks once: there is no new rollout to watch.
    args: (i) => ({ cluster: i.options.cluster, observe: i.dryRun ? undefined : i.options.observe, moved: moved(i), digests: digests(i) }),
  },
  {
    id: 'topic-revert',
    stage: 'topic-revert',
    changes: true,
    blocking: false,
    skipReason: (i) =>
      i.records.get('topic-notify')?.status === 'ok' || i.records.get('topic-notify')?.status === 'failed'
        ? undefined
        : 'no notice was set',
    args: (i) => ({ status: i.failed ? 'failed' : 'success', 'run-url': i.options.runUrl }),
  },
];

/** Runs after a failure that came after the import began: the previous images go back. */
export const ROLLBACK: StepSpec = {
  id: 'rollback',
  stage: 'rollback',
  changes: true,
  blocking: false,
  skipReason: (i) => {
    const imported = i.records.get('import-images');
    return imported && (imported.status === 'ok' || imported.status === 'failed') ? undefined : 'nothing was imported';
  },
  // The same scope as the import: the components that moved (all, when stable was not moved by this run).
  args: (i) => ({ cluster: i.options.cluster, moved: moved(i), only: i.options.only }),
};
