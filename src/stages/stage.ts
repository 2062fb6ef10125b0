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
  /** The CLI's last line, when "ok"/"FAILED" would mislead (a rehearsal that failed as its scenario expects). */
  verdict?: string;
}

/** One secret a stage will read in this run, and why (named in the error when it is missing). */
export interface SecretNeed {
  /** The environment variable; with `or`, any one of them will do. */
  env: string;
  or?: string[];
  why: string;
}

/** What a stage's secret needs are worked out from, before anything runs. */
export interface SecretQuery {
  config: Config;
  options: RawOptions;
  dryRun: boolean;
}

/** The work of a stage: loaded only when it runs, so a declaration stays cheap to import. */
export interface StageCode<O, R> {
  /** Turns raw CLI/action options into typed ones; throws UsageError naming the option. */
  parseOptions(raw: RawOptions, config: Config): O;
  run(ctx: StageContext, options: O): Promise<StageRun<R>>;
}

/**
 * Everything the rest of the product knows about a stage, written once: the CLI help, the
 * action.yml files, the action entries, deploy's secret check and the workflow are derived
 * from it. `O` and `R` are the stage's typed options and result.
 */
export interface StageDeclaration<O = unknown, R = unknown> {
  name: string;
  description: string;
  options: OptionSpec[];
  /** The fields of `result`, each also an action output (JSON for lists and objects). */
  outputs: Record<string, string>;
  /** Every secret the stage can read (environment names; action inputs in kebab-case). */
  secrets: string[];
  /**
   * Takes the token of the cluster it talks to as the action input `cluster-token`: true for the
   * cluster its `cluster` option names (or the stages' default), or a function naming it.
   */
  clusterToken?: boolean | ((config: Config, options: RawOptions) => string | undefined);
  /**
   * Changes production: refuses inside a freeze window of the configuration unless
   * --ignore-freeze, checked again by every such stage (a re-run days later meets today's windows).
   */
  freezeGuard?: boolean;
  /** The secrets this run will read, from the configuration and options alone. */
  needs(query: SecretQuery): SecretNeed[];
  /** Configuration file used when --config is not given, instead of the search in the working directory. */
  defaultConfig?(): string;
  load(): Promise<StageCode<O, R>>;
}

/** Declares a stage; the identity, there for the type inference of `O` and `R`. */
export function declareStage<O, R>(declaration: StageDeclaration<O, R>): StageDeclaration<O, R> {
  if (!declaration.freezeGuard) return declaration;
  const missing = [IGNORE_FREEZE, APPROVED_AT].filter((spec) => !declaration.options.some((o) => o.name === spec.name));
  return { ...declaration, options: [...declaration.options, ...missing] };
}

/** When the run was signed off (sign-off's approvedAt): an approval older than signOff.maxAge changes nothing. */
export const APPROVED_AT: OptionSpec = {
  name: 'approved-at',
  type: 'string',
  description: "When the run was signed off (the sign-off job's approvedAt output); refused when older than signOff.maxAge",
};

/** The option every freeze-guarded stage takes (see `freezeGuard`). */
export const IGNORE_FREEZE: OptionSpec = {
  name: 'ignore-freeze',
  type: 'boolean',
  description: 'Change production even inside a freeze window of the configuration (an emergency)',
};

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the list holds stages of every option/result type
export type AnyStage = StageDeclaration<any, any>;

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

/** `GITHUB_TOKEN` → `github-token`. */
export function secretInputName(env: string): string {
  return env.toLowerCase().replace(/_/g, '-');
}
