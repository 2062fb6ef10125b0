import type { ResourceRef } from './store.ts';

/** The collections the controllers use. */
export const REFS = {
  pods: { group: '', version: 'v1', resource: 'pods' },
  configmaps: { group: '', version: 'v1', resource: 'configmaps' },
  deployments: { group: 'apps', version: 'v1', resource: 'deployments' },
  statefulsets: { group: 'apps', version: 'v1', resource: 'statefulsets' },
  deploymentconfigs: { group: 'apps.openshift.io', version: 'v1', resource: 'deploymentconfigs' },
  imagestreams: { group: 'image.openshift.io', version: 'v1', resource: 'imagestreams' },
  imagestreamimports: { group: 'image.openshift.io', version: 'v1', resource: 'imagestreamimports' },
  imagestreamtags: { group: 'image.openshift.io', version: 'v1', resource: 'imagestreamtags' },
} satisfies Record<string, ResourceRef>;
