import type { ServerResponse } from 'node:http';
import { notFound, status, watchMatches, type Route, type WatchFilter } from './server.ts';
import type { KubeObject, ObjectStore } from './store.ts';

/**
 * DELETE: pods honour gracePeriodSeconds (query or DeleteOptions body; default the pod's
 * terminationGracePeriodSeconds, else 30): they get a deletionTimestamp and stay until the kubelet
 * controller removes them, or go at once with grace 0. Other objects go at once. DeleteOptions'
 * preconditions (uid, resourceVersion) that do not hold are a 409 Conflict, as on the API server.
 */
export function deleteObject(store: ObjectStore, r: Route, url: URL, body: string): { code: number; body: unknown } {
  const current = store.get(r.ref, r.namespace, r.name!);
  if (!current) return notFound(r.ref, r.name!);
  let grace: number | undefined = url.searchParams.has('gracePeriodSeconds')
    ? Number(url.searchParams.get('gracePeriodSeconds'))
    : undefined;
  let preconditions: { uid?: string; resourceVersion?: string } | undefined;
  if (body.trim()) {
    try {
      const options = JSON.parse(body) as { gracePeriodSeconds?: number; preconditions?: { uid?: string; resourceVersion?: string } };
      if (grace === undefined && typeof options.gracePeriodSeconds === 'number') grace = options.gracePeriodSeconds;
      preconditions = options.preconditions;
    } catch {
      return status(400, 'BadRequest', 'invalid DeleteOptions');
    }
  }
  // The API server's answer to a delete meant for another object of the same name (a recreated pod).
  if (preconditions?.uid && preconditions.uid !== current.metadata.uid) {
    return status(
      409,
      'Conflict',
      `Operation cannot be fulfilled on ${r.ref.resource} "${r.name}": Precondition failed: ` +
        `UID in precondition: ${preconditions.uid}, UID in object meta: ${current.metadata.uid}`,
    );
  }
  if (preconditions?.resourceVersion && preconditions.resourceVersion !== current.metadata.resourceVersion) {
    return status(
      409,
      'Conflict',
      `Operation cannot be fulfilled on ${r.ref.resource} "${r.name}": Precondition failed: ` +
        `ResourceVersion in precondition: ${preconditions.resourceVersion}, ` +
        `ResourceVersion in object meta: ${current.metadata.resourceVersion}`,
    );
  }
  if (r.ref.resource !== 'pods' || grace === 0) return { code: 200, body: store.remove(r.ref, r.namespace, r.name!) };
  const seconds = grace ?? (current.spec as { terminationGracePeriodSeconds?: number } | undefined)?.terminationGracePeriodSeconds ?? 30;
  const updated = current.metadata.deletionTimestamp
    ? current
    : store.mutate(r.ref, r.namespace, r.name!, (o) => {
        o.metadata.deletionTimestamp = new Date(store.now() + seconds * 1000).toISOString();
        o.metadata.deletionGracePeriodSeconds = seconds;
      });
  return { code: 200, body: updated };
}

/** ?watch=true: JSON lines of {type, object}, replayed from ?resourceVersion= or the current state. */
export function openWatch(store: ObjectStore, r: Route, url: URL, res: ServerResponse, open: Set<ServerResponse>): void {
  const filter: WatchFilter = {
    ref: r.ref,
    namespace: r.namespace,
    labelSelector: url.searchParams.get('labelSelector'),
    fieldSelector: url.searchParams.get('fieldSelector'),
  };
  res.writeHead(200, { 'content-type': 'application/json', 'transfer-encoding': 'chunked' });
  const write = (type: string, object: KubeObject) => res.write(JSON.stringify({ type, object }) + '\n');
  const since = url.searchParams.get('resourceVersion');
  if (since && since !== '0' && Number(since) < store.compactedBefore) {
    // The API server answers 200 and one ERROR event, then ends the watch.
    write('ERROR', {
      ...status(410, 'Expired', `too old resource version: ${since} (${store.compactedBefore})`).body,
      metadata: { name: '' },
    });
    res.end();
    return;
  }
  if (since && since !== '0') {
    for (const e of store.history) if (e.rv > Number(since) && watchMatches(filter, e.ref, e.namespace, e.object)) write(e.type, e.object);
  } else {
    for (const o of store.list(r.ref, r.namespace, filter)) write('ADDED', o);
  }
  const unsubscribe = store.subscribe((e) => {
    if (watchMatches(filter, e.ref, e.namespace, e.object) || (e.old && watchMatches(filter, e.ref, e.namespace, e.old)))
      write(e.type, e.object);
  });
  open.add(res);
  const timeout = Number(url.searchParams.get('timeoutSeconds') ?? 0);
  const timer = timeout > 0 ? setTimeout(() => res.end(), timeout * 1000) : undefined;
  timer?.unref();
  res.on('close', () => {
    unsubscribe();
    if (timer) clearTimeout(timer);
    open.delete(res);
  });
}
