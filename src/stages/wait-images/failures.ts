import { StageError, UsageError, errorMessage } from '../../core/errors.ts';
import { tlsProblem } from '../../core/retry.ts';
import { GitHubError } from '../../github/errors.ts';
import { RegistryRefusedError } from '../../registry/index.ts';
import { MissingBranchError } from './targets.ts';

/** Failures that waiting cannot heal: they end the wait at once. */
export function permanent(error: unknown): boolean {
  return (
    error instanceof UsageError ||
    error instanceof RegistryRefusedError ||
    error instanceof MissingBranchError ||
    (error instanceof GitHubError && error.permanent) ||
    tlsProblem(error) !== undefined
  );
}

export function asFailure(error: unknown): { message: string; hint?: string } {
  const tls = tlsProblem(error);
  const message = errorMessage(error) + (tls && !errorMessage(error).includes(tls) ? ` (TLS certificate not accepted: ${tls})` : '');
  const hint = error instanceof StageError ? error.hint : undefined;
  return { message, ...(hint ? { hint } : {}) };
}
