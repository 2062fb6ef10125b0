import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, readFileSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { main } from '../src/cli/main.ts';
import { tokenEnvFor } from '../src/kube/cluster.ts';
import { USER_STEP_IDS as STEP_IDS } from '../src/stages/deploy/model.ts';
import { buildWorld, type World } from '../src/stages/rehearse/world.ts';
import { findScenario } from '../src/stages/rehearse/scenarios.ts';
import { FaultPlan, faultScope, hashSeed, mulberry32, type InjectedFault } from '../src/standins/faults.ts';
import type { HttpDouble } from '../src/standins/http-double.ts';
import { REFS } from '../src/standins/kube/index.ts';
import { realSetTimeout, simulatedClock, type SimulatedClock } from './warp.ts';
import type { Observation, Invocation, Workload } from './invariants.ts';

export interface EpisodeOptions {
  run: number;
  /** This run's own seed (runSeed of the campaign's seed and the run number). */
  seed: number;
  config: string;
  /** Simulated time per real time. */
  speed: number;
  /** The timer warp of the process (warp.ts). */
  warp: number;
  /** Real milliseconds one deploy may take before it counts as hung. */
  hangMs: number;
  /** Another plan than the seed's (to aim faults at one service while chasing a bug). */
  plan?: (now: () => number) => FaultPlan;
}

export interface Episode {
  observation: Observation;
  faults: InjectedFault[];
  killed: boolean;
  resumed: boolean;
  /** Answers held back until the hold ended: their client set no timeout of its own. */
  heldToTheEnd: number;
  realMs: number;
}

const DEPLOY_ARGS = [
  '--json',
  '--yes',
  '--images-interval',
  '5s',
  '--copr-interval',
  '5s',
  '--observe',
  '2m',
  '--images-timeout',
  '90m',
  '--run-url',
  'https://github.com/rehearsal/deployment/actions/runs/1',
];

/**
 * Sentinel secrets: values found nowhere else, with characters that URL-encoding changes, so a
 * leak shows up verbatim, base64- or URL-encoded.
 */
function sentinels(seed: number): Record<string, string> {
  const hex = seed.toString(16).padStart(8, '0');
  const make = (name: string): string => `sg-sentinel+${name}/${hex}=Zq`;
  return {
    GITHUB_TOKEN: make('github'),
    MATRIX_ACCESS_TOKEN: make('matrix'),
    SLACK_BOT_TOKEN: make('slack'),
    SENTRY_AUTH_TOKEN: make('sentry'),
    OPENSHIFT_TOKEN: make('kube'),
  };
}

/** The plan of one run, drawn from its seed: how often requests fail, an outage, a kill. */
export function planFor(seed: number, now: () => number): FaultPlan {
  const random = mulberry32(hashSeed(seed, 'plan'));
  const rate = 0.005 + random() * 0.045;
  const kill = random() < 0.2;
  // A run asks about 55 distinct request lines (more with a rollback): the kill lands at a new one.
  const killAt = 3 + Math.floor(random() * 55);
  return new FaultPlan({ seed, rate, now, outageChance: 0.2, ...(kill ? { killAt } : {}) });
}

