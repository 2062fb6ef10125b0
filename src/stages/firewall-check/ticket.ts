import type { ProbeResult } from './probe.ts';

export interface TicketInput {
  clusters: string[];
  results: Array<ProbeResult & { cluster: string }>;
  reason: string | undefined;
}

/**
 * The firewall request in the team's template: sources, destinations, protocols, justification
 * and the "N clusters × M domains × P ports" line. Only what some cluster could not reach is
 * requested, from the clusters that could not reach it.
 */
export function ticketText(input: TicketInput): string | null {
  const unreachable = input.results.filter((r) => r.verdict !== 'reachable');
  if (!unreachable.length) return null;
  const clusters = input.clusters.filter((c) => unreachable.some((r) => r.cluster === c));
  const domains = [...new Set(unreachable.map((r) => r.domain))];
  const ports = [...new Set(unreachable.map((r) => r.port))].sort((a, b) => a - b);
  const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
  return [
    `• source: ${clusters.join(', ')}`,
    `• destination: ${domains.join(', ')}`,
    `• protocol: ${ports.join(', ')}`,
    `• justification: ${input.reason ?? 'TODO: why the service needs these (like a release note)'}`,
    `(${plural(clusters.length, 'cluster')} × ${plural(domains.length, 'domain')} × ${plural(ports.length, 'port')})`,
  ].join('\n');
}

/** The key that finds the tracking issue of the same request again. */
export function requestKey(domains: string[]): string {
  return [...new Set(domains)].sort().join(',');
}
