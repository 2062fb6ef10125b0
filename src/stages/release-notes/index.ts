import { UsageError } from '../../core/errors.ts';
import { createGitHubClient } from '../../github/client.ts';
import type { StageCode, StageContext, StageRun } from '../stage.ts';
import { publishDraft, type BlogDraft } from './blog.ts';
import { collectMoved, collectPeriod, type Collection } from './collect.ts';
import { extractNote, pullName } from './extract.ts';
import { plannedFiles, writeOutput } from './files.ts';
import { mastodonThread } from './mastodon.ts';
import { parseReleaseNotesOptions, type ReleaseNotesOptions } from './options.ts';
import { dayOf, fillTemplate, labels, lastMonth, periodOf, type Period } from './period.ts';
import { renderPost, type Note } from './post.ts';
import { releaseNotesTables } from './report.ts';

export interface SkippedPull {
  name: string;
  url: string;
  reason: string;
}

export interface ReleaseNotesResult {
  /** false: no merged PR carried a note; nothing was written. */
  announce: boolean;
  message: string;
  period: { kind: Period['kind']; since: string; until: string; timezone: string; ranges?: Record<string, string> };
  title: string;
  notes: Note[];
  skipped: SkippedPull[];
  warnings: string[];
  /** The files of this run (in a dry run: the files it would write). */
  files: string[];
  post: string | null;
  thread: string[];
  blog: BlogDraft | null;
  requests: number;
}

export const releaseNotes: StageCode<ReleaseNotesOptions, ReleaseNotesResult> = {
  parseOptions: parseReleaseNotesOptions,
  run: runReleaseNotes,
};

function resolvePeriod(ctx: StageContext, options: ReleaseNotesOptions): Period {
  const { timezone } = ctx.config;
  const today = dayOf(ctx.clock.now(), timezone);
  const choice = options.choice;
  if (choice.kind === 'last-month') return lastMonth(ctx.clock.now(), timezone);
  if (choice.kind === 'moved') return periodOf('moved', today, today, timezone);
  const until = choice.until ?? today;
  if (until < choice.since)
    throw new UsageError(`--since ${choice.since} is after today (${today} in ${timezone})`, 'give a --since in the past, or --until');
  return periodOf('dates', choice.since, until, timezone);
}

async function runReleaseNotes(ctx: StageContext, options: ReleaseNotesOptions): Promise<StageRun<ReleaseNotesResult>> {
  const { config, logger, dryRun } = ctx;
  const settings = config.releaseNotes;
  const token = ctx.env.GITHUB_TOKEN;
  if (settings.blog && !dryRun && !token) {
    throw new UsageError(
      'GITHUB_TOKEN is not set: the draft pull request in releaseNotes.blog.repo needs it',
      'set GITHUB_TOKEN (action input github-token) with contents: write and pull-requests: write there, or run with --dry-run',
    );
  }
  if (!token)
    logger.warning('GITHUB_TOKEN is not set: reading public repositories anonymously (60 requests an hour, 10 searches a minute)');
  const github = createGitHubClient({ apiUrl: config.github.apiUrl, token, logger, clock: ctx.clock });
  const period = resolvePeriod(ctx, options);
  const choice = options.choice;
  const collection: Collection =
    choice.kind === 'moved'
      ? await logger.group('Collecting the PRs of the moved components', () => collectMoved(github, choice.moved, logger))
      : await logger.group(`Collecting the PRs merged from ${period.since} to ${period.until} (${period.timezone})`, () =>
          collectPeriod(github, options.components, period, config.branches.source, logger),
        );

  const label = settings.label ?? 'has-release-notes';
  const notes: Note[] = [];
  const skipped: SkippedPull[] = [];
  const warnings: string[] = [];
  for (const { component, pulls } of collection.components) {
    for (const pull of pulls) {
      const extracted = extractNote(pull, label);
      warnings.push(...extracted.warnings);
      if (extracted.note === null || extracted.source === null) {
        skipped.push({ name: pullName(pull), url: pull.url, reason: extracted.reason ?? 'no note' });
        continue;
      }
      notes.push({
        component: component.name,
        repository: pull.repository,
        number: pull.number,
        url: pull.url,
        name: pullName(pull),
        title: pull.title,
        author: pull.author,
        mergedAt: pull.mergedAt,
        note: extracted.note,
        source: extracted.source,
      });
    }
  }
  for (const warning of warnings) logger.warning(warning, 'release notes');

  const values = labels(period.until);
  const title = fillTemplate(settings.title ?? 'Packit in {month} {year}', values);
  const merged = collection.components.reduce((n, c) => n + c.pulls.length, 0);
  const periodResult: ReleaseNotesResult['period'] = {
    kind: period.kind,
    since: period.since,
    until: period.until,
    timezone: period.timezone,
    ...(choice.kind === 'moved' ? { ranges: Object.fromEntries(collection.components.map((c) => [c.component.name, c.range])) } : {}),
  };
  const base = { period: periodResult, title, notes, skipped, warnings, requests: collection.requests };
  if (!notes.length) {
    const message = `nothing to announce: ${merged} merged PR(s), none with a release note`;
    logger.info(message);
    const result: ReleaseNotesResult = { ...base, announce: false, message, files: [], post: null, thread: [], blog: null };
    return { ok: true, changed: false, result, tables: releaseNotesTables(result) };
  }

  const when = period.kind === 'moved' ? `deployed on ${period.until}` : `merged from ${period.since} to ${period.until}`;
  const post = renderPost(
    {
      title,
      date: dayOf(ctx.clock.now(), config.timezone),
      authors: settings.authors ?? [],
      tags: [`${values.year}-${values.month}`, values.year, values.month],
      intro: `Here are the release notes of the pull requests ${when}.`,
    },
    options.components.map((c) => ({ component: c.name, notes: notes.filter((n) => n.component === c.name) })),
  );
  const thread = mastodonThread(title, settings.postUrl, notes);

  let files: string[];
  let changedFiles: string[] = [];
  if (dryRun) {
    files = plannedFiles(options.out, thread);
    logger.info(`would write ${files.join(', ')}`);
  } else {
    ({ files, changed: changedFiles } = await writeOutput(options.out, post, thread));
    logger.info(changedFiles.length ? `wrote ${changedFiles.join(', ')}` : `${options.out}: the files already hold this post and thread`);
  }

  let blog: BlogDraft | null = null;
  if (settings.blog) {
    const repos = [...new Set(notes.map((n) => n.repository))].join(', ');
    blog = await logger.group(`Draft pull request in ${settings.blog.repo}`, () =>
      publishDraft(github, {
        repo: settings.blog!.repo,
        path: fillTemplate(settings.blog!.path, values),
        base: settings.blog!.base,
        title,
        content: post,
        body:
          `Release notes of the ${notes.length} pull request(s) with a note ${when} in ${repos}, collected by service-guru.\n` +
          `\nReview the post, then mark this pull request ready for review.`,
        dryRun,
        logger,
      }),
    );
  }
  const message =
    `${notes.length} note(s) from ${merged} merged PR(s) in ${thread.length} ` +
    `Mastodon post(s)${blog?.pullRequest ? `; draft ${blog.pullRequest.url}` : ''}`;
  const result: ReleaseNotesResult = { ...base, announce: true, message, files, post, thread, blog };
  return { ok: true, changed: changedFiles.length > 0 || (blog?.changed ?? false), result, tables: releaseNotesTables(result) };
}
