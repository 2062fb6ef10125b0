import type { Clock } from '../core/clock.ts';
import type { Logger } from '../core/logger.ts';
import { StageError } from '../core/errors.ts';
import { isTransient, TransientError, withRetry, type RetryPolicy } from '../core/retry.ts';
import type { ClusterTarget } from './cluster.ts';
import { describeCall, errorFor, unreachableAfterRetries, type KubeCall } from './errors.ts';
import { loadSdk, type KubeSdk, type RequestContext, type ResponseContext } from './sdk.ts';
import { ClusterTransport, type RawRequest } from './transport.ts';

export type WatchEventType = 'ADDED' | 'MODIFIED' | 'DELETED' | 'BOOKMARK' | 'ERROR';

/**
 * One authenticated connection to a cluster: every request goes through `call` (an SDK request
 * factory and response processor) or `raw` (text such as pod logs), both under the one retry
 * policy (5xx, 429 and dropped connections tried again; 401/403 explained), and `watchOnce`.
 * Concern modules (pods.ts, workloads.ts, image-streams.ts, ...) are built on these three.
 */
export class KubeConnection {
  readonly target: ClusterTarget;
  readonly logger: Logger;
  readonly clock: Clock;
  private readonly transport: ClusterTransport;
  private readonly policy: Partial<RetryPolicy> | undefined;

  constructor(
    target: ClusterTarget,
    options: { logger: Logger; clock: Clock; policy?: Partial<RetryPolicy>; onSecret: (value: string) => void },
  ) {
    this.target = target;
    this.logger = options.logger;
    this.clock = options.clock;
    this.policy = options.policy;
    this.transport = new ClusterTransport(target, options.onSecret);
  }

  get namespace(): string {
    return this.target.namespace;
  }

  sdk(): Promise<KubeSdk> {
    return loadSdk();
  }

  /** An SDK call: `build` makes the request with a factory, `parse` reads the 2xx answer with a processor. */
  async call<T>(
    what: KubeCall,
    build: (sdk: KubeSdk) => Promise<RequestContext>,
    parse: (sdk: KubeSdk, response: ResponseContext) => Promise<{ data: T }>,
  ): Promise<T> {
    const sdk = await this.sdk();
    const ctx = await build(sdk);
    const url = new URL(ctx.getUrl());
    const body = ctx.getBody();
    const answer = await this.raw(what, {
      json: true,
      method: ctx.getHttpMethod(),
      path: url.pathname + url.search,
      headers: ctx.getHeaders(),
      ...(typeof body === 'string' ? { body } : body instanceof Buffer ? { body } : {}),
    });
    return (await parse(sdk, sdk.response(answer.status, answer.headers, answer.body))).data;
  }

  /** A request whose 2xx answer is returned as bytes; anything else becomes the error it means. */
  async raw(
    what: KubeCall,
    req: RawRequest & { json?: boolean },
  ): Promise<{ status: number; headers: Record<string, string>; body: Buffer }> {
    let lastTransient = false;
    try {
      return await withRetry(
        { service: `cluster ${this.target.name}`, what: describeCall(what), logger: this.logger, clock: this.clock, policy: this.policy },
        async (signal) => {
          lastTransient = false;
          try {
            const answer = await this.transport.fetch({ ...req, signal });
            if (answer.status >= 200 && answer.status < 300) return req.json ? wholeJson(this.target.name, what, answer) : answer;
            throw errorFor(this.target, what, answer.status, answer.body.toString('utf8'), answer.headers, this.clock.now());
          } catch (error) {
            lastTransient = isTransient(error);
            throw error;
          }
        },
      );
    } catch (error) {
      // The attempts ran out on outages only: a caller with a longer deadline (a rollout) may wait on.
      if (lastTransient && error instanceof StageError) throw unreachableAfterRetries(this.target, error);
      throw error;
    }
  }

  /**
   * One watch connection (`?watch=true`): every event goes to `onEvent` until the server ends
   * the stream, the connection drops (resolves: the caller resumes from its last
   * resourceVersion) or `signal` aborts. A non-2xx start and an ERROR event (410 Gone) throw.
   */
  async watchOnce(
    what: KubeCall,
    path: string,
    query: Record<string, string | undefined>,
    onEvent: (type: WatchEventType, object: unknown) => void,
    signal: AbortSignal,
  ): Promise<void> {
    const params = new URLSearchParams({ watch: 'true', allowWatchBookmarks: 'true' });
    for (const [k, v] of Object.entries(query)) if (v !== undefined) params.set(k, v);
    let res;
    try {
      res = await this.transport.open({ method: 'GET', path: `${path}?${params.toString()}`, signal });
    } catch (error) {
      // Dropped before the answer began: the same as dropped later, the caller resumes.
      if (signal.aborted || isDropped(error)) return;
      throw error;
    }
    if (res.status < 200 || res.status >= 300) {
      const chunks: Buffer[] = [];
      for await (const c of res.message) chunks.push(c as Buffer);
      throw errorFor(this.target, what, res.status, Buffer.concat(chunks).toString('utf8'), res.headers, this.clock.now());
    }
    let buffer = '';
    try {
      for await (const chunk of res.message) {
        buffer += (chunk as Buffer).toString('utf8');
        let nl: number;
        while ((nl = buffer.indexOf('\n')) >= 0) {
          const line = buffer.slice(0, nl).trim();
          buffer = buffer.slice(nl + 1);
          if (!line) continue;
          const event = JSON.parse(line) as { type: WatchEventType; object: unknown };
          if (event.type === 'ERROR') {
            const status = event.object as { code?: number; message?: string };
            throw errorFor(this.target, what, status.code ?? 500, JSON.stringify(status), {}, this.clock.now());
          }
          onEvent(event.type, event.object);
        }
      }
    } catch (error) {
      // A dropped connection or an abort ends this watch; the caller decides whether to resume.
      if (signal.aborted || isDropped(error)) return;
      throw error;
    }
  }

  close(): void {
    this.transport.close();
  }
}

function isDropped(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  return (
    code === 'ECONNRESET' ||
    code === 'ERR_STREAM_PREMATURE_CLOSE' ||
    code === 'EPIPE' ||
    (error instanceof Error && /aborted|socket hang up/i.test(error.message))
  );
}

/**
 * A JSON answer that does not parse (cut short, a proxy's page) is a read that stopped early: it
 * is retried like a dropped connection, and named with its cluster when the attempts run out,
 * never handed to a caller as data.
 */
function wholeJson<A extends { headers: Record<string, string>; body: Buffer }>(cluster: string, what: KubeCall, answer: A): A {
  const type = answer.headers['content-type'] ?? '';
  if (!answer.body.length) return answer;
  // A proxy's page answered 200 in the API server's place: not the object asked for.
  if (!/json/i.test(type))
    throw new TransientError(`cluster ${cluster} answered ${describeCall(what)} with ${type || 'no content type'} instead of JSON`);
  try {
    JSON.parse(answer.body.toString('utf8'));
  } catch (error) {
    throw new TransientError(
      `cluster ${cluster} answered ${describeCall(what)} with JSON that does not parse (${String(error)})`,
      undefined,
      {
        cause: error,
      },
    );
  }
  return answer;
}
