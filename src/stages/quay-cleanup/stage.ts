import { declareStage } from '../stage.ts';
import { quayCleanupOptionSpecs, type QuayCleanupOptions } from './options.ts';
import type { QuayCleanupResult } from './index.ts';

export const quayCleanupStage = declareStage<QuayCleanupOptions, QuayCleanupResult>({
  name: 'quay-cleanup',
  description:
    'Delete old Quay tags nobody runs (older than quayCleanup.olderThan, beyond the newest, not protected, not in an image stream)',
  options: quayCleanupOptionSpecs,
  outputs: {
    repositories: 'JSON list: per repository, every tag with action (delete/keep), reason and outcome',
    deleted: 'JSON list of namespace/name:tag deleted (to be deleted in a dry run)',
    bytesFreed: 'Bytes freed (sized tags only; manifest lists are counted in unsizedDeleted)',
  },
  secrets: ['QUAY_TOKEN'],
  needs: (q) => (q.dryRun ? [] : [{ env: 'QUAY_TOKEN', why: 'deleting tags through the Quay API' }]),
  load: async () => (await import('./index.ts')).quayCleanup,
});
