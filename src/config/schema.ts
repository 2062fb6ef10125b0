import { isIP } from 'node:net';
import * as z from 'zod/mini';
import en from 'zod/v4/locales/en.js';
import { DURATION_PATTERN } from '../core/duration.ts';
import { urlCredentials } from '../core/url-credentials.ts';
import { isTimeZone } from '../core/wall-clock.ts';

/**
 * The configuration file, as one schema: the loader validates with it and
 * `npm run bundle` writes schema/service-guru.schema.json from it, so editors complete
 * exactly what the loader accepts.
 */

/**
 * This machine, by IP literal (127.0.0.0/8, ::1) or the exact name localhost: a name that merely
 * starts with "127." (127.evil.example, 127.0.0.1.nip.io) resolves wherever its owner wants.
 */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  if (host === 'localhost') return true;
  if (isIP(host) === 4) return host.startsWith('127.');
  return isIP(host) === 6 && host === '::1';
}

/** Tokens travel to these URLs: plain http is allowed only to this machine. */
export function isAllowedServiceUrl(value: string): boolean {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  if (url.protocol === 'https:') return true;
  return url.protocol === 'http:' && isLoopbackHost(url.hostname);
}

/**
 * A git remote: a URL (https, ssh, git, file), scp-like user@host:path, or a path. Credentials
 * in it are accepted only where they travel encrypted: https, or http to this machine.
 */
export function remoteProblem(value: string): string | undefined {
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(value)?.[1]?.toLowerCase();
  // scp-like user:password@host:path: git reads "user" as the host and the password as part of
  // the path, so the secret would travel in argv and messages.
  if (!scheme && /^[^/@:]+:[^/@]*@[^/]*:/.test(value)) {
    return 'a password in an scp-like remote (user:password@host:path) is not supported; use an ssh key, or https://user:token@host/path';
  }
  if (!scheme) return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'expected a git URL (https://host/owner/repo.git, ssh://git@host/repo.git), user@host:path or a path';
  }
  for (const part of [url.username, url.password]) {
    try {
      decodeURIComponent(part);
    } catch {
      return 'the user or token in the URL has a malformed %-escape; write it percent-encoded (e.g. %40 for @)';
    }
  }
  if (!urlCredentials(value)?.secret) return undefined;
  if (scheme === 'https' || (scheme === 'http' && isLoopbackHost(url.hostname))) return undefined;
  const remedy = 'use https:// (or an ssh key for ssh://), or leave the token out of the URL';
  return `credentials in a ${scheme}:// URL travel in cleartext; ${remedy}`;
}

// zod/mini, not zod: the same validation and JSON Schema from a fraction of the code a bundle
// loads at every start-up (the classic API's classes cost ~10 ms of CPU per action run). Its
// English messages are loaded here, because the loader reads them ("received undefined").
z.config(en());

const string = () => z.string();
const nonEmpty = () => z.string().check(z.minLength(1));
const matching = (pattern: RegExp, message: string) => z.string().check(z.regex(pattern, { message }));

/** Optional, with the description editors show (JSON Schema `description`). */
function optional<T extends z.ZodMiniType>(schema: T, description?: string) {
  const wrapped = z.optional(schema);
  return description ? wrapped.check(z.describe(description)) : wrapped;
}

/** Optional, with the value normalize() fills in when it is left out (JSON Schema `default`, shown by editors). */
function defaulted<T extends z.ZodMiniType>(schema: T, value: z.input<T>, description: string) {
  return z.optional(schema).check(z.meta({ description, default: value }));
}

function described<T extends z.ZodMiniType>(schema: T, description: string): T {
  return schema.check(z.describe(description));
}

function list<T extends z.ZodMiniType>(element: T, min?: { count: number; message?: string }) {
  const array = z.array(element);
  return min ? array.check(z.minLength(min.count, min.message ? { message: min.message } : undefined)) : array;
}

const remote = nonEmpty().check(
  z.superRefine((value: string, ctx) => {
    const problem = remoteProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  }),
);

