import { closeSync, existsSync, fstatSync, openSync, readSync } from 'node:fs';
import path from 'node:path';
import { Lexer, LineCounter, parseDocument, isMap, isNode, isScalar, visit, type Document } from 'yaml';
import type { z } from 'zod';
import { UsageError } from '../core/errors.ts';
import { configSchema, DEFAULTS, type ConfigInput } from './schema.ts';
import type { Component, Config } from './types.ts';
import { didYouMean, formatPath, type ConfigIssue } from './issues.ts';
import { checkSemantics } from './semantics.ts';

export const DEFAULT_CONFIG_PATHS = ['.github/service-guru.yml', 'service-guru.yml'];

/** Invalid configuration: exit 2, nothing changed. The message lists every problem found. */
export class ConfigError extends UsageError {
  readonly issues: string[];
  constructor(file: string, issues: string[]) {
    super(
      `${file}: invalid configuration (${issues.length} problem${issues.length === 1 ? '' : 's'}):\n` +
        issues.map((i) => `  - ${i}`).join('\n'),
      'fix the fields named above; schema/service-guru.schema.json describes every field',
    );
    this.name = 'ConfigError';
    this.issues = issues;
  }
}

export function findConfigFile(explicit: string | undefined, cwd = process.cwd()): string {
  if (explicit) {
    const file = path.resolve(cwd, explicit);
    if (!existsSync(file)) throw new UsageError(`--config: ${explicit} does not exist`, 'give the path of the YAML configuration file');
    return file;
  }
  for (const candidate of DEFAULT_CONFIG_PATHS) {
    const file = path.resolve(cwd, candidate);
    if (existsSync(file)) return file;
  }
  throw new UsageError(
    `no configuration file: looked for ${DEFAULT_CONFIG_PATHS.join(' and ')} in ${cwd}`,
    'pass --config FILE or create .github/service-guru.yml (see the README)',
  );
}

/** A configuration is a few kilobytes; a bigger file is a mistake or an attack, refused before it is parsed. */
export const MAX_CONFIG_BYTES = 1024 * 1024;
/** Flow collections (`[`, `{`) nested deeper than this take the YAML parser seconds; no configuration needs it. */
const MAX_FLOW_DEPTH = 64;
/** Each alias counts for what it expands to: a "billion laughs" document is refused, not expanded. */
const MAX_ALIAS_COUNT = 100;
/** Keys that name JavaScript's object machinery: never a field, never allowed as a name. */
const RESERVED_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

function tooLarge(file: string, bytes: number | undefined): UsageError {
  return new UsageError(
    `${file}: the configuration is ${bytes === undefined ? 'more than 1 MiB' : `${bytes} bytes`}, ` +
      `more than the ${MAX_CONFIG_BYTES} bytes (1 MiB) allowed; it was not read`,
    'give the path of the service-guru YAML configuration (a few kilobytes)',
  );
}

/** Reads at most the limit (and one byte more to tell), from a regular file only: /dev/zero never ends. */
function readConfigText(file: string): string {
  const fd = openSync(file, 'r');
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw new UsageError(`${file} is not a regular file`, 'give the path of the YAML configuration file');
    if (stat.size > MAX_CONFIG_BYTES) throw tooLarge(file, stat.size);
    const buffer = Buffer.alloc(MAX_CONFIG_BYTES + 1);
    let length = 0;
    for (let n = 1; n > 0 && length < buffer.length; length += n) n = readSync(fd, buffer, length, buffer.length - length, null);
    if (length > MAX_CONFIG_BYTES) throw tooLarge(file, undefined);
    return buffer.subarray(0, length).toString('utf8');
  } finally {
    closeSync(fd);
  }
}

export function loadConfig(file: string): Config {
  return parseConfig(readConfigText(file), file);
}

/** The line where flow collections first nest deeper than the limit, if they do. */
function tooDeep(text: string): number | undefined {
  // Counting brackets is a cheap upper bound; only when it is exceeded do the YAML tokens decide
  // (brackets inside quotes and comments do not count), stopping as soon as the limit is passed.
  let depth = 0;
  let max = 0;
  for (let i = 0; i < text.length && max <= MAX_FLOW_DEPTH; i++) {
    const c = text.charCodeAt(i);
    if (c === 91 || c === 123) max = Math.max(max, ++depth);
    else if ((c === 93 || c === 125) && depth > 0) depth--;
  }
  if (max <= MAX_FLOW_DEPTH) return undefined;
  depth = 0;
  let offset = 0;
  for (const token of new Lexer().lex(text)) {
    if (token === '[' || token === '{') {
      if (++depth > MAX_FLOW_DEPTH) return text.slice(0, offset).split('\n').length;
    } else if (token === ']' || token === '}') depth--;
    offset += token.length;
  }
  return undefined;
}

