import { constants, existsSync } from 'node:fs';
import { access } from 'node:fs/promises';
import path from 'node:path';
import { StageError, UsageError } from '../../core/errors.ts';
import type { Git, GitResult } from '../../git/git.ts';
import { gitRemote, remoteHead, type GitRemote, type SharedScratch } from '../../git/remote.ts';
import type { BranchTransport, CheckVerdict, Relation } from './transport.ts';
import { LeaseLostError, readAgain } from './transport.ts';

/**
 * Moves branches of any git remote (another forge, ssh, a path) with git itself: a blobless fetch
 * into the run's scratch repository (each remote under refs/sg/<n>/), and a push with
 * --force-with-lease, which the remote checks atomically under its ref lock. A token in an
 * https URL travels as a header in the environment: never in argv, never in a file.
 */
export class GitTransport implements BranchTransport {
  readonly label: string;
  private readonly raw: string;
  private readonly remote: GitRemote;
  private readonly source: string;
  private readonly target: string;
  private readonly git: Git;
  private readonly scratch: SharedScratch;
  private readonly ns: string;

  constructor(url: string, branches: { source: string; target: string }, git: Git, scratch: SharedScratch, id: number) {
    this.raw = url;
    this.remote = gitRemote(url);
    this.label = this.remote.label;
    this.source = branches.source;
    this.target = branches.target;
    this.git = git;
    this.scratch = scratch;
    this.ns = `refs/sg/${id}`;
  }

  /** Settings for every command that talks to the remote: its auth header, and a blobless fetch that never rewrites the scratch config. */
  private config(): Array<[string, string]> {
    const url = this.remote.url;
    const quiet: Array<[string, string]> = [
      ['gc.auto', '0'],
      ['maintenance.auto', 'false'],
    ];
    if (!this.blobless) return [...this.remote.config, ...quiet];
    // Registered as a promisor here, so concurrent fetches do not each write it into the shared config.
    return [...this.remote.config, [`remote.${url}.promisor`, 'true'], [`remote.${url}.partialclonefilter`, 'blob:none'], ...quiet];
  }

