import { describe, expect, test } from '@jest/globals';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { TestClock } from './helpers/clock.ts';
import { StageError } from '../src/core/errors.ts';
import { fetchWithRetry, getJson } from '../src/core/http.ts';
import { MemorySink, TerminalLogger } from '../src/core/logger.ts';
import { TransientError, backoffMs, DEFAULT_RETRY_POLICY, isTransient, tlsProblem, withRetry } from '../src/core/retry.ts';
import { Secrets } from '../src/core/secrets.ts';

function logger() {
  const sink = new MemorySink();
  return { sink, logger: new TerminalLogger(new Secrets(), sink) };
}

async function serve(handler: Parameters<typeof createServer>[1]): Promise<{ url: string; server: Server }> {
  const server = createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

describe('the one retry policy', () => {
  test('backs off exponentially with jitter, capped, on the injected clock', async () => {
    const clock = new TestClock('2026-11-30T12:00:00Z');
    const { logger: log, sink } = logger();
    let calls = 0;
    const value = await withRetry(
      { service: 'Copr', what: 'GET /api_3/package/', logger: log, clock, random: () => 1, policy: { maxBackoffMs: 3000 } },
      async () => {
        if (++calls < 4) throw new TransientError('HTTP 503');
        return 'ok';
      },
    );
    expect(value).toBe('ok');
    expect(clock.slept).toEqual([1000, 2000, 3000]);
    expect(sink.lines[0]).toBe('warning: Copr: HTTP 503 (GET /api_3/package/); retrying in 1s (attempt 2 of 5)');
    // Jitter keeps every pause between half and all of the exponential step.
    expect(backoffMs(DEFAULT_RETRY_POLICY, 3, () => 0)).toBe(2000);
    expect(backoffMs(DEFAULT_RETRY_POLICY, 3, () => 1)).toBe(4000);
  });

  test('waits out Retry-After, and refuses one above the cap with a clear error', async () => {
    const clock = new TestClock('2026-11-30T12:00:00Z');
    const { logger: log } = logger();
    let calls = 0;
    await withRetry({ service: 'Quay', what: 'GET /api/v1/repository', logger: log, clock, random: () => 0 }, async () => {
      if (++calls === 1) throw new TransientError('HTTP 429', 42_000);
      return 1;
    });
    expect(clock.slept).toEqual([42_000]);
    const refused = withRetry({ service: 'Matrix', what: 'PUT /state/m.room.topic', logger: log, clock }, async () => {
      throw new TransientError('HTTP 429', 3_600_000);
    });
    await expect(refused).rejects.toThrow(
      'Matrix asks us to wait 3600s (Retry-After) for PUT /state/m.room.topic, longer than the 300s we wait',
    );
  });

  test('gives up after the attempts, naming the service, the request and the last problem', async () => {
    const clock = new TestClock('2026-11-30T12:00:00Z');
    const { logger: log } = logger();
    const failing = withRetry(
      { service: 'Sentry', what: 'GET /api/0/projects/o/p/issues/', logger: log, clock, policy: { attempts: 3 } },
      async () => {
        throw new TransientError('HTTP 502: bad gateway');
      },
    );
    await expect(failing).rejects.toThrow(
      new StageError('Sentry did not answer GET /api/0/projects/o/p/issues/ after 3 attempts: HTTP 502: bad gateway'),
    );
    expect(clock.slept).toHaveLength(2);
  });

  test('a TLS certificate problem is not retried and says what to fix', async () => {
    const clock = new TestClock('2026-11-30T12:00:00Z');
    const { logger: log } = logger();
    const certificate = Object.assign(new TypeError('fetch failed'), {
      cause: Object.assign(new Error('self-signed certificate in certificate chain'), { code: 'SELF_SIGNED_CERT_IN_CHAIN' }),
    });
    const failing = withRetry({ service: 'OpenShift', what: 'GET /api/v1/namespaces/p/pods', logger: log, clock }, async () => {
      throw certificate;
    });
    await expect(failing).rejects.toThrow(
      'OpenShift: TLS certificate not accepted (SELF_SIGNED_CERT_IN_CHAIN) for GET /api/v1/namespaces/p/pods',
    );
    expect(clock.slept).toEqual([]);
    expect(isTransient(certificate)).toBe(false);
    // Callers that must not wait on such an error (the Copr wait) find the code through the cause chain.
    expect(tlsProblem(await failing.catch((error: unknown) => error))).toBe('SELF_SIGNED_CERT_IN_CHAIN');
  });

  // Node's errors for a name that does not resolve, as undici wraps them (fetch's TypeError, the lookup's error in `cause`).
  const lookup = (code: 'ENOTFOUND' | 'EAI_AGAIN', host: string) =>
    Object.assign(new TypeError('fetch failed'), {
      cause: Object.assign(new Error(`getaddrinfo ${code} ${host}`), { code, syscall: 'getaddrinfo', hostname: host }),
    });

  test('a name that does not resolve (ENOTFOUND) is not retried: one attempt, no pause, the host and the cause named', async () => {
    const clock = new TestClock('2026-11-30T12:00:00Z');
    const { logger: log, sink } = logger();
    let calls = 0;
    const failing = withRetry(
      { service: 'Copr', what: 'GET https://copr.example.invalid/api_3/package/', host: 'copr.example.invalid', logger: log, clock },
      async () => {
        calls++;
        throw lookup('ENOTFOUND', 'copr.example.invalid');
      },
    );
    const error = (await failing.catch((e: unknown) => e)) as StageError;
    expect(error).toBeInstanceOf(StageError);
    expect(error.message).toBe(
      'Copr: copr.example.invalid does not resolve, for GET https://copr.example.invalid/api_3/package/: ' +
        'fetch failed (getaddrinfo ENOTFOUND copr.example.invalid)',
    );
    expect(error.hint).toContain('check the host name in the configuration');
    expect([calls, clock.slept, sink.lines]).toEqual([1, [], []]);
  });

  test('a resolver that did not answer (EAI_AGAIN) is retried once, not for half a minute', async () => {
    const clock = new TestClock('2026-11-30T12:00:00Z');
    const { logger: log } = logger();
    let calls = 0;
    const failing = withRetry({ service: 'Slack', what: 'chat.postMessage C1', host: 'slack.example', logger: log, clock }, async () => {
      calls++;
      throw lookup('EAI_AGAIN', 'slack.example');
    });
    await expect(failing).rejects.toThrow(
      'Slack did not answer chat.postMessage C1 after 2 attempts: ' +
        'could not reach slack.example: fetch failed (getaddrinfo EAI_AGAIN slack.example)',
    );
    expect(calls).toBe(2);
    expect(clock.slept).toHaveLength(1);
    // git says "Could not resolve host" for both: its TransientError asks for one more try only.
    let gitCalls = 0;
    await expect(
      withRetry({ service: 'git', what: 'git fetch https://git.example.invalid/r.git', logger: log, clock }, async () => {
        gitCalls++;
        throw new TransientError('fatal: unable to access: Could not resolve host: git.example.invalid', undefined, { once: true });
      }),
    ).rejects.toThrow('after 2 attempts');
    expect(gitCalls).toBe(2);
  });

  test('a real lookup of a name that cannot exist (.invalid) fails within one retry, naming the host', async () => {
    const clock = new TestClock('2026-11-30T12:00:00Z');
    const { logger: log } = logger();
    const error = (await fetchWithRetry('http://service-guru.invalid/api', {}, { service: 'Vault', logger: log, clock }).catch(
      (e: unknown) => e,
    )) as Error;
    // ENOTFOUND where DNS answers, EAI_AGAIN on a machine without a resolver: either way at most one pause.
    expect(error.message).toMatch(/service-guru\.invalid.*(ENOTFOUND|EAI_AGAIN) service-guru\.invalid/);
    expect(clock.slept.length).toBeLessThanOrEqual(1);
  });

  test('a refused connection names the host and the cause, not only "fetch failed"', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const { logger: log } = logger();
    const failing = fetchWithRetry(
      `http://127.0.0.1:${port}/x`,
      {},
      { service: 'Sentry', logger: log, clock: new TestClock('2026-11-30T12:00:00Z'), policy: { attempts: 2 } },
    );
    await expect(failing).rejects.toThrow(
      `Sentry did not answer GET http://127.0.0.1:${port}/x after 2 attempts: could not reach 127.0.0.1:${port}: fetch failed (connect ECONNREFUSED 127.0.0.1:${port})`,
    );
  });

  test('other errors pass through untouched on the first attempt', async () => {
    const clock = new TestClock('2026-11-30T12:00:00Z');
    const { logger: log } = logger();
    await expect(
      withRetry({ service: 'X', what: 'y', logger: log, clock }, async () => {
        throw new RangeError('bad');
      }),
    ).rejects.toThrow(RangeError);
    expect(clock.slept).toEqual([]);
  });
});