export function parseConfig(text: string, file: string): Config {
  if (text.length > MAX_CONFIG_BYTES || Buffer.byteLength(text) > MAX_CONFIG_BYTES) throw tooLarge(file, Buffer.byteLength(text));
  const deep = tooDeep(text);
  if (deep !== undefined) throw new ConfigError(file, [`line ${deep}: lists or mappings nested more than ${MAX_FLOW_DEPTH} deep`]);
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length) {
    throw new ConfigError(
      file,
      doc.errors.map((e) => `line ${lines.linePos(e.pos[0]).line}: ${e.message.split('\n')[0]}`),
    );
  }
  const reserved: string[] = [];
  visit(doc, {
    Pair(_, pair) {
      if (isScalar(pair.key) && RESERVED_KEYS.has(String(pair.key.value))) {
        const line = pair.key.range ? lines.linePos(pair.key.range[0]).line : undefined;
        reserved.push(
          `${line === undefined ? '' : `line ${line}: `}the key "${String(pair.key.value)}" is not allowed (not a field, nor a name)`,
        );
      }
    },
  });
  if (reserved.length) throw new ConfigError(file, reserved);
  let raw: unknown;
  try {
    raw = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    if (!(error instanceof ReferenceError)) throw error;
    throw new ConfigError(file, [
      `YAML aliases (*name) expand to more than ${MAX_ALIAS_COUNT} copies (${error.message}); write the values out or use fewer aliases`,
    ]);
  }
  if (!isMap(doc.contents)) {
    throw new ConfigError(file, ['(top level): expected a mapping with deployment, components, ...']);
  }
  const parsed = configSchema.safeParse(raw);
  // Field errors and cross-field errors together, so one run names every problem in the file.
  const issues = [
    ...(parsed.success ? [] : parsed.error.issues.flatMap(describeZodIssue)),
    ...checkSemantics(raw),
    ...optionLikeRemotes(raw),
  ];
  if (issues.length || !parsed.success) {
    // In the order of the file (stable: problems on one line keep the order they were found in).
    const located = issues.map((i) => locate(i, doc, lines)).sort((a, b) => (a.line ?? Infinity) - (b.line ?? Infinity));
    throw new ConfigError(
      file,
      located.map((l) => l.text),
    );
  }
  return normalize(parsed.data, file);
}

/**
 * git reads an argument that starts with "-" as an option wherever it stands: a remote such as
 * `--upload-pack=<command>@host:path` would run that command on `git ls-remote`.
 */
function optionLikeRemotes(raw: unknown): ConfigIssue[] {
  const doc = (raw && typeof raw === 'object' ? raw : {}) as { components?: unknown; infra?: { remote?: unknown } };
  const found: ConfigIssue[] = [];
  const check = (value: unknown, at: Array<string | number>): void => {
    if (typeof value === 'string' && value.trimStart().startsWith('-'))
      found.push({
        path: at,
        message: 'a remote may not start with "-" (git would read it as an option); write ./-name for such a folder',
      });
  };
  if (Array.isArray(doc.components))
    doc.components.forEach((c: unknown, i) => check((c as { remote?: unknown } | null)?.remote, ['components', i, 'remote']));
  check(doc.infra?.remote, ['infra', 'remote']);
  return found;
}

function describeZodIssue(issue: z.core.$ZodIssue): ConfigIssue[] {
  const at = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
  switch (issue.code) {
    case 'unrecognized_keys': {
      const known = knownKeysAt(at);
      return issue.keys.map((key) => ({
        path: [...at, key],
        message: `unknown field${didYouMean(key, known)}; expected one of: ${known.join(', ')}`,
      }));
    }
    case 'invalid_type':
      if (issue.message.includes('received undefined')) return [{ path: at, message: `missing; expected ${issue.expected}` }];
      return [{ path: at, message: issue.message.replace(/^Invalid input: /, '') }];
    default:
      return [{ path: at, message: issue.message.replace(/^Invalid input: /, '') }];
  }
}

/** The field names the schema allows at a path, for "expected one of" and "did you mean". */
function knownKeysAt(at: Array<string | number>): string[] {
  let schema: z.core.$ZodType = configSchema;
  for (const part of at) {
    const def = unwrap(schema)._zod.def as unknown as Record<string, unknown>;
    if (typeof part === 'number' && def.type === 'array') schema = def.element as z.core.$ZodType;
    else if (typeof part === 'string' && def.type === 'object') schema = (def.shape as Record<string, z.core.$ZodType>)[part]!;
    else if (typeof part === 'string' && def.type === 'record') schema = def.valueType as z.core.$ZodType;
    else return [];
  }
  const def = unwrap(schema)._zod.def as unknown as Record<string, unknown>;
  return def.type === 'object' ? Object.keys(def.shape as object) : [];
}

