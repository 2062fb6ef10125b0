import { afterEach, describe, expect, test } from '@jest/globals';
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { FaultPlan, faultScope, mulberry32, runSeed, type FaultKind } from '../src/standins/faults.ts';
import { HttpDouble } from '../src/standins/http-double.ts';
import { KubeDouble } from '../src/standins/kube/index.ts';
import { readFileSync } from 'node:fs';
import https from 'node:https';
import {
  checkAll,
  checkExits,
  checkRooms,
  checkSecrets,
  checkStable,
  checkWorkloads,
  encodings,
  type Observation,
} from '../faults/invariants.ts';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const A = 'a'.repeat(40);
const B = 'b'.repeat(40);
const C = 'c'.repeat(40);
const OLD = `sha256:${'1'.repeat(64)}`;
const NEW = `sha256:${'2'.repeat(64)}`;
const OTHER = `sha256:${'3'.repeat(64)}`;
const SECRET = 'sg-sentinel+github/0000abcd=Zq';

/** What a deployment that rode out its faults leaves behind: every invariant holds. */
function healthy(): Observation {
  const result = {
    steps: [{ id: 'import-images', status: 'ok' }],
    results: { 'import-images': { streams: [{ stream: 'packit-service', status: 'imported', digest: NEW, previous: OLD }] } },
  };
  return {
    run: 7,
    seed: 1234,
    components: [{ name: 'packit-service', before: A, approved: B, after: B }],
    rooms: [
      { platform: 'matrix', room: '!r:x', original: 'prod: all systems go', after: 'prod: all systems go', messages: ['{"body":"hi"}'] },
    ],
    failedNotice: 'problems',
    workloads: [
      {
        name: 'prod/ns/deployments/packit-service',
        stream: 'r/packit-service',
        before: OLD,
        new: NEW,
        pushed: [NEW],
        after: NEW,
        production: true,
      },
    ],
    invocations: [
      {
        label: 'faulted',
        code: 0,
        stdout: JSON.stringify({ ok: true, result }),
        stderr: '▸ deploy\n',
        json: { ok: true, result },
        hung: false,
      },
    ],
    texts: [{ where: 'faulted stdout', text: 'nothing secret here' }],
    sentinels: [SECRET],
  };
}

