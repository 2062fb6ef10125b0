import * as core from '@actions/core';
import { runStage } from '../stages/run.ts';
import { tableToMarkdown } from '../core/report.ts';
import { Secrets } from '../core/secrets.ts';
import { secretInputName, type AnyStage, type RawOptions } from '../stages/stage.ts';
import { flag } from '../stages/options.ts';
import { ActionsLogger } from './actions-logger.ts';

/**
 * The body of every action: inputs in, the stage, then outputs, a job summary and the step's
 * status. The action's inputs are the CLI's options under the same (kebab-case) names.
 */
export async function runAction(stage: AnyStage): Promise<void> {
  const secrets = new Secrets();
  const logger = new ActionsLogger(secrets);
  const env: Record<string, string | undefined> = { ...process.env };
  for (const name of stage.secrets) {
    const value = core.getInput(secretInputName(name));
    if (value) env[name] = value;
    secrets.add(env[name]);
  }
  // A masked input, never $GITHUB_ENV: the token reaches this step only.
  const clusterToken = stage.clusterToken ? core.getInput('cluster-token') || undefined : undefined;
  if (clusterToken) core.setSecret(clusterToken);
  const raw: RawOptions = {};
  for (const spec of stage.options) {
    const value = core.getInput(spec.name);
    raw[spec.name] =
      spec.type === 'list'
        ? value
            .split(/[\n,]/)
            .map((s) => s.trim())
            .filter(Boolean)
        : value;
  }
  const { outcome, tables, exitCode } = await runStage({
    stage,
    configPath: core.getInput('config') || undefined,
    dryRun: flag({ 'dry-run': core.getInput('dry-run') }, 'dry-run'),
    options: raw,
    env,
    logger,
    secrets,
    ...(clusterToken ? { clusterToken } : {}),
  });
  core.setOutput('result', JSON.stringify(outcome));
  core.setOutput('ok', String(outcome.ok));
  core.setOutput('changed', String(outcome.changed));
  if (outcome.result && typeof outcome.result === 'object') {
    for (const [key, value] of Object.entries(outcome.result)) {
      core.setOutput(key, typeof value === 'string' ? value : JSON.stringify(value));
    }
  }
  if (tables.length) {
    await core.summary.addRaw(tables.map(tableToMarkdown).join('\n')).write();
  }
  if (exitCode !== 0) {
    // runStage has already logged the error as an annotation; setFailed would add a second one.
    if (outcome.error) process.exitCode = core.ExitCode.Failure;
    else core.setFailed(`${stage.name} failed`);
  }
}
