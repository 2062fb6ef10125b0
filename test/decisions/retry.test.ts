// Pins the decisions of the one retry policy that the behaviour tests in retry.test.ts leave open
// (issue 18, mutation testing): how many attempts, which failures are worth another one, how long
// to wait, and what the messages say. Names that do not resolve (ENOTFOUND/EAI_AGAIN) are
// deliberately left out: their rule is being changed elsewhere.
import { describe, expect, test } from '@jest/globals';
import type { Clock } from '../../src/core/clock.ts';
import { StageError } from '../../src/core/errors.ts';
import { MemorySink, TerminalLogger } from '../../src/core/logger.ts';
import {
  DEFAULT_RETRY_POLICY,
  TRANSIENT_STATUSES,
  TransientError,
  backoffMs,
  describeError,
  errorCodes,
  isTransient,
  parseRetryAfter,
  tlsProblem,
  withRetry,
  type RetryOptions,
} from '../../src/core/retry.ts';
import { Secrets } from '../../src/core/secrets.ts';

class RecordingClock implements Clock {
  readonly sleeps: number[] = [];
  private time = Date.parse('2026-11-30T12:00:00Z');
  now(): number {
    return this.time;
  }
  sleep(ms: number): Promise<void> {
    this.sleeps.push(ms);
    this.time += ms;
    return Promise.resolve();
  }
}

function setup(policy?: RetryOptions['policy'], random = () => 0) {
  const clock = new RecordingClock();
  const sink = new MemorySink();
  const options: RetryOptions = {
    service: 'Copr',
    what: 'GET /api_3/package/',
    logger: new TerminalLogger(new Secrets(), sink),
    clock,
    random,
    ...(policy ? { policy } : {}),
  };
  return { clock, sink, options };
}

/** An attempt that fails with `errors` in turn, then answers "ok"; counts its calls. */
function failing(...errors: Error[]) {
  const calls = { n: 0, signals: [] as AbortSignal[] };
  const attempt = (signal: AbortSignal) => {
    calls.signals.push(signal);
    const error = errors[calls.n++];
    return error === undefined ? Promise.resolve('ok') : Promise.reject(error);
  };
  return { calls, attempt };
}

/** What fetch throws when the socket fails: a TypeError whose cause carries the code. */
function fetchFailure(code: string, message = `connect ${code} 127.0.0.1:9`): TypeError {
  return Object.assign(new TypeError('fetch failed'), { cause: Object.assign(new Error(message), { code }) });
}

function named(name: string, message = 'x'): Error {
  return Object.assign(new Error(message), { name });
}

describe('the number of attempts', () => {
  test('makes exactly `attempts` attempts, sleeping between them and not after the last', async () => {
    const { clock, options } = setup({ attempts: 3 });
    const { calls, attempt } = failing(...Array.from({ length: 10 }, () => new TransientError('HTTP 503')));
    await expect(withRetry(options, attempt)).rejects.toThrow(
      new StageError('Copr did not answer GET /api_3/package/ after 3 attempts: HTTP 503'),
    );
    expect(calls.n).toBe(3);
    expect(clock.sleeps).toHaveLength(2);
  });

  test('the default policy makes five attempts', async () => {
    const { options } = setup();
    const { calls, attempt } = failing(...Array.from({ length: 10 }, () => new TransientError('HTTP 502')));
    await expect(withRetry(options, attempt)).rejects.toThrow('after 5 attempts: HTTP 502');
    expect(calls.n).toBe(5);
    expect(DEFAULT_RETRY_POLICY).toEqual({
      attempts: 5,
      baseMs: 1000,
      maxBackoffMs: 30_000,
      maxRetryAfterMs: 300_000,
      attemptTimeoutMs: 30_000,
    });
  });

  test('a success on the last attempt is a success', async () => {
    const { clock, options } = setup({ attempts: 2 });
    const { calls, attempt } = failing(new TransientError('HTTP 503'));
    await expect(withRetry(options, attempt)).resolves.toBe('ok');
    expect(calls.n).toBe(2);
    expect(clock.sleeps).toEqual([500]);
  });

  test('one attempt allowed: no sleep at all', async () => {
    const { clock, options } = setup({ attempts: 1 });
    const { calls, attempt } = failing(new TransientError('HTTP 503'));
    await expect(withRetry(options, attempt)).rejects.toThrow('after 1 attempt: HTTP 503');
    expect(calls.n).toBe(1);
    expect(clock.sleeps).toEqual([]);
  });

  test('the error at the end says what to check', async () => {
    const { options } = setup({ attempts: 2 });
    const error = await withRetry(options, failing(new TransientError('a'), new TransientError('b')).attempt).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StageError);
    expect((error as StageError).message).toBe('Copr did not answer GET /api_3/package/ after 2 attempts: b');
    expect((error as StageError).hint).toBe(
      'check that the service is reachable and its URL in the configuration is right; then run the stage again',
    );
  });
});

