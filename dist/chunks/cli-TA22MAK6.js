#!/usr/bin/env node
import { createRequire as __sgRequire } from 'node:module'; const require = __sgRequire(import.meta.url);
import {
  helpRequest,
  stageUsage,
  usage
} from "./chunk-QW5DYPMJ.js";
import {
  findStage,
  stages
} from "./chunk-JW4A35RE.js";
import "./chunk-CIPXYN2E.js";
import "./chunk-A44KEIOD.js";
import "./chunk-YEF65E2L.js";
import "./chunk-DLOG4PSV.js";
import "./chunk-CSUWCHBK.js";
import "./chunk-AJTGKZOE.js";
import "./chunk-Z2YIS2LL.js";
import "./chunk-WQACVKBE.js";
import "./chunk-DPHU75SL.js";
import "./chunk-SCFIDT6H.js";
import "./chunk-QK3W5S5I.js";
import "./chunk-IP6EGVMD.js";
import "./chunk-Z3L27DSI.js";
import "./chunk-7GQHHXME.js";
import "./chunk-W5VYIIJT.js";
import "./chunk-U2CKOM62.js";
import "./chunk-XITUBM4T.js";
import "./chunk-STTZIKHD.js";
import "./chunk-NK4GD64M.js";
import "./chunk-NZRK23K2.js";
import "./chunk-CB7T4IJ7.js";
import "./chunk-IKAR2VYC.js";
import "./chunk-ZQLMO47E.js";
import "./chunk-B5SHZD2W.js";
import "./chunk-25E5E3CG.js";
import "./chunk-FDQTJXVG.js";
import "./chunk-6BW6SZJF.js";
import "./chunk-TPHEFVNB.js";
import "./chunk-N6WEJVCR.js";
import "./chunk-GSB5U7OZ.js";
import "./chunk-LCDFKDMA.js";
import "./chunk-OUPAS4DO.js";
import "./chunk-CEIITLQ4.js";
import "./chunk-KPTLWIXW.js";
import {
  Secrets,
  insecureTls
} from "./chunk-623FD2LV.js";
import "./chunk-MN3KIH56.js";
import {
  inertLines,
  tableToText
} from "./chunk-G4QZIEZW.js";
import {
  didYouMean
} from "./chunk-6QRULY5K.js";
import "./chunk-OXNICSTU.js";
import "./chunk-KQWFMIMD.js";
import "./chunk-N6UHWS4B.js";
import "./chunk-4PSKXZ4E.js";
import {
  errorMessage
} from "./chunk-HO53TWSA.js";
import "./chunk-EP666XB4.js";

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
    out(usage(stages) + "\n");
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
  if (!stageName)
    return usageError(first ? `no stage given: the first argument must be a stage, not "${first}"` : "no stage given", usage(stages));
  const entry = findStage(stageName);
  if (!entry) {
    return usageError(
      `unknown stage "${stageName}"${didYouMean(
        stageName,
        stages.map((s) => s.name)
      )}`,
      usage(stages)
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
  const { runStage } = await import("./run-APYXGHJ3.js");
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
