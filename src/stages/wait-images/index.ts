import { formatDuration } from '../../core/duration.ts';
import { UsageError, errorMessage } from '../../core/errors.ts';
import type { Component } from '../../config/types.ts';
import { WorkflowRunWatcher } from '../../github/workflow-runs.ts';
import { registryFor, type RegistryClient } from '../../registry/index.ts';
import type { StageCode, StageContext, StageRun } from '../stage.ts';
import { buildClock, buildState, type BuildState } from './builds.ts';
import { parseWaitImagesOptions, type WaitImagesOptions } from './options.ts';
import { checkImage, type ImageMemo, type MatchedBy } from './readiness.ts';
import { asFailure, permanent } from './failures.ts';
import { progress, table } from './report.ts';
import { imageTargets, type ImageTarget } from './targets.ts';

export interface ImageResult {
  component: string;
  image: string;
  sha: string;
  /** moved: moved by this run; stable-head: checked against the head of stable (re-run, standalone). */
  kind: ImageTarget['kind'];
  ready: boolean;
  digest: string | null;
  platforms: string[];
  matchedBy?: MatchedBy;
  uniqueTag?: string;
  /** Set when the evidence could also fit an image of the previous commit. */
  weakEvidence?: string;
  buildRuns: string[];
  readyAt?: string;
  missing?: string;
}

export interface WaitImagesResult {
  images: ImageResult[];
  /** image → digest of the ready images, for the import (also when the wait failed). */
  digests: Record<string, string>;
  waitedMs: number;
  polls: number;
  /** Polls in which a request failed (outages ridden out). */
  failedPolls: number;
  requests: { github: number; githubNotModified: number; registry: number };
}

export const waitImages: StageCode<WaitImagesOptions, WaitImagesResult> = {
  parseOptions: parseWaitImagesOptions,
  run: runWaitImages,
};