describe('Retry-After', () => {
  test('exactly at the cap is waited out', async () => {
    const { clock, options } = setup({ maxRetryAfterMs: 60_000 });
    await expect(withRetry(options, failing(new TransientError('HTTP 429', 60_000)).attempt)).resolves.toBe('ok');
    expect(clock.sleeps).toEqual([60_000]);
  });

  test('one millisecond above the cap fails at once, without sleeping, and says why', async () => {
    const { clock, options } = setup({ maxRetryAfterMs: 60_000 });
    const { calls, attempt } = failing(new TransientError('HTTP 429', 60_001));
    const error = await withRetry(options, attempt).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StageError);
    expect((error as StageError).message).toBe(
      'Copr asks us to wait 60s (Retry-After) for GET /api_3/package/, longer than the 60s we wait',
    );
    expect((error as StageError).hint).toBe('the service is rate limiting this token; try again later');
    expect(calls.n).toBe(1);
    expect(clock.sleeps).toEqual([]);
  });

  test('a Retry-After shorter than the backoff does not shorten it', async () => {
    const { clock, options } = setup({}, () => 1);
    await withRetry(options, failing(new TransientError('HTTP 429', 10)).attempt);
    expect(clock.sleeps).toEqual([1000]);
  });

  test('a Retry-After of zero still waits the backoff', async () => {
    const { clock, options } = setup({}, () => 0);
    await withRetry(options, failing(new TransientError('HTTP 429', 0)).attempt);
    expect(clock.sleeps).toEqual([500]);
  });

  test('seconds', () => {
    expect(parseRetryAfter('120', 0)).toBe(120_000);
    expect(parseRetryAfter(' 7 ', 0)).toBe(7000);
    expect(parseRetryAfter('0', 0)).toBe(0);
  });

  test('an HTTP date, measured from now', () => {
    const now = Date.parse('2026-11-30T12:00:00Z');
    expect(parseRetryAfter('Mon, 30 Nov 2026 12:01:30 GMT', now)).toBe(90_000);
    // A date already past means "now", never a negative wait.
    expect(parseRetryAfter('Mon, 30 Nov 2026 11:59:00 GMT', now)).toBe(0);
  });

  test('absent or unreadable: no Retry-After', () => {
    expect(parseRetryAfter(undefined, 0)).toBeUndefined();
    expect(parseRetryAfter(null, 0)).toBeUndefined();
    expect(parseRetryAfter('', 0)).toBeUndefined();
    expect(parseRetryAfter('soon', 0)).toBeUndefined();
    // Not a whole number of seconds, and not a date either.
    expect(parseRetryAfter('1.5', Date.parse('2026-11-30T12:00:00Z'))).not.toBe(1500);
    expect(parseRetryAfter('12abc', 0)).toBeUndefined();
  });
});