const serviceUrl = z
  .string()
  .check(
    z.refine(isAllowedServiceUrl, { message: 'expected an https:// URL (plain http:// only for 127.0.0.1 or localhost)' }),
    z.meta({ format: 'uri' }),
  );

/** The values a left-out field gets; the loader fills them in and the JSON Schema shows them. */
export const DEFAULTS = {
  source: 'main',
  target: 'stable',
  githubApiUrl: 'https://api.github.com',
  coprApiUrl: 'https://copr.fedorainfracloud.org',
} as const;

const duration = matching(DURATION_PATTERN, 'expected a duration such as 30s, 10m or 2h');
const name = matching(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'expected letters, digits, ".", "_" or "-"');
const githubRepo = matching(/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/, 'expected "owner/name", e.g. packit/ogr');
const branch = matching(/^(?!\/|.*\/\/|.*\.\.|.*@\{)[^\s~^:?*[\\]+(?<![/.])$/, 'expected a git branch name');
const count = () => z.int().check(z.minimum(0));

/** kind/name[/container]: a workload (and optionally its container) that runs an image. */
export const WORKLOAD_PATTERN =
  /^(deployment|statefulset|daemonset)\/[a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?(\/[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?)?$/;

const image = z.strictObject({
  image: described(
    matching(
      /^[a-z0-9.-]+(?::\d+)?\/[a-z0-9._/-]+:[\w][\w.-]{0,127}$/,
      'expected "registry/repository:tag", e.g. quay.io/packit/packit-service:prod',
    ),
    'Registry host, repository and the tag the build pushes',
  ),
  imageStream: optional(
    matching(/^[a-z0-9][a-z0-9.-]*:[\w][\w.-]*$/, 'expected "name:tag", e.g. packit-service:prod'),
    'ImageStreamTag the image is imported into',
  ),
  workloads: optional(
    list(
      matching(
        WORKLOAD_PATTERN,
        'expected "kind/name" or "kind/name/container" with kind deployment, statefulset or daemonset, ' +
          'e.g. deployment/orders-api or statefulset/orders-scheduler/worker',
      ),
      { count: 1, message: 'expected at least one workload, e.g. [deployment/orders-api]; or leave workloads out' },
    ),
    'Deployments, StatefulSets and DaemonSets whose container import-images sets to the new image by digest ' +
      '(kind/name[/container]; the container defaults to the one running this repository)',
  ),
  platforms: optional(
    list(matching(/^[a-z0-9]+\/[a-z0-9]+(\/[a-z0-9]+)?$/, 'expected os/arch, e.g. linux/arm64')),
    'Platforms that must all be in the manifest list',
  ),
});

const component = z.strictObject({
  name: described(name, 'Short name used in after, --to and summaries'),
  repo: optional(githubRepo, 'GitHub owner/name: moved through the GitHub API'),
  remote: optional(remote, 'Any git URL or path: moved with git (credentials only in https URLs)'),
  after: optional(list(string()), 'Components that must move (and be built in Copr) first'),
  copr: optional(
    z.strictObject({
      project: matching(/^[^/\s]+\/[^/\s]+$/, 'expected "owner/project", e.g. packit/packit-stable'),
      package: nonEmpty(),
    }),
    'Copr package built from this component; components after it wait for the build',
  ),
  checks: optional(list(nonEmpty()), 'Checks that must pass on the promoted commit (default: the branch protection, else all)'),
  build: optional(z.strictObject({ workflows: list(nonEmpty(), { count: 1 }) })),
  images: optional(list(image)),
  systemKey: optional(nonEmpty(), 'Key of this component in the versions endpoint'),
});

const registry = z.strictObject({ apiUrl: serviceUrl });

const cluster = z.strictObject({
  server: serviceUrl,
  namespace: matching(/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/, 'expected a Kubernetes namespace name'),
  caFile: optional(nonEmpty(), 'PEM file of the cluster CA, relative to this file; TLS is always verified'),
  context: optional(
    nonEmpty(),
    'Kubeconfig context (from KUBECONFIG, else ~/.kube/config) whose user and CA are used, ' +
      'instead of a KUBE_TOKEN_/OPENSHIFT_TOKEN_ variable',
  ),
  staging: optional(z.boolean(), 'The pre-flight health gate of deploy runs on this cluster'),
});

const chat = z.strictObject({
  matrix: optional(
    z.strictObject({
      homeserver: serviceUrl,
      rooms: list(matching(/^![^:]+:.+$/, 'expected a room id "!id:server" (Room settings → Advanced)')),
      postNotice: optional(z.boolean(), 'Also post the notice as a message (default false: the topic change shows in the timeline)'),
      postFinished: optional(z.boolean(), 'Post the finished notice after a successful revert'),
    }),
  ),
  slack: optional(
    z.strictObject({
      apiUrl: optional(serviceUrl),
      channels: list(matching(/^[CG][A-Z0-9]+$/, 'expected a channel id such as C0123456')),
      postFinished: optional(z.boolean(), 'Post the finished notice as a new message after a successful revert'),
    }),
  ),
  notices: optional(
    z.strictObject({
      deploying: optional(nonEmpty(), 'Topic while deploying; placeholders {deployment}, {runUrl}, {retrigger}'),
      failed: optional(nonEmpty(), 'Topic when the deployment failed'),
      finished: optional(nonEmpty(), 'Message after a successful deployment'),
      retrigger: optional(list(nonEmpty()), 'Commands users can retrigger with, listed in the notice message'),
    }),
  ),
  approvals: optional(
    z.strictObject({
      matrix: optional(
        list(matching(/^![^:]+:.+$/, 'expected a room id "!id:server" (Room settings → Advanced)')),
        'Matrix rooms asked for sign-off (on the homeserver of chat.matrix)',
      ),
      slack: optional(list(matching(/^[CG][A-Z0-9]+$/, 'expected a channel id such as C0123456')), 'Slack channels asked for sign-off'),
    }),
    'Where approval-request asks for sign-off before the deployment waits for reviewers (default: nowhere)',
  ),
  approvalReminder: optional(duration, 'Remind the approval rooms once when a run still waits this long (default 2h)'),
});

const health = z.strictObject({
  sentry: optional(
    z.strictObject({
      apiUrl: serviceUrl,
      org: nonEmpty(),
      project: nonEmpty(),
      maxNewIssues: optional(count()),
      window: optional(duration),
    }),
  ),
  endpoints: optional(list(z.strictObject({ url: serviceUrl, versions: optional(z.boolean()), expect: optional(string()) }))),
  pods: optional(
    z.strictObject({
      stuckTerminatingAfter: optional(duration, 'Force-delete a pod Terminating for longer than this (default 10m)'),
      selector: optional(nonEmpty(), 'Label selector of the pods the health gate checks (default: every pod of the namespace)'),
      pendingAfter: optional(duration, 'A pod Pending for longer than this fails the gate (default 5m)'),
    }),
  ),
});

const releaseNotes = z.strictObject({
  components: optional(list(string()), 'Components whose PRs are collected (default: every component with a repo)'),
  title: optional(nonEmpty(), 'Post title; placeholders {month}, {year}, {week} (default "Packit in {month} {year}")'),
  postUrl: optional(serviceUrl, 'Address of the published post, linked from the first Mastodon post'),
  authors: optional(list(nonEmpty()), 'Front matter authors of the post'),
  label: optional(nonEmpty(), 'Label of PRs that carry release notes (default has-release-notes)'),
  blog: optional(
    z.strictObject({
      repo: githubRepo,
      path: described(nonEmpty(), 'Path of the post in that repository; placeholders {month}, {year}, {week}'),
      base: optional(branch, 'Branch the draft pull request targets (default: the repository default branch)'),
    }),
    'Open (or update) a draft pull request with the post in this repository',
  ),
});

const quayCleanup = z.strictObject({
  olderThan: optional(duration, 'Only tags last modified longer ago than this are deleted (default 90d)'),
  keep: optional(count(), 'The newest tags of each repository are kept whatever their age (default 10)'),
  protect: optional(list(nonEmpty()), 'Tag patterns never deleted ("*" matches any characters); prod, stg and latest always are'),
});

const infra = z.strictObject({
  repo: optional(githubRepo, 'Deployment repository on GitHub'),
  remote: optional(remote, 'Deployment repository as any git URL or path (credentials only in https URLs)'),
  ref: optional(branch, 'Branch applied (default main)'),
  command: described(list(nonEmpty(), { count: 1 }), 'The apply command as an argument list, run without a shell, e.g. [make, deploy]'),
  env: optional(z.record(matching(/^[A-Za-z_][A-Za-z0-9_]*$/, 'expected an environment variable name'), string())),
  timeout: optional(duration, 'Longest run of the apply command (default 30m)'),
  vault: optional(
    z.strictObject({
      url: serviceUrl,
      mount: optional(nonEmpty(), 'KV v2 mount (default secret)'),
      paths: described(list(nonEmpty(), { count: 1 }), 'Secret paths the apply command reads'),
    }),
  ),
});

const date = matching(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2})?)?$/, 'expected a date YYYY-MM-DD (or YYYY-MM-DDTHH:MM)');

/** Checked here, once for every stage: a zone the runtime does not know would only fail when a stage first reads a date. */
const timezone = nonEmpty().check(
  z.superRefine((value: string, ctx) => {
    if (!isTimeZone(value))
      ctx.addIssue({ code: 'custom', message: `"${value}" is not an IANA time zone; write e.g. timezone: Europe/Prague` });
  }),
);

const freeze = z.strictObject({
  from: described(date, 'First day (or moment) of the freeze, in the configured timezone'),
  until: described(date, 'Last day of the freeze (a date includes the whole day), in the configured timezone'),
  reason: nonEmpty(),
});

export const configSchema = z.strictObject({
  deployment: described(name, 'Shown in messages and summaries, e.g. prod'),
  timezone: optional(timezone, 'IANA time zone of the freeze windows and the release-note periods, e.g. Europe/Prague (default UTC)'),
  branches: optional(
    z.strictObject({
      source: defaulted(branch, DEFAULTS.source, 'Branch the components are promoted from'),
      target: defaulted(branch, DEFAULTS.target, 'Branch that is moved to the promoted commit'),
    }),
  ),
  github: optional(
    z.strictObject({
      apiUrl: defaulted(serviceUrl, DEFAULTS.githubApiUrl, 'GitHub REST API base URL (GitHub Enterprise: https://host/api/v3)'),
      serverUrl: optional(serviceUrl, 'GitHub web URL (default: derived from apiUrl)'),
    }),
    'GitHub API (and web) base URL; defaults to github.com',
  ),
  copr: optional(z.strictObject({ apiUrl: defaulted(serviceUrl, DEFAULTS.coprApiUrl, 'Copr frontend URL') })),
  components: list(component, { count: 1, message: 'expected at least one component' }),
  registries: optional(z.record(string(), registry)),
  clusters: optional(z.record(string(), cluster)),
  chat: optional(chat),
  health: optional(health),
  releaseNotes: optional(releaseNotes),
  quayCleanup: optional(quayCleanup),
  infra: optional(infra),
  freeze: optional(list(freeze), 'Windows in which deploy refuses to run (unless --ignore-freeze)'),
  signOff: optional(
    z.strictObject({
      maxAge: defaulted(
        duration,
        '12h',
        'An approval older than this no longer lets a job change production (a re-run days later starts a new run)',
      ),
    }),
    'How long a sign-off stays valid',
  ),
});

export type ConfigInput = z.input<typeof configSchema>;
export type ImageInput = z.input<typeof image>;

export function configJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(configSchema, { io: 'input', target: 'draft-2020-12' });
  return {
    ...schema,
    $id: 'https://github.com/service-guru/service-guru/schema/service-guru.schema.json',
    title: 'Service Guru configuration',
  };
}
