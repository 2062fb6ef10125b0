import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

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

  constructor(handler: Handler) {
    this.handler = handler;
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
