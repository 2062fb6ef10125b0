import { describe, expect, test } from '@jest/globals';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { generate, root } from '../scripts/generate.ts';
import { loadStages, stageNames } from '../src/stages/index.ts';

const stages = await loadStages();

describe('generated files', () => {
  test('dist/, action.yml files and the JSON Schema match a fresh `npm run bundle`', async () => {
    const files = await generate();
    const stale = [...files]
      .filter(([file, text]) => {
        try {
          return readFileSync(path.join(root, file), 'utf8') !== text;
        } catch {
          return true;
        }
      })
      .map(([file]) => file);
    const leftovers = readdirSync(path.join(root, 'dist/chunks')).filter((c) => !files.has(`dist/chunks/${c}`));
    expect({ stale, leftovers }).toEqual({ stale: [], leftovers: [] });
  }, 120_000);

  test('every stage has an action on node24 whose inputs are its options', async () => {
    for (const stage of stages) {
      const manifest = parse(readFileSync(path.join(root, 'actions', stage.name, 'action.yml'), 'utf8'));
      expect(manifest.runs).toEqual({ using: 'node24', main: `../../dist/${stage.name}/index.js` });
      for (const option of stage.options) expect(Object.keys(manifest.inputs)).toContain(option.name);
      for (const output of Object.keys(stage.outputs)) expect(Object.keys(manifest.outputs)).toContain(output);
    }
  });

  test('the move-stable bundle does not load the chat SDKs', () => {
    const seen = new Set<string>();
    const visit = (file: string): void => {
      if (seen.has(file)) return;
      seen.add(file);
      const text = readFileSync(file, 'utf8');
      for (const match of text.matchAll(/^import\s[^;]*?from\s*["'](\.[^"']+)["']/gm)) visit(path.resolve(path.dirname(file), match[1]!));
      // Of the catalog's dynamic imports, only this stage's own (its declaration, then its code) is ever taken.
      for (const match of text.matchAll(/^.*import\(["'](\.[^"']+)["']\).*$/gm))
        if (match[0].includes('move-stable')) visit(path.resolve(path.dirname(file), match[1]!));
    };
    visit(path.join(root, 'dist/move-stable/index.js'));
    const loaded = [...seen].map((f) => readFileSync(f, 'utf8')).join('\n');
    expect(loaded).not.toMatch(/matrix-js-sdk|@slack\/web-api/);
    expect(loaded).toContain('updateRefs');
  });

  test('the committed JSON Schema describes the configuration', () => {
    const schema = JSON.parse(readFileSync(path.join(root, 'schema/service-guru.schema.json'), 'utf8'));
    expect(schema.required).toEqual(expect.arrayContaining(['deployment', 'components']));
    expect(schema.properties.components.items.properties.after.type).toBe('array');
    expect(schema.additionalProperties).toBe(false);
  });
});

test("the catalog's names are the declarations' own names, in the same order", () => {
  expect(stages.map((s) => s.name)).toEqual(stageNames);
});
