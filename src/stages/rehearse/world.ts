import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import type { Clock } from '../../core/clock.ts';
import type { ConfigInput } from '../../config/schema.ts';
import { CoprDouble } from '../../standins/copr.ts';
import { BareRepository } from '../../standins/git-remotes.ts';
import { GitHubDouble } from '../../standins/github.ts';
import { ImageBuilds, type BuiltComponent } from '../../standins/image-builds.ts';
import { MatrixDouble } from '../../standins/matrix.ts';
import { pushImage, startLocalRegistry, type LocalRegistryServer } from '../../standins/oci-registry.ts';
import { SlackDouble } from '../../standins/slack.ts';
import { startClusterStandIns, type ClusterStandIns } from './cluster.ts';
import type { Scenario } from './scenarios.ts';

/** Everything the rehearsal stands up; `stop` takes it all down and removes the folder (unless kept). */
export interface World {
  dir: string;
  configFile: string;
  config: ConfigInput;
  env: Record<string, string>;
  github: GitHubDouble;
  matrix: MatrixDouble;
  slack: SlackDouble;
  registry: LocalRegistryServer;
  builds: ImageBuilds;
  cluster: ClusterStandIns;
  /** component → head of main and of stable before the run. */
  heads: Map<string, { main: string; stable: string }>;
  /** Reads a component's stable now. */
  stable(name: string): string | null;
  /** What was left out of the rehearsal, and why. */
  notes: string[];
  stop(keep: boolean): Promise<void>;
}

const repoName = (c: NonNullable<ConfigInput['components']>[number]): string => c.repo ?? `rehearsal/${c.name}`;

/**
 * Builds the rehearsal from a configuration: the same components, images, rooms, clusters and
 * health checks, with every service URL replaced by a stand-in on 127.0.0.1 and every
 * repository by a local one (a bare git repository, or the GitHub stand-in for components whose
 * builds are GitHub Actions runs), each with last week's release on stable and this week's
 * change on main.
 */
