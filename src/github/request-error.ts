/**
 * The shape of octokit's RequestError, recognised without importing octokit: stages whose
 * components do not use the GitHub API must not load it (it is most of an action's start-up).
 */
export interface RequestErrorLike {
  status: number;
  message: string;
}

export function isRequestError(error: unknown): error is RequestErrorLike {
  return typeof error === 'object' && error !== null && typeof (error as { status?: unknown }).status === 'number';
}
