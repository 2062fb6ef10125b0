import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { Clock } from '../core/clock.ts';
import { errorMessage } from '../core/errors.ts';
import { TerminalLogger } from '../core/logger.ts';
import { tableToText } from '../core/report.ts';
import { Secrets } from '../core/secrets.ts';
import { didYouMean } from '../config/issues.ts';
import { findStage, stages } from '../stages/index.ts';
import type { AnyStage, RawOptions } from '../stages/stage.ts';

const COMMON = {
  config: { type: 'string' },
  'dry-run': { type: 'boolean' },
  json: { type: 'boolean' },
  verbose: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies ParseArgsConfig['options'];

function usage(): string {
  const width = Math.max(...stages.map((s) => s.name.length));
  return [
    'Usage: service-guru <stage> [--config FILE] [--dry-run] [--json] [--verbose] [stage options]',
    '',
    'Stages:',
    ...stages.map((s) => `  ${s.name.padEnd(width)}  ${s.description}`),
    '',
    'Common options:',
    '  --config FILE  configuration (default: .github/service-guru.yml, then service-guru.yml)',
    '  --dry-run      read everything, change nothing, report what would change',
    '  --json         print exactly one JSON document on stdout (logs go to stderr)',
    '  --verbose      also print debug lines',
    '',
    'Secrets come from the environment: GITHUB_TOKEN, MATRIX_ACCESS_TOKEN, SLACK_BOT_TOKEN, QUAY_TOKEN, ...',
    'Exit codes: 0 success, 1 the stage failed, 2 bad usage or configuration (nothing changed).',
  ].join('\n');
}

function stageUsage(stage: AnyStage): string {
  const lines = [
    `Usage: service-guru ${stage.name} [--config FILE] [--dry-run] [--json] [--verbose] [options]`,
    '',
    stage.description,
    '',
    'Options:',
  ];
  for (const option of stage.options) {
    const value = option.type === 'boolean' ? '' : option.type === 'list' ? ' VALUE...' : ' VALUE';
    lines.push(`  --${option.name}${value}`.padEnd(32) + option.description + (option.default ? ` (default: ${option.default})` : ''));
  }
  return lines.join('\n');
}

/** Runs the CLI; returns the exit code. Output goes through the given streams (tests pass their own). */
export async function main(
  argv: string[],
  env: Record<string, string | undefined>,
  out: (text: string) => void,
  err: (text: string) => void,
  deps: { clock?: Clock; cwd?: string } = {},
): Promise<number> {
  const [first, ...rest] = argv;
  const stageName = first && !first.startsWith('-') ? first : undefined;
  if (first === 'help' || (!stageName && (argv.includes('--help') || argv.includes('-h')))) {
    out(usage() + '\n');
    return 0;
  }
  // An option first (`service-guru --json`) means no stage was given, not a stage named "--json".
  const args = stageName ? rest : argv;
  // --json promises one JSON document on stdout, also when the arguments are wrong.
  const wantsJson = argv.includes('--json');
  const usageError = (message: string, help: string): number => {
    err(`error: ${message}\n\n${help}\n`);
    if (wantsJson) {
      const envelope = {
        stage: stageName ?? null,
        ok: false,
        dryRun: args.includes('--dry-run'),
        changed: false,
        result: null,
        error: { message, hint: stageName ? 'see --help for the options' : 'name a stage first, e.g. service-guru deploy --json' },
      };
      out(JSON.stringify(envelope, null, 2) + '\n');
    }
    return 2;
  };
  if (!stageName)
    return usageError(first ? `no stage given: the first argument must be a stage, not "${first}"` : 'no stage given', usage());
  const entry = findStage(stageName);
  if (!entry) {
    return usageError(
      `unknown stage "${stageName}"${didYouMean(
        stageName,
        stages.map((s) => s.name),
      )}`,
      usage(),
    );
  }
  const stage = entry;
  const options: ParseArgsConfig['options'] = { ...COMMON };
  for (const spec of stage.options) {
    options[spec.name] =
      spec.type === 'boolean' ? { type: 'boolean' } : spec.type === 'list' ? { type: 'string', multiple: true } : { type: 'string' };
  }
  let values: Record<string, string | boolean | Array<string | boolean> | undefined>;
  try {
    ({ values } = parseArgs({ args, options, strict: true, allowPositionals: false }));
  } catch (error) {
    return usageError(errorMessage(error), stageUsage(stage));
  }
  if (values.help) {
    out(stageUsage(stage) + '\n');
    return 0;
  }
  const json = values.json === true;
  const secrets = new Secrets();
  const logger = new TerminalLogger(secrets, { write: (line) => err(line + '\n') }, values.verbose === true);
  const raw: RawOptions = {};
  for (const spec of stage.options) raw[spec.name] = values[spec.name] as RawOptions[string];
  // Loaded here, not at the top: --help needs neither the config loader (zod, yaml) nor the stage.
  const { runStage } = await import('../stages/run.ts');
  const { outcome, tables, exitCode } = await runStage({
    stage,
    configPath: values.config as string | undefined,
    dryRun: values['dry-run'] === true,
    options: raw,
    env,
    logger,
    secrets,
    ...(deps.clock ? { clock: deps.clock } : {}),
    ...(deps.cwd ? { cwd: deps.cwd } : {}),
  });
  if (json) {
    out(JSON.stringify(outcome, null, 2) + '\n');
  } else {
    for (const table of tables) out('\n' + tableToText(table));
    out(
      `\n${stage.name}: ${outcome.ok ? 'ok' : 'FAILED'}` +
        `${outcome.dryRun ? ' (dry run: nothing changed)' : outcome.changed ? '' : ' (nothing changed)'}\n`,
    );
  }
  return exitCode;
}
