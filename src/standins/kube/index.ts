/**
 * A double of the Kubernetes and OpenShift APIs, over HTTPS on 127.0.0.1 (free port), with a
 * throwaway CA made by openssl at start: point a configuration's cluster at `url` with
 * `caFile: <double.caFile>` and give the token as OPENSHIFT_TOKEN_<NAME>=<double.token>.
 *
 * Storage: any resource, under /api/v1/namespaces/{ns}/{resource} and
 * /apis/{group}/{version}/namespaces/{ns}/{resource}: list (labelSelector, fieldSelector on
 * metadata.name / status.phase), get, create (POST), replace (PUT, resourceVersion checked when
 * given), patch (merge, strategic treated as merge, json-patch), delete (pods honour
 * gracePeriodSeconds: they get metadata.deletionTimestamp and stay Terminating until the kubelet
 * controller removes them, or at once with grace 0), `?dryRun=All` on create (answered, not
 * stored), watch (?watch=true: JSON lines of
 * {type, object}, from ?resourceVersion= or the current state), pods/{name}/log.
 *
 * Seeding: `double.create(ref, ns, object)` / `double.apply(object)` (the ref from apiVersion and
 * kind), or the builders in fixtures.ts (imageStream, deployment, statefulSet, deploymentConfig,
 * each creating what a cluster would have); `await double.settle()` waits until controllers rest.
 * Reading: `double.get/list`, `double.requests` (method, path, query, verb).
 *
 * Controllers are plug-ins (KubeController, one per file in controllers/): `react` runs after
 * each stored change (queued, never inside it); `create`/`get` answer virtual resources
 * (ImageStreamImport, ImageStreamTag). Add one with `double.use(controller)`; the defaults are
 * in `defaultControllers()`: image-import (ImageStreamImport, `double.scheduledImport()`), triggers
 * (a stream tag change sets the image of every workload whose image.openshift.io/triggers or
 * DeploymentConfig ImageChange trigger points at it), rollout (Deployments and DeploymentConfigs
 * surge one pod at a time; StatefulSets replace pods one at a time under the same name, highest
 * ordinal first) and kubelet (pods start, become Ready, terminate).
 *
 * Registry: `double.registry.set('quay.io/packit/packit-service:prod', 'sha256:…')`;
 * `double.registryErrors.set(ref, message)` makes imports of ref fail; or replace `double.lookup`.
 *
 * Faults (`clearFaults()` forgets them): `token` (any other bearer token → 401); `forbid('delete', 'pods')` → 403;
 * `rbac = rolesInMarkdown(text)` (rbac.ts) → 403 for anything the Role does not allow;
 * `failNext({ path: /pods/, status: 503, times: 2 })` or `{ drop: true }` (socket destroyed);
 * `dropWatches()` ends every open watch; `store.compact()` makes a watch resuming from an older
 * resourceVersion get 410 Gone; `stallWatches = true` answers watches and then sends nothing, never
 * closing; `stuckTerminating.add('ns/pod')` keeps a pod Terminating
 * until deleted with grace 0; `failPulls(imageRefPart, count, message)` → the next `count` pull
 * attempts of a matching image end in ErrImagePull/ImagePullBackOff (a pod in back-off tries again
 * when its stream is imported again).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { makePki, type Pki } from './tls.ts';
import { ObjectStore, clone, type KubeObject, type ResourceRef, type StoreEvent } from './store.ts';
import { refFor } from './refs.ts';
import { allows, type RbacRule } from './rbac.ts';
import { readBody, route, send, status, storageVerb, verbOf, notFound, type Route } from './server.ts';
import { deleteObject, openWatch } from './verbs.ts';
import { defaultControllers } from './controllers/index.ts';
import { currentFaultPlan, type FaultPlan } from '../faults.ts';
import { withFaults } from '../http-double.ts';

export type { KubeObject, ResourceRef, StoreEvent } from './store.ts';
export type { Route } from './server.ts';

export interface Answer {
  code: number;
  body: unknown;
}

export interface KubeController {
  name: string;
  react?(event: StoreEvent, cluster: KubeDouble): void | Promise<void>;
  /** Answers a create that is not stored as is (ImageStreamImport); undefined: next controller, then storage. */
  create?(r: Route, object: KubeObject, cluster: KubeDouble): Answer | undefined;
  /** Answers a GET of a virtual resource (ImageStreamTag); undefined: next controller, then storage. */
  get?(r: Route, cluster: KubeDouble): Answer | undefined;
}

