import { formatDuration } from '../../core/duration.ts';
import { StageError } from '../../core/errors.ts';
import type { ReportTable } from '../../core/report.ts';
import { ScratchClone, type LogEntry } from '../../git/log.ts';
import { configMapsApi } from '../../kube/configmaps.ts';
import { createKubeClient } from '../../kube/index.ts';
import { createVaultClient, type SecretVersion } from '../../vault/client.ts';
import type { KubeConnection } from '../../kube/connection.ts';
import { KubeConflict } from '../../kube/errors.ts';
import type { StageCode, StageContext, StageRun } from '../stage.ts';
import { parseInfraSyncOptions, type InfraSyncOptions } from './options.ts';
import { runCommand } from './runner.ts';
import { runUrlFromEnv } from '../shared/run-url.ts';
import { STATE_CONFIGMAP, stateFromConfigMap, stateToConfigMap, type AppliedState } from './state.ts';

export interface PendingSecret {
  path: string;
  applied: number | null;
  current: number;
  updatedTime: string;
}

export interface InfraSyncResult {
  cluster: string;
  head: string;
  recorded: AppliedState | null;
  pendingCommits: LogEntry[];
  pendingSecrets: PendingSecret[];
  /** skipped: nothing pending; pending: dry run; applied; failed. */
  status: 'skipped' | 'pending' | 'applied' | 'failed';
  applied: AppliedState | null;
  exitCode?: number;
}

export const infraSync: StageCode<InfraSyncOptions, InfraSyncResult> = {
  parseOptions: parseInfraSyncOptions,
  run: runInfraSync,
};

async function runInfraSync(ctx: StageContext, options: InfraSyncOptions): Promise<StageRun<InfraSyncResult>> {
  const { config, logger, clock, env } = ctx;
  const kube = createKubeClient(config, options.cluster, env, { logger, clock, onSecret: (v) => ctx.secrets.add(v) });
  try {
    return await sync(ctx, options, kube.connection);
  } finally {
    kube.close();
  }
}

async function sync(ctx: StageContext, options: InfraSyncOptions, connection: KubeConnection): Promise<StageRun<InfraSyncResult>> {
  const { config, logger, clock, env } = ctx;
  const infra = config.infra!;
  const configMaps = configMapsApi(connection);
  const vault = infra.vault
    ? createVaultClient({ url: infra.vault.url, mount: infra.vault.mount, token: env.VAULT_TOKEN, logger, clock })
    : undefined;
  const current = await configMaps.read(STATE_CONFIGMAP);
  const stored = stateFromConfigMap(current);
  if (stored.problem)
    throw new StageError(stored.problem, `delete or rename the ConfigMap ${STATE_CONFIGMAP} in the namespace of ${options.cluster}`);
  const recorded = stored.state;
  const ref = infra.ref ?? 'main';
  const remote = infra.repo ? `${config.github.serverUrl.replace(/\/+$/, '')}/${infra.repo}.git` : infra.remote!;
  const auth =
    infra.repo && env.GITHUB_TOKEN ? { urlPrefix: `${config.github.serverUrl.replace(/\/+$/, '')}/`, token: env.GITHUB_TOKEN } : undefined;
  const { clone, head } = await ScratchClone.fetch(remote, ref, env, auth);
  try {
    const pendingCommits = await pendingSince(clone, recorded, head, logger);
    const versions: SecretVersion[] = [];
    for (const path of infra.vault?.paths ?? []) versions.push(await vault!.secretVersion(path));
    const pendingSecrets = versions
      .filter((v) => recorded?.secrets[v.path] !== v.version)
      .map((v) => ({ path: v.path, applied: recorded?.secrets[v.path] ?? null, current: v.version, updatedTime: v.updatedTime }));
    const base = { cluster: options.cluster, head, recorded, pendingCommits, pendingSecrets, applied: null };
    const tables = [table(options.cluster, pendingCommits, pendingSecrets)];
    if (!pendingCommits.length && !pendingSecrets.length) {
      logger.info(
        `nothing pending on ${options.cluster}: ${head.slice(0, 7)} and every secret version ` +
          `were applied at ${recorded!.appliedAt}${recorded!.runUrl ? ` (${recorded!.runUrl})` : ''}`,
      );
      return {
        ok: true,
        changed: false,
        result: { ...base, status: 'skipped' },
        tables: [
          {
            ...tables[0]!,
            notes: [`Nothing pending: ${head.slice(0, 7)} and the current secret versions were applied at ${recorded!.appliedAt}.`],
          },
        ],
      };
    }
    logger.info(describePending(options.cluster, pendingCommits, pendingSecrets));
    if (ctx.dryRun) {
      logger.info(
        `dry run: would check out ${head.slice(0, 7)} and run ${JSON.stringify(infra.command)} with ` +
          `${Object.keys(infra.env ?? {}).join(', ') || 'no extra environment'}, ` +
          `then record it in ConfigMap ${STATE_CONFIGMAP} of ${options.cluster}`,
      );
      return { ok: true, changed: false, result: { ...base, status: 'pending' }, tables };
    }
    await clone.checkout(head);
    // The command runs in real time (a child process), so its duration is measured in real time too.
    const started = performance.now();
    const run = await runCommand(infra.command, {
      cwd: clone.dir,
      env: { ...stringEnv(env), ...(infra.env ?? {}) },
      timeoutMs: options.timeoutMs,
      logger,
      title: `${infra.command.join(' ')} @ ${head.slice(0, 7)}`,
    });
    if (run.exitCode !== 0) {
      return {
        ok: false,
        changed: false,
        result: { ...base, status: 'failed', exitCode: run.exitCode },
        tables,
        error: {
          message:
            `${infra.command.join(' ')} ${run.timedOut ? 'timed out' : `exited with ${run.exitCode}`}` +
            ` after ${formatDuration(performance.now() - started)}; nothing recorded. Last lines:\n` +
            `${run.lastLines.join('\n')}`,
          hint: 'fix the cause and run infra-sync again: the same commits and secrets are still pending',
        },
      };
    }
    const applied: AppliedState = {
      commit: head,
      secrets: Object.fromEntries(versions.map((v) => [v.path, v.version])),
      appliedAt: new Date(clock.now()).toISOString(),
      runUrl: runUrlFromEnv(env) ?? null,
    };
    try {
      await configMaps.write(STATE_CONFIGMAP, stateToConfigMap(applied, config.deployment), current?.resourceVersion ?? null);
    } catch (error) {
      // The apply happened: say so, so nobody reads "failed" as "nothing changed".
      throw new StageError(
        `applied ${head.slice(0, 7)} to ${options.cluster}, but could not record it in ` +
          `ConfigMap ${STATE_CONFIGMAP}: ${error instanceof Error ? error.message : String(error)}`,
        error instanceof KubeConflict
          ? 'another infra-sync recorded meanwhile; run infra-sync again to see what is still pending'
          : 'the next run applies the same changes again; grant create and update on configmaps (docs/operations.md) to record them',
      );
    }
    logger.info(`applied ${head.slice(0, 7)} to ${options.cluster} and recorded it in ConfigMap ${STATE_CONFIGMAP}`);
    return { ok: true, changed: true, result: { ...base, status: 'applied', applied, exitCode: 0 }, tables };
  } finally {
    clone.remove();
  }
}

