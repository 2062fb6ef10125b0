import path from 'node:path';
import { UsageError } from '../../core/errors.ts';
import type { Component, Config } from '../../config/types.ts';
import { movedSha, movedSpec, parseMoved } from '../shared/moved.ts';
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
  movedSpec("the PRs between each moved component's previous and new stable"),
  { name: 'out', type: 'string', description: 'Folder for post.md and mastodon-N.txt', default: 'release-notes' },
];

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
  if (movedText) return { components, out, choice: { kind: 'moved', moved: movedRanges(movedText, config, components) } };
  if (until && !since) throw new UsageError('--until needs --since', 'write e.g. --since 2026-11-01 --until 2026-11-30');
  if (!since) return { components, out, choice: { kind: 'last-month' } };
  const first = parseDay(since, '--since');
  if (!until) return { components, out, choice: { kind: 'dates', since: first } };
  const last = parseDay(until, '--until');
  if (last < first)
    throw new UsageError(`--until ${last} is before --since ${first}`, 'the period runs from --since to --until, both included');
  return { components, out, choice: { kind: 'dates', since: first, until: last } };
}

function movedRanges(value: string, config: Config, components: NotesComponent[]): MovedRange[] {
  const ranges: MovedRange[] = [];
  for (const c of parseMoved(value, config)) {
    if (c.status !== undefined && c.status !== 'moved') continue;
    const component = components.find((n) => n.name === c.name);
    // A moved component outside releaseNotes.components has no notes to collect.
    if (!component) continue;
    const previous = movedSha(c, 'previous');
    const current = movedSha(c, 'current');
    if (previous !== current) ranges.push({ component, previous, current });
  }
  return ranges;
}