export interface KubeRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  verb: string;
  body: string;
}

interface Fault {
  method?: string;
  path: RegExp;
  status?: number;
  drop?: boolean;
  /** Act on the request, then close the connection instead of answering (an answer lost on the way). */
  lostAnswer?: boolean;
  times: number;
}

export { REFS } from './refs.ts';

export class KubeDouble {
  readonly store = new ObjectStore();
  readonly requests: KubeRequest[] = [];
  token = 'sha256~kube-double-token-0123456789';
  /** image reference (repo:tag or repo@digest) → digest the registry serves. */
  readonly registry = new Map<string, string>();
  readonly registryErrors = new Map<string, string>();
  /** 'namespace/pod' names that stay Terminating until deleted with grace 0. */
  readonly stuckTerminating = new Set<string>();
  /** Watches are answered and then stay silent and open (a stalled watch); cleared by clearFaults(). */
  stallWatches = false;
  /** Sees each request before it is answered (and before the faults): a test arms a fault at a moment of the run. */
  onRequest: ((request: KubeRequest) => void) | undefined;
  /** Real milliseconds the kubelet takes to start a pod and to stop one. */
  timings = { podStartMs: 15, terminateMs: 15 };
  private readonly forbidden = new Set<string>();
  /** When set, the token may do only what these rules allow (403 otherwise), like a Role bound to it. */
  rbac: RbacRule[] | undefined;
  private readonly faults: Fault[] = [];
  private readonly pullFaults: Array<{ match: string; count: number; message: string }> = [];
  private readonly controllers: KubeController[] = [];
  private readonly watches = new Set<ServerResponse>();
  private queue: Promise<void> = Promise.resolve();
  private pending = 0;
  private server: Server | undefined;
  private pki: Pki | undefined;
  /** The seeded faults of the run this double was built for (the layer of http-double.ts). */
  readonly plan: FaultPlan | undefined = currentFaultPlan();

  constructor(options: { now?: () => number; controllers?: KubeController[] } = {}) {
    if (options.now) this.store.now = options.now;
    for (const c of options.controllers ?? defaultControllers()) this.use(c);
    this.store.subscribe((event) => this.dispatch(event));
  }

  use(controller: KubeController): void {
    this.controllers.push(controller);
  }

  get caFile(): string {
    return this.pki!.caFile;
  }

  get url(): string {
    return `https://127.0.0.1:${(this.server!.address() as AddressInfo).port}`;
  }

  now(): number {
    return this.store.now();
  }

