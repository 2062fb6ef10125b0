import { createRequire as __sgRequire } from 'node:module'; const require = __sgRequire(import.meta.url);
import {
  REFS
} from "./chunk-7GQHHXME.js";

// src/stages/rehearse/interrupt.ts
function killAfterFirstImport(double) {
  const changed = /* @__PURE__ */ new Set();
  let killed = false;
  double.onRequest = (request) => {
    const target = rolloutTarget(request);
    if (killed || !target) return;
    changed.add(target);
    if (changed.size < 2) return;
    killed = true;
    double.failNext({ path: /./, drop: true, times: Number.MAX_SAFE_INTEGER });
  };
  return {
    heal: () => {
      double.onRequest = void 0;
      double.clearFaults();
      for (const lease of double.store.listAll(REFS.leases)) {
        const spec = lease.spec;
        const expired = Date.parse(spec.renewTime ?? "") - ((spec.leaseDurationSeconds ?? 0) + 1) * 1e3;
        spec.renewTime = new Date(expired).toISOString().replace("Z", "000Z");
        double.store.update(REFS.leases, lease.metadata.namespace, lease);
      }
    },
    killed: () => killed
  };
}
function rolloutTarget(request) {
  if (request.method === "POST" && request.path.endsWith("/imagestreamimports")) {
    const body = JSON.parse(request.body);
    return body.spec?.import ? `imagestream/${body.metadata?.name ?? ""}` : void 0;
  }
  const workload = /^\/apis\/apps\/v1\/namespaces\/[^/]+\/(deployments|statefulsets|daemonsets)\/([^/]+)$/.exec(request.path);
  return workload && (request.method === "PATCH" || request.method === "PUT") ? `${workload[1]}/${workload[2]}` : void 0;
}

