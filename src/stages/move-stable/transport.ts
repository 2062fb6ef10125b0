/** How a component's branches are read and moved: the GitHub API, or git itself. */
export interface BranchTransport {
  /** Names the repository in messages, without credentials. */
  readonly label: string;
  /** Heads of the source and target branch; target null when it does not exist yet. */
  read(): Promise<{ source: string; target: string | null }>;
  /** Full SHA of `rev`, which must be a commit on the source branch (head `sourceHead`). */
  resolveOnSource(rev: string, sourceHead: string): Promise<string>;
  /** How `head` relates to `base`: commits only in head (ahead) and only in base (behind). */
  relation(base: string, head: string): Promise<Relation>;
  /**
   * Points the target branch at `to`, only if it still points at `from` (null: must not exist).
   * Throws LeaseLostError when it moved meanwhile; `force` allows a non-fast-forward.
   */
  update(from: string | null, to: string, force: boolean): Promise<void>;
  /** Browser link comparing two commits, where the forge has one. */
  compareUrl(from: string, to: string): string | undefined;
  close(): Promise<void>;
}

export interface Relation {
  status: 'identical' | 'ahead' | 'behind' | 'diverged';
  aheadBy: number;
  behindBy: number;
  /** Short descriptions of the commits only in base (what a force would drop), at most a few. */
  onlyInBase?: string[];
  /** "sha7 subject" of the commits only in head (what the move promotes), newest first, at most 20. */
  onlyInHead?: string[];
}

export class LeaseLostError extends Error {
  constructor(branch: string, expected: string | null, found: string | null) {
    super(
      `${branch} changed while we were working: we read ${expected ?? '(no branch)'} but it is now ${found ?? '(deleted)'}; not moved`,
    );
    this.name = 'LeaseLostError';
  }
}
