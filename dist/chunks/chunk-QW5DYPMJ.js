import { createRequire as __sgRequire } from 'node:module'; const require = __sgRequire(import.meta.url);

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

export {
  usage,
  stageUsage,
  helpRequest
};