async function pendingSince(
  clone: ScratchClone,
  recorded: AppliedState | null,
  head: string,
  logger: StageContext['logger'],
): Promise<LogEntry[]> {
  if (!recorded) {
    logger.info('nothing recorded yet: the head of the branch counts as pending (the last 20 commits are listed)');
    return clone.log(undefined, head, 20);
  }
  if (recorded.commit === head) return [];
  if (!(await clone.hasCommit(recorded.commit)) || !(await clone.isAncestor(recorded.commit, head))) {
    logger.warning(
      `the recorded commit ${recorded.commit.slice(0, 7)} is not in the history ` +
        `of the branch any more (force-pushed?); listing the last 20 commits`,
    );
    return clone.log(undefined, head, 20);
  }
  return clone.log(recorded.commit, head);
}

function describePending(cluster: string, commits: LogEntry[], secrets: PendingSecret[]): string {
  const lines = [`pending on ${cluster}: ${commits.length} commit(s), ${secrets.length} secret(s)`];
  for (const c of commits) lines.push(`  ${c.sha.slice(0, 7)} ${c.subject} (${c.author})`);
  for (const s of secrets)
    lines.push(`  secret ${s.path}: version ${s.applied ?? 'none'} applied, ${s.current} current (updated ${s.updatedTime})`);
  return lines.join('\n');
}

function stringEnv(env: Record<string, string | undefined>): Record<string, string> {
  return Object.fromEntries(Object.entries(env).filter((e): e is [string, string] => typeof e[1] === 'string'));
}

function table(cluster: string, commits: LogEntry[], secrets: PendingSecret[]): ReportTable {
  return {
    title: `Pending on ${cluster}`,
    headers: ['What', 'Change', 'Author / version', 'When'],
    rows: [
      ...commits.map((c) => ['commit ' + c.sha.slice(0, 7), c.subject, c.author, c.date]),
      ...secrets.map((s) => [`secret ${s.path}`, `version ${s.applied ?? 'none'} → ${s.current}`, `v${s.current}`, s.updatedTime]),
    ],
  };
}
