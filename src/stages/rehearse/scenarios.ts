import type { Config } from '../../config/types.ts';
import { killAfterFirstImport } from './interrupt.ts';
import type { World } from './world.ts';

/** What a rehearsed deploy reported, as far as the scenarios judge it. */
export interface RehearsedDeploy {
  ok: boolean;
  steps: Array<{ id: string; status: string }>;
  results: Record<string, unknown>;
}

export interface Scenario {
  name: string;
  description: string;
  /** The exit code the rehearsal ends with when the product behaves. */
  exit: 0 | 1;
  /** What the configuration must have for the trouble to happen at all (each unmet need, named). */
  needs?(config: Config): string[];
  /** What went differently from the expectation; empty when all is as it should be. */
  judge(world: World, deploy: RehearsedDeploy): string[];
  /** The first attempt is cut short; the rehearsal then runs deploy again, and `judge` sees that run. */
  interrupt?(world: World): Interruption;
}

export interface Interruption {
  /** What went differently in the first attempt (it must have been cut short, and failed). */
  check(first: RehearsedDeploy): string[];
  /** Gives the stand-ins back for the next attempt. */
  heal(): void;
  note: string;
}

const status = (d: RehearsedDeploy, id: string): string => d.steps.find((s) => s.id === id)?.status ?? 'absent';
const expectStatus = (d: RehearsedDeploy, id: string, ...wanted: string[]): string[] =>
  wanted.includes(status(d, id)) ? [] : [`${id}: expected ${wanted.join(' or ')}, got ${status(d, id)}`];

/** Every component's stable is at what its main was (all moved, nothing left behind). */
function allMoved(world: World): string[] {
  return [...world.heads]
    .filter(([name, h]) => world.stable(name) !== h.main)
    .map(([name]) => `${name}: stable is not at this week's main`);
}

function topics(world: World, want: 'restored' | 'failed'): string[] {
  const problems: string[] = [];
  for (const room of world.config.chat?.matrix?.rooms ?? []) {
    const topic = world.matrix.topic(room) ?? '';
    const restored = topic === `${world.config.deployment}: all systems go`;
    if (want === 'restored' ? !restored : restored)
      problems.push(`Matrix ${room}: topic "${topic}" is not ${want === 'restored' ? 'the original' : 'the failed notice'}`);
  }
  for (const channel of world.config.chat?.slack?.channels ?? []) {
    const topic = world.slack.channels.get(channel)?.topic ?? '';
    const restored = topic === `${world.config.deployment}: all systems go`;
    if (want === 'restored' ? !restored : restored)
      problems.push(`Slack ${channel}: topic "${topic}" is not ${want === 'restored' ? 'the original' : 'the failed notice'}`);
  }
  return problems;
}

const healed = (world: World, d: RehearsedDeploy): string[] => [
  ...(d.ok ? [] : ['the deployment did not succeed']),
  ...allMoved(world),
  ...expectStatus(d, 'health-gate', 'ok'),
  ...topics(world, 'restored'),
];

const streams = (c: Config): string[] => c.components.flatMap((x) => x.images.flatMap((i) => (i.imageStream ? [i.imageStream] : [])));
const workloads = (c: Config): string[] => c.components.flatMap((x) => x.images.flatMap((i) => i.workloads ?? []));
const production = (c: Config): boolean => Object.values(c.clusters).some((x) => !x.staging);
const need = (met: boolean, what: string): string[] => (met ? [] : [what]);
/** The trouble of these scenarios happens in production's rollout: a cluster, and streams or workloads to roll. */
const rollout = (c: Config): string[] => [
  ...need(production(c), 'a production cluster under clusters: (one without staging: true)'),
  ...need(streams(c).length > 0 || workloads(c).length > 0, 'an image with imageStream: or workloads:'),
];

