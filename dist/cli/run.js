#!/usr/bin/env node
import { createRequire as __sgRequire } from 'node:module'; const require = __sgRequire(import.meta.url);
import {
  Secrets,
  insecureTls,
  loadStage,
  loadStages,
  stageNames
} from "../chunks/chunk-FXE6MR3J.js";
import {
  inertLines,
  tableToText
} from "../chunks/chunk-G4QZIEZW.js";
import {
  didYouMean
} from "../chunks/chunk-6QRULY5K.js";
import {
  errorMessage
} from "../chunks/chunk-HO53TWSA.js";
import "../chunks/chunk-EP666XB4.js";

// src/cli/main.ts
import { parseArgs } from "node:util";

// src/core/logger.ts
var stderrSink = { write: (line) => process.stderr.write(line + "\n") };
var TerminalLogger = class {
  depth = 0;
  secrets;
  sink;
  verbose;
  constructor(secrets, sink = stderrSink, verbose = false) {
    this.secrets = secrets;
    this.sink = sink;
    this.verbose = verbose;
  }
  emit(prefix, message) {
    const indent = "  ".repeat(this.depth);
    const lines = inertLines(this.secrets.redact(message));
    const pad = " ".repeat(prefix.length);
    lines.forEach((line, i) => this.sink.write(`${indent}${i === 0 ? prefix : pad}${line}`));
  }
  info(message) {
    this.emit("", message);
  }
  warning(message, title) {
    this.emit("warning: ", title ? `${title}: ${message}` : message);
  }
  error(message, title) {
    this.emit("error: ", title ? `${title}: ${message}` : message);
  }
  debug(message) {
    if (this.verbose) this.emit("debug: ", message);
  }
  async group(name, fn) {
    this.emit("\u25B8 ", name);
    this.depth++;
    try {
      return await fn();
    } finally {
      this.depth--;
    }
  }
};

// src/cli/usage.ts
function usage(stages) {
  const width = Math.max(...stages.map((s) => s.name.length));
  return [
    "Usage: service-guru <stage> [--config FILE] [--dry-run] [--json] [--verbose] [stage options]",
    "",
    "Stages:",
    ...stages.map((s) => `  ${s.name.padEnd(width)}  ${s.description}`),
    "",
    "Common options:",
    "  --config FILE  configuration (default: .github/service-guru.yml, then service-guru.yml)",
    "  --dry-run      read everything, change nothing, report what would change",
    "  --json         print exactly one JSON document on stdout (logs go to stderr)",
    "  --verbose      also print debug lines",
    "",
    "Secrets come from the environment: GITHUB_TOKEN, MATRIX_ACCESS_TOKEN, SLACK_BOT_TOKEN, QUAY_TOKEN, ...",
    "Exit codes: 0 success, 1 the stage failed, 2 bad usage or configuration (nothing changed)."
  ].join("\n");
}
function stageUsage(stage) {
  const lines = [
    `Usage: service-guru ${stage.name} [--config FILE] [--dry-run] [--json] [--verbose] [options]`,
    "",
    stage.description,
    "",
    "Options:"
  ];
  for (const option of stage.options) {
    const value = option.type === "boolean" ? "" : option.type === "list" ? " VALUE..." : " VALUE";
    lines.push(`  --${option.name}${value}`.padEnd(32) + option.description + (option.default ? ` (default: ${option.default})` : ""));
  }
  return lines.join("\n");
}
function helpRequest(argv) {
  const [first, ...rest] = argv;
  const isHelp = (arg) => arg === "--help" || arg === "-h";
  if (first === "help" || first?.startsWith("-") && argv.some(isHelp)) return "";
  if (first && !first.startsWith("-") && rest.length === 1 && isHelp(rest[0])) return first;
  return void 0;
}

// src/cli/main.ts
var COMMON = {
  config: { type: "string" },
  "dry-run": { type: "boolean" },
  json: { type: "boolean" },
  verbose: { type: "boolean" },
  help: { type: "boolean", short: "h" }
};
async function main(argv, env, out, err, deps = {}) {
  const [first, ...rest] = argv;
  const stageName = first && !first.startsWith("-") ? first : void 0;
  if (helpRequest(argv) === "") {
    out(usage(await loadStages()) + "\n");
    return 0;
  }
  const args = stageName ? rest : argv;
  const wantsJson = argv.includes("--json");
  const usageError = (message, help, hint) => {
    err(`error: ${message}

${help}
`);
    if (wantsJson) {
      const envelope = {
        stage: stageName ?? null,
        ok: false,
        dryRun: args.includes("--dry-run"),
        changed: false,
        result: null,
        error: {
          message,
          hint: hint ?? (stageName ? "see --help for the options" : "name a stage first, e.g. service-guru deploy --json")
        }
      };
      out(JSON.stringify(envelope, null, 2) + "\n");
    }
    return 2;
  };
  if (!stageName) {
    const message = first ? `no stage given: the first argument must be a stage, not "${first}"` : "no stage given";
    return usageError(message, usage(await loadStages()));
  }
  const entry = await loadStage(stageName);
  if (!entry) {
    return usageError(`unknown stage "${stageName}"${didYouMean(stageName, stageNames)}`, usage(await loadStages()));
  }
  const stage = entry;
  const options = { ...COMMON };
  for (const spec of stage.options) {
    options[spec.name] = spec.type === "boolean" ? { type: "boolean" } : spec.type === "list" ? { type: "string", multiple: true } : { type: "string" };
  }
  let values;
  try {
    ({ values } = parseArgs({ args, options, strict: true, allowPositionals: false }));
  } catch (error) {
    const message = errorMessage(error).replace(/^\w*Error \[ERR_[A-Z_]+\]: /, "");
    const unknown = /Unknown option '--([^']+)'/.exec(message)?.[1];
    const hint = unknown ? didYouMean(unknown, Object.keys(options)).replace(/"([^"]+)"/, '"--$1"') : "";
    return usageError(`${message}${hint}`, stageUsage(stage));
  }
  if (values.help) {
    out(stageUsage(stage) + "\n");
    return 0;
  }
  const insecure = insecureTls(env);
  if (insecure) return usageError(insecure.message, `hint: ${insecure.hint}`, insecure.hint);
  const json = values.json === true;
  const secrets = new Secrets();
  const logger = new TerminalLogger(secrets, { write: (line) => err(line + "\n") }, values.verbose === true);
  const raw = {};
  for (const spec of stage.options) raw[spec.name] = values[spec.name];
  const { runStage } = await import("../chunks/run-VFAHMOOJ.js");
  const { outcome, tables, exitCode, verdict } = await runStage({
    stage,
    configPath: values.config,
    dryRun: values["dry-run"] === true,
    options: raw,
    env,
    logger,
    secrets,
    ...deps.clock ? { clock: deps.clock } : {},
    ...deps.cwd ? { cwd: deps.cwd } : {}
  });
  if (json) {
    out(JSON.stringify(outcome, null, 2) + "\n");
  } else {
    for (const table of tables) out("\n" + tableToText(table));
    out(`
${stage.name}: ${verdict ?? (outcome.ok ? "ok" : "FAILED")}${outcome.dryRun ? " (dry run: nothing changed)" : ""}
`);
  }
  return exitCode;
}

// src/entries/cli.ts
for (const method of ["log", "info", "debug"]) console[method] = (...args) => console.error(...args);
process.exitCode = await main(
  process.argv.slice(2),
  process.env,
  (t) => process.stdout.write(t),
  (t) => process.stderr.write(t)
);
