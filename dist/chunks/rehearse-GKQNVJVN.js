import { createRequire as __sgRequire } from 'node:module'; const require = __sgRequire(import.meta.url);
import {
  loopbackRegistry
} from "./chunk-PEQ55BZL.js";
import {
  loadConfig
} from "./chunk-XGVQ45UO.js";
import "./chunk-SEHOKOTX.js";
import "./chunk-D7IVV3UH.js";
import {
  flag,
  text
} from "./chunk-N6UHWS4B.js";
import {
  systemClock
} from "./chunk-ZFVJRRAQ.js";
import "./chunk-4PSKXZ4E.js";
import {
  findStage
} from "./chunk-M52SMW6V.js";
import {
  didYouMean
} from "./chunk-6QRULY5K.js";
import {
  UsageError
} from "./chunk-HO53TWSA.js";
import "./chunk-XRVGOMFE.js";

// src/stages/rehearse/index.ts
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

// src/stages/rehearse/clock.ts
function fastClock(factor) {
  const start = Date.now();
  return {
    now: () => start + (Date.now() - start) * factor,
    sleep: (ms, signal) => systemClock.sleep(ms / factor, signal)
  };
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
var production = (c) => Object.values(c.clusters).some((x) => !x.staging);
var need = (met, what) => met ? [] : [what];
var rollout = (c) => [
  ...need(production(c), "a production cluster under clusters: (one without staging: true)"),
  ...need(streams(c).length > 0, "an image with imageStream:")
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
        streams(c).some((s) => /worker/.test(s)),
        "an imageStream: named like *worker* (its workers run as StatefulSets)"
      )
    ],
    judge: healed
  },
  {
    name: "image-pull-backoff",
    description: "A new pod cannot pull its image at first (ImagePullBackOff): importing again heals it (exit 0)",
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
  }
];
function findScenario(name) {
  return SCENARIOS.find((s) => s.name === name);
}