async function runWaitImages(ctx: StageContext, options: WaitImagesOptions): Promise<StageRun<WaitImagesResult>> {
  const { config, logger, clock } = ctx;
  const watched = config.components.filter((c) => c.images.length && (!options.moved || options.moved.some((m) => m.name === c.name)));
  // Build runs need the API; so do the heads of stable when no move result names the commits.
  const needsGitHub = watched.some((c) => c.build || (!options.moved && c.transport.kind === 'github'));
  if (needsGitHub && !ctx.env.GITHUB_TOKEN) {
    throw new UsageError(
      'GITHUB_TOKEN is not set: build runs and stable heads are read through the GitHub API',
      'set GITHUB_TOKEN (action input github-token)',
    );
  }
  // Octokit is loaded only when used: registry-only waits start without it.
  const github = needsGitHub
    ? (await import('../../github/client.ts')).createGitHubClient({
        apiUrl: config.github.apiUrl,
        token: ctx.env.GITHUB_TOKEN,
        logger,
        clock,
      })
    : undefined;
  const watcher = github ? new WorkflowRunWatcher(github) : undefined;
  const registries = new Set<RegistryClient>();
  const registry = (host: string): RegistryClient => {
    const client = registryFor(host, config, { logger, clock }, ctx.env, (v) => ctx.secrets.add(v));
    registries.add(client);
    return client;
  };
  const started = clock.now();
  const results = new Map<ImageTarget, ImageResult>();
  const builds = new Map<Component, BuildState>();
  const memos = new Map<ImageTarget, ImageMemo>();
  let polls = 0;
  let failedPolls = 0;
  const finish = (error?: { message: string; hint?: string }): StageRun<WaitImagesResult> => {
    const images = [...results.values()];
    const digests = Object.fromEntries(images.filter((i) => i.ready && i.digest).map((i) => [i.image, i.digest!]));
    const registryRequests = [...registries].reduce((n, r) => n + r.requests, 0);
    return {
      ok: !error,
      changed: false,
      result: {
        images,
        digests,
        waitedMs: clock.now() - started,
        polls,
        failedPolls,
        requests: { github: watcher?.requests ?? 0, githubNotModified: watcher?.notModified ?? 0, registry: registryRequests },
      },
      tables: [table(config.deployment, images)],
      ...(error ? { error } : {}),
    };
  };

  // Standalone, the stable heads are read first: an outage then is a failed poll too, not the end.
  let targets: ImageTarget[] | undefined;
  for (let failed = 0; !targets;) {
    try {
      targets = await imageTargets(config, options.moved, github, ctx);
    } catch (error) {
      if (error instanceof UsageError) throw error;
      failed++;
      if (permanent(error)) return finish(asFailure(error));
      failedPolls++;
      if (failed >= options.maxFailedPolls || clock.now() - started >= options.timeoutMs) {
        const { message, hint } = asFailure(error);
        return finish({
          message: `gave up reading the stable heads after ${failed} failed attempt(s): ${message}`,
          hint: hint ?? 'check that GitHub and the remotes are reachable, or pass --moved with the move-stable result',
        });
      }
      logger.warning(
        `reading the stable heads failed, not ready this round (${failed} in a row; the wait gives up after ${options.maxFailedPolls}): ` +
          errorMessage(error),
      );
      await clock.sleep(Math.min(options.intervalMs, options.timeoutMs - (clock.now() - started)));
    }
  }
  for (const t of targets) {
    results.set(t, {
      component: t.component.name,
      image: t.ref.text,
      sha: t.sha,
      kind: t.kind,
      ready: false,
      digest: null,
      platforms: [],
      buildRuns: [],
      missing: 'not looked at yet',
    });
    memos.set(t, { seenBeforeBuild: new Set() });
  }
  if (!targets.length) {
    logger.info(
      options.moved
        ? 'no component of the move-stable result has images: nothing to wait for'
        : 'no component has images: nothing to wait for',
    );
    return finish();
  }
  for (const m of options.moved ?? []) {
    if (m.status === 'unchanged' && targets.some((t) => t.component.name === m.name)) {
      logger.info(
        `${m.name}: ${m.moveStatus} in move-stable; its images are checked against the ` +
          `head of stable, ${m.sha.slice(0, 7)} (an earlier attempt may have moved it)`,
      );
    }
  }
  logger.info(`waiting for ${targets.length} image(s): ${targets.map((t) => `${t.ref.text} @ ${t.sha.slice(0, 7)}`).join(', ')}`);
  let interval = options.intervalMs;
  let failedInARow = 0;
  for (;;) {
    const problems: string[] = [];
    let fatal: unknown;
    const now = clock.now();
    polls++;
    // One commit per component: its images are all built from the same one.
    for (const [component, sha] of new Map(targets.map((t) => [t.component, t.sha]))) {
      if (!component.build || builds.get(component)?.done) continue;
      let state: BuildState;
      try {
        state = await buildState(component, sha, config.branches.target, watcher!, now);
      } catch (error) {
        if (permanent(error)) return finish(asFailure(error));
        problems.push(`${component.name} build runs: ${errorMessage(error)}`);
        continue;
      }
      builds.set(component, state);
      const failed = state.runs.find((r) => r.status === 'completed' && r.conclusion !== 'success');
      if (failed) {
        for (const t of targets.filter((t) => t.component === component)) results.get(t)!.buildRuns = state.runs.map((r) => r.htmlUrl);
        return finish({
          message: `${component.name}: build "${failed.name}" of ${sha.slice(0, 7)} ${failed.conclusion}: ${failed.htmlUrl}`,
          hint: 'fix the build and re-run it; then run wait-images again',
        });
      }
    }
    await Promise.all(
      targets.map(async (target) => {
        const result = results.get(target)!;
        if (result.ready) return;
        const build = builds.get(target.component);
        result.buildRuns = build?.runs.map((r) => r.htmlUrl) ?? [];
        try {
          const check = await checkImage(target, registry(target.ref.host), memos.get(target)!, buildClock(target.component, build));
          result.digest = check.info?.digest ?? null;
          result.platforms = check.info?.platforms ?? [];
          if (check.ready && (!target.component.build || build?.done)) {
            Object.assign(result, {
              ready: true,
              readyAt: new Date(clock.now()).toISOString(),
              ...(check.matchedBy ? { matchedBy: check.matchedBy } : {}),
              ...(check.uniqueTag ? { uniqueTag: check.uniqueTag } : {}),
              ...(check.weak ? { weakEvidence: check.weak } : {}),
            });
            delete result.missing;
            logger.info(
              `✓ ${target.ref.text} is ready: ${check.info!.digest} (${check.matchedBy}) after ${formatDuration(clock.now() - started)}`,
            );
            if (check.weak) logger.warning(`${target.ref.text}: weak evidence (${check.matchedBy}): ${check.weak}`);
          } else {
            result.missing =
              build && !build.done
                ? build.line
                : (check.missing ?? (target.component.build && !build ? 'build runs not read yet' : 'waiting'));
          }
        } catch (error) {
          if (permanent(error)) fatal ??= error;
          problems.push(`${target.ref.text}: ${errorMessage(error)}`);
          result.missing = `not checked in poll ${polls}: ${errorMessage(error)}`;
        }
      }),
    );
    if (fatal) return finish(asFailure(fatal));
    if (problems.length) {
      failedPolls++;
      failedInARow++;
      logger.warning(
        `poll ${polls} failed, not ready this round (${failedInARow} in a row; ` +
          `the wait gives up after ${options.maxFailedPolls}): ${problems.join('; ')}`,
      );
      if (failedInARow >= options.maxFailedPolls) {
        return finish({
          message: `gave up after ${failedInARow} failed polls in a row: ${problems.join('; ')}`,
          hint:
            'check that the registry and GitHub are reachable; run wait-images ' +
            'again to keep waiting (--max-failed-polls to tolerate longer outages)',
        });
      }
    } else {
      failedInARow = 0;
    }
    const images = [...results.values()];
    const waiting = images.filter((i) => !i.ready);
    const elapsed = clock.now() - started;
    if (!waiting.length) {
      logger.info(`all ${images.length} image(s) ready after ${formatDuration(elapsed)}`);
      return finish();
    }
    if (elapsed >= options.timeoutMs) {
      return finish({
        message: `timed out after ${formatDuration(elapsed)}; still missing: ${waiting.map((i) => `${i.image}: ${i.missing}`).join('; ')}`,
        hint: 'check the builds and the registry; run wait-images again to keep waiting (--timeout for longer)',
      });
    }
    logger.info(progress(images, builds, elapsed, options.timeoutMs - elapsed, clock.now()));
    await clock.sleep(Math.min(interval, options.timeoutMs - elapsed));
    // Backs off up to a minute (a progress line at least every minute), never below --interval.
    interval = Math.max(options.intervalMs, Math.min(Math.round(interval * 1.5), 60_000));
  }
}
