import { declareStage } from '../stage.ts';
import { waitImagesOptionSpecs, type WaitImagesOptions } from './options.ts';
import { text } from '../options.ts';
import type { WaitImagesResult } from './index.ts';

export const waitImagesStage = declareStage<WaitImagesOptions, WaitImagesResult>({
  name: 'wait-images',
  description: 'Wait until the images of the moved components are built from the new stable and in their registry',
  options: waitImagesOptionSpecs,
  outputs: {
    images:
      'JSON list: per image component, image, sha, kind, ready, digest, platforms, matchedBy, weakEvidence, buildRuns, readyAt, missing',
    digests: 'JSON object: image → digest of each ready image (also of a failed wait)',
  },
  secrets: ['GITHUB_TOKEN', 'QUAY_TOKEN'],
  needs: (q) => {
    // Build runs are read through the API, and the stable heads when --moved does not name the commits.
    const moved = text(q.options, 'moved') !== undefined;
    const api = q.config.components.filter((c) => c.images.length && (c.build || (!moved && c.transport.kind === 'github')));
    return api.length ? [{ env: 'GITHUB_TOKEN', why: `build runs and stable heads of ${api.map((c) => c.name).join(', ')}` }] : [];
  },
  load: async () => (await import('./index.ts')).waitImages,
});
