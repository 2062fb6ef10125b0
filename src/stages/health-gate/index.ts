import { formatDuration, parseDuration } from '../../core/duration.ts';
import { StageError, UsageError } from '../../core/errors.ts';
import { createSentryClient, type SentryClient } from '../../sentry/client.ts';
import type { StageCode, StageContext, StageRun } from '../stage.ts';
import { openPods, type PodSource } from './cluster.ts';
import { checkEndpoint } from './endpoints.ts';
import { expectedCommits, type ExpectedCommit } from './expected.ts';
import { acceptLaterStable, type LaterOnStable } from './later.ts';
import { parseHealthGateOptions, type HealthGateOptions } from './options.ts';
import { assessPods } from './pods.ts';
import { tables, type CheckResult, type HealthGateResult } from './report.ts';

export type { CheckResult, HealthGateResult, NewIssue } from './report.ts';

export const healthGate: StageCode<HealthGateOptions, HealthGateResult> = {
  parseOptions: parseHealthGateOptions,
  run: runHealthGate,
};

async function runHealthGate(ctx: StageContext, options: HealthGateOptions): Promise<StageRun<HealthGateResult>> {
  const { config, env } = ctx;
  if (options.preflight && !options.cluster) {
    // Not a pass: nothing was checked, and the summary says so.
    ctx.logger.info('pre-flight skipped: no cluster of the configuration has staging: true');
    return {
      ok: true,
      changed: false,
      result: { checks: [], failed: [], pods: null, sentry: null, endpoints: [] } as unknown as HealthGateResult,
      tables: [{ title: 'Pre-flight', headers: ['Check', 'Result'], rows: [['staging pods', '⏭ skipped: no cluster has staging: true']] }],
    };
  }
  const health = staged(ctx, options);
  const sentryConfig = health.sentry;
  // Every secret is asked for before anything is read.
  if (sentryConfig && !env.SENTRY_AUTH_TOKEN) {
    throw new UsageError(
      'SENTRY_AUTH_TOKEN is not set: health.sentry is configured, so the gate reads its new issues',
      'set SENTRY_AUTH_TOKEN (action input sentry-auth-token) to a token with the scopes project:read and event:read',
    );
  }
  const endpoints = health.endpoints ?? [];
  if (!options.cluster && !sentryConfig && !endpoints.length) {
    throw new UsageError('health-gate has nothing to check', 'configure clusters (pods), health.sentry or health.endpoints');
  }
  const pods: PodSource | undefined = options.cluster ? await openPods(ctx, options.cluster) : undefined;
  try {
    return await gate({ ...ctx, config: { ...config, health } }, options, pods);
  } finally {
    pods?.close();
  }
}

const STAGING_SCOPE = "staging: pods only; Sentry and endpoints are production's";

/** Before a deployment, on staging: Sentry and the endpoints are production's, so only the pods say anything. */
function staged(ctx: StageContext, options: HealthGateOptions): StageContext['config']['health'] {
  const health = ctx.config.health;
  if (!options.preflight) return health;
  ctx.logger.info(`pre-flight on ${options.cluster}: ${STAGING_SCOPE}`);
  const { sentry: _sentry, endpoints: _endpoints, ...rest } = health;
  return rest;
}

