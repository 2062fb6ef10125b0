import { constants, existsSync } from 'node:fs';
import { access, readFile } from 'node:fs/promises';
import path from 'node:path';
import { StageError } from '../core/errors.ts';
import type { Git, GitResult } from './git.ts';
import { gitRemote, remoteHead, type GitRemote, type SharedScratch } from './remote.ts';

/** The hooks git runs on the receiving side of a push (githooks(5)). */
const RECEIVE_HOOKS = ['pre-receive', 'update', 'proc-receive', 'post-receive', 'post-update', 'reference-transaction', 'push-to-checkout'];

/** Per git runner (one per run): whether system or global git settings would act on a push. */
const userSettings = new WeakMap<Git, Promise<boolean>>();

/** update-ref's old value for "must not exist yet" (the empty string, whatever the hash). */
const NO_REF = '';

/** What a push with a lease ended in: done, or git's and the remote's words. */
export type PushOutcome = { ok: true } | { ok: false; output: string };

/**
 * The branches of one git remote (another forge, ssh, a path), read and written with git itself:
 * a blobless fetch into a shared scratch repository (each remote under refs/sg/<n>/), and a push
 * with --force-with-lease, which the remote checks atomically under its ref lock. A plain path is
 * read in place and pushed from itself. A token in an https URL travels as a header in the
 * environment: never in argv, never in a file.
 */
export class RemoteBranches {
  readonly label: string;
  private readonly raw: string;
  private readonly remote: GitRemote;
  private readonly git: Git;
  private readonly scratch: SharedScratch;
  private readonly ns: string;

  constructor(url: string, git: Git, scratch: SharedScratch, id: number) {
    this.raw = url;
    this.remote = gitRemote(url);
    this.label = this.remote.label;
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
    return !this.local && !this.remote.url.startsWith('file:');
  }

  /** A plain path: nothing to fetch, no scratch repository. */
  get local(): boolean {
    return !/^[a-z][a-z0-9+.-]*:\/\//i.test(this.remote.url) && !/^[^/\\]+@[^/\\]+:/.test(this.remote.url);
  }

  private async run(args: string[], what: string, retry = false): Promise<GitResult> {
    const cwd = this.local ? this.remote.url : await this.scratch.path();
    return this.git.run(args, { cwd, config: this.config(), retry, what: `git ${what} ${this.label}` });
  }

  private fail(what: string, result: GitResult, hint = 'check the remote URL and that this machine may read it'): StageError {
    return new StageError(`${this.label}: ${what} failed: ${gitTail(result)}`, hint);
  }

  /**
   * The commit behind each branch, null for one that does not exist. Fetched (history without
   * blobs) so that later reads of these commits need no network.
   */
  async heads(branches: string[]): Promise<Map<string, string | null>> {
    if (this.local) return this.readInPlace(branches);
    const found = new Map<string, string | null>(branches.map((b) => [b, null]));
    // One fetch for all; each branch that does not exist (a first move has no target) costs another.
    let wanted = [...branches];
    let fetched = await this.fetch(wanted);
    while (fetched.code !== 0 && wanted.some((b) => missingRef(fetched, b))) {
      wanted = wanted.filter((b) => !missingRef(fetched, b));
      if (!wanted.length) return found;
      fetched = await this.fetch(wanted);
    }
    if (fetched.code !== 0) throw this.fail('reading branches (git fetch)', fetched);
    const parsed = await this.run(['rev-parse', ...wanted.map((b) => `${this.ns}/${b}`)], 'rev-parse');
    if (parsed.code !== 0) throw this.fail('reading the fetched branches', parsed);
    parsed.stdout
      .trim()
      .split('\n')
      .forEach((sha, i) => found.set(wanted[i]!, sha));
    return found;
  }

  private async readInPlace(branches: string[]): Promise<Map<string, string | null>> {
    if (!existsSync(this.remote.url))
      throw new StageError(
        `${this.label}: no such directory`,
        'check the remote path in the configuration (a relative path is taken from the configuration file)',
      );
    const refs = await this.run(
      ['for-each-ref', '--format=%(refname)%09%(objectname)', ...branches.map((b) => `refs/heads/${b}`)],
      'for-each-ref',
    );
    if (refs.code !== 0) throw this.fail('reading branches (git for-each-ref)', refs);
    const heads = new Map(
      refs.stdout
        .split('\n')
        .filter(Boolean)
        .map((l) => l.split('\t') as [string, string]),
    );
    return new Map(branches.map((b) => [b, heads.get(`refs/heads/${b}`) ?? null]));
  }

  private fetch(branches: string[]): Promise<GitResult> {
    const specs = branches.map((b) => `+refs/heads/${b}:${this.ns}/${b}`);
    const filter = this.blobless ? ['--filter=blob:none'] : [];
    return this.run(['fetch', '--quiet', '--no-tags', '--no-write-fetch-head', ...filter, this.remote.url, ...specs], 'fetch', true);
  }

  /** The full SHA of a commit among what was read (a SHA, a prefix, a tag), or null when there is none. */
  async commit(rev: string): Promise<string | null> {
    const parsed = await this.run(['rev-parse', '--verify', '--quiet', `${rev}^{commit}`], 'rev-parse');
    const sha = parsed.stdout.trim();
    return parsed.code === 0 && sha ? sha : null;
  }

