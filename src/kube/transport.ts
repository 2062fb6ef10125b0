import { readFileSync } from 'node:fs';
import { Agent, request as httpsRequest } from 'node:https';
import type { IncomingMessage } from 'node:http';
import { StageError, UsageError } from '../core/errors.ts';
import { isTransient, tlsProblem } from '../core/retry.ts';
import type { ClusterTarget } from './cluster.ts';
import { unreachableHint } from './errors.ts';
import { contextCredentials, type ContextCredentials } from './kubeconfig.ts';

/**
 * HTTPS to the cluster: the token as a bearer header and the cluster's CA (caFile) as the one
 * trusted (the system CAs without it). Verification is never skipped; there is no option for it.
 */
export interface RawRequest {
  method: string;
  /** Path and query, e.g. /api/v1/namespaces/ns/pods?watch=true. */
  path: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
  signal?: AbortSignal;
}

export interface RawResponse {
  status: number;
  headers: Record<string, string>;
  message: IncomingMessage;
}

export class ClusterTransport {
  readonly target: ClusterTarget;
  private agent: Agent;
  /** With a kubeconfig context: its credentials, read on the first request. */
  private credentials: Promise<ContextCredentials> | undefined;
  private readonly onSecret: (value: string) => void;

  constructor(target: ClusterTarget, onSecret: (value: string) => void) {
    this.onSecret = onSecret;
    this.target = target;
    let ca: Buffer | undefined;
    if (target.caFile) {
      try {
        ca = readFileSync(target.caFile);
      } catch (error) {
        throw new UsageError(
          `clusters.${target.name}.caFile: cannot read ${target.caFile} (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
          'give the path of the cluster CA in PEM, relative to the configuration file',
        );
      }
    }
    // With caFile, that CA alone is trusted for the cluster, as kubectl's certificate-authority:
    // reading every system root as well costs ~10 ms of start-up for nothing.
    this.agent = new Agent({ keepAlive: true, ...(ca ? { ca } : {}) });
    this.caFromFile = ca;
  }

  private readonly caFromFile: Buffer | undefined;

  /** The Authorization header: the token, or the kubeconfig context's user (its agent then carries its CA and client certificate). */
  private async authorization(): Promise<string | undefined> {
    if (!this.target.context) return `Bearer ${this.target.token}`;
    this.credentials ??= contextCredentials(this.target).then((c) => {
      const token = /^Bearer (.+)$/.exec(c.authorization ?? '')?.[1];
      if (token) this.onSecret(token);
      this.agent.destroy();
      // caFile, when given, wins over the kubeconfig's CA, as for a token.
      const ca = this.caFromFile ?? c.ca;
      this.agent = new Agent({
        keepAlive: true,
        ...(ca ? { ca } : {}),
        ...(c.cert ? { cert: c.cert } : {}),
        ...(c.key ? { key: c.key } : {}),
      });
      return c;
    });
    return (await this.credentials).authorization;
  }

  /** Sends one request; the response body is left to the caller (JSON, text or a watch stream). */
  async open(req: RawRequest): Promise<RawResponse> {
    const authorization = await this.authorization();
    const url = new URL(this.target.server + req.path);
    return new Promise<RawResponse>((resolve, reject) => {
      const r = httpsRequest(
        url,
        {
          method: req.method,
          agent: this.agent,
          headers: {
            accept: 'application/json',
            'user-agent': 'service-guru',
            ...req.headers,
            // Node frames a DELETE body only with a length (no chunked encoding by default).
            ...(req.body !== undefined ? { 'content-length': String(Buffer.byteLength(req.body)) } : {}),
            ...(authorization ? { authorization } : {}),
          },
          ...(req.signal ? { signal: req.signal } : {}),
        },
        (message) => {
          const headers: Record<string, string> = {};
          for (const [k, v] of Object.entries(message.headers)) if (v !== undefined) headers[k] = Array.isArray(v) ? v.join(', ') : v;
          resolve({ status: message.statusCode ?? 0, headers, message });
        },
      );
      r.on('error', (error) => reject(this.explain(error)));
      if (req.body !== undefined) r.write(req.body);
      r.end();
    });
  }

  /** A request whose body is read whole. */
  async fetch(req: RawRequest): Promise<{ status: number; headers: Record<string, string>; body: Buffer }> {
    const res = await this.open(req);
    const chunks: Buffer[] = [];
    for await (const chunk of res.message) chunks.push(chunk as Buffer);
    return { status: res.status, headers: res.headers, body: Buffer.concat(chunks) };
  }

  /**
   * A certificate we do not trust, or a server that cannot be found, is a configuration problem:
   * say which cluster and which field. Transient failures (refused, reset, timeouts) stay as they
   * are, codes included, for the retry policy and the watch's resume to judge.
   */
  explain(error: unknown): Error {
    const tls = tlsProblem(error);
    if (!tls) {
      // Node's errors may come from another realm (test VMs): judged by shape, not class.
      const original = typeof error === 'object' && error !== null ? (error as Error) : new Error(String(error));
      if (isTransient(original) || error instanceof StageError) return original;
      return new StageError(`cluster "${this.target.name}" (${this.target.server}): ${original.message}`, unreachableHint(this.target), {
        cause: error,
      });
    }
    return new StageError(
      `cluster "${this.target.name}" (${this.target.server}): TLS certificate not accepted ` +
        `(${tls})${this.target.caFile ? ` with the CA in ${this.target.caFile}` : ''}`,
      this.target.caFile
        ? `clusters.${this.target.name}.caFile does not hold the CA that signed the server certificate; put the cluster's CA (PEM) there`
        : `set clusters.${this.target.name}.caFile to the cluster's CA (PEM), e.g. from oc get configmap ` +
            `kube-root-ca.crt -o jsonpath='{.data.ca\\.crt}'; TLS verification cannot be turned off`,
    );
  }

  close(): void {
    this.agent.destroy();
  }
}
