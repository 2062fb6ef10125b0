import type { GitHubClient } from './client.ts';
import { gitHubError, unexpectedAnswer } from './errors.ts';

/** One job of a workflow run as the timeline reads it; times are epoch ms, null while not reached. */
export interface RunJob {
  id: number;
  name: string;
  status: string;
  conclusion: string | null;
  /** When the job was queued: before an environment's approval, the wait starts here. */
  createdAt: number | null;
  startedAt: number | null;
  completedAt: number | null;
  htmlUrl: string | null;
}

interface JobJson {
  id: number;
  name: string;
  status: string;
  conclusion: string | null;
  created_at?: string | null;
  started_at?: string | null;
  completed_at?: string | null;
  html_url?: string | null;
}

const time = (value: string | null | undefined): number | null => {
  const t = value ? Date.parse(value) : NaN;
  return Number.isFinite(t) ? t : null;
};

/**
 * The jobs of a workflow run, every page (GET /repos/{owner}/{repo}/actions/runs/{run_id}/jobs,
 * filter=latest: a re-run's attempt replaces the earlier one), through the one client and its retries.
 */
export async function listRunJobs(github: GitHubClient, repository: string, runId: number): Promise<RunJob[]> {
  const [owner, repo] = repository.split('/') as [string, string];
  const what = `GET /repos/${repository}/actions/runs/${runId}/jobs`;
  const jobs: RunJob[] = [];
  try {
    for await (const response of github.paginate.iterator('GET /repos/{owner}/{repo}/actions/runs/{run_id}/jobs', {
      owner,
      repo,
      run_id: runId,
      filter: 'latest',
      per_page: 100,
    })) {
      const data: unknown = response.data;
      if (!Array.isArray(data)) throw unexpectedAnswer(what, 'with something that is not a list of jobs');
      for (const job of data as JobJson[]) {
        if (typeof job?.id !== 'number' || typeof job.name !== 'string')
          throw unexpectedAnswer(what, `with a job without id or name: ${JSON.stringify(job).slice(0, 120)}`);
        jobs.push({
          id: job.id,
          name: job.name,
          status: job.status,
          conclusion: job.conclusion ?? null,
          createdAt: time(job.created_at),
          startedAt: time(job.started_at),
          completedAt: time(job.completed_at),
          htmlUrl: job.html_url ?? null,
        });
      }
    }
  } catch (error) {
    throw gitHubError(error, what);
  }
  return jobs;
}
