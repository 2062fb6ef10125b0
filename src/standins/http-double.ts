import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { currentFaultPlan, type FaultKind, type FaultPlan, type RequestInfo } from './faults.ts';

export interface RecordedRequest {
  method: string;
  path: string;
  headers: IncomingMessage['headers'];
  body: string;
  /** The status the double answered with (unset while pending, or when the answer was lost). */
  status?: number;
}

export interface Reply {
  status?: number;
  headers?: Record<string, string>;
  body?: unknown;
}

export type Handler = (request: RecordedRequest, url: URL) => Reply | Promise<Reply>;

/** A planned failure: the next `times` requests matching are answered with `reply`. */
interface Fault {
  method: string;
  path: RegExp;
  times: number;
  reply: Reply;
}

/** An HTTP server on 127.0.0.1 with a free port, a request log and injectable faults. */
export class HttpDouble {
  readonly requests: RecordedRequest[] = [];
  private server: Server | undefined;
  private readonly faults: Fault[] = [];
  private readonly lost: Array<Omit<Fault, 'reply'>> = [];
  private readonly handler: Handler;
  /** The seeded faults of the run this double was built for (see faults.ts); none outside one. */
  readonly plan: FaultPlan | undefined = currentFaultPlan();

  constructor(handler: Handler) {
    this.handler = handler;
  }

  /** The service named in fault reports: the class name without "Double" (GitHubDouble → github). */
  get service(): string {
    const name = this.constructor.name.replace(/Double$/, '').toLowerCase();
    return name === 'ociregistry' ? 'registry' : name;
  }

  /** Requests the fault layer may touch: the product's, not a stand-in's own set-up traffic. */
  protected faultable(method: string): boolean {
    void method;
    return true;
  }

  async start(): Promise<string> {
    this.server = createServer((req, res) => void this.serve(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return this.url;
  }

  get url(): string {
    const { port } = this.server!.address() as AddressInfo;
    return `http://127.0.0.1:${port}`;
  }

  async stop(): Promise<void> {
    if (!this.server) return;
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server!.close(() => resolve()));
    this.server = undefined;
  }

  fail(method: string, path: RegExp, reply: Reply, times = 1): void {
    this.faults.push({ method, path, times, reply });
  }

  /** Forgets faults not yet used up (between tests: one test's outage must not reach the next). */
  clearFaults(): void {
    this.faults.length = 0;
    this.lost.length = 0;
  }

  /** The next `times` matching requests are carried out, but the connection drops before the answer. */
  loseAnswer(method: string, path: RegExp, times = 1): void {
    this.lost.push({ method, path, times });
  }

  count(method: string, path: RegExp): number {
    return this.requests.filter((r) => r.method === method && path.test(r.path)).length;
  }

  private async serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const info = { service: this.service, method: req.method ?? 'GET', path: new URL(req.url ?? '/', 'http://x').pathname, watch: false };
    if (this.plan && this.faultable(info.method)) await withFaults(this.plan, info, req, res, () => this.respond(req, res));
    else await this.respond(req, res);
  }

  private async respond(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    // Recorded and matched decoded: clients differ in what they percent-encode (heads%2Fmain).
    const request: RecordedRequest = {
      method: req.method ?? 'GET',
      path: decodeURIComponent(url.pathname),
      headers: req.headers,
      body: Buffer.concat(chunks).toString('utf8'),
    };
    this.requests.push(request);
    let reply: Reply;
    const fault = this.faults.find((f) => f.times > 0 && f.method === request.method && f.path.test(request.path));
    try {
      if (fault) {
        fault.times--;
        reply = fault.reply;
      } else {
        reply = await this.handler(request, url);
      }
    } catch (error) {
      reply = { status: 500, body: { message: String(error) } };
    }
    const lost = this.lost.find((f) => f.times > 0 && f.method === request.method && f.path.test(request.path));
    if (lost) {
      lost.times--;
      res.destroy();
      return;
    }
    request.status = reply.status ?? 200;
    const body = reply.body === undefined ? '' : typeof reply.body === 'string' ? reply.body : JSON.stringify(reply.body);
    res.writeHead(reply.status ?? 200, {
      ...(reply.status === 304 ? {} : { 'content-type': 'application/json; charset=utf-8' }),
      ...reply.headers,
    });
    res.end(body);
  }
}

/**
 * The fault layer every stand-in goes through: decides the request's fate by the plan and either
 * serves it (`serve` writes the answer to `res`), fails it before the server acts (an error
 * status, a reset, an HTML page, malformed JSON), or lets the server act and spoils the answer
 * (a reset after the change, JSON cut short, an answer held past the client's timeout). Error
 * bodies echo the request with its headers, as some real services do, so a client that logs or
 * keeps an error body shows its token where the secret search finds it.
 */
