import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A registry front that demands Docker token authentication (as Docker Hub, GHCR or Quay do):
 * 401 with a Bearer challenge, a token endpoint, then requests forwarded to a real registry.
 */
export class TokenProxy {
  private server: Server | undefined;
  readonly tokenRequests: string[] = [];
  readonly token = 'registry-bearer-token-9f8e7d';
  private readonly upstream: string;

  constructor(upstream: string) {
    this.upstream = upstream;
  }

  get url(): string {
    return `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}`;
  }
  get host(): string {
    return this.url.slice('http://'.length);
  }

  async start(): Promise<void> {
    // An upstream that fails drops this connection, as a proxy would, instead of an unhandled rejection.
    this.server = createServer((req, res) => void this.serve(req, res).catch(() => res.destroy()));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
  }

  private async serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.url);
    if (url.pathname === '/token') {
      this.tokenRequests.push(url.search);
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ token: this.token, expires_in: 300, issued_at: new Date().toISOString() }));
      return;
    }
    if (req.headers.authorization !== `Bearer ${this.token}`) {
      const name = /^\/v2\/(.+?)\/(manifests|blobs|tags)\//.exec(url.pathname)?.[1] ?? '';
      res.writeHead(401, {
        'content-type': 'application/json',
        'www-authenticate': `Bearer realm="${this.url}/token",service="test-registry",scope="repository:${name}:pull"`,
      });
      res.end(JSON.stringify({ errors: [{ code: 'UNAUTHORIZED', message: 'authentication required', detail: null }] }));
      return;
    }
    const upstream = await fetch(`${this.upstream}${url.pathname}${url.search}`, {
      method: req.method ?? 'GET',
      headers: { accept: req.headers.accept ?? '*/*' },
    });
    const headers: Record<string, string> = {};
    for (const name of ['content-type', 'docker-content-digest', 'link', 'content-length']) {
      const value = upstream.headers.get(name);
      if (value) headers[name] = value;
    }
    res.writeHead(upstream.status, headers);
    res.end(req.method === 'HEAD' ? undefined : Buffer.from(await upstream.arrayBuffer()));
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }
}
