import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { StageError } from '../../core/errors.ts';
import { git, gitRead, redactUrl } from '../../git/git.ts';
import type { BranchTransport, Relation } from './transport.ts';
import { LeaseLostError } from './transport.ts';

/**
 * Moves branches of any git remote (another forge, ssh, a path) with git itself: a blobless
 * fetch into a scratch repository for the history, and a push with --force-with-lease, which
 * the remote checks atomically under its ref lock.
 */
export class GitTransport implements BranchTransport {
  readonly label: string;
  private readonly url: string;
  private readonly source: string;
  private readonly target: string;
  private readonly env: Record<string, string | undefined>;
  private dir: string | undefined;

  constructor(url: string, branches: { source: string; target: string }, env: Record<string, string | undefined>) {
    this.url = url;
    this.label = redactUrl(url);
    this.source = branches.source;
    this.target = branches.target;
    this.env = env;
  }

  private async run(args: string[], what: string): Promise<string> {
    const result = await gitRead(args, await this.scratch(), this.env);
    if (result.code !== 0) {
      throw new StageError(`${this.label}: ${what} failed: ${redactUrl(result.stderr.trim() || result.stdout.trim())}`, 'check the remote URL and that this machine may read and push it');
    }
    return result.stdout;
  }

  private async scratch(): Promise<string> {
    if (this.dir) return this.dir;
    const dir = await mkdtemp(path.join(os.tmpdir(), 'service-guru-git-'));
    this.dir = dir;
    for (const args of [
      ['init', '--bare', '-q'],
      ['remote', 'add', 'origin', this.url],
      // Blobless: history is all we need to compare and push, and a big repository stays cheap.
      ['config', 'remote.origin.promisor', 'true'],
      ['config', 'remote.origin.partialclonefilter', 'blob:none'],
      ['config', 'extensions.partialClone', 'origin'],
    ]) {
      const result = await git(args, dir, this.env);
      if (result.code !== 0) throw new StageError(`git ${args[0]} failed in ${dir}: ${result.stderr.trim()}`);
    }
    return dir;
  }

  private async lsRemote(): Promise<Map<string, string>> {
    const out = await this.run(['ls-remote', 'origin', `refs/heads/${this.source}`, `refs/heads/${this.target}`], 'reading branches (git ls-remote)');
    const heads = new Map<string, string>();
    for (const line of out.split('\n')) {
      const [sha, ref] = line.split('\t');
      if (sha && ref) heads.set(ref.replace(/^refs\/heads\//, ''), sha);
    }
    return heads;
  }

  async read(): Promise<{ source: string; target: string | null }> {
    const heads = await this.lsRemote();
    if (!heads.has(this.source)) {
      throw new StageError(`${this.label}: branch "${this.source}" does not exist`, 'check branches.source in the configuration and the remote URL');
    }
    const specs = [...heads.keys()].map((b) => `+refs/heads/${b}:refs/remotes/origin/${b}`);
    await this.run(['fetch', '--quiet', '--no-tags', 'origin', ...specs], 'fetching history (git fetch)');
    // What we fetched is what we compare and lease against, even if ls-remote saw older values.
    const source = await this.revParse(`refs/remotes/origin/${this.source}`);
    const target = heads.has(this.target) ? await this.revParse(`refs/remotes/origin/${this.target}`) : null;
    return { source: source!, target };
  }

  private async revParse(rev: string): Promise<string | null> {
    const result = await git(['rev-parse', '--verify', '--quiet', `${rev}^{commit}`], await this.scratch(), this.env);
    return result.code === 0 ? result.stdout.trim() : null;
  }

  async resolveOnSource(rev: string, sourceHead: string): Promise<string> {
    const sha = await this.revParse(rev);
    if (!sha) throw new StageError(`${this.label}: "${rev}" is not a commit of ${this.source}`, `give a commit that is on ${this.source}`);
    const onSource = await git(['merge-base', '--is-ancestor', sha, sourceHead], await this.scratch(), this.env);
    if (onSource.code !== 0) {
      throw new StageError(`${this.label}: ${sha.slice(0, 7)} is not on ${this.source}`, `--to takes a commit of ${this.source}, e.g. from git log ${this.source}`);
    }
    return sha;
  }

  async relation(base: string, head: string): Promise<Relation> {
    if (base === head) return { status: 'identical', aheadBy: 0, behindBy: 0 };
    const counts = await this.run(['rev-list', '--left-right', '--count', `${base}...${head}`], 'comparing branches');
    const [behindBy, aheadBy] = counts.trim().split(/\s+/).map(Number) as [number, number];
    const status = behindBy === 0 ? 'ahead' : aheadBy === 0 ? 'behind' : 'diverged';
    const list = async (range: string, n: number): Promise<string[]> =>
      (await this.run(['log', '--format=%h %s', '-n', String(n), range], 'listing commits')).trim().split('\n').filter(Boolean);
    const relation: Relation = { status, aheadBy, behindBy };
    if (aheadBy > 0) relation.onlyInHead = await list(`${base}..${head}`, 20);
    if (behindBy > 0) relation.onlyInBase = await list(`${head}..${base}`, 5);
    return relation;
  }

  async update(from: string | null, to: string, force: boolean): Promise<void> {
    const ref = `refs/heads/${this.target}`;
    // The lease is always given: a fast-forward must not run over a push made since we read.
    const args = ['push', '--porcelain', `--force-with-lease=${ref}:${from ?? ''}`, 'origin', `${to}:${ref}`];
    const result = await git(args, await this.scratch(), this.env);
    if (result.code === 0) return;
    const output = `${result.stdout}\n${result.stderr}`;
    if (/stale info|fetch first|\(already exists\)/.test(output)) {
      const now = (await this.lsRemote()).get(this.target) ?? null;
      // Already where we want it (an earlier attempt of ours landed): nothing was overwritten.
      if (now === to) return;
      throw new LeaseLostError(`${this.label} ${this.target}`, from, now);
    }
    if (!force && /non-fast-forward/.test(output)) {
      throw new StageError(`${this.label}: ${this.target} cannot be fast-forwarded to ${to.slice(0, 7)}`);
    }
    throw new StageError(`${this.label}: push to ${this.target} was refused: ${redactUrl(output.trim())}`, 'check push rights and branch protection of the remote');
  }

  compareUrl(): string | undefined {
    return undefined;
  }

  async close(): Promise<void> {
    if (this.dir) await rm(this.dir, { recursive: true, force: true });
    this.dir = undefined;
  }
}
