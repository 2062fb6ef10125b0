// A rehearsal of the weekly deployment on this machine, with nothing real touched: the
// component repositories are bare git repositories in a temporary folder, and Copr, Quay,
// Matrix and Slack are the local stand-ins the tests use. It runs the real CLI, stage by stage.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { main } from '../src/cli/main.ts';
import { CoprDouble } from '../src/standins/copr.ts';
import { MatrixDouble } from '../src/standins/matrix.ts';
import { QuayDouble } from '../src/standins/quay.ts';
import { SlackDouble } from '../src/standins/slack.ts';
import { BareRemote } from '../test/helpers/git-repos.ts';

const dir = mkdtempSync(path.join(os.tmpdir(), 'service-guru-rehearsal-'));
const copr = new CoprDouble();
const quay = new QuayDouble();
const matrix = new MatrixDouble();
const slack = new SlackDouble();
await Promise.all([copr.start(), quay.start(), matrix.start(), slack.start()]);

const repos: Record<string, BareRemote> = {};
for (const name of ['ogr', 'packit', 'packit-service']) {
  const repo = new BareRemote(dir, name);
  repo.commit(`${name}: last week's release`);
  repo.push('main');
  repo.checkout('stable', true);
  repo.push('stable');
  repo.checkout('main');
  repo.commit(`${name}: this week's change`);
  repo.push('main');
  repos[name] = repo;
}
const stableOf = (name: string): string => execFileSync('git', ['rev-parse', 'stable'], { cwd: repos[name]!.bare, encoding: 'utf8' }).trim();

// Copr builds whatever stable now is; Quay gets the new packit-service images a little later.
copr.latest.set('packit/packit-stable/python-ogr', `0.76.0.post17+g${stableOf('ogr').slice(0, 7)}`);
copr.onPoll = (key) => {
  const component = key.endsWith('python-ogr') ? 'ogr' : 'packit';
  copr.latest.set(key, `0.76.0.post18+g${stableOf(component).slice(0, 7)}`);
};
copr.latest.set('packit/packit-stable/packit', null);
const oldDigest = `sha256:${'0'.repeat(64)}`;
for (const image of ['packit-service', 'packit-worker']) {
  quay.repos.set(`packit/${image}`, [{ name: 'prod', manifest_digest: oldDigest, is_manifest_list: true, start_ts: 1764300000, platforms: ['linux/amd64', 'linux/arm64'] }]);
}
matrix.addRoom('!packit:fedora.im', 'Packit Service 🚀 https://packit.dev');
slack.addChannel('C0PACKIT', 'Packit & friends 🎉');

const config = path.join(dir, 'service-guru.yml');
writeFileSync(config, `deployment: prod
copr: { apiUrl: ${copr.url} }
registries: { quay.io: { apiUrl: ${quay.url} } }
components:
  - { name: ogr, remote: ${repos.ogr!.bare}, copr: { project: packit/packit-stable, package: python-ogr } }
  - { name: packit, remote: ${repos.packit!.bare}, after: [ogr], copr: { project: packit/packit-stable, package: packit } }
  - name: packit-service
    remote: ${repos['packit-service']!.bare}
    after: [packit]
    images:
      - { image: quay.io/packit/packit-service:prod, platforms: [linux/amd64, linux/arm64] }
      - { image: quay.io/packit/packit-worker:prod, platforms: [linux/amd64, linux/arm64] }
chat:
  matrix: { homeserver: ${matrix.url}, rooms: ["!packit:fedora.im"] }
  slack: { apiUrl: ${slack.url}/api/, channels: [C0PACKIT] }
  notices:
    deploying: "⚠️ Production redeployment in progress. ⚠️"
    retrigger: ["/packit build", "/packit test"]
`);
const env = { ...process.env, MATRIX_ACCESS_TOKEN: matrix.token, SLACK_BOT_TOKEN: slack.token };
const out = (t: string) => process.stdout.write(t);
const err = (t: string) => process.stderr.write(t);
async function stage(...args: string[]): Promise<string> {
  let json = '';
  const shown = args.map((a) => (a.startsWith('{') ? "'<move-stable result>'" : a));
  process.stdout.write(`\n$ service-guru ${shown.join(' ')} --config ${config}\n`);
  const code = await main([...args, '--config', config, '--json'], env, (t) => (json += t), err);
  const outcome = JSON.parse(json);
  out(`→ exit ${code}, ok=${outcome.ok}, changed=${outcome.changed}\n`);
  if (code !== 0) throw new Error(`${args[0]} failed: ${outcome.error?.message}`);
  return json;
}

try {
  await stage('topic-notify');
  out(`  Matrix topic: ${matrix.topic('!packit:fedora.im')}\n  Slack topic:  ${slack.channels.get('C0PACKIT')!.topic}\n`);
  await stage('move-stable', '--dry-run');
  const moved = await stage('move-stable', '--copr-interval', '1s');
  const sha = stableOf('packit-service');
  setTimeout(() => {
    const digest = `sha256:${sha.padEnd(64, '1')}`;
    for (const image of ['packit-service', 'packit-worker']) {
      const tag = { manifest_digest: digest, is_manifest_list: true, start_ts: 1764320000, platforms: ['linux/amd64', 'linux/arm64'] };
      quay.repos.set(`packit/${image}`, [{ name: 'prod', ...tag }, { name: `stable-${sha.slice(0, 7)}-1764320000`, ...tag }]);
    }
  }, 2500);
  await stage('wait-images', '--moved', moved, '--interval', '1s', '--timeout', '1m');
  await stage('topic-revert');
  out(`  Matrix topic: ${matrix.topic('!packit:fedora.im')}\n  Slack topic:  ${slack.channels.get('C0PACKIT')!.topic}\n`);
  out(`\nRehearsal passed. The repositories and configuration are in ${dir}\n`);
} finally {
  await Promise.all([copr.stop(), quay.stop(), matrix.stop(), slack.stop()]);
}
