import { StageError, errorMessage } from '../../core/errors.ts';

/** How a component's branches are read and moved: the GitHub API, or git itself. */
export interface BranchTransport {
  /** Names the repository in messages, without credentials. */
  readonly label: string;
  /** Heads of the source and target branch; target null when it does not exist yet. */
  read(): Promise<{ source: string; target: string | null }>;
  /**
   * Full SHA of `rev`, which must be a commit on the source branch (head `sourceHead`). A commit
   * that is not there is a usage error (exit 2): nothing was looked at yet that could change.
   */
  resolveOnSource(rev: string, sourceHead: string): Promise<string>;
  /** How `head` relates to `base`: commits only in head (ahead) and only in base (behind). */
  relation(base: string, head: string): Promise<Relation>;
  /**
   * Whether the move could be made, asked without making it: undefined when it could, else why
   * not (no push rights, a protected branch). Asked while planning, so one refusal stops the run.
   */
  probePush(from: string | null, to: string): Promise<string | undefined>;
  /** The checks of `sha`, or null where the forge does not report them (a plain git remote). */
  checks(sha: string, configured: string[] | undefined): Promise<CheckVerdict | null>;
  /**
   * Points the target branch at `to`, only if it still points at `from` (null: must not exist).
   * Throws LeaseLostError when it moved meanwhile; `force` allows a non-fast-forward. A move whose
   * answer was lost but which landed counts as done.
   */
  update(from: string | null, to: string, force: boolean): Promise<void>;
  /** The current head of the target branch, read again (for a re-run's Copr gate and lost answers). */
  targetHead(): Promise<string | null>;
  /** Browser link comparing two commits, where the forge has one. */
  compareUrl(from: string, to: string): string | undefined;
  close(): Promise<void>;
}

export interface Relation {
  status: 'identical' | 'ahead' | 'behind' | 'diverged';
  aheadBy: number;
  behindBy: number;
  /** Short descriptions of the commits only in base (what a force would drop), newest first, at most 5. */
  onlyInBase?: string[];
  /** "sha7 subject" of the commits only in head (what the move promotes), newest first, at most 20. */
  onlyInHead?: string[];
}

export interface CheckVerdict {
  /** Names of the checks that decided: the required ones, or every reported one. */
  required: string[];
  source: 'configuration' | 'branch protection' | 'all reported checks';
  failing: string[];
  pending: string[];
  /** Nothing at all was reported on the commit and nothing is required by name. */
  noneReported: boolean;
}

export class LeaseLostError extends Error {
  readonly found: string | null;
  constructor(branch: string, expected: string | null, found: string | null) {
    super(`${branch} changed while we were working: we read ${expected ?? '(no branch)'} but it is now ${found ?? '(deleted)'}; not moved`);
    this.name = 'LeaseLostError';
    this.found = found;
  }
}

/**
 * The branch read again after a failed update. When that read fails too, nobody knows whether the
 * update landed: say so, with both causes, instead of only the second.
 */
export async function readAgain(head: Promise<string | null>, branch: string, updateError: unknown): Promise<string | null> {
  try {
    return await head;
  } catch (error) {
    const first = typeof updateError === 'string' ? updateError.trim().split('\n').slice(-1)[0] : errorMessage(updateError);
    throw new StageError(
      `${branch}: the update failed (${first}) and reading the branch again ` +
        `failed too (${errorMessage(error)}); it may or may not have moved`,
      'look with move-stable --dry-run once the service answers again: a re-run moves it only if it has not moved',
    );
  }
}