  async start(): Promise<string> {
    this.pki = makePki();
    this.server = createServer({ key: this.pki.key, cert: this.pki.cert }, (req, res) => void this.serve(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return this.url;
  }

  async stop(): Promise<void> {
    this.dropWatches();
    if (this.server) {
      this.server.closeAllConnections();
      await new Promise<void>((resolve) => this.server!.close(() => resolve()));
      this.server = undefined;
    }
    this.pki?.remove();
  }

  // --- seeding and reading ---------------------------------------------------------------
  create(ref: ResourceRef, namespace: string, object: KubeObject): KubeObject {
    return this.store.create(ref, namespace, object);
  }
  apply(object: KubeObject, namespace = object.metadata.namespace ?? 'default'): KubeObject {
    const ref = refFor(object);
    return this.store.get(ref, namespace, object.metadata.name)
      ? this.store.update(ref, namespace, object)
      : this.store.create(ref, namespace, object);
  }
  get(ref: ResourceRef, namespace: string, name: string): KubeObject | undefined {
    return this.store.get(ref, namespace, name);
  }
  list(ref: ResourceRef, namespace: string, labelSelector?: string): KubeObject[] {
    return this.store.list(ref, namespace, { labelSelector: labelSelector ?? null });
  }
  /** Resolves an image reference the way the registry behind the imports would. */
  lookup: (ref: string) => { digest: string } | { error: string } = (ref) => {
    const error = this.registryErrors.get(ref);
    if (error) return { error };
    const digest = this.registry.get(ref) ?? /@(sha256:[0-9a-f]{64})$/.exec(ref)?.[1];
    return digest ? { digest } : { error: `Internal error occurred: ${ref}: manifest unknown: manifest unknown` };
  };
  /** Waits (real time) until no controller work is queued or scheduled. */
  async settle(timeoutMs = 5000): Promise<void> {
    const until = Date.now() + timeoutMs;
    for (let quiet = 0; quiet < 3 && Date.now() < until;) {
      await new Promise((r) => setTimeout(r, 5));
      await this.queue;
      quiet = this.pending === 0 ? quiet + 1 : 0;
    }
  }
  /** Runs fn after `ms` real milliseconds; settle() waits for it. */
  later(ms: number, fn: () => void): void {
    this.pending++;
    setTimeout(() => {
      this.pending--;
      try {
        fn();
      } catch {
        // the object may be gone meanwhile; controllers are best-effort like real ones
      }
    }, ms).unref();
  }

  // --- faults -----------------------------------------------------------------------------
  /** Forgets every planned fault (between tests sharing one double). */
  clearFaults(): void {
    this.forbidden.clear();
    this.rbac = undefined;
    this.faults.length = 0;
    this.pullFaults.length = 0;
    this.stuckTerminating.clear();
    this.registryErrors.clear();
    this.stallWatches = false;
  }
  forbid(verb: string, resource: string): void {
    this.forbidden.add(`${verb} ${resource}`);
  }
  allow(verb: string, resource: string): void {
    this.forbidden.delete(`${verb} ${resource}`);
  }
  failNext(fault: { method?: string; path: RegExp; status?: number; drop?: boolean; lostAnswer?: boolean; times?: number }): void {
    this.faults.push({ ...fault, times: fault.times ?? 1 });
  }
  dropWatches(): void {
    for (const res of this.watches) res.destroy();
    this.watches.clear();
  }
  get openWatches(): number {
    return this.watches.size;
  }
  failPulls(match: string, count: number, message = `rpc error: code = Unknown desc = reading manifest: manifest unknown`): void {
    this.pullFaults.push({ match, count, message });
  }
  /** The kubelet asks: does pulling this image fail now? Consumes one planned failure. */
  pullFailure(image: string): string | undefined {
    const fault = this.pullFaults.find((f) => f.count > 0 && image.includes(f.match));
    if (!fault) return undefined;
    fault.count--;
    return fault.message;
  }

  /** Re-imports every scheduled tag (what OpenShift does about every 15 minutes). */
  scheduledImport(): void {
    this.signal('scheduled-import');
  }
  /** Tells every controller about something that is not a stored change (resource "ticks"). */
  signal(what: string): void {
    this.dispatch({
      rv: 0,
      type: 'MODIFIED',
      ref: { group: 'service-guru.dev', version: 'v1', resource: 'ticks' },
      namespace: '',
      object: { metadata: { name: what } },
    });
  }

  private dispatch(event: StoreEvent): void {
    for (const controller of this.controllers) {
      if (!controller.react) continue;
      this.queue = this.queue.then(() => controller.react!(clone(event), this)).catch(() => undefined);
    }
  }

  // --- HTTP -------------------------------------------------------------------------------
  private async serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!this.plan) return this.answer(req, res);
    const url = new URL(req.url ?? '/', 'https://127.0.0.1');
    const watch = /^(true|1)$/.test(url.searchParams.get('watch') ?? '') || url.pathname.includes('/watch/');
    const info = { service: 'kube', method: req.method ?? 'GET', path: url.pathname, watch };
    await withFaults(this.plan, info, req, res, () => this.answer(req, res));
  }

