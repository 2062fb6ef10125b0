import type { Clock } from '../../core/clock.ts';
import { tokenEnvFor } from '../../kube/cluster.ts';
import type { ConfigInput } from '../../config/schema.ts';
import { EndpointsDouble } from '../../standins/endpoints.ts';
import { KubeDouble, REFS } from '../../standins/kube/index.ts';
import { deployment, imageStream, statefulSet } from '../../standins/kube/fixtures.ts';
import { SentryDouble } from '../../standins/sentry.ts';
import type { Scenario } from './scenarios.ts';

/** The clusters, Sentry and the service's endpoints of the rehearsal. */
export interface ClusterStandIns {
  env: Record<string, string>;
  notes: string[];
  kube: Map<string, KubeDouble>;
  sentry: SentryDouble | undefined;
  /** A build pushed `ref` (the configured image, :prod) with `digest`, built from `sha`. */
  imagePushed(ref: string, digest: string, sha: string): void;
  /** Creates the image streams and workloads, running last week's images. */
  seed(): Promise<void>;
  /** Images imported into production so far (new digests), by stream name. */
  imported: Map<string, string>;
  stop(): Promise<void>;
}

interface Stream {
  namespace: string;
  name: string;
  tag: string;
  ref: string;
  systemKey: string | undefined;
}

/** A workload an image names (images[].workloads): created running last week's image by digest. */
interface Workload {
  kind: 'deployment' | 'statefulset' | 'daemonset';
  name: string;
  containers: Array<{ name: string; ref: string; repository: string; systemKey: string | undefined }>;
}

const repositoryOfRef = (ref: string): string => ref.replace(/:[^:/]+$/, '');

/** The workloads the configuration names, one entry per kind/name with each container it sets. */
function configuredWorkloads(config: ConfigInput): Workload[] {
  const byId = new Map<string, Workload>();
  for (const c of config.components)
    for (const i of c.images ?? [])
      for (const ref of i.workloads ?? []) {
        const [kind, name, container] = ref.split('/') as [Workload['kind'], string, string?];
        const id = `${kind}/${name}`;
        const w = byId.get(id) ?? { kind, name, containers: [] };
        byId.set(id, w);
        const repository = repositoryOfRef(i.image);
        const containerName = container ?? repository.slice(repository.lastIndexOf('/') + 1);
        if (!w.containers.some((x) => x.name === containerName))
          w.containers.push({ name: containerName, ref: i.image, repository, systemKey: c.systemKey });
      }
  return [...byId.values()];
}

/**
 * One Kubernetes/OpenShift stand-in per configured cluster, seeded like Packit's namespaces: an
 * ImageStream per configured imageStream (scheduled import, local lookup) and the workloads it
 * drives through image.openshift.io/triggers (workers as two StatefulSets, the rest as
 * Deployments). The versions endpoint reports the commit of the image a production stream runs.
 */
