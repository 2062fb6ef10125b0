import { StageError, UsageError } from '../../core/errors.ts';
import type { GitHubRepository } from '../../github/repository.ts';
import { verifyChecks } from './checks.ts';
import type { BranchTransport, CheckVerdict, Relation } from './transport.ts';
import { LeaseLostError, readAgain } from './transport.ts';

/**
 * Moves branches through the GitHub API: no clone and no SSH key. The move itself is the
 * GraphQL `updateRefs` mutation, because its `beforeOid` is an atomic lease; the REST
 * "update a reference" endpoint has none.
 */
export class GitHubTransport implements BranchTransport {
  readonly label: string;
  private readonly repo: GitHubRepository;
  private readonly branches: { source: string; target: string };
  private readonly serverUrl: string;
  private info: { nodeId: string; canPush: boolean | undefined } | undefined;

  constructor(repo: GitHubRepository, branches: { source: string; target: string }, serverUrl: string) {
    this.repo = repo;
    this.label = repo.fullName;
    this.branches = branches;
    this.serverUrl = serverUrl;
  }

  private async repository(): Promise<{ nodeId: string; canPush: boolean | undefined }> {
    if (this.info) return this.info;
    const info = await this.repo.info();
    if (!info) {
      throw new StageError(
        `${this.label}: repository not found on GitHub, or the token cannot see it (404)`,
        `check components[].repo "${this.label}"; a private repository answers 404 without a token that may read it (GITHUB_TOKEN)`,
      );
    }
    this.info = info;
    return info;
  }

  async read(): Promise<{ source: string; target: string | null }> {
    await this.repository();
    const [source, target] = await Promise.all([this.repo.branchHead(this.branches.source), this.repo.branchHead(this.branches.target)]);
    if (!source)
      throw new StageError(`${this.label}: branch "${this.branches.source}" does not exist`, 'check branches.source in the configuration');
    return { source, target };
  }

  async resolveOnSource(rev: string, sourceHead: string): Promise<string> {
    const sha = await this.repo.commitSha(rev);
    if (!sha)
      throw new UsageError(
        `--to: ${this.label}: "${rev}" is not a commit of this repository`,
        `give a commit that is on ${this.branches.source}`,
      );
    const relation = await this.repo.compare(sha, sourceHead, 0);
    if (relation.status !== 'identical' && relation.status !== 'ahead') {
      throw new UsageError(
        `--to: ${this.label}: ${sha.slice(0, 7)} is not on ${this.branches.source}`,
        `--to takes a commit of ${this.branches.source}`,
      );
    }
    return sha;
  }

  async relation(base: string, head: string): Promise<Relation> {
    if (base === head) return { status: 'identical', aheadBy: 0, behindBy: 0 };
    const line = (c: { sha: string; subject: string }): string => `${c.sha.slice(0, 7)} ${c.subject}`;
    const forward = await this.repo.compare(base, head, 20);
    const relation: Relation = { status: forward.status, aheadBy: forward.aheadBy, behindBy: forward.behindBy };
    if (forward.aheadBy > 0) relation.onlyInHead = forward.newest.map(line);
    // What a force would drop: the commits of base that head lacks.
    if (forward.behindBy > 0) relation.onlyInBase = (await this.repo.compare(head, base, 5)).newest.map(line);
    return relation;
  }

  async probePush(): Promise<string | undefined> {
    const { canPush } = await this.repository();
    return canPush === false ? `the token cannot push to ${this.label}; give it contents: write there` : undefined;
  }

  checks(sha: string, configured: string[] | undefined): Promise<CheckVerdict> {
    return verifyChecks(this.repo, this.branches.source, sha, configured);
  }

  async update(from: string | null, to: string, force: boolean): Promise<void> {
    const { nodeId } = await this.repository();
    try {
      await this.repo.updateRef(nodeId, `refs/heads/${this.branches.target}`, from, to, force);
    } catch (error) {
      // The remote is the truth: the answer may be lost while the update landed.
      const now = await readAgain(this.targetHead(), `${this.label} ${this.branches.target}`, error);
      if (now === to) return;
      if (now !== from) throw new LeaseLostError(`${this.label} ${this.branches.target}`, from, now);
      throw error;
    }
  }

  targetHead(): Promise<string | null> {
    return this.repo.branchHead(this.branches.target);
  }

  compareUrl(from: string, to: string): string {
    return `${this.serverUrl}/${this.label}/compare/${from.slice(0, 12)}...${to.slice(0, 12)}`;
  }

  async close(): Promise<void> {}
}
