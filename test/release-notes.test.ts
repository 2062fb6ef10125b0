import { afterAll, beforeAll, beforeEach, describe, expect, test } from '@jest/globals';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { GitHubDouble, type PullState } from '../src/standins/github.ts';
import { extractNote } from '../src/stages/release-notes/extract.ts';
import { mastodonLength, mastodonThread } from '../src/stages/release-notes/mastodon.ts';
import { lastMonth, periodOf } from '../src/stages/release-notes/period.ts';
import { releaseNotesTables } from '../src/stages/release-notes/report.ts';
import { tableToMarkdown } from '../src/core/report.ts';
import type { Note } from '../src/stages/release-notes/post.ts';
import { runCli, tempDir, writeConfig } from './helpers/cli.ts';
import { TestClock } from './helpers/clock.ts';

const github = new GitHubDouble();
beforeAll(async () => void (await github.start()));
afterAll(async () => github.stop());

/** 2026-12-01 10:00 in Prague: "last month" is November. */
const clock = new TestClock('2026-12-01T09:00:00Z');
const env = (): Record<string, string> => ({ GITHUB_TOKEN: github.token });

type PullInput = Omit<PullState, 'repo' | 'draft' | 'updatedAt' | 'state' | 'createdAt' | 'base' | 'head' | 'commits' | 'mergeCommitSha'> &
  Partial<PullState>;
function pull(repo: string, p: PullInput): void {
  github.addPull(repo, {
    state: 'closed',
    createdAt: '2026-10-25T08:00:00Z',
    base: 'main',
    head: `topic-${p.number}`,
    commits: [],
    mergeCommitSha: null,
    ...p,
  });
}

let sha: Record<string, string>;
const LONG = Array.from(
  { length: 9 },
  (_, i) =>
    `Step ${i + 1} of the new onboarding is described in detail at ` +
    `https://packit.dev/docs/onboarding/step-${i + 1} and it works with every forge we support.`,
).join(' ');

