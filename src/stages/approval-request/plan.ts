import { UsageError } from '../../core/errors.ts';
import type { Config } from '../../config/types.ts';
import { describeFreeze, type FreezeWindow } from '../shared/freeze.ts';
import type { ApprovalFacts } from './message.ts';

const HINT = "pass the plan job's result output as it is (deploy --plan --json, or its action's result)";

const record = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * What the reviewers are asked to approve, from deploy --plan's result: the components that
 * would move with their commit counts and promoted commit subjects (merge commits carry the PR
 * titles), the images of those components, and the freeze window in force.
 */
export function parsePlan(raw: string, config: Config): Omit<ApprovalFacts, 'runUrl' | 'deployment'> {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    throw new UsageError('--plan: not JSON', HINT);
  }
  if (record(value) && record(value.result)) value = value.result;
  if (!record(value) || !record(value.results)) throw new UsageError('--plan: no "results" (the result of deploy --plan)', HINT);
  const move = value.results['move-stable'];
  const list = record(move) && Array.isArray(move.components) ? (move.components as unknown[]) : [];
  const components: ApprovalFacts['components'] = [];
  for (const c of list) {
    if (!record(c) || typeof c.name !== 'string') throw new UsageError('--plan: a component without a name', HINT);
    if (c.status !== 'would-move' && c.status !== 'moved') continue;
    const promoted = Array.isArray(c.promoted) ? c.promoted.filter((p): p is string => typeof p === 'string') : [];
    components.push({
      name: c.name,
      commits: typeof c.commits === 'number' ? c.commits : promoted.length,
      // "sha7 subject": the subject is what a reviewer reads.
      titles: promoted.map((p) => p.replace(/^[0-9a-f]{7,40}\s+/, '')),
    });
  }
  const moving = new Set(components.map((c) => c.name));
  const images = config.components.filter((c) => moving.has(c.name)).flatMap((c) => c.images.map((i) => i.image));
  const freeze = record(value.freeze) ? (value.freeze as unknown as FreezeWindow) : null;
  return { components, images, freeze: freeze ? describeFreeze(freeze, config.timezone) : null };
}