describe('which failures are worth another attempt', () => {
  test.each([
    'ECONNRESET',
    'ECONNREFUSED',
    'ECONNABORTED',
    'EPIPE',
    'ETIMEDOUT',
    'ENETUNREACH',
    'EHOSTUNREACH',
    'UND_ERR_SOCKET',
    'UND_ERR_CONNECT_TIMEOUT',
    'UND_ERR_HEADERS_TIMEOUT',
    'UND_ERR_BODY_TIMEOUT',
    'UND_ERR_CLOSED',
  ])('%s, also in the cause of a cause', (code) => {
    expect(isTransient(Object.assign(new Error('socket'), { code }))).toBe(true);
    expect(isTransient(new Error('wrapped', { cause: new Error('wrapped', { cause: Object.assign(new Error('s'), { code }) }) }))).toBe(
      true,
    );
  });

  test('ECONNREFUSED is retried, naming the socket error in the warning and at the end', async () => {
    const { clock, sink, options } = setup({ attempts: 2 });
    const { calls, attempt } = failing(fetchFailure('ECONNREFUSED'), fetchFailure('ECONNREFUSED'));
    await expect(withRetry(options, attempt)).rejects.toThrow(
      'Copr did not answer GET /api_3/package/ after 2 attempts: fetch failed (connect ECONNREFUSED 127.0.0.1:9)',
    );
    expect(calls.n).toBe(2);
    expect(clock.sleeps).toEqual([500]);
    expect(sink.lines).toEqual([
      'warning: Copr: fetch failed (connect ECONNREFUSED 127.0.0.1:9) (GET /api_3/package/); retrying in 1s (attempt 2 of 2)',
    ]);
  });

  test('CERT_HAS_EXPIRED is not retried and names the fix', async () => {
    const { clock, options } = setup();
    const { calls, attempt } = failing(fetchFailure('CERT_HAS_EXPIRED', 'certificate has expired'));
    const error = await withRetry(options, attempt).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StageError);
    expect((error as StageError).message).toBe('Copr: TLS certificate not accepted (CERT_HAS_EXPIRED) for GET /api_3/package/');
    expect((error as StageError).hint).toBe(
      'the server presents a certificate we do not trust: give its CA in the configuration (e.g. caFile) or fix the URL',
    );
    expect((error as Error).cause).toBeInstanceOf(TypeError);
    expect(calls.n).toBe(1);
    expect(clock.sleeps).toEqual([]);
  });

  test.each([
    'CERT_HAS_EXPIRED',
    'CERT_NOT_YET_VALID',
    'DEPTH_ZERO_SELF_SIGNED_CERT',
    'SELF_SIGNED_CERT_IN_CHAIN',
    'UNABLE_TO_GET_ISSUER_CERT',
    'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
    'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
    'ERR_TLS_CERT_ALTNAME_INVALID',
    'CERT_SIGNATURE_FAILURE',
    'CERT_UNTRUSTED',
  ])('%s is a TLS problem, never transient, even when fetch failed', (code) => {
    const error = fetchFailure(code, 'certificate');
    expect(tlsProblem(error)).toBe(code);
    expect(isTransient(error)).toBe(false);
  });

  test('a TLS code wins over a transient one further down the chain', () => {
    const error = Object.assign(new Error('tls'), { code: 'CERT_UNTRUSTED', cause: Object.assign(new Error('r'), { code: 'ECONNRESET' }) });
    expect(isTransient(error)).toBe(false);
    expect(tlsProblem(new Error('plain'))).toBeUndefined();
  });

  test('fetch failed, terminated and other side closed (a TypeError, judged by name and message)', () => {
    expect(isTransient(new TypeError('fetch failed'))).toBe(true);
    expect(isTransient(new TypeError('terminated'))).toBe(true);
    expect(isTransient(new TypeError('other side closed'))).toBe(true);
    expect(isTransient(new TypeError('Fetch Failed'))).toBe(true);
    // Another realm's TypeError: a plain object with the name.
    expect(isTransient({ name: 'TypeError', message: 'fetch failed' })).toBe(true);
  });

  test('other TypeErrors, and "fetch failed" in another kind of error, are bugs: not retried', () => {
    expect(isTransient(new TypeError("Cannot read properties of undefined (reading 'x')"))).toBe(false);
    expect(isTransient(new Error('fetch failed'))).toBe(false);
    expect(isTransient({ name: 'TypeError', message: 42 })).toBe(false);
    expect(isTransient({ name: 'TypeError' })).toBe(false);
    expect(isTransient(null)).toBe(false);
    expect(isTransient(undefined)).toBe(false);
    expect(isTransient('fetch failed')).toBe(false);
    expect(isTransient(new Error('x', { cause: new Error('y') }))).toBe(false);
  });

  test('any other error passes through untouched on the first attempt', async () => {
    const { clock, options } = setup();
    const bug = new RangeError('bad');
    const { calls, attempt } = failing(bug);
    await expect(withRetry(options, attempt)).rejects.toBe(bug);
    expect(calls.n).toBe(1);
    expect(clock.sleeps).toEqual([]);
    expect(new TransientError('HTTP 503', 10)).toMatchObject({ name: 'TransientError', message: 'HTTP 503', retryAfterMs: 10 });
  });

  test('a fetch failure is retried as a whole', async () => {
    const { calls, attempt } = failing(new TypeError('fetch failed'));
    await expect(withRetry(setup().options, attempt)).resolves.toBe('ok');
    expect(calls.n).toBe(2);
  });

  test('AbortError and TimeoutError (an attempt that ran out of time) are retried and reported as no answer', async () => {
    expect(isTransient(named('AbortError'))).toBe(true);
    expect(isTransient(named('TimeoutError'))).toBe(true);
    expect(isTransient(new DOMException('aborted', 'AbortError'))).toBe(true);
    expect(isTransient(named('Error'))).toBe(false);
    const { sink, options } = setup({ attempts: 3, attemptTimeoutMs: 2000 });
    const { calls, attempt } = failing(named('AbortError'), named('TimeoutError'), named('TimeoutError'));
    await expect(withRetry(options, attempt)).rejects.toThrow(
      'Copr did not answer GET /api_3/package/ after 3 attempts: no answer within 2s',
    );
    expect(calls.n).toBe(3);
    expect(sink.lines[0]).toBe('warning: Copr: no answer within 2s (GET /api_3/package/); retrying in 1s (attempt 2 of 3)');
  });

  test('each attempt gets its own signal that aborts after attemptTimeoutMs', async () => {
    const { options } = setup({ attemptTimeoutMs: 1 });
    const { calls, attempt } = failing(new TransientError('HTTP 503'));
    await withRetry(options, attempt);
    expect(calls.signals).toHaveLength(2);
    expect(calls.signals[0]).not.toBe(calls.signals[1]);
    await new Promise((resolve) => calls.signals[1]!.addEventListener('abort', resolve, { once: true }));
    expect((calls.signals[1]!.reason as Error).name).toBe('TimeoutError');
  });

  test('HTTP statuses worth another attempt', () => {
    for (const status of [408, 425, 429, 500, 502, 503, 504]) expect(TRANSIENT_STATUSES.has(status)).toBe(true);
    for (const status of [400, 401, 403, 404, 409, 422, 501, 505]) expect(TRANSIENT_STATUSES.has(status)).toBe(false);
  });
});

