import type { WorkloadChange } from './previous.ts';

/** One entry of import-images' workloads result, as rollback reads it (typed inside deploy, JSON at a job edge). */
export interface ImportedWorkload {
  workload: string;
  status: string;
  containers: Array<{ name: string; previous: string; image: string }>;
}

/** Only what that run changed: an unchanged or failed workload has nothing of ours to undo. */
export function changesOf(entries: ImportedWorkload[]): Map<string, WorkloadChange> {
  const out = new Map<string, WorkloadChange>();
  for (const e of entries)
    if (e.status === 'set') out.set(e.workload, { workload: e.workload, containers: e.containers.filter((c) => c.previous !== c.image) });
  return out;
}
