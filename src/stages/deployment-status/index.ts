import { UsageError } from '../../core/errors.ts';
import { createDeployment, setDeploymentStatus, type DeploymentState } from '../../github/deployments.ts';
import { text } from '../options.ts';
import type { StageCode } from '../stage.ts';
import { runUrlFromEnv } from '../shared/run-url.ts';
import { runGitHub, runRepository } from '../shared/github-run.ts';

export interface DeploymentStatusOptions {
  state: 'in_progress' | 'success' | 'failure';
  deploymentId: number | undefined;
  environment: string;
  ref: string | undefined;
  description: string | undefined;
}

export interface DeploymentStatusResult {
  deploymentId: number;
  state: DeploymentState;
}

const STATES = ['in_progress', 'success', 'failure'] as const;

/**
 * Records the deployment as it really went, in the repository that runs the workflow: created
 * and in_progress when stable moves, success after the health gate, failure otherwise; the
 * run's page as log_url.
 */
export const deploymentStatus: StageCode<DeploymentStatusOptions, DeploymentStatusResult> = {
  parseOptions: (raw) => {
    const state = text(raw, 'state');
    if (!state || !(STATES as readonly string[]).includes(state))
      throw new UsageError(`--state: expected one of ${STATES.join(', ')}, got "${state ?? ''}"`);
    const id = text(raw, 'deployment-id');
    if (id !== undefined && !/^\d+$/.test(id)) throw new UsageError(`--deployment-id: "${id}" is not a number`);
    if (state !== 'in_progress' && id === undefined)
      throw new UsageError(`--deployment-id: needed for --state ${state}`, 'pass the deploymentId output of the in_progress step');
    return {
      state: state as DeploymentStatusOptions['state'],
      deploymentId: id === undefined ? undefined : Number(id),
      environment: text(raw, 'environment') ?? 'production',
      ref: text(raw, 'ref'),
      description: text(raw, 'description'),
    };
  },
  run: async (ctx, options) => {
    const repository = runRepository(ctx);
    const logUrl = runUrlFromEnv(ctx.env);
    const description = options.description ?? `${ctx.config.deployment}: ${options.state.replace('_', ' ')}`;
    // Checked before the dry run, so that it says exactly which commit a real run would record.
    const ref = options.deploymentId === undefined ? (options.ref ?? ctx.env.GITHUB_SHA) : undefined;
    if (options.deploymentId === undefined && !ref) throw new UsageError('--ref: no commit to record (GITHUB_SHA is not set)');
    if (ctx.dryRun) {
      ctx.logger.info(
        `dry run: would record ${options.state} for ` +
          `${options.deploymentId ? `deployment ${options.deploymentId}` : `a new deployment of ${ref}`} in ${options.environment}`,
      );
      return { ok: true, changed: false, result: { deploymentId: options.deploymentId ?? 0, state: options.state }, tables: [] };
    }
    const github = await runGitHub(ctx, 'deployments: write');
    const id =
      options.deploymentId ??
      (await createDeployment(github, repository, {
        ref: ref!,
        environment: options.environment,
        description,
        payload: { tool: 'service-guru', deployment: ctx.config.deployment },
      }));
    await setDeploymentStatus(github, repository, id, {
      state: options.state,
      description,
      environment: options.environment,
      ...(logUrl ? { logUrl } : {}),
    });
    ctx.logger.info(`deployment ${id} in ${options.environment}: ${options.state}`);
    return { ok: true, changed: true, result: { deploymentId: id, state: options.state }, tables: [] };
  },
};
