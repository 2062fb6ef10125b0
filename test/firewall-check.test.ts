import { afterAll, beforeAll, beforeEach, describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { NoOperationTraceWriter, convertWorkflowTemplate, parseWorkflow } from '@actions/workflow-parser';
import { GitHubIssuesDouble } from './doubles/github-issues.ts';
import { CurlPodController } from './doubles/kube/check-pod.ts';
import { KubeDouble } from '../src/standins/kube/index.ts';
import { rolesInMarkdown } from '../src/standins/kube/rbac.ts';
import { REFS } from '../src/standins/kube/refs.ts';
import { runCli, tempDir, writeConfig } from './helpers/cli.ts';
import { TestClock } from './helpers/clock.ts';

/** The check pod's controller runs on real timers: each sleep lets 2 ms of them pass. */
const newClock = (): TestClock => new TestClock('2026-12-07T09:00:00Z', { realMsPerSleep: 2 });

const curl = new CurlPodController();
const kube = new KubeDouble();
kube.use(curl);
const github = new GitHubIssuesDouble();
beforeAll(async () => {
  await Promise.all([kube.start(), github.start()]);
});
afterAll(async () => {
  await Promise.all([kube.stop(), github.stop()]);
});

let counter = 0;
let ns: { prod: string; stg: string };
beforeEach(() => {
  counter++;
  // Every test runs with only the Role docs/operations.md tells users to paste.
  kube.rbac = rolesInMarkdown(readFileSync('docs/operations.md', 'utf8'));
  ns = { prod: `packit--prod-${counter}`, stg: `packit--stg-${counter}` };
  curl.ran.length = 0;
  curl.outcomes.clear();
  curl.outcomes.set('copr.fedorainfracloud.org', { status: 200, httpVersion: '2' });
  curl.outcomes.set('gitlab.example.org', {
    exit: 7,
    message: "Failed to connect to gitlab.example.org port 443 after 2 ms: Couldn't connect to server",
  });
  curl.outcomes.set(`${ns.prod}/pagure.io`, { exit: 28, message: 'Connection timed out after 5002 milliseconds' });
  curl.outcomes.set(`${ns.stg}/pagure.io`, { status: 301, httpVersion: '1.1' });
  github.issues.set('packit/deployment', []);
  github.requests.length = 0;
});

function config(): string {
  return writeConfig(
    tempDir('sg-firewall-'),
    `deployment: prod
github: { apiUrl: ${github.url} }
components:
  - { name: packit-service, repo: packit/packit-service }
clusters:
  prod: { server: ${kube.url}, namespace: ${ns.prod}, caFile: ${kube.caFile} }
  stg: { server: ${kube.url}, namespace: ${ns.stg}, caFile: ${kube.caFile} }
`,
  );
}

const env = () => ({ OPENSHIFT_TOKEN_PROD: kube.token, OPENSHIFT_TOKEN_STG: kube.token, GITHUB_TOKEN: github.token });
const DOMAINS = ['--domain', 'copr.fedorainfracloud.org,gitlab.example.org', '--domain', '.pagure.io', '--domain', 'unknown.example.org'];
const REASON = 'Packit now syncs releases from GitLab and Pagure';

describe('firewall-check', () => {
  test(
    'runs curl in a pod of every cluster, tells reachable, refused, ' + 'timed out and DNS failure apart, and writes the request',
    async () => {
      const run = await runCli(['firewall-check', '--config', config(), '--json', ...DOMAINS, '--reason', REASON], env(), {
        clock: newClock(),
      });
      expect(run.code).toBe(0);
      const verdict = (cluster: string, domain: string) =>
        run.json.result.results.find((r: { cluster: string; domain: string }) => r.cluster === cluster && r.domain === domain);
      expect(verdict('prod', 'copr.fedorainfracloud.org')).toMatchObject({ verdict: 'reachable', detail: 'HTTP/2 200', port: 443 });
      expect(verdict('stg', 'gitlab.example.org')).toMatchObject({ verdict: 'refused' });
      expect(verdict('prod', '.pagure.io')).toMatchObject({ verdict: 'timed out', detail: 'Connection timed out after 5002 milliseconds' });
      expect(verdict('stg', '.pagure.io')).toMatchObject({ verdict: 'reachable', detail: 'HTTP/1.1 301' });
      expect(verdict('prod', 'unknown.example.org')).toMatchObject({
        verdict: 'DNS failure',
        detail: 'Could not resolve host: unknown.example.org',
      });
      expect(run.json.result.ticket).toBe(
        [
          '• source: prod, stg',
          '• destination: gitlab.example.org, .pagure.io, unknown.example.org',
          '• protocol: 443',
          `• justification: ${REASON}`,
          '(2 clusters × 3 domains × 1 port)',
        ].join('\n'),
      );
      expect(run.json.result.unreachable).toEqual(['gitlab.example.org:443', '.pagure.io:443', 'unknown.example.org:443']);
      // One pod per cluster, curl itself with each URL as its own argument (no shell), deleted afterwards.
      expect(curl.ran).toHaveLength(2);
      for (const pod of curl.ran) {
        const container = (pod.spec as { containers: Array<{ command: string[]; args: string[]; image: string }> }).containers[0]!;
        expect(container.command).toEqual(['curl']);
        expect(container.image).toBe('docker.io/curlimages/curl:8.11.1');
        expect(container.args).toEqual(
          expect.arrayContaining([
            '--head',
            '--max-time',
            '5',
            'https://copr.fedorainfracloud.org/',
            'https://gitlab.example.org/',
            'https://pagure.io/',
            'https://unknown.example.org/',
          ]),
        );
        expect(container.args.some((a) => a.includes(' https://'))).toBe(false);
      }
      expect(kube.list(REFS.pods, ns.prod)).toEqual([]);
      expect(kube.list(REFS.pods, ns.stg)).toEqual([]);
      expect(run.stderr).toMatch(/deleted pod service-guru-firewall-check-/);
      expect(github.requests).toHaveLength(0);
    },
  );

  test('the table shows domain × cluster', async () => {
    const run = await runCli(['firewall-check', '--config', config(), ...DOMAINS, '--port', '443'], env(), { clock: newClock() });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/copr\.fedorainfracloud\.org\s+443\s+✅ HTTP\/2 200\s+✅ HTTP\/2 200/);
    expect(run.stdout).toMatch(/\.pagure\.io\s+443\s+❌ timed out\s+✅ HTTP\/1\.1 301/);
    expect(run.stdout).toMatch(/unknown\.example\.org\s+443\s+❌ DNS failure\s+❌ DNS failure/);
  });

  test('--open-issue files the request once and updates the same issue on the next run', async () => {
    const args = [
      'firewall-check',
      '--config',
      config(),
      '--json',
      ...DOMAINS,
      '--port',
      '80,443',
      '--open-issue',
      'packit/deployment',
      '--reason',
      REASON,
    ];
    const first = await runCli(args, env(), { clock: newClock() });
    expect(first.code).toBe(0);
    expect(first.json.result.issue).toMatchObject({ number: 1, action: 'created', url: 'https://github.com/packit/deployment/issues/1' });
    const issues = github.issues.get('packit/deployment')!;
    expect(issues[0]!.title).toBe('Firewall request: gitlab.example.org, .pagure.io, unknown.example.org');
    expect(issues[0]!.body).toContain('(2 clusters × 3 domains × 2 ports)');
    expect(issues[0]!.body).toContain('• protocol: 80, 443');
    const second = await runCli([...args.slice(0, -1), 'Needed for the Pagure and GitLab release syncing'], env(), {
      clock: newClock(),
    });
    expect(second.code).toBe(0);
    expect(second.json.result.issue).toMatchObject({ number: 1, action: 'updated' });
    expect(github.issues.get('packit/deployment')).toHaveLength(1);
    expect(issues[0]!.body).toContain('• justification: Needed for the Pagure and GitLab release syncing');
  });

  test("--open-issue waits out GitHub's secondary rate limit on the run's clock, not in real time", async () => {
    github.fail('GET', /^\/repos\/packit\/deployment\/issues$/, {
      status: 403,
      headers: { 'retry-after': '60' },
      body: { message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.' },
    });
    const clock = newClock();
    const start = clock.now();
    const run = await runCli(
      ['firewall-check', '--config', config(), '--json', ...DOMAINS, '--open-issue', 'packit/deployment', '--reason', REASON],
      env(),
      { clock },
    );
    expect(run.json.error).toBeUndefined();
    expect(run.code).toBe(0);
    expect(run.json.result.issue).toMatchObject({ action: 'created' });
    expect(github.count('GET', /^\/repos\/packit\/deployment\/issues$/)).toBe(2);
    expect(clock.now() - start).toBeGreaterThanOrEqual(60_000);
  });

  test('a dry run starts no pod (the API server dry-runs it) and leaves GitHub alone, saying exactly what would run', async () => {
    const run = await runCli(
      ['firewall-check', '--config', config(), '--json', '--dry-run', ...DOMAINS, '--open-issue', 'packit/deployment', '--reason', REASON],
      env(),
      { clock: newClock() },
    );
    expect(run.code).toBe(0);
    expect(run.json.changed).toBe(false);
    expect(run.json.result.issue).toBeNull();
    expect(run.json.result.ticket).toBeNull();
    expect(github.requests).toHaveLength(0);
    // Every pod create carried dryRun=All; nothing was stored, run, or left to delete.
    const creates = kube.requests.filter((r) => r.method === 'POST' && (r.path.includes(`/${ns.prod}/`) || r.path.includes(`/${ns.stg}/`)));
    expect(creates).toHaveLength(2);
    expect(creates.map((r) => r.query.dryRun)).toEqual(['All', 'All']);
    expect(curl.ran).toHaveLength(0);
    expect([...kube.list(REFS.pods, ns.prod), ...kube.list(REFS.pods, ns.stg)]).toEqual([]);
    expect(kube.requests.filter((r) => r.method === 'DELETE' && r.path.includes(ns.prod))).toEqual([]);
    expect(run.json.result.planned.map((p: { cluster: string; namespace: string }) => [p.cluster, p.namespace])).toEqual([
      ['prod', ns.prod],
      ['stg', ns.stg],
    ]);
    expect(run.json.result.planned[0].command).toEqual(
      expect.arrayContaining(['curl', '--head', '--max-time', '5', 'https://copr.fedorainfracloud.org/', 'https://pagure.io/']),
    );
    expect(run.json.result.results.every((r: { verdict: string }) => r.verdict === 'not checked')).toBe(true);
    expect(run.stderr).toMatch(
      new RegExp(
        `dry run: would run pod service-guru-firewall-check-[0-9a-f]{6} in prod/` +
          `${ns.prod} \\(docker.io/curlimages/curl:8.11.1, accepted by the API ` +
          `server's dry run\\): curl --silent --head --max-time 5 --write-out ` +
          `'__service_guru_probe__ .*' https://copr.fedorainfracloud.org/ --output /dev/null`,
      ),
    );
    expect(run.stderr).toContain('dry run: would open or update the issue in packit/deployment');
  });

  test('a dry run whose token may not create pods fails naming the verb, before anything runs', async () => {
    kube.forbid('create', 'pods');
    try {
      const run = await runCli(
        ['firewall-check', '--config', config(), '--json', '--dry-run', '--domain', 'copr.fedorainfracloud.org'],
        env(),
        { clock: newClock() },
      );
      expect(run.code).toBe(1);
      expect(run.json.error!.message).toMatch(/would not be accepted in prod .*may not create pods/);
      expect(curl.ran).toHaveLength(0);
    } finally {
      kube.allow('create', 'pods');
    }
  });

  test('a pod that never starts fails cleanly, naming why, and is deleted', async () => {
    kube.failPulls(
      'curlimages/curl',
      1,
      'rpc error: code = Unknown desc = reading manifest 8.11.1 in docker.io/curlimages/curl: toomanyrequests',
    );
    const run = await runCli(
      ['firewall-check', '--config', config(), '--json', '--domain', 'copr.fedorainfracloud.org', '--cluster', 'prod', '--timeout', '20s'],
      env(),
      { clock: newClock() },
    );
    expect(run.code).toBe(1);
    expect(run.json.error!.message).toMatch(
      /did not run in prod \(pod service-guru-firewall-check-\w+ in prod\/packit--prod-\d+ did not finish within 20s: Pending \(ImagePullBackOff: Back-off pulling image "docker\.io\/curlimages\/curl:8\.11\.1": ErrImagePull: .*toomanyrequests\)\)/,
    );
    expect(run.json.result.results[0]).toMatchObject({ cluster: 'prod', verdict: 'not checked' });
    expect(run.json.result.ticket).toBeNull();
    expect(kube.list(REFS.pods, ns.prod)).toEqual([]);
  });

  test('bad input is refused before any pod is created', async () => {
    const bad = async (args: string[], environment: Record<string, string> = env()) =>
      runCli(['firewall-check', '--config', config(), '--json', ...args], environment, { clock: newClock() });
    expect((await bad(['--domain=--output=/etc/passwd'])).json.error!.message).toMatch(
      /--domain: "--output=\/etc\/passwd" is not a domain name/,
    );
    expect((await bad(['--domain', 'a.example.org; rm -rf /'])).code).toBe(2);
    expect((await bad(['--domain', 'a.example.org', '--port', '22'])).json.error!.message).toMatch(/SSH rules are bound to IP addresses/);
    expect((await bad(['--domain', 'a.example.org', '--open-issue', 'packit/deployment'])).json.error!.message).toMatch(
      /--open-issue needs --reason/,
    );
    const noToken = await bad(['--domain', 'a.example.org'], { OPENSHIFT_TOKEN_PROD: kube.token });
    expect(noToken.code).toBe(2);
    expect(noToken.json.error!.message).toMatch(/OPENSHIFT_TOKEN_STG is not set/);
    expect(kube.requests.filter((r) => r.method === 'POST' && (r.path.includes(ns.prod) || r.path.includes(ns.stg)))).toEqual([]);
  });
});

describe('workflows/firewall-check.yml', () => {
  test('is valid, runs on dispatch with the domains as input, inputs never inside run:, minimal permissions', async () => {
    const content = readFileSync('workflows/firewall-check.yml', 'utf8');
    const result = parseWorkflow({ name: 'firewall-check.yml', content }, new NoOperationTraceWriter());
    await convertWorkflowTemplate(result.context, result.value!);
    expect(result.context.errors.getErrors().map((e) => e.message)).toEqual([]);
    const wf = parse(content);
    expect(Object.keys(wf.on)).toEqual(['workflow_dispatch']);
    expect(wf.on.workflow_dispatch.inputs.domains).toMatchObject({ type: 'string', required: true });
    expect(wf.permissions).toEqual({});
    expect(wf.jobs.check.permissions).toEqual({ contents: 'read', issues: 'write' });
    const checkout = wf.jobs.check.steps.find((s: { uses?: string }) => s.uses?.startsWith('actions/checkout'));
    expect(checkout.with['persist-credentials']).toBe(false);
    for (const step of wf.jobs.check.steps) if (step.run) expect(step.run).not.toMatch(/\$\{\{/);
    const stage = wf.jobs.check.steps.find((s: { uses?: string }) => s.uses?.includes('actions/firewall-check'));
    expect(stage.with.domain).toBe('${{ inputs.domains }}');
  });
});
