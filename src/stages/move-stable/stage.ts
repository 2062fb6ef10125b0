import { declareStage } from '../stage.ts';
import { moveStableOptionSpecs, type MoveStableOptions } from './options.ts';
import { list } from '../options.ts';
import type { MoveStableResult } from './report.ts';

export const moveStableStage = declareStage<MoveStableOptions, MoveStableResult>({
  name: 'move-stable',
  description: 'Move the target branch (stable) to the source branch (main) in every component, in dependency order',
  options: moveStableOptionSpecs,
  outputs: {
    components:
      'JSON list: per component name, repository, previous, current, action, commits, status, reason, compareUrl, promoted, imagesBefore',
    moved: 'JSON list of the names of the components whose target branch moved',
  },
  secrets: ['GITHUB_TOKEN'],
  needs: (q) => {
    const only = list(q.options, 'only');
    const viaApi = q.config.components.filter((c) => c.transport.kind === 'github' && (!only.length || only.includes(c.name)));
    // A dry run reads public repositories anonymously; moving needs the token.
    return viaApi.length && !q.dryRun
      ? [{ env: 'GITHUB_TOKEN', why: `components moved through the GitHub API: ${viaApi.map((c) => c.name).join(', ')}` }]
      : [];
  },
  load: async () => (await import('./index.ts')).moveStable,
});