  /** Whether `ancestor` is in the history of `of`. */
  async isAncestor(ancestor: string, of: string): Promise<boolean> {
    const result = await this.run(['merge-base', '--is-ancestor', ancestor, of], 'merge-base');
    if (result.code === 0 || result.code === 1) return result.code === 0;
    throw this.fail('comparing commits (git merge-base)', result);
  }

  /** "sha7 subject" of the commits only in `base` and only in `head`, newest first, in one walk. */
  async sides(base: string, head: string): Promise<{ onlyInBase: string[]; onlyInHead: string[] }> {
    const log = await this.run(['log', '--left-right', '--format=%m%x09%h %s', `${base}...${head}`, '--'], 'log');
    if (log.code !== 0) throw this.fail('comparing branches (git log)', log);
    const onlyInBase: string[] = [];
    const onlyInHead: string[] = [];
    for (const line of log.stdout.split('\n')) {
      if (line.startsWith('<\t')) onlyInBase.push(line.slice(2));
      else if (line.startsWith('>\t')) onlyInHead.push(line.slice(2));
    }
    return { onlyInBase, onlyInHead };
  }

  private pushArgs(branch: string, from: string | null, to: string): string[] {
    const ref = `refs/heads/${branch}`;
    // The lease is always given: a fast-forward must not run over a push made since we read.
    return ['push', '--porcelain', `--force-with-lease=${ref}:${from ?? ''}`, this.remote.url, `${to}:${ref}`];
  }

  /**
   * Whether this machine may push `to` onto `branch` (expected at `from`), asked without pushing:
   * undefined when it may, else why not.
   */
  async pushProblem(branch: string, from: string | null, to: string): Promise<string | undefined> {
    if (this.local) {
      // A local push --dry-run writes nothing, so it cannot tell a read-only directory: ask the file system.
      const refs = [path.join(this.remote.url, 'refs'), path.join(this.remote.url, '.git', 'refs')].find((dir) => existsSync(dir));
      const writable = refs
        ? await access(refs, constants.W_OK).then(
            () => true,
            () => false,
          )
        : true;
      return writable ? undefined : `${refs} is not writable for this user`;
    }
    // --dry-run asks the remote for its receive side (where push rights are checked) and sends nothing.
    const [push, ...rest] = this.pushArgs(branch, from, to);
    const probe = await this.run([push!, '--dry-run', ...rest], 'push --dry-run', true);
    return probe.code === 0 ? undefined : `git push --dry-run said: ${gitTail(probe)}`;
  }

  /** Points `branch` at `to` if it still points at `from` (null: must not exist yet). Throws only when git cannot run. */
  async push(branch: string, from: string | null, to: string): Promise<PushOutcome> {
    const args = (await this.movesInPlace())
      ? // The same compare-and-swap under the same ref lock as the push's lease, in one process instead of three.
        ['update-ref', '-m', 'service-guru move-stable', `refs/heads/${branch}`, to, from ?? NO_REF]
      : this.pushArgs(branch, from, to);
    const result = await this.run(args, args[0]!);
    return result.code === 0 ? { ok: true } : { ok: false, output: `${result.stdout}\n${result.stderr}` };
  }

  /**
   * Whether a push to this remote would do nothing but move the ref: a bare repository on a path,
   * with no hook a push runs (its server-side hooks, or a core.hooksPath) and no receive.* setting
   * (denyNonFastForwards and the like). Then the ref moves in place; otherwise git push does it,
   * so a hook that triggers CI or refuses the move is never skipped.
   */
  private async movesInPlace(): Promise<boolean> {
    if (!this.local) return false;
    const dir = this.remote.url;
    const bare = existsSync(path.join(dir, 'HEAD')) && existsSync(path.join(dir, 'objects')) && !existsSync(path.join(dir, '.git'));
    if (!bare || RECEIVE_HOOKS.some((hook) => existsSync(path.join(dir, 'hooks', hook)))) return false;
    // The repository's own settings, read here (an include could bring any: then ask git push) ...
    const own = await readFile(path.join(dir, 'config'), 'utf8').catch(() => '[include]');
    if (/^\s*\[\s*(receive|include)/im.test(own) || /hookspath/i.test(own)) return false;
    // ... and this machine's and user's, asked once per run.
    let user = userSettings.get(this.git);
    if (!user) userSettings.set(this.git, (user = this.userSettingsApply(dir)));
    return !(await user);
  }

  private async userSettingsApply(cwd: string): Promise<boolean> {
    for (const scope of ['--system', '--global']) {
      const found = await this.git.run(['config', scope, '--get-regexp', '^(core\\.hookspath|receive\\.)'], {
        cwd,
        what: `git config ${scope}`,
      });
      // Exit 1: no such setting in that file (or no file). Anything else: ask git push.
      if (found.code !== 1 || found.stdout.trim()) return true;
    }
    return false;
  }

  /** The branch's commit as the remote has it now (ls-remote, or in place), null when it does not exist. */
  async head(branch: string): Promise<string | null> {
    return remoteHead(this.git, this.raw, branch, this.local ? this.remote.url : await this.scratch.path());
  }
}

function missingRef(result: GitResult, branch: string): boolean {
  return result.stderr.includes(`couldn't find remote ref refs/heads/${branch}`);
}

/** What the remote and git said about a refused push (its hook's words, the porcelain reason), on one line. */
export function pushRefusal(output: string): string {
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
export function gitTail(result: GitResult): string {
  const text = (result.stderr.trim() || result.stdout.trim()).split('\n').filter((l) => !/^warning: filtering not recognized/.test(l));
  return text.slice(-2).join(' ') || `exit code ${result.code}`;
}
