import { createRequire as __sgRequire } from 'node:module'; const require = __sgRequire(import.meta.url);

// src/standins/kube/refs.ts
var REFS = {
  pods: { group: "", version: "v1", resource: "pods" },
  configmaps: { group: "", version: "v1", resource: "configmaps" },
  deployments: { group: "apps", version: "v1", resource: "deployments" },
  statefulsets: { group: "apps", version: "v1", resource: "statefulsets" },
  daemonsets: { group: "apps", version: "v1", resource: "daemonsets" },
  deploymentconfigs: { group: "apps.openshift.io", version: "v1", resource: "deploymentconfigs" },
  imagestreams: { group: "image.openshift.io", version: "v1", resource: "imagestreams" },
  imagestreamimports: { group: "image.openshift.io", version: "v1", resource: "imagestreamimports" },
  imagestreamtags: { group: "image.openshift.io", version: "v1", resource: "imagestreamtags" },
  // The run lock; served by the plain storage verbs (create: AlreadyExists, replace: resourceVersion checked).
  leases: { group: "coordination.k8s.io", version: "v1", resource: "leases" }
};
var GROUPS = {
  Pod: REFS.pods,
  ConfigMap: REFS.configmaps,
  Deployment: REFS.deployments,
  StatefulSet: REFS.statefulsets,
  DaemonSet: REFS.daemonsets,
  DeploymentConfig: REFS.deploymentconfigs,
  ImageStream: REFS.imagestreams,
  Lease: REFS.leases
};
function refFor(object) {
  const known = object.kind ? GROUPS[object.kind] : void 0;
  if (known) return known;
  const [group, version] = (object.apiVersion ?? "v1").includes("/") ? object.apiVersion.split("/") : ["", object.apiVersion ?? "v1"];
  return { group, version, resource: `${(object.kind ?? "").toLowerCase()}s` };
}

export {
  REFS,
  refFor
};
