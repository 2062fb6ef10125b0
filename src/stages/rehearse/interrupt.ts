import { REFS, type KubeDouble } from '../../standins/kube/index.ts';

/**
 * Kills the rollout after its first image import: from the second ImageStreamImport on (an
 * import that changes the stream, `import: true`), every request to the cluster loses its
 * connection, so the import stops half way and nothing can be rolled back, as when the process
 * running it dies. `heal` gives the cluster back, as it is for the next run once the dead run's
 * Lease has expired (its holder never released it; a run within leaseDurationSeconds is refused).
 */
export function killAfterFirstImport(double: KubeDouble): { heal(): void; killed(): boolean } {
  let imports = 0;
  let killed = false;
  double.onRequest = (request) => {
    if (killed || request.method !== 'POST' || !request.path.endsWith('/imagestreamimports')) return;
    if (!(JSON.parse(request.body) as { spec?: { import?: boolean } }).spec?.import) return;
    if (++imports < 2) return;
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