  private async answer(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'https://127.0.0.1');
    const body = await readBody(req);
    const r = route(url.pathname);
    const verb = r ? verbOf(req.method ?? 'GET', r, url) : 'unknown';
    this.requests.push({ method: req.method ?? 'GET', path: url.pathname, query: Object.fromEntries(url.searchParams), verb, body });
    this.onRequest?.(this.requests.at(-1)!);
    const fault = this.faults.find((f) => f.times > 0 && (!f.method || f.method === req.method) && f.path.test(url.pathname + url.search));
    if (fault?.lostAnswer) {
      fault.times--;
      res.writeHead = () => res;
      res.end = () => (req.socket.destroy(), res);
    } else if (fault) {
      fault.times--;
      if (fault.drop) return void req.socket.destroy();
      const s = status(fault.status ?? 503, 'ServiceUnavailable', 'the server is currently unable to handle the request');
      return send(res, s.code, s.body);
    }
    if (req.headers.authorization !== `Bearer ${this.token}`) {
      const s = status(401, 'Unauthorized', 'Unauthorized');
      return send(res, s.code, s.body);
    }
    if (!r) return send(res, 404, status(404, 'NotFound', `the server could not find the requested resource (${url.pathname})`).body);
    const resource = r.subresource ? `${r.ref.resource}/${r.subresource}` : r.ref.resource;
    if (
      this.forbidden.has(`${verb} ${resource}`) ||
      this.forbidden.has(`${verb} ${r.ref.resource}`) ||
      (this.rbac && !allows(this.rbac, verb, r.ref.group, resource))
    ) {
      const what = r.name ? `${resource} "${r.name}"` : resource;
      const s = status(
        403,
        'Forbidden',
        `${what} is forbidden: User "system:serviceaccount:${r.namespace}:deployer" cannot ${verb}` +
          ` resource "${resource}" in API group "${r.ref.group}" in the namespace "${r.namespace}"`,
        { kind: r.ref.resource },
      );
      return send(res, s.code, s.body);
    }
    if (verb === 'watch' && this.stallWatches) {
      // A watch that stalls without closing (a proxy holding the socket): answered, then silent.
      res.writeHead(200, { 'content-type': 'application/json', 'transfer-encoding': 'chunked' });
      res.flushHeaders();
      this.watches.add(res);
      res.on('close', () => this.watches.delete(res));
      return;
    }
    if (verb === 'watch') return openWatch(this.store, r, url, res, this.watches);
    if (r.subresource === 'log' && r.ref.resource === 'pods') {
      const pod = this.store.get(r.ref, r.namespace, r.name!);
      if (!pod) return send(res, 404, notFound(r.ref, r.name!).body);
      return send(res, 200, this.logs.get(`${r.namespace}/${r.name}`) ?? '', 'text/plain');
    }
    if (req.method === 'DELETE' && r.name) {
      const answer = deleteObject(this.store, r, url, body);
      return send(res, answer.code, answer.body);
    }
    if (req.method === 'GET' && r.name) {
      for (const c of this.controllers) {
        const answer = c.get?.(r, this);
        if (answer) return send(res, answer.code, answer.body);
      }
    }
    if (req.method === 'POST') {
      let object: KubeObject;
      try {
        object = JSON.parse(body) as KubeObject;
      } catch {
        return send(res, 400, status(400, 'BadRequest', 'invalid JSON body').body);
      }
      for (const c of this.controllers) {
        const answer = c.create?.(r, object, this);
        if (answer) return send(res, answer.code, answer.body);
      }
      // Server-side dry run: checked as a create would be (name taken, RBAC above), never stored, no controller sees it.
      if (url.searchParams.get('dryRun') === 'All') {
        const name = object.metadata?.name;
        if (!name) return send(res, 422, status(422, 'Invalid', `${r.ref.resource} is invalid: metadata.name: Required value`).body);
        if (this.store.get(r.ref, r.namespace, name)) {
          return send(res, 409, status(409, 'AlreadyExists', `${r.ref.resource} "${name}" already exists`).body);
        }
        const echo = {
          ...object,
          metadata: { ...object.metadata, namespace: r.namespace, creationTimestamp: new Date(this.now()).toISOString() },
        };
        return send(res, 201, echo);
      }
    }
    const answer = storageVerb(
      this.store,
      req.method ?? 'GET',
      r.subresource === 'status' ? { ...r, subresource: undefined } : r,
      url,
      body,
      req.headers['content-type'],
    );
    send(res, answer.code, answer.body);
  }

  /** Pod logs, by 'namespace/pod'; a controller (or a test) writes them. */
  readonly logs = new Map<string, string>();
}

export { refFor } from './refs.ts';
