import { randomUUID } from 'node:crypto';

/** A Kubernetes object as JSON; the double stores any resource without a schema. */
export type KubeObject = Record<string, unknown> & {
  apiVersion?: string;
  kind?: string;
  metadata: ObjectMeta;
};

export interface ObjectMeta {
  name: string;
  namespace?: string;
  uid?: string;
  resourceVersion?: string;
  generation?: number;
  creationTimestamp?: string;
  deletionTimestamp?: string;
  deletionGracePeriodSeconds?: number;
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
  ownerReferences?: Array<{ apiVersion?: string; kind: string; name: string; uid?: string; controller?: boolean }>;
  [key: string]: unknown;
}

/** Which collection: group '' is the core API (/api/v1). */
export interface ResourceRef {
  group: string;
  version: string;
  resource: string;
}

export type EventType = 'ADDED' | 'MODIFIED' | 'DELETED';

export interface StoreEvent {
  rv: number;
  type: EventType;
  ref: ResourceRef;
  namespace: string;
  object: KubeObject;
  /** The object before this change (MODIFIED, DELETED). */
  old?: KubeObject;
}

const KINDS: Record<string, string> = {
  pods: 'Pod',
  deployments: 'Deployment',
  statefulsets: 'StatefulSet',
  replicasets: 'ReplicaSet',
  deploymentconfigs: 'DeploymentConfig',
  imagestreams: 'ImageStream',
  imagestreamimports: 'ImageStreamImport',
  imagestreamtags: 'ImageStreamTag',
  configmaps: 'ConfigMap',
  secrets: 'Secret',
  services: 'Service',
  routes: 'Route',
  events: 'Event',
  jobs: 'Job',
  serviceaccounts: 'ServiceAccount',
};

export function kindOf(resource: string): string {
  return KINDS[resource] ?? resource.replace(/s$/, '').replace(/^./, (c) => c.toUpperCase());
}

export function apiVersionOf(ref: ResourceRef): string {
  return ref.group ? `${ref.group}/${ref.version}` : ref.version;
}

export const clone = <T>(value: T): T => structuredClone(value);

const keyOf = (ref: ResourceRef, namespace: string) => `${ref.group}/${ref.version}/${ref.resource}/${namespace}`;

/**
 * The double's etcd: objects per collection, one resourceVersion counter, and the history of
 * every change (watches replay from a resourceVersion; controllers subscribe).
 */
export class ObjectStore {
  private readonly collections = new Map<string, Map<string, KubeObject>>();
  readonly history: StoreEvent[] = [];
  /** Watches from an older resourceVersion get 410 Gone, as after an etcd compaction. */
  compactedBefore = 0;
  private rv = 1000;
  private readonly listeners = new Set<(event: StoreEvent) => void>();
  /** Milliseconds since the epoch, as the double's clock sees it. */
  now: () => number = () => Date.now();

  get resourceVersion(): string {
    return String(this.rv);
  }

  /** Forgets the history so far: a watch resuming from before now must list again. */
  compact(): void {
    this.compactedBefore = this.rv;
  }

