/**
 * What the check pod runs and how its log is read. The pod runs curl itself (no shell): every
 * URL is one argument, and curl's --write-out prints one marker line per transfer, which is
 * all the stage reads back.
 */

export const MARKER = '__service_guru_probe__';

export type Verdict = 'reachable' | 'refused' | 'timed out' | 'DNS failure' | 'failed' | 'not checked';

export interface Probe {
  domain: string;
  port: number;
  url: string;
}

export interface ProbeResult extends Probe {
  verdict: Verdict;
  /** The status line for a reachable one ("HTTP/2 301"), else curl's message. */
  detail: string;
}

export function probes(domains: string[], ports: number[]): Probe[] {
  return domains.flatMap((domain) => ports.map((port) => ({ domain, port, url: urlFor(domain, port) })));
}

function urlFor(domain: string, port: number): string {
  // A leading dot means "and subdomains" in the ticket; the check itself needs a host.
  const host = domain.replace(/^\./, '');
  if (port === 443) return `https://${host}/`;
  if (port === 80) return `http://${host}/`;
  return `https://${host}:${port}/`;
}

/** curl's arguments: `curl -I --max-time 5` per URL, headers thrown away, one marker line each. */
export function curlArgs(list: Probe[]): string[] {
  const writeOut = `${MARKER} %{url} %{response_code} %{http_version} %{exitcode} %{errormsg}\\n`;
  return ['--silent', '--head', '--max-time', '5', '--write-out', writeOut, ...list.flatMap((p) => [p.url, '--output', '/dev/null'])];
}

/** curl exit codes that say why nothing answered. */
const BY_EXIT: Record<number, Verdict> = { 6: 'DNS failure', 7: 'refused', 28: 'timed out' };

/** Reads the marker lines of the pod's log; a URL with no line is "not checked". */
export function readProbeLog(list: Probe[], log: string): ProbeResult[] {
  const lines = new Map<string, string[]>();
  for (const line of log.split('\n')) {
    const at = line.indexOf(MARKER + ' ');
    if (at < 0) continue;
    const [url, ...rest] = line
      .slice(at + MARKER.length + 1)
      .trim()
      .split(' ');
    if (url) lines.set(url, rest);
  }
  return list.map((probe): ProbeResult => {
    const fields = lines.get(probe.url);
    if (!fields) return { ...probe, verdict: 'not checked', detail: 'no result in the pod log' };
    const [code, version, exit, ...message] = fields;
    const exitCode = Number(exit);
    const errormsg = message.join(' ').trim();
    if (Number(code) > 0) return { ...probe, verdict: 'reachable', detail: `HTTP/${version ?? '1.1'} ${code}` };
    const verdict = BY_EXIT[exitCode] ?? 'failed';
    return { ...probe, verdict, detail: errormsg || `curl exit code ${exit}` };
  });
}