export async function withFaults(
  plan: FaultPlan,
  info: RequestInfo,
  req: IncomingMessage,
  res: ServerResponse,
  serve: () => Promise<void>,
): Promise<void> {
  const kind = plan.decide(info);
  if (!kind) return serve();
  const drain = async (): Promise<string> => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  };
  const echo = async (): Promise<Record<string, unknown>> => ({
    method: info.method,
    url: req.url,
    headers: req.headers,
    body: await drain(),
  });
  const send = (status: number, type: string, body: string, headers: Record<string, string> = {}): void => {
    res.writeHead(status, { 'content-type': type, 'content-length': String(Buffer.byteLength(body)), ...headers });
    res.end(body);
  };
  switch (kind) {
    case 'kill':
    case 'down':
    case 'reset-before':
      req.socket.destroy();
      return;
    case 'http-500':
    case 'http-502':
    case 'http-503': {
      const status = Number(kind.slice(5));
      return send(status, 'application/json', JSON.stringify({ message: STATUS_TEXT[status], request: await echo() }));
    }
    case 'http-429': {
      const seconds = 1 + Math.floor(plan.detail(info, 'retry-after') * 30);
      return send(429, 'application/json', JSON.stringify({ message: 'Too Many Requests', request: await echo() }), {
        'retry-after': String(seconds),
      });
    }
    case 'html-page': {
      const request = await echo();
      const page =
        '<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body><h1>Bad Gateway</h1>' +
        '<p>The proxy received an invalid response from an upstream server.</p>' +
        `<pre>${escapeHtml(JSON.stringify(request, null, 2))}</pre></body></html>`;
      return send(plan.detail(info, 'html-status') < 0.5 ? 502 : 200, 'text/html; charset=utf-8', page);
    }
    case 'malformed-json':
      await drain();
      return send(200, 'application/json', '{"message": "ok", "items": [{"id": 1,, }');
    case 'watch-gone': {
      await drain();
      const gone = {
        type: 'ERROR',
        object: {
          kind: 'Status',
          apiVersion: 'v1',
          metadata: {},
          status: 'Failure',
          message: 'too old resource version',
          reason: 'Expired',
          code: 410,
        },
      };
      return send(200, 'application/json', JSON.stringify(gone) + '\n');
    }
    case 'watch-closed': {
      // The watch opens and streams, then the connection drops mid-stream.
      const after = 5 + Math.floor(plan.detail(info, 'watch-close') * 200);
      setTimeout(() => res.destroy(), after).unref();
      return serve();
    }
    case 'reset-after':
    case 'truncated-json':
    case 'slow':
      spoilAnswer(kind, plan, res);
      return serve();
  }
}

const STATUS_TEXT: Record<number, string> = { 500: 'Internal Server Error', 502: 'Bad Gateway', 503: 'Service Unavailable' };

const escapeHtml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The longest an answer is held when the client never gives up (a client without a timeout). */
export const SLOW_HOLD_MS = 120_000;

/** The server acts (serve runs in full); the answer it writes is lost, cut short or held back. */
function spoilAnswer(kind: FaultKind, plan: FaultPlan, res: ServerResponse): void {
  let status = 200;
  let headers: Record<string, unknown> = {};
  const writeHead = res.writeHead.bind(res);
  const end = res.end.bind(res) as (chunk?: string | Buffer) => ServerResponse;
  res.writeHead = (code: number, ...rest: unknown[]) => {
    status = code;
    const given = rest.find((r) => r && typeof r === 'object' && !Array.isArray(r));
    headers = { ...(given as Record<string, unknown> | undefined) };
    return res;
  };
  res.end = ((chunk?: unknown) => {
    const body = typeof chunk === 'string' ? chunk : Buffer.isBuffer(chunk) ? chunk.toString('utf8') : '';
    const reallySend = (text: string): void => {
      if (res.destroyed) return;
      const rest = Object.fromEntries(Object.entries(headers).filter(([k]) => k.toLowerCase() !== 'content-length'));
      writeHead(status, { ...rest, 'content-length': Buffer.byteLength(text) } as Record<string, string | number>);
      end(text);
    };
    if (kind === 'reset-after') res.destroy();
    else if (kind === 'truncated-json') reallySend(body.slice(0, Math.max(1, Math.floor(body.length / 2))));
    else {
      // Held until the client gives up (its timeout closes the socket) or the hold ends.
      const timer = setTimeout(() => {
        plan.heldToTheEnd++;
        reallySend(body);
      }, SLOW_HOLD_MS);
      res.on('close', () => clearTimeout(timer));
    }
    return res;
  }) as typeof res.end;
}
