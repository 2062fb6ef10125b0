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

describe('the stand-in CI (ImageBuilds)', () => {
  test('builds every push to stable, also two that land between two of its looks (a move, then a hotfix on top)', async () => {
    const { GitHubDouble } = await import('../src/standins/github.ts');
    const { ImageBuilds } = await import('../src/standins/image-builds.ts');
    const { OciRegistryDouble } = await import('../src/standins/oci-registry-double.ts');
    const github = new GitHubDouble();
    const registry = new OciRegistryDouble();
    await registry.start();
    const repo = github.addRepo('packit/packit-service');
    repo.branches.set('stable', 'a'.repeat(40));
    const pushed: Array<[string, string[]]> = [];
    const builds = new ImageBuilds({
      components: [
        {
          name: 'packit-service',
          stable: () => repo.branches.get('stable') ?? null,
          repo: repo.fullName,
          workflows: ['rebuild.yml'],
          images: [{ repository: 'packit/packit-service', tag: 'prod', platforms: ['linux/amd64'], uniqueTag: 'short' }],
        },
      ],
      registryUrl: registry.url,
      github,
      now: () => Date.parse('2026-12-07T08:00:00Z'),
      events: { pushed: (_c, _r, digest, tags) => void pushed.push([digest, tags]) },
    });
    builds.start();
    try {
      // Both in one tick: the watcher's next look sees only the hotfix as the head.
      repo.branches.set('stable', 'b'.repeat(40));
      repo.branches.set('stable', 'c'.repeat(40));
      while (repo.runs.filter((r) => r.status === 'completed').length < 2) await new Promise((r) => setTimeout(r, 20));
      await builds.stop();
      expect(repo.runs.map((r) => [r.head_sha.slice(0, 1), r.conclusion])).toEqual([
        ['b', 'success'],
        ['c', 'success'],
      ]);
      // In push order: the configured tag ends on the last push's image.
      expect(pushed.map(([, tags]) => tags[1])).toEqual(['stable-bbbbbbb', 'stable-ccccccc']);
      const prod = await fetch(`${registry.url}/v2/packit/packit-service/manifests/prod`, { method: 'HEAD' });
      expect(prod.headers.get('docker-content-digest')).toBe(pushed[1]![0]);
      expect(builds.errors).toEqual([]);
    } finally {
      await builds.stop();
      await registry.stop();
    }
  });
});
