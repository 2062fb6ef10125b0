import { declareStage } from '../stage.ts';
import { clusterScopeSpecs, type ClusterScopeOptions } from '../import-images/scope.ts';
import { clusterTokenNeed } from '../shared/secret-needs.ts';
import type { ImportImagesResult } from './index.ts';

export const importImagesStage = declareStage<ClusterScopeOptions, ImportImagesResult>({
  name: 'import-images',
  description: 'Import the new images into their image streams (oc import-image) and watch the rollout, fixing stuck pods',
  options: clusterScopeSpecs,
  outputs: {
    streams: 'JSON list: per stream component, stream, tag, image, previous, digest, status, pinLifted, error',
    rollouts: 'JSON list: per workload kind, name, streams, desired, updated, ready, old, done, waiting',
    wouldRoll: 'JSON list (--dry-run): per workload that would roll kind, name, replicas, streams',
    remediations: 'JSON list: force-deleted pods and re-imports, with the reason',
  },
  secrets: [],
  clusterToken: true,
  needs: (q) => clusterTokenNeed(q.config, q.options),
  load: async () => (await import('./index.ts')).importImages,
});
