import { formatDuration } from '../../core/duration.ts';
import { StageError, UsageError } from '../../core/errors.ts';
import type { ReportTable } from '../../core/report.ts';
import type { Component } from '../../config/types.ts';
import { createGitHubClient } from '../../github/client.ts';
import { WorkflowRunWatcher, type WorkflowRun } from '../../github/workflow-runs.ts';
import { registryFor } from '../../registry/index.ts';
import type { RegistryClient } from '../../registry/types.ts';
import type { Stage, StageContext, StageRun } from '../stage.ts';
import { parseWaitImagesOptions, waitImagesOptionSpecs, type WaitImagesOptions } from './options.ts';
import { checkImage, type MatchedBy } from './readiness.ts';
import { imageTargets, type ImageTarget } from './targets.ts';

export interface ImageResult {
  component: string;
  image: string;
  sha: string;
  ready: boolean;
  digest: string | null;
  platforms: string[];
  matchedBy?: MatchedBy;
  uniqueTag?: string;
  buildRuns: string[];
  readyAt?: string;
  missing?: string;
}

export interface WaitImagesResult {
  images: ImageResult[];
  /** image → digest of the ready images, for the import. */
  digests: Record<string, string>;
  waitedMs: number;
  requests: { github: number; githubNotModified: number };
}

export const waitImages: Stage<WaitImagesOptions, WaitImagesResult> = {
  name: 'wait-images',
  description: 'Wait until the images of the moved components are built from the new stable and in their registry',
  options: waitImagesOptionSpecs,
  outputs: {
    images: 'JSON list: per image component, image, sha, ready, digest, platforms, matchedBy, buildRuns, readyAt, missing',
    digests: 'JSON object: image → digest of each ready image',
  },
  parseOptions: parseWaitImagesOptions,
  run: runWaitImages,
};

interface BuildState {
  done: boolean;
  runs: WorkflowRun[];
  line: string;
  /** Since when the oldest unfinished run of this component has been running. */
  runningSince?: number;
}

async function runWaitImages(ctx: StageContext, options: WaitImagesOptions): Promise<StageRun<WaitImagesResult>> {
  const { config, logger, clock } = ctx;
  // Build runs need the API; so do the heads of stable when no move result names the commits.
  const watched = config.components.filter((c) => c.images.length && (!options.moved || options.moved.some((m) => m.name === c.name)));
  const needsGitHub = watched.some((c) => c.build || (!options.moved && c.transport.kind === 'github'));
  if (needsGitHub && !ctx.env.GITHUB_TOKEN) {
    throw new UsageError('GITHUB_TOKEN is not set: build runs and stable heads are read through the GitHub API', 'set GITHUB_TOKEN (action input github-token)');
  }
  const github = needsGitHub ? createGitHubClient({ apiUrl: config.github.apiUrl, token: ctx.env.GITHUB_TOKEN, logger }) : undefined;
  const watcher = github ? new WorkflowRunWatcher(github) : undefined;
  const targets = await imageTargets(config, options.moved, github);
  const registries = new Map<string, RegistryClient>();
  const registry = (host: string): RegistryClient => {
    if (!registries.has(host)) registries.set(host, registryFor(host, config, { logger, clock }, ctx.env));
    return registries.get(host)!;
  };
  const started = clock.now();
  const results = new Map<ImageTarget, ImageResult>(targets.map((t) => [t, { component: t.component.name, image: t.ref.text, sha: t.sha, ready: false, digest: null, platforms: [], buildRuns: [], missing: 'not looked at yet' }]));
  const builds = new Map<Component, BuildState>();
  const uniqueTags = new Map<string, { digest: string; tag?: string }>();
  const finish = (error?: { message: string; hint?: string }): StageRun<WaitImagesResult> => {
    const images = [...results.values()];
    const digests = Object.fromEntries(images.filter((i) => i.ready && i.digest).map((i) => [i.image, i.digest!]));
    return {
      ok: !error,
      changed: false,
      result: { images, digests, waitedMs: clock.now() - started, requests: { github: watcher?.requests ?? 0, githubNotModified: watcher?.notModified ?? 0 } },
      tables: [table(ctx, images)],
      ...(error ? { error } : {}),
    };
  };
  if (!targets.length) {
    logger.info(options.moved ? 'no moved component has images: nothing to wait for' : 'no component has images: nothing to wait for');
    return finish();
  }
  logger.info(`waiting for ${targets.length} image(s): ${targets.map((t) => `${t.ref.text} @ ${t.sha.slice(0, 7)}`).join(', ')}`);
  let interval = options.intervalMs;
  for (;;) {
    const now = clock.now();
    // One commit per component: its images are all built from the same one.
    for (const [component, sha] of new Map(targets.map((t) => [t.component, t.sha]))) {
      if (!component.build || builds.get(component)?.done) continue;
      const state = await buildState(component, sha, config.branches.target, watcher!, now);
      builds.set(component, state);
      const failed = state.runs.find((r) => r.status === 'completed' && r.conclusion !== 'success');
      if (failed) {
        for (const t of targets.filter((t) => t.component === component)) results.get(t)!.buildRuns = state.runs.map((r) => r.htmlUrl);
        return finish({ message: `${component.name}: build "${failed.name}" of ${sha.slice(0, 7)} ${failed.conclusion}: ${failed.htmlUrl}`, hint: 'fix the build and re-run it; then run wait-images again' });
      }
    }
    await Promise.all(
      targets.map(async (target) => {
        const result = results.get(target)!;
        if (result.ready) return;
        const build = builds.get(target.component);
        result.buildRuns = build?.runs.map((r) => r.htmlUrl) ?? [];
        const buildStartedAt = build?.done && build.runs.length ? Math.min(...build.runs.map((r) => r.startedAt)) : undefined;
        const check = await checkImage(target, registry(target.ref.host), uniqueTags, buildStartedAt);
        result.digest = check.info?.digest ?? null;
        result.platforms = check.info?.platforms ?? [];
        if (check.ready && (!build || build.done)) {
          Object.assign(result, { ready: true, readyAt: new Date(clock.now()).toISOString(), ...(check.matchedBy ? { matchedBy: check.matchedBy } : {}), ...(check.uniqueTag ? { uniqueTag: check.uniqueTag } : {}) });
          delete result.missing;
          logger.info(`✓ ${target.ref.text} is ready: ${check.info!.digest} (${check.matchedBy}) after ${formatDuration(clock.now() - started)}`);
        } else {
          result.missing = build && !build.done ? build.line : check.missing ?? 'waiting';
        }
      }),
    );
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
    const pause = Math.min(interval, options.timeoutMs - elapsed);
    await clock.sleep(pause);
    // Backs off, but stays at most a minute: a progress line comes at least every minute.
    interval = Math.min(Math.round(interval * 1.5), 60_000);
  }
}