/** One run: the world, the deploy under faults, the resume once they stop, and what it all left behind. */
export async function runEpisode(options: EpisodeOptions): Promise<Episode> {
  const started = Date.now();
  const clock = simulatedClock(options.speed, options.warp);
  const plan = (options.plan ?? ((now) => planFor(options.seed, now)))(() => clock.now());
  plan.enabled = false;
  const world = await faultScope.run(plan, () => buildWorld(options.config, findScenario('weekly')!, clock, 'in-process'));
  try {
    const secrets = sentinels(options.seed);
    const env = armSentinels(world, secrets);
    await settle(world);
    const before = workloads(world);
    // Every image the builds push from now on (the kube doubles learn each push): a hotfix builds too.
    const pushed = new Set<string>();
    for (const double of new Set(world.cluster.kube.values())) {
      const set = double.registry.set.bind(double.registry);
      double.registry.set = (ref: string, digest: string) => (pushed.add(digest), set(ref, digest));
    }
    const rooms = roomTopics(world);
    const stateFile = path.join(world.dir, 'deploy-state.json');
    const run = (args: string[]): Promise<Invocation> => invoke(world, env, [...args, '--state', stateFile], clock, options.hangMs);
    // The process dies at the kill: what it does afterwards never happened, and its state file is as the kill left it.
    const hidden = path.join(world.dir, 'killed-state.json');
    const remotes = world.config.components.flatMap((c) => (c.remote ? [c.remote] : []));
    plan.onKill = () => {
      if (existsSync(stateFile)) copyFileSync(stateFile, hidden);
      for (const remote of remotes) renameSync(remote, `${remote}.killed`);
      // What the dead process would still have done never happens: its deadlines pass at once.
      clock.offsetMs += 12 * 3_600_000;
      clock.instant = true;
    };
    // A colleague's hotfix lands on a stable branch mid-run, at a request drawn from the seed.
    const pushes = new Map<string, { sha: string; parent: string }>();
    const hotfix = hotfixFor(options.seed, world);
    plan.onRequest = (count) => {
      if (hotfix && count === hotfix.at && !plan.dead) {
        const pushed = pushHotfix(world, hotfix.component);
        if (pushed) {
          pushes.set(hotfix.component, pushed);
          plan.note('stable-pushed', hotfix.component, `hotfix ${pushed.sha.slice(0, 7)} on stable`);
        }
      }
    };
    plan.enabled = true;
    const invocations: Invocation[] = [];
    const first = await run(['deploy', ...DEPLOY_ARGS]);
    plan.enabled = false;
    plan.dead = false;
    clock.instant = false;
    const killed = plan.injected.some((f) => f.kind === 'kill');
    if (killed) {
      for (const remote of remotes) renameSync(`${remote}.killed`, remote);
      rmSync(stateFile, { force: true });
      if (existsSync(hidden)) renameSync(hidden, stateFile);
    }
    invocations.push({ ...first, label: killed ? 'killed' : 'faulted' });
    let resumeFrom: string | null | undefined;
    if (killed) resumeFrom = nextStep(stateFile);
    else if (first.code === 1) {
      // The hint names the step; when it names none (only a topic step failed), the first failed step;
      // when the deploy stopped before its first step (e.g. the run lock), it is run again from the start.
      const steps = first.json?.result?.steps ?? [];
      resumeFrom =
        /--from ([a-z-]+)/.exec(first.json?.error?.hint ?? '')?.[1] ??
        steps.find((s) => s.status === 'failed' && s.id !== 'rollback')?.id ??
        (steps.length ? undefined : null);
    }
    if (killed || first.code === 1) {
      if (resumeFrom === undefined) {
        invocations.push({
          label: 'resume',
          code: -1,
          stdout: '',
          stderr: 'no step to resume from: neither the hint nor the steps name one',
          json: undefined,
          hung: false,
        });
      } else {
        const args = resumeFrom ? ['deploy', '--from', resumeFrom, ...DEPLOY_ARGS] : ['deploy', ...DEPLOY_ARGS];
        invocations.push({ ...(await run(args)), label: resumeFrom ? `resume --from ${resumeFrom}` : 'restart' });
      }
    }
    await settle(world);
    const observation: Observation = {
      run: options.run,
      seed: options.seed,
      components: [...world.heads].map(([name, h]) => ({
        name,
        before: h.stable,
        approved: h.main,
        after: world.stable(name),
        ...(pushes.has(name) ? { pushed: pushes.get(name) } : {}),
      })),
      rooms: rooms.map((r) => ({ ...r, ...roomAfter(world, r.platform, r.room) })),
      failedNotice: world.config.chat?.notices?.failed ?? '',
      workloads: workloadsAfter(world, before, pushed),
      invocations,
      texts: texts(world, invocations),
      sentinels: Object.values(secrets),
    };
    return {
      observation,
      faults: plan.injected,
      killed,
      resumed: invocations.length > 1,
      heldToTheEnd: plan.heldToTheEnd,
      realMs: Date.now() - started,
    };
  } finally {
    await world.stop(false);
  }
}

/** Replaces every stand-in token by a sentinel, and the environment with it. */
function armSentinels(world: World, secrets: Record<string, string>): Record<string, string> {
  world.github.token = secrets.GITHUB_TOKEN!;
  world.matrix.token = secrets.MATRIX_ACCESS_TOKEN!;
  world.slack.token = secrets.SLACK_BOT_TOKEN!;
  const env: Record<string, string> = {
    ...world.env,
    GITHUB_TOKEN: secrets.GITHUB_TOKEN!,
    MATRIX_ACCESS_TOKEN: secrets.MATRIX_ACCESS_TOKEN!,
    SLACK_BOT_TOKEN: secrets.SLACK_BOT_TOKEN!,
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? '',
    GITHUB_OUTPUT: path.join(world.dir, 'github-output'),
    GITHUB_STEP_SUMMARY: path.join(world.dir, 'step-summary.md'),
  };
  if (world.cluster.sentry) {
    world.cluster.sentry.token = secrets.SENTRY_AUTH_TOKEN!;
    env.SENTRY_AUTH_TOKEN = secrets.SENTRY_AUTH_TOKEN!;
  }
  for (const [name, double] of world.cluster.kube) {
    double.token = secrets.OPENSHIFT_TOKEN!;
    env[tokenEnvFor(name)] = secrets.OPENSHIFT_TOKEN!;
  }
  return env;
}

