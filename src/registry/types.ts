import { StageError } from '../core/errors.ts';

/** The registry refused the credentials or the repository: waiting longer cannot help. */
export class RegistryRefusedError extends StageError {}

export interface ImageRef {
  /** Registry host (with port), e.g. quay.io or 127.0.0.1:5000. */
  host: string;
  repository: string;
  tag: string;
  text: string;
}

/** What a tag points to now. */
export interface ImageInfo {
  digest: string;
  /** os/arch[/variant] of each image in a manifest list; one entry for a single manifest. */
  platforms: string[];
  /** The `org.opencontainers.image.revision` label or annotation, where present. */
  revision?: string;
  /** When the tag was pushed, where the registry says (Quay). */
  pushedAt?: number;
}

export interface RegistryClient {
  /** The tag's current image, or null when the tag (or repository) does not exist yet. */
  inspect(ref: ImageRef): Promise<ImageInfo | null>;
  /** Tags whose name contains `text` (e.g. a short SHA), with their digests. */
  tagsContaining(ref: ImageRef, text: string): Promise<Array<{ tag: string; digest: string }>>;
  /** Requests sent so far (a retried request counts once). */
  readonly requests: number;
}

export const REVISION_LABEL = 'org.opencontainers.image.revision';

export function parseImage(text: string): ImageRef {
  const slash = text.indexOf('/');
  const colon = text.lastIndexOf(':');
  if (slash < 0 || colon < slash) throw new Error(`"${text}" is not registry/repository:tag`);
  return { host: text.slice(0, slash), repository: text.slice(slash + 1, colon), tag: text.slice(colon + 1), text };
}

/** Platforms as os/arch[/variant], leaving out attestation manifests ("unknown/unknown"). */
export function platformOf(p: { os?: string; architecture?: string; variant?: string } | undefined): string | undefined {
  if (!p?.os || !p.architecture || p.os === 'unknown') return undefined;
  return [p.os, p.architecture, p.variant].filter(Boolean).join('/');
}