describe('each invariant checker catches a planted violation', () => {
  test('the healthy observation passes all five', () => {
    expect(checkAll(healthy())).toEqual([]);
  });

  test('1: stable at neither its old value nor the approved commit (moved backwards or to a value that changed under us)', () => {
    const o = healthy();
    o.components[0]!.after = C;
    expect(checkStable(o)).toEqual([expect.objectContaining({ invariant: 1 })]);
    o.components[0]!.after = A;
    expect(checkStable(o)).toEqual([]);
    // A colleague's hotfix on stable during the run: kept, or replaced only by a move that names it.
    const hotfix = { sha: C, parent: A };
    const kept = healthy();
    Object.assign(kept.components[0]!, { pushed: hotfix, after: C });
    expect(checkStable(kept)).toEqual([]);
    const dropped = healthy();
    Object.assign(dropped.components[0]!, { pushed: hotfix, after: B });
    expect(checkStable(dropped)).toEqual([expect.objectContaining({ what: expect.stringContaining('replaced without a word') })]);
    dropped.invocations[0]!.stderr += `force-moved over ${C.slice(0, 7)}`;
    expect(checkStable(dropped)).toEqual([]);
    const backwards = healthy();
    Object.assign(backwards.components[0]!, { pushed: { sha: C, parent: B }, after: B });
    expect(checkStable(backwards)).toEqual([expect.objectContaining({ what: expect.stringContaining('moved backwards') })]);
  });

  test('2: a room left with the deploying notice, a failed notice whose original is lost, a message posted twice', () => {
    const o = healthy();
    o.rooms[0]!.after = '⚠️ Production redeployment in progress. ⚠️';
    expect(checkRooms(o)).toEqual([expect.objectContaining({ invariant: 2, what: expect.stringContaining('neither the original') })]);
    o.rooms[0]!.after = 'problems';
    expect(checkRooms(o)).toEqual([expect.objectContaining({ what: expect.stringContaining('in no output or state file') })]);
    o.invocations[0]!.stdout += JSON.stringify({ before: 'prod: all systems go' });
    expect(checkRooms(o)).toEqual([]);
    o.rooms[0]!.messages.push('{"body":"hi"}');
    expect(checkRooms(o)).toEqual([expect.objectContaining({ what: expect.stringContaining('posted twice') })]);
  });

  test('3: a workload on a third image, one on the new image no result mentions, a rollback of what this run never imported', () => {
    const o = healthy();
    o.workloads[0]!.after = OTHER;
    expect(checkWorkloads(o)).toEqual([
      expect.objectContaining({ invariant: 3, what: expect.stringContaining('neither the image before') }),
    ]);
    const silent = healthy();
    silent.invocations[0]!.json!.result!.results = {};
    expect(checkWorkloads(silent)).toEqual([expect.objectContaining({ what: expect.stringContaining('no result says') })]);
    const quiet = healthy();
    quiet.workloads[0]!.after = OLD;
    expect(checkWorkloads(quiet)).toEqual([expect.objectContaining({ what: expect.stringContaining('no rollback says so') })]);
    const rolled = healthy();
    rolled.workloads[0]!.after = OLD;
    rolled.invocations[0]!.json!.result!.results = {
      rollback: { streams: [{ stream: 'packit-dashboard', status: 'rolled-back', from: OTHER, to: OLD }] },
    };
    expect(checkWorkloads(rolled)).toEqual([expect.objectContaining({ what: expect.stringContaining('never brought') })]);
  });

  test('4: a crash, a hang, exit 2, a failure naming no service, and a resume that did not complete', () => {
    const crash = healthy();
    crash.invocations[0]!.stderr +=
      "TypeError: Cannot read properties of undefined (reading 'sha')\n    at move (file:///x/move.ts:10:5)\n";
    expect(checkExits(crash).map((v) => v.what)).toEqual([expect.stringContaining('crashed')]);
    const hung = healthy();
    Object.assign(hung.invocations[0]!, { hung: true, code: -1 });
    expect(checkExits(hung).map((v) => v.what)).toContainEqual(expect.stringContaining('hang'));
    const usage = healthy();
    usage.invocations[0]!.code = 2;
    expect(checkExits(usage).map((v) => v.what)).toContainEqual(expect.stringContaining('exit 2'));
    const vague = healthy();
    vague.invocations[0] = {
      ...vague.invocations[0]!,
      code: 1,
      json: {
        ok: false,
        error: { message: 'failed at move-stable', hint: 'resume with --from move-stable' },
        result: { steps: [{ id: 'move-stable', status: 'failed', error: { message: 'something went wrong', hint: 'try again' } }] },
      },
    };
    expect(checkExits(vague).map((v) => v.what)).toContainEqual(expect.stringContaining('without naming the service'));
    const unfinished = healthy();
    unfinished.components[0]!.after = A;
    expect(checkExits(unfinished).map((v) => v.what)).toEqual([expect.stringContaining('stable is not at the approved commit')]);
    // A colleague's hotfix on top of the approved commit after the move: complete (we rightly left it).
    const after = healthy();
    Object.assign(after.components[0]!, { pushed: { sha: C, parent: B }, after: C });
    expect(checkExits(after)).toEqual([]);
    // The same hotfix on the old stable, kept: the approved commit never reached stable.
    const before = healthy();
    Object.assign(before.components[0]!, { pushed: { sha: C, parent: A }, after: C });
    expect(checkExits(before).map((v) => v.what)).toEqual([expect.stringContaining('hotfix cccccc')]);
  });

  test('5: the sentinel verbatim, URL-encoded and base64-encoded at any offset', () => {
    for (const text of [
      `token ${SECRET}`,
      `?t=${encodeURIComponent(SECRET)}`,
      `Basic ${Buffer.from(`x-access-token:${SECRET}`).toString('base64')}`,
      Buffer.from(`ab${SECRET}`).toString('base64url'),
    ]) {
      const o = healthy();
      o.texts.push({ where: 'file deploy-state.json', text });
      expect(checkSecrets(o)).toEqual([expect.objectContaining({ invariant: 5, what: expect.stringContaining('deploy-state.json') })]);
    }
    expect(encodings(SECRET).length).toBeGreaterThanOrEqual(5);
  });
});

