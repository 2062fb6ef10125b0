#!/usr/bin/env node
import { createRequire as __sgRequire } from 'node:module'; const require = __sgRequire(import.meta.url);
import {
  findStage,
  stages
} from "../chunks/chunk-VDEYR74I.js";
import "../chunks/chunk-XEU5TMFN.js";
import "../chunks/chunk-GZACUJ2J.js";
import "../chunks/chunk-EGTY76FP.js";
import "../chunks/chunk-6HH6MCEC.js";
import "../chunks/chunk-Z2YIS2LL.js";
import "../chunks/chunk-GVZ5O2ON.js";
import "../chunks/chunk-DPHU75SL.js";
import "../chunks/chunk-ZLNVBLQQ.js";
import "../chunks/chunk-TTXVRNTJ.js";
import "../chunks/chunk-QQA6ENSZ.js";
import "../chunks/chunk-GYTEECJF.js";
import "../chunks/chunk-WMFPW7S2.js";
import "../chunks/chunk-XJRUDLSK.js";
import "../chunks/chunk-VB7LPYPQ.js";
import "../chunks/chunk-XUF7NGNU.js";
import "../chunks/chunk-B2KA7KJG.js";
import "../chunks/chunk-D5W3Z4BH.js";
import "../chunks/chunk-25E5E3CG.js";
import "../chunks/chunk-OGGJK24P.js";
import "../chunks/chunk-FBENX4EF.js";
import "../chunks/chunk-TEEHYDZX.js";
import "../chunks/chunk-3DNAC7U5.js";
import "../chunks/chunk-TPHEFVNB.js";
import "../chunks/chunk-WV6LC4PR.js";
import "../chunks/chunk-HGZCS4A4.js";
import "../chunks/chunk-3XROGBFQ.js";
import "../chunks/chunk-DU5LDI5R.js";
import "../chunks/chunk-CEIITLQ4.js";
import "../chunks/chunk-KPTLWIXW.js";
import {
  Secrets
} from "../chunks/chunk-G7EDAZIB.js";
import {
  tableToText
} from "../chunks/chunk-ZJLXUESR.js";
import "../chunks/chunk-SI3Y33DV.js";
import "../chunks/chunk-LW2GL5TU.js";
import {
  didYouMean
} from "../chunks/chunk-6QRULY5K.js";
import "../chunks/chunk-N6UHWS4B.js";
import "../chunks/chunk-4PSKXZ4E.js";
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
    const lines = this.secrets.redact(message).split("\n");
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

// src/cli/main.ts
var COMMON = {
  config: { type: "string" },
  "dry-run": { type: "boolean" },
  json: { type: "boolean" },
  verbose: { type: "boolean" },
  help: { type: "boolean", short: "h" }
};
function usage() {
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
async function main(argv, env, out, err, deps = {}) {
  const [first, ...rest] = argv;
  const stageName = first && !first.startsWith("-") ? first : void 0;
  if (first === "help" || !stageName && (argv.includes("--help") || argv.includes("-h"))) {
    out(usage() + "\n");
    return 0;
  }
  const args = stageName ? rest : argv;
  const wantsJson = argv.includes("--json");
  const usageError = (message, help) => {
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
        error: { message, hint: stageName ? "see --help for the options" : "name a stage first, e.g. service-guru deploy --json" }
      };
      out(JSON.stringify(envelope, null, 2) + "\n");
    }
    return 2;
  };
  if (!stageName)
    return usageError(first ? `no stage given: the first argument must be a stage, not "${first}"` : "no stage given", usage());
  const entry = findStage(stageName);
  if (!entry) {
    return usageError(
      `unknown stage "${stageName}"${didYouMean(
        stageName,
        stages.map((s) => s.name)
      )}`,
      usage()
    );
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
    return usageError(errorMessage(error), stageUsage(stage));
  }
  if (values.help) {
    out(stageUsage(stage) + "\n");
    return 0;
  }
  const json = values.json === true;
  const secrets = new Secrets();
  const logger = new TerminalLogger(secrets, { write: (line) => err(line + "\n") }, values.verbose === true);
  const raw = {};
  for (const spec of stage.options) raw[spec.name] = values[spec.name];
  const { runStage } = await import("../chunks/run-7ANYNWFA.js");
  const { outcome, tables, exitCode } = await runStage({
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
    out(
      `
${stage.name}: ${outcome.ok ? "ok" : "FAILED"}${outcome.dryRun ? " (dry run: nothing changed)" : outcome.changed ? "" : " (nothing changed)"}
`
    );
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
