import { UsageError } from '../../core/errors.ts';
import { tableToMarkdown, type ReportTable } from '../../core/report.ts';
import type { TrackedIssue } from '../../github/issues.ts';
import { createKubeClient, type KubeClient } from '../../kube/index.ts';
import { planPod, runPod, type PodRequest } from '../../kube/run-pod.ts';
import type { StageCode, StageContext, StageRun } from '../stage.ts';
import { parseFirewallCheckOptions, type FirewallCheckOptions } from './options.ts';
import { curlArgs, probes, readProbeLog, type ProbeResult } from './probe.ts';
import { requestKey, ticketText } from './ticket.ts';

export type ClusterProbe = ProbeResult & { cluster: string };

export interface FirewallCheckResult {
  results: ClusterProbe[];
  /** "domain:port" not reachable from at least one cluster. */
  unreachable: string[];
  /** Clusters whose check pod did not run to the end, with why. */
  failedClusters: Record<string, string>;
  ticket: string | null;
  issue: TrackedIssue | null;
  /** --dry-run: the check pod each cluster would run (accepted by the API server's dry run), instead of running it. */
  planned: Array<{ cluster: string; namespace: string; pod: string; image: string; command: string[] }>;
}

export const firewallCheck: StageCode<FirewallCheckOptions, FirewallCheckResult> = {
  parseOptions: parseFirewallCheckOptions,
  run: runFirewallCheck,
};

async function runFirewallCheck(ctx: StageContext, options: FirewallCheckOptions): Promise<StageRun<FirewallCheckResult>> {
  const { config, logger, clock, env } = ctx;
  const kubes = options.clusters.map((name) => createKubeClient(config, name, env, { logger, clock, onSecret: (v) => ctx.secrets.add(v) }));
  try {
    return await check(ctx, options, kubes);
  } finally {
    for (const k of kubes) k.close();
  }
}

