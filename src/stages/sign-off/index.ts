import { StageError, UsageError } from '../../core/errors.ts';
import { checkTimezone } from '../../core/wall-clock.ts';
import { runApprovals, type Approval } from '../../github/approvals.ts';
import { activeFreeze, describeFreeze, type FreezeWindow } from '../deploy/freeze.ts';
import { flag, text } from '../options.ts';
import type { StageCode } from '../stage.ts';
import { runGitHub, runRepository } from '../shared/github-run.ts';

export interface SignOffOptions {
  repository: string | undefined;
  runId: string | undefined;
  environment: string | undefined;
  ignoreFreeze: boolean;
}

export interface SignOffResult {
  approvedBy: string[];
  approvals: Approval[];
  /** The freeze window the approval came in, if any. */
  freeze: FreezeWindow | null;
}

/** Runs in the job that references the approval environment, after GitHub let it start. */
export const signOff: StageCode<SignOffOptions, SignOffResult> = {
  parseOptions: (raw, config) => {
    // The freeze check after the approval reads the time zone: a bad one is found before GitHub is asked.
    checkTimezone(config.timezone);
    return {
      repository: text(raw, 'repository'),
      runId: text(raw, 'run-id'),
      environment: text(raw, 'environment'),
      ignoreFreeze: flag(raw, 'ignore-freeze'),
    };
  },
  run: async (ctx, options) => {
    const repository = runRepository(ctx, options.repository);
    const runId = Number(options.runId ?? ctx.env.GITHUB_RUN_ID);
    if (!Number.isSafeInteger(runId) || runId <= 0)
      throw new UsageError('--run-id: give the workflow run id (or run inside GitHub Actions)');
    const github = await runGitHub(ctx, 'actions: read');
    const all = await runApprovals(github, repository, runId);
    const relevant = all.filter((a) => !options.environment || a.environments.includes(options.environment));
    const approvedBy = [...new Set(relevant.filter((a) => a.state === 'approved').map((a) => a.user))];
    const table = {
      title: 'Sign-off',
      headers: ['Reviewer', 'Decision', 'Environments', 'Comment'],
      rows: relevant.map((a) => [a.user, a.state === 'approved' ? '✅ approved' : '❌ rejected', a.environments.join(', '), a.comment]),
    };
    if (!approvedBy.length) {
      const error = new StageError(
        `no approval recorded for run ${runId}${options.environment ? ` in environment ${options.environment}` : ''}` +
          `: the environment let the job start without a reviewer`,
        'add required reviewers to the environment (Settings → Environments); a missing environment is created without any; in private ' +
          'or internal repositories required reviewers need GitHub Enterprise (Free, Pro and Team have them for public repositories only)',
      );
      return {
        ok: false,
        changed: false,
        result: { approvedBy, approvals: relevant, freeze: null },
        tables: [table],
        error: { message: error.message, hint: error.hint! },
      };
    }
    ctx.logger.info(`approved by ${approvedBy.join(', ')}`);
    // The plan was checked against the freeze windows, but an approval can come hours or days
    // later: what happens after sign-off is decided by the time of the approval.
    const freeze = activeFreeze(ctx.config, ctx.clock.now()) ?? null;
    if (freeze && !options.ignoreFreeze) {
      return {
        ok: false,
        changed: false,
        result: { approvedBy, approvals: relevant, freeze },
        tables: [table],
        error: {
          message: `approved by ${approvedBy.join(', ')}, but ${describeFreeze(freeze, ctx.config.timezone)}`,
          hint: 'run again after the window ends, or with ignore-freeze for an emergency',
        },
      };
    }
    if (freeze) ctx.logger.warning(`${describeFreeze(freeze, ctx.config.timezone)}; signed off anyway because of --ignore-freeze`);
    return { ok: true, changed: false, result: { approvedBy, approvals: relevant, freeze }, tables: [table] };
  },
};
