import type { AnyStage } from './stage.ts';

/**
 * Every stage the CLI and the actions offer, in the order of the Monday, then the monthly and
 * on-demand duties, then the workflow helpers; each loaded when asked, so the CLI and the root
 * action read one declaration, not all. A new stage: its folder (stage.ts + the code) and one line
 * here; `npm run bundle` writes its action, and a step in deploy/model.ts puts it in the Monday.
 * The key is the declaration's name (a test holds them equal).
 */
const catalog = {
  deploy: async () => (await import('./deploy/stage.ts')).deployStage,
  rehearse: async () => (await import('./rehearse/stage.ts')).rehearseStage,
  'move-stable': async () => (await import('./move-stable/stage.ts')).moveStableStage,
  'topic-notify': async () => (await import('./topic-notify/stage.ts')).topicNotifyStage,
  'topic-revert': async () => (await import('./topic-revert/stage.ts')).topicRevertStage,
  'wait-images': async () => (await import('./wait-images/stage.ts')).waitImagesStage,
  'infra-sync': async () => (await import('./infra-sync/stage.ts')).infraSyncStage,
  'import-images': async () => (await import('./import-images/stage.ts')).importImagesStage,
  'health-gate': async () => (await import('./health-gate/stage.ts')).healthGateStage,
  rollback: async () => (await import('./rollback/stage.ts')).rollbackStage,
  'release-notes': async () => (await import('./release-notes/stage.ts')).releaseNotesStage,
  'quay-cleanup': async () => (await import('./quay-cleanup/stage.ts')).quayCleanupStage,
  'firewall-check': async () => (await import('./firewall-check/stage.ts')).firewallCheckStage,
  'approval-request': async () => (await import('./approval-request/stage.ts')).approvalRequestStage,
  'sign-off': async () => (await import('./sign-off/stage.ts')).signOffStage,
  'deployment-status': async () => (await import('./deployment-status/stage.ts')).deploymentStatusStage,
  'run-timeline': async () => (await import('./run-timeline/stage.ts')).runTimelineStage,
} satisfies Record<string, () => Promise<AnyStage>>;

export type StageName = keyof typeof catalog;

export const stageNames = Object.keys(catalog) as StageName[];

function isStageName(name: string): name is StageName {
  return Object.hasOwn(catalog, name);
}

/** The declaration of the stage with this name, or undefined when there is none. */
export async function loadStage(name: StageName): Promise<AnyStage>;
export async function loadStage(name: string): Promise<AnyStage | undefined>;
export async function loadStage(name: string): Promise<AnyStage | undefined> {
  return isStageName(name) ? catalog[name]() : undefined;
}

/** Every declaration, in the catalog's order (help texts, the generated files, tests). */
export async function loadStages(): Promise<AnyStage[]> {
  return Promise.all(stageNames.map((name) => catalog[name]()));
}