  subscribe(listener: (event: StoreEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private collection(ref: ResourceRef, namespace: string): Map<string, KubeObject> {
    const key = keyOf(ref, namespace);
    let c = this.collections.get(key);
    if (!c) this.collections.set(key, (c = new Map()));
    return c;
  }

  list(ref: ResourceRef, namespace: string, filter: { labelSelector?: string | null; fieldSelector?: string | null } = {}): KubeObject[] {
    const objects = [...this.collection(ref, namespace).values()];
    return objects.filter((o) => matchesLabels(o, filter.labelSelector) && matchesFields(o, filter.fieldSelector)).map(clone);
  }

  /** Every object of a resource, in every namespace. */
  listAll(ref: ResourceRef): KubeObject[] {
    const prefix = `${ref.group}/${ref.version}/${ref.resource}/`;
    return [...this.collections.entries()].filter(([k]) => k.startsWith(prefix)).flatMap(([, c]) => [...c.values()].map(clone));
  }

  get(ref: ResourceRef, namespace: string, name: string): KubeObject | undefined {
    const o = this.collection(ref, namespace).get(name);
    return o ? clone(o) : undefined;
  }

  create(ref: ResourceRef, namespace: string, input: KubeObject): KubeObject {
    const c = this.collection(ref, namespace);
    if (c.has(input.metadata.name)) throw new Conflict(`${ref.resource} "${input.metadata.name}" already exists`, 'AlreadyExists');
    const object = clone(input);
    object.apiVersion ??= apiVersionOf(ref);
    object.kind ??= kindOf(ref.resource);
    object.metadata = {
      ...object.metadata,
      namespace,
      uid: randomUUID(),
      generation: 1,
      creationTimestamp: new Date(this.now()).toISOString(),
      resourceVersion: String(++this.rv),
    };
    c.set(object.metadata.name, object);
    this.emit({ rv: this.rv, type: 'ADDED', ref, namespace, object: clone(object) });
    return clone(object);
  }

  /** Replaces the object; a changed spec bumps metadata.generation, as the API server does. */
  update(ref: ResourceRef, namespace: string, input: KubeObject, expectedRv?: string): KubeObject {
    const c = this.collection(ref, namespace);
    const old = c.get(input.metadata.name);
    if (!old) throw new NotFound(ref.resource, input.metadata.name);
    if (expectedRv && expectedRv !== old.metadata.resourceVersion) {
      throw new Conflict(
        `Operation cannot be fulfilled on ${ref.resource} "${input.metadata.name}": the object ` +
          `has been modified; please apply your changes to the latest version and try again`,
        'Conflict',
      );
    }
    const object = clone(input);
    object.apiVersion = old.apiVersion;
    object.kind = old.kind;
    const specChanged = JSON.stringify(old.spec) !== JSON.stringify(object.spec);
    object.metadata = {
      ...object.metadata,
      namespace,
      uid: old.metadata.uid,
      creationTimestamp: old.metadata.creationTimestamp,
      generation: (old.metadata.generation ?? 1) + (specChanged ? 1 : 0),
      resourceVersion: String(++this.rv),
    };
    c.set(object.metadata.name, object);
    this.emit({ rv: this.rv, type: 'MODIFIED', ref, namespace, object: clone(object), old: clone(old) });
    return clone(object);
  }

  /** Reads, changes and writes back in one step (controllers use it). */
  mutate(ref: ResourceRef, namespace: string, name: string, change: (o: KubeObject) => void): KubeObject | undefined {
    const current = this.get(ref, namespace, name);
    if (!current) return undefined;
    const before = JSON.stringify(current);
    change(current);
    if (JSON.stringify(current) === before) return current;
    return this.update(ref, namespace, current);
  }

  remove(ref: ResourceRef, namespace: string, name: string): KubeObject | undefined {
    const c = this.collection(ref, namespace);
    const old = c.get(name);
    if (!old) return undefined;
    c.delete(name);
    const object = clone(old);
    object.metadata.resourceVersion = String(++this.rv);
    this.emit({ rv: this.rv, type: 'DELETED', ref, namespace, object, old: clone(old) });
    return object;
  }

  private emit(event: StoreEvent): void {
    this.history.push(event);
    for (const listener of [...this.listeners]) listener(event);
  }
}

export class NotFound extends Error {
  constructor(resource: string, name: string) {
    super(`${resource} "${name}" not found`);
  }
}

export class Conflict extends Error {
  readonly reason: 'AlreadyExists' | 'Conflict';
  constructor(message: string, reason: 'AlreadyExists' | 'Conflict') {
    super(message);
    this.reason = reason;
  }
}

/** Equality-based and set-based label selectors: a=b, a!=b, a, !a, a in (x,y), a notin (x). */
export function matchesLabels(o: KubeObject, selector: string | null | undefined): boolean {
  if (!selector) return true;
  const labels = o.metadata.labels ?? {};
  for (const term of selector
    .split(/,(?![^(]*\))/)
    .map((t) => t.trim())
    .filter(Boolean)) {
    let m: RegExpExecArray | null;
    if ((m = /^([\w./-]+)\s+(in|notin)\s+\(([^)]*)\)$/.exec(term))) {
      const values = m[3]!.split(',').map((v) => v.trim());
      const has = m[1]! in labels && values.includes(labels[m[1]!]!);
      if (m[2] === 'in' ? !has : has) return false;
    } else if ((m = /^([\w./-]+)\s*(!=|==|=)\s*(.*)$/.exec(term))) {
      const equal = labels[m[1]!] === m[3]!.trim();
      if (m[2] === '!=' ? equal : !equal) return false;
    } else if (term.startsWith('!')) {
      if (term.slice(1) in labels) return false;
    } else if (!(term in labels)) return false;
  }
  return true;
}

/** The field selectors the double knows: metadata.name, metadata.namespace, status.phase (=, ==, !=). */
export function matchesFields(o: KubeObject, selector: string | null | undefined): boolean {
  if (!selector) return true;
  for (const term of selector
    .split(',')
    .map((t) => t.trim())
    .filter(Boolean)) {
    const m = /^([\w.]+)\s*(!=|==|=)\s*(.*)$/.exec(term);
    if (!m) return false;
    const value = m[1]!
      .split('.')
      .reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined), o);
    const equal = (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? String(value) : '') === m[3];
    if (m[2] === '!=' ? equal : !equal) return false;
  }
  return true;
}
