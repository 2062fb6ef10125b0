import { afterAll, beforeAll, beforeEach, describe, expect, test } from '@jest/globals';
import { GitHubDouble } from '../src/standins/github.ts';
import { FakeClock, runCli, tempDir, writeConfig } from './helpers/cli.ts';

const github = new GitHubDouble();
beforeAll(() => github.start());
afterAll(() => github.stop());

let file: string;
let env: Record<string, string>;
beforeEach(() => {
  github.repos.clear();
  github.requests.length = 0;
  github.beforeUpdate = undefined;
  github.clearFaults();
  file = writeConfig(
    tempDir('sg-gh-'),
    `deployment: prod\ngithub: { apiUrl: ${github.url} }\ncomponents:\n  - { name: ogr, repo: packit/ogr }\n`,
  );
  env = { GITHUB_TOKEN: github.token };
});

/** packit/ogr with stable at a base commit and main `ahead` commits further, all checks green. */
function ogr(ahead: number): { stable: string; main: string } {
  const repo = github.addRepo('packit/ogr');
  const stable = github.chain(null, 'initial');
  const main = ahead ? github.chain(stable, ...Array.from({ length: ahead }, (_, i) => `change ${i + 1}`)) : stable;
  repo.branches.set('main', main);
  repo.branches.set('stable', stable);
  repo.checkRuns.set(main, [{ name: 'tests', status: 'completed', conclusion: 'success' }]);
  return { stable, main };
}

const branch = (name: string): string | undefined => github.repos.get('packit/ogr')!.branches.get(name);

