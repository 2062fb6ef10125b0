import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { Clock } from '../core/clock.ts';
import { errorMessage } from '../core/errors.ts';
import { TerminalLogger } from '../core/logger.ts';
import { tableToText } from '../core/report.ts';
import { Secrets } from '../core/secrets.ts';
import { insecureTls } from '../core/tls.ts';
import { didYouMean } from '../config/issues.ts';
import { loadStage, loadStages, stageNames } from '../stages/index.ts';
import type { RawOptions } from '../stages/stage.ts';
import { helpRequest, stageUsage, usage } from './usage.ts';

const COMMON = {
  config: { type: 'string' },
  'dry-run': { type: 'boolean' },
  json: { type: 'boolean' },
  verbose: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies ParseArgsConfig['options'];

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
  if (helpRequest(argv) === '') {
    out(usage(await loadStages()) + '\n');
    return 0;
  }
  // An option first (`service-guru --json`) means no stage was given, not a stage named "--json".
  const args = stageName ? rest : argv;
  // --json promises one JSON document on stdout, also when the arguments are wrong.
  const wantsJson = argv.includes('--json');
  const usageError = (message: string, help: string, hint?: string): number => {
    err(`error: ${message}\n\n${help}\n`);
    if (wantsJson) {
      const envelope = {
        stage: stageName ?? null,
        ok: false,
        dryRun: args.includes('--dry-run'),
        changed: false,
        result: null,
        error: {
          message,
          hint: hint ?? (stageName ? 'see --help for the options' : 'name a stage first, e.g. service-guru deploy --json'),
        },
      };
      out(JSON.stringify(envelope, null, 2) + '\n');
    }
    return 2;
  };
  if (!stageName) {
    const message = first ? `no stage given: the first argument must be a stage, not "${first}"` : 'no stage given';
    return usageError(message, usage(await loadStages()));
  }
  const entry = await loadStage(stageName);
  if (!entry) {
    return usageError(`unknown stage "${stageName}"${didYouMean(stageName, stageNames)}`, usage(await loadStages()));
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
    // Node's message, without its "TypeError [ERR_PARSE_ARGS_…]:" prefix.
    const message = errorMessage(error).replace(/^\w*Error \[ERR_[A-Z_]+\]: /, '');
    const unknown = /Unknown option '--([^']+)'/.exec(message)?.[1];
    const hint = unknown ? didYouMean(unknown, Object.keys(options)).replace(/"([^"]+)"/, '"--$1"') : '';
    return usageError(`${message}${hint}`, stageUsage(stage));
  }
  if (values.help) {
    out(stageUsage(stage) + '\n');
    return 0;
  }
  const insecure = insecureTls(env);
  if (insecure) return usageError(insecure.message, `hint: ${insecure.hint}`, insecure.hint);
  const json = values.json === true;
  const secrets = new Secrets();
  const logger = new TerminalLogger(secrets, { write: (line) => err(line + '\n') }, values.verbose === true);
  const raw: RawOptions = {};
  for (const spec of stage.options) raw[spec.name] = values[spec.name] as RawOptions[string];
  // Loaded here, not at the top: --help needs neither the config loader (zod, yaml) nor the stage.
  const { runStage } = await import('../stages/run.ts');
  const { outcome, tables, exitCode, verdict } = await runStage({
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
    // The tables above say what changed; the last line gives the verdict only (a stage may word it, e.g. a rehearsal).
    out(`\n${stage.name}: ${verdict ?? (outcome.ok ? 'ok' : 'FAILED')}${outcome.dryRun ? ' (dry run: nothing changed)' : ''}\n`);
  }
  return exitCode;
}
