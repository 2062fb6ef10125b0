import type { KubeController, KubeDouble } from '../index.ts';
import { REFS } from '../refs.ts';
import type { KubeObject } from '../store.ts';
import { status } from '../server.ts';

/**
 * OpenShift's image import: an ImageStreamImport (never stored) resolves each `from` through the
 * registry; with `import: true` it also writes the stream's spec tag (from, importPolicy,
 * referencePolicy, a new generation) and, on success, puts the image at the head of the tag's
 * history (status.tags[].items, newest first) unless it is already there. A failed import leaves
 * an ImportSuccess=False condition. The scheduled import re-imports every tag with
 * importPolicy.scheduled from its own `from`.
 */
export interface SpecTag {
  name: string;
  from?: { kind: string; name: string };
  importPolicy?: { scheduled?: boolean; insecure?: boolean; importMode?: string };
  referencePolicy?: { type: 'Source' | 'Local' };
  generation?: number;
}

export interface TagEvent {
  created: string;
  dockerImageReference: string;
  image: string;
  generation: number;
}

export interface NamedTagEventList {
  tag: string;
  items: TagEvent[] | null;
  conditions?: Array<{ type: string; status: string; lastTransitionTime: string; reason?: string; message?: string; generation: number }>;
}

interface ImportSpecImage {
  from: { kind: string; name: string };
  to?: { name: string };
  importPolicy?: SpecTag['importPolicy'];
  referencePolicy?: SpecTag['referencePolicy'];
}

export const repositoryOf = (ref: string): string => ref.replace(/@sha256:[0-9a-f]+$/, '').replace(/:[\w][\w.-]*$/, '');

export function importOne(
  cluster: KubeDouble,
  namespace: string,
  stream: string,
  image: ImportSpecImage,
  persist: boolean,
): Record<string, unknown> {
  const tag = image.to?.name ?? 'latest';
  const found = cluster.lookup(image.from.name);
  const result: Record<string, unknown> =
    'digest' in found
      ? {
          tag,
          status: { metadata: {}, status: 'Success' },
          image: { metadata: { name: found.digest }, dockerImageReference: `${repositoryOf(image.from.name)}@${found.digest}` },
        }
      : { tag, status: { metadata: {}, status: 'Failure', message: found.error, reason: 'InternalError', code: 500 } };
  if (!persist) return result;
  const existing = cluster.get(REFS.imagestreams, namespace, stream);
  const object: KubeObject = existing ?? {
    apiVersion: 'image.openshift.io/v1',
    kind: 'ImageStream',
    metadata: { name: stream },
    spec: { lookupPolicy: { local: false }, tags: [] },
    status: { dockerImageRepository: '', tags: [] },
  };
  const spec = object.spec as { tags?: SpecTag[] };
  const tags = (spec.tags ??= []);
  const previous = tags.find((t) => t.name === tag);
  const generation = (object.metadata.generation ?? 0) + 1;
  const specTag: SpecTag = {
    name: tag,
    from: { kind: 'DockerImage', name: image.from.name },
    importPolicy: image.importPolicy ?? previous?.importPolicy ?? {},
    referencePolicy: image.referencePolicy ?? previous?.referencePolicy ?? { type: 'Source' },
    generation,
  };
  if (previous) Object.assign(previous, specTag);
  else tags.push(specTag);
  recordImport(object, cluster, tag, found, generation);
  if (existing) cluster.store.update(REFS.imagestreams, namespace, object);
  else cluster.store.create(REFS.imagestreams, namespace, object);
  return result;
}

/** Writes the outcome of one import into status.tags: a new history head, or a failed condition. */
export function recordImport(
  object: KubeObject,
  cluster: KubeDouble,
  tag: string,
  found: { digest: string } | { error: string },
  generation: number,
): void {
  const status = (object.status ??= { tags: [] }) as { tags?: NamedTagEventList[] };
  const statusTags = (status.tags ??= []);
  let entry = statusTags.find((t) => t.tag === tag);
  if (!entry) statusTags.push((entry = { tag, items: [] }));
  const specTag = ((object.spec as { tags?: SpecTag[] }).tags ?? []).find((t) => t.name === tag);
  const now = new Date(cluster.now()).toISOString();
  if ('error' in found) {
    entry.conditions = [
      { type: 'ImportSuccess', status: 'False', lastTransitionTime: now, reason: 'InternalError', message: found.error, generation },
    ];
    return;
  }
  delete entry.conditions;
  const items = (entry.items ??= []);
  if (items[0]?.image === found.digest) {
    items[0].generation = generation;
    return;
  }
  items.unshift({
    created: now,
    dockerImageReference: `${repositoryOf(specTag?.from?.name ?? '')}@${found.digest}`,
    image: found.digest,
    generation,
  });
}

