import type { Clock } from '../core/clock.ts';
import type { Logger } from '../core/logger.ts';
import type { ReportTable } from '../core/report.ts';
import type { Secrets } from '../core/secrets.ts';
import type { Config } from '../config/types.ts';

/** An option shared by the CLI (`--name`) and the action (input `name`). */
export interface OptionSpec {
  name: string;
  type: 'boolean' | 'string' | 'list';
  description: string;
  /** Shown in --help and action.yml; the stage applies it. */
  default?: string;
}

export type RawOptions = Record<string, string | boolean | string[] | undefined>;

export interface StageContext {
  config: Config;
  logger: Logger;
  secrets: Secrets;
  dryRun: boolean;
  env: Record<string, string | undefined>;
  clock: Clock;
}

export interface StageRun<R> {
  ok: boolean;
  changed: boolean;
  result: R;
  tables: ReportTable[];
  error?: { message: string; hint?: string };
}

export interface Stage<O, R> {
  name: string;
  description: string;
  options: OptionSpec[];
  /** The fields of `result`, each also an action output (JSON for lists and objects). */
  outputs: Record<string, string>;
  /** Turns raw CLI/action options into typed ones; throws UsageError naming the option. */
  parseOptions(raw: RawOptions, config: Config): O;
  /** Configuration file used when --config is not given, instead of the search in the working directory. */
  defaultConfig?(): string;
  run(ctx: StageContext, options: O): Promise<StageRun<R>>;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the registry holds stages of every option/result type
export type AnyStage = Stage<any, any>;

/** The document `--json` prints and the action's `result` output carries. */
export interface StageOutcome {
  stage: string;
  ok: boolean;
  dryRun: boolean;
  changed: boolean;
  result: unknown;
  error?: { message: string; hint?: string };
}

/** Environment variables that hold secrets (the contract's list). */
export const SECRET_ENV = ['GITHUB_TOKEN', 'MATRIX_ACCESS_TOKEN', 'SLACK_BOT_TOKEN', 'QUAY_TOKEN', 'SENTRY_AUTH_TOKEN', 'VAULT_TOKEN'];

export function isSecretEnv(name: string): boolean {
  return SECRET_ENV.includes(name) || name.startsWith('OPENSHIFT_TOKEN_') || name.startsWith('KUBE_TOKEN_');
}
