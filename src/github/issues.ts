import type { GitHubClient } from './client.ts';

export interface TrackedIssue {
  number: number;
  url: string;
  action: 'created' | 'updated' | 'unchanged';
}

/**
 * An issue that tracks one request, found again by a hidden marker in its body, so a re-run
 * updates the open issue instead of filing a second one.
 */
export async function upsertTrackingIssue(
  github: GitHubClient,
  repo: string,
  issue: { marker: string; title: string; body: string; labels?: string[] },
): Promise<TrackedIssue> {
  const [owner, name] = repo.split('/') as [string, string];
  const tag = `<!-- service-guru:${issue.marker} -->`;
  const body = `${issue.body}\n\n${tag}\n`;
  // The search API lags behind new issues by minutes; listing the open ones does not.
  const open = await github.paginate(github.rest.issues.listForRepo, { owner, repo: name, state: 'open', per_page: 100 });
  const existing = open.find((i) => !i.pull_request && (i.body ?? '').includes(tag));
  if (existing) {
    if (existing.body === body && existing.title === issue.title)
      return { number: existing.number, url: existing.html_url, action: 'unchanged' };
    const updated = await github.rest.issues.update({ owner, repo: name, issue_number: existing.number, title: issue.title, body });
    return { number: updated.data.number, url: updated.data.html_url, action: 'updated' };
  }
  const created = await github.rest.issues.create({
    owner,
    repo: name,
    title: issue.title,
    body,
    ...(issue.labels?.length ? { labels: issue.labels } : {}),
  });
  return { number: created.data.number, url: created.data.html_url, action: 'created' };
}
