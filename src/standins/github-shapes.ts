import { createHash } from 'node:crypto';
import type { Reply } from './http-double.ts';

/**
 * JSON shapes of GitHub's REST answers for pull requests, search, commits and contents, as the
 * REST documentation shows them (fields the clients here do not read are kept where cheap, so a
 * client relying on a documented field does not pass by accident).
 */

export interface PullState {
  repo: string;
  number: number;
  title: string;
  body: string | null;
  author: string;
  labels: string[];
  state: 'open' | 'closed';
  draft: boolean;
  createdAt: string;
  updatedAt: string;
  mergedAt: string | null;
  base: string;
  head: string;
  /** Commits of the PR branch, oldest first. */
  commits: string[];
  mergeCommitSha: string | null;
}

export interface Commit {
  sha: string;
  parents: string[];
  message: string;
  date: string;
  /** path → content of the files this commit holds (its first parent's, with its own changes). */
  tree: Map<string, string>;
  /** Creation order: compare lists commits in it (chronologically, as GitHub does). */
  seq: number;
}

export function user(login: string): object {
  return {
    login,
    id: login.length * 1000 + 7,
    node_id: `U_${login}`,
    avatar_url: `https://avatars.githubusercontent.com/u/${login.length}`,
    html_url: `https://github.com/${login}`,
    type: 'User',
    site_admin: false,
  };
}

function label(name: string, i: number): object {
  return {
    id: 1000 + i,
    node_id: `LA_${i}`,
    url: `https://api.github.com/labels/${encodeURIComponent(name)}`,
    name,
    color: 'ededed',
    default: false,
    description: null,
  };
}

export function pullJson(api: string, pr: PullState, headSha: string, baseSha: string): object {
  const [owner] = pr.repo.split('/') as [string];
  const url = `${api}/repos/${pr.repo}/pulls/${pr.number}`;
  return {
    url,
    id: 500_000 + pr.number,
    node_id: `PR_${pr.number}`,
    html_url: `https://github.com/${pr.repo}/pull/${pr.number}`,
    diff_url: `https://github.com/${pr.repo}/pull/${pr.number}.diff`,
    patch_url: `https://github.com/${pr.repo}/pull/${pr.number}.patch`,
    issue_url: `${api}/repos/${pr.repo}/issues/${pr.number}`,
    number: pr.number,
    state: pr.state,
    locked: false,
    title: pr.title,
    user: user(pr.author),
    body: pr.body,
    labels: pr.labels.map(label),
    milestone: null,
    active_lock_reason: null,
    created_at: pr.createdAt,
    updated_at: pr.updatedAt,
    closed_at: pr.state === 'closed' ? (pr.mergedAt ?? pr.updatedAt) : null,
    merged_at: pr.mergedAt,
    merge_commit_sha: pr.mergeCommitSha,
    assignee: null,
    assignees: [],
    requested_reviewers: [],
    requested_teams: [],
    draft: pr.draft,
    commits_url: `${url}/commits`,
    statuses_url: `${api}/repos/${pr.repo}/statuses/${headSha}`,
    head: { label: `${owner}:${pr.head}`, ref: pr.head, sha: headSha, user: user(owner), repo: null },
    base: { label: `${owner}:${pr.base}`, ref: pr.base, sha: baseSha, user: user(owner), repo: null },
    author_association: 'MEMBER',
    auto_merge: null,
  };
}

/** An item of `GET /search/issues`: the issue side of a PR, with `pull_request.merged_at`. */
export function searchItemJson(api: string, pr: PullState): object {
  return {
    url: `${api}/repos/${pr.repo}/issues/${pr.number}`,
    repository_url: `${api}/repos/${pr.repo}`,
    html_url: `https://github.com/${pr.repo}/pull/${pr.number}`,
    id: 700_000 + pr.number,
    node_id: `I_${pr.number}`,
    number: pr.number,
    title: pr.title,
    user: user(pr.author),
    labels: pr.labels.map(label),
    state: pr.state,
    locked: false,
    assignee: null,
    assignees: [],
    milestone: null,
    comments: 0,
    created_at: pr.createdAt,
    updated_at: pr.updatedAt,
    closed_at: pr.state === 'closed' ? (pr.mergedAt ?? pr.updatedAt) : null,
    author_association: 'MEMBER',
    draft: pr.draft,
    body: pr.body,
    score: 1,
    pull_request: {
      url: `${api}/repos/${pr.repo}/pulls/${pr.number}`,
      html_url: `https://github.com/${pr.repo}/pull/${pr.number}`,
      diff_url: `https://github.com/${pr.repo}/pull/${pr.number}.diff`,
      patch_url: `https://github.com/${pr.repo}/pull/${pr.number}.patch`,
      merged_at: pr.mergedAt,
    },
  };
}

export function commitJson(api: string, repo: string, c: Commit): object {
  const person = { name: 'Packit Dev', email: 'dev@packit.dev', date: c.date };
  return {
    sha: c.sha,
    node_id: `C_${c.sha}`,
    url: `${api}/repos/${repo}/commits/${c.sha}`,
    html_url: `https://github.com/${repo}/commit/${c.sha}`,
    commit: {
      message: c.message,
      author: person,
      committer: person,
      tree: { sha: c.sha.split('').reverse().join(''), url: '' },
      comment_count: 0,
    },
    author: null,
    committer: null,
    parents: c.parents.map((sha) => ({
      sha,
      url: `${api}/repos/${repo}/commits/${sha}`,
      html_url: `https://github.com/${repo}/commit/${sha}`,
    })),
  };
}

export function contentJson(api: string, repo: string, ref: string, path: string, sha: string, content?: string): object {
  const url = `${api}/repos/${repo}/contents/${path}?ref=${ref}`;
  return {
    type: 'file',
    name: path.split('/').pop(),
    path,
    sha,
    size: content === undefined ? 0 : Buffer.byteLength(content),
    url,
    git_url: `${api}/repos/${repo}/git/blobs/${sha}`,
    html_url: `https://github.com/${repo}/blob/${ref}/${path}`,
    download_url: `https://raw.githubusercontent.com/${repo}/${ref}/${path}`,
    // GitHub wraps the base64 text every 60 characters.
    ...(content === undefined ? {} : { encoding: 'base64', content: Buffer.from(content).toString('base64').replace(/.{60}/g, '$&\n') }),
    _links: { self: url, git: `${api}/repos/${repo}/git/blobs/${sha}`, html: `https://github.com/${repo}/blob/${ref}/${path}` },
  };
}

/** An error answer of the REST API: message, documentation link, status as text. */
export const error = (status: number, message: string, documentation: string, extra: object = {}): Reply => ({
  status,
  body: { message, documentation_url: `https://docs.github.com/rest/${documentation}`, status: String(status), ...extra },
});

/** Git's blob id of a file's content, as the contents API reports it in `sha`. */
export function blobSha(content: string): string {
  const bytes = Buffer.from(content);
  return createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}
