import * as z from 'zod';
import { UsageError } from '../../core/errors.ts';
import type { Config } from '../../config/types.ts';
import { duration, text } from '../options.ts';
import type { OptionSpec, RawOptions } from '../stage.ts';

export interface WaitImagesOptions {
  /** Components that moved, with their new target SHA and image digests from before; null: standalone. */
  moved: MovedComponent[] | null;
  timeoutMs: number;
  intervalMs: number;
}

export interface MovedComponent {
  name: string;
  sha: string;
  /** image reference → digest its tag had before the move. */
  before: Record<string, string>;
}

export const waitImagesOptionSpecs: OptionSpec[] = [
  { name: 'moved', type: 'string', description: 'The move-stable result (JSON): wait only for what moved, from the digests it recorded' },
  { name: 'timeout', type: 'string', description: 'Give up after this long', default: '90m' },
  { name: 'interval', type: 'string', description: 'First pause between polls; grows to 60s', default: '15s' },
];

const movedComponent = z.object({
  name: z.string(),
  status: z.string().optional(),
  current: z.string().nullable().optional(),
  imagesBefore: z.record(z.string(), z.string()).optional(),
});
const movedDocument = z.union([
  z.array(movedComponent),
  z.object({ components: z.array(movedComponent) }),
  z.object({ result: z.object({ components: z.array(movedComponent) }) }),
]);

export function parseWaitImagesOptions(raw: RawOptions, config: Config): WaitImagesOptions {
  const timeoutMs = duration(raw, 'timeout', '90m');
  const intervalMs = duration(raw, 'interval', '15s');
  const movedText = text(raw, 'moved');
  if (!movedText) return { moved: null, timeoutMs, intervalMs };
  let parsed: unknown;
  try {
    parsed = JSON.parse(movedText);
  } catch {
    throw new UsageError('--moved: not JSON', 'pass the move-stable result, e.g. ${{ steps.move.outputs.result }}');
  }
  const doc = movedDocument.safeParse(parsed);
  if (!doc.success) throw new UsageError('--moved: expected the move-stable result ({"components": [{"name", "status", "current"}, ...]})');
  const list = Array.isArray(doc.data) ? doc.data : 'components' in doc.data ? doc.data.components : doc.data.result.components;
  const names = new Set(config.components.map((c) => c.name));
  const moved: MovedComponent[] = [];
  for (const c of list) {
    if (!names.has(c.name)) throw new UsageError(`--moved: component "${c.name}" is not in the configuration`);
    if (c.status !== undefined && c.status !== 'moved') continue;
    if (!c.current || !/^[0-9a-f]{40}$/.test(c.current)) throw new UsageError(`--moved: component "${c.name}" has no full commit SHA in "current"`);
    moved.push({ name: c.name, sha: c.current, before: c.imagesBefore ?? {} });
  }
  return { moved, timeoutMs, intervalMs };
}