describe('fetchWithRetry over HTTP', () => {
  test('retries 503 with the Retry-After of the answer, then returns the good answer', async () => {
    let calls = 0;
    const { url, server } = await serve((req, res) => {
      if (++calls < 3) {
        res.writeHead(503, { 'retry-after': '7' }).end('busy');
        return;
      }
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
    });
    try {
      const clock = new TestClock('2026-11-30T12:00:00Z');
      const { logger: log } = logger();
      expect(await getJson(`${url}/x?token=abc`, { service: 'Copr', logger: log, clock })).toEqual({ ok: true });
      expect(clock.slept).toEqual([7000, 7000]);
    } finally {
      server.close();
    }
  });

  test('an attempt that gets no answer times out and counts as transient', async () => {
    const { url, server } = await serve(() => {
      /* never answers */
    });
    try {
      const clock = new TestClock('2026-11-30T12:00:00Z');
      const { logger: log } = logger();
      const failing = fetchWithRetry(
        `${url}/slow`,
        {},
        { service: 'Vault', logger: log, clock, policy: { attempts: 2, attemptTimeoutMs: 200 } },
      );
      await expect(failing).rejects.toThrow('Vault did not answer GET ' + url + '/slow after 2 attempts: no answer within 200ms');
    } finally {
      server.closeAllConnections();
      server.close();
    }
  });

  test('HTML where JSON was expected names the service and the request, not "Unexpected token <"', async () => {
    const { url, server } = await serve((req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end('<html>login</html>'));
    try {
      const { logger: log } = logger();
      await expect(
        getJson(`${url}/api?secret=1`, { service: 'Quay', logger: log, clock: new TestClock('2026-11-30T12:00:00Z') }),
      ).rejects.toThrow(`Quay answered GET ${url}/api?… with an HTML page (HTTP 200) instead of JSON`);
    } finally {
      server.close();
    }
  });
});