export const SCENARIOS: Scenario[] = [
  {
    name: 'weekly',
    description: 'The plain Monday: everything moves, builds, imports and stays healthy (exit 0)',
    exit: 0,
    judge: healed,
  },
  {
    name: 'diverged',
    description: 'stable carries a cherry-pick that main lacks: replaced with a lease, naming the dropped commit (exit 0)',
    exit: 0,
    needs: (c) =>
      need(
        c.components.some((x) => !x.build),
        'a component without build: (its stable gets the cherry-pick)',
      ),
    judge: (world, d) => {
      const moves = (d.results['move-stable'] as { components?: Array<{ name: string; action: string }> } | undefined)?.components ?? [];
      return [...healed(world, d), ...(moves.some((m) => m.action === 'force') ? [] : ['no component was force-moved'])];
    },
  },
  {
    name: 'stuck-pod',
    description: 'A worker pod hangs in Terminating during the rollout: it is force-deleted, the rollout completes (exit 0)',
    exit: 0,
    needs: (c) => [
      ...rollout(c),
      ...need(
        streams(c).some((s) => /worker/.test(s)) || workloads(c).some((w) => w.startsWith('statefulset/')),
        'an imageStream: named like *worker* (its workers run as StatefulSets) or a statefulset/ under workloads:',
      ),
    ],
    judge: healed,
  },
  {
    name: 'image-pull-backoff',
    description:
      'A new pod cannot pull its image at first (ImagePullBackOff): importing again (a stream) or a new pod (a workload) heals it (exit 0)',
    exit: 0,
    needs: rollout,
    judge: healed,
  },
  {
    name: 'sentry-regression',
    description: 'A new Sentry issue appears after the import: rollback, the failed notice (exit 1)',
    exit: 1,
    needs: (c) => [...need(!!c.health.sentry, 'health.sentry'), ...rollout(c)],
    judge: (world, d) => [
      ...(d.ok ? ['the deployment succeeded despite the new Sentry issue'] : []),
      ...expectStatus(d, 'health-gate', 'failed'),
      ...expectStatus(d, 'rollback', 'ok'),
      ...topics(world, 'failed'),
    ],
  },
  {
    name: 'failed-build',
    description: 'An image build run fails: the deployment stops before the import, the failed notice (exit 1)',
    exit: 1,
    needs: (c) =>
      need(
        c.components.some((x) => x.build && x.images.length),
        'a component with build.workflows and images',
      ),
    judge: (world, d) => [
      ...expectStatus(d, 'wait-images', 'failed'),
      ...expectStatus(d, 'import-images', 'not-run'),
      ...(world.cluster.imported.size ? ['images were imported despite the failed build'] : []),
      ...topics(world, 'failed'),
    ],
  },
  {
    name: 'partial-rerun',
    description:
      'The first attempt is killed after the first image import (nothing rolled back); ' +
      'a plain deploy again puts every stream on the new image (exit 0)',
    exit: 0,
    needs: (c) => [
      ...rollout(c),
      ...need(streams(c).length + workloads(c).length > 1, 'two or more imageStream:/workloads: (the kill comes after the first)'),
    ],
    interrupt: (world) => {
      const kill = killAfterFirstImport(productionKube(world)!);
      return {
        note: 'first attempt: the cluster connection dropped after the first image import; then deploy again',
        check: (first) => [
          ...(kill.killed() ? [] : ['the first attempt was never cut short (no second import)']),
          ...(first.ok ? ['the first attempt succeeded although it was cut short'] : []),
        ],
        heal: () => kill.heal(),
      };
    },
    judge: (world, d) => {
      const rolled = [...world.cluster.imported.keys()];
      const images = world.config.components.flatMap((c) => c.images ?? []);
      const names = [
        ...images.flatMap((i) => (i.imageStream ? [i.imageStream.split(':')[0]!] : [])),
        ...images.flatMap((i) => i.workloads ?? []),
      ];
      const left = names
        .filter((name) => !rolled.some((r) => r === name || r.startsWith(`${name}/`)))
        .map((name) => `${name}: not on the new image after the re-run`);
      return [...healed(world, d), ...left];
    },
  },
];

/** The production cluster's stand-in (the first cluster without staging: true). */
function productionKube(world: World) {
  const name = Object.entries(world.config.clusters ?? {}).find(([, c]) => !c.staging)?.[0];
  return name ? world.cluster.kube.get(name) : undefined;
}

export function findScenario(name: string): Scenario | undefined {
  return SCENARIOS.find((s) => s.name === name);
}