describe('the fault layer', () => {
  const doubles: HttpDouble[] = [];
  afterEach(async () => {
    await Promise.all(doubles.map((d) => d.stop()));
    doubles.length = 0;
  });

  /** A double whose every request meets `kind`; `acted` counts the requests its handler carried out. */
  async function faulty(kind: FaultKind): Promise<{ url: string; acted: () => number; plan: FaultPlan }> {
    const plan = new FaultPlan({ seed: 1, rate: 1, now: () => 0, kinds: [kind] });
    let acted = 0;
    const double = faultScope.run(plan, () => new HttpDouble(() => ({ body: { acted: ++acted, items: [1, 2, 3, 4, 5, 6] } })));
    doubles.push(double);
    await double.start();
    return { url: double.url, acted: () => acted, plan };
  }

  const headers = { authorization: `Bearer ${SECRET}` };

  test('5xx and 429 answer before the server acts, echoing the request with its headers; 429 names a Retry-After', async () => {
    const down = await faulty('http-503');
    const answer = await fetch(`${down.url}/x`, { headers });
    expect(answer.status).toBe(503);
    expect(await answer.text()).toContain(SECRET);
    expect(down.acted()).toBe(0);
    const limited = await faulty('http-429');
    const slow = await fetch(`${limited.url}/x`, { headers });
    expect(slow.status).toBe(429);
    expect(Number(slow.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  test('a reset after the server acted loses the answer of a change that happened', async () => {
    const lost = await faulty('reset-after');
    await expect(fetch(`${lost.url}/x`, { method: 'POST', body: '{}' })).rejects.toThrow(/fetch failed/);
    expect(lost.acted()).toBe(1);
    const refused = await faulty('reset-before');
    await expect(fetch(`${refused.url}/x`)).rejects.toThrow(/fetch failed/);
    expect(refused.acted()).toBe(0);
  });

  test('truncated JSON after the server acted, malformed JSON and an HTML page instead of it', async () => {
    const cut = await faulty('truncated-json');
    const text = await (await fetch(`${cut.url}/x`)).text();
    expect(() => JSON.parse(text) as unknown).toThrow();
    expect(cut.acted()).toBe(1);
    const bad = await faulty('malformed-json');
    await expect((await fetch(`${bad.url}/x`)).json()).rejects.toThrow();
    const html = await faulty('html-page');
    const page = await fetch(`${html.url}/x`, { headers });
    expect(page.headers.get('content-type')).toMatch(/text\/html/);
    expect(await page.text()).toMatch(/<title>502 Bad Gateway<\/title>[\s\S]*sg-sentinel/);
  });

  test('an answer held past the client timeout: the client gives up, the server had acted', async () => {
    const slow = await faulty('slow');
    const client = new AbortController();
    let answered = false;
    const request = fetch(`${slow.url}/x`, { signal: client.signal }).then(() => (answered = true));
    while (slow.acted() === 0) await new Promise((r) => setTimeout(r, 5));
    // The server acted and still holds the answer; the client's timeout is what ends the request.
    await new Promise((r) => setTimeout(r, 50));
    expect(answered).toBe(false);
    client.abort(new DOMException('timed out', 'TimeoutError'));
    await expect(request).rejects.toThrow(/timed out/);
  });

  test('the Kubernetes double goes through the same layer: a watch answered 410 Gone, a list untouched', async () => {
    const plan = new FaultPlan({ seed: 1, rate: 1, now: () => 0, kinds: ['watch-gone'] });
    const kube = faultScope.run(plan, () => new KubeDouble());
    await kube.start();
    try {
      const get = (query: string): Promise<{ status: number; body: string }> =>
        new Promise((resolve, reject) => {
          https
            .get(
              `${kube.url}/api/v1/namespaces/ns/pods${query}`,
              { ca: readFileSync(kube.caFile), headers: { authorization: `Bearer ${kube.token}` } },
              (res) => {
                let body = '';
                res.on('data', (c: Buffer) => (body += c.toString()));
                res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
              },
            )
            .on('error', reject);
        });
      const watch = await get('?watch=true');
      expect(JSON.parse(watch.body)).toMatchObject({ type: 'ERROR', object: { code: 410, reason: 'Expired' } });
      const list = await get('');
      expect(JSON.parse(list.body)).toMatchObject({ kind: 'PodList', items: [] });
      expect(plan.injected.map((f) => `${f.kind} ${f.service}`)).toEqual(['watch-gone kube']);
    } finally {
      await kube.stop();
    }
  });

  test('the same seed meets the same faults at the same requests; a kill refuses everything after it', () => {
    const fates = (seed: number): Array<string | undefined> => {
      const plan = new FaultPlan({ seed, rate: 0.3, now: () => 0 });
      return Array.from({ length: 60 }, (_, i) => plan.decide({ service: 'github', method: 'GET', path: `/r/${i % 7}`, watch: false }));
    };
    expect(fates(42)).toEqual(fates(42));
    expect(fates(42)).not.toEqual(fates(43));
    expect(fates(42).filter(Boolean).length).toBeGreaterThan(5);
    // The kill and the runner's hotfix land at the n-th new request line: polls (a line asked again) do not move them.
    const kill = (polls: number): Array<string | undefined> => {
      const plan = new FaultPlan({ seed: 1, rate: 0, now: () => 0, killAt: 3 });
      const counts: number[] = [];
      plan.onRequest = (count) => counts.push(count);
      const ask = (path: string) => plan.decide({ service: 'kube', method: 'GET', path, watch: false });
      const fates = [ask('/a'), ...Array.from({ length: polls }, () => ask('/a')), ask('/b'), ask('/a'), ask('/c'), ask('/a')];
      expect(counts).toEqual([1, 2, 3]);
      return fates.slice(polls + 1);
    };
    expect(kill(0)).toEqual([undefined, undefined, 'kill', 'kill']);
    expect(kill(7)).toEqual(kill(0));
    const alone = new FaultPlan({ seed: 1, rate: 0, now: () => 0, killAt: 2 });
    expect(['/a', '/a', '/b'].map((p) => alone.decide({ service: 'kube', method: 'GET', path: p, watch: false }))).toEqual([
      undefined,
      undefined,
      'kill',
    ]);
    expect(runSeed(5, 1)).not.toBe(runSeed(5, 2));
    expect(mulberry32(9)()).toBe(mulberry32(9)());
  });

  test('an outage refuses every request to its service for a stretch of simulated time, then the service is back', () => {
    let now = 0;
    let plan: FaultPlan | undefined;
    for (let seed = 1; !plan; seed++) {
      const candidate = new FaultPlan({ seed, rate: 0, now: () => now, outageChance: 1, services: ['matrix'] });
      if (candidate.outage?.afterRequests === 1) plan = candidate;
    }
    const request = { service: 'matrix', method: 'GET', path: '/t', watch: false };
    expect(plan.decide(request)).toBe('reset-before');
    now += plan.outage!.forMs - 1;
    expect(plan.decide(request)).toBe('reset-before');
    now += 2;
    expect(plan.decide(request)).toBeUndefined();
    expect(plan.injected.map((f) => f.kind)).toEqual(['down']);
  });
});

/**
 * Product bugs the fault runs found (docs/faults.md) whose fix is not on this branch yet: each is
 * matched by what its violation says. Remove an entry with its fix; any other violation fails the
 * slice, and once this list is empty, every violation of the five invariants does.
 */
// A fixed-seed slice of the campaign, in its own process (the runner warps that process's timers).
// About 0.8 s of CPU per run: under 2 minutes on an idle 2-core machine, far longer on a loaded one.
// FAULTS_SLICE_RUNS shortens it while working on the runner itself.
const SLICE = Number(process.env.FAULTS_SLICE_RUNS ?? 200);
test(`${SLICE} seeded fault runs of the whole Monday break none of the five invariants`, async () => {
  const child = spawn(
    process.execPath,
    [path.join(root, 'faults', 'run.ts'), '--runs', String(SLICE), '--seed', '20261204', '--jobs', '4', '--json'],
    {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  const summary = JSON.parse(stdout) as {
    runs: number;
    faults: number;
    violations: number;
    reports: Array<{ run: number; violations: Array<{ invariant: number; what: string }> }>;
  };
  expect(summary.runs).toBe(SLICE);
  expect(summary.faults).toBeGreaterThan(SLICE / 2);
  // Every violation fails the slice, each named with the run that reproduces it (docs/faults.md lists
  // the kinds the campaigns found and fixed: F1–F7, G1–G7).
  const all = summary.reports.flatMap((r) => r.violations.map((v) => `run ${r.run}: invariant ${v.invariant}: ${v.what}`));
  expect(all).toEqual([]);
  expect({ code, violations: summary.violations, stderr: code === 0 ? '' : stderr.slice(-2000) }).toEqual({
    code: 0,
    violations: 0,
    stderr: '',
  });
}, 3_600_000);
