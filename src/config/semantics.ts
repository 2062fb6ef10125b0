import { checkAfter } from './graph.ts';
import { didYouMean, type ConfigIssue } from './issues.ts';
import { DEFAULTS } from './schema.ts';

/**
 * Checks across fields (names, references, either-or fields). They read the parsed YAML, not the
 * schema's output, so they also run on a file with field errors and one run reports every
 * problem: every read is defensive, and a value of the wrong type is skipped (the schema has
 * already named it).
 */
export function checkSemantics(raw: unknown): ConfigIssue[] {
  const config = mapping(raw);
  if (!config) return [];
  const components = Array.isArray(config.components) ? config.components.map(mapping) : [];
  const issues: ConfigIssue[] = [];
  const seen = new Map<string, number>();
  components.forEach((c, i) => {
    if (!c) return;
    const name = text(c.name);
    const first = name === undefined ? undefined : seen.get(name);
    if (first !== undefined) {
      issues.push({
        path: ['components', i, 'name'],
        message: `duplicate component "${name}" (also components[${first}]); names must be unique`,
      });
    } else if (name !== undefined) seen.set(name, i);
    const hasRepo = c.repo !== undefined;
    if (hasRepo && c.remote !== undefined) {
      issues.push({ path: ['components', i], message: 'has both repo and remote; keep repo (GitHub API) or remote (git), not both' });
    } else if (!hasRepo && c.remote === undefined) {
      issues.push({ path: ['components', i], message: 'needs repo (GitHub owner/name) or remote (a git URL or path)' });
    }
    for (const field of ['build', 'checks'] as const) {
      if (c[field] !== undefined && !hasRepo) {
        issues.push({ path: ['components', i, field], message: `needs repo: ${field} is read through the GitHub API` });
      }
    }
  });
  // Duplicate names make references ambiguous: the graph is judged once names are unique.
  if (!issues.some((i) => i.message.startsWith('duplicate component'))) {
    issues.push(...checkAfter(components.map((c) => ({ name: text(c?.name), after: texts(c?.after) }))));
  }
  const infra = mapping(config.infra);
  if (infra && (infra.repo !== undefined) === (infra.remote !== undefined)) {
    issues.push({ path: ['infra'], message: 'needs exactly one of repo (GitHub owner/name) or remote (a git URL or path)' });
  }
  // As in `after`: a name is unknown only when every component's name could be read.
  const names = components.map((c) => text(c?.name));
  if (names.length && names.every((n) => n !== undefined)) {
    texts(mapping(config.releaseNotes)?.components).forEach((n, i) => {
      if (n !== undefined && !names.includes(n)) {
        issues.push({ path: ['releaseNotes', 'components', i], message: `unknown component "${n}"${didYouMean(n, names)}` });
      }
    });
  }
  const branches = mapping(config.branches);
  if (branches) {
    const source = branches.source === undefined ? DEFAULTS.source : text(branches.source);
    const target = branches.target === undefined ? DEFAULTS.target : text(branches.target);
    if (source !== undefined && source === target) {
      const path = branches.target === undefined ? ['branches', 'source'] : ['branches', 'target'];
      const other = path[1] === 'target' ? 'branches.source' : 'branches.target (default)';
      issues.push({ path, message: `same as ${other} ("${source}"); name two different branches` });
    }
  }
  return issues;
}

function mapping(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** Strings of a list by position; an entry of another type is undefined, a non-list is empty. */
function texts(value: unknown): Array<string | undefined> {
  return Array.isArray(value) ? value.map(text) : [];
}
