import { describe, expect, test } from '@jest/globals';
import { ConfigError, loadConfig, MAX_CONFIG_BYTES, parseConfig } from '../src/config/load.ts';
import { UsageError } from '../src/core/errors.ts';
import { runCli, tempDir, writeConfig } from './helpers/cli.ts';

const BASE = 'deployment: prod\ncomponents:\n  - { name: ogr, repo: packit/ogr }\n';

function problem(yaml: string): ConfigError {
  try {
    parseConfig(yaml, '/work/service-guru.yml');
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return error as ConfigError;
  }
  throw new Error('the configuration was accepted');
}

describe('configuration files that are too big or built to hurt', () => {
  test('a file over 1 MiB is refused before it is parsed: exit 2 naming the file and the limit', async () => {
    const dir = tempDir('sg-config-');
    // Valid YAML up to the limit, then a parse error: a parser that ran would report that instead.
    const text = BASE + `# ${'x'.repeat(MAX_CONFIG_BYTES)}\n: [unbalanced\n`;
    const file = writeConfig(dir, text);
    const run = await runCli(['move-stable', '--config', file, '--json', '--dry-run']);
    expect(run.code).toBe(2);
    expect(run.json.error!.message).toBe(
      `${file}: the configuration is ${text.length} bytes, more than the 1048576 bytes (1 MiB) allowed; it was not read`,
    );
    // Just under the limit still loads.
    const fits = writeConfig(tempDir('sg-config-'), BASE + `# ${'x'.repeat(MAX_CONFIG_BYTES - BASE.length - 10)}\n`);
    expect(loadConfig(fits).deployment).toBe('prod');
  });

  test('a device or a folder is not read at all (/dev/zero would never end)', () => {
    expect(() => loadConfig('/dev/zero')).toThrow(new UsageError('/dev/zero is not a regular file'));
    expect(() => loadConfig(tempDir('sg-config-'))).toThrow(/is not a regular file/);
  });

  test('an alias bomb is a configuration error naming the file, not an expansion', () => {
    const bomb =
      BASE +
      'infra: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n' +
      ['b', 'c', 'd', 'e', 'f', 'g']
        .map(
          (k, i) =>
            `${k}: &${k} [${Array(10)
              .fill(`*${i ? ['b', 'c', 'd', 'e', 'f'][i - 1] : 'a'}`)
              .join(', ')}]`,
        )
        .join('\n');
    const error = problem(bomb);
    expect(error.message).toContain('/work/service-guru.yml: invalid configuration (1 problem)');
    expect(error.message).toContain('YAML aliases (*name) expand to more than 100 copies');
    // A few honest aliases stay fine.
    expect(
      parseConfig(BASE + 'freeze:\n  - &w { from: "2026-12-21", until: "2027-01-04", reason: holidays }\n', 'f.yml').freeze,
    ).toHaveLength(1);
  });

  test('collections nested 100,000 deep are refused at once, naming the line', () => {
    const error = problem(BASE + `infra: ${'['.repeat(100_000)}${']'.repeat(100_000)}\n`);
    expect(error.issues).toEqual(['line 4: lists or mappings nested more than 64 deep']);
    // Brackets inside strings and comments are text, not nesting.
    const text = `${BASE}# ${'['.repeat(100)}\nfreeze: [{ from: "2026-12-21", until: "2027-01-04", reason: "${'['.repeat(100)}" }]\n`;
    expect(parseConfig(text, 'f.yml').freeze[0]!.reason).toBe('['.repeat(100));
  });

  test('__proto__, constructor and prototype keys are refused wherever they are, and pollute nothing', () => {
    for (const [extra, line] of [
      ['__proto__: { polluted: yes }\n', 4],
      ['clusters:\n  __proto__: { server: "https://x", namespace: ns, polluted: yes }\n', 5],
      ['registries:\n  constructor: { apiUrl: "https://x" }\n', 5],
      ['clusters:\n  prod: { server: "https://x", namespace: ns, prototype: 1 }\n', 5],
      ['chat: { matrix: { homeserver: "https://m", rooms: ["!a:b"] }, notices: { "__proto__": { polluted: yes } } }\n', 4],
    ] as const) {
      const error = problem(BASE + extra);
      expect(error.issues).toHaveLength(1);
      expect(error.issues[0]).toMatch(new RegExp(`^line ${line}: the key "(__proto__|constructor|prototype)" is not allowed`));
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('server');
  });

  test('through the CLI: exit 2 before anything, and the file named', async () => {
    const file = writeConfig(tempDir('sg-config-'), BASE + 'clusters:\n  __proto__: { server: "https://x", namespace: ns }\n');
    const run = await runCli(['import-images', '--config', file, '--json', '--dry-run']);
    expect(run.code).toBe(2);
    expect(run.json.error!.message).toContain(`${file}: invalid configuration`);
  });
});