export const imageImportController: KubeController = {
  name: 'image-import',
  create(r, object, cluster) {
    if (r.ref.group !== 'image.openshift.io' || r.ref.resource !== 'imagestreamimports') return undefined;
    const spec = object.spec as { import?: boolean; images?: ImportSpecImage[]; repository?: unknown } | undefined;
    if (!spec || typeof spec.import !== 'boolean')
      return status(422, 'Invalid', 'ImageStreamImport.image.openshift.io is invalid: spec.import: Required value');
    if (!spec.images?.length)
      return status(
        422,
        'Invalid',
        `ImageStreamImport.image.openshift.io "${object.metadata.name}" is invalid: ` +
          `spec.images: Required value: you must specify at least one image or repository import`,
      );
    const bad = spec.images.find((i) => i.from?.kind !== 'DockerImage' || !i.from.name);
    if (bad)
      return status(
        422,
        'Invalid',
        'ImageStreamImport.image.openshift.io is invalid: spec.images[0].from.kind: Invalid value: only DockerImage is supported',
      );
    const images = spec.images.map((image) => importOne(cluster, r.namespace, object.metadata.name, image, spec.import === true));
    const stream = spec.import ? cluster.get(REFS.imagestreams, r.namespace, object.metadata.name) : undefined;
    return {
      code: 201,
      body: {
        ...object,
        apiVersion: 'image.openshift.io/v1',
        kind: 'ImageStreamImport',
        metadata: { ...object.metadata, namespace: r.namespace, creationTimestamp: new Date(cluster.now()).toISOString() },
        status: { ...(stream ? { import: stream } : {}), images },
      },
    };
  },
  get(r, cluster) {
    if (r.ref.group !== 'image.openshift.io' || r.ref.resource !== 'imagestreamtags') return undefined;
    const [name, tag] = r.name!.split(':') as [string, string | undefined];
    const stream = cluster.get(REFS.imagestreams, r.namespace, name);
    const entry = ((stream?.status as { tags?: NamedTagEventList[] } | undefined)?.tags ?? []).find((t) => t.tag === tag);
    const head = entry?.items?.[0];
    if (!stream || !head) return status(404, 'NotFound', `imagestreamtags.image.openshift.io "${r.name}" not found`);
    return {
      code: 200,
      body: {
        apiVersion: 'image.openshift.io/v1',
        kind: 'ImageStreamTag',
        metadata: { name: r.name, namespace: r.namespace, creationTimestamp: head.created },
        tag: ((stream.spec as { tags?: SpecTag[] }).tags ?? []).find((t) => t.name === tag) ?? null,
        generation: head.generation,
        lookupPolicy: (stream.spec as { lookupPolicy?: unknown }).lookupPolicy ?? { local: false },
        image: { metadata: { name: head.image }, dockerImageReference: head.dockerImageReference },
      },
    };
  },
  react(event, cluster) {
    if (event.ref.resource !== 'ticks' || event.object.metadata.name !== 'scheduled-import') return;
    for (const stream of cluster.store.listAll(REFS.imagestreams)) {
      const tags = ((stream.spec as { tags?: SpecTag[] }).tags ?? []).filter(
        (t) => t.importPolicy?.scheduled && t.from?.kind === 'DockerImage',
      );
      if (!tags.length) continue;
      const before = JSON.stringify(stream.status);
      for (const tag of tags) recordImport(stream, cluster, tag.name, cluster.lookup(tag.from!.name), tag.generation ?? 1);
      if (JSON.stringify(stream.status) !== before) cluster.store.update(REFS.imagestreams, stream.metadata.namespace!, stream);
    }
  },
};
