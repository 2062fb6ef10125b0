import type { Clock } from '../../core/clock.ts';
import { StageError } from '../../core/errors.ts';
import type { Logger } from '../../core/logger.ts';
import { redactUrl } from '../../core/url-credentials.ts';
import { createGit, type Git } from '../../git/git.ts';
import { remoteHead } from '../../git/remote.ts';
import type { Component, Config } from '../../config/types.ts';
import { branchHead } from '../../github/branches.ts';
import type { GitHubClient } from '../../github/client.ts';
import { parseImage, type ImageRef } from '../../registry/index.ts';
import type { MovedComponent } from './options.ts';

/** The remote answered, without the branch: waiting cannot heal that. */
export class MissingBranchError extends StageError {}

export interface ImageTarget {
  component: Component;
  ref: ImageRef;
  platforms: string[];
  /** The commit the image must be built from. */
  sha: string;
  /** moved: by this run; stable-head: not moved by this run, checked against the head of stable. */
  kind: 'moved' | 'stable-head';
  /** The digest of the tag before the move, where recorded. */
  before?: string;
}

/**
 * The images to check. With the move-stable result: every component in it that has images, at
 * the commit it names (a re-run reports components an earlier attempt moved as unchanged, and their
 * images may still be the old ones). Standalone: every component with images, at the head of stable.
 */
export async function imageTargets(
  config: Config,
  moved: MovedComponent[] | null,
  github: GitHubClient | undefined,
  ctx: { env: Record<string, string | undefined>; logger: Logger; clock: Clock },
): Promise<ImageTarget[]> {
  const targets: ImageTarget[] = [];
  // The stage's environment and clock: retries of ls-remote wait on the injected clock.
  let git: Git | undefined;
  const runner = (): Git => (git ??= createGit({ env: ctx.env, logger: ctx.logger, clock: ctx.clock }));
  for (const component of config.components) {
    if (!component.images.length) continue;
    let sha: string;
    let before: Record<string, string> = {};
    let kind: ImageTarget['kind'] = 'stable-head';
    if (moved) {
      const entry = moved.find((m) => m.name === component.name);
      if (!entry) continue;
      sha = entry.sha;
      before = entry.before;
      if (entry.status === 'moved') kind = 'moved';
    } else {
      sha = await targetHead(component, config, github, runner);
    }
    for (const image of component.images) {
      targets.push({
        component,
        ref: parseImage(image.image),
        platforms: image.platforms ?? [],
        sha,
        kind,
        ...(before[image.image] ? { before: before[image.image] } : {}),
      });
    }
  }
  return targets;
}

async function targetHead(component: Component, config: Config, github: GitHubClient | undefined, git: () => Git): Promise<string> {
  const branch = config.branches.target;
  if (component.transport.kind === 'github') {
    const head = await branchHead(github!, component.transport.repo, branch);
    if (head) return head;
    throw new MissingBranchError(
      `${component.name}: GitHub has no branch ${branch} in ${component.transport.repo} (HTTP 404)`,
      'check the repository name in the configuration, and that GITHUB_TOKEN can read it (private repositories answer 404)',
    );
  }
  // remoteHead passes a token of the URL as a header, never in git's argv.
  const sha = await remoteHead(git(), component.transport.remote, branch, process.cwd());
  if (!sha) {
    throw new MissingBranchError(
      `${component.name}: ${redactUrl(component.transport.remote)} has no branch ${branch}`,
      'check the remote URL, or pass --moved with the move-stable result',
    );
  }
  return sha;
}
