import { describe, expect, test } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

// Imports point down the layers only: entries → cli/action → stages → clients → core/config.
// Stand-ins (the doubles the rehearsal ships) sit beside the clients; of the stages only the
// rehearsal may use them.
const LAYERS: Record<string, number> = {
  core: 0,
  config: 1,
  github: 2,
  git: 2,
  copr: 2,
  registry: 2,
  chat: 2,
  kube: 2,
  sentry: 2,
  vault: 2,
  standins: 3,
  stages: 4,
  cli: 5,
  action: 5,
  entries: 6,
};
const src = path.resolve(import.meta.dirname, '../src');

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : [],
  );
}

function folder(file: string): string {
  return path.relative(src, file).split(path.sep)[0]!;
}

const edges = files(src).flatMap((file) => {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:^|\n)\s*(?:import|export)[^'"]*?from\s+'(\.[^']+)'|import\(\s*'(\.[^']+)'\s*\)/g)].map((m) => ({
    from: file,
    to: path.resolve(path.dirname(file), (m[1] ?? m[2])!),
    line: m[0],
  }));
});

describe('the layers of src/', () => {
  test('every folder of src/ has a layer', () => {
    const folders = readdirSync(src, { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => e.name);
    expect(folders.filter((f) => LAYERS[f] === undefined)).toEqual([]);
  });

  test('no module imports from a layer above its own', () => {
    const upward = edges
      .filter((e) => (LAYERS[folder(e.to)] ?? 0) > (LAYERS[folder(e.from)] ?? 0))
      .map((e) => `${path.relative(src, e.from)} → ${path.relative(src, e.to)}`);
    expect(upward).toEqual([]);
  });

  test('a stage reaches another stage only through its declaration or option readers; shared code is in stages/shared', () => {
    const stages = path.join(src, 'stages');
    const stageOf = (file: string): string | undefined => {
      const [first, second] = path.relative(stages, file).split(path.sep);
      return second && first !== '..' && first !== 'shared' && !first!.endsWith('.ts') ? first : undefined;
    };
    const crossing = edges
      .filter((e) => {
        const from = stageOf(e.from);
        const to = stageOf(e.to);
        return from && to && from !== to && !/[/\\](stage|options)\.ts$/.test(e.to) && !/import type|export type/.test(e.line);
      })
      .map((e) => `${path.relative(src, e.from)} → ${path.relative(src, e.to)}`);
    expect(crossing).toEqual([]);
  });

  test('only the rehearsal among the stages uses the stand-ins', () => {
    const misuse = edges
      .filter(
        (e) =>
          folder(e.to) === 'standins' &&
          folder(e.from) === 'stages' &&
          !path.relative(src, e.from).startsWith(path.join('stages', 'rehearse')),
      )
      .map((e) => `${path.relative(src, e.from)} → ${path.relative(src, e.to)}`);
    expect(misuse).toEqual([]);
  });

  test('the check sees the imports it judges (it would catch an upward one)', () => {
    expect(edges.some((e) => folder(e.from) === 'stages' && folder(e.to) === 'core')).toBe(true);
    expect(edges.some((e) => folder(e.from) === 'cli' && folder(e.to) === 'stages')).toBe(true);
  });
});
