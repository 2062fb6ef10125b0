import { pickCluster, tokenEnvFor } from '../../kube/cluster.ts';
import type { Config } from '../../config/types.ts';
import { text } from '../options.ts';
import type { RawOptions, SecretNeed } from '../stage.ts';

/** The token of the cluster a stage's `cluster` option names (or the stages' default cluster). */
export function clusterTokenNeed(config: Config, options: RawOptions, option = 'cluster'): SecretNeed[] {
  if (!Object.keys(config.clusters).length) return [];
  const name = pickCluster(config, text(options, option));
  const env = tokenEnvFor(name);
  return [{ env, or: [env.replace(/^OPENSHIFT_TOKEN_/, 'KUBE_TOKEN_')], why: `cluster ${name}` }];
}

/** A chat token for every chat with rooms configured. */
export function chatNeeds(config: Config): SecretNeed[] {
  const needs: SecretNeed[] = [];
  if (config.chat.matrix?.rooms.length) needs.push({ env: 'MATRIX_ACCESS_TOKEN', why: 'chat.matrix.rooms' });
  if (config.chat.slack?.channels.length) needs.push({ env: 'SLACK_BOT_TOKEN', why: 'chat.slack.channels' });
  return needs;
}
