import { createHash } from 'node:crypto';
import type { KubeDouble } from './index.ts';
import { REFS } from './refs.ts';
import type { KubeObject } from './store.ts';
import { repositoryOf } from './controllers/image-import.ts';

/**
 * Builders of what a cluster of the model user holds: image streams with a scheduled tag and a
 * history, and workloads driven by them through image.openshift.io/triggers (or DeploymentConfig
 * triggers). Each writes through the double's store, so the controllers create the pods.
 */
export const digestOf = (seed: string): string => `sha256:${createHash('sha256').update(seed).digest('hex')}`;

export function imageStream(
  cluster: KubeDouble,
  o: { namespace: string; name: string; tag: string; from: string; history: string[]; scheduled?: boolean },
): KubeObject {
  const repo = repositoryOf(o.from);
  const created = (i: number) => new Date(cluster.now() - (i + 1) * 7 * 86_400_000).toISOString();
  return cluster.create(REFS.imagestreams, o.namespace, {
    apiVersion: 'image.openshift.io/v1',
    kind: 'ImageStream',
    metadata: { name: o.name },
    spec: {
      lookupPolicy: { local: true },
      tags: [
        {
          name: o.tag,
          from: { kind: 'DockerImage', name: o.from },
          importPolicy: { scheduled: o.scheduled ?? true },
          referencePolicy: { type: 'Source' },
          generation: 1,
        },
      ],
    },
    status: {
      dockerImageRepository: `image-registry.openshift-image-registry.svc:5000/${o.namespace}/${o.name}`,
      tags: [
        {
          tag: o.tag,
          items: o.history.map((digest, i) => ({
            created: created(i),
            dockerImageReference: `${repo}@${digest}`,
            image: digest,
            generation: 1,
          })),
        },
      ],
    },
  });
}

interface WorkloadOptions {
  namespace: string;
  name: string;
  replicas: number;
  /** "stream:tag" the workload's image comes from; none: a workload no stream drives. */
  stream?: string;
  /** The image of a workload without a stream. */
  image?: string;
  container?: string;
}

function template(o: WorkloadOptions) {
  const container = o.container ?? o.name;
  return {
    metadata: { labels: { component: o.name } },
    spec: { terminationGracePeriodSeconds: 30, containers: [{ name: container, image: o.image ?? ' ' }] },
  };
}

function triggers(o: WorkloadOptions): Record<string, string> {
  if (!o.stream) return {};
  const fieldPath = `spec.template.spec.containers[?(@.name=="${o.container ?? o.name}")].image`;
  return { 'image.openshift.io/triggers': JSON.stringify([{ from: { kind: 'ImageStreamTag', name: o.stream }, fieldPath }]) };
}

export function deployment(cluster: KubeDouble, o: WorkloadOptions): KubeObject {
  return cluster.create(REFS.deployments, o.namespace, {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: o.name, labels: { component: o.name }, annotations: triggers(o) },
    spec: {
      replicas: o.replicas,
      selector: { matchLabels: { component: o.name } },
      strategy: { type: 'RollingUpdate' },
      template: template(o),
    },
  });
}

export function statefulSet(cluster: KubeDouble, o: WorkloadOptions): KubeObject {
  return cluster.create(REFS.statefulsets, o.namespace, {
    apiVersion: 'apps/v1',
    kind: 'StatefulSet',
    metadata: { name: o.name, labels: { component: o.name }, annotations: triggers(o) },
    spec: {
      replicas: o.replicas,
      serviceName: o.name,
      podManagementPolicy: 'OrderedReady',
      updateStrategy: { type: 'RollingUpdate' },
      selector: { matchLabels: { component: o.name } },
      template: template(o),
    },
  });
}

export function deploymentConfig(cluster: KubeDouble, o: WorkloadOptions & { stream: string }): KubeObject {
  return cluster.create(REFS.deploymentconfigs, o.namespace, {
    apiVersion: 'apps.openshift.io/v1',
    kind: 'DeploymentConfig',
    metadata: { name: o.name, labels: { component: o.name } },
    spec: {
      replicas: o.replicas,
      selector: { component: o.name },
      strategy: { type: 'Rolling' },
      template: template(o),
      triggers: [
        { type: 'ConfigChange' },
        {
          type: 'ImageChange',
          imageChangeParams: { automatic: true, containerNames: [o.container ?? o.name], from: { kind: 'ImageStreamTag', name: o.stream } },
        },
      ],
    },
  });
}

/**
 * The model user's namespace in small: streams packit-service:prod and packit-worker:prod with a
 * two-image history (`current`, then `previous`), a Deployment and a StatefulSet driven by them,
 * and a database no stream drives. The registry serves `next` under :prod.
 */
export function seedPackit(cluster: KubeDouble, namespace: string, digests: { previous: string; current: string; next: string }) {
  for (const name of ['packit-service', 'packit-worker']) {
    const from = `quay.io/packit/${name}:prod`;
    cluster.registry.set(from, digests.next);
    imageStream(cluster, { namespace, name, tag: 'prod', from, history: [digests.current, digests.previous] });
  }
  deployment(cluster, { namespace, name: 'packit-service', replicas: 2, stream: 'packit-service:prod' });
  statefulSet(cluster, {
    namespace,
    name: 'packit-worker-short-running',
    replicas: 2,
    stream: 'packit-worker:prod',
    container: 'packit-worker',
  });
  statefulSet(cluster, { namespace, name: 'postgres', replicas: 1, image: 'quay.io/sclorg/postgresql-15-c9s:latest' });
}
