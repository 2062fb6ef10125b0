import { StageError } from '../../core/errors.ts';
import { gitRead, redactUrl } from '../../git/git.ts';
import type { Component, Config } from '../../config/types.ts';
import type { GitHubClient } from '../../github/client.ts';
import { parseImage, type ImageRef } from '../../registry/types.ts';
import type { MovedComponent } from './options.ts';

export interface ImageTarget {
  component: Component;
  ref: ImageRef;
  platforms: string[];
  /** The commit the image must be built from. */
  sha: string;
  /** The digest of the tag before the move, where recorded. */
  before?: string;
}

/** The images to wait for: of the moved components, or (standalone) of every component with images. */
export async function imageTargets(config: Config, moved: MovedComponent[] | null, github: GitHubClient | undefined): Promise<ImageTarget[]> {
  const targets: ImageTarget[] = [];
  for (const component of config.components) {
    if (!component.images.length) continue;
    let sha: string;
    let before: Record<string, string> = {};
    if (moved) {
      const entry = moved.find((m) => m.name === component.name);
      if (!entry) continue;
      sha = entry.sha;
      before = entry.before;
    } else {
      sha = await targetHead(component, config, github);
    }
    for (const image of component.images) {
      targets.push({ component, ref: parseImage(image.image), platforms: image.platforms ?? [], sha, ...(before[image.image] ? { before: before[image.image] } : {}) });
    }
  }
  return targets;
}

async function targetHead(component: Component, config: Config, github: GitHubClient | undefined): Promise<string> {
  const branch = config.branches.target;
  if (component.transport.kind === 'github') {
    const [owner, repo] = component.transport.repo.split('/') as [string, string];
    const { data } = await github!.rest.git.getRef({ owner, repo, ref: `heads/${branch}` });
    return data.object.sha;
  }
  const result = await gitRead(['ls-remote', component.transport.remote, `refs/heads/${branch}`], process.cwd());
  const sha = result.stdout.split('\t')[0]?.trim();
  if (result.code !== 0 || !sha) {
    throw new StageError(`${component.name}: cannot read ${branch} of ${redactUrl(component.transport.remote)}: ${redactUrl(result.stderr.trim()) || 'no such branch'}`, 'check the remote URL, or pass --moved with the move-stable result');
  }
  return sha;
}