/** packit/packit: every kind of PR the collection must tell apart, on a real commit graph. */
function seed(): void {
  github.repos.clear();
  github.requests.length = 0;
  github.maxPerPage = 100;
  github.addRepo('packit/ogr');
  const P = 'packit/packit';
  const repo = github.addRepo(P);
  const c = (message: string, parents: string[]) => github.commit(P, message, parents, '2026-11-01T00:00:00Z');
  const b0 = c('Initial', []);
  const s0 = c('Drop Python 3.9 (#2399)', [b0]);
  const p1 = c('wip: fmf', [s0]);
  const p2 = c('fmf: docs', [p1]);
  const s1 = c('Support fmf tests (#2401)', [s0]);
  const c1 = c('Fix the crash', [s1]);
  const c2 = c('Add a test', [c1]);
  const m2 = c('Merge pull request #2402 from nforro/autorelease', [s1, c2]);
  const r1 = c('Refactor the config', [m2]);
  const r2 = c('Refactor the jobs', [r1]);
  const s4 = c('Allow chroots in build in-copr (#2404)', [r2]);
  const s5 = c('Bump deps (#2405)', [s4]);
  const s6 = c('Sync the Release field (#2406)', [s5]);
  const x7 = c('Stacked on fmf', [s1]);
  const s10 = c('December change (#2410)', [s6]);
  repo.branches.set('main', s10);
  sha = { b0, s0, p1, p2, s1, c1, c2, m2, r1, r2, s4, s5, s6, x7, s10 };
  const notes = (text: string) => `RELEASE NOTES BEGIN\n${text}\nRELEASE NOTES END`;
  // 23:30 UTC on 31 October is 00:30 on 1 November in Prague: inside the period.
  pull(P, {
    number: 2399,
    title: 'Drop Python 3.9',
    body: notes('Python 3.9 is no longer supported.'),
    author: 'mfocko',
    labels: ['has-release-notes'],
    mergedAt: '2026-10-31T23:30:00Z',
    commits: [s0],
    mergeCommitSha: s0,
  });
  pull(P, {
    number: 2401,
    title: 'Support fmf tests',
    author: 'lbarczio',
    labels: ['has-release-notes'],
    mergedAt: '2026-11-03T10:00:00Z',
    commits: [p1, p2],
    mergeCommitSha: s1,
    body:
      'Adds fmf support.\r\n\r\nRELEASE NOTES BEGIN\r\n' +
      'Packit now supports [`fmf`](https://packit.dev/docs/configuration#fmf) tests in **Testing Farm**.\r\nRELEASE NOTES END\r\n',
  });
  pull(P, {
    number: 2402,
    title: 'Fix autorelease crash',
    author: 'nforro',
    labels: [],
    mergedAt: '2026-11-05T10:00:00Z',
    commits: [c1, c2],
    mergeCommitSha: m2,
    body: 'Fixes #2300\n\nRELEASE NOTES BEGIN\nWe have fixed a crash of `propose-downstream` for specfiles\nthat use `%autorelease`.\n',
  });
  pull(P, {
    number: 2403,
    title: 'Refactor',
    body: notes('n/a'),
    author: 'majamassarini',
    labels: [],
    mergedAt: '2026-11-10T10:00:00Z',
    commits: [r1, r2],
    mergeCommitSha: r2,
  });
  pull(P, {
    number: 2404,
    title: 'Allow `packit build in-copr` to set the Copr chroots',
    body: 'Small thing.',
    author: 'lachmanfrantisek',
    labels: ['has-release-notes'],
    mergedAt: '2026-11-12T10:00:00Z',
    commits: [s4],
    mergeCommitSha: s4,
  });
  pull(P, {
    number: 2405,
    title: 'Bump deps',
    body: 'RELEASE NOTES BEGIN\r\n\r\nRELEASE NOTES END',
    author: 'renovate',
    labels: [],
    mergedAt: '2026-11-14T10:00:00Z',
    commits: [s5],
    mergeCommitSha: s5,
  });
  pull(P, {
    number: 2406,
    title: 'Sync Release',
    body: notes('Packit can now sync the `Release` field.\n\nTODO: link the docs'),
    author: 'lbarczio',
    labels: [],
    mergedAt: '2026-11-15T10:00:00Z',
    commits: [s6],
    mergeCommitSha: s6,
  });
  pull(P, {
    number: 2407,
    title: 'Stacked',
    body: notes('Not merged yet.'),
    author: 'lbarczio',
    labels: [],
    state: 'open',
    createdAt: '2026-11-20T10:00:00Z',
    mergedAt: null,
    commits: [s1, x7],
  });
  pull(P, {
    number: 2408,
    title: 'Rejected',
    body: notes('Closed without merging.'),
    author: 'someone',
    labels: [],
    createdAt: '2026-11-02T10:00:00Z',
    mergedAt: null,
    commits: [],
  });
  // 23:30 UTC on 30 November is already 1 December in Prague: outside.
  pull(P, {
    number: 2410,
    title: 'December',
    body: notes('Merged in December, Prague time.'),
    author: 'mfocko',
    labels: [],
    mergedAt: '2026-11-30T23:30:00Z',
    commits: [s10],
    mergeCommitSha: s10,
  });

  const S = 'packit/packit-service';
  github.addRepo(S);
  const long = LONG;
  const service: Array<[number, string, string]> = [
    [3089, 'The dashboard now shows the Koji builds of each pipeline.', '2026-11-04T10:00:00Z'],
    [3090, long, '2026-11-06T10:00:00Z'],
    [
      3091,
      'Retriggering with `/packit test` now reruns only the failed Testing Farm jobs instead of all of them, ' +
        'which saves a lot of time for projects with many targets and makes the results page easier to read.',
      '2026-11-07T10:00:00Z',
    ],
    [
      3092,
      'We have improved the messages of failed Copr builds: they now name the chroot, the build ID and link ' +
        'the build log directly, so there is no need to click through the dashboard to find out what went wrong.',
      '2026-11-08T10:00:00Z',
    ],
    [3093, 'Ünïcödé and emoji 🎉 survive in notes.', '2026-11-09T10:00:00Z'],
  ];
  for (const [number, note, mergedAt] of service)
    pull(S, { number, title: `Change ${number}`, body: notes(note), author: 'lbarczio', labels: [], mergedAt });
  pull(S, {
    number: 3095,
    title: 'pre-commit autoupdate',
    body: 'Automatic update.',
    author: 'pre-commit-ci[bot]',
    labels: [],
    mergedAt: '2026-11-09T12:00:00Z',
  });

  const blog = github.addRepo('packit/packit.dev');
  blog.branches.set('main', github.commit('packit/packit.dev', 'Blog', [], '2026-01-01T00:00:00Z', { 'README.md': '# packit.dev\n' }));
}

beforeEach(seed);

function config(extra = ''): string {
  return writeConfig(
    tempDir('sg-notes-'),
    `deployment: prod
timezone: Europe/Prague
github: { apiUrl: ${github.url} }
components:
  - { name: ogr, repo: packit/ogr }
  - { name: packit, repo: packit/packit }
  - { name: packit-service, repo: packit/packit-service }
releaseNotes:
  authors: [lbarczio, mfocko]
  postUrl: https://packit.dev/posts/2026-november
  blog: { repo: packit/packit.dev, path: "posts/{year}/{month}.md" }
${extra}`,
  );
}