async function settle(world: World): Promise<void> {
  await Promise.all([...new Set(world.cluster.kube.values())].map((k) => k.settle()));
}

const tracing = process.env.FAULTS_TRACE === '1';
const trace = (text: string): string => (tracing ? `[${new Date().toISOString().slice(17, 23)}] ${text}` : text);

async function invoke(
  world: World,
  env: Record<string, string>,
  argv: string[],
  clock: SimulatedClock,
  hangMs: number,
): Promise<Invocation> {
  let stdout = '';
  let stderr = '';
  let timer: ReturnType<typeof setTimeout> | undefined;
  const hung = new Promise<'hung'>((resolve) => {
    timer = realSetTimeout(() => resolve('hung'), hangMs);
  });
  let code: number | 'hung';
  try {
    code = await Promise.race([
      main(
        [argv[0]!, '--config', world.configFile, ...argv.slice(1)],
        env,
        (t) => (stdout += t),
        (t) => (stderr += trace(t)),
        { clock },
      ),
      hung,
    ]);
  } catch (error) {
    // main never throws: an exception escaping it is a crash.
    stderr += `\nUNCAUGHT ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`;
    code = 99;
  } finally {
    clearTimeout(timer);
  }
  let json: Invocation['json'];
  try {
    json = JSON.parse(stdout) as Invocation['json'];
  } catch {
    json = undefined;
  }
  return { label: '', code: code === 'hung' ? -1 : code, stdout, stderr, json, hung: code === 'hung' };
}

/** The step after the last one the state file records as done: where a resume starts (null: from the start). */
function nextStep(stateFile: string): string | null {
  if (!existsSync(stateFile)) return null;
  const state = JSON.parse(readFileSync(stateFile, 'utf8')) as { records: Array<{ id: string; status: string }> };
  const done = new Set(state.records.filter((r) => r.status !== 'failed' && r.status !== 'not-run').map((r) => r.id));
  // After a rollback the rollout starts again at the import, as deploy's own hint says.
  const rolledBack = state.records.some((r) => r.id === 'rollback' && (r.status === 'ok' || r.status === 'failed'));
  const step = STEP_IDS.find((id) => !done.has(id) || (rolledBack && id === 'import-images'));
  return step === 'preflight' ? null : (step ?? null);
}

function roomTopics(world: World): Array<{ platform: string; room: string; original: string }> {
  return [
    ...(world.config.chat?.matrix?.rooms ?? []).map((room) => ({ platform: 'matrix', room, original: world.matrix.topic(room) ?? '' })),
    ...(world.config.chat?.slack?.channels ?? []).map((room) => ({
      platform: 'slack',
      room,
      original: world.slack.channels.get(room)?.topic ?? '',
    })),
  ];
}

function roomAfter(world: World, platform: string, room: string): { after: string; messages: string[] } {
  if (platform === 'matrix') {
    const messages = (world.matrix.rooms.get(room)?.messages ?? []).map((m) => JSON.stringify(m.content));
    return { after: world.matrix.topic(room) ?? '', messages };
  }
  const channel = world.slack.channels.get(room);
  const messages = (channel?.messages ?? [])
    .filter((m) => !('subtype' in m && m.subtype === 'channel_topic'))
    .map((m) => JSON.stringify(m));
  return { after: channel?.topic ?? '', messages };
}

interface WorkloadBefore {
  key: string;
  cluster: string;
  digest: string | null;
  image: string;
}

const digestOf = (image: string | undefined): string | null => /@(sha256:[0-9a-f]{64})$/.exec(image ?? '')?.[1] ?? null;

