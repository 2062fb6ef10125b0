import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseConfig } from '../src/config/load.ts';
import { MemorySink, TerminalLogger } from '../src/core/logger.ts';
import { Secrets } from '../src/core/secrets.ts';
import { DEFAULT_LOCK_TIMING, acquireRunLock, leaseName } from '../src/stages/shared/run-lock.ts';
import type { StageContext } from '../src/stages/stage.ts';
import { KubeDouble, REFS } from '../src/standins/kube/index.ts';
import { rolesInMarkdown } from '../src/standins/kube/rbac.ts';
import { tempDir } from './helpers/cli.ts';

const NS = 'packit--prod';
const LEASE = leaseName('prod');
const kube = new KubeDouble({ controllers: [] });
kube.rbac = rolesInMarkdown(readFileSync('docs/cluster.md', 'utf8'));
beforeAll(() => kube.start());
afterAll(() => kube.stop());

// Fault runs (seed 3, runs 54 and 80): the Lease was created but the answer was lost (reset-after);
// the retried create met AlreadyExists, and the run refused itself: "another deploy holds Lease …"
// naming its own pid, exit 1, with no step to resume from.
test('a Lease write whose answer was lost is recognised as our own by its token, not refused as another run', async () => {
  const sink = new MemorySink();
  const ctx: StageContext = {
    config: parseConfig(
      `deployment: prod\ncomponents:\n  - { name: ogr, repo: packit/ogr }\n` +
        `clusters:\n  prod: { server: ${kube.url}, namespace: ${NS}, caFile: ${kube.caFile} }\n`,
      path.join(tempDir('sg-lock-lost-'), 'service-guru.yml'),
    ),
    logger: new TerminalLogger(new Secrets(), sink),
    secrets: new Secrets(),
    dryRun: false,
    env: { OPENSHIFT_TOKEN_PROD: kube.token },
    clock: { now: () => Date.parse('2026-11-30T09:00:00Z'), sleep: async () => {} },
  };
  // What the server saw of a create whose answer never came back: the Lease, with our token, is
  // there when the (retried) create arrives, which then meets AlreadyExists.
  let armed = true;
  kube.onRequest = (r) => {
    if (!armed || r.method !== 'POST' || !r.path.endsWith('/leases')) return;
    armed = false;
    kube.create(REFS.leases, NS, JSON.parse(r.body) as never);
  };
  try {
    const lock = await acquireRunLock(
      ctx,
      { stateFile: path.join(tempDir('sg-lock-lost-'), 'state.json'), cluster: undefined, runUrl: undefined, readOnly: false },
      DEFAULT_LOCK_TIMING,
    );
    expect(lock.lease).toBe(`${NS}/${LEASE}`);
    await lock.release();
    expect((kube.get(REFS.leases, NS, LEASE)!.spec as { holderIdentity?: string }).holderIdentity).toBeFalsy();
  } finally {
    kube.onRequest = undefined;
  }
});