export async function startClusterStandIns(
  config: ConfigInput,
  clock: Clock,
  scenario: Scenario,
  stableOf: (component: string) => string | null,
): Promise<ClusterStandIns> {
  const env: Record<string, string> = {};
  const notes: string[] = [];
  const kube = new Map<string, KubeDouble>();
  const digests = new Map<string, string>();
  const shas = new Map<string, string>();
  const imported = new Map<string, string>();
  // Clusters at the same server share one stand-in (as a namespace per deployment would).
  const byServer = new Map<string, KubeDouble>();
  for (const [name, cluster] of Object.entries(config.clusters ?? {})) {
    let double = byServer.get(cluster.server);
    if (!double) {
      double = new KubeDouble({ now: () => clock.now() });
      await double.start();
      byServer.set(cluster.server, double);
    }
    Object.assign(cluster, { server: double.url, caFile: double.caFile });
    env[tokenEnvFor(name)] = double.token;
    kube.set(name, double);
  }
  const production = Object.entries(config.clusters ?? {})
    .filter(([, c]) => !c.staging)
    .map(([n]) => n);
  const streams: Stream[] = config.components.flatMap((c) =>
    (c.images ?? [])
      .filter((i) => i.imageStream)
      .map((i) => {
        const [name, tag] = i.imageStream!.split(':') as [string, string];
        return { namespace: '', name, tag, ref: i.image, systemKey: c.systemKey };
      }),
  );
  const workloads = configuredWorkloads(config);
  const daemonSets = workloads.filter((w) => w.kind === 'daemonset');
  if (daemonSets.length) notes.push(`${daemonSets.map((w) => `daemonset/${w.name}`).join(', ')}: rehearsed on one node (one pod each)`);
  let sentry: SentryDouble | undefined;
  if (config.health?.sentry) {
    sentry = new SentryDouble();
    sentry.org = config.health.sentry.org;
    sentry.project = config.health.sentry.project;
    sentry.now = () => clock.now();
    await sentry.start();
    config.health.sentry.apiUrl = sentry.url;
    env.SENTRY_AUTH_TOKEN = sentry.token;
  }
  let endpoints: EndpointsDouble | undefined;
  if (config.health?.endpoints?.length) {
    endpoints = new EndpointsDouble();
    await endpoints.start();
    const expects: string[] = [];
    for (const endpoint of config.health.endpoints) {
      const pathname = new URL(endpoint.url).pathname;
      // The stand-in serves the versions, the health check and a page; any other path is the page.
      const served = ['/api/system', '/api/healthz'].includes(pathname) ? pathname : '/';
      if (served !== pathname) notes.push(`endpoint ${endpoint.url}: rehearsed as the stand-in's page`);
      if (served === '/' && endpoint.expect) expects.push(endpoint.expect);
      endpoint.url = `${endpoints.url}${served}`;
    }
    if (expects.length) endpoints.dashboard = `<!doctype html><html><body>${expects.join(' ')}</body></html>`;
  }
  // Components reported by the versions endpoint without images of their own (libraries inside
  // an image) show their stable once a new image runs.
  const libraries = config.components.filter((c) => c.systemKey && !c.images?.length);
  const reportLibraries = (): void => {
    for (const c of libraries) endpoints?.setVersion(c.systemKey!, `0.1.0+g${(stableOf(c.name) ?? '').slice(0, 7)}`);
  };
  // Watches production: a stream that took a new image is an import; the versions endpoint follows it.
  const regression = (): void => {
    if (scenario.name !== 'sentry-regression' || !sentry || imported.size !== 1) return;
    sentry.addIssue({
      title: "KeyError: 'project_url' in packit_service.worker.handlers",
      count: 27,
      firstSeen: new Date(clock.now()),
      level: 'error',
      culprit: 'packit_service.worker.handlers.copr',
    });
  };
  const watcher = setInterval(() => {
    const double = kube.get(production[0] ?? '');
    if (!double) return;
    const namespace = config.clusters![production[0]!]!.namespace;
    for (const stream of streams) {
      const object = double.get(REFS.imagestreams, namespace, stream.name) as
        { status?: { tags?: Array<{ tag: string; items?: Array<{ image: string }> }> } } | undefined;
      const current = object?.status?.tags?.find((t) => t.tag === stream.tag)?.items?.[0]?.image;
      if (!current || current === digests.get(`${stream.ref}#before`) || imported.get(stream.name) === current) continue;
      imported.set(stream.name, current);
      reportLibraries();
      const sha = shas.get(current);
      if (stream.systemKey && sha) endpoints?.setVersion(stream.systemKey, `0.1.0.post1+g${sha.slice(0, 7)}`);
      regression();
    }
    // A configured workload whose container was set to a new digest is an import as well.
    for (const w of workloads) {
      const object = double.get(REF_OF[w.kind], namespace, w.name) as
        { spec?: { template?: { spec?: { containers?: Array<{ name: string; image?: string }> } } } } | undefined;
      for (const c of w.containers) {
        const image = object?.spec?.template?.spec?.containers?.find((x) => x.name === c.name)?.image ?? '';
        const digest = /@(sha256:[0-9a-f]{64})$/.exec(image)?.[1];
        const id = `${w.kind}/${w.name}/${c.name}`;
        if (!digest || digest === digests.get(`${c.ref}#before`) || imported.get(id) === digest) continue;
        imported.set(id, digest);
        reportLibraries();
        const sha = shas.get(digest);
        if (c.systemKey && sha) endpoints?.setVersion(c.systemKey, `0.1.0.post1+g${sha.slice(0, 7)}`);
        regression();
      }
    }
  }, 25);
  return {
    env,
    notes,
    kube,
    sentry,
    imported,
    imagePushed: (ref, digest, sha) => {
      if (!digests.has(`${ref}#before`)) digests.set(`${ref}#before`, digest);
      shas.set(digest, sha);
      for (const double of new Set(kube.values())) double.registry.set(ref, digest);
    },
    seed: async () => {
      for (const [name, double] of kube) {
        const namespace = config.clusters![name]!.namespace;
        for (const stream of streams) {
          const digest = digests.get(`${stream.ref}#before`)!;
          imageStream(double, { namespace, name: stream.name, tag: stream.tag, from: stream.ref, history: [digest] });
          const image = `${stream.ref.replace(/:[^:]+$/, '')}@${digest}`;
          const workloads = /worker/.test(stream.name) ? [`${stream.name}-short-running`, `${stream.name}-long-running`] : [stream.name];
          for (const workload of workloads) {
            const options = {
              namespace,
              name: workload,
              replicas: workloads.length > 1 ? 2 : 1,
              stream: `${stream.name}:${stream.tag}`,
              image,
              container: stream.name,
            };
            if (workloads.length > 1) statefulSet(double, options);
            else deployment(double, options);
          }
          if (stream.systemKey) endpoints?.setVersion(stream.systemKey, `0.1.0+g${(shas.get(digest) ?? '').slice(0, 7)}`);
        }
        for (const w of workloads) seedWorkload(double, namespace, w, (ref) => digests.get(`${ref}#before`)!);
        for (const c of workloads.flatMap((w) => w.containers))
          if (c.systemKey) endpoints?.setVersion(c.systemKey, `0.1.0+g${(shas.get(digests.get(`${c.ref}#before`)!) ?? '').slice(0, 7)}`);
        await double.settle();
      }
      reportLibraries();
      // After every namespace runs last week's images: the trouble is for this week's rollout.
      for (const name of production) applyScenario(kube.get(name)!, config.clusters![name]!.namespace, streams, workloads, scenario, notes);
    },
    stop: async () => {
      clearInterval(watcher);
      await Promise.all([...[...new Set(kube.values())].map((k) => k.stop()), sentry?.stop(), endpoints?.stop()]);
    },
  };
}

function applyScenario(
  double: KubeDouble,
  namespace: string,
  streams: Stream[],
  workloads: Workload[],
  scenario: Scenario,
  notes: string[],
): void {
  if (scenario.name === 'stuck-pod') {
    const worker = streams.find((s) => /worker/.test(s.name));
    const statefulSet = workloads.find((w) => w.kind === 'statefulset');
    // A StatefulSet replaces its highest ordinal first: that pod hangs in Terminating.
    const pod = worker ? `${worker.name}-long-running-1` : statefulSet ? `${statefulSet.name}-${STATEFUL_REPLICAS - 1}` : undefined;
    if (pod) double.stuckTerminating.add(`${namespace}/${pod}`);
    else notes.push('stuck-pod: no worker StatefulSet in this configuration to get stuck');
  }
  if (scenario.name === 'image-pull-backoff') {
    const first = streams[0]?.ref ?? workloads[0]?.containers[0]?.ref;
    if (first) double.failPulls(repositoryOfRef(first), 1);
    else notes.push('image-pull-backoff: no image stream or workload in this configuration');
  }
}

const STATEFUL_REPLICAS = 2;
const REF_OF = { deployment: REFS.deployments, statefulset: REFS.statefulsets, daemonset: REFS.daemonsets } as const;

/** A configured workload as a plain Kubernetes namespace has it: its containers on last week's digests. */
function seedWorkload(double: KubeDouble, namespace: string, w: Workload, before: (ref: string) => string): void {
  const labels = { app: w.name };
  const template = {
    metadata: { labels },
    spec: {
      terminationGracePeriodSeconds: 30,
      containers: w.containers.map((c) => ({ name: c.name, image: `${c.repository}@${before(c.ref)}` })),
    },
  };
  const kind = w.kind === 'deployment' ? 'Deployment' : w.kind === 'statefulset' ? 'StatefulSet' : 'DaemonSet';
  double.create(REF_OF[w.kind], namespace, {
    apiVersion: 'apps/v1',
    kind,
    metadata: { name: w.name, labels },
    spec: {
      ...(w.kind === 'daemonset' ? {} : { replicas: w.kind === 'statefulset' ? STATEFUL_REPLICAS : 1 }),
      ...(w.kind === 'statefulset' ? { serviceName: w.name, podManagementPolicy: 'OrderedReady' } : {}),
      selector: { matchLabels: labels },
      ...(w.kind === 'deployment' ? { strategy: { type: 'RollingUpdate' } } : { updateStrategy: { type: 'RollingUpdate' } }),
      template,
    },
  });
}
