import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * `npm run release:pin -- <sha>`: pins every stage action the reusable workflow runs
 * (`service-guru/service-guru/actions/<stage>@v1`) to one commit, so that a caller who pins
 * `deploy.yml@<release>` runs exactly that release's stages with its production tokens, not
 * whatever `v1` points to later. The release job runs it on the commit being released, commits the
 * result and tags that commit (docs/workflows.md); main keeps `@v1`, as the generator writes it.
 */

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const PINNED_FILES = ['.github/workflows/deploy.yml'];
const STAGE_REF = /(service-guru\/service-guru\/actions\/([a-z0-9-]+))@([^\s'"]+)/g;

export interface Pinned {
  text: string;
  /** The stages whose references were rewritten, in file order. */
  stages: string[];
}

/** The workflow text with every stage action pinned to `sha`; refuses what a caller could not run. */
export function pinStageActions(text: string, sha: string, stageExists: (stage: string) => boolean): Pinned {
  if (!/^[0-9a-f]{40}$/.test(sha)) throw new Error(`release:pin: "${sha}" is not a full commit SHA (40 lowercase hex digits)`);
  const stages: string[] = [];
  const pinned = text.replace(STAGE_REF, (_all, action: string, stage: string) => {
    if (!stageExists(stage)) throw new Error(`release:pin: the workflow runs actions/${stage}, which this commit does not have`);
    stages.push(stage);
    return `${action}@${sha}`;
  });
  if (!stages.length) throw new Error('release:pin: no stage action to pin: is this the reusable workflow?');
  return { text: pinned, stages };
}

const stageExists = (stage: string): boolean => existsSync(path.join(root, 'actions', stage, 'action.yml'));

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const sha = process.argv[2] ?? '';
  for (const file of PINNED_FILES) {
    const full = path.join(root, file);
    const { text, stages } = pinStageActions(readFileSync(full, 'utf8'), sha, stageExists);
    writeFileSync(full, text);
    console.error(`${file}: ${stages.length} stage actions pinned to ${sha}`);
  }
}
