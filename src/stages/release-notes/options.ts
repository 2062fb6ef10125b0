import path from 'node:path';
import * as z from 'zod';
import { UsageError } from '../../core/errors.ts';
import type { Component, Config } from '../../config/types.ts';
import { text } from '../options.ts';
import type { OptionSpec, RawOptions } from '../stage.ts';
import { checkTimezone, parseDay, type Day } from './period.ts';

/** A component whose PRs are collected, with the GitHub repository they live in. */
export interface NotesComponent {
  name: string;
  repo: string;
}

export interface MovedRange {
  component: NotesComponent;
  previous: string;
  current: string;
}

/** `until` absent: up to today, which the run reads from its clock. */
export type PeriodChoice = { kind: 'dates'; since: Day; until?: Day } | { kind: 'last-month' } | { kind: 'moved'; moved: MovedRange[] };

export interface ReleaseNotesOptions {
  components: NotesComponent[];
  choice: PeriodChoice;
  /** Absolute folder the files go to. */
  out: string;
}

export const releaseNotesOptionSpecs: OptionSpec[] = [
  {
    name: 'since',
    type: 'string',
    description: 'First day of the period, YYYY-MM-DD in the configured timezone (default: the last calendar month)',
  },
  { name: 'until', type: 'string', description: 'Last day of the period, inclusive (default: today when --since is given)' },
  {
    name: 'moved',
    type: 'string',
    description: "The move-stable result (JSON): the PRs between each moved component's previous and new stable",
  },
  { name: 'out', type: 'string', description: 'Folder for post.md and mastodon-N.txt', default: 'release-notes' },
];

const movedComponent = z.object({
  name: z.string(),
  status: z.string().optional(),
  repository: z.string().optional(),
  previous: z.string().nullable().optional(),
  current: z.string().nullable().optional(),
});
const movedDocument = z.union([
  z.array(movedComponent),
  z.object({ components: z.array(movedComponent) }),
  z.object({ result: z.object({ components: z.array(movedComponent) }) }),
]);

function selectComponents(config: Config): NotesComponent[] {
  const named = config.releaseNotes.components;
  const chosen: Component[] = named
    ? config.components.filter((c) => named.includes(c.name))
    : config.components.filter((c) => c.transport.kind === 'github');
  return chosen.map((c) => {
    if (c.transport.kind !== 'github') {
      throw new UsageError(
        `releaseNotes.components: "${c.name}" has no repo; pull requests are read through the GitHub API`,
        `give components[${config.components.indexOf(c)}] a repo: owner/name, or leave it out of releaseNotes.components`,
      );
    }
    return { name: c.name, repo: c.transport.repo };
  });
}

export function parseReleaseNotesOptions(raw: RawOptions, config: Config): ReleaseNotesOptions {
  checkTimezone(config.timezone);
  const components = selectComponents(config);
  if (!components.length)
    throw new UsageError(
      'no component has a repo: there is nowhere to collect pull requests from',
      'give the components a repo: owner/name',
    );
  const since = text(raw, 'since');
  const until = text(raw, 'until');
  const movedText = text(raw, 'moved');
  const out = path.resolve(text(raw, 'out') ?? 'release-notes');
  if (movedText && (since || until))
    throw new UsageError('--moved and --since/--until exclude each other', 'give either the period or the move-stable result');
  if (movedText) return { components, out, choice: { kind: 'moved', moved: parseMoved(movedText, config, components) } };
  if (until && !since) throw new UsageError('--until needs --since', 'write e.g. --since 2026-11-01 --until 2026-11-30');
  if (!since) return { components, out, choice: { kind: 'last-month' } };
  const first = parseDay(since, '--since');
  if (!until) return { components, out, choice: { kind: 'dates', since: first } };
  const last = parseDay(until, '--until');
  if (last < first)
    throw new UsageError(`--until ${last} is before --since ${first}`, 'the period runs from --since to --until, both included');
  return { components, out, choice: { kind: 'dates', since: first, until: last } };
}

function parseMoved(value: string, config: Config, components: NotesComponent[]): MovedRange[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    throw new UsageError('--moved: not JSON', 'pass the move-stable result, e.g. ${{ steps.move.outputs.result }}');
  }
  const doc = movedDocument.safeParse(parsed);
  if (!doc.success)
    throw new UsageError('--moved: expected the move-stable result ({"components": [{"name", "status", "previous", "current"}, ...]})');
  const list = Array.isArray(doc.data) ? doc.data : 'components' in doc.data ? doc.data.components : doc.data.result.components;
  const names = new Set(config.components.map((c) => c.name));
  const ranges: MovedRange[] = [];
  for (const c of list) {
    if (!names.has(c.name)) throw new UsageError(`--moved: component "${c.name}" is not in the configuration`);
    if (c.status !== undefined && c.status !== 'moved') continue;
    const component = components.find((n) => n.name === c.name);
    // A moved component outside releaseNotes.components has no notes to collect.
    if (!component) continue;
    for (const field of ['previous', 'current'] as const) {
      const sha = c[field];
      if (!sha || !/^[0-9a-f]{40}$/.test(sha))
        throw new UsageError(
          `--moved: component "${c.name}" has no full commit SHA in "${field}"`,
          'pass the move-stable result unchanged',
        );
    }
    if (c.previous !== c.current) ranges.push({ component, previous: c.previous!, current: c.current! });
  }
  return ranges;
}
