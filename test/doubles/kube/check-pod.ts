import type { KubeController, KubeDouble } from '../../../src/standins/kube/index.ts';
import { REFS } from '../../../src/standins/kube/refs.ts';
import type { KubeObject } from '../../../src/standins/kube/store.ts';

/**
 * What curl meets at one host (keys "host", "host:port", or "namespace/host" for one cluster only): an answer,
 * or a failure with curl's exit code.
 */
export type CurlOutcome = { status: number; httpVersion?: '1.1' | '2' | '3' } | { exit: number; message: string };

interface ContainerSpec {
  name: string;
  image: string;
  command?: string[];
  args?: string[];
}

/**
 * Runs pods whose only container runs `curl`, the way curl would from inside that cluster: for
 * every URL argument, the outcome configured for its host (else a DNS failure), printed through
 * the `--write-out` template (%{url}, %{response_code}, %{http_version}, %{exitcode},
 * %{errormsg}); the pod ends Succeeded, or Failed with the last transfer's exit code, as curl
 * exits. A pod the kubelet cannot start (`failPulls`) stays Pending. Pods it ran are in `ran`.
 */
export class CurlPodController implements KubeController {
  readonly name = 'curl-pod';
  readonly ran: KubeObject[] = [];
  readonly outcomes: Map<string, CurlOutcome>;

  constructor(outcomes: Record<string, CurlOutcome> = {}) {
    this.outcomes = new Map(Object.entries(outcomes));
  }

  react(event: Parameters<NonNullable<KubeController['react']>>[0], cluster: KubeDouble): void {
    if (event.ref.group !== '' || event.ref.resource !== 'pods') return;
    const pod = event.object;
    const container = (pod.spec as { containers?: ContainerSpec[] } | undefined)?.containers?.[0];
    if (!container || container.command?.[0] !== 'curl') return;
    const { namespace } = event;
    const name = pod.metadata.name;
    if (event.type === 'ADDED' && !pod.status) {
      // What the API server and the kubelet show of a pod that was just scheduled.
      cluster.store.mutate(REFS.pods, namespace, name, (p) => {
        p.status = {
          phase: 'Pending',
          conditions: [],
          containerStatuses: [
            {
              name: container.name,
              image: container.image,
              imageID: '',
              ready: false,
              restartCount: 0,
              started: false,
              state: { waiting: { reason: 'ContainerCreating' } },
            },
          ],
        };
      });
      return;
    }
    const phase = (pod.status as { phase?: string } | undefined)?.phase;
    const before = (event.old?.status as { phase?: string } | undefined)?.phase;
    if (event.type !== 'MODIFIED' || phase !== 'Running' || before === 'Running' || pod.metadata.deletionTimestamp) return;
    this.ran.push(pod);
    cluster.later(5, () => this.finish(cluster, namespace, name, container));
  }

  private finish(cluster: KubeDouble, namespace: string, name: string, container: ContainerSpec): void {
    const args = container.args ?? [];
    const template = args[args.indexOf('--write-out') + 1] ?? '';
    const urls = args.filter((a) => /^https?:\/\//.test(a));
    let log = '';
    let exitCode = 0;
    for (const url of urls) {
      const u = new URL(url);
      const outcome = this.outcomes.get(`${namespace}/${u.host}`) ??
        this.outcomes.get(`${namespace}/${u.hostname}`) ??
        this.outcomes.get(u.host) ??
        this.outcomes.get(u.hostname) ?? { exit: 6, message: `Could not resolve host: ${u.hostname}` };
      const fields: Record<string, string> =
        'status' in outcome
          ? { url, response_code: String(outcome.status), http_version: outcome.httpVersion ?? '2', exitcode: '0', errormsg: '' }
          : { url, response_code: '0', http_version: '0', exitcode: String(outcome.exit), errormsg: outcome.message };
      exitCode = Number(fields.exitcode);
      log += template.replace(/%\{(\w+)\}/g, (_, key: string) => fields[key] ?? '').replace(/\\n/g, '\n');
    }
    cluster.logs.set(`${namespace}/${name}`, log);
    cluster.store.mutate(REFS.pods, namespace, name, (p) => {
      const status = p.status as { phase: string; containerStatuses: Array<Record<string, unknown>>; conditions: unknown[] };
      const now = new Date(cluster.now()).toISOString();
      status.phase = exitCode === 0 ? 'Succeeded' : 'Failed';
      status.conditions = [{ type: 'Ready', status: 'False', reason: 'PodCompleted', lastTransitionTime: now }];
      for (const c of status.containerStatuses) {
        c.ready = false;
        c.state = { terminated: { exitCode, reason: exitCode === 0 ? 'Completed' : 'Error', finishedAt: now } };
      }
    });
  }
}
