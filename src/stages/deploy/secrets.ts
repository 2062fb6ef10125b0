import { UsageError } from '../../core/errors.ts';
import type { SecretNeed } from '../stage.ts';
import { stepRaw } from './pipeline.ts';
import type { StepRecord } from './state.ts';
import { STEPS, type StepId, type StepInput } from './model.ts';

export interface StepSecretNeed extends SecretNeed {
  step: StepId;
}

const ran = (r: StepRecord | undefined): boolean => r?.status === 'ok' || r?.status === 'failed';

/**
 * The secrets each step of this run will ask for, as each stage declares them, worked out from
 * the configuration and options alone. Where a step decides only later (a component that may not
 * move, a rollback that follows a failure), the secret counts: a token found missing after
 * stable moved is found too late.
 */
export function secretNeeds(input: StepInput, skip: Set<StepId>): StepSecretNeed[] {
  const from = input.options.from ? STEPS.findIndex((s) => s.id === input.options.from) : 0;
  const planned = new Set<StepId>(
    STEPS.slice(from)
      .filter((s) => !skip.has(s.id) && (s.when !== 'forward' || !s.skipReason(input)))
      .map((s) => s.id),
  );
  // topic-revert runs when the notice was set, in this run or the resumed one.
  if (!planned.has('topic-notify') && !ran(input.records.get('topic-notify'))) planned.delete('topic-revert');
  // The rollback follows an import; never in a dry run.
  if (input.dryRun || !(planned.has('import-images') || ran(input.records.get('import-images')))) planned.delete('rollback');
  return STEPS.filter((s) => planned.has(s.id)).flatMap((step) =>
    step.stage
      .needs({ config: input.config, options: stepRaw(step, input), dryRun: input.dryRun })
      .map((need) => ({ ...need, step: step.id })),
  );
}

/** Every missing secret of the run in one usage error, before the first step. */
export function checkSecrets(input: StepInput, skip: Set<StepId>, env: Record<string, string | undefined>): void {
  const missing = new Map<string, string[]>();
  for (const n of secretNeeds(input, skip)) {
    if ([n.env, ...(n.or ?? [])].some((name) => env[name]?.trim())) continue;
    const key = [n.env, ...(n.or ?? [])].join(' or ');
    missing.set(key, [...(missing.get(key) ?? []), `${n.step} (${n.why})`]);
  }
  if (!missing.size) return;
  const lines = [...missing].map(([name, steps]) => `${name}, for ${steps.join(', ')}`);
  throw new UsageError(
    `${missing.size} secret(s) not set, nothing was changed:\n  ${lines.join('\n  ')}`,
    `set ${[...missing.keys()].join(', ')} (action inputs of the same name in kebab-case), ` +
      'or leave the steps out with --skip (--staging-cluster none for the pre-flight)',
  );
}