async function gate(ctx: StageContext, options: HealthGateOptions, pods: PodSource | undefined): Promise<StageRun<HealthGateResult>> {
  const { config, logger, clock, env } = ctx;
  const health = config.health;
  const sentryConfig = health.sentry;
  const endpoints = health.endpoints ?? [];
  if (ctx.dryRun) logger.info('dry run: the health gate only reads, so it runs as usual');
  let expected: ExpectedCommit[] = [];
  // Unreadable stable heads fail the versions checks, not the whole gate: the other checks still say their part.
  let expectedError: Error | undefined;
  if (endpoints.some((e) => e.versions)) {
    try {
      expected = await expectedCommits(config, options.moved, env, logger, clock);
    } catch (error) {
      if (error instanceof UsageError) throw error;
      expectedError = error instanceof Error ? error : new Error(String(error));
      logger.warning(`cannot tell which commits the versions endpoint must name: ${expectedError.message}`);
    }
  }
  for (const e of expected)
    logger.info(
      `${e.component} (${e.systemKey}) must run ${e.sha.slice(0, 7)} (stable, from ${e.from === 'moved' ? '--moved' : 'the repository'})`,
    );
  const windowText = sentryConfig?.window ?? '30m';
  const windowMs = parseDuration(windowText, 'health.sentry.window');
  const maxNewIssues = sentryConfig?.maxNewIssues ?? 0;
  const sentry: SentryClient | undefined = sentryConfig
    ? createSentryClient({
        apiUrl: sentryConfig.apiUrl,
        org: sentryConfig.org,
        project: sentryConfig.project,
        token: env.SENTRY_AUTH_TOKEN!,
        logger,
        clock,
      })
    : undefined;
  const pendingAfterMs = parseDuration(health.pods?.pendingAfter ?? '5m', 'health.pods.pendingAfter');
  const baseline = new Map<string, { restarts: number }>();

  const result: HealthGateResult = {
    ok: false,
    cluster: pods?.cluster ?? null,
    namespace: pods?.namespace ?? null,
    rounds: 0,
    observedMs: 0,
    checks: [],
    failed: [],
    pods: null,
    sentry: sentryConfig ? { window: windowText, maxNewIssues, newIssues: [] } : null,
    endpoints: [],
    expected,
    ...(options.preflight ? { scope: STAGING_SCOPE } : {}),
  };

  const podCheck = async (): Promise<CheckResult> => {
    const list = await pods!.list();
    const assessed = assessPods(list, clock.now(), pendingAfterMs, baseline);
    for (const [uid, seen] of assessed.restarts) if (!baseline.has(uid)) baseline.set(uid, seen);
    result.pods = { total: assessed.total, ready: assessed.ready, problems: assessed.problems };
    const where = `${pods!.namespace}${pods!.selector ? ` (${pods!.selector})` : ''}`;
    if (!list.length) return { name: 'pods', ok: false, line: `no pods in ${where}` };
    const judged = assessed.total - assessed.completed - assessed.terminating;
    const counts = [
      `${assessed.ready}/${judged} Ready`,
      ...(assessed.pending ? [`${assessed.pending} Pending`] : []),
      ...(assessed.completed ? [`${assessed.completed} completed`] : []),
      ...(assessed.terminating ? [`${assessed.terminating} Terminating`] : []),
    ].join(', ');
    if (!assessed.problems.length) return { name: 'pods', ok: true, line: `${counts} in ${where}` };
    const shown = assessed.problems.slice(0, 20).map((p) => `${p.pod}: ${p.problem}`);
    if (assessed.problems.length > shown.length) shown.push(`… and ${assessed.problems.length - shown.length} more (see the result)`);
    const first = assessed.problems[0]!;
    return {
      name: 'pods',
      ok: false,
      line: `${assessed.problems.length} problem(s) in ${where} (${counts}), first ${first.pod}: ${first.problem}`,
      details: shown,
    };
  };

  // The window stays what health.sentry.window says, also on a resume after a rollback: the resume
  // rolls out the same images, so an issue they raised in the first attempt counts against them
  // (resolve or ignore it in Sentry when it is not theirs). Counting only issues since this attempt
  // would let a regression pass the second time because it first showed up the first time.
  const sentryCheck = async (): Promise<CheckResult> => {
    const issues = await sentry!.newIssues(windowMs);
    const newIssues = issues.map((i) => ({
      shortId: i.shortId,
      title: i.title,
      count: i.count,
      link: i.permalink,
      firstSeen: i.firstSeen,
    }));
    result.sentry = { window: windowText, maxNewIssues, newIssues };
    return {
      name: 'sentry',
      ok: newIssues.length <= maxNewIssues,
      line: `${newIssues.length} new unresolved issue(s) first seen in the last ${windowText} (at most ${maxNewIssues} allowed)`,
      details: newIssues.map((i) => `${i.shortId} "${i.title}" ×${i.count} ${i.link}`),
    };
  };

  const verdicts = new Map<string, Promise<LaterOnStable | undefined>>();
  const endpointChecks = endpoints.map((spec) => async (): Promise<CheckResult> => {
    if (spec.versions && expectedError) throw expectedError;
    const checked = await checkEndpoint(spec, spec.versions ? expected : [], options.endpointTimeoutMs, logger, clock);
    if (spec.versions) await acceptLaterStable({ config, env, logger, clock, verdicts }, checked, expected);
    result.endpoints = [...result.endpoints.filter((e) => e.url !== spec.url), checked];
    const versions = checked.versions
      ?.map((v) => `${v.component} ${v.running ?? '?'}${v.laterOnStable ? ' (stable moved on past the expected commit)' : ''}`)
      .join(', ');
    return {
      name: spec.url,
      ok: checked.ok,
      line: checked.ok ? `HTTP ${checked.status} in ${checked.ms}ms${versions ? `; runs ${versions}` : ''}` : (checked.problem ?? 'failed'),
    };
  });

  const checks: Array<[string, () => Promise<CheckResult>]> = [
    ...(pods ? [['pods', podCheck] as [string, () => Promise<CheckResult>]] : []),
    ...(sentry ? [['sentry', sentryCheck] as [string, () => Promise<CheckResult>]] : []),
    ...endpoints.map((e, i) => [e.url, endpointChecks[i]!] as [string, () => Promise<CheckResult>]),
  ];
  if (!pods) logger.info('pods: not checked (no cluster in the configuration)');

  const started = clock.now();
  for (;;) {
    result.rounds++;
    const round = await Promise.all(checks.map(([name, check]) => check().catch((error: unknown) => failedCheck(name, error))));
    result.checks = round;
    result.observedMs = clock.now() - started;
    const prefix = options.observeMs ? `round ${result.rounds}: ` : '';
    for (const c of round) {
      const text = `${prefix}${c.ok ? '✓' : '✗'} ${c.name}: ${c.line}${c.details?.length ? `\n  ${c.details.join('\n  ')}` : ''}`;
      if (c.ok) logger.info(text);
      else logger.error(text);
    }
    const failed = round.filter((c) => !c.ok);
    const elapsed = clock.now() - started;
    if (failed.length) {
      result.failed = failed.map((c) => c.name);
      const when = options.observeMs
        ? ` in round ${result.rounds}, after ${formatDuration(elapsed)} of ${formatDuration(options.observeMs)}`
        : '';
      return finish(ctx, result, {
        message: `health gate failed${when}: ${failed.map((c) => `${c.name} (${c.line})`).join('; ')}`,
        hint: options.preflight
          ? `nothing has moved: fix ${result.cluster} first, or deploy without the pre-flight (--staging-cluster none)`
          : 'look at the failed checks above; roll back with the rollback stage if the new version is at fault',
      });
    }
    if (elapsed >= options.observeMs) break;
    const left = options.observeMs - elapsed;
    logger.info(
      `round ${result.rounds}: all ${round.length} check(s) passed | elapsed ${formatDuration(elapsed)}, ${formatDuration(left)} left`,
    );
    await clock.sleep(Math.min(options.intervalMs, left));
  }
  logger.info(
    `healthy: ${result.checks.length} check(s) passed` +
      `${options.observeMs ? ` in each of ${result.rounds} round(s) over ${formatDuration(result.observedMs)}` : ''}`,
  );
  return finish(ctx, result);
}

function failedCheck(name: string, error: unknown): CheckResult {
  if (error instanceof UsageError) throw error;
  const message = error instanceof Error ? error.message : String(error);
  const hint = error instanceof StageError && error.hint ? ` (${error.hint})` : '';
  return { name, ok: false, line: `${message}${hint}` };
}

function finish(ctx: StageContext, result: HealthGateResult, error?: { message: string; hint?: string }): StageRun<HealthGateResult> {
  result.ok = !error;
  return { ok: !error, changed: false, result, tables: tables(ctx, result), ...(error ? { error } : {}) };
}