async function check(ctx: StageContext, options: FirewallCheckOptions, kubes: KubeClient[]): Promise<StageRun<FirewallCheckResult>> {
  const { config, logger, clock, env } = ctx;
  if (options.openIssue && !env.GITHUB_TOKEN)
    throw new UsageError(
      '--open-issue needs GITHUB_TOKEN',
      'set GITHUB_TOKEN (action input github-token) to a token that may write issues in that repository',
    );
  const list = probes(options.domains, options.ports);
  const args = curlArgs(list);
  logger.info(`checking ${list.length} address(es) from ${options.clusters.join(', ')}: ${list.map((p) => p.url).join(' ')}`);
  const failedClusters: Record<string, string> = {};
  const planned: FirewallCheckResult['planned'] = [];
  const request: PodRequest = {
    namePrefix: 'service-guru-firewall-check-',
    labels: { 'app.kubernetes.io/managed-by': 'service-guru', 'service-guru.dev/stage': 'firewall-check' },
    image: options.image,
    command: ['curl'],
    args,
    timeoutMs: options.timeoutMs,
  };
  const perCluster = await Promise.all(
    kubes.map(async (kube): Promise<ClusterProbe[]> => {
      const cluster = kube.target.name;
      try {
        if (ctx.dryRun) {
          // A pod is a change (and needs the right to create one): the API server's own dry run
          // checks it without running anything, and the log says exactly what would run.
          const { name } = await planPod(kube.connection, request);
          const command = ['curl', ...args];
          planned.push({ cluster, namespace: kube.target.namespace, pod: name, image: options.image, command });
          logger.info(
            `dry run: would run pod ${name} in ${cluster}/${kube.target.namespace} (${options.image}, accepted ` +
              `by the API server's dry run): ${command.map(shellQuote).join(' ')}; then read its log and delete it`,
          );
          return list.map((p) => ({ ...p, cluster, verdict: 'not checked', detail: 'dry run: no pod was started' }));
        }
        const run = await runPod(kube.connection, request);
        return readProbeLog(list, run.log).map((r) => ({ ...r, cluster }));
      } catch (error) {
        failedClusters[cluster] = error instanceof Error ? error.message : String(error);
        logger.warning(`${cluster}: ${failedClusters[cluster]}`);
        return list.map((p) => ({ ...p, cluster, verdict: 'not checked', detail: failedClusters[cluster]! }));
      }
    }),
  );
  const results = perCluster.flat();
  const checked = results.filter((r) => r.verdict !== 'not checked');
  const unreachable = [...new Set(checked.filter((r) => r.verdict !== 'reachable').map((r) => `${r.domain}:${r.port}`))];
  const ticket = ticketText({ clusters: options.clusters, results: checked, reason: options.reason });
  let issue: TrackedIssue | null = null;
  if (ctx.dryRun && options.openIssue) {
    logger.info(`dry run: would open or update the issue in ${options.openIssue} for the domains found unreachable`);
  } else if (ticket && options.openIssue) {
    const title = `Firewall request: ${[...new Set(checked.filter((r) => r.verdict !== 'reachable').map((r) => r.domain))].join(', ')}`;
    // Octokit loads only when an issue is to be written: most checks never need it.
    const [{ createGitHubClient }, { upsertTrackingIssue }] = await Promise.all([
      import('../../github/client.ts'),
      import('../../github/issues.ts'),
    ]);
    const github = createGitHubClient({ apiUrl: config.github.apiUrl, token: env.GITHUB_TOKEN, logger, clock });
    issue = await upsertTrackingIssue(github, options.openIssue, {
      marker: `firewall-request:${requestKey(options.domains)}`,
      title,
      body:
        `Outgoing connections that the clusters need, checked with \`curl -I --max-time 5\` ` +
        `from inside each cluster on ${new Date(clock.now()).toISOString().slice(0, 10)}:\n` +
        `\n\`\`\`\n${ticket}\n\`\`\`\n\n${markdownTable(results, options.clusters)}`,
    });
    logger.info(`issue ${issue.action}: ${issue.url}`);
  }
  if (ticket) logger.info(`firewall request:\n${ticket}`);
  else if (!Object.keys(failedClusters).length && !ctx.dryRun)
    logger.info('every domain is reachable from every cluster: no firewall request needed');
  const failed = Object.entries(failedClusters);
  return {
    ok: !failed.length,
    changed: !!issue && issue.action !== 'unchanged',
    result: { results, unreachable, failedClusters, ticket, issue, planned },
    tables: [table(results, options.clusters, ticket)],
    ...(failed.length
      ? {
          error: {
            message:
              `the check pod ${ctx.dryRun ? 'would not be accepted' : 'did not run'}` +
              ` in ${failed.map(([c, why]) => `${c} (${why})`).join('; ')}`,
            hint: ctx.dryRun
              ? 'the API server refused the check pod: give the token the right to ' +
                'create pods there (docs/operations.md), or fix what the message names'
              : 'check that the image can be pulled in that namespace (--image) and the token may create pods; the pod was deleted',
          },
        }
      : {}),
  };
}

/** For the log only: how the argument list would read in a shell (it is never given to one). */
const shellQuote = (a: string): string => (/^[\w@%+=:,./-]+$/.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`);

const cell = (r: ClusterProbe | undefined): string =>
  !r ? '' : r.verdict === 'reachable' ? `✅ ${r.detail}` : r.verdict === 'not checked' ? '❔ not checked' : `❌ ${r.verdict}`;

function table(results: ClusterProbe[], clusters: string[], ticket: string | null): ReportTable {
  const keys = [...new Set(results.map((r) => `${r.domain}:${r.port}`))];
  return {
    title: 'Reachability from the clusters',
    headers: ['Domain', 'Port', ...clusters],
    rows: keys.map((key) => {
      const [domain, port] = [key.slice(0, key.lastIndexOf(':')), key.slice(key.lastIndexOf(':') + 1)];
      return [domain, port, ...clusters.map((c) => cell(results.find((r) => r.cluster === c && `${r.domain}:${r.port}` === key)))];
    }),
    ...(ticket ? { details: [{ summary: 'Firewall request', lines: ticket.split('\n') }] } : {}),
  };
}

function markdownTable(results: ClusterProbe[], clusters: string[]): string {
  // The job summary's own rendering: curl's messages are text from outside, escaped like any cell.
  return tableToMarkdown({ ...table(results, clusters, null), literal: true });
}
