import type { GitHubClient } from './client.ts';

/** A merged pull request, as the release notes need it. */
export interface MergedPull {
  /** owner/name */
  repository: string;
  number: number;
  title: string;
  body: string | null;
  author: string;
  labels: string[];
  mergedAt: string;
  url: string;
}

export interface SearchResult {
  pulls: MergedPull[];
  /** GitHub answered before searching everything (a timeout on its side): the list may lack PRs. */
  incomplete: boolean;
  requests: number;
}

/** GitHub's search returns at most this many results per query. */
export const SEARCH_CAP = 1000;

function split(repo: string): { owner: string; repo: string } {
  const [owner, name] = repo.split('/') as [string, string];
  return { owner, repo: name };
}

function labelNames(labels: Array<string | { name?: string }>): string[] {
  return labels.map((l) => (typeof l === 'string' ? l : (l.name ?? ''))).filter(Boolean);
}

/** GitHub refuses longer search queries. */
const QUERY_LIMIT = 256;

/** `repo:` qualifiers grouped so that each query stays within GitHub's length limit. */
function queries(repos: string[], rest: string): string[] {
  const out: string[] = [];
  let current = '';
  for (const repo of repos) {
    const next = `${current}repo:${repo} `;
    if (current && (next + rest).length > QUERY_LIMIT) {
      out.push(current + rest);
      current = `repo:${repo} `;
    } else {
      current = next;
    }
  }
  if (current) out.push(current + rest);
  return out;
}

/**
 * The PRs merged into `base` between two instants (ISO 8601 with offset, both included) in any
 * of the repositories, through the search endpoint: several repositories share one query (the
 * search allows 30 requests a minute), every page read.
 */
export async function searchMergedPulls(
  client: GitHubClient,
  repos: string[],
  base: string,
  since: string,
  until: string,
): Promise<SearchResult> {
  const pulls: MergedPull[] = [];
  let incomplete = false;
  let requests = 0;
  const known = new Map(repos.map((r) => [r.toLowerCase(), r]));
  for (const q of queries(repos, `is:pr is:merged base:${base} merged:${since}..${until}`)) {
    for await (const page of client.paginate.iterator(client.rest.search.issuesAndPullRequests, {
      q,
      per_page: 100,
      sort: 'created',
      order: 'asc',
    })) {
      requests++;
      const data = page.data;
      if (data.incomplete_results) incomplete = true;
      if ((data.total_count ?? 0) > SEARCH_CAP) {
        throw new Error(`the search "${q}" matches ${data.total_count} PRs; GitHub returns at most ${SEARCH_CAP}: choose a shorter period`);
      }
      for (const item of data) {
        const mergedAt = item.pull_request?.merged_at;
        const repository = known.get(item.repository_url.replace(/^.*\/repos\//, '').toLowerCase());
        if (!item.pull_request || !mergedAt || !repository) continue;
        pulls.push({
          repository,
          number: item.number,
          title: item.title,
          body: item.body ?? null,
          author: item.user?.login ?? 'ghost',
          labels: labelNames(item.labels),
          mergedAt,
          url: item.pull_request.html_url ?? item.html_url,
        });
      }
    }
  }
  return { pulls, incomplete, requests };
}

export interface CommitRange {
  /** The commits on the first-parent line from head back to base, oldest first. */
  mainline: string[];
  total: number;
  requests: number;
}

/**
 * The commits `base..head` (GitHub's compare, every page), reduced to the first-parent line of
 * `head`: the squash, rebase and merge commits that landed on the branch, not the commits
 * inside merged PR branches (those belong to the merge commit's PR anyway).
 */
export async function mainlineCommits(client: GitHubClient, repo: string, base: string, head: string): Promise<CommitRange> {
  const parents = new Map<string, string[]>();
  let requests = 0;
  let total = 0;
  for (let page = 1; ; page++) {
    const response = await client.rest.repos.compareCommitsWithBasehead({
      ...split(repo),
      basehead: `${base}...${head}`,
      per_page: 100,
      page,
    });
    requests++;
    total = response.data.total_commits;
    for (const c of response.data.commits)
      parents.set(
        c.sha,
        c.parents.map((p) => p.sha),
      );
    if (!/rel="next"/.test(response.headers.link ?? '')) break;
  }
  const mainline: string[] = [];
  for (let sha: string | undefined = head; sha && parents.has(sha); sha = parents.get(sha)![0]) mainline.push(sha);
  return { mainline: mainline.reverse(), total, requests };
}

/** The merged PRs a commit came with (GitHub also lists open PRs that contain it: left out). */
export async function mergedPullsOfCommit(
  client: GitHubClient,
  repo: string,
  sha: string,
): Promise<{ pulls: MergedPull[]; requests: number }> {
  const pulls: MergedPull[] = [];
  let requests = 0;
  for await (const page of client.paginate.iterator(client.rest.repos.listPullRequestsAssociatedWithCommit, {
    ...split(repo),
    commit_sha: sha,
    per_page: 100,
  })) {
    requests++;
    for (const pr of page.data) {
      if (!pr.merged_at) continue;
      pulls.push({
        repository: repo,
        number: pr.number,
        title: pr.title,
        body: pr.body,
        author: pr.user?.login ?? 'ghost',
        labels: labelNames(pr.labels),
        mergedAt: pr.merged_at,
        url: pr.html_url,
      });
    }
  }
  return { pulls, requests };
}

export interface OpenPull {
  number: number;
  url: string;
  title: string;
  body: string;
  draft: boolean;
}

/** The open PR from `owner:branch` into `base`, if any. */
export async function findOpenPull(client: GitHubClient, repo: string, branch: string, base: string): Promise<OpenPull | undefined> {
  const { owner } = split(repo);
  const response = await client.rest.pulls.list({ ...split(repo), head: `${owner}:${branch}`, base, state: 'open', per_page: 10 });
  const pr = response.data[0];
  return pr ? { number: pr.number, url: pr.html_url, title: pr.title, body: pr.body ?? '', draft: pr.draft ?? false } : undefined;
}

export async function createDraftPull(
  client: GitHubClient,
  repo: string,
  pull: { branch: string; base: string; title: string; body: string },
): Promise<OpenPull> {
  const response = await client.rest.pulls.create({
    ...split(repo),
    head: pull.branch,
    base: pull.base,
    title: pull.title,
    body: pull.body,
    draft: true,
  });
  const pr = response.data;
  return { number: pr.number, url: pr.html_url, title: pr.title, body: pr.body ?? '', draft: pr.draft ?? true };
}

export async function updatePull(
  client: GitHubClient,
  repo: string,
  number: number,
  change: { title: string; body: string },
): Promise<void> {
  await client.rest.pulls.update({ ...split(repo), pull_number: number, title: change.title, body: change.body });
}
