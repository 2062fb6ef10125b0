import { createHash } from 'node:crypto';
import { HttpDouble, type Handler, type Reply } from './http-double.ts';
import { pullJson, type CommitState, type PullState } from './github-prs-shapes.ts';

export interface RepoState {
  fullName: string;
  defaultBranch: string;
  branches: Map<string, string>;
  commits: Map<string, CommitState>;
  pulls: PullState[];
}

export const error = (status: number, message: string, documentation: string, extra: object = {}): Reply => ({
  status,
  body: { message, documentation_url: `https://docs.github.com/rest/${documentation}`, status: String(status), ...extra },
});

export function blobSha(content: string): string {
  const bytes = Buffer.from(content);
  return createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}

/** The repositories a GitHub double holds: commits with their files, branches, pull requests. */
export class PullsStore extends HttpDouble {
  readonly repos = new Map<string, RepoState>();
  token = 'ghs_pullstoken1234567890';
  /** GitHub caps per_page at 100; tests lower it to see several pages. */
  maxPerPage = 100;
  private seq = 0;

  constructor(handler: Handler) {
    super(handler);
  }

  addRepo(fullName: string, defaultBranch = 'main'): RepoState {
    const repo: RepoState = { fullName, defaultBranch, branches: new Map(), commits: new Map(), pulls: [] };
    this.repos.set(fullName, repo);
    return repo;
  }
  /** A commit; its files are its first parent's with `files` applied. */
  commit(repo: string, message: string, parents: string[], date: string, files: Record<string, string> = {}): string {
    const state = this.repos.get(repo)!;
    const seq = ++this.seq;
    const sha = createHash('sha1')
      .update(`${repo}\0${message}\0${parents.join(',')}\0${seq}`)
      .digest('hex');
    const tree = new Map(parents[0] ? state.commits.get(parents[0])!.tree : []);
    for (const [path, content] of Object.entries(files)) tree.set(path, content);
    state.commits.set(sha, { sha, parents, message, date, tree, seq });
    return sha;
  }
  addPull(repo: string, pull: Omit<PullState, 'repo' | 'draft' | 'updatedAt'> & { draft?: boolean }): PullState {
    const state: PullState = { ...pull, repo, draft: pull.draft ?? false, updatedAt: pull.mergedAt ?? pull.createdAt };
    this.repos.get(repo)!.pulls.push(state);
    return state;
  }
  /** The file on a branch, as a test reads it back. */
  file(repo: string, branch: string, path: string): string | undefined {
    const state = this.repos.get(repo)!;
    return state.commits.get(state.branches.get(branch) ?? '')?.tree.get(path);
  }
  reachable(repo: RepoState, from: string): Set<string> {
    const seen = new Set<string>();
    const stack = [from];
    while (stack.length) {
      const sha = stack.pop()!;
      if (seen.has(sha) || !repo.commits.has(sha)) continue;
      seen.add(sha);
      stack.push(...repo.commits.get(sha)!.parents);
    }
    return seen;
  }
  /** One page of a list, with GitHub's Link header (next, last, first, prev). */
  page<T>(url: URL, items: T[], defaultPerPage = 30): { items: T[]; headers: Record<string, string> } {
    const perPage = Math.min(Number(url.searchParams.get('per_page') ?? defaultPerPage), this.maxPerPage);
    const page = Math.max(1, Number(url.searchParams.get('page') ?? 1));
    const last = Math.max(1, Math.ceil(items.length / perPage));
    const link = (n: number, rel: string): string => {
      const target = new URL(url.pathname + url.search, this.url);
      target.searchParams.set('page', String(n));
      return `<${target.toString()}>; rel="${rel}"`;
    };
    const links = [
      ...(page < last ? [link(page + 1, 'next'), link(last, 'last')] : []),
      ...(page > 1 ? [link(1, 'first'), link(page - 1, 'prev')] : []),
    ];
    return { items: items.slice((page - 1) * perPage, page * perPage), headers: links.length ? { link: links.join(', ') } : {} };
  }
  resolve(repo: RepoState, ref: string): string | undefined {
    return repo.branches.get(ref) ?? (repo.commits.has(ref) ? ref : undefined);
  }
  /** A PR as the pulls endpoints answer it. */
  pull(repo: RepoState, p: PullState): object {
    return pullJson(this.url, p, p.commits[p.commits.length - 1] ?? repo.branches.get(p.head) ?? '', repo.branches.get(p.base) ?? '');
  }
}
