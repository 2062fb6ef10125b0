import { StageError, UsageError, errorMessage } from '../../core/errors.ts';
import type { Git } from '../../git/git.ts';
import type { SharedScratch } from '../../git/remote.ts';
import { pushRefusal, RemoteBranches } from '../../git/remote-branches.ts';
import type { BranchTransport, CheckVerdict, Relation } from './transport.ts';
import { LeaseLostError, readAgain } from './transport.ts';

/**
 * Moves the target branch of any git remote (another forge, ssh, a path) with git itself; the
 * git plumbing (fetch, lease, credentials) is RemoteBranches', this says what it means for a move.
 */
export class GitTransport implements BranchTransport {
  readonly label: string;
  private readonly remote: RemoteBranches;
  private readonly source: string;
  private readonly target: string;

  constructor(url: string, branches: { source: string; target: string }, git: Git, scratch: SharedScratch, id: number) {
    this.remote = new RemoteBranches(url, git, scratch, id);
    this.label = this.remote.label;
    this.source = branches.source;
    this.target = branches.target;
  }

  async read(): Promise<{ source: string; target: string | null }> {
    const heads = await this.remote.heads([this.source, this.target]);
    const source = heads.get(this.source);
    if (!source)
      throw new StageError(
        `${this.label}: branch "${this.source}" does not exist`,
        `check branches.source in the configuration and the remote ${this.remote.local ? 'path' : 'URL'}`,
      );
    return { source, target: heads.get(this.target) ?? null };
  }

  async resolveOnSource(rev: string, sourceHead: string): Promise<string> {
    const sha = await this.remote.commit(rev);
    if (!sha)
      throw new UsageError(
        `--to: ${this.label}: "${rev}" is not on ${this.source} (no such commit in its history)`,
        `give a commit that is on ${this.source}, e.g. from git log ${this.source}`,
      );
    if (!(await this.remote.isAncestor(sha, sourceHead)))
      throw new UsageError(
        `--to: ${this.label}: ${sha.slice(0, 7)} is not on ${this.source}`,
        `--to takes a commit of ${this.source}, e.g. from git log ${this.source}`,
      );
    return sha;
  }

  async relation(base: string, head: string): Promise<Relation> {
    if (base === head) return { status: 'identical', aheadBy: 0, behindBy: 0 };
    const { onlyInBase, onlyInHead } = await this.remote.sides(base, head);
    const behindBy = onlyInBase.length;
    const aheadBy = onlyInHead.length;
    const relation: Relation = { status: behindBy === 0 ? 'ahead' : aheadBy === 0 ? 'behind' : 'diverged', aheadBy, behindBy };
    if (aheadBy) relation.onlyInHead = onlyInHead.slice(0, 20);
    if (behindBy) relation.onlyInBase = onlyInBase.slice(0, 5);
    return relation;
  }

  async probePush(from: string | null, to: string): Promise<string | undefined> {
    const problem = await this.remote.pushProblem(this.target, from, to);
    if (!problem) return undefined;
    return `cannot push to ${this.label}: ${problem}; give this machine push rights on ${this.target} there`;
  }

  checks(): Promise<CheckVerdict | null> {
    return Promise.resolve(null);
  }

  async update(from: string | null, to: string, force: boolean): Promise<void> {
    let output: string;
    try {
      const pushed = await this.remote.push(this.target, from, to);
      if (pushed.ok) return;
      output = pushed.output;
    } catch (error) {
      output = errorMessage(error);
    }
    // Whatever went wrong, the remote is the truth: the answer may be lost while the push landed.
    const now = await readAgain(this.targetHead(), `${this.label} ${this.target}`, output);
    if (now === to) return;
    if (now !== from) throw new LeaseLostError(`${this.label} ${this.target}`, from, now);
    if (!force && /non-fast-forward/.test(output))
      throw new StageError(`${this.label}: ${this.target} cannot be fast-forwarded to ${to.slice(0, 7)}`);
    throw new StageError(
      `${this.label}: push to ${this.target} was refused: ${pushRefusal(output)}`,
      'check push rights and branch protection of the remote',
    );
  }

  targetHead(): Promise<string | null> {
    return this.remote.head(this.target);
  }

  compareUrl(): string | undefined {
    return undefined;
  }

  async close(): Promise<void> {}
}
