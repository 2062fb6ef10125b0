import { formatDuration } from '../../core/duration.ts';
import { StageError } from '../../core/errors.ts';
import type { Component } from '../../config/types.ts';
import type { WorkflowRun, WorkflowRunWatcher } from '../../github/workflow-runs.ts';
import type { BuildClock } from './readiness.ts';

export interface BuildState {
  done: boolean;
  runs: WorkflowRun[];
  line: string;
  /** When the first build of the commit started, once every workflow has a run for it. */
  startedAt?: number;
  /** Since when the oldest unfinished run of this component has been running. */
  runningSince?: number;
}

/** The latest run of each build workflow for the commit on the target branch. */
export async function buildState(
  component: Component,
  sha: string,
  branch: string,
  watcher: WorkflowRunWatcher,
  now: number,
): Promise<BuildState> {
  if (!component.build!.workflows.length) throw new StageError(`${component.name}: build.workflows is empty`);
  const repo = component.transport.kind === 'github' ? component.transport.repo : '';
  const runs: WorkflowRun[] = [];
  const parts: string[] = [];
  let done = true;
  let everyWorkflowRan = true;
  let runningSince: number | undefined;
  for (const workflow of component.build!.workflows) {
    const all = await watcher.runs(repo, workflow, sha, branch);
    const latest = [...all].sort((a, b) => b.id - a.id)[0];
    if (!latest) {
      done = false;
      everyWorkflowRan = false;
      parts.push(`${workflow}: no run for ${sha.slice(0, 7)} yet`);
      continue;
    }
    runs.push(latest);
    if (latest.status !== 'completed') {
      done = false;
      runningSince = Math.min(runningSince ?? Infinity, latest.startedAt);
      parts.push(`${workflow} ${latest.status} for ${formatDuration(Math.max(0, now - latest.startedAt))}`);
    }
  }
  const startedAt = everyWorkflowRan && runs.length ? Math.min(...runs.map((r) => r.startedAt)) : undefined;
  return {
    done,
    runs,
    line: parts.join('; ') || 'build finished',
    ...(startedAt !== undefined ? { startedAt } : {}),
    ...(runningSince !== undefined ? { runningSince } : {}),
  };
}

export function buildClock(component: Component, state: BuildState | undefined): BuildClock {
  return { configured: !!component.build, ...(state?.startedAt !== undefined ? { startedAt: state.startedAt } : {}) };
}
