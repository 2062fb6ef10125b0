import type { KubeDouble } from '../../standins/kube/index.ts';
import { REFS } from '../../standins/kube/refs.ts';

/**
 * Kills the rollout after its first image import: from the change of a second stream (an
 * ImageStreamImport with `import: true`) or workload (its image set) on, every request to the
 * cluster loses its connection, so the import stops half way and nothing can be rolled back, as when the process
 * running it dies. `heal` gives the cluster back, as it is for the next run once the dead run's
 * Lease has expired (its holder never released it; a run within leaseDurationSeconds is refused).
 */
export function killAfterFirstImport(double: KubeDouble): { heal(): void; killed(): boolean } {
  const changed = new Set<string>();
  let killed = false;
  double.onRequest = (request) => {
    const target = rolloutTarget(request);
    if (killed || !target) return;
    changed.add(target);
    if (changed.size < 2) return;
    killed = true;
    double.failNext({ path: /./, drop: true, times: Number.MAX_SAFE_INTEGER });
  };
  return {
    heal: () => {
      double.onRequest = undefined;
      double.clearFaults();
      for (const lease of double.store.listAll(REFS.leases)) {
        const spec = lease.spec as { renewTime?: string; leaseDurationSeconds?: number };
        const expired = Date.parse(spec.renewTime ?? '') - ((spec.leaseDurationSeconds ?? 0) + 1) * 1000;
        spec.renewTime = new Date(expired).toISOString().replace('Z', '000Z');
        double.store.update(REFS.leases, lease.metadata.namespace!, lease);
      }
    },
    killed: () => killed,
  };
}

/** The stream or workload a request of the rollout changes; undefined for any other request. */
function rolloutTarget(request: { method: string; path: string; body: string }): string | undefined {
  if (request.method === 'POST' && request.path.endsWith('/imagestreamimports')) {
    const body = JSON.parse(request.body) as { metadata?: { name?: string }; spec?: { import?: boolean } };
    return body.spec?.import ? `imagestream/${body.metadata?.name ?? ''}` : undefined;
  }
  const workload = /^\/apis\/apps\/v1\/namespaces\/[^/]+\/(deployments|statefulsets|daemonsets)\/([^/]+)$/.exec(request.path);
  return workload && (request.method === 'PATCH' || request.method === 'PUT') ? `${workload[1]}/${workload[2]}` : undefined;
}
