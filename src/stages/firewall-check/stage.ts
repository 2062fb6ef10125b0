import { declareStage } from '../stage.ts';
import { firewallCheckOptionSpecs, type FirewallCheckOptions } from './options.ts';
import { clusterTokenNeed } from '../shared/secret-needs.ts';
import type { FirewallCheckResult } from './index.ts';

export const firewallCheckStage = declareStage<FirewallCheckOptions, FirewallCheckResult>({
  name: 'firewall-check',
  description: 'Check from inside each cluster whether domains are reachable (curl -I in a short-lived pod) and write the firewall request',
  options: firewallCheckOptionSpecs,
  outputs: {
    results:
      'JSON list: per cluster, domain and port the verdict (reachable, refused, timed out, DNS failure, failed, not checked) and detail',
    unreachable: 'JSON list of domain:port not reachable from some cluster',
    ticket: 'The firewall request text for the unreachable ones (empty when all are reachable)',
    issue: 'JSON: number, url and action (created/updated/unchanged) of the tracking issue',
  },
  secrets: ['GITHUB_TOKEN'],
  clusterToken: true,
  needs: (q) => [...clusterTokenNeed(q.config, q.options)],
  load: async () => (await import('./index.ts')).firewallCheck,
});