// src/stages/rehearse/scenarios.ts
var status = (d, id) => d.steps.find((s) => s.id === id)?.status ?? "absent";
var expectStatus = (d, id, ...wanted) => wanted.includes(status(d, id)) ? [] : [`${id}: expected ${wanted.join(" or ")}, got ${status(d, id)}`];
function allMoved(world) {
  return [...world.heads].filter(([name, h]) => world.stable(name) !== h.main).map(([name]) => `${name}: stable is not at this week's main`);
}
function topics(world, want) {
  const problems = [];
  for (const room of world.config.chat?.matrix?.rooms ?? []) {
    const topic = world.matrix.topic(room) ?? "";
    const restored = topic === `${world.config.deployment}: all systems go`;
    if (want === "restored" ? !restored : restored)
      problems.push(`Matrix ${room}: topic "${topic}" is not ${want === "restored" ? "the original" : "the failed notice"}`);
  }
  for (const channel of world.config.chat?.slack?.channels ?? []) {
    const topic = world.slack.channels.get(channel)?.topic ?? "";
    const restored = topic === `${world.config.deployment}: all systems go`;
    if (want === "restored" ? !restored : restored)
      problems.push(`Slack ${channel}: topic "${topic}" is not ${want === "restored" ? "the original" : "the failed notice"}`);
  }
  return problems;
}
var healed = (world, d) => [
  ...d.ok ? [] : ["the deployment did not succeed"],
  ...allMoved(world),
  ...expectStatus(d, "health-gate", "ok"),
  ...topics(world, "restored")
];
var streams = (c) => c.components.flatMap((x) => x.images.flatMap((i) => i.imageStream ? [i.imageStream] : []));
var workloads = (c) => c.components.flatMap((x) => x.images.flatMap((i) => i.workloads ?? []));
var production = (c) => Object.values(c.clusters).some((x) => !x.staging);
var need = (met, what) => met ? [] : [what];
var rollout = (c) => [
  ...need(production(c), "a production cluster under clusters: (one without staging: true)"),
  ...need(streams(c).length > 0 || workloads(c).length > 0, "an image with imageStream: or workloads:")
];
var SCENARIOS = [
  {
    name: "weekly",
    description: "The plain Monday: everything moves, builds, imports and stays healthy (exit 0)",
    exit: 0,
    judge: healed
  },
  {
    name: "diverged",
    description: "stable carries a cherry-pick that main lacks: replaced with a lease, naming the dropped commit (exit 0)",
    exit: 0,
    needs: (c) => need(
      c.components.some((x) => !x.build),
      "a component without build: (its stable gets the cherry-pick)"
    ),
    judge: (world, d) => {
      const moves = d.results["move-stable"]?.components ?? [];
      return [...healed(world, d), ...moves.some((m) => m.action === "force") ? [] : ["no component was force-moved"]];
    }
  },
  {
    name: "stuck-pod",
    description: "A worker pod hangs in Terminating during the rollout: it is force-deleted, the rollout completes (exit 0)",
    exit: 0,
    needs: (c) => [
      ...rollout(c),
      ...need(
        streams(c).some((s) => /worker/.test(s)) || workloads(c).some((w) => w.startsWith("statefulset/")),
        "an imageStream: named like *worker* (its workers run as StatefulSets) or a statefulset/ under workloads:"
      )
    ],
    judge: healed
  },
  {
    name: "image-pull-backoff",
    description: "A new pod cannot pull its image at first (ImagePullBackOff): importing again (a stream) or a new pod (a workload) heals it (exit 0)",
    exit: 0,
    needs: rollout,
    judge: healed
  },
  {
    name: "sentry-regression",
    description: "A new Sentry issue appears after the import: rollback, the failed notice (exit 1)",
    exit: 1,
    needs: (c) => [...need(!!c.health.sentry, "health.sentry"), ...rollout(c)],
    judge: (world, d) => [
      ...d.ok ? ["the deployment succeeded despite the new Sentry issue"] : [],
      ...expectStatus(d, "health-gate", "failed"),
      ...expectStatus(d, "rollback", "ok"),
      ...topics(world, "failed")
    ]
  },
  {
    name: "failed-build",
    description: "An image build run fails: the deployment stops before the import, the failed notice (exit 1)",
    exit: 1,
    needs: (c) => need(
      c.components.some((x) => x.build && x.images.length),
      "a component with build.workflows and images"
    ),
    judge: (world, d) => [
      ...expectStatus(d, "wait-images", "failed"),
      ...expectStatus(d, "import-images", "not-run"),
      ...world.cluster.imported.size ? ["images were imported despite the failed build"] : [],
      ...topics(world, "failed")
    ]
  },
  {
    name: "partial-rerun",
    description: "The first attempt is killed after the first image import (nothing rolled back); a plain deploy again puts every stream on the new image (exit 0)",
    exit: 0,
    needs: (c) => [
      ...rollout(c),
      ...need(streams(c).length + workloads(c).length > 1, "two or more imageStream:/workloads: (the kill comes after the first)")
    ],
    interrupt: (world) => {
      const kill = killAfterFirstImport(productionKube(world));
      return {
        note: "first attempt: the cluster connection dropped after the first image import; then deploy again",
        check: (first) => [
          ...kill.killed() ? [] : ["the first attempt was never cut short (no second import)"],
          ...first.ok ? ["the first attempt succeeded although it was cut short"] : []
        ],
        heal: () => kill.heal()
      };
    },
    judge: (world, d) => {
      const rolled = [...world.cluster.imported.keys()];
      const images = world.config.components.flatMap((c) => c.images ?? []);
      const names = [
        ...images.flatMap((i) => i.imageStream ? [i.imageStream.split(":")[0]] : []),
        ...images.flatMap((i) => i.workloads ?? [])
      ];
      const left = names.filter((name) => !rolled.some((r) => r === name || r.startsWith(`${name}/`))).map((name) => `${name}: not on the new image after the re-run`);
      return [...healed(world, d), ...left];
    }
  }
];
function productionKube(world) {
  const name = Object.entries(world.config.clusters ?? {}).find(([, c]) => !c.staging)?.[0];
  return name ? world.cluster.kube.get(name) : void 0;
}
function findScenario(name) {
  return SCENARIOS.find((s) => s.name === name);
}

export {
  SCENARIOS,
  findScenario
};
