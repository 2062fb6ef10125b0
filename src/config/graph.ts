import type { ConfigIssue } from './issues.ts';
import { didYouMean } from './issues.ts';

interface Node {
  name: string;
  after: string[];
}

/**
 * A component as far as it could be read: the loader also checks a file with field errors, so a
 * name may be missing and an `after` entry may be no string (undefined here, keeping positions).
 */
export interface AfterInput {
  name: string | undefined;
  after: ReadonlyArray<string | undefined>;
}

/**
 * Unknown names, self references and cycles in `after`. A name is reported unknown only when
 * every component has a readable name: otherwise it may belong to the one that has none.
 */
export function checkAfter(components: readonly AfterInput[]): ConfigIssue[] {
  const issues: ConfigIssue[] = [];
  const names = new Set(components.flatMap((c) => (c.name === undefined ? [] : [c.name])));
  const allNamed = names.size > 0 && components.every((c) => c.name !== undefined);
  components.forEach((c, i) => {
    c.after.forEach((dep, j) => {
      if (dep === undefined) return;
      if (dep === c.name) issues.push({ path: ['components', i, 'after', j], message: `"${dep}" cannot come after itself` });
      else if (!names.has(dep) && allNamed) {
        issues.push({
          path: ['components', i, 'after'],
          message: `unknown component "${dep}"${didYouMean(dep, names)}; after lists names of other components`,
        });
      }
    });
  });
  if (issues.length) return issues;
  const graph = components.flatMap((c) =>
    c.name === undefined ? [] : [{ name: c.name, after: c.after.filter((d): d is string => d !== undefined && names.has(d)) }],
  );
  const cycle = findCycle(graph);
  if (cycle) {
    const index = components.findIndex((c) => c.name === cycle[0]);
    issues.push({
      path: ['components', index, 'after'],
      message: `cycle in after: ${cycle.join(' → ')}; remove one of these dependencies`,
    });
  }
  return issues;
}

function findCycle(components: Node[]): string[] | undefined {
  const byName = new Map(components.map((c) => [c.name, c]));
  const state = new Map<string, 'visiting' | 'done'>();
  const stack: string[] = [];
  const visit = (name: string): string[] | undefined => {
    if (state.get(name) === 'done') return undefined;
    if (state.get(name) === 'visiting') return [...stack.slice(stack.indexOf(name)), name];
    state.set(name, 'visiting');
    stack.push(name);
    for (const dep of byName.get(name)?.after ?? []) {
      const found = visit(dep);
      if (found) return found;
    }
    stack.pop();
    state.set(name, 'done');
    return undefined;
  };
  for (const c of components) {
    const found = visit(c.name);
    if (found) return found;
  }
  return undefined;
}

/**
 * Dependency order: every component after those it names in `after`; otherwise the order of
 * the file, so the file stays the way to say "ogr first".
 */
export function moveOrder<T extends Node>(components: T[]): T[] {
  const done = new Set<string>();
  const order: T[] = [];
  const remaining = [...components];
  while (remaining.length) {
    const index = remaining.findIndex((c) => c.after.every((dep) => done.has(dep)));
    if (index < 0) throw new Error('cycle in after (the configuration loader should have rejected it)');
    const [next] = remaining.splice(index, 1);
    order.push(next!);
    done.add(next!.name);
  }
  return order;
}

/** Every component that (directly or through others) comes after `name`. */
export function dependents<T extends Node>(components: T[], name: string): Set<string> {
  const out = new Set<string>();
  let grew = true;
  while (grew) {
    grew = false;
    for (const c of components) {
      if (!out.has(c.name) && c.after.some((dep) => dep === name || out.has(dep))) {
        out.add(c.name);
        grew = true;
      }
    }
  }
  return out;
}
