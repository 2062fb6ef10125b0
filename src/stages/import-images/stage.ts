import { declareStage } from '../stage.ts';
import { clusterScopeSpecs } from '../shared/cluster/scope.ts';
import { clusterTokenNeed } from '../shared/secret-needs.ts';
import type { ImportImagesOptions, ImportImagesResult } from './index.ts';

export const importImagesStage = declareStage<ImportImagesOptions, ImportImagesResult>({
  name: 'import-images',
  description:
    'Import the new images into their image streams (oc import-image), set the configured workloads to them by digest, ' +
    'and watch the rollout, fixing stuck pods',
  options: [
    ...clusterScopeSpecs,
    {
      name: 'digests',
      type: 'string',
      description: "JSON object image → digest (wait-images' digests output); other images: the digest their tag has now",
    },
    {
      name: 'run',
      type: 'string',
      description:
        'The deployment run this import belongs to (default: the GitHub Actions run): a stream or workload an earlier ' +
        'attempt of the same run set is reported imported (set), with the image before the run, so rollback undoes it',
    },
  ],
  outputs: {
    streams: 'JSON list: per stream component, stream, tag, image, previous, digest, status, pinLifted, error',
    workloads:
      'JSON list: per configured workload component, workload, image, digest, digestFrom, ' +
      'containers (name, previous, image), status, replicas, error',
    nothingToRollOut: 'JSON list: components in scope with images that name neither an imageStream nor workloads',
    rollouts: 'JSON list: per workload kind, name, streams, desired, updated, ready, old, done, waiting',
    wouldRoll: 'JSON list (--dry-run): per workload that would roll kind, name, replicas, streams',
    remediations: 'JSON list: force-deleted pods and re-imports, with the reason',
  },
  secrets: [],
  clusterToken: true,
  freezeGuard: true,
  needs: (q) => clusterTokenNeed(q.config, q.options),
  load: async () => (await import('./index.ts')).importImages,
});