const link = (repo: string, n: number) => `([${repo}#${n}](https://github.com/packit/${repo}/pull/${n}))`;
const PACKIT_SECTION = [
  '## packit',
  '',
  `- Python 3.9 is no longer supported. ${link('packit', 2399)}`,
  `- Packit now supports [\`fmf\`](https://packit.dev/docs/configuration#fmf) tests in **Testing Farm**. ${link('packit', 2401)}`,
  '- We have fixed a crash of `propose-downstream` for specfiles',
  `  that use \`%autorelease\`. ${link('packit', 2402)}`,
  `- Allow \`packit build in-copr\` to set the Copr chroots ${link('packit', 2404)}`,
  `- Packit can now sync the \`Release\` field. ${link('packit', 2406)}`,
].join('\n');

/** Mastodon's rule, written independently: code points, each http(s) link as 23. */
function mastodonCount(text: string): number {
  return [...text.replace(/https?:\/\/\S+/g, (url) => 'x'.repeat(23) + url.slice(url.replace(/[.,;:!?)'"]+$/, '').length))].length;
}

function checkThread(thread: string[], expectedBlocks: string[]): void {
  const n = thread.length;
  thread.forEach((post, i) => {
    expect(mastodonCount(post)).toBeLessThanOrEqual(500);
    if (n > 1) expect(post.endsWith(`\n\n${i + 1}/${n}`)).toBe(true);
  });
  // Joined at whitespace, the posts give back every block word for word: nothing cut, nothing lost.
  const words = thread
    .map((p) => (n > 1 ? p.slice(0, p.lastIndexOf('\n\n')) : p))
    .join(' ')
    .split(/\s+/);
  expect(words).toEqual(expectedBlocks.join(' ').split(/\s+/));
}

describe('release-notes over a period', () => {
  test('collects the notes of November in Prague, writes the exact post and thread, opens a draft PR', async () => {
    github.maxPerPage = 7;
    github.queries.length = 0;
    const out = path.join(tempDir('sg-out-'), 'notes');
    const run = await runCli(
      ['release-notes', '--config', config(), '--json', '--since', '2026-11-01', '--until', '2026-11-30', '--out', out],
      env(),
      { clock },
    );
    expect(run.code).toBe(0);
    const post = readFileSync(path.join(out, 'post.md'), 'utf8');
    expect(post).toBe(
      [
        '---',
        'title: "Packit in November 2026"',
        'date: 2026-12-01',
        'authors: [lbarczio, mfocko]',
        'tags: [2026-November, 2026, November]',
        '---',
        '',
        'Here are the release notes of the pull requests merged from 2026-11-01 to 2026-11-30.',
        '',
        PACKIT_SECTION,
        '',
        '## packit-service',
        '',
        `- The dashboard now shows the Koji builds of each pipeline. ${link('packit-service', 3089)}`,
        `- ${LONG} ${link('packit-service', 3090)}`,
        `- Retriggering with \`/packit test\` now reruns only the failed Testing Farm jobs instead of all of them, which saves ` +
          `a lot of time for projects with many targets and makes the results page easier to read. ${link('packit-service', 3091)}`,
        `- We have improved the messages of failed Copr builds: they now name the chroot, the build ID and link the build log ` +
          `directly, so there is no need to click through the dashboard to find out what went wrong. ${link('packit-service', 3092)}`,
        `- Ünïcödé and emoji 🎉 survive in notes. ${link('packit-service', 3093)}`,
        '',
      ].join('\n'),
    );
    expect(post).not.toMatch(/\r|RELEASE NOTES|TODO|Not merged|Closed without|December, Prague/);
    // One search for all three repositories, in UTC for Prague's November, every page read.
    const searches = github.requests.filter((r) => r.path === '/search/issues');
    expect(searches.length).toBe(2); // 13 matches, 7 a page
    expect(new Set(github.queries)).toEqual(
      new Set([
        'repo:packit/ogr repo:packit/packit repo:packit/packit-service is:pr ' +
          'is:merged base:main merged:2026-10-31T23:00:00Z..2026-11-30T22:59:59Z',
      ]),
    );
    const { result } = run.json;
    expect(result.period).toEqual({ kind: 'dates', since: '2026-11-01', until: '2026-11-30', timezone: 'Europe/Prague' });
    expect(result.notes.map((n: Note) => n.name)).toEqual([
      'packit#2399',
      'packit#2401',
      'packit#2402',
      'packit#2404',
      'packit#2406',
      'packit-service#3089',
      'packit-service#3090',
      'packit-service#3091',
      'packit-service#3092',
      'packit-service#3093',
    ]);
    expect(result.notes[1]).toMatchObject({
      author: 'lbarczio',
      url: 'https://github.com/packit/packit/pull/2401',
      source: 'markers',
      mergedAt: '2026-11-03T10:00:00Z',
    });
    expect(result.notes[3]).toMatchObject({ source: 'title', author: 'lachmanfrantisek' });
    expect(result.skipped.map((s: { name: string; reason: string }) => `${s.name}: ${s.reason}`)).toEqual([
      'packit#2403: "n/a"',
      'packit#2405: empty release notes block',
      'packit-service#3095: no release notes block',
    ]);
    expect(result.warnings).toEqual([
      'packit#2402: RELEASE NOTES END is missing; the note runs to the end of the description (check it)',
      'packit#2404 has the label has-release-notes but no RELEASE NOTES BEGIN/END block: ' +
        'its title "Allow `packit build in-copr` to set the Copr chroots" is used as the note',
      'packit#2406: left out "TODO: link the docs" (placeholder TODO); finish the note in the PR description',
    ]);
    expect(run.stderr).toContain('warning: release notes: packit#2404 has the label');

    // The thread: title and link first, then every note, each post within Mastodon's limit.
    const thread: string[] = result.thread;
    expect(thread.length).toBeGreaterThan(3);
    expect(thread[0]!.startsWith('Packit in November 2026\n\nhttps://packit.dev/posts/2026-november\n\n')).toBe(true);
    checkThread(thread, [
      'Packit in November 2026 https://packit.dev/posts/2026-november',
      '• packit: Python 3.9 is no longer supported. https://github.com/packit/packit/pull/2399',
      '• packit: Packit now supports `fmf` (https://packit.dev/docs/configuration#fmf) ' +
        'tests in Testing Farm. https://github.com/packit/packit/pull/2401',
      '• packit: We have fixed a crash of `propose-downstream` for specfiles ' +
        'that use `%autorelease`. https://github.com/packit/packit/pull/2402',
      '• packit: Allow `packit build in-copr` to set the Copr chroots https://github.com/packit/packit/pull/2404',
      '• packit: Packit can now sync the `Release` field. https://github.com/packit/packit/pull/2406',
      '• packit-service: The dashboard now shows the Koji builds of each pipeline. https://github.com/packit/packit-service/pull/3089',
      `• packit-service: ${LONG} https://github.com/packit/packit-service/pull/3090`,
      ...result.notes.slice(7).map((n: Note) => `• packit-service: ${n.note.replace(/\s+/g, ' ')} ${n.url}`),
    ]);
    // The long note did not fit one post: it goes on in the next, between words.
    expect(thread.filter((p) => !p.startsWith('•') && !p.startsWith('Packit in')).length).toBeGreaterThan(0);
    const files = readdirSync(out).sort();
    expect(files).toEqual(['post.md', ...thread.map((_, i) => `mastodon-${i + 1}.txt`)].sort());
    expect(readFileSync(path.join(out, 'mastodon-1.txt'), 'utf8')).toBe(thread[0] + '\n');
    expect(result.files).toEqual([path.join(out, 'post.md'), ...thread.map((_, i) => path.join(out, `mastodon-${i + 1}.txt`))]);

    // The draft PR in the blog: its own branch from main, the post as the file, draft: true.
    const blog = github.repos.get('packit/packit.dev')!;
    expect(blog.pulls).toHaveLength(1);
    expect(blog.pulls[0]).toMatchObject({
      title: 'Packit in November 2026',
      draft: true,
      state: 'open',
      base: 'main',
      head: 'service-guru/release-notes/posts-2026-november',
    });
    expect(github.file('packit/packit.dev', 'service-guru/release-notes/posts-2026-november', 'posts/2026/November.md')).toBe(post);
    expect(github.file('packit/packit.dev', 'main', 'posts/2026/November.md')).toBeUndefined();
    expect(result.blog).toMatchObject({
      branchAction: 'created',
      fileAction: 'created',
      pullAction: 'created',
      pullRequest: { number: 1 },
    });
    expect(run.json.changed).toBe(true);
    // The job summary: the table of notes, then the post itself as Markdown, without front matter.
    const summary = releaseNotesTables(result).map(tableToMarkdown).join('\n');
    expect(summary).toContain(
      '| packit | [packit#2399](https://github.com/packit/packit/pull/2399) | @mfocko | Python 3.9 is no longer supported. |',
    );
    expect(summary).toContain(
      '| packit | [packit#2404](https://github.com/packit/packit/pull/2404) | ' +
        '@lachmanfrantisek | Allow `packit build in-copr` to set the Copr chroots (the PR title) |',
    );
    expect(summary).toContain(
      `# Packit in November 2026\n\n` +
        `Here are the release notes of the pull requests merged from 2026-11-01 to 2026-11-30.\n\n${PACKIT_SECTION}\n`,
    );
    expect(summary).not.toContain('tags:');
  });
});

describe('release-notes re-runs, dry runs and the default period', () => {
  const since = ['--since', '2026-11-01', '--until', '2026-11-30'];
  const writes = () => github.requests.filter((r) => r.method !== 'GET');

  test('a re-run updates the draft PR it opened, never a second one; an unchanged re-run writes nothing', async () => {
    // After a deployment: no search, so no wait for GitHub's search pacing between the runs.
    const moved = () => [
      '--moved',
      JSON.stringify({ components: [{ name: 'packit', status: 'moved', previous: sha.b0, current: sha.s6 }] }),
    ];
    const out = tempDir('sg-out-');
    const file = config();
    const first = await runCli(['release-notes', '--config', file, '--json', ...moved(), '--out', out], env(), { clock });
    expect(first.json.result.blog).toMatchObject({ pullAction: 'created', pullRequest: { number: 1 } });
    // The author fixes a note after the draft was opened; the stage runs again.
    github.repos.get('packit/packit')!.pulls.find((p) => p.number === 2399)!.body =
      'RELEASE NOTES BEGIN\nPython 3.9 and 3.10 are no longer supported.\nRELEASE NOTES END';
    github.requests.length = 0;
    const second = await runCli(['release-notes', '--config', file, '--json', ...moved(), '--out', out], env(), { clock });
    expect(second.code).toBe(0);
    expect(second.json.result.blog).toMatchObject({
      branchAction: 'exists',
      fileAction: 'updated',
      pullAction: 'unchanged',
      pullRequest: { number: 1 },
    });
    expect(writes().map((r) => `${r.method} ${r.path}`)).toEqual(['PUT /repos/packit/packit.dev/contents/posts/2026/December.md']);
    // The update names the blob it replaces, as the contents API requires.
    expect(JSON.parse(writes()[0]!.body).sha).toMatch(/^[0-9a-f]{40}$/);
    const blog = github.repos.get('packit/packit.dev')!;
    expect(blog.pulls).toHaveLength(1);
    expect(github.file('packit/packit.dev', 'service-guru/release-notes/posts-2026-december', 'posts/2026/December.md')).toContain(
      '- Python 3.9 and 3.10 are no longer supported. ([packit#2399]',
    );
    expect(readFileSync(path.join(out, 'post.md'), 'utf8')).toContain('Python 3.9 and 3.10');
    expect(second.json.changed).toBe(true);

    github.requests.length = 0;
    const third = await runCli(['release-notes', '--config', file, '--json', ...moved(), '--out', out], env(), { clock });
    expect(third.json.result.blog).toMatchObject({ fileAction: 'unchanged', pullAction: 'unchanged' });
    expect(writes()).toEqual([]);
    expect(third.json.changed).toBe(false);

    // The draft is merged and its branch deleted: the post is on main, so nothing is opened again.
    const post = readFileSync(path.join(out, 'post.md'), 'utf8');
    blog.branches.set(
      'main',
      github.commit('packit/packit.dev', 'Merge the post', [blog.branches.get('main')!], '2026-12-02T00:00:00Z', {
        'posts/2026/December.md': post,
      }),
    );
    blog.branches.delete('service-guru/release-notes/posts-2026-december');
    Object.assign(blog.pulls[0]!, { state: 'closed', mergedAt: '2026-12-02T00:00:00Z' });
    github.requests.length = 0;
    const fourth = await runCli(['release-notes', '--config', file, '--json', ...moved(), '--out', out], env(), { clock });
    expect(fourth.json.result.blog).toMatchObject({
      branchAction: 'not needed',
      fileAction: 'unchanged',
      pullAction: 'already merged',
      pullRequest: null,
    });
    expect(writes()).toEqual([]);
    expect(blog.pulls).toHaveLength(1);
  });

  test('a new title for the same post updates the open draft PR (PATCH), still one PR', async () => {
    const moved = ['--moved', JSON.stringify({ components: [{ name: 'packit', status: 'moved', previous: sha.b0, current: sha.s6 }] })];
    const out = tempDir('sg-out-');
    const first = await runCli(['release-notes', '--config', config(), '--json', ...moved, '--out', out], env(), { clock });
    expect(first.json.result.blog).toMatchObject({ pullAction: 'created', pullRequest: { number: 1 } });
    github.requests.length = 0;
    const renamed = config('  title: "Week {week} in Packit"');
    const second = await runCli(['release-notes', '--config', renamed, '--json', ...moved, '--out', out], env(), { clock });
    expect(second.code).toBe(0);
    expect(second.json.result.blog).toMatchObject({ fileAction: 'updated', pullAction: 'updated', pullRequest: { number: 1 } });
    expect(writes().map((r) => `${r.method} ${r.path}`)).toEqual([
      'PUT /repos/packit/packit.dev/contents/posts/2026/December.md',
      'PATCH /repos/packit/packit.dev/pulls/1',
    ]);
    const blog = github.repos.get('packit/packit.dev')!;
    expect(blog.pulls).toHaveLength(1);
    expect(blog.pulls[0]).toMatchObject({ title: 'Week 49 in Packit', draft: true, state: 'open' });
  });

  test('--dry-run reads everything, says what it would do and changes nothing', async () => {
    const out = path.join(tempDir('sg-out-'), 'notes');
    const run = await runCli(['release-notes', '--config', config(), '--json', '--dry-run', ...since, '--out', out], {}, { clock });
    expect(run.code).toBe(0);
    expect(writes()).toEqual([]);
    expect(existsSync(out)).toBe(false);
    const { result } = run.json;
    expect(result.blog).toMatchObject({
      branchAction: 'would create',
      fileAction: 'would create',
      pullAction: 'would create',
      pullRequest: null,
    });
    expect(result.files).toEqual([
      path.join(out, 'post.md'),
      ...result.thread.map((_: string, i: number) => path.join(out, `mastodon-${i + 1}.txt`)),
    ]);
    expect(result.post).toContain(PACKIT_SECTION);
    expect(run.stderr).toContain('packit/packit.dev: would create branch service-guru/release-notes/posts-2026-november from main');
    expect(run.stderr).toContain(
      'packit/packit.dev: would open a draft pull request service-guru/release-notes/posts-2026-november → main: "Packit in November 2026"',
    );
    expect(run.stderr).toContain(`would write ${path.join(out, 'post.md')}`);
    expect(run.json).toMatchObject({ ok: true, dryRun: true, changed: false });
  });

  test('without a period: the last calendar month in the configured timezone, same notes', async () => {
    const run = await runCli(
      ['release-notes', '--config', config('  title: "{month} {year} (week {week})"'), '--json', '--dry-run', '--out', tempDir()],
      env(),
      { clock },
    );
    expect(run.code).toBe(0);
    expect(run.json.result.period).toEqual({ kind: 'last-month', since: '2026-11-01', until: '2026-11-30', timezone: 'Europe/Prague' });
    expect(run.json.result.title).toBe('November 2026 (week 49)'); // 30 November 2026 is a Monday
    expect(run.json.result.post).toContain(PACKIT_SECTION);
  });

  test('no notes: "nothing to announce", no post, no files, no pull request', async () => {
    const out = path.join(tempDir('sg-out-'), 'notes');
    const run = await runCli(
      ['release-notes', '--config', config(), '--json', '--since', '2026-11-10', '--until', '2026-11-11', '--out', out],
      env(),
      { clock },
    );
    expect(run.code).toBe(0);
    expect(run.json.result).toMatchObject({
      announce: false,
      message: 'nothing to announce: 1 merged PR(s), none with a release note',
      post: null,
      thread: [],
      files: [],
      blog: null,
    });
    expect(run.json.result.skipped).toEqual([{ name: 'packit#2403', url: 'https://github.com/packit/packit/pull/2403', reason: '"n/a"' }]);
    expect(existsSync(out)).toBe(false);
    expect(writes()).toEqual([]);
    expect(run.json.changed).toBe(false);
    expect(releaseNotesTables(run.json.result).map(tableToMarkdown).join('\n')).toContain(
      '**Nothing to announce**: 1 merged PR(s), none with a release note.',
    );
  });
});

describe('release-notes after move-stable', () => {
  test('the PRs between the previous and the new stable: squash, merge and rebase commits, each PR once', async () => {
    github.maxPerPage = 2;
    const moved = JSON.stringify({
      components: [
        { name: 'ogr', repository: 'packit/ogr', status: 'unchanged', previous: sha.b0, current: sha.b0 },
        { name: 'packit', repository: 'packit/packit', status: 'moved', previous: sha.b0, current: sha.s6 },
      ],
      moved: ['packit'],
    });
    const out = tempDir('sg-out-');
    const run = await runCli(
      ['release-notes', '--config', config('  title: "Week {week} in Packit"'), '--json', '--moved', moved, '--out', out],
      env(),
      { clock },
    );
    expect(run.code).toBe(0);
    const { result } = run.json;
    expect(result.period).toEqual({
      kind: 'moved',
      since: '2026-12-01',
      until: '2026-12-01',
      timezone: 'Europe/Prague',
      ranges: { packit: `${sha.b0!.slice(0, 7)}..${sha.s6!.slice(0, 7)}` },
    });
    expect(result.title).toBe('Week 49 in Packit');
    expect(result.notes.map((n: Note) => n.name)).toEqual(['packit#2399', 'packit#2401', 'packit#2402', 'packit#2404', 'packit#2406']);
    expect(result.skipped.map((s: { name: string }) => s.name)).toEqual(['packit#2403', 'packit#2405']);
    expect(readFileSync(path.join(out, 'post.md'), 'utf8')).toContain(
      `Here are the release notes of the pull requests deployed on 2026-12-01.\n\n${PACKIT_SECTION}\n`,
    );
    // The first-parent line only: the commits inside the merged branch of #2402 are not asked about.
    const asked = github.requests.filter((r) => /\/commits\/[0-9a-f]{40}\/pulls$/.test(r.path)).map((r) => r.path.split('/')[5]);
    expect(new Set(asked)).toEqual(new Set([sha.s0, sha.s1, sha.m2, sha.r1, sha.r2, sha.s4, sha.s5, sha.s6]));
    // Every page of the compare: 10 commits, 2 a page.
    expect(github.count('GET', /\/compare\//)).toBe(5);
    expect(asked.filter((s) => s === sha.s1)).toHaveLength(1);
    expect(result.blog).toMatchObject({ path: 'posts/2026/December.md', pullAction: 'created' });
    checkThread(result.thread, [
      'Week 49 in Packit https://packit.dev/posts/2026-november',
      ...result.notes.map(
        (n: Note) =>
          `• packit: ${n.note
            .replace(/\[`fmf`\]\((\S+)\)/, '`fmf` ($1)')
            .replace(/\*\*/g, '')
            .replace(/\s+/g, ' ')} ${n.url}`,
      ),
    ]);
  });

  test('nothing moved: nothing to announce, without a request', async () => {
    const moved = JSON.stringify({ components: [{ name: 'packit', status: 'unchanged', previous: sha.s6, current: sha.s6 }] });
    const run = await runCli(['release-notes', '--config', config(), '--json', '--moved', moved, '--out', tempDir()], env(), { clock });
    expect(run.json.result).toMatchObject({ announce: false, message: 'nothing to announce: 0 merged PR(s), none with a release note' });
    expect(github.requests).toEqual([]);
  });
});

describe('release-notes refuses bad input before anything runs', () => {
  test.each([
    [['--since', '2026-11-31'], '--since: "2026-11-31" is not a date'],
    [['--since', '2026-11-10', '--until', '2026-11-01'], '--until 2026-11-01 is before --since 2026-11-10'],
    [['--until', '2026-11-01'], '--until needs --since'],
    [['--moved', '{}', '--since', '2026-11-01'], '--moved and --since/--until exclude each other'],
    [['--moved', 'nope'], '--moved: not JSON'],
    [
      ['--moved', '{"components":[{"name":"packit","status":"moved","previous":"abc","current":null}]}'],
      '--moved: component "packit" has no full commit SHA in "previous"',
    ],
  ])('%j', async (args, message) => {
    const run = await runCli(['release-notes', '--config', config(), '--json', ...args], env(), { clock });
    expect(run.code).toBe(2);
    expect(run.json.error!.message).toBe(message);
    expect(github.requests).toEqual([]);
  });

  test('a component without a repo, a bad timezone, a blog without a token', async () => {
    const dir = tempDir();
    const noRepo = writeConfig(
      dir,
      `deployment: prod\ncomponents:\n  - { name: specfile, remote: https://example.org/specfile.git }\n` +
        `releaseNotes: { components: [specfile] }\n`,
    );
    const a = await runCli(['release-notes', '--config', noRepo, '--json'], env(), { clock });
    expect(a.code).toBe(2);
    expect(a.json.error).toEqual({
      message: 'releaseNotes.components: "specfile" has no repo; pull requests are read through the GitHub API',
      hint: 'give components[0] a repo: owner/name, or leave it out of releaseNotes.components',
    });
    const zoned = config();
    writeFileSync(zoned, readFileSync(zoned, 'utf8').replace('timezone: Europe/Prague', 'timezone: Europe/Praha'));
    const badZone = await runCli(['release-notes', '--config', zoned, '--json'], env(), { clock });
    expect(badZone.code).toBe(2);
    expect(badZone.json.error!.message).toMatch(
      /timezone \(line \d+\): "Europe\/Praha" is not an IANA time zone; write e\.g\. timezone: Europe\/Prague/,
    );
    const b = await runCli(['release-notes', '--config', config(), '--json'], {}, { clock });
    expect(b.code).toBe(2);
    expect(b.json.error!.message).toMatch(/^GITHUB_TOKEN is not set: the draft pull request in releaseNotes.blog.repo needs it/);
    expect(github.requests).toEqual([]);
  });
});

describe('pieces', () => {
  const note = (n: number, text: string): Note => ({
    component: 'packit',
    repository: 'packit/packit',
    number: n,
    url: `https://github.com/packit/packit/pull/${n}`,
    name: `packit#${n}`,
    title: '',
    author: 'a',
    mergedAt: '',
    note: text,
    source: 'markers',
  });

  test('a thread of many notes: numbered, within the limit, every word and link whole', () => {
    const words = [
      'Packit',
      'now',
      'supports',
      'Ünïcödé',
      '🎉',
      'https://packit.dev/a/very/long/link/that/counts/as/twenty-three/characters/only',
      'builds.',
      'x'.repeat(40),
    ];
    const notes = Array.from({ length: 60 }, (_, i) =>
      note(1000 + i, Array.from({ length: 5 + ((i * 37) % 120) }, (_, j) => words[(i + j) % words.length]).join(' ')),
    );
    const thread = mastodonThread('Packit in November 2026', 'https://packit.dev/posts/november', notes);
    expect(thread.length).toBeGreaterThanOrEqual(10); // two-digit numbering
    checkThread(thread, ['Packit in November 2026 https://packit.dev/posts/november', ...notes.map((n) => `• packit: ${n.note} ${n.url}`)]);
    // Mastodon's own count lets a post carry more than 500 code points of links.
    expect(thread.some((p) => [...p].length > 500)).toBe(true);
  });

  test('one short note: a single post, not numbered', () => {
    expect(mastodonThread('Packit in May 2026', undefined, [note(1, 'A **bold**, *emphasised* [link](https://x.org/a), 2*3*4.')])).toEqual([
      'Packit in May 2026\n\n• packit: A bold, emphasised link (https://x.org/a), 2*3*4. https://github.com/packit/packit/pull/1',
    ]);
  });

  test('notes: blocks, comments, stray markers, placeholders', () => {
    const pr = (body: string, labels: string[] = []) => ({
      repository: 'packit/ogr',
      number: 9,
      title: 'T',
      body,
      author: 'a',
      labels,
      mergedAt: '',
      url: '',
    });
    expect(
      extractNote(
        pr('x\rRELEASE NOTES BEGIN\r<!-- say what changed -->\rOne.\rRELEASE NOTES END\r\rrelease notes begin\n  Two.\nrelease notes end'),
        'has-release-notes',
      ),
    ).toEqual({
      note: 'One.\n\n  Two.',
      source: 'markers',
      warnings: [],
    });
    expect(extractNote(pr('RELEASE NOTES END\nNone', ['Has-Release-Notes']), 'has-release-notes')).toMatchObject({
      note: null,
      reason: 'empty release notes block',
      warnings: ['ogr#9: RELEASE NOTES END without a BEGIN was ignored'],
    });
    expect(extractNote(pr('RELEASE NOTES BEGIN\n**N/A.**\nRELEASE NOTES END', ['has-release-notes']), 'has-release-notes')).toMatchObject({
      note: null,
      reason: '"**N/A.**"',
      warnings: [],
    });
    expect(extractNote(pr('RELEASE NOTES BEGIN\nFIXME\nRELEASE NOTES END'), 'has-release-notes')).toMatchObject({
      note: null,
      reason: 'only placeholders',
    });
    expect(extractNote(pr(''), 'has-release-notes')).toMatchObject({ note: null, reason: 'no release notes block', warnings: [] });
    // Every "no note" spelling, with CRLF line ends, labelled or not.
    for (const [text, reason] of [
      ['n/a', '"n/a"'],
      ['none', '"none"'],
      ['None', '"None"'],
      ['-', '"-"'],
      ['', 'empty release notes block'],
      ['  ', 'empty release notes block'],
    ])
      expect(
        extractNote(pr(`RELEASE NOTES BEGIN\r\n${text}\r\nRELEASE NOTES END\r\n`, ['has-release-notes']), 'has-release-notes'),
      ).toMatchObject({
        note: null,
        reason,
      });
    // The label alone: the title, with a warning naming the PR.
    expect(extractNote(pr('Just a description.', ['has-release-notes']), 'has-release-notes')).toMatchObject({
      note: 'T',
      source: 'title',
      warnings: [expect.stringContaining('ogr#9 has the label has-release-notes but no RELEASE NOTES BEGIN/END block')],
    });
  });

  test("Mastodon's count: links 23 whatever their length, punctuation after a link counted", () => {
    expect(mastodonLength('see https://x.org/a.')).toBe(4 + 23 + 1);
    expect(mastodonLength(`${'https://packit.dev/' + 'a'.repeat(200)} 🎉`)).toBe(23 + 2);
    expect(mastodonLength('(https://packit.dev/docs), ftp://x.org')).toBe(1 + 23 + 2 + 12);
    // No top-level domain, no link: Mastodon counts such an address in full, and so does the thread.
    const internal = 'http://localhost:8080/' + 'a'.repeat(40);
    expect(mastodonLength(`see ${internal}`)).toBe(4 + internal.length);
    expect(mastodonLength('https://10.0.0.1/x/y/z/aaaaaaaaaaaaaaaaaaaaa')).toBe(44);
    expect(mastodonLength('https://xn--bcher-kva.example/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa')).toBe(23);
  });

  test('periods in a time zone, across a DST change', () => {
    expect(lastMonth(Date.parse('2026-04-01T00:30:00+02:00'), 'Europe/Prague')).toMatchObject({
      since: '2026-03-01',
      until: '2026-03-31',
      start: Date.parse('2026-02-28T23:00:00Z'),
      end: Date.parse('2026-03-31T22:00:00Z'),
    });
    expect(lastMonth(Date.parse('2027-01-15T12:00:00Z'), 'UTC')).toMatchObject({ since: '2026-12-01', until: '2026-12-31' });
    expect(periodOf('dates', '2026-11-01', '2026-11-01', 'America/New_York')).toMatchObject({
      start: Date.parse('2026-11-01T04:00:00Z'),
      end: Date.parse('2026-11-02T05:00:00Z'),
    });
  });
});