// src/stages/rehearse/index.ts
var SPEED = 120;
function exampleConfig() {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    const candidate = path.join(dir, "examples", "service-guru.yml");
    if (existsSync(candidate)) return candidate;
    dir = path.dirname(dir);
  }
  throw new UsageError(
    "the example configuration (examples/service-guru.yml) is not installed next to service-guru",
    "pass your own with --config FILE"
  );
}
var rehearse = {
  name: "rehearse",
  description: "Run the whole deployment against local stand-ins (no account, no network); --scenario injects trouble",
  options: [
    { name: "scenario", type: "string", description: `Trouble to inject: ${SCENARIOS.map((s) => s.name).join(", ")}`, default: "weekly" },
    { name: "list", type: "boolean", description: "List the scenarios and what each should end with" },
    { name: "keep", type: "boolean", description: "Keep the folder with the repositories and configuration" },
    { name: "ignore-freeze", type: "boolean", description: "Rehearse even inside a freeze window of the configuration" },
    {
      name: "registry",
      type: "string",
      description: "auto: Debian's docker-registry when installed, else in-process; in-process: always the in-process OCI registry; 127.0.0.1:PORT: a registry already running there (images under a folder of their own)",
      default: "auto"
    }
  ],
  outputs: {
    scenario: "The scenario rehearsed",
    asExpected: '"true" when the deployment behaved as the scenario expects',
    problems: "JSON list of what went differently from the expectation",
    deploy: "JSON: the steps and results of the rehearsed deploy"
  },
  defaultConfig: exampleConfig,
  parseOptions: (raw, config) => {
    const name = text(raw, "scenario") ?? "weekly";
    const scenario = findScenario(name);
    const list = flag(raw, "list");
    if (!scenario && !list)
      throw new UsageError(
        `--scenario: unknown scenario "${name}"${didYouMean(
          name,
          SCENARIOS.map((s) => s.name)
        )}`,
        "list them with service-guru rehearse --list"
      );
    const unmet = scenario && !list ? scenario.needs?.(config) ?? [] : [];
    if (unmet.length)
      throw new UsageError(
        `scenario ${scenario.name} does not apply to this configuration (needs ${unmet.join("; ")})`,
        `rehearse another scenario (service-guru rehearse --list), or add ${unmet.length > 1 ? "these" : "it"} to ${config.file}`
      );
    const given = text(raw, "registry") ?? "auto";
    const registry = given === "auto" || given === "in-process" ? given : loopbackRegistry(given);
    if (!registry)
      throw new UsageError(
        `--registry: "${given}" is neither auto, in-process nor a loopback registry address`,
        "give auto, in-process, or host:port of a registry on this machine, e.g. 127.0.0.1:5000"
      );
    return { scenario, list, keep: flag(raw, "keep"), ignoreFreeze: flag(raw, "ignore-freeze"), registry };
  },
  run: runRehearsal
};
var scenarioList = () => SCENARIOS.map((s) => ({ name: s.name, description: s.description, exit: s.exit }));
async function runRehearsal(ctx, options) {
  const empty = {
    scenario: null,
    scenarios: scenarioList(),
    asExpected: null,
    problems: [],
    deploy: null,
    notes: [],
    dir: null,
    elapsedMs: 0
  };
  const listTable = {
    title: "Rehearsal scenarios",
    headers: ["Scenario", "Exit", "What happens"],
    rows: SCENARIOS.map((s) => [s.name, String(s.exit), s.description])
  };
  if (options.list) return { ok: true, changed: false, result: empty, tables: [listTable] };
  const scenario = options.scenario;
  const started = Date.now();
  const clock = fastClock(SPEED);
  ctx.logger.info(`rehearsing "${scenario.name}" from ${ctx.config.file}: ${scenario.description}`);
  const { buildWorld } = await import("./world-ILV3GUQC.js");
  const world = await buildWorld(ctx.config.file, scenario, clock, options.registry);
  try {
    for (const note of world.notes) ctx.logger.info(note);
    const entry = findStage("deploy");
    if (!entry) throw new UsageError("deploy: not available in this build");
    const deploy = await entry.load();
    const config = loadConfig(world.configFile);
    const env = { ...world.env, PATH: ctx.env.PATH, HOME: ctx.env.HOME };
    for (const value of Object.values(world.env)) ctx.secrets.add(value);
    const raw = {
      yes: true,
      state: path.join(world.dir, "deploy-state.json"),
      "images-interval": "5s",
      "copr-interval": "5s",
      observe: "2m",
      "images-timeout": "30m",
      "run-url": "https://github.com/rehearsal/deployment/actions/runs/1",
      "ignore-freeze": options.ignoreFreeze
    };
    const run = await deploy.run({ ...ctx, config, env, clock, dryRun: false }, deploy.parseOptions(raw, config));
    const result = run.result;
    if (!run.ok && result.freeze && !result.steps.length) {
      return {
        ok: false,
        changed: false,
        result: { ...empty, scenario: scenario.name, notes: world.notes, elapsedMs: Date.now() - started },
        tables: run.tables,
        error: {
          message: `the configuration is in a freeze window, so deploy refused: ${run.error?.message ?? ""}`,
          hint: "rehearse anyway with --ignore-freeze"
        }
      };
    }
    const rehearsed = { ok: run.ok, steps: result.steps, results: result.results };
    const problems = [...scenario.judge(world, rehearsed), ...world.builds.errors.map((e) => `image build: ${e}`)];
    if ((run.ok ? 0 : 1) !== scenario.exit) problems.unshift(`exit ${run.ok ? 0 : 1}, expected ${scenario.exit}`);
    const elapsedMs = Date.now() - started;
    const verdict = {
      title: `Rehearsal: ${scenario.name}`,
      headers: ["Scenario", "Expected exit", "Exit", "As expected", "Took"],
      rows: [
        [
          scenario.name,
          String(scenario.exit),
          run.ok ? "0" : "1",
          problems.length ? `\u274C ${problems.join("; ")}` : "\u2705 yes",
          `${(elapsedMs / 1e3).toFixed(1)} s`
        ]
      ],
      notes: [
        ...world.notes,
        options.keep ? `repositories and configuration kept in ${world.dir}` : "nothing outside this machine was touched"
      ]
    };
    const outcome = {
      scenario: scenario.name,
      scenarios: scenarioList(),
      asExpected: problems.length === 0,
      problems,
      deploy: rehearsed,
      notes: world.notes,
      dir: options.keep ? world.dir : null,
      elapsedMs
    };
    const ok = problems.length === 0 && scenario.exit === 0;
    const error = problems.length ? { message: `rehearsal "${scenario.name}" did not go as expected: ${problems.join("; ")}` } : scenario.exit !== 0 ? {
      message: `rehearsal "${scenario.name}" ended as expected, with the deployment failing: ${run.error?.message ?? ""}`,
      hint: "this scenario shows how a failed deployment looks; exit 1 is its expected end"
    } : void 0;
    return { ok, changed: false, result: outcome, tables: [...run.tables, verdict], ...error ? { error } : {} };
  } finally {
    await world.stop(options.keep);
  }
}
export {
  exampleConfig,
  rehearse
};