  /** Over a network, history without file contents; a local path has nothing to save. */
  private get blobless(): boolean {
    return (
      (/^[a-z][a-z0-9+.-]*:\/\//i.test(this.remote.url) && !this.remote.url.startsWith('file:')) ||
      /^[^/\\]+@[^/\\]+:/.test(this.remote.url)
    );
  }

  /**
   * A plain path: read in place and pushed from itself (to itself, so the lease and its hooks
   * still apply). Nothing to fetch, no scratch repository.
   */
  private get local(): boolean {
    return !/^[a-z][a-z0-9+.-]*:\/\//i.test(this.remote.url) && !/^[^/\\]+@[^/\\]+:/.test(this.remote.url);
  }

  private async run(args: string[], what: string, retry = false): Promise<GitResult> {
    const cwd = this.local ? this.remote.url : await this.scratch.path();
    return this.git.run(args, { cwd, config: this.config(), retry, what: `git ${what} ${this.label}` });
  }

  /** The commits behind the source and target branch, without fetching (local path). */
  private async readInPlace(): Promise<{ source: string | null; target: string | null }> {
    if (!existsSync(this.remote.url))
      throw new StageError(
        `${this.label}: no such directory`,
        'check the remote path in the configuration (a relative path is taken from the configuration file)',
      );
    const refs = await this.run(
      ['for-each-ref', '--format=%(refname)%09%(objectname)', `refs/heads/${this.source}`, `refs/heads/${this.target}`],
      'for-each-ref',
    );
    if (refs.code !== 0) throw this.fail('reading branches (git for-each-ref)', refs);
    const heads = new Map(
      refs.stdout
        .split('\n')
        .filter(Boolean)
        .map((l) => l.split('\t') as [string, string]),
    );
    return { source: heads.get(`refs/heads/${this.source}`) ?? null, target: heads.get(`refs/heads/${this.target}`) ?? null };
  }

  private fail(what: string, result: GitResult, hint = 'check the remote URL and that this machine may read it'): StageError {
    return new StageError(`${this.label}: ${what} failed: ${tail(result)}`, hint);
  }

  private fetch(branches: string[]): Promise<GitResult> {
    const specs = branches.map((b) => `+refs/heads/${b}:${this.ns}/${b}`);
    const filter = this.blobless ? ['--filter=blob:none'] : [];
    return this.run(['fetch', '--quiet', '--no-tags', '--no-write-fetch-head', ...filter, this.remote.url, ...specs], 'fetch', true);
  }

  async read(): Promise<{ source: string; target: string | null }> {
    if (this.local) {
      const heads = await this.readInPlace();
      if (!heads.source)
        throw new StageError(
          `${this.label}: branch "${this.source}" does not exist`,
          'check branches.source in the configuration and the remote path',
        );
      return { source: heads.source, target: heads.target };
    }
    // One fetch for both; only a missing target (the very first run) costs a second one.
    let fetched = await this.fetch([this.source, this.target]);
    let hasTarget = true;
    if (fetched.code !== 0 && missingRef(fetched, this.target)) {
      hasTarget = false;
      fetched = await this.fetch([this.source]);
    }
    if (fetched.code !== 0 && missingRef(fetched, this.source)) {
      throw new StageError(
        `${this.label}: branch "${this.source}" does not exist`,
        'check branches.source in the configuration and the remote URL',
      );
    }
    if (fetched.code !== 0) throw this.fail('reading branches (git fetch)', fetched);
    const refs = [`${this.ns}/${this.source}`, ...(hasTarget ? [`${this.ns}/${this.target}`] : [])];
    const parsed = await this.run(['rev-parse', ...refs], 'rev-parse');
    if (parsed.code !== 0) throw this.fail('reading the fetched branches', parsed);
    const [source, target] = parsed.stdout.trim().split('\n');
    return { source: source!, target: hasTarget ? target! : null };
  }

  async resolveOnSource(rev: string, sourceHead: string): Promise<string> {
    const parsed = await this.run(['rev-parse', '--verify', '--quiet', `${rev}^{commit}`], 'rev-parse');
    const sha = parsed.stdout.trim();
    if (parsed.code !== 0 || !sha)
      throw new UsageError(
        `--to: ${this.label}: "${rev}" is not on ${this.source} (no such commit in its history)`,
        `give a commit that is on ${this.source}, e.g. from git log ${this.source}`,
      );
    const onSource = await this.run(['merge-base', '--is-ancestor', sha, sourceHead], 'merge-base');
    if (onSource.code === 1)
      throw new UsageError(
        `--to: ${this.label}: ${sha.slice(0, 7)} is not on ${this.source}`,
        `--to takes a commit of ${this.source}, e.g. from git log ${this.source}`,
      );
    if (onSource.code !== 0) throw this.fail('checking --to (git merge-base)', onSource);
    return sha;
  }

  async relation(base: string, head: string): Promise<Relation> {
    if (base === head) return { status: 'identical', aheadBy: 0, behindBy: 0 };
    // One walk for both sides: "<" only in base, ">" only in head, newest first.
    const log = await this.run(['log', '--left-right', '--format=%m%x09%h %s', `${base}...${head}`, '--'], 'log');
    if (log.code !== 0) throw this.fail('comparing branches (git log)', log);
    const onlyInBase: string[] = [];
    const onlyInHead: string[] = [];
    for (const line of log.stdout.split('\n')) {
      if (line.startsWith('<\t')) onlyInBase.push(line.slice(2));
      else if (line.startsWith('>\t')) onlyInHead.push(line.slice(2));
    }
    const behindBy = onlyInBase.length;
    const aheadBy = onlyInHead.length;
    const relation: Relation = { status: behindBy === 0 ? 'ahead' : aheadBy === 0 ? 'behind' : 'diverged', aheadBy, behindBy };
    if (aheadBy) relation.onlyInHead = onlyInHead.slice(0, 20);
    if (behindBy) relation.onlyInBase = onlyInBase.slice(0, 5);
    return relation;
  }

  private pushArgs(from: string | null, to: string): string[] {
    const ref = `refs/heads/${this.target}`;
    // The lease is always given: a fast-forward must not run over a push made since we read.
    return ['push', '--porcelain', `--force-with-lease=${ref}:${from ?? ''}`, this.remote.url, `${to}:${ref}`];
  }

  async probePush(from: string | null, to: string): Promise<string | undefined> {
    if (this.local) {
      // A local push --dry-run writes nothing, so it cannot tell a read-only directory: ask the file system.
      const refs = [path.join(this.remote.url, 'refs'), path.join(this.remote.url, '.git', 'refs')].find((dir) => existsSync(dir));
      const writable = refs
        ? await access(refs, constants.W_OK).then(
            () => true,
            () => false,
          )
        : true;
      return writable ? undefined : `cannot push to ${this.label}: ${refs} is not writable for this user`;
    }
    // --dry-run asks the remote for its receive side (where push rights are checked) and sends nothing.
    const [push, ...rest] = this.pushArgs(from, to);
    const probe = await this.run([push!, '--dry-run', ...rest], 'push --dry-run', true);
    if (probe.code === 0) return undefined;
    return `cannot push to ${this.label} (git push --dry-run): ${tail(probe)}; give this machine push rights on ${this.target} there`;
  }

  checks(): Promise<CheckVerdict | null> {
    return Promise.resolve(null);
  }

  async update(from: string | null, to: string, force: boolean): Promise<void> {
    let output: string;
    try {
      const result = await this.run(this.pushArgs(from, to), 'push');
      if (result.code === 0) return;
      output = `${result.stdout}\n${result.stderr}`;
    } catch (error) {
      output = error instanceof Error ? error.message : String(error);
    }
    // Whatever went wrong, the remote is the truth: the answer may be lost while the push landed.
    const now = await readAgain(this.targetHead(), `${this.label} ${this.target}`, output);
    if (now === to) return;
    if (now !== from) throw new LeaseLostError(`${this.label} ${this.target}`, from, now);
    if (!force && /non-fast-forward/.test(output))
      throw new StageError(`${this.label}: ${this.target} cannot be fast-forwarded to ${to.slice(0, 7)}`);
    throw new StageError(
      `${this.label}: push to ${this.target} was refused: ${refusal(output)}`,
      'check push rights and branch protection of the remote',
    );
  }

  async targetHead(): Promise<string | null> {
    return remoteHead(this.git, this.raw, this.target, this.local ? this.remote.url : await this.scratch.path());
  }

  compareUrl(): string | undefined {
    return undefined;
  }

  async close(): Promise<void> {}
}

function missingRef(result: GitResult, branch: string): boolean {
  return result.stderr.includes(`couldn't find remote ref refs/heads/${branch}`);
}

/** What the remote and git said about a refused push (its hook's words, the porcelain reason), on one line. */
function refusal(output: string): string {
  const lines = output
    .split('\n')
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  const said = lines
    .filter((l) => /^(remote:|! |error:|fatal:)/.test(l) && !/^error: failed to push some refs/.test(l))
    // The porcelain "! <sha>:<ref> [remote rejected] (why)": the why is what matters.
    .map((l) => l.replace(/^! \S+ /, ''));
  return (said.length ? said : lines.slice(-3)).join('; ');
}

/** git's last words, the ones that say what went wrong. */
function tail(result: GitResult): string {
  const text = (result.stderr.trim() || result.stdout.trim()).split('\n').filter((l) => !/^warning: filtering not recognized/.test(l));
  return text.slice(-2).join(' ') || `exit code ${result.code}`;
}
