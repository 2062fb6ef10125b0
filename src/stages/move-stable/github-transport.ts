import { StageError } from '../../core/errors.ts';
import type { GitHubClient } from '../../github/client.ts';
import { isRequestError } from '../../github/client.ts';
import type { BranchTransport, Relation } from './transport.ts';
import { LeaseLostError } from './transport.ts';

const ZERO = '0000000000000000000000000000000000000000';

const UPDATE_REFS = `mutation($repositoryId: ID!, $refUpdates: [RefUpdate!]!) {
  updateRefs(input: {repositoryId: $repositoryId, refUpdates: $refUpdates}) { clientMutationId }
}`;

/**
 * Moves branches through the GitHub API: no clone and no SSH key. The move itself is the
 * GraphQL `updateRefs` mutation, because its `beforeOid` is an atomic lease; the REST
 * "update a reference" endpoint has none.
 */
export class GitHubTransport implements BranchTransport {
  readonly label: string;
  private readonly owner: string;
  private readonly repo: string;
  private nodeId: string | undefined;
  /** From the repository's `permissions`, when the API tells (it does for an authenticated token). */
  canPush: boolean | undefined;
  private readonly client: GitHubClient;
  private readonly branches: { source: string; target: string };
  private readonly serverUrl: string;

  constructor(repo: string, branches: { source: string; target: string }, client: GitHubClient, serverUrl: string) {
    const [owner, name] = repo.split('/') as [string, string];
    this.owner = owner;
    this.repo = name;
    this.label = repo;
    this.client = client;
    this.branches = branches;
    this.serverUrl = serverUrl;
  }

  private explain(error: unknown, what: string): StageError {
    if (isRequestError(error)) {
      if (error.status === 401) return new StageError(`${this.label}: ${what}: GitHub refused the token (401)`, 'set GITHUB_TOKEN (input github-token) to a valid token');
      if (error.status === 403) return new StageError(`${this.label}: ${what}: forbidden (403): ${error.message}`, `give the token contents: write on ${this.label}`);
    }
    return new StageError(`${this.label}: ${what}: ${error instanceof Error ? error.message : String(error)}`);
  }

  private async repository(): Promise<string> {
    if (this.nodeId) return this.nodeId;
    try {
      const { data } = await this.client.rest.repos.get({ owner: this.owner, repo: this.repo });
      this.nodeId = data.node_id;
      this.canPush = data.permissions?.push;
      return data.node_id;
    } catch (error) {
      if (isRequestError(error) && error.status === 404) {
        throw new StageError(`${this.label}: repository not found on GitHub, or the token cannot see it (404)`, `check components[].repo "${this.label}" and that the token has access to it`);
      }
      throw this.explain(error, 'reading the repository');
    }
  }

  private async head(branch: string): Promise<string | null> {
    try {
      const { data } = await this.client.rest.git.getRef({ owner: this.owner, repo: this.repo, ref: `heads/${branch}` });
      return data.object.sha;
    } catch (error) {
      if (isRequestError(error) && error.status === 404) return null;
      throw this.explain(error, `reading branch ${branch}`);
    }
  }

  async read(): Promise<{ source: string; target: string | null }> {
    await this.repository();
    const [source, target] = await Promise.all([this.head(this.branches.source), this.head(this.branches.target)]);
    if (!source) throw new StageError(`${this.label}: branch "${this.branches.source}" does not exist`, 'check branches.source in the configuration');
    return { source, target };
  }

  async resolveOnSource(rev: string, sourceHead: string): Promise<string> {
    let sha: string;
    try {
      sha = (await this.client.rest.repos.getCommit({ owner: this.owner, repo: this.repo, ref: rev, per_page: 1 })).data.sha;
    } catch (error) {
      if (isRequestError(error) && (error.status === 404 || error.status === 422)) {
        throw new StageError(`${this.label}: "${rev}" is not a commit of this repository`, `give a commit that is on ${this.branches.source}`);
      }
      throw this.explain(error, `resolving ${rev}`);
    }
    const relation = await this.relation(sha, sourceHead);
    if (relation.status !== 'identical' && relation.status !== 'ahead') {
      throw new StageError(`${this.label}: ${sha.slice(0, 7)} is not on ${this.branches.source}`, `--to takes a commit of ${this.branches.source}`);
    }
    return sha;
  }

  async relation(base: string, head: string): Promise<Relation> {
    if (base === head) return { status: 'identical', aheadBy: 0, behindBy: 0 };
    try {
      const { data } = await this.client.rest.repos.compareCommitsWithBasehead({
        owner: this.owner,
        repo: this.repo,
        basehead: `${base}...${head}`,
        per_page: 20,
      });
      const relation: Relation = { status: data.status, aheadBy: data.ahead_by, behindBy: data.behind_by };
      // The first page holds the oldest commits; newest first, like git log.
      if (data.ahead_by > 0) relation.onlyInHead = data.commits.map((c) => `${c.sha.slice(0, 7)} ${c.commit.message.split('\n')[0]}`).reverse();
      if (data.behind_by > 0) {
        // What a force would drop: the commits of base that head lacks.
        const back = await this.client.rest.repos.compareCommitsWithBasehead({
          owner: this.owner,
          repo: this.repo,
          basehead: `${head}...${base}`,
          per_page: 5,
        });
        relation.onlyInBase = back.data.commits
          .slice(0, 5)
          .map((c) => `${c.sha.slice(0, 7)} ${c.commit.message.split('\n')[0]}`);
      }
      return relation;
    } catch (error) {
      throw this.explain(error, `comparing ${base.slice(0, 7)}...${head.slice(0, 7)}`);
    }
  }

  async update(from: string | null, to: string, force: boolean): Promise<void> {
    const repositoryId = await this.repository();
    try {
      await this.client.graphql(UPDATE_REFS, {
        repositoryId,
        refUpdates: [{ name: `refs/heads/${this.branches.target}`, beforeOid: from ?? ZERO, afterOid: to, force }],
      });
    } catch (error) {
      const now = await this.head(this.branches.target);
      if (now === to) return; // our own update landed, its answer was lost
      if (now !== from) throw new LeaseLostError(`${this.label} ${this.branches.target}`, from, now);
      throw this.explain(error, `moving ${this.branches.target} to ${to.slice(0, 7)}`);
    }
  }

  compareUrl(from: string, to: string): string {
    return `${this.serverUrl}/${this.owner}/${this.repo}/compare/${from.slice(0, 12)}...${to.slice(0, 12)}`;
  }

  async close(): Promise<void> {}
}
