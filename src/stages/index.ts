import { approvalRequestStage } from './approval-request/stage.ts';
import { deployStage } from './deploy/stage.ts';
import { deploymentStatusStage } from './deployment-status/stage.ts';
import { firewallCheckStage } from './firewall-check/stage.ts';
import { healthGateStage } from './health-gate/stage.ts';
import { importImagesStage } from './import-images/stage.ts';
import { infraSyncStage } from './infra-sync/stage.ts';
import { moveStableStage } from './move-stable/stage.ts';
import { quayCleanupStage } from './quay-cleanup/stage.ts';
import { rehearseStage } from './rehearse/stage.ts';
import { releaseNotesStage } from './release-notes/stage.ts';
import { rollbackStage } from './rollback/stage.ts';
import { runTimelineStage } from './run-timeline/stage.ts';
import { signOffStage } from './sign-off/stage.ts';
import type { AnyStage } from './stage.ts';
import { topicNotifyStage } from './topic-notify/stage.ts';
import { topicRevertStage } from './topic-revert/stage.ts';
import { waitImagesStage } from './wait-images/stage.ts';

/**
 * Every stage the CLI and the actions offer, in the order of the Monday, then the monthly and
 * on-demand duties, then the workflow helpers. A new stage: its folder (stage.ts + the code) and
 * one line here; `npm run bundle` writes its action, and a step in deploy/model.ts puts it in the Monday.
 */
export const stages: AnyStage[] = [
  deployStage,
  rehearseStage,
  moveStableStage,
  topicNotifyStage,
  topicRevertStage,
  waitImagesStage,
  infraSyncStage,
  importImagesStage,
  healthGateStage,
  rollbackStage,
  releaseNotesStage,
  quayCleanupStage,
  firewallCheckStage,
  approvalRequestStage,
  signOffStage,
  deploymentStatusStage,
  runTimelineStage,
];

export function findStage(name: string): AnyStage | undefined {
  return stages.find((s) => s.name === name);
}