describe('move-stable through the GitHub API', () => {
  test('fast-forwards with a lease and links the compare view', async () => {
    const { stable, main } = ogr(3);
    const run = await runCli(['move-stable', '--config', file, '--json'], env);
    expect(run.code).toBe(0);
    expect(branch('stable')).toBe(main);
    expect(run.json.result.components[0]).toMatchObject({
      previous: stable,
      current: main,
      action: 'fast-forward',
      commits: 3,
      status: 'moved',
      compareUrl: `${github.url}/packit/ogr/compare/${stable.slice(0, 12)}...${main.slice(0, 12)}`,
    });
    expect(run.json.result.components[0].promoted).toEqual([
      `${main.slice(0, 7)} change 3`,
      expect.stringMatching(/ change 2$/),
      expect.stringMatching(/ change 1$/),
    ]);
    const mutation = github.requests.find((r) => r.path === '/graphql')!;
    expect(JSON.parse(mutation.body).variables.refUpdates).toEqual([
      { name: 'refs/heads/stable', beforeOid: stable, afterOid: main, force: false },
    ]);
  });

  test('replaces a diverged stable with force, still leased', async () => {
    const { main } = ogr(1);
    const repo = github.repos.get('packit/ogr')!;
    const cherry = github.commit('cherry-pick: fix crash', [repo.branches.get('stable')!]);
    repo.branches.set('stable', cherry);
    const run = await runCli(['move-stable', '--config', file, '--json'], env);
    expect(run.code).toBe(0);
    expect(branch('stable')).toBe(main);
    expect(run.json.result.components[0]).toMatchObject({ action: 'force', previous: cherry, current: main });
    expect(run.json.result.components[0].reason).toContain(`${cherry.slice(0, 7)} cherry-pick: fix crash`);
    const mutation = JSON.parse(github.requests.find((r) => r.path === '/graphql')!.body);
    expect(mutation.variables.refUpdates[0]).toMatchObject({ beforeOid: cherry, force: true });
  });

  test('leaves an equal stable unchanged without writing', async () => {
    ogr(0);
    const run = await runCli(['move-stable', '--config', file, '--json'], env);
    expect(run.code).toBe(0);
    expect(run.json).toMatchObject({ ok: true, changed: false });
    expect(run.json.result.components[0]).toMatchObject({ action: 'unchanged', commits: 0 });
    expect(github.count('POST', /graphql/)).toBe(0);
  });

  test('refuses when stable changed between reading and moving, and leaves it', async () => {
    const { main } = ogr(2);
    let meanwhile = '';
    github.beforeUpdate = (repo) => {
      meanwhile = github.commit('pushed by hand meanwhile', [repo.branches.get('stable')!]);
      repo.branches.set('stable', meanwhile);
    };
    const run = await runCli(['move-stable', '--config', file, '--json'], env);
    expect(run.code).toBe(1);
    expect(branch('stable')).toBe(meanwhile);
    expect(branch('stable')).not.toBe(main);
    expect(run.json.result.components[0]).toMatchObject({ status: 'failed', action: 'fast-forward' });
    expect(run.json.error!.message).toContain(`but it is now ${meanwhile}`);
  });

  test('--dry-run writes nothing and reports the move', async () => {
    const { stable, main } = ogr(2);
    const run = await runCli(['move-stable', '--config', file, '--json', '--dry-run'], env);
    expect(run.code).toBe(0);
    expect(branch('stable')).toBe(stable);
    expect(github.requests.every((r) => r.method === 'GET')).toBe(true);
    expect(run.json.result.components[0]).toMatchObject({ status: 'would-move', action: 'fast-forward', current: main, commits: 2 });
  });

  test('retries a 5xx answer (the retry plugin of octokit)', async () => {
    const { main } = ogr(1);
    github.fail('GET', /\/compare\//, { status: 502, body: { message: 'Server Error' } });
    const run = await runCli(['move-stable', '--config', file, '--json'], env);
    expect(run.code).toBe(0);
    expect(github.count('GET', /\/compare\//)).toBe(2);
    expect(branch('stable')).toBe(main);
  });

  test('waits out a primary rate limit until its reset, and a secondary one for Retry-After, on the injected clock', async () => {
    const { main } = ogr(1);
    const reset = String(Math.floor(Date.now() / 1000) + 120);
    github.fail('GET', /\/git\/ref\/heads\/main$/, {
      status: 403,
      headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': reset },
      body: {
        message: 'API rate limit exceeded for installation ID 1.',
        documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api',
      },
    });
    github.fail('GET', /ogr\/branches\/main$/, {
      status: 429,
      headers: { 'retry-after': '7' },
      body: {
        message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
        documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits',
      },
    });
    const clock = new FakeClock();
    const run = await runCli(['move-stable', '--config', file, '--json'], env, { clock });
    expect(run.code).toBe(0);
    expect(github.count('GET', /\/git\/ref\/heads\/main$/)).toBe(2);
    expect(github.count('GET', /ogr\/branches\/main$/)).toBe(2);
    expect(run.stderr).toContain('GitHub rate limit hit');
    expect(run.stderr).toContain('GitHub secondary rate limit hit');
    // Until the reset (about two minutes, plus the second GitHub asks for), and the 7 s of Retry-After.
    expect(clock.sleeps).toContain(7000);
    expect(clock.sleeps.some((ms) => ms >= 119_000 && ms <= 122_000)).toBe(true);
    expect(branch('stable')).toBe(main);
  });

  test('a secondary limit answered as 403 without Retry-After is waited out too (60 s, as octokit does)', async () => {
    const { main } = ogr(1);
    github.secondaryLimit('GET', /\/compare\//);
    const clock = new FakeClock();
    const run = await runCli(['move-stable', '--config', file, '--json'], env, { clock });
    expect(run.code).toBe(0);
    expect(clock.sleeps).toEqual([60_000]);
    expect(github.count('GET', /\/compare\//)).toBe(2);
    expect(branch('stable')).toBe(main);
  });

  test('a private repository (404 without a token) is named, with the hint to give a token', async () => {
    ogr(1);
    github.repos.get('packit/ogr')!.private = true;
    const run = await runCli(['move-stable', '--config', file, '--json', '--dry-run'], {});
    expect(run.code).toBe(1);
    expect(run.json.error!.message).toContain('packit/ogr: repository not found on GitHub, or the token cannot see it (404)');
    const withToken = await runCli(['move-stable', '--config', file, '--json', '--dry-run'], env);
    expect(withToken.code).toBe(0);
  });

  test('an answer that is not the GitHub API names the service and the request', async () => {
    ogr(1);
    github.fail('GET', /^\/repos\/packit\/ogr$/, {
      status: 200,
      headers: { 'content-type': 'text/html' },
      body: '<!DOCTYPE html><html>Sign in</html>',
    });
    const run = await runCli(['move-stable', '--config', file, '--json'], env);
    expect(run.code).toBe(1);
    expect(run.json.error!.message).toContain('GitHub answered GET /repos/packit/ogr with an HTML page (HTTP 200) instead of JSON');
    expect(run.json.error!.message).not.toMatch(/Unexpected token|Cannot read properties/);
  });

  test('a GraphQL refusal (HTTP 200 with errors) fails the move naming the request', async () => {
    const { stable } = ogr(1);
    github.repos.get('packit/ogr')!.rejectUpdates = 'Cannot update ref: refs/heads/stable is a protected branch';
    const run = await runCli(['move-stable', '--config', file, '--json'], env);
    expect(run.code).toBe(1);
    expect(branch('stable')).toBe(stable);
    expect(run.json.error!.message).toContain('POST /graphql (updateRefs refs/heads/stable of packit/ogr)');
    expect(run.json.error!.message).toContain('protected branch');
  });

  test('of a long range, the newest 20 commits are listed, newest first', async () => {
    const { main } = ogr(25);
    const run = await runCli(['move-stable', '--config', file, '--json', '--dry-run'], env);
    expect(run.code).toBe(0);
    const promoted: string[] = run.json.result.components[0].promoted;
    expect(promoted.length).toBe(20);
    expect(promoted[0]).toBe(`${main.slice(0, 7)} change 25`);
    expect(promoted[19]).toMatch(/ change 6$/);
    const text = await runCli(['move-stable', '--config', file, '--dry-run'], env);
    expect(text.stdout).toContain('ogr: 25 commit(s) to promote (the newest 20)');
    expect(text.stdout).toContain('… and 5 older');
  });

  test('a commit without any check is not verified; checks: [] promotes it on purpose', async () => {
    const { stable, main } = ogr(1);
    github.repos.get('packit/ogr')!.checkRuns.delete(main);
    const refused = await runCli(['move-stable', '--config', file, '--json'], env);
    expect(refused.code).toBe(1);
    expect(refused.json.result.components[0].status).toBe('refused');
    expect(refused.json.error!.message).toContain(`no check reported on ${main.slice(0, 7)}`);
    expect(refused.json.error!.message).toContain('checks: []');
    expect(branch('stable')).toBe(stable);

    const none = writeConfig(
      tempDir('sg-gh-'),
      `deployment: prod\ngithub: { apiUrl: ${github.url} }\ncomponents:\n  - { name: ogr, repo: packit/ogr, checks: [] }\n`,
    );
    const moved = await runCli(['move-stable', '--config', none, '--json'], env);
    expect(moved.code).toBe(0);
    expect(moved.stderr).toContain('no checks required (checks: [] in the configuration)');
    expect(branch('stable')).toBe(main);
  });

  test('--to with a commit that is not on main is a usage error (exit 2): nothing ran', async () => {
    const { stable } = ogr(2);
    const side = github.commit('on a side branch only', [stable]);
    const run = await runCli(['move-stable', '--config', file, '--json', '--to', `ogr=${side.slice(0, 7)}`], env);
    expect(run.code).toBe(2);
    expect(run.json.error!.message).toContain(`--to: packit/ogr: ${side.slice(0, 7)} is not on main`);
    expect(branch('stable')).toBe(stable);
    expect(github.count('POST', /graphql/)).toBe(0);
  });

  test('a missing repository fails with a clear message and moves nothing', async () => {
    ogr(1);
    const twoRepos = writeConfig(
      tempDir('sg-gh-'),
      `deployment: prod\ngithub: { apiUrl: ${github.url} }\ncomponents:\n` +
        `  - { name: ogr, repo: packit/ogr }\n  - { name: gone, repo: packit/gone }\n`,
    );
    const run = await runCli(['move-stable', '--config', twoRepos, '--json'], env);
    expect(run.code).toBe(1);
    expect(run.json.result.components[1]).toMatchObject({ name: 'gone', status: 'failed' });
    expect(run.json.error!.message).toContain('packit/gone: repository not found on GitHub, or the token cannot see it (404)');
    expect(run.json.result.components[0]).toMatchObject({ name: 'ogr', status: 'skipped' });
    expect(github.count('POST', /graphql/)).toBe(0);
  });

  test('refuses a main whose checks fail or are pending, listing them; --allow-unverified overrides', async () => {
    const { stable, main } = ogr(1);
    const repo = github.repos.get('packit/ogr')!;
    repo.rulesetChecks = ['tests', 'pre-commit'];
    repo.protectedChecks = ['packit-as-a-service'];
    repo.checkRuns.set(main, [
      { name: 'tests', status: 'completed', conclusion: 'failure' },
      { name: 'pre-commit', status: 'in_progress', conclusion: null },
      { name: 'optional-lint', status: 'completed', conclusion: 'failure' },
    ]);
    repo.statuses.set(main, [{ context: 'packit-as-a-service', state: 'success' }]);
    const refused = await runCli(['move-stable', '--config', file, '--json'], env);
    expect(refused.code).toBe(1);
    expect(branch('stable')).toBe(stable);
    expect(refused.json.result.components[0].status).toBe('refused');
    expect(refused.json.error!.message).toContain('checks of');
    expect(refused.json.error!.message).toContain('tests failed, pre-commit has not passed yet');
    expect(refused.json.error!.message).not.toContain('optional-lint');

    const allowed = await runCli(['move-stable', '--config', file, '--json', '--allow-unverified'], env);
    expect(allowed.code).toBe(0);
    expect(branch('stable')).toBe(main);
    expect(allowed.json.result.components[0].reason).toContain('unverified: tests failed');
  });

  test('without required checks, every reported check counts', async () => {
    const { stable, main } = ogr(1);
    github.repos.get('packit/ogr')!.checkRuns.set(main, [{ name: 'lint', status: 'completed', conclusion: 'timed_out' }]);
    const run = await runCli(['move-stable', '--config', file, '--json'], env);
    expect(run.code).toBe(1);
    expect(run.json.error!.message).toContain('(all reported checks): lint failed');
    expect(branch('stable')).toBe(stable);
  });

  test('a refused token is explained, and no token reaches any output', async () => {
    ogr(1);
    const wrong = 'ghp_wrongtoken_abcdefghijklmnop';
    const run = await runCli(['move-stable', '--config', file, '--json', '--verbose'], { GITHUB_TOKEN: wrong });
    expect(run.code).toBe(1);
    expect(run.json.error!.message).toContain('GitHub refused the token (401)');
    expect(run.stdout + run.stderr).not.toContain(wrong);
    const ok = await runCli(['move-stable', '--config', file, '--json', '--verbose'], env);
    expect(ok.stdout + ok.stderr).not.toContain(github.token);
  });

  test('moving needs a token; a dry run of a public repository does not', async () => {
    const { main } = ogr(1);
    const run = await runCli(['move-stable', '--config', file, '--json'], {});
    expect(run.code).toBe(2);
    expect(run.json.error!.message).toContain('GITHUB_TOKEN is not set');
    const dry = await runCli(['move-stable', '--config', file, '--json', '--dry-run'], {});
    expect(dry.code).toBe(0);
    expect(dry.json.result.components[0]).toMatchObject({ status: 'would-move', current: main });
  });

  test('a token that cannot push is refused before anything moves', async () => {
    const { stable } = ogr(1);
    github.permissions = { admin: false, push: false, pull: true };
    try {
      const run = await runCli(['move-stable', '--config', file, '--json'], env);
      expect(run.code).toBe(1);
      expect(run.json.error!.message).toContain('the token cannot push to packit/ogr');
      expect(branch('stable')).toBe(stable);
      expect(github.count('POST', /graphql/)).toBe(0);
    } finally {
      github.permissions = { admin: false, push: true, pull: true };
    }
  });

  test('an update that fails while the branch cannot be read again says it may or may not have moved, naming both causes', async () => {
    ogr(1);
    github.repos.get('packit/ogr')!.rejectUpdates = 'Something went wrong while executing your query';
    // From the update on, reading the branch is refused as well.
    github.beforeUpdate = () => github.fail('GET', /git\/ref\/heads\/stable/, { status: 401, body: { message: 'Bad credentials' } }, 1);
    const run = await runCli(['move-stable', '--config', file, '--json'], env);
    expect(run.code).toBe(1);
    const message = run.json.error!.message;
    expect(message).toContain('packit/ogr stable: the update failed (');
    expect(message).toContain('Something went wrong while executing your query');
    expect(message).toContain('reading the branch again failed too (');
    expect(message).toContain('it may or may not have moved');
  });

  test('an update whose answer was lost but which landed counts as done', async () => {
    const { main } = ogr(1);
    // The ref is already where we move it (our first attempt landed, its answer was lost).
    github.beforeUpdate = (repo) => repo.branches.set('stable', main);
    const run = await runCli(['move-stable', '--config', file, '--json'], env);
    expect(run.code).toBe(0);
    expect(run.json.result.components[0]).toMatchObject({ status: 'moved', current: main });
  });
});
