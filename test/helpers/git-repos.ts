import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

const env = {
  ...process.env,
  GIT_AUTHOR_NAME: 'Test',
  GIT_AUTHOR_EMAIL: 'test@example.org',
  GIT_COMMITTER_NAME: 'Test',
  GIT_COMMITTER_EMAIL: 'test@example.org',
  GIT_CONFIG_NOSYSTEM: '1',
};

export function gitIn(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
}

/** A bare repository on disk (the "remote") and a working clone to make history with. */
export class BareRemote {
  readonly bare: string;
  readonly work: string;
  private counter = 0;

  constructor(root: string, name: string) {
    this.bare = path.join(root, `${name}.git`);
    this.work = path.join(root, `${name}-work`);
    mkdirSync(this.bare, { recursive: true });
    gitIn(this.bare, 'init', '--bare', '-q', '-b', 'main');
    gitIn(root, 'clone', '-q', this.bare, this.work);
    gitIn(this.work, 'checkout', '-q', '-b', 'main');
  }

  /** Commits on the checked-out branch of the working clone and returns the SHA. */
  commit(message: string): string {
    this.counter++;
    gitIn(this.work, 'commit', '-q', '--allow-empty', '-m', message);
    return gitIn(this.work, 'rev-parse', 'HEAD');
  }

  checkout(branch: string, create = false): void {
    gitIn(this.work, 'checkout', '-q', ...(create ? ['-B', branch] : [branch]));
  }

  push(branch: string, force = false): void {
    gitIn(this.work, 'push', '-q', ...(force ? ['--force'] : []), 'origin', `${branch}:${branch}`);
  }

  /** The branch's head in the bare repository, or null when absent. */
  head(branch: string): string | null {
    try {
      return gitIn(this.bare, 'rev-parse', '--verify', '-q', `refs/heads/${branch}`);
    } catch {
      return null;
    }
  }
}

/**
 * Git's smart HTTP protocol on 127.0.0.1 through `git http-backend`, as forges serve it: reading
 * is open (or needs the token, `private`), pushing needs the token (http-backend enables
 * receive-pack only for an authenticated REMOTE_USER). `readOnlyToken` authenticates reads but
 * not pushes; `dropPushAnswer` lets a push land and then cuts the connection before the answer.
 */
export class GitHttpServer {
  readonly token = 'glpat-remote-secret-7f3a9c';
  readonly requests: Array<{ method: string; url: string; authorization: string | undefined }> = [];
  privateRepo = false;
  readOnlyToken = false;
  dropPushAnswer = false;
  /** Called on every request (e.g. to look at the disk while the client runs). */
  onRequest: (() => void) | undefined;
  private server: Server | undefined;
  private readonly root: string;

  constructor(root: string) {
    this.root = root;
  }

  url(repo: string, credentials = true): string {
    const { port } = this.server!.address() as AddressInfo;
    return `http://${credentials ? `deploy:${this.token}@` : ''}127.0.0.1:${port}/${repo}`;
  }

  async start(): Promise<void> {
    this.server = createServer((req, res) => void this.serve(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  private async serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    this.requests.push({ method: req.method ?? 'GET', url: url.pathname + url.search, authorization: req.headers.authorization });
    this.onRequest?.();
    const basic = /^Basic (.+)$/i.exec(req.headers.authorization ?? '')?.[1];
    const authenticated = basic !== undefined && Buffer.from(basic, 'base64').toString().endsWith(`:${this.token}`);
    if (this.privateRepo && !authenticated) {
      res.writeHead(401, { 'www-authenticate': 'Basic realm="git"' });
      res.end();
      return;
    }
    const push = url.pathname.endsWith('/git-receive-pack') || url.searchParams.get('service') === 'git-receive-pack';
    const child = spawn('git', ['http-backend'], {
      env: {
        PATH: process.env.PATH,
        GIT_PROJECT_ROOT: this.root,
        GIT_HTTP_EXPORT_ALL: '1',
        PATH_INFO: url.pathname,
        QUERY_STRING: url.search.slice(1),
        REQUEST_METHOD: req.method ?? 'GET',
        CONTENT_TYPE: req.headers['content-type'] ?? '',
        CONTENT_LENGTH: String(Buffer.concat(chunks).length),
        ...(req.headers['content-encoding'] ? { HTTP_CONTENT_ENCODING: req.headers['content-encoding'] } : {}),
        ...(req.headers['git-protocol'] ? { GIT_PROTOCOL: String(req.headers['git-protocol']) } : {}),
        REMOTE_ADDR: '127.0.0.1',
        ...(authenticated && !(push && this.readOnlyToken) ? { REMOTE_USER: 'deploy' } : {}),
      },
    });
    child.stdin.end(Buffer.concat(chunks));
    const out: Buffer[] = [];
    for await (const chunk of child.stdout) out.push(chunk as Buffer);
    await new Promise((resolve) => child.on('close', resolve));
    if (push && req.method === 'POST' && this.dropPushAnswer) {
      // The push landed; its answer never arrives.
      req.socket.destroy();
      return;
    }
    const raw = Buffer.concat(out);
    const split = raw.indexOf('\r\n\r\n') >= 0 ? raw.indexOf('\r\n\r\n') : raw.indexOf('\n\n');
    const sep = raw.indexOf('\r\n\r\n') >= 0 ? 4 : 2;
    const headers: Record<string, string> = {};
    let status = 200;
    for (const line of raw.subarray(0, split).toString().split(/\r?\n/)) {
      const colon = line.indexOf(':');
      if (colon < 0) continue;
      const name = line.slice(0, colon).trim();
      const value = line.slice(colon + 1).trim();
      if (name.toLowerCase() === 'status') status = Number(value.split(' ')[0]);
      else headers[name] = value;
    }
    res.writeHead(status, headers);
    res.end(raw.subarray(split + sep));
  }
}
