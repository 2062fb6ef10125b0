import type { KubeDouble } from '../../standins/kube/index.ts';

/**
 * Kills the rollout after its first image import: from the second ImageStreamImport on (an
 * import that changes the stream, `import: true`), every request to the cluster loses its
 * connection, so the import stops half way and nothing can be rolled back, as when the process
 * running it dies. `heal` gives the cluster back (the next run, on another machine).
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
    },
    killed: () => killed,
  };
}
