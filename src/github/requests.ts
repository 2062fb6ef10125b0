import { StageError } from '../core/errors.ts';
import { describeFailure } from './request-error.ts';

/**
 * A GitHub request that failed after octokit's retries and throttling, naming the request.
 * `permanent` answers (bad credentials, no such repository or workflow) cannot heal by waiting.
 */
export class GitHubRequestError extends StageError {
  readonly status: number | undefined;
  readonly permanent: boolean;
  constructor(what: string, error: unknown) {
    const { status, detail, unreachable } = describeFailure(error);
    super(
      unreachable ? detail : `GitHub answered ${what} with ${status ? `HTTP ${status}: ` : ''}${detail}`,
      unreachable?.hint ??
        (status === 401
          ? 'GITHUB_TOKEN is not valid (expired or revoked?)'
          : status === 404
            ? 'check the repository and the workflow file names in the configuration, and ' +
              'that GITHUB_TOKEN can read the repository (private repositories answer 404)'
            : undefined),
      { cause: error },
    );
    this.name = 'GitHubRequestError';
    this.status = status;
    this.permanent = status === 401 || status === 404 || status === 422;
  }
}