describe('the cause chain', () => {
  test('codes from the error and its causes, outermost first, five deep at most', () => {
    let error: unknown = Object.assign(new Error('0'), { code: 'C0' });
    for (let i = 1; i < 7; i++) error = Object.assign(new Error(String(i)), { code: `C${i}`, cause: error });
    expect(errorCodes(error)).toEqual(['C6', 'C5', 'C4', 'C3', 'C2']);
    expect(errorCodes({ code: 7, cause: { code: 'X' } })).toEqual(['X']);
    expect(errorCodes('text')).toEqual([]);
    expect(errorCodes(null)).toEqual([]);
  });

  test('describeError names a different cause once', () => {
    expect(describeError(new Error('fetch failed', { cause: new Error('connect ECONNREFUSED') }))).toBe(
      'fetch failed (connect ECONNREFUSED)',
    );
    expect(describeError(new Error('same', { cause: new Error('same') }))).toBe('same');
    expect(describeError(new Error('outer', { cause: 'text' }))).toBe('outer');
    expect(describeError('plain')).toBe('plain');
  });
});

describe('the pause between attempts', () => {
  test('doubles from baseMs, is capped at maxBackoffMs, with jitter between half and all', () => {
    const policy = { ...DEFAULT_RETRY_POLICY, baseMs: 1000, maxBackoffMs: 5000 };
    expect([1, 2, 3, 4, 5].map((n) => backoffMs(policy, n, () => 1))).toEqual([1000, 2000, 4000, 5000, 5000]);
    expect([1, 2, 3, 4].map((n) => backoffMs(policy, n, () => 0))).toEqual([500, 1000, 2000, 2500]);
    expect(backoffMs(policy, 2, () => 0.5)).toBe(1500);
  });

  test('the warning rounds the pause to whole seconds, at least 1s', async () => {
    const { sink, options } = setup({ baseMs: 200, attempts: 2 });
    await withRetry(options, failing(new TransientError('HTTP 503')).attempt);
    expect(sink.lines).toEqual(['warning: Copr: HTTP 503 (GET /api_3/package/); retrying in 1s (attempt 2 of 2)']);
    const long = setup({ baseMs: 2600, attempts: 2 }, () => 1);
    await withRetry(long.options, failing(new TransientError('HTTP 503')).attempt);
    expect(long.sink.lines).toEqual(['warning: Copr: HTTP 503 (GET /api_3/package/); retrying in 3s (attempt 2 of 2)']);
  });

  test('the pauses on the clock follow the backoff, then Retry-After where longer', async () => {
    const { clock, options } = setup({ baseMs: 1000, maxBackoffMs: 8000 }, () => 1);
    await withRetry(
      options,
      failing(new TransientError('a'), new TransientError('b', 9000), new TransientError('c'), new TransientError('d')).attempt,
    );
    expect(clock.sleeps).toEqual([1000, 9000, 4000, 8000]);
  });
});
