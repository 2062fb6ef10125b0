import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { parseConfig } from '../src/config/load.ts';
import { MemorySink, TerminalLogger } from '../src/core/logger.ts';
import { Secrets } from '../src/core/secrets.ts';
import { parseImage, registryCredentials, registryFor } from '../src/registry/index.ts';
import { pushImage, startLocalRegistry, type LocalRegistryServer } from '../src/standins/oci-registry.ts';
import { tempDir } from './helpers/cli.ts';

/**
 * A private registry as GHCR runs one: 401 with a Bearer challenge, a token endpoint that wants
 * basic auth (user:password), then the OCI API with the bearer token.
 */
class PrivateRegistry {
  server!: Server;
  readonly basics: string[] = [];
  private readonly upstream: string;
  private readonly password: string;
  constructor(upstream: string, password: string) {
    this.upstream = upstream;
    this.password = password;
  }
  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }
  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      void (async () => {
        const url = new URL(req.url ?? '/', this.url);
        if (url.pathname === '/token') {
          const basic = /^Basic (.+)$/.exec(req.headers.authorization ?? '')?.[1] ?? '';
          this.basics.push(basic);
          const [, password] = Buffer.from(basic, 'base64').toString('utf8').split(':');
          if (password !== this.password) return void res.writeHead(401).end('{"errors":[{"code":"DENIED"}]}');
          return void res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ token: 'bearer-for-pull' }));
        }
        if (req.headers.authorization !== 'Bearer bearer-for-pull') {
          res.writeHead(401, {
            'www-authenticate': `Bearer realm="${this.url}/token",service="ghcr.io"`,
            'content-type': 'application/json',
          });
          return void res.end('{"errors":[{"code":"UNAUTHORIZED"}]}');
        }
        const answer = await fetch(`${this.upstream}${url.pathname}${url.search}`, {
          method: req.method,
          headers: { accept: req.headers.accept ?? '*/*' },
        });
        const headers: Record<string, string> = {};
        for (const h of ['content-type', 'docker-content-digest']) if (answer.headers.get(h)) headers[h] = answer.headers.get(h)!;
        res.writeHead(answer.status, headers).end(req.method === 'HEAD' ? undefined : Buffer.from(await answer.arrayBuffer()));
      })().catch(() => res.destroy());
    });
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
  }
  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

let upstream: LocalRegistryServer;
let pushed: string;
beforeAll(async () => {
  upstream = await startLocalRegistry('in-process');
  pushed = await pushImage(upstream.url, 'acme/orders-api', ['stable'], ['linux/amd64'], 'orders-api private');
});
afterAll(async () => {
  await upstream.stop();
});

function dockerConfig(auths: Record<string, unknown>): string {
  const dir = tempDir('sg-docker-');
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'config.json'), JSON.stringify({ auths }));
  return dir;
}

const b64 = (s: string) => Buffer.from(s).toString('base64');

describe('registry credentials', () => {
  test("Docker's config.json: auths.<host>.auth (base64 user:password), keys with or without scheme; DOCKER_CONFIG or ~/.docker", () => {
    const dir = dockerConfig({ 'https://ghcr.io/v1/': { auth: b64('octocat:pa:ss') }, 'registry.acme.example': { auth: b64('bot:pw') } });
    expect(registryCredentials('ghcr.io', { DOCKER_CONFIG: dir })).toEqual({
      username: 'octocat',
      password: 'pa:ss',
      source: `${dir}/config.json (auths.ghcr.io)`,
    });
    const home = tempDir('sg-home-');
    mkdirSync(path.join(home, '.docker'));
    writeFileSync(
      path.join(home, '.docker', 'config.json'),
      JSON.stringify({ auths: { 'registry.acme.example': { auth: b64('bot:pw') } } }),
    );
    expect(registryCredentials('registry.acme.example', { HOME: home })).toMatchObject({ username: 'bot', password: 'pw' });
    expect(registryCredentials('quay.io', { HOME: home })).toBeUndefined();
    // ghcr.io without an entry: the GitHub token.
    expect(registryCredentials('ghcr.io', { HOME: home, GITHUB_TOKEN: 'ghs_abc', GITHUB_ACTOR: 'octocat' })).toEqual({
      username: 'octocat',
      password: 'ghs_abc',
      source: 'GITHUB_TOKEN',
    });
    const broken = dockerConfig({ 'ghcr.io': { auth: b64('no-colon') } });
    expect(() => registryCredentials('ghcr.io', { DOCKER_CONFIG: broken })).toThrow(/auths\.ghcr\.io\.auth is not base64 of user:password/);
  });

  test('a private ghcr.io: the GitHub token goes to the token endpoint with basic auth, masked; without it, refused', async () => {
    const registry = new PrivateRegistry(upstream.url, 'ghs_sentinel_token_123');
    await registry.start();
    try {
      const config = parseConfig(
        `deployment: prod\ncomponents: [{ name: a, repo: acme/a }]\nregistries: { ghcr.io: { apiUrl: '${registry.url}' } }\n`,
        '/tmp/sg.yml',
      );
      const secrets = new Secrets();
      const sink = new MemorySink();
      const http = { logger: new TerminalLogger(secrets, sink), clock: { now: () => Date.now(), sleep: () => Promise.resolve() } };
      const ref = parseImage('ghcr.io/acme/orders-api:stable');
      const home = tempDir('sg-home-');
      const client = registryFor('ghcr.io', config, http, { HOME: home, GITHUB_TOKEN: 'ghs_sentinel_token_123' }, (v) => secrets.add(v));
      expect((await client.inspect(ref))?.digest).toBe(pushed);
      expect(registry.basics).toContain(b64('service-guru:ghs_sentinel_token_123'));
      expect(secrets.redact('token ghs_sentinel_token_123')).toBe('token ***');
      const anonymous = registryFor('ghcr.io', config, { ...http, logger: new TerminalLogger(new Secrets(), sink) }, { HOME: home }, () => {
        throw new Error('no credentials expected without a GITHUB_TOKEN');
      });
      await expect(anonymous.inspect(ref)).rejects.toThrow(/refused a token for acme\/orders-api \(HTTP 401\)/);
      expect(sink.text()).not.toContain('ghs_sentinel_token_123');
    } finally {
      await registry.stop();
    }
  });
});
