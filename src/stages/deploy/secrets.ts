import { UsageError } from '../../core/errors.ts';
import { pickCluster, tokenEnvFor } from '../../kube/cluster.ts';
import type { StepRecord } from './state.ts';
import { ROLLBACK, STEPS, type RecordId, type StepInput } from './steps.ts';

export interface SecretNeed {
  env: string;
  step: RecordId;
  why: string;
}

const ran = (r: StepRecord | undefined): boolean => r?.status === 'ok' || r?.status === 'failed';

/**
 * The secrets each step of this run will ask for, worked out from the configuration and options
 * alone, as the stages themselves decide. Where a step decides only later (a component that may
 * not move, an import skipped because nothing moved), the secret counts: a token found missing
 * after stable moved is found too late.
 */
export function secretNeeds(input: StepInput, skip: Set<RecordId>): SecretNeed[] {
  const { config, options, dryRun, records } = input;
  const from = options.from ? STEPS.findIndex((s) => s.id === options.from) : 0;
  const planned = new Set<RecordId>(
    STEPS.slice(from)
      .filter((s) => !skip.has(s.id) && (s.id === 'topic-revert' || !s.skipReason(input)))
      .map((s) => s.id),
  );
  // topic-revert runs when the notice was set, in this run or the resumed one.
  if (!planned.has('topic-notify') && !ran(records.get('topic-notify'))) planned.delete('topic-revert');
  // The rollback follows an import (or a failed health gate after it) with the import's cluster; never in a dry run.
  if (!dryRun && (planned.has('import-images') || (ran(records.get('import-images')) && planned.has('health-gate'))))
    planned.add('rollback');
  const needs: SecretNeed[] = [];
  const need = (step: RecordId, env: string, why: string): void => {
    if (planned.has(step)) needs.push({ env, step, why });
  };
  if (options.stagingCluster) need('preflight', tokenEnvFor(options.stagingCluster), `pods of staging cluster ${options.stagingCluster}`);
  for (const step of ['topic-notify', 'topic-revert'] as const) {
    if (config.chat.matrix?.rooms.length) need(step, 'MATRIX_ACCESS_TOKEN', 'chat.matrix.rooms');
    if (config.chat.slack?.channels.length) need(step, 'SLACK_BOT_TOKEN', 'chat.slack.channels');
  }
  const selected = config.components.filter((c) => !options.only.length || options.only.includes(c.name));
  const viaApi = selected.filter((c) => c.transport.kind === 'github').map((c) => c.name);
  // move-stable reads public repositories anonymously in a dry run; moving needs the token.
  if (viaApi.length && !dryRun) need('move-stable', 'GITHUB_TOKEN', `components moved through the GitHub API: ${viaApi.join(', ')}`);
  // wait-images reads build runs, and the stable heads when move-stable does not name the commits.
  const movedKnown = planned.has('move-stable') || records.get('move-stable')?.status === 'ok';
  const waitApi = selected.filter((c) => c.images.length && (c.build || (!movedKnown && c.transport.kind === 'github'))).map((c) => c.name);
  if (waitApi.length) need('wait-images', 'GITHUB_TOKEN', `build runs and stable heads of ${waitApi.join(', ')}`);
  if (config.infra?.vault) need('infra-sync', 'VAULT_TOKEN', 'infra.vault');
  if (config.health.sentry) need('health-gate', 'SENTRY_AUTH_TOKEN', 'health.sentry');
  if (Object.keys(config.clusters).length) {
    const prod = pickCluster(config, options.cluster);
    for (const step of ['infra-sync', 'import-images', 'health-gate', ROLLBACK.id] as const)
      need(step, tokenEnvFor(prod), `cluster ${prod}`);
  }
  return needs;
}

/** Every missing secret of the run in one usage error, before the first step. */
export function checkSecrets(input: StepInput, skip: Set<RecordId>, env: Record<string, string | undefined>): void {
  const missing = new Map<string, string[]>();
  for (const n of secretNeeds(input, skip)) {
    if (env[n.env]?.trim()) continue;
    missing.set(n.env, [...(missing.get(n.env) ?? []), `${n.step} (${n.why})`]);
  }
  if (!missing.size) return;
  const lines = [...missing].map(([name, steps]) => `${name}, for ${steps.join(', ')}`);
  throw new UsageError(
    `${missing.size} secret(s) not set, nothing was changed:\n  ${lines.join('\n  ')}`,
    `set ${[...missing.keys()].join(', ')} (action inputs of the same name in kebab-case), ` +
      'or leave the steps out with --skip (--staging-cluster none for the pre-flight)',
  );
}
