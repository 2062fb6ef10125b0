import type { Clock } from '../../core/clock.ts';
import { formatDuration } from '../../core/duration.ts';
import { fetchWithRetry, isWholeJson } from '../../core/http.ts';
import type { Logger } from '../../core/logger.ts';
import type { ExpectedCommit } from './expected.ts';

export interface EndpointCheck {
  url: string;
  ok: boolean;
  status: number | null;
  ms: number;
  problem?: string;
  /** With versions: true, per component with a systemKey. */
  versions?: VersionCheck[];
}

export interface VersionCheck {
  component: string;
  systemKey: string;
  expected: string;
  running: string | null;
  ok: boolean;
  problem?: string;
  /** Passed because the service runs stable's head, pushed on top of the expected commit after the move (later.ts). */
  laterOnStable?: string;
}

export interface EndpointSpec {
  url: string;
  versions?: boolean;
  expect?: string;
}

/**
 * One endpoint: a 2xx answer within the timeout (a network error, a timeout or a 5xx is tried
 * twice more, so one dropped connection does not fail a deployment), containing `expect` when
 * set, and with `versions` naming every expected commit.
 */
export async function checkEndpoint(
  spec: EndpointSpec,
  expected: ExpectedCommit[],
  timeoutMs: number,
  logger: Logger,
  clock: Clock,
): Promise<EndpointCheck> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  let response: Response;
  let body: string;
  try {
    response = await fetchWithRetry(
      spec.url,
      { headers: { accept: spec.versions ? 'application/json' : '*/*' } },
      {
        service: spec.url,
        logger,
        clock,
        policy: { attempts: 3, attemptTimeoutMs: timeoutMs, baseMs: 1000, maxRetryAfterMs: 30_000 },
        // A versions answer cut short (or a proxy's page in its place) is a read that stopped early,
        // not a verdict on the service: one glitch must not fail the gate and roll production back.
        ...(spec.versions ? { incomplete: notJson } : {}),
      },
    );
    body = await response.text();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const timedOut = /no answer within|TimeoutError|aborted/i.test(message);
    return {
      url: spec.url,
      ok: false,
      status: null,
      ms: elapsed(),
      problem: timedOut ? `no answer within ${formatDuration(timeoutMs)}` : message,
    };
  }
  const base = { url: spec.url, status: response.status, ms: elapsed() };
  if (!response.ok) return { ...base, ok: false, problem: `HTTP ${response.status}${body.trim() ? `: ${body.trim().slice(0, 120)}` : ''}` };
  if (spec.expect !== undefined && !body.includes(spec.expect)) {
    return { ...base, ok: false, problem: `answer does not contain ${JSON.stringify(spec.expect)}` };
  }
  if (!spec.versions) return { ...base, ok: true };
  let doc: unknown;
  try {
    doc = JSON.parse(body);
  } catch {
    return {
      ...base,
      ok: false,
      problem: `versions: the answer is not JSON (${response.headers.get('content-type') ?? 'no content type'})`,
    };
  }
  if (!doc || typeof doc !== 'object' || Array.isArray(doc))
    return { ...base, ok: false, problem: 'versions: expected a JSON object of packages' };
  const versions = expected.map((e) => compare(e, (doc as Record<string, unknown>)[e.systemKey]));
  const stale = versions.filter((v) => !v.ok);
  return {
    ...base,
    ok: !stale.length,
    versions,
    ...(stale.length ? { problem: stale.map((v) => v.problem).join('; ') } : {}),
  };
}

function notJson(body: string, response: Response): string | undefined {
  return isWholeJson(body) ? undefined : `versions: the answer is not JSON (${response.headers.get('content-type') ?? 'no content type'})`;
}

/** `{"commit": "116edc5", "version": "0.76.0.post18+g116edc5"}`; a null commit falls back to the `+g` hash. */
function compare(expected: ExpectedCommit, entry: unknown): VersionCheck {
  const base = { component: expected.component, systemKey: expected.systemKey, expected: expected.sha };
  const want = expected.sha.slice(0, 7);
  if (!entry || typeof entry !== 'object') {
    return {
      ...base,
      running: null,
      ok: false,
      problem: `${expected.component}: "${expected.systemKey}" is missing from the answer, expected ${want}`,
    };
  }
  const { commit, version } = entry as { commit?: unknown; version?: unknown };
  const running =
    typeof commit === 'string' && commit ? commit : typeof version === 'string' ? (/\+g([0-9a-f]{7,40})/.exec(version)?.[1] ?? null) : null;
  if (!running) {
    return {
      ...base,
      running: null,
      ok: false,
      problem: `${expected.component} runs an unknown commit (version ${JSON.stringify(version ?? null)}), expected ${want}`,
    };
  }
  const ok = running.length >= 7 && expected.sha.startsWith(running.toLowerCase());
  return { ...base, running, ok, ...(ok ? {} : { problem: `${expected.component} runs ${running}, expected ${want}` }) };
}