function unwrap(schema: z.core.$ZodType): z.core.$ZodType {
  let current = schema;
  for (;;) {
    const def = current._zod.def as unknown as Record<string, unknown>;
    if (def.type === 'optional' || def.type === 'default' || def.type === 'nullable') current = def.innerType as z.core.$ZodType;
    else return current;
  }
}

function locate(issue: ConfigIssue, doc: Document, lines: LineCounter): { text: string; line?: number } {
  let node: unknown;
  for (let n = issue.path.length; n >= 0 && !isNode(node); n--) node = doc.getIn(issue.path.slice(0, n), true);
  // An unknown key has no value node of its own in the schema's eyes; find its key instead.
  const parentPath = issue.path.slice(0, -1);
  const parent = doc.getIn(parentPath, true);
  let offset = isNode(node) && node.range ? node.range[0] : undefined;
  if (isMap(parent)) {
    const key = issue.path[issue.path.length - 1];
    const pair = parent.items.find((p) => isNode(p.key) && (p.key as { value?: unknown }).value === key);
    if (pair && isNode(pair.key) && pair.key.range) offset = pair.key.range[0];
  }
  const line = offset === undefined ? undefined : lines.linePos(offset).line;
  const where = line === undefined ? '' : ` (line ${line})`;
  return { text: `${formatPath(issue.path)}${where}: ${issue.message}`, ...(line === undefined ? {} : { line }) };
}

function normalize(input: ConfigInput, file: string): Config {
  const dir = path.dirname(file);
  const githubApi = (input.github?.apiUrl ?? DEFAULTS.githubApiUrl).replace(/\/+$/, '');
  const components: Component[] = input.components.map((c) => ({
    name: c.name,
    transport: c.repo ? { kind: 'github', repo: c.repo } : { kind: 'git', remote: resolveRemote(c.remote!, dir) },
    after: c.after ?? [],
    ...(c.copr ? { copr: c.copr } : {}),
    ...(c.checks ? { checks: c.checks } : {}),
    ...(c.build ? { build: c.build } : {}),
    images: c.images ?? [],
    ...(c.systemKey ? { systemKey: c.systemKey } : {}),
  }));
  return {
    file,
    deployment: input.deployment,
    timezone: input.timezone ?? 'UTC',
    branches: { source: input.branches?.source ?? DEFAULTS.source, target: input.branches?.target ?? DEFAULTS.target },
    github: { apiUrl: githubApi, serverUrl: (input.github?.serverUrl ?? webUrlFor(githubApi)).replace(/\/+$/, '') },
    copr: { apiUrl: (input.copr?.apiUrl ?? DEFAULTS.coprApiUrl).replace(/\/+$/, '') },
    components,
    registries: { 'quay.io': { apiUrl: 'https://quay.io' }, ...(input.registries ?? {}) },
    clusters: Object.fromEntries(
      Object.entries(input.clusters ?? {}).map(([n, c]) => [n, { ...c, ...(c.caFile ? { caFile: path.resolve(dir, c.caFile) } : {}) }]),
    ),
    chat: input.chat ?? {},
    health: input.health ?? {},
    releaseNotes: input.releaseNotes ?? {},
    quayCleanup: input.quayCleanup ?? {},
    ...(input.infra
      ? { infra: { ...input.infra, ...(input.infra.remote ? { remote: resolveRemote(input.infra.remote, dir) } : {}) } }
      : {}),
    freeze: input.freeze ?? [],
    signOff: { maxAge: input.signOff?.maxAge ?? '12h' },
  };
}

/** api.github.com → github.com; GitHub Enterprise Server https://host/api/v3 → https://host. */
export function webUrlFor(apiUrl: string): string {
  const url = new URL(apiUrl);
  if (url.hostname === 'api.github.com') return 'https://github.com';
  if (url.pathname.replace(/\/+$/, '').endsWith('/api/v3')) return `${url.origin}${url.pathname.replace(/\/api\/v3\/*$/, '')}`;
  return url.origin;
}

/** A remote that is a plain path is taken relative to the configuration file. */
function resolveRemote(remote: string, dir: string): string {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(remote) || /^[^/\\]+@[^/\\]+:/.test(remote)) return remote;
  return path.resolve(dir, remote);
}
