import { UsageError } from '../../core/errors.ts';
import { text } from '../options.ts';
import type { RawOptions } from '../stage.ts';
import type { StreamTarget } from '../shared/cluster/scope.ts';
import { importedWorkloads } from './workloads.ts';
import type { WorkloadChange } from '../shared/cluster/previous.ts';

/**
 * What this run changed, so that a rollback after a failed deployment returns exactly that and
 * nothing else (a stream that did not change this week would otherwise go back one more image
 * and stay pinned there).
 * - `imported`: import-images' result: the streams it reports `imported`.
 * - `digests`: wait-images' digests (image → digest), for when import-images left no result (its job
 *   was cancelled or timed out): a stream counts as changed by this run when its tag now points at
 *   the new image's digest, the mark an import leaves; a stream the import never reached is left alone.
 * With neither, the scope options alone decide (a rollback by hand).
 */
export interface ThisRun {
  /**
   * "stream:tag" of every stream the import changed → the digest the tag had before this run (the
   * import's `previous`; null when unknown): the rollback returns there, not to whatever image
   * came before the current one (a scheduled import may have brought another since); null: not given.
   */
  imported: Map<string, string | null> | null;
  /** The workloads the import set, with each container's image before; null: the workloads' annotation says. */
  workloads: Map<string, WorkloadChange> | null;
  /** image → the digest this run rolled out; null: not given. */
  digests: Map<string, string> | null;
}

const HINT = 'pass the outputs unchanged, e.g. ${{ needs.import.outputs.streams }} and ${{ needs.images.outputs.digests }}';

export { thisRunSpecs } from './options.ts';

export function parseThisRun(raw: RawOptions): ThisRun {
  const imported = text(raw, 'imported');
  const parsed = imported === undefined ? undefined : unwrap(json(imported, 'imported'));
  // import-images' workloads output alone (a bare list of workloads): no stream is this run's.
  if (Array.isArray(parsed) && parsed.length && parsed.every((e) => isObject(e) && 'workload' in e))
    return { imported: new Map(), workloads: importedWorkloads(parsed), digests: newDigests(text(raw, 'digests')) };
  return {
    imported: parsed === undefined ? null : importedStreams(parsed),
    workloads: isObject(parsed) && Array.isArray(parsed.workloads) ? importedWorkloads(parsed.workloads) : null,
    digests: newDigests(text(raw, 'digests')),
  };
}

/** The action's `result` output and the CLI's --json document wrap the result once more. */
function unwrap(parsed: unknown): unknown {
  return isObject(parsed) && isObject(parsed.result) ? parsed.result : parsed;
}

/** Whether the rollback may touch this stream: this run changed it (or nothing says what this run changed). */
export function changedByThisRun(scope: ThisRun, target: StreamTarget, current: string | null): boolean {
  if (scope.imported) return scope.imported.has(`${target.stream}:${target.tag}`);
  if (scope.digests) return current !== null && scope.digests.get(target.image) === current;
  return true;
}

function json(value: string, option: string): unknown {
  try {
    return JSON.parse(value);
  } catch {
    throw new UsageError(`--${option}: not JSON`, HINT);
  }
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function importedStreams(result: unknown): Map<string, string | null> {
  const parsed = isObject(result) ? result.streams : result;
  if (!Array.isArray(parsed))
    throw new UsageError('--imported: expected the import-images result ({"streams": [{"stream", "tag", "status"}, ...]})', HINT);
  const imported = new Map<string, string | null>();
  for (const s of parsed) {
    if (!isObject(s) || typeof s.stream !== 'string' || typeof s.tag !== 'string' || typeof s.status !== 'string')
      throw new UsageError('--imported: every stream needs "stream", "tag" and "status"', HINT);
    const previous = typeof s.previous === 'string' && /^sha256:[0-9a-f]{64}$/.test(s.previous) ? s.previous : null;
    if (s.status === 'imported') imported.set(`${s.stream}:${s.tag}`, previous);
  }
  return imported;
}

function newDigests(value: string | undefined): Map<string, string> | null {
  if (value === undefined) return null;
  const parsed = json(value, 'digests');
  if (!isObject(parsed) || Object.values(parsed).some((d) => typeof d !== 'string' || !/^sha256:[0-9a-f]{64}$/.test(d)))
    throw new UsageError('--digests: expected a JSON object image → sha256:… digest', HINT);
  return new Map(Object.entries(parsed as Record<string, string>));
}
