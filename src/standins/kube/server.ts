import type { IncomingMessage, ServerResponse } from 'node:http';
import { jsonPatch, mergePatch, type JsonPatchOp } from './patch.ts';
import {
  Conflict,
  NotFound,
  apiVersionOf,
  clone,
  kindOf,
  matchesFields,
  matchesLabels,
  type KubeObject,
  type ObjectStore,
  type ResourceRef,
} from './store.ts';

export interface Route {
  ref: ResourceRef;
  namespace: string;
  name?: string;
  subresource?: string;
}

const PATH = /^\/(?:api\/(v1)|apis\/([^/]+)\/([^/]+))\/namespaces\/([^/]+)\/([^/]+)(?:\/([^/]+)(?:\/([^/]+))?)?$/;

export function route(pathname: string): Route | undefined {
  const m = PATH.exec(pathname);
  if (!m) return undefined;
  const ref: ResourceRef = m[1] ? { group: '', version: 'v1', resource: m[5]! } : { group: m[2]!, version: m[3]!, resource: m[5]! };
  return { ref, namespace: m[4]!, ...(m[6] ? { name: decodeURIComponent(m[6]) } : {}), ...(m[7] ? { subresource: m[7] } : {}) };
}

/** The verb RBAC would check for this request (`oc auth can-i VERB RESOURCE`). */
export function verbOf(method: string, r: Route, url: URL): string {
  if (method === 'GET') return r.name ? 'get' : url.searchParams.get('watch') === 'true' ? 'watch' : 'list';
  return ({ POST: 'create', PUT: 'update', PATCH: 'patch', DELETE: 'delete' } as Record<string, string>)[method] ?? method.toLowerCase();
}

export function status(
  code: number,
  reason: string,
  message: string,
  details?: Record<string, unknown>,
): { code: number; body: Record<string, unknown> } {
  return {
    code,
    body: { kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', message, reason, ...(details ? { details } : {}), code },
  };
}

export function send(res: ServerResponse, code: number, body: unknown, contentType = 'application/json'): void {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  res.writeHead(code, { 'content-type': contentType, 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

export async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** Applies a PATCH body by its content type (strategic merge is treated as merge). */
export function applyPatch(current: KubeObject, body: string, contentType: string | undefined): KubeObject {
  const parsed: unknown = JSON.parse(body);
  if ((contentType ?? '').includes('json-patch')) return jsonPatch(current, parsed as JsonPatchOp[]) as KubeObject;
  return mergePatch(current, parsed) as KubeObject;
}

/** list, get, create, replace, patch: the plain storage verbs (delete and watch live in the double). */
export function storageVerb(
  store: ObjectStore,
  method: string,
  r: Route,
  url: URL,
  body: string,
  contentType: string | undefined,
): { code: number; body: unknown } {
  const { ref, namespace } = r;
  try {
    if (method === 'GET' && !r.name) {
      const items = store.list(ref, namespace, {
        labelSelector: url.searchParams.get('labelSelector'),
        fieldSelector: url.searchParams.get('fieldSelector'),
      });
      return {
        code: 200,
        body: {
          kind: `${kindOf(ref.resource)}List`,
          apiVersion: apiVersionOf(ref),
          metadata: { resourceVersion: store.resourceVersion },
          items,
        },
      };
    }
    if (method === 'GET') {
      const o = store.get(ref, namespace, r.name!);
      return o ? { code: 200, body: o } : notFound(ref, r.name!);
    }
    if (method === 'POST') {
      const input = JSON.parse(body) as KubeObject;
      if (!input.metadata?.name)
        return status(422, 'Invalid', `${kindOf(ref.resource)} is invalid: metadata.name: Required value: name is required`);
      return { code: 201, body: store.create(ref, namespace, input) };
    }
    if (method === 'PUT') {
      const input = JSON.parse(body) as KubeObject;
      if (input.metadata?.name !== r.name) return status(400, 'BadRequest', 'the name of the object does not match the name on the URL');
      return { code: 200, body: store.update(ref, namespace, input, input.metadata.resourceVersion) };
    }
    if (method === 'PATCH') {
      const current = store.get(ref, namespace, r.name!);
      if (!current) return notFound(ref, r.name!);
      const patched = applyPatch(current, body, contentType);
      patched.metadata = { ...patched.metadata, name: r.name! };
      return { code: 200, body: store.update(ref, namespace, patched) };
    }
  } catch (error) {
    if (error instanceof NotFound) return notFound(ref, r.name ?? '');
    if (error instanceof Conflict) return status(409, error.reason, error.message);
    if (error instanceof SyntaxError) return status(400, 'BadRequest', `invalid JSON: ${error.message}`);
    return status(422, 'Invalid', error instanceof Error ? error.message : String(error));
  }
  return status(405, 'MethodNotAllowed', `the server does not allow this method on the requested resource`);
}

export function notFound(ref: ResourceRef, name: string): { code: number; body: unknown } {
  return status(404, 'NotFound', `${ref.resource}${ref.group ? `.${ref.group}` : ''} "${name}" not found`, {
    name,
    kind: ref.resource,
    ...(ref.group ? { group: ref.group } : {}),
  });
}

export interface WatchFilter {
  ref: ResourceRef;
  namespace: string;
  labelSelector: string | null;
  fieldSelector: string | null;
}

export function watchMatches(filter: WatchFilter, ref: ResourceRef, namespace: string, object: KubeObject): boolean {
  return (
    ref.group === filter.ref.group &&
    ref.version === filter.ref.version &&
    ref.resource === filter.ref.resource &&
    namespace === filter.namespace &&
    matchesLabels(object, filter.labelSelector) &&
    matchesFields(object, filter.fieldSelector)
  );
}

export { clone };
