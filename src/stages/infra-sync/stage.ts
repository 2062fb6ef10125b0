import { declareStage } from '../stage.ts';
import { infraSyncOptionSpecs, type InfraSyncOptions } from './options.ts';
import { clusterTokenNeed } from '../shared/secret-needs.ts';
import type { InfraSyncResult } from './index.ts';

export const infraSyncStage = declareStage<InfraSyncOptions, InfraSyncResult>({
  name: 'infra-sync',
  description: 'Apply the deployment repository and Vault secrets to the cluster when commits or secret versions are pending',
  options: infraSyncOptionSpecs,
  outputs: {
    status: 'skipped (nothing pending), pending (dry run), applied or failed',
    pendingCommits: 'JSON list of sha, author, date, subject not applied yet',
    pendingSecrets: 'JSON list of path, applied, current, updatedTime of secrets whose version changed',
    applied: 'JSON: commit, secrets, appliedAt, runUrl recorded after a successful apply',
  },
  secrets: ['GITHUB_TOKEN', 'VAULT_TOKEN'],
  clusterToken: true,
  needs: (q) => [...clusterTokenNeed(q.config, q.options), ...(q.config.infra?.vault ? [{ env: 'VAULT_TOKEN', why: 'infra.vault' }] : [])],
  load: async () => (await import('./index.ts')).infraSync,
});