export async function buildWorld(
  sourceFile: string,
  scenario: Scenario,
  clock: Clock,
  registryKind = 'auto',
  /** Components with no change this week: main is stable, and production runs its image already. */
  unchanged: readonly string[] = [],
): Promise<World> {
  const config = parse(readFileSync(sourceFile, 'utf8')) as ConfigInput;
  const dir = mkdtempSync(path.join(os.tmpdir(), 'service-guru-rehearsal-'));
  const github = new GitHubDouble();
  const copr = new CoprDouble();
  const matrix = new MatrixDouble();
  const slack = new SlackDouble();
  const [registry] = await Promise.all([startLocalRegistry(registryKind), github.start(), copr.start(), matrix.start(), slack.start()]);
  // In a registry shared with other runs (the test suite's), this run's images get a folder of their own.
  const namespace = registry.kind === 'existing' ? `rehearsal-${path.basename(dir).slice(-6).toLowerCase()}/` : '';
  const kinds = { 'docker-registry': "Debian's docker-registry", 'in-process': 'the in-process OCI registry', existing: 'the registry' };
  const notes: string[] = [`registry: ${kinds[registry.kind]} on ${registry.host}${namespace ? `, images under ${namespace}` : ''}`];
  const source = config.branches?.source ?? 'main';
  const target = config.branches?.target ?? 'stable';
  config.github = { apiUrl: github.url, serverUrl: github.url };
  config.copr = { apiUrl: copr.url };
  config.registries = { [registry.host]: { apiUrl: registry.url } };
  const heads = new Map<string, { main: string; stable: string }>();
  const readers = new Map<string, () => string | null>();
  const built: BuiltComponent[] = [];
  for (const [index, component] of config.components.entries()) {
    const name = component.name;
    const diverge = scenario.name === 'diverged' && index === config.components.findIndex((c) => !c.build);
    if (component.build) {
      const full = repoName(component);
      const repo = github.addRepo(full);
      const base = github.chain(null, `${name}: last week's release`);
      const stable = diverge ? github.chain(base, `${name}: cherry-pick of an urgent fix`) : base;
      const main = unchanged.includes(name) ? stable : github.chain(base, `${name}: this week's change (#${100 + index})`);
      repo.branches.set(source, main);
      repo.branches.set(target, stable);
      // The checks the configuration requires (else one), all green on this week's commit.
      repo.checkRuns.set(
        main,
        (component.checks ?? ['tests']).map((check) => ({ name: check, status: 'completed', conclusion: 'success' })),
      );
      // Last week's build runs, green: what pushed the images production runs now.
      repo.runs.push(
        ...component.build.workflows.map((workflow, i) => ({
          id: 4_000_000 + index * 10 + i,
          workflow,
          name: 'Rebuild & push images',
          head_sha: stable,
          head_branch: target,
          status: 'completed' as const,
          conclusion: 'success' as const,
          created_at: new Date(clock.now() - 7 * 86_400_000).toISOString(),
        })),
      );
      delete component.remote;
      component.repo = full;
      heads.set(name, { main, stable });
      readers.set(name, () => repo.branches.get(target) ?? null);
    } else {
      const repo = new BareRepository(dir, name);
      const [, stable, main] = repo.history([
        { branch: source, message: `${name}: last week's release` },
        diverge ? { branch: target, message: `${name}: cherry-pick of an urgent fix`, from: 0 } : { branch: target, from: 0 },
        { branch: source, message: `${name}: this week's change (#${100 + index})`, from: 0 },
      ]) as [string, string, string];
      delete component.repo;
      component.remote = repo.bare;
      heads.set(name, { main, stable });
      readers.set(name, () => repo.head(target));
    }
    if (component.copr)
      copr.latest.set(`${component.copr.project}/${component.copr.package}`, `0.1.0+g${heads.get(name)!.stable.slice(0, 7)}`);
    const images = (component.images ?? []).map((image) => {
      const [, original, tag] = /^[^/]+\/(.+):([^:]+)$/.exec(image.image)!;
      const repository = `${namespace}${original!}`;
      image.image = `${registry.host}/${repository}:${tag}`;
      return {
        repository,
        tag: tag!,
        platforms: image.platforms ?? ['linux/amd64'],
        uniqueTag: component.build ? ('with-epoch' as const) : ('short' as const),
      };
    });
    built.push({
      name,
      stable: readers.get(name)!,
      ...(component.build ? { repo: component.repo!, workflows: component.build.workflows } : { workflows: [] }),
      images,
      ...(component.copr ? { copr: `${component.copr.project}/${component.copr.package}` } : {}),
    });
  }
  const cluster = await startClusterStandIns(config, clock, scenario, (name) => readers.get(name)?.() ?? null);
  notes.push(...cluster.notes);
  // Last week's images, as the registry holds them before the run.
  await Promise.all(
    built.flatMap((c) =>
      c.images.map(async (image) => {
        const digest = await pushImage(
          registry.url,
          image.repository,
          [image.tag, `stable-${heads.get(c.name)!.stable.slice(0, 7)}`],
          image.platforms,
          `${c.name} last week`,
        );
        cluster.imagePushed(`${registry.host}/${image.repository}:${image.tag}`, digest, heads.get(c.name)!.stable);
      }),
    ),
  );
  await cluster.seed();
  const builds = new ImageBuilds({
    components: built,
    registryUrl: registry.url,
    github,
    now: () => clock.now(),
    events: {
      coprBuilt: (key, version) => copr.latest.set(key, version),
      // The commit the build was of: a later push may be stable's head by the time it finishes.
      pushed: (_component, repository, digest, tags, sha) => cluster.imagePushed(`${registry.host}/${repository}:${tags[0]}`, digest, sha),
    },
  });
  if (scenario.name === 'failed-build') {
    const victim = built.find((c) => c.images.length && c.repo) ?? built.find((c) => c.images.length);
    if (victim) builds.failing.add(victim.name);
  }
  builds.start();
  if (config.chat?.matrix) {
    config.chat.matrix.homeserver = matrix.url;
    for (const room of config.chat.matrix.rooms) matrix.addRoom(room, `${config.deployment}: all systems go`);
  }
  if (config.chat?.slack) {
    config.chat.slack.apiUrl = `${slack.url}/api/`;
    for (const channel of config.chat.slack.channels) slack.addChannel(channel, `${config.deployment}: all systems go`);
  }
  if (config.infra) {
    delete config.infra;
    notes.push('infra-sync: left out (it runs your apply command against real clusters)');
  }
  const configFile = path.join(dir, 'service-guru.yml');
  writeFileSync(configFile, `# Rehearsal of ${sourceFile}: every service is a stand-in on 127.0.0.1.\n${stringify(config)}`);
  const env: Record<string, string> = {
    GITHUB_TOKEN: github.token,
    MATRIX_ACCESS_TOKEN: matrix.token,
    SLACK_BOT_TOKEN: slack.token,
    ...cluster.env,
  };
  return {
    dir,
    configFile,
    config,
    env,
    github,
    matrix,
    slack,
    registry,
    builds,
    cluster,
    heads,
    notes,
    stable: (name) => readers.get(name)?.() ?? null,
    stop: async (keep) => {
      await builds.stop();
      await Promise.all([github.stop(), copr.stop(), matrix.stop(), slack.stop(), registry.stop(), cluster.stop()]);
      if (!keep) rmSync(dir, { recursive: true, force: true });
    },
  };
}