async function buildState(component: Component, sha: string, branch: string, watcher: WorkflowRunWatcher, now: number): Promise<BuildState> {
  const repo = component.transport.kind === 'github' ? component.transport.repo : '';
  const runs: WorkflowRun[] = [];
  const parts: string[] = [];
  let done = true;
  let runningSince: number | undefined;
  for (const workflow of component.build!.workflows) {
    const all = await watcher.runs(repo, workflow, sha, branch);
    const latest = all.sort((a, b) => b.id - a.id)[0];
    if (!latest) {
      done = false;
      parts.push(`${workflow}: no run for ${sha.slice(0, 7)} yet`);
      continue;
    }
    runs.push(latest);
    if (latest.status !== 'completed') {
      done = false;
      runningSince = Math.min(runningSince ?? Infinity, latest.startedAt);
      parts.push(`${workflow} ${latest.status} for ${formatDuration(Math.max(0, now - latest.startedAt))}`);
    }
  }
  if (!component.build!.workflows.length) throw new StageError(`${component.name}: build.workflows is empty`);
  return { done, runs, line: parts.join('; ') || 'build finished', ...(runningSince !== undefined ? { runningSince } : {}) };
}

function progress(images: ImageResult[], builds: Map<Component, BuildState>, elapsed: number, left: number, now: number): string {
  const ready = images.filter((i) => i.ready);
  const unfinished = [...builds.entries()].filter(([, b]) => !b.done);
  const running = unfinished.map(([c, b]) => `${c.name} (${b.line})`);
  const waiting = images.filter((i) => !i.ready).map((i) => `${i.image}: ${i.missing}`);
  const slowest = unfinished
    .filter(([, b]) => b.runningSince !== undefined)
    .sort(([, a], [, b]) => a.runningSince! - b.runningSince!)[0];
  return [
    `${ready.length}/${images.length} image(s) ready${ready.length ? ` (${ready.map((i) => i.image).join(', ')})` : ''}`,
    ...(running.length ? [`building: ${running.join(', ')}`] : []),
    ...(slowest ? [`slowest: ${slowest[0].name}, building for ${formatDuration(Math.max(0, now - slowest[1].runningSince!))}`] : []),
    `waiting: ${waiting.join('; ')}`,
    `elapsed ${formatDuration(elapsed)}, ${formatDuration(left)} left`,
  ].join(' | ');
}

function table(ctx: StageContext, images: ImageResult[]): ReportTable {
  return {
    title: `Images of ${ctx.config.deployment}`,
    headers: ['Image', 'Commit', 'Ready', 'Digest', 'Platforms', 'Build', 'Ready at / missing'],
    rows: images.map((i) => [
      i.image,
      i.sha.slice(0, 7),
      i.ready ? `✅ ${i.matchedBy}` : '⏳ no',
      i.digest ? i.digest.slice(0, 19) : '',
      i.platforms.join(', '),
      i.buildRuns[0] ? { text: 'run', href: i.buildRuns[0] } : '',
      i.ready ? i.readyAt! : i.missing ?? '',
    ]),
  };
}
