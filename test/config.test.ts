import { describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseConfig, ConfigError, webUrlFor } from '../src/config/load.ts';
import { configJsonSchema, isAllowedServiceUrl, remoteProblem } from '../src/config/schema.ts';
import { moveOrder } from '../src/config/graph.ts';
import { runCli, tempDir, writeConfig } from './helpers/cli.ts';

const valid = `
deployment: prod
components:
  - name: ogr
    repo: packit/ogr
  - name: specfile
    remote: https://example.org/specfile.git
  - name: packit
    repo: packit/packit
    after: [ogr, specfile]
    copr: { project: packit/packit-stable, package: packit }
`;

function problems(yaml: string): string[] {
  try {
    parseConfig(yaml, 'service-guru.yml');
  } catch (error) {
    if (error instanceof ConfigError) return error.issues;
    throw error;
  }
  throw new Error('expected the configuration to be rejected');
}

describe('configuration', () => {
  test('the example in the contract is valid and gets defaults', () => {
    const contract = readFileSync(path.resolve('examples/service-guru.yml'), 'utf8');
    const config = parseConfig(contract, '/x/service-guru.yml');
    expect(config.branches).toEqual({ source: 'main', target: 'stable' });
    expect(config.github).toEqual({ apiUrl: 'https://api.github.com', serverUrl: 'https://github.com' });
    expect(config.components.map((c) => c.name)).toContain('packit-service');
    expect(config.registries['quay.io']).toEqual({ apiUrl: 'https://quay.io' });
  });

  test('a default applies to each left-out field, not only to a left-out block', () => {
    const yaml = valid + 'branches: { target: release }\ngithub: { serverUrl: https://github.example.com }\ncopr: {}\n';
    const config = parseConfig(yaml, '/x/service-guru.yml');
    expect(config.branches).toEqual({ source: 'main', target: 'release' });
    expect(config.github).toEqual({ apiUrl: 'https://api.github.com', serverUrl: 'https://github.example.com' });
    expect(config.copr).toEqual({ apiUrl: 'https://copr.fedorainfracloud.org' });
    expect(parseConfig(valid + 'branches: { source: develop }\n', '/x/c.yml').branches).toEqual({ source: 'develop', target: 'stable' });
    expect(problems(valid + 'branches: { target: main }\n')).toEqual([
      expect.stringMatching(/^branches\.target \(line \d+\): same as branches\.source \("main"\)/),
    ]);
    expect(problems(valid + 'branches: { source: stable }\n')).toEqual([
      expect.stringMatching(/^branches\.source \(line \d+\): same as branches\.target \(default\) \("stable"\)/),
    ]);
  });

  test('the JSON Schema shows the defaults editors offer', () => {
    const props = (node: unknown, key: string) => (node as { properties: Record<string, unknown> }).properties[key];
    const schema = configJsonSchema();
    expect(props(props(schema, 'branches'), 'source')).toMatchObject({ default: 'main' });
    expect(props(props(schema, 'branches'), 'target')).toMatchObject({ default: 'stable' });
    expect(props(props(schema, 'github'), 'apiUrl')).toMatchObject({ default: 'https://api.github.com', format: 'uri' });
    expect(props(props(schema, 'copr'), 'apiUrl')).toMatchObject({ default: 'https://copr.fedorainfracloud.org' });
    expect((props(schema, 'branches') as { required?: string[] }).required ?? []).toEqual([]);
  });

  test('field errors and cross-reference errors are reported together, each with its line', () => {
    const yaml = valid
      .replace('deployment: prod\n', 'deployment: prod\ntimezon: UTC\n')
      .replace('    repo: packit/ogr\n', '    repo: packit/ogr\n    sytemKey: ogr\n')
      .replace('after: [ogr, specfile]', 'after: [ogr, packt]')
      .concat('releaseNotes: { components: [ogrr] }\n');
    expect(problems(yaml)).toEqual([
      expect.stringMatching(/^timezon \(line 3\): unknown field \(did you mean "timezone"\?\)/),
      expect.stringMatching(/^components\[0\]\.sytemKey \(line 7\): unknown field \(did you mean "systemKey"\?\)/),
      expect.stringMatching(/^components\[2\]\.after \(line 12\): unknown component "packt" \(did you mean "packit"\?\)/),
      expect.stringMatching(/^releaseNotes\.components\[0\] \(line 14\): unknown component "ogrr" \(did you mean "ogr"\?\)/),
    ]);
    const cycle = problems(valid.replace('  - name: ogr\n', '  - name: ogr\n    after: [packit]\n') + 'timezone: 3\n');
    expect(cycle).toEqual([
      expect.stringMatching(/^components\[0\]\.after \(line 5\): cycle in after: ogr → packit → ogr/),
      expect.stringMatching(/^timezone \(line 13\): expected string/),
    ]);
    const duplicate = problems(valid.replace('name: specfile', 'name: ogr').replace('repo: packit/ogr', 'repo: ogr'));
    expect(duplicate).toEqual([
      expect.stringMatching(/^components\[0\]\.repo/),
      expect.stringMatching(/^components\[1\]\.name.*duplicate/),
    ]);
  });

  test('the time zone is checked by the schema, for every stage, naming the field and the fix', () => {
    expect(problems(valid + 'timezone: Mars/Olympus\n')).toEqual([
      expect.stringMatching(/^timezone \(line 12\): "Mars\/Olympus" is not an IANA time zone; write e\.g\. timezone: Europe\/Prague$/),
    ]);
    expect(parseConfig(valid + 'timezone: Europe/Prague\n', 'service-guru.yml').timezone).toBe('Europe/Prague');
    expect(parseConfig(valid, 'service-guru.yml').timezone).toBe('UTC');
  });

  test('move-stable refuses an unknown time zone too (exit 2), before any repository is read', async () => {
    const file = writeConfig(
      tempDir('sg-zone-'),
      'deployment: prod\ntimezone: Mars/Olympus\ncomponents: [{ name: ogr, remote: /nonexistent/ogr.git }]\n',
    );
    const run = await runCli(['move-stable', '--config', file, '--json', '--dry-run']);
    expect(run.code).toBe(2);
    expect(run.json.error!.message).toContain('timezone (line 2): "Mars/Olympus" is not an IANA time zone');
  });

  test('cross-reference checks read a malformed file defensively', () => {
    for (const yaml of [
      'deployment: prod\ncomponents: ogr\n',
      'deployment: prod\ncomponents: [null, 3, [a]]\nreleaseNotes: 5\nbranches: []\ninfra: x\n',
      'deployment: prod\ncomponents: [{ name: 3, repo: o/a, after: { a: 1 } }]\nreleaseNotes: { components: [1, x] }\n',
      'deployment: prod\ncomponents: [{ name: a, repo: o/a, after: [1, null] }]\nbranches: { source: 1, target: 1 }\n',
    ]) {
      expect(problems(yaml).length).toBeGreaterThan(0);
    }
    // A component without a readable name may be the one `after` means: no "unknown component" guess.
    const unnamed = problems('deployment: prod\ncomponents: [{ nme: ogr, repo: o/ogr }, { name: b, repo: o/b, after: [ogr] }]\n');
    expect(unnamed.some((i) => i.includes('unknown component'))).toBe(false);
    expect(unnamed.some((i) => i.startsWith('components[0].nme'))).toBe(true);
  });

  test('orders components by after, keeping file order otherwise', () => {
    const config = parseConfig(
      valid.replace(/  - name: ogr\n    repo: packit\/ogr\n/, '') + '  - name: ogr\n    repo: packit/ogr\n',
      '/x/c.yml',
    );
    expect(moveOrder(config.components).map((c) => c.name)).toEqual(['specfile', 'ogr', 'packit']);
  });

  test('a relative remote is taken relative to the configuration file', () => {
    const config = parseConfig('deployment: prod\ncomponents: [{ name: a, remote: ../repos/a.git }]\n', '/work/conf/sg.yml');
    expect(config.components[0]!.transport).toEqual({ kind: 'git', remote: '/work/repos/a.git' });
  });

  test('plain http only to this machine, by IP literal or the exact name localhost', () => {
    for (const ok of [
      'https://copr.example.org',
      'http://127.0.0.1:8080/api',
      'http://127.1.2.3',
      'http://localhost:3000',
      'http://[::1]:9000',
    ])
      expect([ok, isAllowedServiceUrl(ok)]).toEqual([ok, true]);
    for (const bad of [
      'http://127.evil.example',
      'http://127.0.0.1.nip.io',
      'http://localhost.example.org',
      'http://10.0.0.1',
      'ftp://127.0.0.1',
      'not a url',
    ])
      expect([bad, isAllowedServiceUrl(bad)]).toEqual([bad, false]);
  });

  test('remotes: credentials only where they travel encrypted', () => {
    for (const ok of [
      'https://x-access-token:t0k@github.com/o/r.git',
      'ssh://git@github.com/o/r.git',
      'git@github.com:o/r.git',
      '../repos/a.git',
      'file:///srv/a.git',
      'http://u:t@127.0.0.1:9/a.git',
      'http://example.org/a.git',
    ]) {
      expect([ok, remoteProblem(ok)]).toEqual([ok, undefined]);
    }
    for (const bad of [
      'http://u:t@example.org/a.git',
      'http://t@example.org/a.git',
      'ssh://git:pw@example.org/a.git',
      'http://u:t@127.0.0.1.nip.io/a.git',
    ]) {
      expect(remoteProblem(bad)).toContain('cleartext');
    }
  });

  test('GitHub Enterprise API URLs map to their web URL', () => {
    expect(webUrlFor('https://ghe.example.com/api/v3')).toBe('https://ghe.example.com');
    expect(webUrlFor('http://127.0.0.1:4000')).toBe('http://127.0.0.1:4000');
  });

  const mistakes: Array<[string, string, RegExp]> = [
    [
      'unknown component in after',
      valid.replace('after: [ogr, specfile]', 'after: [ogr, packt]'),
      /^components\[2\]\.after \(line \d+\): unknown component "packt"/,
    ],
    [
      'misspelt field',
      valid.replace('    repo: packit/ogr', '    repoo: packit/ogr'),
      /^components\[0\]\.repoo \(line 5\): unknown field \(did you mean "repo"\?\)/,
    ],
    [
      'cycle in after',
      valid.replace('  - name: ogr\n    repo: packit/ogr', '  - name: ogr\n    repo: packit/ogr\n    after: [packit]'),
      /cycle in after: ogr → packit → ogr/,
    ],
    [
      'component after itself',
      valid.replace('after: [ogr, specfile]', 'after: [packit]'),
      /^components\[2\]\.after\[0\].*cannot come after itself/,
    ],
    ['duplicate names', valid.replace('name: specfile', 'name: ogr'), /^components\[1\]\.name.*duplicate component "ogr"/],
    ['missing deployment', valid.replace('deployment: prod\n', ''), /^deployment( \(line \d+\))?: missing; expected string/],
    [
      'neither repo nor remote',
      valid.replace('    remote: https://example.org/specfile.git\n', ''),
      /^components\[1\].*needs repo \(GitHub owner\/name\) or remote/,
    ],
    [
      'both repo and remote',
      valid.replace(
        '    remote: https://example.org/specfile.git',
        '    remote: https://example.org/specfile.git\n    repo: packit/specfile',
      ),
      /has both repo and remote/,
    ],
    ['bad repo form', valid.replace('repo: packit/ogr', 'repo: ogr'), /^components\[0\]\.repo.*expected "owner\/name"/],
    [
      'plain http to a remote host',
      valid + 'github: { apiUrl: http://github.example.com }\n',
      /^github\.apiUrl.*expected an https:\/\/ URL/,
    ],
    [
      'bad copr project',
      valid.replace('project: packit/packit-stable', 'project: packit-stable'),
      /^components\[2\]\.copr\.project.*expected "owner\/project"/,
    ],
    ['no components', 'deployment: prod\ncomponents: []\n', /^components.*at least one component/],
    ['wrong type', valid.replace('after: [ogr, specfile]', 'after: ogr'), /^components\[2\]\.after.*expected array/],
    ['same source and target branch', valid + 'branches: { source: main, target: main }\n', /^branches\.target.*same as branches\.source/],
    [
      'bad duration',
      valid + 'health: { pods: { stuckTerminatingAfter: ten minutes } }\n',
      /^health\.pods\.stuckTerminatingAfter.*expected a duration/,
    ],
    [
      'bad image reference',
      valid.replace('    copr:', '    images: [{ image: packit-service }]\n    copr:'),
      /^components\[2\]\.images\[0\]\.image.*registry\/repository:tag/,
    ],
    [
      'build without a GitHub repo',
      valid.replace(
        '    remote: https://example.org/specfile.git',
        '    remote: https://example.org/specfile.git\n    build: { workflows: [a.yml] }',
      ),
      /^components\[1\]\.build.*needs repo/,
    ],
    ['YAML syntax error', 'deployment: prod\ncomponents: [\n', /^line \d+: /],
    ['duplicate key', 'deployment: prod\ndeployment: stg\ncomponents: [{ name: a, repo: o/a }]\n', /^line 2: .*unique/i],
    [
      'a token in a plain http remote',
      valid.replace('remote: https://example.org/specfile.git', 'remote: http://deploy:t0ken@example.org/specfile.git'),
      /^components\[1\]\.remote.*travel in cleartext; use https:\/\//,
    ],
    [
      'a token as user of a plain http remote',
      valid.replace('remote: https://example.org/specfile.git', 'remote: http://t0ken@git.example.org/specfile.git'),
      /^components\[1\]\.remote.*cleartext/,
    ],
    [
      'a password in a git:// remote',
      valid.replace('remote: https://example.org/specfile.git', 'remote: git://u:p4ss@example.org/specfile.git'),
      /^components\[1\]\.remote.*cleartext/,
    ],
    [
      'a password in an scp-like remote',
      valid.replace('remote: https://example.org/specfile.git', 'remote: "deploy:t0ken@git.example.org:packit/specfile.git"'),
      /^components\[1\]\.remote.*scp-like remote/,
    ],
    [
      'a malformed %-escape in a remote token',
      valid.replace('remote: https://example.org/specfile.git', 'remote: https://u:%E0%A4@example.org/specfile.git'),
      /^components\[1\]\.remote.*malformed %-escape/,
    ],
    [
      'a host that only starts with 127.',
      valid + 'github: { apiUrl: http://127.evil.example }\n',
      /^github\.apiUrl.*expected an https:\/\/ URL/,
    ],
    [
      'a loopback address inside a DNS name',
      valid + 'copr: { apiUrl: "http://127.0.0.1.nip.io" }\n',
      /^copr\.apiUrl.*expected an https:\/\/ URL/,
    ],
    ['unknown top-level field', valid + 'componets: []\n', /^componets \(line \d+\): unknown field \(did you mean "components"\?\)/],
  ];

  test.each(mistakes)('rejects %s with the path of the field, exit 2', async (_kind, yaml, expected) => {
    const issues = problems(yaml);
    expect(issues.some((i) => expected.test(i))).toBe(true);
    const run = await runCli(['move-stable', '--config', writeConfig(tempDir(), yaml), '--json']);
    expect(run.code).toBe(2);
    expect(run.json.error!.message).toContain(issues[0]!);
  });

  test('the CLI exits 2 on an invalid configuration and names the field', async () => {
    const dir = tempDir();
    const file = writeConfig(dir, valid.replace('after: [ogr, specfile]', 'after: [ogr, packt]'));
    const run = await runCli(['move-stable', '--config', file, '--json']);
    expect(run.code).toBe(2);
    expect(run.json.ok).toBe(false);
    expect(run.json.error!.message).toContain('components[2].after (line 10): unknown component "packt"');
    expect(run.json.error!.hint).toContain('schema');
  });

  test('the CLI exits 2 on bad options, naming them', async () => {
    const dir = tempDir();
    const file = writeConfig(dir, valid);
    const unknownStage = await runCli(['move-stabel']);
    expect(unknownStage.code).toBe(2);
    expect(unknownStage.stderr).toContain('unknown stage "move-stabel"');
    const badTo = await runCli(['move-stable', '--config', file, '--to', 'packt=abc1234']);
    expect(badTo.code).toBe(2);
    expect(badTo.stderr).toContain('--to: unknown component "packt" (did you mean "packit"?)');
    const badDuration = await runCli(['move-stable', '--config', file, '--copr-timeout', 'soon']);
    expect(badDuration.code).toBe(2);
    expect(badDuration.stderr).toContain('--copr-timeout: "soon" is not a duration');
    const unknownOption = await runCli(['move-stable', '--config', file, '--forse']);
    expect(unknownOption.code).toBe(2);
    expect(unknownOption.stderr).toContain("Unknown option '--forse'");
    const missing = await runCli(['move-stable', '--config', path.join(dir, 'nope.yml')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('nope.yml does not exist');
  });

  test('--help lists the stages and exits 0', async () => {
    const run = await runCli(['--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('move-stable');
    const stage = await runCli(['move-stable', '--help']);
    expect(stage.stdout).toContain('--allow-unverified');
  });
});
