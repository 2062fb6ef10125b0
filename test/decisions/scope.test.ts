// Pins the scope of the cluster stages, import-images and rollback (issue 18, mutation testing):
// which cluster, which components (--only, --moved, all), which stream tags, and the usage errors
// that stop a wrong scope before anything changes.
import { describe, expect, test } from '@jest/globals';
import { parseConfig } from '../../src/config/load.ts';
import { UsageError } from '../../src/core/errors.ts';
import { clusterScopeSpecs, parseClusterScope, repositoryOf, streamTargets } from '../../src/stages/shared/cluster/scope.ts';

const SHA = (c: string) => c.repeat(40);

const config = parseConfig(
  `deployment: prod
components:
  - name: packit-service
    repo: packit/packit-service
    images:
      - { image: quay.io/packit/packit-service:prod, imageStream: packit-service:prod }
      - { image: quay.io/packit/packit-worker:prod, imageStream: packit-worker:prod }
      - { image: quay.io/packit/tokman:latest }
  - name: ogr
    repo: packit/ogr
    images: []
  - name: dashboard
    repo: packit/dashboard
    images:
      - { image: quay.io/packit/dashboard:stg, imageStream: dashboard:stg }
clusters:
  prod: { server: "https://127.0.0.1:1", namespace: packit--prod }
  stg: { server: "https://127.0.0.1:1", namespace: packit--stg, staging: true }
`,
  'service-guru.yml',
);

const moved = (entries: Array<{ name: string; status?: string }>) =>
  JSON.stringify(entries.map((e) => ({ ...e, previous: SHA('a'), current: SHA('b') })));

describe('parseClusterScope', () => {
  test('no options: the cluster named like deployment, 20 minutes, every component', () => {
    expect(parseClusterScope({}, config)).toEqual({ cluster: 'prod', timeoutMs: 20 * 60_000, components: null, scope: 'every component' });
  });

  test('--cluster and --timeout', () => {
    expect(parseClusterScope({ cluster: 'stg', timeout: '90s' }, config)).toMatchObject({ cluster: 'stg', timeoutMs: 90_000 });
    expect(() => parseClusterScope({ cluster: 'qa' }, config)).toThrow(UsageError);
    expect(() => parseClusterScope({ timeout: 'soon' }, config)).toThrow(UsageError);
  });

  test('--only: those components, in that order, and says so', () => {
    expect(parseClusterScope({ only: 'dashboard,packit-service' }, config)).toMatchObject({
      components: ['dashboard', 'packit-service'],
      scope: '--only dashboard,packit-service',
    });
  });

  test('--only with an unknown component names it and the configured ones', () => {
    expect(() => parseClusterScope({ only: 'packit-service,packit-servce' }, config)).toThrow(
      new UsageError('--only: unknown component "packit-servce"; configured: packit-service, ogr, dashboard'),
    );
  });

  test('--only and --moved together are refused', () => {
    expect(() => parseClusterScope({ only: 'ogr', moved: moved([{ name: 'ogr' }]) }, config)).toThrow(
      new UsageError('--only and --moved both choose the components; give one of them'),
    );
  });

  test('--moved: the components that moved (or carry no status), not the unchanged, refused or failed', () => {
    const value = moved([{ name: 'packit-service', status: 'moved' }, { name: 'ogr', status: 'unchanged' }, { name: 'dashboard' }]);
    expect(parseClusterScope({ moved: value }, config)).toMatchObject({
      components: ['packit-service', 'dashboard'],
      scope: '--moved (packit-service, dashboard)',
    });
    const none = moved([
      { name: 'packit-service', status: 'refused' },
      { name: 'ogr', status: 'failed' },
      { name: 'dashboard', status: 'would-move' },
    ]);
    expect(parseClusterScope({ moved: none }, config)).toMatchObject({ components: [], scope: '--moved (nothing moved)' });
  });

  test('every cluster stage takes --cluster, --timeout (20m), --only and --moved', () => {
    expect(clusterScopeSpecs.map((s) => [s.name, s.type, s.default])).toEqual([
      ['cluster', 'string', undefined],
      ['timeout', 'string', '20m'],
      ['only', 'list', undefined],
      ['moved', 'string', undefined],
    ]);
  });
});

describe('streamTargets', () => {
  test('every image with an imageStream, split into stream and tag, of the components in scope', () => {
    expect(streamTargets(config, null)).toEqual([
      { component: 'packit-service', image: 'quay.io/packit/packit-service:prod', stream: 'packit-service', tag: 'prod' },
      { component: 'packit-service', image: 'quay.io/packit/packit-worker:prod', stream: 'packit-worker', tag: 'prod' },
      { component: 'dashboard', image: 'quay.io/packit/dashboard:stg', stream: 'dashboard', tag: 'stg' },
    ]);
    expect(streamTargets(config, ['dashboard', 'ogr']).map((t) => t.stream)).toEqual(['dashboard']);
    expect(streamTargets(config, [])).toEqual([]);
  });
});

describe('repositoryOf', () => {
  test('the image without its tag', () => {
    expect(repositoryOf('quay.io/packit/packit-worker:prod')).toBe('quay.io/packit/packit-worker');
    expect(repositoryOf('ghcr.io/acme/orders-api:stable')).toBe('ghcr.io/acme/orders-api');
  });
});