function workloads(world: World): WorkloadBefore[] {
  const out: WorkloadBefore[] = [];
  for (const [cluster, double] of world.cluster.kube) {
    const namespace = world.config.clusters![cluster]!.namespace;
    for (const ref of [REFS.deployments, REFS.statefulsets]) {
      for (const o of double.list(ref, namespace)) {
        const image =
          (o as { spec?: { template?: { spec?: { containers?: Array<{ image?: string }> } } } }).spec?.template?.spec?.containers?.[0]
            ?.image ?? '';
        out.push({ key: `${cluster}/${namespace}/${ref.resource}/${o.metadata.name}`, cluster, digest: digestOf(image), image });
      }
    }
  }
  return out;
}

/** Each workload before and after, with the image its build pushed this run (the new one). */
function workloadsAfter(world: World, before: WorkloadBefore[], pushed: Set<string>): Workload[] {
  const now = new Map(workloads(world).map((w) => [w.key, w]));
  return before.map((w) => {
    const double = world.cluster.kube.get(w.cluster)!;
    const repository = w.image.replace(/@.*$/, '');
    const latest = double.registry.get(`${repository}:prod`) ?? null;
    return {
      name: w.key,
      stream: repository,
      before: w.digest,
      new: latest && latest !== w.digest ? latest : null,
      pushed: [...pushed],
      after: now.get(w.key)?.digest ?? null,
      production: !world.config.clusters![w.cluster]!.staging,
    };
  });
}

/** Everything the secret search reads: outputs, files of the run, the stand-ins' request logs. */
function texts(world: World, invocations: Invocation[]): Array<{ where: string; text: string }> {
  const out: Array<{ where: string; text: string }> = [];
  for (const inv of invocations) {
    out.push({ where: `${inv.label} stdout`, text: inv.stdout }, { where: `${inv.label} stderr`, text: inv.stderr });
  }
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const file = path.join(dir, name);
      if (name.endsWith('.git') || name.endsWith('.git.killed')) continue;
      const stat = statSync(file);
      if (stat.isDirectory()) walk(file);
      else if (stat.size < 5_000_000) out.push({ where: `file ${path.relative(world.dir, file)}`, text: readFileSync(file, 'utf8') });
    }
  };
  walk(world.dir);
  // Its own token belongs in the Authorization header of a request to a service: nowhere else.
  const http: Array<[string, HttpDouble, string]> = [
    ['github', world.github, world.github.token],
    ['matrix', world.matrix, world.matrix.token],
    ['slack', world.slack, world.slack.token],
    ['registry', world.registry as unknown as HttpDouble, ''],
  ];
  if (world.cluster.sentry) http.push(['sentry', world.cluster.sentry, world.cluster.sentry.token]);
  for (const [name, double, token] of http) {
    if (!('requests' in double)) continue;
    const log = double.requests.map((r) => {
      const { authorization, ...headers } = r.headers;
      const own = typeof authorization === 'string' && token && authorization.replace(/^(Bearer|token) /, '') === token;
      return { ...r, headers: own ? headers : r.headers };
    });
    out.push({ where: `${name} request log`, text: JSON.stringify(log) });
  }
  for (const [cluster, double] of world.cluster.kube)
    out.push({ where: `kube ${cluster} request log`, text: JSON.stringify(double.requests) });
  return out;
}

/** One run in four: a hotfix pushed to one component's stable at the n-th new request line of the deploy. */
function hotfixFor(seed: number, world: World): { at: number; component: string } | undefined {
  const random = mulberry32(hashSeed(seed, 'hotfix'));
  if (random() >= 0.25) return undefined;
  const names = [...world.heads.keys()];
  return { at: 2 + Math.floor(random() * 45), component: names[Math.floor(random() * names.length)]! };
}

/** Pushes a commit on top of the component's stable as someone else would (fast-forward); undefined if stable is gone. */
function pushHotfix(world: World, name: string): { sha: string; parent: string } | undefined {
  const parent = world.stable(name);
  if (!parent) return undefined;
  const component = world.config.components.find((c) => c.name === name)!;
  const message = `${name}: urgent hotfix pushed by a colleague during the deploy`;
  if (component.remote) {
    const git = (args: string[]): string =>
      execFileSync('git', args, { cwd: component.remote, encoding: 'utf8', env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1' } }).trim();
    const identity = ['-c', 'user.name=Colleague', '-c', 'user.email=colleague@example.org'];
    const sha = git([...identity, 'commit-tree', `${parent}^{tree}`, '-p', parent, '-m', message]);
    git(['update-ref', 'refs/heads/stable', sha, parent]);
    return { sha, parent };
  }
  const repo = world.github.repos.get(component.repo!);
  if (!repo) return undefined;
  const sha = world.github.chain(parent, message);
  repo.branches.set('stable', sha);
  return { sha, parent };
}
