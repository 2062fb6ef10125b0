import { createRequire as __sgRequire } from 'node:module'; const require = __sgRequire(import.meta.url);
import {
  SCENARIOS,
  findScenario
} from "./chunk-Z3L27DSI.js";
import {
  summaryMarkdown
} from "./chunk-ZZ2HREHL.js";
import {
  writeRunSummary
} from "./chunk-UUGXWYT6.js";
import {
  deployStage
} from "./chunk-2RRQN2MM.js";
import {
  summaryFile
} from "./chunk-VF35NURU.js";
import "./chunk-FDQTJXVG.js";
import "./chunk-CF262ODI.js";
import "./chunk-6MCTSESF.js";
import "./chunk-CEIITLQ4.js";
import {
  loopbackRegistry
} from "./chunk-PEQ55BZL.js";
import "./chunk-7GQHHXME.js";
import "./chunk-5C53UILB.js";
import "./chunk-ZQLMO47E.js";
import "./chunk-SUKOMB7P.js";
import "./chunk-HUMRDB4K.js";
import "./chunk-U2CKOM62.js";
import "./chunk-G2XGRSPV.js";
import "./chunk-2WVUDK2O.js";
import "./chunk-UXCF6CI5.js";
import "./chunk-MS6WDQCW.js";
import "./chunk-73CFYLNG.js";
import "./chunk-25E5E3CG.js";
import "./chunk-CZ2AILEV.js";
import "./chunk-TYW5OMUR.js";
import "./chunk-WWZXES5K.js";
import "./chunk-KPTLWIXW.js";
import {
  loadConfig
} from "./chunk-K3ZXM34F.js";
import "./chunk-STIYOXWW.js";
import "./chunk-KQWFMIMD.js";
import "./chunk-P4NWLHQW.js";
import "./chunk-JNDZXDHD.js";
import "./chunk-D7IVV3UH.js";
import "./chunk-MN3KIH56.js";
import "./chunk-ZVXFKJMM.js";
import {
  flag,
  text
} from "./chunk-N6UHWS4B.js";
import "./chunk-OXNICSTU.js";
import {
  systemClock
} from "./chunk-ZFVJRRAQ.js";
import "./chunk-4PSKXZ4E.js";
import "./chunk-G4QZIEZW.js";
import {
  didYouMean
} from "./chunk-6QRULY5K.js";
import {
  UsageError
} from "./chunk-HO53TWSA.js";
import "./chunk-EP666XB4.js";

// src/stages/rehearse/index.ts
import path from "node:path";

// src/stages/rehearse/clock.ts
function fastClock(factor) {
  const start = Date.now();
  return {
    now: () => start + (Date.now() - start) * factor,
    sleep: (ms, signal) => systemClock.sleep(ms / factor, signal)
  };
}

// src/stages/rehearse/index.ts
var SPEED = 120;
var rehearse = {
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
    return { scenario, list, keep: flag(raw, "keep"), ignoreFreeze: flag(raw, "ignore-freeze"), registry, summary: summaryFile(raw) };
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
  ctx.logger.info(
    `the rehearsal's clock runs ${SPEED}\xD7 faster than real time: its waits and timeouts are the real ones, in minutes of its clock`
  );
  const { buildWorld } = await import("./world-35FKQ3NL.js");
  const world = await buildWorld(ctx.config.file, scenario, clock, options.registry);
  try {
    for (const note of world.notes) ctx.logger.info(note);
    const deploy = await deployStage.load();
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
    const attempt = () => deploy.run({ ...ctx, config, env, clock, dryRun: false }, deploy.parseOptions(raw, config));
    const interruption = scenario.interrupt?.(world);
    let run = await attempt();
    const early = [];
    if (interruption && !run.result.freeze) {
      const first = run.result;
      early.push(...interruption.check({ ok: run.ok, steps: first.steps, results: first.results }).map((p) => `first attempt: ${p}`));
      interruption.heal();
      world.notes.push(interruption.note);
      ctx.logger.info(`${interruption.note}: running deploy again`);
      run = await attempt();
    }
    const result = run.result;
    const summarise = (tables) => {
      const markdown = summaryMarkdown(`Rehearsal ${scenario.name} of ${config.deployment}`, tables, result.steps, result.results);
      writeRunSummary(ctx.env, options.summary, ctx.secrets.redact(markdown));
    };
    if (!run.ok && result.freeze && !result.steps.length) {
      summarise(run.tables);
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
    const problems = [...early, ...scenario.judge(world, rehearsed), ...world.builds.errors.map((e) => `image build: ${e}`)];
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
    summarise([...run.tables, verdict]);
    const last = error ? `ended as expected (exit ${scenario.exit}: ${scenario.description})` : void 0;
    return {
      ok,
      changed: false,
      result: outcome,
      tables: [...run.tables, verdict],
      ...error ? { error } : {},
      ...last ? { verdict: last } : {}
    };
  } finally {
    await world.stop(options.keep);
  }
}
export {
  rehearse
};
