import { UsageError } from '../../core/errors.ts';
import type { Config } from '../../config/types.ts';
import { didYouMean } from '../../config/issues.ts';
import { duration, flag, interval, list as listOption, text } from '../options.ts';
import type { OptionSpec, RawOptions } from '../stage.ts';
import { checkOutputPath } from '../shared/safe-path.ts';
import { USER_STEP_IDS as STEP_IDS, type StepId } from './model.ts';

export interface DeployOptions {
  from: StepId | undefined;
  skip: StepId[];
  stateFile: string;
  yes: boolean;
  ignoreFreeze: boolean;
  /** Only the freeze check and what would move: the plan a reviewer signs off. */
  plan: boolean;
  only: string[];
  to: string[];
  allowUnverified: boolean;
  noForce: boolean;
  /** Production cluster (import, verify, rollback); undefined: the stages' own default. */
  cluster: string | undefined;
  /** Cluster of the pre-flight gate; undefined: none. */
  stagingCluster: string | undefined;
  observe: string;
  imagesTimeout: string;
  imagesInterval: string | undefined;
  coprInterval: string | undefined;
  runUrl: string | undefined;
  /** --summary: where the Markdown run summary (steps and Gantt) is written, resolved and checked. */
  summary: string | undefined;
  /** The options as given, recorded in the state file. */
  given: RawOptions;
}

/** Repeated options arrive as an array; each may still be a comma list. */
const list = (raw: RawOptions, name: string): string[] =>
  listOption(raw, name)
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter(Boolean);

/** Shared with rehearse: the same summary, from the CLI (GITHUB_STEP_SUMMARY gets it in a workflow). */
export const SUMMARY_OPTION: OptionSpec = {
  name: 'summary',
  type: 'string',
  description: 'Also write the run summary (step table and Mermaid Gantt timeline) as Markdown to this file',
};

/** --summary checked before anything runs: not out of the working directory, not through a link. */
export function summaryFile(raw: RawOptions): string | undefined {
  const given = text(raw, 'summary');
  return given ? checkOutputPath(given, 'summary') : undefined;
}

export const DEFAULT_STATE_FILE = '.service-guru/deploy-state.json';

export const deployOptionSpecs: OptionSpec[] = [
  {
    name: 'from',
    type: 'string',
    description: `Resume at this step with what the earlier steps found (state file): ${STEP_IDS.join(', ')}`,
  },
  { name: 'skip', type: 'list', description: 'Leave out these steps, e.g. move-stable to redeploy what stable already has' },
  { name: 'state', type: 'string', description: 'State file of the run, written after every step', default: DEFAULT_STATE_FILE },
  { name: 'yes', type: 'boolean', description: 'Do not ask for confirmation on a terminal' },
  { name: 'ignore-freeze', type: 'boolean', description: 'Deploy even inside a freeze window of the configuration' },
  { name: 'plan', type: 'boolean', description: 'Only check the freeze windows and report what would move (component=sha pairs in "to")' },
  { name: 'only', type: 'list', description: 'Move and roll out only these components' },
  { name: 'to', type: 'list', description: 'component=sha: promote this commit instead of the head of the source branch' },
  { name: 'allow-unverified', type: 'boolean', description: 'Promote even when checks of the commit fail or are pending' },
  { name: 'no-force', type: 'boolean', description: 'Never replace a diverged target branch' },
  { name: 'cluster', type: 'string', description: "Production cluster of import, verify and rollback (default: the stages' default)" },
  {
    name: 'staging-cluster',
    type: 'string',
    description: 'Cluster of the pre-flight health gate (default: the one with staging: true; "none" skips it)',
  },
  { name: 'observe', type: 'string', description: 'How long the health gate watches production after the import', default: '10m' },
  { name: 'images-timeout', type: 'string', description: 'Longest wait for the images', default: '90m' },
  { name: 'images-interval', type: 'string', description: "First pause between image polls (default: wait-images' own)" },
  { name: 'copr-interval', type: 'string', description: "First pause between Copr polls (default: move-stable's own)" },
  { name: 'run-url', type: 'string', description: 'URL of this run, for the notices (default: the GitHub Actions run)' },
  SUMMARY_OPTION,
];

function step(value: string, option: string): StepId {
  if ((STEP_IDS as readonly string[]).includes(value)) return value as StepId;
  throw new UsageError(`--${option}: unknown step "${value}"${didYouMean(value, new Set(STEP_IDS))}`, `use one of: ${STEP_IDS.join(', ')}`);
}

export function parseDeployOptions(raw: RawOptions, config: Config): DeployOptions {
  const names = new Set(config.components.map((c) => c.name));
  const only = list(raw, 'only');
  for (const name of only)
    if (!names.has(name))
      throw new UsageError(`--only: unknown component "${name}"${didYouMean(name, names)}`, `use one of: ${[...names].join(', ')}`);
  const to = list(raw, 'to');
  for (const pair of to) {
    const match = /^([^=]+)=([0-9a-fA-F]{4,40})$/.exec(pair);
    if (!match) throw new UsageError(`--to: "${pair}" is not component=sha`, 'write e.g. --to packit=3b0fc3b');
    if (!names.has(match[1]!.trim())) throw new UsageError(`--to: unknown component "${match[1]}"${didYouMean(match[1]!, names)}`);
  }
  const clusters = Object.keys(config.clusters);
  const known = (name: string | undefined, option: string): string | undefined => {
    if (name !== undefined && !config.clusters[name])
      throw new UsageError(
        `--${option}: no cluster "${name}" under clusters:`,
        clusters.length ? `use one of: ${clusters.join(', ')}` : 'add it under clusters: in the configuration',
      );
    return name;
  };
  const stagingText = text(raw, 'staging-cluster');
  const stagingCluster =
    stagingText === 'none' ? undefined : known(stagingText ?? clusters.find((c) => config.clusters[c]!.staging), 'staging-cluster');
  // Validated here so that a typo fails before anything changes, not at the step that reads it.
  duration(raw, 'observe', '10m');
  duration(raw, 'images-timeout', '90m');
  if (text(raw, 'images-interval')) interval(raw, 'images-interval', '15s');
  if (text(raw, 'copr-interval')) interval(raw, 'copr-interval', '30s');
  const from = text(raw, 'from');
  return {
    from: from ? step(from, 'from') : undefined,
    skip: list(raw, 'skip').map((s) => step(s, 'skip')),
    stateFile: text(raw, 'state') ?? DEFAULT_STATE_FILE,
    yes: flag(raw, 'yes'),
    ignoreFreeze: flag(raw, 'ignore-freeze'),
    plan: flag(raw, 'plan'),
    only,
    to,
    allowUnverified: flag(raw, 'allow-unverified'),
    noForce: flag(raw, 'no-force'),
    cluster: known(text(raw, 'cluster'), 'cluster'),
    stagingCluster,
    observe: text(raw, 'observe') ?? '10m',
    imagesTimeout: text(raw, 'images-timeout') ?? '90m',
    imagesInterval: text(raw, 'images-interval'),
    coprInterval: text(raw, 'copr-interval'),
    runUrl: text(raw, 'run-url'),
    summary: summaryFile(raw),
    given: Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== undefined && v !== '' && v !== false)),
  };
}
