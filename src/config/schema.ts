import { isIP } from 'node:net';
import * as z from 'zod';
import { DURATION_PATTERN } from '../core/duration.ts';

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
  const hasSecret = url.password !== '' || (url.username !== '' && (scheme === 'http' || scheme === 'https'));
  if (!hasSecret) return undefined;
  if (scheme === 'https' || (scheme === 'http' && isLoopbackHost(url.hostname))) return undefined;
  const remedy = 'use https:// (or an ssh key for ssh://), or leave the token out of the URL';
  return `credentials in a ${scheme}:// URL travel in cleartext; ${remedy}`;
}

const remote = z
  .string()
  .min(1)
  .superRefine((value, ctx) => {
    const problem = remoteProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

const serviceUrl = z
  .string()
  .refine(isAllowedServiceUrl, {
    message: 'expected an https:// URL (plain http:// only for 127.0.0.1 or localhost)',
  })
  .meta({ format: 'uri' });

const duration = z.string().regex(DURATION_PATTERN, { message: 'expected a duration such as 30s, 10m or 2h' });
const name = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, { message: 'expected letters, digits, ".", "_" or "-"' });
const githubRepo = z.string().regex(/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/, { message: 'expected "owner/name", e.g. packit/ogr' });
const branch = z.string().regex(/^(?!\/|.*\/\/|.*\.\.|.*@\{)[^\s~^:?*[\\]+(?<![/.])$/, { message: 'expected a git branch name' });

const image = z.strictObject({
  image: z
    .string()
    .regex(/^[a-z0-9.-]+(?::\d+)?\/[a-z0-9._/-]+:[\w][\w.-]{0,127}$/, {
      message: 'expected "registry/repository:tag", e.g. quay.io/packit/packit-service:prod',
    })
    .describe('Registry host, repository and the tag the build pushes'),
  imageStream: z
    .string()
    .regex(/^[a-z0-9][a-z0-9.-]*:[\w][\w.-]*$/, { message: 'expected "name:tag", e.g. packit-service:prod' })
    .optional()
    .describe('ImageStreamTag the image is imported into'),
  platforms: z
    .array(z.string().regex(/^[a-z0-9]+\/[a-z0-9]+(\/[a-z0-9]+)?$/, { message: 'expected os/arch, e.g. linux/arm64' }))
    .optional()
    .describe('Platforms that must all be in the manifest list'),
});

const component = z.strictObject({
  name: name.describe('Short name used in after, --to and summaries'),
  repo: githubRepo.optional().describe('GitHub owner/name: moved through the GitHub API'),
  remote: remote.optional().describe('Any git URL or path: moved with git (credentials only in https URLs)'),
  after: z.array(z.string()).optional().describe('Components that must move (and be built in Copr) first'),
  copr: z
    .strictObject({
      project: z.string().regex(/^[^/\s]+\/[^/\s]+$/, { message: 'expected "owner/project", e.g. packit/packit-stable' }),
      package: z.string().min(1),
    })
    .optional()
    .describe('Copr package built from this component; components after it wait for the build'),
  checks: z
    .array(z.string().min(1))
    .optional()
    .describe('Checks that must pass on the promoted commit (default: the branch protection, else all)'),
  build: z.strictObject({ workflows: z.array(z.string().min(1)).min(1) }).optional(),
  images: z.array(image).optional(),
  systemKey: z.string().min(1).optional().describe('Key of this component in the versions endpoint'),
});

const registry = z.strictObject({ apiUrl: serviceUrl });

const cluster = z.strictObject({
  server: serviceUrl,
  namespace: z.string().regex(/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/, { message: 'expected a Kubernetes namespace name' }),
  caFile: z.string().min(1).optional().describe('PEM file of the cluster CA, relative to this file; TLS is always verified'),
  staging: z.boolean().optional().describe('The pre-flight health gate of deploy runs on this cluster'),
});

const chat = z.strictObject({
  matrix: z
    .strictObject({
      homeserver: serviceUrl,
      rooms: z.array(z.string().regex(/^![^:]+:.+$/, { message: 'expected a room id "!id:server" (Room settings → Advanced)' })),
      postNotice: z
        .boolean()
        .optional()
        .describe('Also post the notice as a message (default false: the topic change shows in the timeline)'),
      postFinished: z.boolean().optional().describe('Post the finished notice after a successful revert'),
    })
    .optional(),
  slack: z
    .strictObject({
      apiUrl: serviceUrl.optional(),
      channels: z.array(z.string().regex(/^[CG][A-Z0-9]+$/, { message: 'expected a channel id such as C0123456' })),
      postFinished: z.boolean().optional().describe('Post the finished notice as a new message after a successful revert'),
    })
    .optional(),
  notices: z
    .strictObject({
      deploying: z.string().min(1).optional().describe('Topic while deploying; placeholders {deployment}, {runUrl}, {retrigger}'),
      failed: z.string().min(1).optional().describe('Topic when the deployment failed'),
      finished: z.string().min(1).optional().describe('Message after a successful deployment'),
      retrigger: z.array(z.string().min(1)).optional().describe('Commands users can retrigger with, listed in the notice message'),
    })
    .optional(),
});

const health = z.strictObject({
  sentry: z
    .strictObject({
      apiUrl: serviceUrl,
      org: z.string().min(1),
      project: z.string().min(1),
      maxNewIssues: z.number().int().min(0).optional(),
      window: duration.optional(),
    })
    .optional(),
  endpoints: z.array(z.strictObject({ url: serviceUrl, versions: z.boolean().optional(), expect: z.string().optional() })).optional(),
  pods: z
    .strictObject({
      stuckTerminatingAfter: duration.optional().describe('Force-delete a pod Terminating for longer than this (default 10m)'),
      selector: z
        .string()
        .min(1)
        .optional()
        .describe('Label selector of the pods the health gate checks (default: every pod of the namespace)'),
      pendingAfter: duration.optional().describe('A pod Pending for longer than this fails the gate (default 5m)'),
    })
    .optional(),
});

const releaseNotes = z.strictObject({
  components: z.array(z.string()).optional().describe('Components whose PRs are collected (default: every component with a repo)'),
  title: z.string().min(1).optional().describe('Post title; placeholders {month}, {year}, {week} (default "Packit in {month} {year}")'),
  postUrl: serviceUrl.optional().describe('Address of the published post, linked from the first Mastodon post'),
  authors: z.array(z.string().min(1)).optional().describe('Front matter authors of the post'),
  label: z.string().min(1).optional().describe('Label of PRs that carry release notes (default has-release-notes)'),
  blog: z
    .strictObject({
      repo: githubRepo,
      path: z.string().min(1).describe('Path of the post in that repository; placeholders {month}, {year}, {week}'),
      base: branch.optional().describe('Branch the draft pull request targets (default: the repository default branch)'),
    })
    .optional()
    .describe('Open (or update) a draft pull request with the post in this repository'),
});

const quayCleanup = z.strictObject({
  olderThan: duration.optional().describe('Only tags last modified longer ago than this are deleted (default 90d)'),
  keep: z.number().int().min(0).optional().describe('The newest tags of each repository are kept whatever their age (default 10)'),
  protect: z
    .array(z.string().min(1))
    .optional()
    .describe('Tag patterns never deleted ("*" matches any characters); prod, stg and latest always are'),
});

const infra = z.strictObject({
  repo: githubRepo.optional().describe('Deployment repository on GitHub'),
  remote: remote.optional().describe('Deployment repository as any git URL or path (credentials only in https URLs)'),
  ref: branch.optional().describe('Branch applied (default main)'),
  command: z.array(z.string().min(1)).min(1).describe('The apply command as an argument list, run without a shell, e.g. [make, deploy]'),
  env: z.record(z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, { message: 'expected an environment variable name' }), z.string()).optional(),
  timeout: duration.optional().describe('Longest run of the apply command (default 30m)'),
  vault: z
    .strictObject({
      url: serviceUrl,
      mount: z.string().min(1).optional().describe('KV v2 mount (default secret)'),
      paths: z.array(z.string().min(1)).min(1).describe('Secret paths the apply command reads'),
    })
    .optional(),
});

const date = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2})?)?$/, { message: 'expected a date YYYY-MM-DD (or YYYY-MM-DDTHH:MM)' });

const freeze = z.strictObject({
  from: date.describe('First day (or moment) of the freeze, in the configured timezone'),
  until: date.describe('Last day of the freeze (a date includes the whole day), in the configured timezone'),
  reason: z.string().min(1),
});

export const configSchema = z.strictObject({
  deployment: name.describe('Shown in messages and summaries, e.g. prod'),
  timezone: z.string().min(1).optional(),
  branches: z.strictObject({ source: branch, target: branch }).optional(),
  github: z
    .strictObject({ apiUrl: serviceUrl, serverUrl: serviceUrl.optional() })
    .optional()
    .describe('GitHub API (and web) base URL; defaults to github.com'),
  copr: z.strictObject({ apiUrl: serviceUrl }).optional(),
  components: z.array(component).min(1, { message: 'expected at least one component' }),
  registries: z.record(z.string(), registry).optional(),
  clusters: z.record(z.string(), cluster).optional(),
  chat: chat.optional(),
  health: health.optional(),
  releaseNotes: releaseNotes.optional(),
  quayCleanup: quayCleanup.optional(),
  infra: infra.optional(),
  freeze: z.array(freeze).optional().describe('Windows in which deploy refuses to run (unless --ignore-freeze)'),
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
