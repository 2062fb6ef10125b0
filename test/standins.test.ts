import { describe, expect, test } from '@jest/globals';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

// src/standins/ ships in the product for the rehearsal; a double only the tests use lives under
// test/doubles/ instead, so the package carries no code its users cannot reach.
const src = path.resolve(import.meta.dirname, '../src');
const standins = path.join(src, 'standins');
const rehearse = path.join(src, 'stages', 'rehearse');

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : [],
  );
}

/** Relative imports, static and dynamic, type-only ones left out (they load nothing). */
function imports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:^|\n)\s*(?:import|export)(?!\s+type\s)[^'"]*?from\s+'(\.[^']+)'|import\(\s*'(\.[^']+)'\s*\)/g)]
    .map((m) => path.resolve(path.dirname(file), (m[1] ?? m[2])!))
    .filter((target) => existsSync(target));
}

function closure(roots: string[]): Set<string> {
  const seen = new Set<string>();
  const stack = [...roots];
  while (stack.length) {
    const file = stack.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    stack.push(...imports(file));
  }
  return seen;
}

describe('the stand-ins', () => {
  test('every module under src/standins/ is loaded by the rehearsal', () => {
    const loaded = closure(files(rehearse));
    const unused = files(standins)
      .filter((f) => !loaded.has(f))
      .map((f) => path.relative(src, f));
    expect(unused).toEqual([]);
  });

  test('the check follows imports through the stand-ins (it would see an unused one)', () => {
    const loaded = closure(files(rehearse));
    expect(loaded.has(path.join(standins, 'kube', 'controllers', 'kubelet.ts'))).toBe(true);
    expect(loaded.has(path.join(standins, 'http-double.ts'))).toBe(true);
    expect(closure([path.join(standins, 'loopback.ts')]).has(path.join(standins, 'http-double.ts'))).toBe(false);
  });
});
