import type { KubeConnection } from './connection.ts';
import { KubeNotFound } from './errors.ts';

const GROUP = 'image.openshift.io';
const VERSION = 'v1';

/** One entry of a tag's history (status.tags[].items, newest first). */
export interface TagImage {
  digest: string;
  /** Pull spec, e.g. quay.io/packit/packit-worker@sha256:…. */
  reference: string;
  created: string;
}

export interface StreamTag {
  name: string;
  /** spec.tags[].from.name, e.g. quay.io/packit/packit-worker:prod or …@sha256:… (pinned). */
  from?: string;
  scheduled: boolean;
  referencePolicy: 'Source' | 'Local';
  history: TagImage[];
  /** The last import's failure, when the tag's ImportSuccess condition is False. */
  importError?: string;
}

export interface ImageStreamView {
  name: string;
  annotations: Record<string, string>;
  tags: StreamTag[];
}

export type ImportOutcome = { ok: true; digest: string; reference: string } | { ok: false; message: string };

export interface ImageStreamsApi {
  get(name: string): Promise<ImageStreamView | undefined>;
  list(): Promise<ImageStreamView[]>;
  /**
   * `oc import-image` / `oc tag --source=docker`: an ImageStreamImport of `from` into
   * `stream:tag`. With `persist` the stream's spec tag becomes `from` (a digest pins it) and
   * the image joins the history; without, the registry is only asked what it would import.
   */
  importTag(request: {
    stream: string;
    tag: string;
    from: string;
    persist: boolean;
    scheduled: boolean;
    referencePolicy: 'Source' | 'Local';
  }): Promise<ImportOutcome>;
  /** Sets annotations of the stream (a JSON merge patch of metadata.annotations), nothing else. */
  annotate(name: string, annotations: Record<string, string>): Promise<void>;
}

interface RawStream {
  metadata?: { name?: string; annotations?: Record<string, string> };
  spec?: {
    tags?: Array<{
      name?: string;
      from?: { kind?: string; name?: string };
      importPolicy?: { scheduled?: boolean };
      referencePolicy?: { type?: string };
    }>;
  };
  status?: {
    tags?: Array<{
      tag?: string;
      items?: Array<{ image?: string; dockerImageReference?: string; created?: string }> | null;
      conditions?: Array<{ type?: string; status?: string; message?: string }>;
    }>;
  };
}

export function streamView(raw: RawStream): ImageStreamView {
  const specTags = raw.spec?.tags ?? [];
  const statusTags = raw.status?.tags ?? [];
  const names = [...new Set([...specTags.map((t) => t.name ?? ''), ...statusTags.map((t) => t.tag ?? '')])].filter(Boolean);
  return {
    name: raw.metadata?.name ?? '',
    annotations: raw.metadata?.annotations ?? {},
    tags: names.map((name) => {
      const spec = specTags.find((t) => t.name === name);
      const status = statusTags.find((t) => t.tag === name);
      const failed = (status?.conditions ?? []).find((c) => c.type === 'ImportSuccess' && c.status === 'False');
      return {
        name,
        ...(spec?.from?.name ? { from: spec.from.name } : {}),
        scheduled: spec?.importPolicy?.scheduled === true,
        referencePolicy: spec?.referencePolicy?.type === 'Local' ? 'Local' : 'Source',
        history: (status?.items ?? [])
          .filter((i) => typeof i.image === 'string')
          .map((i) => ({ digest: i.image!, reference: i.dockerImageReference ?? '', created: i.created ?? '' })),
        ...(failed ? { importError: failed.message ?? 'import failed' } : {}),
      };
    }),
  };
}

interface ImportAnswer {
  status?: {
    images?: Array<{
      tag?: string;
      status?: { status?: string; message?: string; reason?: string };
      image?: { metadata?: { name?: string }; dockerImageReference?: string };
    }>;
  };
}

export function imageStreamsApi(kube: KubeConnection): ImageStreamsApi {
  const ns = kube.namespace;
  return {
    async get(name) {
      try {
        const raw: unknown = await kube.call(
          { verb: 'get', resource: 'imagestreams', group: GROUP, name },
          (sdk) => sdk.custom.getNamespacedCustomObject(GROUP, VERSION, ns, 'imagestreams', name),
          (sdk, r) => sdk.customResponses.getNamespacedCustomObjectWithHttpInfo(r),
        );
        return streamView(raw as RawStream);
      } catch (error) {
        if (error instanceof KubeNotFound) return undefined;
        throw error;
      }
    },
    async list() {
      const raw = (await kube.call(
        { verb: 'list', resource: 'imagestreams', group: GROUP },
        (sdk) => sdk.custom.listNamespacedCustomObject(GROUP, VERSION, ns, 'imagestreams'),
        (sdk, r) => sdk.customResponses.listNamespacedCustomObjectWithHttpInfo(r),
      )) as { items?: RawStream[] };
      return (raw.items ?? []).map(streamView);
    },
    async importTag(req) {
      const body = {
        apiVersion: `${GROUP}/${VERSION}`,
        kind: 'ImageStreamImport',
        metadata: { name: req.stream, namespace: ns },
        spec: {
          import: req.persist,
          images: [
            {
              from: { kind: 'DockerImage', name: req.from },
              to: { name: req.tag },
              importPolicy: { scheduled: req.scheduled },
              referencePolicy: { type: req.referencePolicy },
            },
          ],
        },
      };
      const answer = (await kube.call(
        { verb: 'create', resource: 'imagestreamimports', group: GROUP, name: req.stream },
        (sdk) => sdk.custom.createNamespacedCustomObject(GROUP, VERSION, ns, 'imagestreamimports', body),
        (sdk, r) => sdk.customResponses.createNamespacedCustomObjectWithHttpInfo(r),
      )) as ImportAnswer;
      const image = answer.status?.images?.[0];
      if (image?.status?.status === 'Success' && image.image?.metadata?.name) {
        return { ok: true, digest: image.image.metadata.name, reference: image.image.dockerImageReference ?? '' };
      }
      return { ok: false, message: image?.status?.message ?? image?.status?.reason ?? 'the cluster gave no import status' };
    },
    async annotate(name, annotations) {
      await kube.call(
        { verb: 'patch', resource: 'imagestreams', group: GROUP, name },
        async (sdk) => {
          const ctx = await sdk.custom.patchNamespacedCustomObject(GROUP, VERSION, ns, 'imagestreams', name, {
            metadata: { annotations },
          });
          ctx.setHeaderParam('Content-Type', 'application/merge-patch+json');
          return ctx;
        },
        (sdk, r) => sdk.customResponses.patchNamespacedCustomObjectWithHttpInfo(r),
      );
    },
  };
}
